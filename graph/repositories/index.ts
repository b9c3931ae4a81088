import type { Graph } from '../driver.js';
import { AccountRepository, LibraryRepository } from './account.js';
import { CurationRepository } from './curation.js';
import { IndustryRepository, RegionRepository } from './industry.js';
import { PolicyConditionsRepository } from './policy-conditions.js';

export function createRepositories(graph: Graph) {
  return {
    industries: new IndustryRepository(graph),
    regions: new RegionRepository(graph),
    accounts: new AccountRepository(graph),
    libraries: new LibraryRepository(graph),
    curation: new CurationRepository(graph),
    policyConditions: new PolicyConditionsRepository(graph),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
