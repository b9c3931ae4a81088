import DataLoader from 'dataloader';
import type { DocumentRecord, ImportBatchRecord, ProvenanceRecord } from '../graph/repositories/document.js';
import type { IndustryRecord, RegionRecord } from '../graph/repositories/industry.js';
import type { Repositories } from '../graph/repositories/index.js';
import type { IndustryCandidateRecord, TopicDocument, TopicRecord } from '../graph/repositories/topic.js';

/**
 * Per-request batching: every lookup made while resolving one tick of a query is sent
 * to Neo4j as one UNWIND query, so a list of N items costs a constant number of queries.
 */
export function createLoaders(repos: Repositories) {
  return {
    industryByCode: new DataLoader<string, IndustryRecord | null>((codes) => repos.industries.byCodes(codes)),
    industryChildren: new DataLoader<string, IndustryRecord[]>((codes) => repos.industries.childrenOf(codes)),
    industryRegions: new DataLoader<string, RegionRecord[]>((codes) => repos.industries.regionsOf(codes)),
    regionByCode: new DataLoader<string, RegionRecord | null>((codes) => repos.regions.byCodes(codes)),
    regionChildren: new DataLoader<string, RegionRecord[]>((codes) => repos.regions.childrenOf(codes)),
    documentById: new DataLoader<string, DocumentRecord | null>((ids) => repos.documents.byIds(ids)),
    documentProvenance: new DataLoader<string, ProvenanceRecord[]>((ids) => repos.documents.provenanceOf(ids)),
    importBatchById: new DataLoader<string, ImportBatchRecord | null>((ids) => repos.documents.batchesByIds(ids)),
    topicById: new DataLoader<string, TopicRecord | null>((ids) => repos.topics.byIds(ids)),
    topicCandidates: new DataLoader<string, IndustryCandidateRecord[]>((ids) => repos.topics.candidatesOf(ids)),
    topicDocumentById: new DataLoader<string, TopicDocument | null>((ids) => repos.topics.documentsByIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
