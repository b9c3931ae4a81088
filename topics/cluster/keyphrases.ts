import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { isStopWord } from './stopwords.js';

let jieba: Jieba | undefined;
const tagger = () => (jieba ??= Jieba.withDict(dict));

/** Parts of speech a noun phrase is made of: nouns of every kind, verbal and adjectival nouns, abbreviations, Latin words. */
const PHRASE_TAG = /^(n|vn|an|nz|j|eng|b)/;
const MAX_TOKENS = 4;
const MAX_CHARS = 14;
/** Phrases of a paper's kind rather than its subject: never a label. */
const STOCK_PHRASES = new Set([
  '研究进展',
  '研究现状',
  '综述',
  '进展',
  '现状',
  '对策',
  '应用研究',
  '发展趋势',
  '患者',
  '临床观察',
  '临床分析',
]);
const usable = (phrase: string) => !isStopWord(phrase) && !STOCK_PHRASES.has(phrase);

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
}

/** The records of a topic a label must occur in: two, and 3 % of a larger topic's ("several of its documents"). */
export const minimumSupport = (records: number) => Math.max(2, Math.ceil(0.03 * records));

/**
 * Candidate labels of each topic: noun phrases of its records' titles and the records' own
 * keywords that occur in at least `minimumSupport` of its records, weighted like c-TF-IDF
 * (records of the topic having the phrase × log(1 + mean phrases per topic / records of all
 * topics having it)), so stock phrases every topic uses (研究进展, 疗效) fall behind; at most
 * `limit` per topic, best first.
 */
export function labelCandidates(topics: ReadonlyArray<readonly PhraseRecord[]>, limit = 20): Candidate[][] {
  const compound = new Set<string>();
  const perTopic = topics.map((records) => {
    const frequency = new Map<string, number>();
    for (const record of records) {
      const own = (record.keywords ?? []).map((k) => k.trim().toLowerCase()).filter((k) => [...k].length >= 2 && usable(k));
      for (const k of own) if ([...k].length >= 4) compound.add(k);
      const phrases = nounPhraseTokens(record.title);
      for (const [phrase, words] of phrases) if (words >= 2) compound.add(phrase);
      for (const phrase of new Set([...[...phrases.keys()].filter(usable), ...own]))
        frequency.set(phrase, (frequency.get(phrase) ?? 0) + 1);
    }
    return frequency;
  });
  const total = new Map<string, number>();
  let all = 0;
  for (const frequency of perTopic)
    for (const [phrase, n] of frequency) {
      total.set(phrase, (total.get(phrase) ?? 0) + n);
      all += n;
    }
  const average = topics.length === 0 ? 0 : all / topics.length;
  return perTopic.map((frequency, t) => {
    const support = minimumSupport(topics[t]!.length);
    return [...frequency.entries()]
      .map(([phrase, n]) => ({ phrase, weight: n * Math.log(1 + average / total.get(phrase)!), n }))
      .filter((c) => c.n >= support || frequency.size < 3)
      .sort((a, b) => b.weight - a.weight || [...b.phrase].length - [...a.phrase].length || (a.phrase < b.phrase ? -1 : 1))
      .slice(0, limit)
      .map((c) => ({ phrase: c.phrase, support: c.n, compound: compound.has(c.phrase) }));
  });
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
};

/**
 * Maximal marginal relevance (KeyBERT's MMR): picks `count` candidates, each maximising
 * (1 − diversity) · similarity to the centroid − diversity · its greatest similarity to those
 * already picked. Returns their indices in pick order.
 */
