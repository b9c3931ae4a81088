import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { isStopWord } from './stopwords.js';

let jieba: Jieba | undefined;
const tagger = () => (jieba ??= Jieba.withDict(dict));

/** Parts of speech a noun phrase is made of: nouns of every kind, verbal and adjectival nouns, abbreviations, Latin words. */
const PHRASE_TAG = /^(n|vn|an|nz|j|eng|b)/;
const MAX_TOKENS = 4;
const MAX_CHARS = 14;
/** Words of a paper's kind rather than its subject: a phrase holding one (研讨会综述, 国内外研究现状与展望) is never a label. */
const STOCK_WORDS = [
  '综述',
  '述评',
  '评述',
  '概述',
  '研讨会',
  '会议',
  '年会',
  '论坛',
  '进展',
  '现状',
  '展望',
  '对策',
  '启示',
  '思考',
  '浅谈',
  '浅析',
  '探析',
  '刍议',
  '初探',
  '回顾',
];
/** Phrases of a paper's kind that are whole only: 患者 is a stock label, 糖尿病患者 a subject. */
const STOCK_PHRASES = new Set(['应用研究', '发展趋势', '患者', '临床观察', '临床分析', '临床研究', '实验研究', '研究']);
export const isStockPhrase = (phrase: string) => STOCK_PHRASES.has(phrase) || STOCK_WORDS.some((word) => phrase.includes(word));
/**
 * Nouns naming an aspect any subject has (性能, 特征, 效果, 地区): in a phrase they make a subject
 * (光学性能), alone they name none, so a label composed of words leaves them out.
 */
const ASPECT_WORDS = new Set(
  '性能 特性 特征 特点 性质 效果 疗效 效应 机理 变化 变异 地区 区域 事件 学者 思想 观念 含量 产量 浓度 质量 指标 精度 误差 观察 临床 评估 关系 价值 概念 体系 建设 生产 开发 能力 原因 活动 程序 规模 标准 综合 项目 结构 特色 状况'.split(
    ' ',
  ),
);
export const isAspectWord = (word: string) => ASPECT_WORDS.has(word);
const usable = (phrase: string) => !isStopWord(phrase) && !isStockPhrase(phrase);

/** The noun phrases of a text (jieba POS tags): runs of noun-like words, and their sub-runs, without stop words at either end. */
export function nounPhrases(text: string): string[] {
  return [...nounPhraseTokens(text).keys()];
}

/** `nounPhrases` with the number of words each is made of. */
function nounPhraseTokens(text: string): Map<string, number> {
  const phrases = new Map<string, number>();
  const flush = (run: string[]) => {
    for (let start = 0; start < run.length; start++)
      for (let end = start + 1; end <= Math.min(run.length, start + MAX_TOKENS); end++) {
        const first = run[start]!;
        const last = run[end - 1]!;
        if (isStopWord(first) || isStopWord(last)) continue;
        const phrase = run.slice(start, end).join('');
        const length = [...phrase].length;
        if (length >= 2 && length <= MAX_CHARS && /\p{Script=Han}/u.test(phrase)) {
          const key = phrase.toLowerCase();
          phrases.set(key, Math.max(phrases.get(key) ?? 0, end - start));
        }
      }
  };
  let run: string[] = [];
  for (const { tag, word } of tagger().tag(text, true)) {
    if (PHRASE_TAG.test(tag) && word.trim()) run.push(word.trim());
    else {
      flush(run);
      run = [];
    }
  }
  flush(run);
  return phrases;
}

export interface PhraseRecord {
  /** Title (phrases are read from titles and keywords: they name subjects). */
  title: string;
  keywords?: readonly string[] | undefined;
}

/** A candidate label of a topic. */
export interface Candidate {
  phrase: string;
  /** Records of the topic whose title or keywords hold it. */
  support: number;
  /** A phrase of two words or more, or a record's own keyword of four characters or more: it can name a subject alone. */
  compound: boolean;
  /** Records of the topic that carry it among their own keywords (a librarian's or an author's word for the subject). */
  keywordSupport: number;
}

/** A compound phrase fewer records have stands for a small topic only when short (电站锅炉, not 多功能电源控制器): a long one names one paper. */
const RARE_MAX_CHARS = 6;

/** The records of a topic a label must occur in: two, and 3 % of a larger topic's ("several of its documents"). */
export const minimumSupport = (records: number) => Math.max(2, Math.ceil(0.03 * records));

interface Counts {
  support: number;
  keywordSupport: number;
}

/**
 * Candidate labels of each topic: noun phrases of its records' titles and the records' own
 * keywords that occur in at least `minimumSupport` of its records, weighted like c-TF-IDF
 * (records of the topic having the phrase × log(1 + mean phrases per topic / records of all
 * topics having it)), so phrases every topic uses fall behind; at most `limit` per topic, best
 * first. A topic none of whose frequent phrases is compound (a small topic: 水冷壁, 渗透率, 传热)
 * also gets its compound phrases of fewer records, so a subject its titles name can still label it.
 */
export function labelCandidates(topics: ReadonlyArray<readonly PhraseRecord[]>, limit = 30): Candidate[][] {
  const compound = new Set<string>();
  const perTopic = topics.map((records) => {
    const counts = new Map<string, Counts>();
    const count = (phrase: string, keyword: boolean) => {
      const c = counts.get(phrase) ?? { support: 0, keywordSupport: 0 };
      c.support++;
      if (keyword) c.keywordSupport++;
      counts.set(phrase, c);
    };
    for (const record of records) {
      const own = new Set((record.keywords ?? []).map((k) => k.trim().toLowerCase()).filter((k) => [...k].length >= 2 && usable(k)));
      for (const k of own) if ([...k].length >= 4) compound.add(k);
      const phrases = nounPhraseTokens(record.title);
      for (const [phrase, words] of phrases) if (words >= 2) compound.add(phrase);
      for (const phrase of own) count(phrase, true);
      for (const phrase of phrases.keys()) if (usable(phrase) && !own.has(phrase)) count(phrase, false);
    }
    return counts;
  });
  const total = new Map<string, number>();
  let all = 0;
  for (const counts of perTopic)
    for (const [phrase, c] of counts) {
      total.set(phrase, (total.get(phrase) ?? 0) + c.support);
      all += c.support;
    }
  const average = topics.length === 0 ? 0 : all / topics.length;
  return perTopic.map((counts, t) => {
    const least = minimumSupport(topics[t]!.length);
    const ranked = [...counts.entries()]
      .map(([phrase, c]) => ({
        phrase,
        ...c,
        compound: compound.has(phrase),
        weight: c.support * Math.log(1 + average / total.get(phrase)!),
      }))
      .sort((a, b) => b.weight - a.weight || [...b.phrase].length - [...a.phrase].length || (a.phrase < b.phrase ? -1 : 1));
    const frequent = ranked.filter((c) => c.support >= least || counts.size < 3).slice(0, limit);
    const rare = frequent.some((c) => c.compound)
      ? []
      : ranked.filter((c) => c.compound && [...c.phrase].length <= RARE_MAX_CHARS && !frequent.includes(c)).slice(0, limit);
    return [...frequent, ...rare].map(({ phrase, support, keywordSupport, compound }) => ({ phrase, support, keywordSupport, compound }));
  });
}
