import type { TaxonomyIndustry } from '../../topics/filing/industries.js';
import type { LexicalEvidence } from '../../topics/filing/lexical.js';
import { dot } from '../../topics/filing/vectors.js';
import { logisticGate, perIndustryMargins } from './fitted-variants.js';
import type { HechuangFiling } from './hechuang.js';
import {
  cosineSetting,
  maxOf,
  meanOfTop,
  predict,
  scoreOn,
  standardised,
  tuneMargin,
  type Labelled,
  type Setting,
  type VariantResult,
  Z_MARGINS,
} from './variants.js';

export interface VariantInput {
  vectors: readonly Float32Array[];
  industries: readonly TaxonomyIndustry[];
  passages: ReadonlyMap<string, readonly ArrayLike<number>[]>;
  textProfiles: ReadonlyMap<string, ArrayLike<number>>;
  keywordPassages: ReadonlyMap<string, readonly ArrayLike<number>[]>;
  outsideTexts: readonly ArrayLike<number>[];
  lexical: readonly LexicalEvidence[][];
  labelled: Labelled;
  hechuang: HechuangFiling;
}

const DISTRICT_TIER = '区县特色产业';

/** Every filing rule tried, each on the dev and held-out halves; the last two are the rule Hechuang runs. */
export function filingVariants(input: VariantInput): VariantResult[] {
  const { industries, labelled: l } = input;
  // District industries are filed only on evidence that names them (topics/filing/rule.ts): left out of the cosine variants.
  const profilesBy = (of: (code: string) => readonly ArrayLike<number>[] | undefined) =>
    industries.map((i) => (i.tier === DISTRICT_TIER ? null : (of(i.code) ?? null)));
  const setting = (profiles: ReadonlyArray<readonly ArrayLike<number>[] | null>, aggregate: (xs: number[]) => number) =>
    cosineSetting(input.vectors, profiles, input.outsideTexts, input.lexical, l.codes, aggregate);
  const mean = setting(
    profilesBy((c) => (input.textProfiles.has(c) ? [input.textProfiles.get(c)!] : undefined)),
    maxOf,
  );
  const passages = setting(
    profilesBy((c) => input.passages.get(c)),
    maxOf,
  );
  const withKeywords = (aggregate: (xs: number[]) => number) =>
    setting(
      profilesBy((c) => [...(input.passages.get(c) ?? []), ...(input.keywordPassages.get(c) ?? [])]),
      aggregate,
    );
  const outsideCosines = input.vectors.map((v) => Float64Array.from(input.outsideTexts.map((o) => dot(v, o))));

  const result = (variant: string, parameters: string, predictions: readonly (string | null)[], dev = predictions): VariantResult => ({
    variant,
    parameters,
    dev: scoreOn(l, l.dev, dev),
    heldOut: scoreOn(l, l.heldOut, predictions),
  });
  const tuned = (variant: string, s: Setting, crossValidated: boolean, lexicalWeight = 0, margins?: readonly number[]) => {
    const margin = tuneMargin(l, s, { crossValidated, lexicalWeight, ...(margins ? { margins } : {}) });
    const parameters = `margin ${margin}${lexicalWeight ? `, lexical boost ${lexicalWeight}` : ''}${crossValidated ? ' (5-fold CV)' : ' (whole dev)'}`;
    return result(variant, parameters, predict(s, l.codes, margin, lexicalWeight));
  };
  const h = input.hechuang;
  return [
    result(
      'before: mean profile, 3 parameters (the last run’s grid)',
      'weight 0, threshold −0.1, margin 0.06',
      predict(mean, l.codes, 0.06),
    ),
    tuned('mean profile, one margin', mean, false),
    tuned('mean profile, one margin', mean, true),
    tuned('best of the profile passages, one margin', passages, false),
    tuned('best of the profile passages, one margin', passages, true),
    tuned('best of the passages + lexical boost', passages, true, 0.02),
    tuned('best of the passages + lexical boost', passages, true, 0.05),
    tuned(
      'mean of the top 2 passages',
      setting(
        profilesBy((c) => input.passages.get(c)),
        meanOfTop(2),
      ),
      true,
    ),
    tuned('passages + every keyword and class name: best', withKeywords(maxOf), true),
    tuned('passages + every keyword and class name: mean of top 3', withKeywords(meanOfTop(3)), true),
    tuned('mean profile, standardised per industry (dev spread)', standardised(mean, outsideCosines, l.dev), true, 0, Z_MARGINS),
    tuned('best passage, standardised per industry (dev spread)', standardised(passages, outsideCosines, l.dev), true, 0, Z_MARGINS),
    perIndustryMargins(l, passages, 0),
    perIndustryMargins(l, passages, 0.03),
    perIndustryMargins(l, withKeywords(meanOfTop(3)), 0),
    logisticGate(l, passages),
    logisticGate(l, withKeywords(meanOfTop(3))),
    result(
      'Hechuang before the gate: best passage, one margin (text profiles)',
      `margin ${h.rule.outsideMargin} (5-fold CV)`,
      h.filings.map((f) => f[0]?.code ?? null),
    ),
    result(
      'Hechuang before the gate: dev documents confirmed (centroids)',
      `confirmed margin ${h.rule.confirmedOutsideMargin} (nested 5-fold CV; folds ${h.foldMargins.join(', ')}); dev out of fold`,
      h.confirmedFilings.map((f) => f[0]?.code ?? null),
      h.outOfFold,
    ),
  ];
}
