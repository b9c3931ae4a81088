export type {
  TopicRecord as TopicMapper,
  TopicDocument as TopicDocumentMapper,
  IndustryCandidateRecord as TopicIndustryCandidateMapper,
} from '../../domain/topic/types.js';
