import { isAspectWord, labelCandidates, type Candidate, type PhraseRecord } from './keyphrases.js';

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
};

/**
 * Maximal marginal relevance (KeyBERT's MMR): picks `count` candidates, each maximising
 * (1 − diversity) · relevance − diversity · its greatest similarity to those already picked.
 * `relevance` is each candidate's similarity to the centroid, or a score standing for it.
 * Returns their indices in pick order.
 */
export function maximalMarginalRelevance(
  candidates: readonly ArrayLike<number>[],
  relevance: readonly number[],
  count: number,
  diversity = 0.3,
  initial: readonly number[] = [],
): number[] {
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

/**
 * How much the share of a topic's records carrying a phrase as their own keyword raises it (√share
 * times this, beside a cosine): chosen on bench:industry's dev label measure (0, 0.2, 0.3, 0.4,
 * 0.6, 1, 1.5 tried; 0.6 best), so a keyword half the topic carries outweighs a phrase a little nearer the centroid.
 */
export const KEYWORD_WEIGHT = 0.6;

/**
 * The share of the topic's best-supported candidate's records a compound needs to label the topic
 * alone: a phrase of two titles (磷酸锶荧光粉, 优化设计) does not name a topic of thirty whose
 * commonest word six carry; such a topic is labelled by two of its wide words (材料与离子).
 * Chosen on bench:industry's two label measures, its dev topics and the topics a rebuild makes
 * (0, 0.34, 0.5, 0.75 tried; 0.5 best on the first, level with 0.34 on the second).
 */
export const COMPOUND_COVERAGE = 0.5;

export type EmbedPassages = (texts: string[]) => Promise<ArrayLike<number>[]>;

export interface PhraseLabel {
  label: string;
  /** The MMR picks, the label's phrase or words first. */
  phrases: string[];
}

export interface PhraseLabelOptions {
  /** Candidates per topic. */
  candidates?: number;
  /** Phrases picked per topic (the label and its MMR companions). */
  picks?: number;
  diversity?: number;
  /** Weight of the share of the topic's records that carry a candidate among their own keywords. */
  keywordWeight?: number;
  /** Weight of the share of the topic's records whose title or keywords hold it. */
  supportWeight?: number;
  /** The share of the best-supported candidate's records a label's phrase or words need (COMPOUND_COVERAGE). */
  coverage?: number;
}

/** A candidate's relevance: its cosine to the topic's centroid, raised by how many of the topic's records carry it. */
export function candidateScore(
  candidate: Candidate,
  cosine: number,
  records: number,
  weights: { keywordWeight: number; supportWeight: number },
): number {
  return (
    cosine +
    weights.keywordWeight * Math.sqrt(candidate.keywordSupport / records) +
    weights.supportWeight * Math.sqrt(candidate.support / records)
  );
}

/**
 * A label per topic read as a subject (KeyBERT style): its candidate phrases (noun phrases of its
 * titles and its records' own keywords, keyphrases.ts) embedded with the documents' model and
 * scored by their cosine to the topic's centroid, raised by the share of the topic's records
 * carrying them as keywords. The label is the best compound candidate (a phrase of several words
 * or a record's keyword: 碳纤维复合材料 rather than 算法) that enough of the topic's records hold
 * (COMPOUND_COVERAGE); a topic none covers (a mixed one) is labelled by its two best wide words,
 * composed (经济与产业). The other picks follow by MMR. Null for a topic without candidates.
 * One call embeds every topic's candidates.
 */
export async function phraseLabels(
  topics: ReadonlyArray<{ records: readonly PhraseRecord[]; centroid: ArrayLike<number> }>,
  embed: EmbedPassages,
  options: PhraseLabelOptions = {},
): Promise<(PhraseLabel | null)[]> {
  const weights = { keywordWeight: options.keywordWeight ?? KEYWORD_WEIGHT, supportWeight: options.supportWeight ?? 0 };
  const candidates = labelCandidates(
    topics.map((t) => t.records),
    options.candidates ?? 30,
  );
  const unique = [...new Set(candidates.flat().map((c) => c.phrase))];
  if (unique.length === 0) return topics.map(() => null);
  const embedded = await embed(unique);
  // Centred on the mean phrase and the mean centroid: what all phrases (all topics) share says nothing of one topic.
  const phraseMean = mean(embedded);
  const centroidMean = mean(topics.map((t) => t.centroid));
  const vectorOf = new Map(unique.map((phrase, i) => [phrase, centre(embedded[i]!, phraseMean)]));
  return topics.map((topic, t) => {
    const list = candidates[t]!;
    if (list.length === 0) return null;
    const vectors = list.map((c) => vectorOf.get(c.phrase)!);
    const centroid = centre(topic.centroid, centroidMean);
    const scores = list.map((c, i) => candidateScore(c, dot(vectors[i]!, centroid), topic.records.length, weights));
    const needed = (options.coverage ?? COMPOUND_COVERAGE) * Math.max(...list.map((c) => c.support));
    let first = -1;
    list.forEach((c, i) => {
      if (c.compound && c.support >= needed && (first < 0 || scores[i]! > scores[first]!)) first = i;
    });
    const pick = (from: number[], count: number, initial: number[] = []) =>
      maximalMarginalRelevance(
        from.map((i) => vectors[i]!),
        from.map((i) => scores[i]!),
        count,
        options.diversity ?? 0.3,
        initial.map((i) => from.indexOf(i)),
      ).map((k) => from[k]!);
    const all = list.map((_, i) => i);
    const picks = options.picks ?? 3;
    if (first >= 0) return { label: list[first]!.phrase, phrases: pick(all, picks, [first]).map((i) => list[i]!.phrase) };
    const words = all.filter((i) => !list[i]!.compound && !isAspectWord(list[i]!.phrase));
    const wide = words.filter((i) => list[i]!.support >= needed);
    const pair = pick(wide.length >= 2 ? wide : words.length > 0 ? words : all, 2);
    return {
      label: composedLabel(
        pair.map((i) => list[i]!.phrase),
        topic.records,
      ),
      phrases: pick(all, Math.max(picks, pair.length), pair).map((i) => list[i]!.phrase),
    };
  });
}

/**
 * Two words as one label: as the phrase its titles write when one of them does (复合材料改性),
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
  for (let d = 0; d < v.length; d++) out[d] = v[d]! - m[d]!;
  return normalised(out);
}

function normalised(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  let norm = 0;
  for (let d = 0; d < out.length; d++) norm += out[d]! * out[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < out.length; d++) out[d]! /= norm;
  return out;
}
