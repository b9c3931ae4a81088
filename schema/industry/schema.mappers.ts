export type { IndustryRecord as IndustryMapper, OfficialDocumentRecord as OfficialDocumentMapper } from '../../domain/industry/types.js';
export type { RegionRecord as RegionMapper } from '../../domain/region/types.js';
