import type { RegionLevel } from './types.js';

/**
 * The level of a region (国家 / 浙江省 / 嘉兴市 / 区县). A Region node stores the code
 * (NATION…); a source, and the policies and news it brings, store the name as librarians
 * write it in source definitions. The one table of both.
 */

export type LevelName = '国家' | '浙江省' | '嘉兴市' | '区县';

export const LEVELS: readonly { readonly level: RegionLevel; readonly name: LevelName }[] = [
  { level: 'NATION', name: '国家' },
  { level: 'PROVINCE', name: '浙江省' },
  { level: 'CITY', name: '嘉兴市' },
  { level: 'COUNTY', name: '区县' },
];

export const LEVEL_NAMES: readonly LevelName[] = LEVELS.map((l) => l.name);

/** Level names by region level, e.g. as a Cypher parameter to name a Region node's level. */
export const LEVEL_NAME_OF: Readonly<Record<RegionLevel, LevelName>> = Object.fromEntries(LEVELS.map((l) => [l.level, l.name])) as Record<
  RegionLevel,
  LevelName
>;

/** The level a stored name stands for; an unknown name counts as the city's (as the API always showed it). */
export const levelOfName = (name: string): RegionLevel => LEVELS.find((l) => l.name === name)?.level ?? 'CITY';

/** The stored name of a level. */
export const nameOfLevel = (level: RegionLevel): LevelName => LEVEL_NAME_OF[level];
