import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { isStopWord } from './stopwords.js';

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const MEANINGFUL = /[\p{Script=Han}\p{L}]/u;
const NUMBERISH = /^[\d.,%％\-+×x]+$/i;

/** Content words of a text: jieba segmentation, stop words, single characters and numbers dropped. */
export function contentWords(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => [...word].length >= 2 && MEANINGFUL.test(word) && !NUMBERISH.test(word) && !isStopWord(word));
}

export interface LabelledRecord {
  text: string;
  /** The record's own keywords, weighed above words of its text. */
  keywords?: readonly string[] | undefined;
}

export interface TopicTerm {
  term: string;
  score: number;
}

export interface CtfidfOptions {
  /** Terms kept per topic. */
  top?: number;
  /** How many text occurrences one of the record's own keywords counts as. */
  keywordWeight?: number;
}

/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): all documents of a topic form one class;
 * weight(t, c) = tf(t, c) · log(1 + A / f(t)), A the mean word count per class and f(t) the
 * frequency of t over all classes. Outliers (topic < 0) count towards f(t) only.
 */
export function topicTerms(
  records: readonly LabelledRecord[],
  assignments: ArrayLike<number>,
  topicCount: number,
  options: CtfidfOptions = {},
): TopicTerm[][] {
  const top = options.top ?? 10;
  const keywordWeight = options.keywordWeight ?? 3;
  const perTopic = Array.from({ length: topicCount }, () => new Map<string, number>());
  const outliers = new Map<string, number>();
  const total = new Map<string, number>();
  let words = 0;
  records.forEach((record, index) => {
    const topic = assignments[index]!;
    const counts = topic >= 0 ? perTopic[topic]! : outliers;
    const add = (term: string, weight: number) => {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      total.set(term, (total.get(term) ?? 0) + weight);
      words += weight;
    };
    for (const word of contentWords(record.text)) add(word, 1);
    for (const keyword of record.keywords ?? []) {
      const term = keyword.trim().toLowerCase();
      if ([...term].length >= 2 && !isStopWord(term)) add(term, keywordWeight);
    }
  });
  const classes = topicCount + (outliers.size > 0 ? 1 : 0);
  const average = classes === 0 ? 0 : words / classes;
  return perTopic.map((counts) =>
    [...counts.entries()]
      .map(([term, tf]) => ({ term, score: tf * Math.log(1 + average / total.get(term)!) }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, top),
  );
}

/** A short Chinese label from the best terms: the top three joined by “·”. */
export function labelFromTerms(terms: readonly TopicTerm[], count = 3): string {
  return (
    terms
      .slice(0, count)
      .map((t) => t.term)
      .join('·') || '未命名主题'
  );
}