export function maximalMarginalRelevance(
  candidates: readonly ArrayLike<number>[],
  centroid: ArrayLike<number>,
  count: number,
  diversity = 0.3,
  initial: readonly number[] = [],
): number[] {
  const relevance = candidates.map((c) => dot(c, centroid));
  const picked: number[] = [...initial];
  while (picked.length < Math.min(count, candidates.length)) {
    let best = -1;
    let bestValue = -Infinity;
    candidates.forEach((candidate, i) => {
      if (picked.includes(i)) return;
      const redundancy = picked.length === 0 ? 0 : Math.max(...picked.map((p) => dot(candidate, candidates[p]!)));
      const value = (1 - diversity) * relevance[i]! - diversity * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    picked.push(best);
  }
  return picked;
}

export type EmbedPassages = (texts: string[]) => Promise<ArrayLike<number>[]>;

export interface PhraseLabel {
  label: string;
  /** The MMR picks, the label first. */
  phrases: string[];
}

/**
 * A label per topic read as a subject (KeyBERT style): its candidate phrases embedded with the
 * documents' model and ranked by similarity to the topic's centroid with MMR diversity; the
 * label is the nearest compound candidate (a phrase of several words or a record's keyword:
 * 碳纤维复合材料 rather than 算法), two words composed where the topic has no compound one. Null for a topic without candidates. One call embeds every topic's candidates.
 */
export async function phraseLabels(
  topics: ReadonlyArray<{ records: readonly PhraseRecord[]; centroid: ArrayLike<number> }>,
  embed: EmbedPassages,
  options: { candidates?: number; picks?: number; diversity?: number } = {},
): Promise<(PhraseLabel | null)[]> {
  const candidates = labelCandidates(
    topics.map((t) => t.records),
    options.candidates ?? 20,
  );
  const unique = [...new Set(candidates.flat().map((c) => c.phrase))];
  if (unique.length === 0) return topics.map(() => null);
  const vectors = await embed(unique);
  // Centred on the mean phrase and the mean centroid: what all phrases (all topics) share says nothing of one topic.
  const phraseMean = mean(vectors);
  const centroidMean = mean(topics.map((t) => t.centroid));
  const vectorOf = new Map(unique.map((phrase, i) => [phrase, centre(vectors[i]!, phraseMean)]));
  return topics.map((topic, t) => {
    const list = candidates[t]!;
    if (list.length === 0) return null;
    const phrases = list.map((c) => c.phrase);
    const vectors = phrases.map((p) => vectorOf.get(p)!);
    const centroid = centre(topic.centroid, centroidMean);
    const compound = list.flatMap((c, i) => (c.compound ? [i] : []));
    const first =
      compound.length > 0
        ? [
            compound[
              maximalMarginalRelevance(
                compound.map((i) => vectors[i]!),
                centroid,
                1,
              )[0]!
            ]!,
          ]
        : [];
    const picks = maximalMarginalRelevance(vectors, centroid, options.picks ?? 3, options.diversity ?? 0.3, first).map((i) => phrases[i]!);
    const label = compound.length > 0 ? picks[0]! : composedLabel(picks, topic.records);
    return { label, phrases: picks };
  });
}

/**
 * A topic without a compound candidate is not labelled by one loose word (算法, 性能): its two
 * nearest words make the label, as the phrase its titles write when one of them does (复合材料改性),
 * else joined (药物与剂型).
 */
export function composedLabel(picks: readonly string[], records: readonly PhraseRecord[]): string {
  const [a, b] = picks;
  if (a === undefined || b === undefined) return a ?? '';
  const titles = records.map((r) => r.title.toLowerCase());
  for (const phrase of [`${a}${b}`, `${b}${a}`]) if (titles.some((t) => t.includes(phrase))) return phrase;
  return `${a}与${b}`;
}

function mean(vectors: readonly ArrayLike<number>[]): Float32Array {
  const out = new Float32Array(vectors[0]?.length ?? 0);
  for (const v of vectors) for (let d = 0; d < out.length; d++) out[d]! += v[d]! / vectors.length;
  return out;
}

function centre(v: ArrayLike<number>, m: ArrayLike<number>): Float32Array {
  const out = new Float32Array(v.length);
  let norm = 0;
  for (let d = 0; d < v.length; d++) {
    out[d] = v[d]! - m[d]!;
    norm += out[d]! * out[d]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) out[d]! /= norm;
  return out;
}
