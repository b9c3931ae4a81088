import type { ProfileSource } from '../../domain/industry/filing.js';
import type { IndustryDescription } from './profile.js';
import { DISTRICT_TIER, type FilingIndustry } from './rule.js';

/** An industry of the taxonomy as filing needs it. */
export interface TaxonomyIndustry extends IndustryDescription {
  parentCode: string | null;
  tier: string;
}

/** Only what filing reads, from an industry of the graph or of the taxonomy file. */
export const taxonomyIndustry = (i: TaxonomyIndustry): TaxonomyIndustry => ({
  code: i.code,
  name: i.name,
  description: i.description,
  keywords: i.keywords,
  classifications: i.classifications,
  parentCode: i.parentCode,
  tier: i.tier,
});

const lower = (keywords: readonly string[]) => keywords.map((k) => k.trim().toLowerCase());

/**
 * The industries the rule compares a document with: each with its profile vector (when one of
 * the documents' model exists) and the keywords its parent lacks (what lets a district industry
 * be filed: its place, its parks, its firms).
 */
export function filingIndustries(
  industries: readonly TaxonomyIndustry[],
  profiles: ReadonlyMap<string, { vectors: readonly ArrayLike<number>[]; source: ProfileSource }>,
): FilingIndustry[] {
  // What any industry of the city-wide tiers names is not evidence for one district's industry.
  const shared = new Set(industries.filter((i) => i.tier !== DISTRICT_TIER).flatMap((i) => lower([i.name, ...i.keywords])));
  return industries.map((industry) => {
    const inherited = shared;
    const profile = profiles.get(industry.code);
    return {
      code: industry.code,
      parentCode: industry.parentCode,
      tier: industry.tier,
      profile: profile?.vectors ?? null,
      profileSource: profile?.source ?? null,
      distinctive: new Set(lower(industry.keywords).filter((k) => !inherited.has(k))),
    };
  });
}

/** The root of an industry (itself when it has no parent). */
export function rootOf(code: string, parentOf: ReadonlyMap<string, string | null>): string {
  let current = code;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const parent = parentOf.get(current) ?? null;
    if (parent === null) return current;
    current = parent;
  }
  return current;
}
