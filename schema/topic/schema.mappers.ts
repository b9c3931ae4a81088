import type { Connection } from '../../lib/connection.js';
import type { TopicDocument, TopicRecord } from '../../domain/topic/types.js';

export type {
  TopicRecord as TopicMapper,
  TopicDocument as TopicDocumentMapper,
  IndustryCandidateRecord as TopicIndustryCandidateMapper,
} from '../../domain/topic/types.js';

export type TopicConnectionMapper = Connection<TopicRecord> & { totalCount: number };
export type TopicDocumentConnectionMapper = Connection<TopicDocument> & { totalCount: number };
