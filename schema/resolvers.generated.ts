/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Region } from './industry/resolvers/Region.js';
    export const resolvers: Resolvers = {
      Query: { industries: Query_industries,industry: Query_industry,regions: Query_regions,version: Query_version },
      
      
      Industry: Industry,
IndustryClassification: IndustryClassification,
OfficialDocument: OfficialDocument,
Region: Region
    }