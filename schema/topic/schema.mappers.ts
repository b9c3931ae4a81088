export type {
  TopicRecord as TopicMapper,
  TopicDocument as TopicDocumentMapper,
  IndustryCandidateRecord as TopicIndustryCandidateMapper,
} from '../../graph/repositories/topic/topics.js';
