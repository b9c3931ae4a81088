import type { Validity } from '../../domain/source/model.js';
import { ValidationError } from '../../lib/errors.js';
import type { Loaders } from '../loaders.js';
import type { IndustryRecord } from '../../domain/industry/types.js';
import type { PolicyValidity, RegionLevel } from '../types.generated.js';

/** Between the crawler's stored Chinese values and the API's enums; argument checks. */

const LEVELS: Record<string, RegionLevel> = { 国家: 'NATION', 浙江省: 'PROVINCE', 嘉兴市: 'CITY', 区县: 'COUNTY' };
const VALIDITY: Record<Validity, PolicyValidity> = { 有效: 'VALID', 废止: 'REPEALED', 失效: 'EXPIRED' };

export const levelToApi = (level: string): RegionLevel => LEVELS[level] ?? 'CITY';
export const levelFromApi = (level: RegionLevel | null | undefined): string | null =>
  level ? (Object.entries(LEVELS).find(([, value]) => value === level)?.[0] ?? null) : null;

export const validityToApi = (validity: string | null): PolicyValidity | null =>
  validity ? (VALIDITY[validity as Validity] ?? null) : null;
export const validityFromApi = (validity: PolicyValidity | null | undefined): string | null =>
  validity ? (Object.entries(VALIDITY).find(([, value]) => value === validity)?.[0] ?? null) : null;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw ValidationError(`${name} must be a date as YYYY-MM-DD`, { [name]: value });
  return value;
}

export const MAX_PAGE = 100;

export function checkFirst(first: number | null | undefined): number {
  const value = first ?? 20;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE)
    throw ValidationError(`first must be between 1 and ${MAX_PAGE}`, { first: value });
  return value;
}

export function decodeCursor(after: string | null | undefined): string | null {
  if (!after) return null;
  const key = Buffer.from(after, 'base64url').toString('utf8');
  if (!key.includes('|')) throw ValidationError('after is not a cursor from this API', { after });
  return key;
}

export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

export async function industriesByCodes(loaders: Loaders, codes: string[]): Promise<IndustryRecord[]> {
  const found = await loaders.industryByCode.loadMany(codes);
  return found.filter((i): i is IndustryRecord => i !== null && !(i instanceof Error));
}
