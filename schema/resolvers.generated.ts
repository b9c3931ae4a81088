/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { embeddingJob as Query_embeddingJob } from './embedding/resolvers/Query/embeddingJob.js';
import    { embeddingJobs as Query_embeddingJobs } from './embedding/resolvers/Query/embeddingJobs.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { semanticSearch as Query_semanticSearch } from './embedding/resolvers/Query/semanticSearch.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { embedDocuments as Mutation_embedDocuments } from './embedding/resolvers/Mutation/embedDocuments.js';
import    { EmbeddingJob } from './embedding/resolvers/EmbeddingJob.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Region } from './industry/resolvers/Region.js';
import    { SemanticHit } from './embedding/resolvers/SemanticHit.js';
    export const resolvers: Resolvers = {
      Query: { embeddingJob: Query_embeddingJob,embeddingJobs: Query_embeddingJobs,industries: Query_industries,industry: Query_industry,regions: Query_regions,semanticSearch: Query_semanticSearch,version: Query_version },
      Mutation: { embedDocuments: Mutation_embedDocuments },
      
      EmbeddingJob: EmbeddingJob,
Industry: Industry,
IndustryClassification: IndustryClassification,
OfficialDocument: OfficialDocument,
Region: Region,
SemanticHit: SemanticHit
    }