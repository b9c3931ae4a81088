import DataLoader from 'dataloader';
import type { DocumentRecord, ImportBatchRecord, ProvenanceRecord } from '../domain/document/types.js';
import type { AccountRecord, LibraryRecord } from '../domain/account/types.js';
import type { EntityRecord, EntityType } from '../domain/entity/types.js';
import type { RelatedKey, RelatedRecord } from '../domain/entity/links.js';
import type { IndustryRecord } from '../domain/industry/types.js';
import type { RegionRecord } from '../domain/region/types.js';
import type { Repositories } from '../graph/repositories/index.js';
import type { IndustryCandidateRecord, TopicDocument, TopicRecord } from '../domain/topic/types.js';
import type { MentionRecord, NewsRecord } from '../domain/news/types.js';
import type { Attachment, PolicyLink, PolicyRecord, PolicyRevisionRecord } from '../domain/policy/types.js';
import type { CrawlRunRecord, SourceRecord } from '../domain/source/model.js';
import type { IndustryLibraryCounts } from '../domain/library/types.js';

/**
 * Per-request batching: every lookup made while resolving one tick of a query is sent
 * to Neo4j as one UNWIND query, so a list of N items costs a constant number of queries.
 */
export function createLoaders(repos: Repositories, options: { includeDeleted: boolean } = { includeDeleted: false }) {
  const entity = (type: EntityType) =>
    new DataLoader<string, EntityRecord | null>((ids) => repos.entities.byIds(type, ids, options.includeDeleted));
  /** Recent runs per source, one loader per `limit` asked for in the request. */
  const runLoaders = new Map<number, DataLoader<string, CrawlRunRecord[]>>();
  /** Library counts per industry, one loader per "today" (policies in force). */
  const countLoaders = new Map<string, DataLoader<string, IndustryLibraryCounts>>();
  return {
    libraryCounts(today: string): DataLoader<string, IndustryLibraryCounts> {
      let loader = countLoaders.get(today);
      if (!loader) {
        loader = new DataLoader<string, IndustryLibraryCounts>((codes) => repos.industryLibraries.countsOf(codes, today));
        countLoaders.set(today, loader);
      }
      return loader;
    },
    signatureIndustries: new DataLoader<string, string[]>((regionCodes) => repos.industryLibraries.signatureIndustriesOf(regionCodes)),
    sourceRuns(limit: number): DataLoader<string, CrawlRunRecord[]> {
      let loader = runLoaders.get(limit);
      if (!loader) {
        loader = new DataLoader<string, CrawlRunRecord[]>((ids) => repos.crawlRuns.recentOf(ids, limit));
        runLoaders.set(limit, loader);
      }
      return loader;
    },
    industryByCode: new DataLoader<string, IndustryRecord | null>((codes) => repos.industries.byCodes(codes)),
    industryChildren: new DataLoader<string, IndustryRecord[]>((codes) => repos.industries.childrenOf(codes)),
    industryRegions: new DataLoader<string, RegionRecord[]>((codes) => repos.industries.regionsOf(codes)),
    regionByCode: new DataLoader<string, RegionRecord | null>((codes) => repos.regions.byCodes(codes)),
    regionChildren: new DataLoader<string, RegionRecord[]>((codes) => repos.regions.childrenOf(codes)),
    documentById: new DataLoader<string, DocumentRecord | null>((ids) => repos.documents.byIds(ids)),
    documentProvenance: new DataLoader<string, ProvenanceRecord[]>((ids) => repos.documents.provenanceOf(ids)),
    importBatchById: new DataLoader<string, ImportBatchRecord | null>((ids) => repos.importBatches.byIds(ids)),
    topicById: new DataLoader<string, TopicRecord | null>((ids) => repos.topics.byIds(ids)),
    topicCandidates: new DataLoader<string, IndustryCandidateRecord[]>((ids) => repos.topics.candidatesOf(ids)),
    topicDocumentById: new DataLoader<string, TopicDocument | null>((ids) => repos.topics.documentsByIds(ids)),
    policyById: new DataLoader<string, PolicyRecord | null>((ids) => repos.policies.byIds(ids, options.includeDeleted)),
    policyRevisions: new DataLoader<string, PolicyRevisionRecord[]>((ids) => repos.policies.revisionsOf(ids)),
    policyAttachments: new DataLoader<string, Attachment[]>((ids) => repos.policies.attachmentsOf(ids)),
    policyIndustries: new DataLoader<string, string[]>((ids) => repos.policies.industriesOf(ids)),
    policyIssuer: new DataLoader<string, { id: string; name: string } | null>((ids) => repos.policies.issuersOf(ids)),
    policyLinks: new DataLoader<string, PolicyLink[]>((ids) => repos.policies.linksOf(ids, options.includeDeleted)),
    newsById: new DataLoader<string, NewsRecord | null>((ids) => repos.news.byIds(ids)),
    newsIndustries: new DataLoader<string, string[]>((ids) => repos.news.industriesOf(ids)),
    newsMentions: new DataLoader<string, MentionRecord[]>((ids) => repos.news.mentionsOf(ids)),
    sourceById: new DataLoader<string, SourceRecord | null>((ids) => repos.sources.byIds(ids)),
    accountById: new DataLoader<string, AccountRecord | null>((ids) => repos.accounts.byIds(ids)),
    libraryById: new DataLoader<string, LibraryRecord | null>((ids) => repos.libraries.byIds(ids)),
    personById: entity('Person'),
    organizationById: entity('Organization'),
    projectById: entity('Project'),
    related: new DataLoader<RelatedKey, RelatedRecord[], string>((keys) => repos.links.related(keys, options.includeDeleted), {
      cacheKeyFn: (key) => `${key.from}:${key.id}:${key.type}:${key.direction}`,
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
