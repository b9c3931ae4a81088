/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { document as Query_document } from './document/resolvers/Query/document.js';
import    { documents as Query_documents } from './document/resolvers/Query/documents.js';
import    { embeddingJob as Query_embeddingJob } from './embedding/resolvers/Query/embeddingJob.js';
import    { embeddingJobs as Query_embeddingJobs } from './embedding/resolvers/Query/embeddingJobs.js';
import    { importJob as Query_importJob } from './document/resolvers/Query/importJob.js';
import    { importJobs as Query_importJobs } from './document/resolvers/Query/importJobs.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { searchDocuments as Query_searchDocuments } from './document/resolvers/Query/searchDocuments.js';
import    { semanticSearch as Query_semanticSearch } from './embedding/resolvers/Query/semanticSearch.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { embedDocuments as Mutation_embedDocuments } from './embedding/resolvers/Mutation/embedDocuments.js';
import    { importLiteratureFiles as Mutation_importLiteratureFiles } from './document/resolvers/Mutation/importLiteratureFiles.js';
import    { Document } from './document/resolvers/Document.js';
import    { DocumentConnection } from './document/resolvers/DocumentConnection.js';
import    { DocumentEdge } from './document/resolvers/DocumentEdge.js';
import    { DocumentPageInfo } from './document/resolvers/DocumentPageInfo.js';
import    { DocumentProvenance } from './document/resolvers/DocumentProvenance.js';
import    { DocumentSearchHit } from './document/resolvers/DocumentSearchHit.js';
import    { DocumentSearchResult } from './document/resolvers/DocumentSearchResult.js';
import    { EmbeddingJob } from './embedding/resolvers/EmbeddingJob.js';
import    { ImportDuplicate } from './document/resolvers/ImportDuplicate.js';
import    { ImportJob } from './document/resolvers/ImportJob.js';
import    { ImportRejection } from './document/resolvers/ImportRejection.js';
import    { ImportWarning } from './document/resolvers/ImportWarning.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Region } from './industry/resolvers/Region.js';
import    { SemanticHit } from './embedding/resolvers/SemanticHit.js';
    export const resolvers: Resolvers = {
      Query: { document: Query_document,documents: Query_documents,embeddingJob: Query_embeddingJob,embeddingJobs: Query_embeddingJobs,importJob: Query_importJob,importJobs: Query_importJobs,industries: Query_industries,industry: Query_industry,regions: Query_regions,searchDocuments: Query_searchDocuments,semanticSearch: Query_semanticSearch,version: Query_version },
      Mutation: { embedDocuments: Mutation_embedDocuments,importLiteratureFiles: Mutation_importLiteratureFiles },
      
      Document: Document,
DocumentConnection: DocumentConnection,
DocumentEdge: DocumentEdge,
DocumentPageInfo: DocumentPageInfo,
DocumentProvenance: DocumentProvenance,
DocumentSearchHit: DocumentSearchHit,
DocumentSearchResult: DocumentSearchResult,
EmbeddingJob: EmbeddingJob,
ImportDuplicate: ImportDuplicate,
ImportJob: ImportJob,
ImportRejection: ImportRejection,
ImportWarning: ImportWarning,
Industry: Industry,
IndustryClassification: IndustryClassification,
OfficialDocument: OfficialDocument,
Region: Region,
SemanticHit: SemanticHit
    }