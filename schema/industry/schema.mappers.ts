export type {
  IndustryRecord as IndustryMapper,
  OfficialDocumentRecord as OfficialDocumentMapper,
  RegionRecord as RegionMapper,
} from '../../graph/repositories/industry/industries.js';
