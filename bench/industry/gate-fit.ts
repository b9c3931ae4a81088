import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FilingGate } from '../../topics/filing/gate.js';
import { documentGateFeatures, gateDecision } from '../../topics/filing/gate.js';
import { DISTRICT_TIER } from '../../topics/filing/rule.js';
import type { TaxonomyIndustry } from '../../topics/filing/industries.js';
import { foldsOf, NONE_RATE_TARGET, scoreOn, type Labelled } from './variants.js';

/**
 * Fits the filing gate (topics/filing/gate.ts) on the labelled dev half: a softmax regression of
 * the top industry (or outside) on the cosines to the industries' text passages and the outside
 * fields, standardised on dev, L2-regularised. Its strength C and its bias towards "outside" are
 * chosen by 5-fold cross-validation on dev (best mean fold macro-F1 with a mean fold none-rate ≤
 * the target); the gate written for the product is fitted on the whole dev half with them.
 */
export interface GateInput {
  industries: readonly TaxonomyIndustry[];
  vectors: readonly Float32Array[];
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>;
  outsideTexts: readonly ArrayLike<number>[];
  labelled: Labelled;
  model: string;
  textHash: string;
}

export interface GateFit {
  gate: FilingGate;
  c: number;
  outsideBias: number;
  devCv: { macroF1: number; noneRate: number };
  /** Every setting tried, with its cross-validated dev figures. */
  grid: Array<{ c: number; outsideBias: number; macroF1: number; noneRate: number }>;
  /** The chosen setting's dev predictions, each fold's by the gate fitted on the other four (honest dev figures). */
  outOfFold: (string | null)[];
}

export const GATE_CS = [0.1, 0.3, 1, 3, 10];
export const GATE_BIASES = [0, 0.1, 0.2, 0.3];
const STEPS = 300;

