import { createHash } from 'node:crypto';
import type { IndustryDescription, OutsideField } from './profile.js';
import { outsideText, profileTexts } from './profile.js';
import { groupSimilarities, type DocumentMatrix } from './similarities.js';
import { dot } from './vectors.js';

/**
 * The filing gate: a multinomial logistic regression that decides a document's top industry, or
 * that it lies outside every industry, from its cosines to every industry's text profile (best
 * passage) and to every field outside every industry, standardised. Fitted by
 * `npm run bench:industry` on the labelled dev half (its regularisation and its bias towards
 * "outside" chosen by 5-fold cross-validation there) and written to data/industries/filing-gate.json;
 * it holds only for the model and the texts it was fitted on (`model`, `textHash`), else the
 * margin rule files alone.
 */
export interface FilingGate {
  model: string;
  textHash: string;
  /** Feature order: each industry's best cosine to its text passages, then each outside field's cosine. */
  industries: string[];
  outsideFields: number;
  mean: number[];
  scale: number[];
  /** The top industries, null for outside every industry. */
  classes: (string | null)[];
  weights: number[][];
  intercepts: number[];
  /** Added to the outside class's probability before the argmax: the gate's caution, chosen with the none-rate. */
  outsideBias: number;
}

/** Changes with the industries' profile texts and the outside fields (what the gate's features are cosines to). */
export function gateTextHash(industries: readonly IndustryDescription[], outside: readonly OutsideField[]): string {
  const texts = [...industries].sort((a, b) => (a.code < b.code ? -1 : 1)).map((i) => [i.code, profileTexts(i)]);
  return createHash('sha256')
    .update(JSON.stringify({ texts, outside: outside.map(outsideText) }), 'utf8')
    .digest('hex');
}

/** The gate's raw features: an industry without a text profile counts as its mean (0 once standardised). */
export function gateFeatures(
  gate: Pick<FilingGate, 'industries' | 'outsideFields' | 'mean'>,
  industryCosine: (code: string) => number | null,
  outsideCosines: ArrayLike<number>,
): Float64Array {
  const x = new Float64Array(gate.industries.length + gate.outsideFields);
  gate.industries.forEach((code, k) => (x[k] = industryCosine(code) ?? gate.mean[k]!));
  for (let k = 0; k < gate.outsideFields; k++) x[gate.industries.length + k] = outsideCosines[k] ?? gate.mean[gate.industries.length + k]!;
  return x;
}

/** A document's features: its best cosine to each industry's text passages (not the confirmed profiles), and to each outside field's text. */
export function documentGateFeatures(
  gate: Pick<FilingGate, 'industries' | 'outsideFields' | 'mean'>,
  vector: ArrayLike<number>,
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>,
  outsideTexts: readonly ArrayLike<number>[],
): Float64Array {
  const best = (code: string) => {
    const list = passages.get(code);
    if (!list || list.length === 0) return null;
    let top = -Infinity;
    for (const p of list) top = Math.max(top, dot(vector, p));
    return top;
  };
  return gateFeatures(
    gate,
    best,
    outsideTexts.map((o) => dot(vector, o)),
  );
}

/** Class probabilities (softmax) of raw features. */
export function gateProbabilities(gate: Pick<FilingGate, 'mean' | 'scale' | 'weights' | 'intercepts'>, x: ArrayLike<number>): Float64Array {
  const logits = gate.weights.map((w, c) => {
    let sum = gate.intercepts[c]!;
    for (let k = 0; k < w.length; k++) sum += w[k]! * ((x[k]! - gate.mean[k]!) / gate.scale[k]!);
    return sum;
  });
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return Float64Array.from(exp, (e) => e / total);
}

/** The gate's decision: the top industry (null: outside every industry) and its probability. */
export function gateDecision(gate: FilingGate, x: ArrayLike<number>): { root: string | null; probability: number } {
  const p = gateProbabilities(gate, x);
  let best = 0;
  let bestValue = -Infinity;
  gate.classes.forEach((cls, c) => {
    const value = p[c]! + (cls === null ? gate.outsideBias : 0);
    if (value > bestValue) [best, bestValue] = [c, value];
  });
  return { root: gate.classes[best]!, probability: p[best]! };
}

/** `documentGateFeatures` of every row of a document matrix, from one blocked product (exactly the same sums). */
export function documentGateFeatureRows(
  gate: Pick<FilingGate, 'industries' | 'outsideFields' | 'mean'>,
  docs: DocumentMatrix,
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>,
  outsideTexts: readonly ArrayLike<number>[],
): Float64Array[] {
  return gateFeatureRows(gate, docs.rows, groupSimilarities(docs, gateGroups(gate, passages, outsideTexts)));
}

/** The groups the gate's features are best cosines to: each industry's text passages, then each outside field alone. */
export function gateGroups(
  gate: Pick<FilingGate, 'industries' | 'outsideFields'>,
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>,
  outsideTexts: readonly ArrayLike<number>[],
): (readonly ArrayLike<number>[] | undefined)[] {
  return [...gate.industries.map((code) => passages.get(code)), ...outsideTexts.slice(0, gate.outsideFields).map((o) => [o])];
}

/** The gate's feature rows from the best cosines to `gateGroups` (rows × groups). */
export function gateFeatureRows(
  gate: Pick<FilingGate, 'industries' | 'outsideFields' | 'mean'>,
  rows: number,
  best: Float64Array,
): Float64Array[] {
  const industries = gate.industries.length;
  const width = best.length / Math.max(1, rows);
  return Array.from({ length: rows }, (_, r) => {
    const x = new Float64Array(industries + gate.outsideFields);
    for (let k = 0; k < x.length; k++) {
      const value = k < width ? best[r * width + k]! : Number.NaN;
      x[k] = Number.isNaN(value) ? gate.mean[k]! : value;
    }
    return x;
  });
}
