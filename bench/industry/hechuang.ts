import { filingIndustries, type TaxonomyIndustry } from '../../topics/filing/industries.js';
import type { LexicalEvidence } from '../../topics/filing/lexical.js';
import { industryProfiles, outsideProfiles, outsideSimilarity } from '../../topics/filing/profile.js';
import { acceptedFilings, scoreIndustries, type FilingRule, type ProposedFiling } from '../../topics/filing/rule.js';
import { TUNED_RULE } from '../../topics/filing/tuned.js';
import { documentGateFeatures, gateDecision, type FilingGate } from '../../topics/filing/gate.js';
import { gatedFilings } from '../../topics/filing/gated.js';
import { foldsOf, MARGINS, NONE_RATE_TARGET, scoreOn, type Labelled } from './variants.js';

/**
 * Hechuang's rule as services/industry/filing.ts runs it (topics/filing), its two margins chosen
 * on dev by cross-validation: `outsideMargin` on the text profiles (mean fold macro-F1 with a
 * mean fold none-rate ≤ the target), `confirmedOutsideMargin` nested: in each dev fold the
 * profiles are moved towards the other folds' documents (librarians' confirmations simulated
 * from the labels, outside ones too) and the margin is chosen on the fold; the rule takes their
 * mean, and the held-out half is filed with the profiles of the whole dev half.
 */
export interface HechuangInput {
  industries: readonly TaxonomyIndustry[];
  vectors: readonly Float32Array[];
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>;
  outsideTexts: readonly ArrayLike<number>[];
  lexical: readonly LexicalEvidence[][];
  /** A dev document's industry as a librarian would confirm it (null: outside every industry). */
  confirmedAs: (index: number) => string | null;
  labelled: Labelled;
  /** The fitted gate (topics/filing/gate.ts); without it the margin rule alone files. */
  gate?: FilingGate | null;
  /** A margin chosen before (with a gate the top filing does not depend on it: it only admits further industries). */
  outsideMargin?: number;
}

export interface HechuangFiling {
  rule: FilingRule;
  /** Text profiles only (no confirmations). */
  filings: ProposedFiling[][];
  /** Every document filed with the profiles of the whole dev half confirmed. */
  confirmedFilings: ProposedFiling[][];
  /** Dev documents filed out of fold (their fold's confirmations left out), for honest dev figures. */
  outOfFold: (string | null)[];
  foldMargins: number[];
  /** The rule's filing of any vector (a topic's centroid) with the text profiles, without keyword evidence. */
  fileVector: (vector: Float32Array) => ProposedFiling[];
}

const round = (x: number) => +x.toFixed(3);

export function hechuangFiling(input: HechuangInput): HechuangFiling {
  const { industries, vectors, lexical, labelled: l } = input;
  const base = { window: TUNED_RULE.window, lexicalThreshold: TUNED_RULE.lexicalThreshold };
  const basis = (confirmedIndices: readonly number[], indices: readonly number[]) => {
    const confirmed = new Map<string, ArrayLike<number>[]>();
    const confirmedOutside: ArrayLike<number>[] = [];
    for (const i of confirmedIndices) {
      const code = input.confirmedAs(i);
      if (code) confirmed.set(code, [...(confirmed.get(code) ?? []), vectors[i]!]);
      else confirmedOutside.push(vectors[i]!);
    }
    const candidates = filingIndustries(industries, industryProfiles(input.passages, confirmed));
    const outside = outsideProfiles(input.outsideTexts, confirmedOutside);
    const scored = new Map(indices.map((i) => [i, scoreIndustries(vectors[i]!, lexical[i]!, candidates)] as const));
    const outsideOf = new Map(indices.map((i) => [i, outsideSimilarity(vectors[i]!, outside)] as const));
    const gate = input.gate ?? null;
    const rootOfGate = (v: ArrayLike<number>) =>
      gate ? gateDecision(gate, documentGateFeatures(gate, v, input.passages, input.outsideTexts)).root : null;
    const roots = new Map(indices.map((i) => [i, rootOfGate(vectors[i]!)] as const));
    const accept = (rule: FilingRule, s: ProposedFiling[], near: number | null, root: string | null) =>
      gate ? gatedFilings(s, candidates, rule, near, root) : acceptedFilings(s, candidates, rule, near);
    const file = (rule: FilingRule) => (i: number) => accept(rule, scored.get(i)!, outsideOf.get(i)!, roots.get(i)!);
    const fileVector = (rule: FilingRule) => (v: Float32Array) =>
      accept(rule, scoreIndustries(v, [], candidates), outsideSimilarity(v, outside), rootOfGate(v));
    return { file, fileVector };
  };
  const all = vectors.map((_, i) => i);
  const predictions = (file: (i: number) => ProposedFiling[], indices: readonly number[]) => {
    const out: (string | null)[] = new Array<string | null>(vectors.length).fill(null);
    for (const i of indices) out[i] = file(i)[0]?.code ?? null;
    return out;
  };
  const best = (candidates: readonly number[], evaluate: (margin: number) => { f1: number; noneRate: number }) => {
    let chosen = { margin: 0, f1: -1 };
    for (const margin of candidates) {
      const s = evaluate(margin);
      if (s.noneRate <= NONE_RATE_TARGET && s.f1 > chosen.f1) chosen = { margin, f1: s.f1 };
    }
    return chosen.margin;
  };

  // Text profiles: one margin, 5-fold cross-validated on dev.
  const text = basis([], all);
  const folds = foldsOf(l.dev);
  const outsideMargin =
    input.outsideMargin ??
    best(MARGINS, (margin) => {
      const p = predictions(text.file({ ...base, outsideMargin: margin, confirmedOutsideMargin: margin }), l.dev);
      const scores = folds.map((fold) => scoreOn(l, fold, p));
      return {
        f1: scores.reduce((a, s) => a + s.macroF1, 0) / scores.length,
        noneRate: scores.reduce((a, s) => a + s.noneRate, 0) / scores.length,
      };
    });

  // Confirmed profiles: nested, each fold's margin chosen on the fold with the other folds confirmed.
  const outOfFold: (string | null)[] = new Array<string | null>(vectors.length).fill(null);
  const foldMargins = folds.map((fold) => {
    const others = l.dev.filter((i) => !fold.includes(i));
    const confirmedBasis = basis(others, fold);
    const ruleFor = (margin: number) => ({ ...base, outsideMargin, confirmedOutsideMargin: margin });
    const margin = best(MARGINS, (m) => {
      const s = scoreOn(l, fold, predictions(confirmedBasis.file(ruleFor(m)), fold));
      return { f1: s.macroF1, noneRate: s.noneRate };
    });
    const p = predictions(confirmedBasis.file(ruleFor(margin)), fold);
    for (const i of fold) outOfFold[i] = p[i]!;
    return margin;
  });
  const rule: FilingRule = {
    ...base,
    outsideMargin,
    confirmedOutsideMargin: round(foldMargins.reduce((a, b) => a + b, 0) / foldMargins.length),
  };
  const confirmed = basis(l.dev, all);
  return {
    rule,
    filings: all.map(text.file(rule)),
    confirmedFilings: all.map(confirmed.file(rule)),
    outOfFold,
    foldMargins,
    fileVector: text.fileVector(rule),
  };
}