export function fitGate(input: GateInput): GateFit {
  const { labelled: l } = input;
  const codes = input.industries.filter((i) => i.tier !== DISTRICT_TIER).map((i) => i.code);
  const shape = {
    industries: codes,
    outsideFields: input.outsideTexts.length,
    mean: new Array<number>(codes.length + input.outsideTexts.length).fill(0),
  };
  const raw = input.vectors.map((v) => documentGateFeatures(shape, v, input.passages, input.outsideTexts));
  const dimensions = raw[0]!.length;
  const mean = new Array<number>(dimensions).fill(0);
  const scale = new Array<number>(dimensions).fill(0);
  for (const i of l.dev) raw[i]!.forEach((x, k) => (mean[k]! += x / l.dev.length));
  for (const i of l.dev) raw[i]!.forEach((x, k) => (scale[k]! += (x - mean[k]!) ** 2 / l.dev.length));
  scale.forEach((s, k) => (scale[k] = Math.sqrt(s) || 1));
  const classes = [...new Set(l.dev.map((i) => l.gold[i]!.industry))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const z = raw.map((x) => Float64Array.from(x, (v, k) => (v - mean[k]!) / scale[k]!));

  const train = (indices: readonly number[], c: number) => {
    const weights = classes.map(() => new Float64Array(dimensions));
    const intercepts = new Float64Array(classes.length);
    const lambda = 1 / (c * indices.length);
    // Adam on the mean cross-entropy + λ/2 ‖W‖².
    const m = classes.map(() => new Float64Array(dimensions + 1));
    const s = classes.map(() => new Float64Array(dimensions + 1));
    const target = indices.map((i) => classes.indexOf(l.gold[i]!.industry));
    for (let step = 1; step <= STEPS; step++) {
      const gradient = classes.map(() => new Float64Array(dimensions + 1));
      indices.forEach((i, n) => {
        const x = z[i]!;
        const logits = weights.map((w, k) => intercepts[k]! + w.reduce((a, wk, d) => a + wk * x[d]!, 0));
        const top = Math.max(...logits);
        const exp = logits.map((v) => Math.exp(v - top));
        const total = exp.reduce((a, b) => a + b, 0);
        exp.forEach((e, k) => {
          const error = e / total - (k === target[n] ? 1 : 0);
          const g = gradient[k]!;
          for (let d = 0; d < dimensions; d++) g[d]! += error * x[d]!;
          g[dimensions]! += error;
        });
      });
      classes.forEach((_, k) => {
        for (let d = 0; d <= dimensions; d++) {
          const value = d < dimensions ? weights[k]![d]! : intercepts[k]!;
          const g = gradient[k]![d]! / indices.length + (d < dimensions ? lambda * value : 0);
          m[k]![d] = 0.9 * m[k]![d]! + 0.1 * g;
          s[k]![d] = 0.999 * s[k]![d]! + 0.001 * g * g;
          const update = (0.05 * (m[k]![d]! / (1 - 0.9 ** step))) / (Math.sqrt(s[k]![d]! / (1 - 0.999 ** step)) + 1e-8);
          if (d < dimensions) weights[k]![d] = value - update;
          else intercepts[k] = value - update;
        }
      });
    }
    return { weights: weights.map((w) => Array.from(w)), intercepts: Array.from(intercepts) };
  };
  const gateOf = (fitted: { weights: number[][]; intercepts: number[] }, outsideBias: number): FilingGate => ({
    model: input.model,
    textHash: input.textHash,
    industries: codes,
    outsideFields: input.outsideTexts.length,
    mean,
    scale,
    classes,
    weights: fitted.weights,
    intercepts: fitted.intercepts,
    outsideBias,
  });
  const predict = (gate: FilingGate, indices: readonly number[]) => {
    const out = new Array<string | null>(l.gold.length).fill(null);
    for (const i of indices) out[i] = gateDecision(gate, raw[i]!).root;
    return out;
  };

  const folds = foldsOf(l.dev);
  const grid: GateFit['grid'] = [];
  const oof = new Map<string, (string | null)[]>();
  for (const c of GATE_CS) {
    const models = folds.map((fold) =>
      train(
        l.dev.filter((i) => !fold.includes(i)),
        c,
      ),
    );
    for (const outsideBias of GATE_BIASES) {
      const predictions = new Array<string | null>(l.gold.length).fill(null);
      folds.forEach((fold, k) => {
        const p = predict(gateOf(models[k]!, outsideBias), fold);
        for (const i of fold) predictions[i] = p[i]!;
      });
      oof.set(`${c}/${outsideBias}`, predictions);
      const scores = folds.map((fold) => scoreOn(l, fold, predictions));
      grid.push({
        c,
        outsideBias,
        macroF1: scores.reduce((a, x) => a + x.macroF1, 0) / scores.length,
        noneRate: scores.reduce((a, x) => a + x.noneRate, 0) / scores.length,
      });
    }
  }
  const chosen = grid.filter((g) => g.noneRate <= NONE_RATE_TARGET).sort((a, b) => b.macroF1 - a.macroF1)[0] ?? grid[grid.length - 1]!;
  return {
    gate: gateOf(train(l.dev, chosen.c), chosen.outsideBias),
    c: chosen.c,
    outsideBias: chosen.outsideBias,
    devCv: { macroF1: chosen.macroF1, noneRate: chosen.noneRate },
    grid,
    outOfFold: oof.get(`${chosen.c}/${chosen.outsideBias}`)!,
  };
}

/** Where the product reads the gate (services/industry/gate-file.ts). */
export const GATE_FILE = path.resolve(import.meta.dirname, '..', '..', 'data', 'industries', 'filing-gate.json');

export function writeGate(fit: GateFit): void {
  const about =
    'Fitted by npm run bench:industry (or npx tsx bench/industry/fit-gate.ts) on the dev half of the labelled CSL set (topics/filing/gate.ts); do not edit by hand.';
  writeFileSync(GATE_FILE, `${JSON.stringify({ about, c: fit.c, devCv: fit.devCv, ...fit.gate })}\n`);
}
