import { rootOf } from '../../topics/filing/industries.js';
import type { LexicalEvidence } from '../../topics/filing/lexical.js';
import { dot } from '../../topics/filing/vectors.js';
import type { Gold, Scores } from './metrics.js';
import { score } from './metrics.js';

/**
 * The filing rules tried on the way to the one topics/filing/rule.ts runs, on precomputed
 * cosines: every variant files a document's best industry when its score beats the nearest
 * field outside every industry by a margin (some with more parameters), the margin chosen on
 * dev (by the whole dev half or by 5-fold cross-validation), never on the held-out half.
 */

export const FOLDS = 5;
export const NONE_RATE_TARGET = 0.1;
export const MARGINS = Array.from({ length: 61 }, (_, i) => +(-0.1 + i * 0.005).toFixed(3));
/** Margins on standardised scores (spreads, not cosines). */
export const Z_MARGINS = Array.from({ length: 81 }, (_, i) => +(-1 + i * 0.05).toFixed(2));

export interface Setting {
  /** Per document and industry: the score compared (−Infinity where the rule never files it). */
  scores: Float64Array[];
  /** Per document: the nearest outside field's score on the same scale. */
  outside: Float64Array;
  /** Per document and industry: the lexical score (a boost with `lexicalWeight`). */
  lexical: Float64Array[];
}

export interface Labelled {
  codes: readonly string[];
  gold: readonly Gold[];
  parentOf: ReadonlyMap<string, string | null>;
  dev: readonly number[];
  heldOut: readonly number[];
}

/** The best industry per document (score + w · lexical) filed when it beats the outside score by `margin`. */
export function predict(setting: Setting, codes: readonly string[], margin: number, lexicalWeight = 0): (string | null)[] {
  return setting.scores.map((row, i) => {
    let best = -1;
    let bestScore = -Infinity;
    row.forEach((s, j) => {
      const combined = s + lexicalWeight * setting.lexical[i]![j]!;
      if (combined > bestScore) [best, bestScore] = [j, combined];
    });
    return best >= 0 && bestScore - setting.outside[i]! >= margin ? codes[best]! : null;
  });
}

export const scoreOn = (l: Labelled, indices: readonly number[], predictions: readonly (string | null)[]): Scores =>
  score(
    indices.map((i) => (predictions[i] ? rootOf(predictions[i], l.parentOf) : null)),
    indices.map((i) => l.gold[i]!),
  );

export const foldsOf = (indices: readonly number[]) => Array.from({ length: FOLDS }, (_, f) => indices.filter((_, n) => n % FOLDS === f));

/** The margin of the best dev macro-F1 with a dev none-rate ≤ the target, on the whole dev half or as the mean over its folds. */
export function tuneMargin(
  l: Labelled,
  setting: Setting,
  options: { crossValidated: boolean; lexicalWeight?: number; margins?: readonly number[] },
): number {
  const folds = foldsOf(l.dev);
  let best = { margin: 0, f1: -1 };
  for (const margin of options.margins ?? MARGINS) {
    const predictions = predict(setting, l.codes, margin, options.lexicalWeight);
    const scores = options.crossValidated ? folds.map((fold) => scoreOn(l, fold, predictions)) : [scoreOn(l, l.dev, predictions)];
    const f1 = scores.reduce((a, s) => a + s.macroF1, 0) / scores.length;
    const noneRate = scores.reduce((a, s) => a + s.noneRate, 0) / scores.length;
    if (noneRate <= NONE_RATE_TARGET && f1 > best.f1) best = { margin, f1 };
  }
  return best.margin;
}

/** Cosines of every document to every industry's profile vectors, aggregated (max, or the mean of the top k). */
export function cosineSetting(
  vectors: readonly Float32Array[],
  profiles: ReadonlyArray<readonly ArrayLike<number>[] | null>,
  outside: readonly ArrayLike<number>[],
  lexical: readonly LexicalEvidence[][],
  codes: readonly string[],
  aggregate: (cosines: number[]) => number,
): Setting {
  const index = new Map(codes.map((c, j) => [c, j]));
  return {
    scores: vectors.map((v) =>
      Float64Array.from(profiles.map((p) => (p && p.length > 0 ? aggregate(p.map((q) => dot(v, q))) : -Infinity))),
    ),
    outside: Float64Array.from(vectors.map((v) => Math.max(...outside.map((o) => dot(v, o))))),
    lexical: lexical.map((list) => {
      const row = new Float64Array(codes.length);
      for (const e of list) if (index.has(e.code)) row[index.get(e.code)!] = e.score;
      return row;
    }),
  };
}

export const maxOf = (xs: number[]) => Math.max(...xs);
export const meanOfTop = (k: number) => (xs: number[]) => {
  const top = [...xs].sort((a, b) => b - a).slice(0, k);
  return top.reduce((a, b) => a + b, 0) / top.length;
};

/** Each industry's and each outside field's cosines standardised by their mean and spread over the dev documents (no labels used). */
export function standardised(setting: Setting, outsideCosines: readonly Float64Array[], dev: readonly number[]): Setting {
  const z = (rows: readonly Float64Array[]) => {
    const width = rows[0]!.length;
    const mean = new Float64Array(width);
    const sd = new Float64Array(width);
    for (const i of dev) rows[i]!.forEach((x, j) => (mean[j]! += Number.isFinite(x) ? x / dev.length : 0));
    for (const i of dev) rows[i]!.forEach((x, j) => (sd[j]! += Number.isFinite(x) ? (x - mean[j]!) ** 2 / dev.length : 0));
    return rows.map((row) => row.map((x, j) => (Number.isFinite(x) ? (x - mean[j]!) / (Math.sqrt(sd[j]!) || 1) : x)));
  };
  return {
    scores: z(setting.scores),
    outside: Float64Array.from(z(outsideCosines).map((row) => Math.max(...row))),
    lexical: setting.lexical,
  };
}

export interface VariantResult {
  variant: string;
  parameters: string;
  dev: Scores;
  heldOut: Scores;
}
