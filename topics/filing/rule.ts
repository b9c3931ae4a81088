import { MAX_FILINGS_PER_DOCUMENT, type ProfileSource } from '../../domain/industry/filing.js';
import type { LexicalEvidence } from './lexical.js';
import { dot } from './vectors.js';

/** The tier of district and county industries: filed only on evidence that names them. */
export const DISTRICT_TIER = '区县特色产业';

/** An industry as the rule sees it: its profile vectors (null when none of the document's model) and place in the taxonomy. */
export interface FilingIndustry {
  code: string;
  parentCode: string | null;
  tier: string;
  /** Its profile passages embedded (or one vector moved towards the documents librarians confirmed); a document's cosine is its best. */
  profile: ReadonlyArray<ArrayLike<number>> | null;
  profileSource: ProfileSource | null;
  /** Its keywords its parent does not have (a district industry's place names, firms, parks). */
  distinctive: ReadonlySet<string>;
}

/**
 * The rule: an industry's score is the document's best cosine to its profile vectors; the
 * document is filed under an industry whose score beats the document's nearest field outside
 * every industry by the margin of the industry's profile (`outsideMargin` for a profile of its
 * texts alone, `confirmedOutsideMargin` once librarians confirmed documents under it) and lies
 * within `window` of its best: belonging to no industry is a class of its own, not a low score.
 * The keyword evidence breaks ties and is what the filing shows; without a profile it alone is
 * compared with `lexicalThreshold`. The margins are chosen on the labelled dev split by
 * cross-validation in `npm run bench:industry`.
 */
export interface FilingRule {
  outsideMargin: number;
  confirmedOutsideMargin: number;
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
): ProposedFiling[] {
  return scoreWithSimilarities(
    (i) => {
      const profile = industries[i]!.profile;
      return vector && profile && profile.length > 0 ? bestCosine(vector, profile) : null;
    },
    lexical,
    industries,
  );
}

/** `scoreIndustries` with the document's best cosine to industry i's profile given (`semantic(i)`, null without one). */
export function scoreWithSimilarities(
  semantic: (industry: number) => number | null,
  lexical: readonly LexicalEvidence[],
  industries: readonly FilingIndustry[],
): ProposedFiling[] {
  const byCode = new Map(lexical.map((l) => [l.code, l]));
  const scored: ProposedFiling[] = [];
  industries.forEach((industry, i) => {
    const evidence = byCode.get(industry.code);
    const lex = evidence?.score ?? 0;
    if (industry.tier === DISTRICT_TIER && !(evidence?.evidence ?? []).some((k) => industry.distinctive.has(k))) return;
    const cosine = semantic(i);
    scored.push({
      code: industry.code,
      score: cosine ?? lex,
      semantic: cosine,
      lexical: lex,
      evidence: evidence?.evidence ?? [],
      profile: industry.profileSource,
    });
  });
  return scored.sort((a, b) => b.score - a.score || b.lexical - a.lexical || (a.code < b.code ? -1 : 1));
}

function bestCosine(vector: ArrayLike<number>, profile: ReadonlyArray<ArrayLike<number>>): number {
  let best = -Infinity;
  for (const p of profile) best = Math.max(best, dot(vector, p));
  return best;
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
  return acceptedFilings(scoreIndustries(vector, lexical, industries), industries, rule, outside);
}

/** What `fileDocument` keeps of a document's scores (`scoreIndustries`): the benchmark tunes the margins on scores computed once. */
export function acceptedFilings(
  scored: readonly ProposedFiling[],
  industries: readonly FilingIndustry[],
  rule: FilingRule,
  outside: number | null,
): ProposedFiling[] {
  const best = scored[0];
  if (!best) return [];
  const margin = (s: ProposedFiling) => (s.profile === 'CONFIRMED' ? rule.confirmedOutsideMargin : rule.outsideMargin);
  const accepted = scored.filter((s) =>
    s.semantic === null
      ? s.score >= rule.lexicalThreshold
      : (outside === null || s.score - outside >= margin(s)) && s.score >= best.score - rule.window,
  );
  if (accepted.length === 0) return [];
  const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
  const ancestors = (code: string) => {
    const out = new Set<string>();
    for (let p = parentOf.get(code) ?? null; p !== null && !out.has(p); p = parentOf.get(p) ?? null) out.add(p);
    return out;
  };
  const covered = new Set(accepted.flatMap((s) => [...ancestors(s.code)]));
  return accepted.filter((s) => !covered.has(s.code)).slice(0, MAX_FILINGS_PER_DOCUMENT);
}
