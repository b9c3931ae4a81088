import DataLoader from 'dataloader';
import type { AccountRecord, LibraryRecord } from '../graph/repositories/account.js';
import type { EntityRecord, EntityType, RelatedKey, RelatedRecord } from '../graph/repositories/curation.js';
import type { IndustryRecord, RegionRecord } from '../graph/repositories/industry.js';
import type { Repositories } from '../graph/repositories/index.js';

/**
 * Per-request batching: every lookup made while resolving one tick of a query is sent
 * to Neo4j as one UNWIND query, so a list of N items costs a constant number of queries.
 */
export function createLoaders(repos: Repositories, options: { includeDeleted: boolean } = { includeDeleted: false }) {
  const entity = (type: EntityType) =>
    new DataLoader<string, EntityRecord | null>((ids) => repos.curation.byIds(type, ids, options.includeDeleted));
  return {
    industryByCode: new DataLoader<string, IndustryRecord | null>((codes) => repos.industries.byCodes(codes)),
    industryChildren: new DataLoader<string, IndustryRecord[]>((codes) => repos.industries.childrenOf(codes)),
    industryRegions: new DataLoader<string, RegionRecord[]>((codes) => repos.industries.regionsOf(codes)),
    regionByCode: new DataLoader<string, RegionRecord | null>((codes) => repos.regions.byCodes(codes)),
    regionChildren: new DataLoader<string, RegionRecord[]>((codes) => repos.regions.childrenOf(codes)),
    accountById: new DataLoader<string, AccountRecord | null>((ids) => repos.accounts.byIds(ids)),
    libraryById: new DataLoader<string, LibraryRecord | null>((ids) => repos.libraries.byIds(ids)),
    personById: entity('Person'),
    organizationById: entity('Organization'),
    projectById: entity('Project'),
    related: new DataLoader<RelatedKey, RelatedRecord[], string>(
      (keys) => repos.curation.related(keys, options.includeDeleted),
      { cacheKeyFn: (key) => `${key.from}:${key.id}:${key.type}:${key.direction}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
