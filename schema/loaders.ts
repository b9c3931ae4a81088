import type { FilingRecord } from '../domain/industry/filing.js';
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
import type { PolicyRecord } from '../domain/policy/types.js';
import type { PolicyDetails } from '../graph/repositories/policy/policies.js';
import type { CrawlRunRecord, SourceRecord } from '../domain/source/model.js';
import { graphReference, type ReferenceReads } from '../services/industry/reference.js';
import type { IndustryLibraryCounts } from '../domain/library/types.js';

/**
 * Per-request batching: every lookup made while resolving one tick of a query is sent
 * to Neo4j as one UNWIND query, so a list of N items costs a constant number of queries.
 */
export function createLoaders(
  repos: Repositories,
  options: { includeDeleted: boolean; reference?: ReferenceReads } = { includeDeleted: false },
) {
  const reference = options.reference ?? graphReference(repos);
  const policyById = new DataLoader<string, PolicyRecord | null>((ids) => repos.policies.byIds(ids, options.includeDeleted));
  const primeLinked = (details: PolicyDetails) => {
    for (const link of details.links) policyById.prime(link.policyId, link.policy);
  };
  const policyDetails = new DataLoader<string, PolicyDetails>(async (ids) => {
    const details = await repos.policies.detailsOf(ids, options.includeDeleted);
    details.forEach(primeLinked);
    return details;
  });
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
    industryByCode: new DataLoader<string, IndustryRecord | null>((codes) => reference.industriesByCodes(codes)),
    industryChildren: new DataLoader<string, IndustryRecord[]>((codes) => reference.industryChildren(codes)),
    industryRegions: new DataLoader<string, RegionRecord[]>((codes) => reference.industryRegions(codes)),
    regionByCode: new DataLoader<string, RegionRecord | null>((codes) => reference.regionsByCodes(codes)),
    regionChildren: new DataLoader<string, RegionRecord[]>((codes) => reference.regionChildren(codes)),
    documentById: new DataLoader<string, DocumentRecord | null>((ids) => repos.documents.byIds(ids)),
    documentProvenance: new DataLoader<string, ProvenanceRecord[]>((ids) => repos.documents.provenanceOf(ids)),
    documentFilings: new DataLoader<string, FilingRecord[]>((ids) => repos.industryFilings.liveFilingsOf(ids)),
    documentFilingVersion: new DataLoader<string, number>((ids) => repos.industryFilings.versionsOf(ids)),
    importBatchById: new DataLoader<string, ImportBatchRecord | null>((ids) => repos.importBatches.byIds(ids)),
    topicById: new DataLoader<string, TopicRecord | null>((ids) => repos.topics.byIds(ids)),
    topicCandidates: new DataLoader<string, IndustryCandidateRecord[]>((ids) => repos.topics.candidatesOf(ids)),
    topicDocumentById: new DataLoader<string, TopicDocument | null>((ids) => repos.topics.documentsByIds(ids)),
    policyIndustries: new DataLoader<string, string[]>((ids) => repos.policies.industriesOf(ids)),
    /** Attachments, revisions, issuer and linked policies in one statement; the linked records prime `policyById`. */
    policyDetails,
    policyById,
    /** A policy's record and details in one statement (a policy's page); primes `policyById` and `policyDetails`. */
    policyWithDetails: new DataLoader<string, PolicyRecord | null>(async (ids) => {
      const rows = await repos.policies.withDetails(ids, options.includeDeleted);
      return rows.map((row, i) => {
        if (!row) return null;
        policyById.prime(ids[i]!, row.policy);
        policyDetails.prime(ids[i]!, row.details);
        primeLinked(row.details);
        return row.policy;
      });
    }),
    newsById: new DataLoader<string, NewsRecord | null>((ids) => repos.news.byIds(ids)),
    newsIndustries: new DataLoader<string, string[]>((ids) => repos.news.industriesOf(ids)),
    newsMentions: new DataLoader<string, MentionRecord[]>((ids) => repos.news.mentionsOf(ids)),
    sourceById: new DataLoader<string, SourceRecord | null>((ids) => repos.sources.byIds(ids)),
    accountById: new DataLoader<string, AccountRecord | null>((ids) => repos.accounts.byIds(ids)),
    libraryById: new DataLoader<string, LibraryRecord | null>((ids) => reference.librariesByIds(ids)),
    personById: entity('Person'),
    organizationById: entity('Organization'),
    projectById: entity('Project'),
    related: new DataLoader<RelatedKey, RelatedRecord[], string>((keys) => repos.links.related(keys, options.includeDeleted), {
      cacheKeyFn: (key) => `${key.from}:${key.id}:${key.type}:${key.direction}`,
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
