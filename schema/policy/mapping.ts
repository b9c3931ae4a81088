import { ValidationError } from '../../lib/errors.js';
import type { Loaders } from '../loaders.js';
import type { IndustryRecord } from '../../domain/industry/types.js';
import { storedValidity, validityCode } from '../../domain/policy/validity.js';
import { levelOfName, nameOfLevel } from '../../domain/region/levels.js';
import type { PolicyValidity, RegionLevel } from '../types.generated.js';

/** Between the stored names (domain/policy/validity.ts, domain/region/levels.ts) and the API's enums; argument checks. */

export const levelToApi = (level: string): RegionLevel => levelOfName(level);
export const levelFromApi = (level: RegionLevel | null | undefined): string | null => (level ? nameOfLevel(level) : null);

export const validityToApi = (validity: string | null): PolicyValidity | null => validityCode(validity);
export const validityFromApi = (validity: PolicyValidity | null | undefined): string | null => storedValidity(validity);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw ValidationError(`${name} must be a date as YYYY-MM-DD`, { [name]: value });
  return value;
}

export async function industriesByCodes(loaders: Loaders, codes: string[]): Promise<IndustryRecord[]> {
  const found = await loaders.industryByCode.loadMany(codes);
  return found.filter((i): i is IndustryRecord => i !== null && !(i instanceof Error));
}
