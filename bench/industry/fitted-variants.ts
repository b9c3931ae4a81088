import { rootOf } from '../../topics/filing/industries.js';
import { foldsOf, MARGINS, NONE_RATE_TARGET, scoreOn, type Labelled, type Setting, type VariantResult } from './variants.js';

/**
 * Rules with more parameters fitted on dev (issue 13: semantic and lexical evidence in one rule):
 * per-industry margins (coordinate ascent from the best common margin) and a logistic gate on the
 * best industry's evidence. Both are scored honestly: the dev figure is out of fold (each outer
 * fold filed by parameters fitted on the other four, themselves chosen by an inner 5-fold CV),
 * the held-out figure by parameters fitted on the whole dev half.
 */

interface Best {
  /** Per document: the industry of the best combined score (cosine + lexicalWeight · lexical), −1 for none. */
  index: number;
  combined: number;
  second: number;
}

const bestOf = (s: Setting, lexicalWeight: number): Best[] =>
  s.scores.map((row, i) => {
    let index = -1;
    let combined = -Infinity;
    let second = -Infinity;
    row.forEach((x, j) => {
      const c = x + lexicalWeight * s.lexical[i]![j]!;
      if (c > combined) [second, index, combined] = [combined, j, c];
      else if (c > second) second = c;
    });
    return { index, combined, second };
  });

type Fit = (train: readonly number[]) => (string | null)[];

function crossValidatedMean(l: Labelled, folds: readonly (readonly number[])[], predictions: (fold: number) => readonly (string | null)[]) {
  const scores = folds.map((fold, k) => scoreOn(l, fold, predictions(k)));
  return {
    f1: scores.reduce((a, s) => a + s.macroF1, 0) / scores.length,
    noneRate: scores.reduce((a, s) => a + s.noneRate, 0) / scores.length,
  };
}

function nested(l: Labelled, variant: string, parameters: string, fit: Fit): VariantResult {
  const outOfFold: (string | null)[] = new Array<string | null>(l.gold.length).fill(null);
  for (const fold of foldsOf(l.dev)) {
    const predictions = fit(l.dev.filter((i) => !fold.includes(i)));
    for (const i of fold) outOfFold[i] = predictions[i]!;
  }
  return { variant, parameters, dev: scoreOn(l, l.dev, outOfFold), heldOut: scoreOn(l, l.heldOut, fit(l.dev)) };
}

/** One margin per top industry, fitted by coordinate ascent on the inner folds' mean macro-F1 (none-rate ≤ the target). */
export function perIndustryMargins(l: Labelled, s: Setting, lexicalWeight: number): VariantResult {
  const best = bestOf(s, lexicalWeight);
  const roots = l.codes.map((c) => rootOf(c, l.parentOf));
  const predict = (margins: ReadonlyMap<string, number>) =>
    best.map((b, i) => (b.index >= 0 && b.combined - s.outside[i]! >= margins.get(roots[b.index]!)! ? l.codes[b.index]! : null));
  const fit: Fit = (train) => {
    const folds = foldsOf(train);
    const evaluate = (m: ReadonlyMap<string, number>) => {
      const p = predict(m);
      return crossValidatedMean(l, folds, () => p);
    };
    const distinct = [...new Set(roots)];
    let common = { margin: 0, f1: -1 };
    for (const margin of MARGINS) {
      const e = evaluate(new Map(distinct.map((r) => [r, margin])));
      if (e.noneRate <= NONE_RATE_TARGET && e.f1 > common.f1) common = { margin, f1: e.f1 };
    }
    let margins = new Map(distinct.map((r) => [r, common.margin]));
    let current = common.f1;
    for (let pass = 0; pass < 2; pass++)
      for (const root of distinct)
        for (const margin of MARGINS) {
          const trial = new Map(margins).set(root, margin);
          const e = evaluate(trial);
          if (e.noneRate <= NONE_RATE_TARGET && e.f1 > current + 1e-9) [margins, current] = [trial, e.f1];
        }
    return predict(margins);
  };
  return nested(l, 'per-industry margins (nested 5-fold CV)', `lexical boost ${lexicalWeight}, one margin per top industry`, fit);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const THRESHOLDS = Array.from({ length: 19 }, (_, k) => +(0.05 + k * 0.05).toFixed(2));

/**
 * A logistic gate: the best industry is filed when P(its filing is right) ≥ a threshold, from its
 * margin over the outside fields, its lead over the second industry, its cosine and the lexical
 * evidence (its own and the document's best); fitted on documents whose best industry is right or
 * which belong to none, the threshold chosen by the inner folds.
 */
export function logisticGate(l: Labelled, s: Setting): VariantResult {
  const best = bestOf(s, 0);
  const features = best.map((b, i) => [
    1,
    10 * (b.combined - s.outside[i]!),
    10 * (b.combined - b.second),
    10 * (b.combined - 0.5),
    b.index >= 0 ? s.lexical[i]![b.index]! : 0,
    Math.max(0, ...s.lexical[i]!),
  ]);
  const target = best.map((b, i) => {
    const gold = l.gold[i]!;
    const root = b.index >= 0 ? rootOf(l.codes[b.index]!, l.parentOf) : null;
    const right = root !== null && (root === gold.industry || gold.acceptable.has(root));
    return right ? 1 : gold.industry === null ? 0 : null;
  });
  const train = (indices: readonly number[]) => {
    const rows = indices.filter((i) => target[i] !== null);
    const weights = new Float64Array(features[0]!.length);
    for (let step = 0; step < 400; step++) {
      const gradient = new Float64Array(weights.length);
      for (const i of rows) {
        const x = features[i]!;
        const error = sigmoid(x.reduce((a, v, k) => a + v * weights[k]!, 0)) - target[i]!;
        x.forEach((v, k) => (gradient[k]! += error * v));
      }
      weights.forEach((w, k) => (weights[k] = w - 0.5 * (gradient[k]! / rows.length + (k > 0 ? 0.01 * w : 0))));
    }
    return weights;
  };
  const predict = (weights: Float64Array, threshold: number) =>
    features.map((x, i) => (sigmoid(x.reduce((a, v, k) => a + v * weights[k]!, 0)) >= threshold ? l.codes[best[i]!.index]! : null));
  const fit: Fit = (indices) => {
    const folds = foldsOf(indices);
    const models = folds.map((fold) => train(indices.filter((i) => !fold.includes(i))));
    let chosen = { threshold: 0.5, f1: -1 };
    for (const threshold of THRESHOLDS) {
      const e = crossValidatedMean(l, folds, (k) => predict(models[k]!, threshold));
      if (e.noneRate <= NONE_RATE_TARGET && e.f1 > chosen.f1) chosen = { threshold, f1: e.f1 };
    }
    return predict(train(indices), chosen.threshold);
  };
  return nested(l, 'logistic gate on the evidence (nested 5-fold CV)', 'margin, lead, cosine, lexical (own and best)', fit);
}
