import type { Graph } from '../../graph/driver.js';
import type { DocumentEmbeddingRepository } from '../../graph/repositories/embedding/document-embedding.js';
import type { IndustryRepository } from '../../graph/repositories/industry/industries.js';
import type { FilingRepository } from '../../graph/repositories/industry/filings.js';
import type { IndustryProfileRepository } from '../../graph/repositories/industry/profiles.js';
import type { AuditRepository } from '../../graph/repositories/audit/audit.js';
import type { TopicDecisionRepository } from '../../graph/repositories/topic/decisions.js';
import type { TopicRebuildRepository } from '../../graph/repositories/topic/rebuilds.js';
import type { PhraseVectorRepository } from '../../graph/repositories/topic/phrase-vectors.js';
import type { TopicMembershipRepository } from '../../graph/repositories/topic/membership.js';
import type { TopicRepository } from '../../graph/repositories/topic/topics.js';
import { AppError } from '../../lib/errors.js';

/** The repositories the topic use cases work with. */
export interface TopicRepositories {
  topics: TopicRepository;
  topicMemberships: TopicMembershipRepository;
  topicDecisions: TopicDecisionRepository;
  topicRebuilds: TopicRebuildRepository;
  phraseVectors: PhraseVectorRepository;
  industries: IndustryRepository;
  industryFilings: FilingRepository;
  industryProfiles: IndustryProfileRepository;
  documentEmbeddings: DocumentEmbeddingRepository;
  audit: AuditRepository;
}

/** What every topic use case needs: the graph (to open its one transaction), the repositories, the embedding model clustered. */
export interface TopicStore {
  graph: Graph;
  repos: TopicRepositories;
  embeddingModel: string;
  /** Embeds passages with `embeddingModel` (industry profiles, label phrases); without it labels are c-TF-IDF terms and only stored profiles are used. */
  embedPassages?: ((texts: string[]) => Promise<ArrayLike<number>[]>) | undefined;
}

/** A librarian's topic decision that cannot be carried out. */
export class TopicDecisionError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export const REPRESENTATIVES = 5;
export const TERMS = 10;

export const recordText = (d: { title: string; abstract: string | null }) => `${d.title} ${d.abstract ?? ''}`.trim();
