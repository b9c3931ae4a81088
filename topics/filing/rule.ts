import { MAX_FILINGS_PER_DOCUMENT, type ProfileSource } from '../../domain/industry/filing.js';
import type { LexicalEvidence } from './lexical.js';
import { dot } from './vectors.js';

/** The tier of district and county industries: filed only on evidence that names them. */
export const DISTRICT_TIER = '区县特色产业';

/** An industry as the rule sees it: its profile (null when none of the document's model) and place in the taxonomy. */
export interface FilingIndustry {
  code: string;
  parentCode: string | null;
  tier: string;
  profile: ArrayLike<number> | null;
  profileSource: ProfileSource | null;
  /** Its keywords its parent does not have (a district industry's place names, firms, parks). */
  distinctive: ReadonlySet<string>;
}

/**
 * The combination rule: score = (cosine to the profile + weight · lexical) / (1 + weight); a
 * document is filed under an industry whose score reaches `threshold`, beats the document's
 * nearest field outside every industry (its cosine, weighted as the profile's is) by
 * `outsideMargin`, and lies within `window` of its best: belonging to no industry is a class of
 * its own, not a low score. Without a profile the lexical score alone is compared with
 * `lexicalThreshold`. The numbers are chosen on the labelled dev split by `npm run bench:industry`.
 */
export interface FilingRule {
  lexicalWeight: number;
  threshold: number;
  outsideMargin: number;
  window: number;
  lexicalThreshold: number;
}

export interface ProposedFiling {
  code: string;
  score: number;
  semantic: number | null;
  lexical: number;
  evidence: string[];
  profile: ProfileSource | null;
}

/** Every industry's score for a document, best first (no threshold): what the rule and the benchmark compare. */
export function scoreIndustries(
  vector: ArrayLike<number> | null,
  lexical: readonly LexicalEvidence[],
  industries: readonly FilingIndustry[],
  rule: Pick<FilingRule, 'lexicalWeight'>,
): ProposedFiling[] {
  const byCode = new Map(lexical.map((l) => [l.code, l]));
  const scored: ProposedFiling[] = [];
  for (const industry of industries) {
    const evidence = byCode.get(industry.code);
    const lex = evidence?.score ?? 0;
    if (industry.tier === DISTRICT_TIER && !(evidence?.evidence ?? []).some((k) => industry.distinctive.has(k))) continue;
    const semantic = vector && industry.profile ? dot(vector, industry.profile) : null;
    const score = semantic === null ? lex : (semantic + rule.lexicalWeight * lex) / (1 + rule.lexicalWeight);
    scored.push({
      code: industry.code,
      score,
      semantic,
      lexical: lex,
      evidence: evidence?.evidence ?? [],
      profile: industry.profileSource,
    });
  }
  return scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
}

/**
 * The industries a document is filed under (0–3, best first): those the rule accepts, given the
 * document's cosine to its nearest field outside every industry (`outside`, null when there are
 * no such profiles); of an industry and its parent only the more specific one is kept (a
 * parent's library includes its parts' documents anyway).
 */
export function fileDocument(
  vector: ArrayLike<number> | null,
  lexical: readonly LexicalEvidence[],
  industries: readonly FilingIndustry[],
  rule: FilingRule,
  outside: number | null = null,
): ProposedFiling[] {
  const scored = scoreIndustries(vector, lexical, industries, rule);
  const best = scored[0];
  if (!best) return [];
  const outsideScore = outside === null ? null : outside / (1 + rule.lexicalWeight);
  const accepted = scored.filter((s) =>
    s.semantic === null
      ? s.score >= rule.lexicalThreshold
      : s.score >= rule.threshold &&
        (outsideScore === null || s.score - outsideScore >= rule.outsideMargin) &&
        s.score >= best.score - rule.window,
  );
  const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
  const ancestors = (code: string) => {
    const out = new Set<string>();
    for (let p = parentOf.get(code) ?? null; p !== null && !out.has(p); p = parentOf.get(p) ?? null) out.add(p);
    return out;
  };
  const covered = new Set(accepted.flatMap((s) => [...ancestors(s.code)]));
  return accepted.filter((s) => !covered.has(s.code)).slice(0, MAX_FILINGS_PER_DOCUMENT);
}
