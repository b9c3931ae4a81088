import type { IndustryRecord } from '../../domain/industry/types.js';
import type { IndustryLibraryCounts, TopicFacetCount } from '../../domain/library/types.js';

/** A library is its industry: every field reads from the code. */
export type IndustryLibraryMapper = { industry: IndustryRecord };
export type IndustryLibraryCountsMapper = IndustryLibraryCounts;
export type TopicFacetCountMapper = TopicFacetCount;
