/**
 * Topics of the literature (`Topic` nodes), documents' membership (`(:Document)-[:IN_TOPIC]->(:Topic)`),
 * their industry mapping and the librarian's decisions (`TopicDecision`), which rebuilds re-apply.
 * The outlier topic 未归类 is a Topic like the others with `outlier = true`; a topic a rebuild no
 * longer finds (or a merge absorbed) is kept with `retired = true` so decisions can still name it.
 */

export const OUTLIER_TOPIC_ID = 'topic-unclassified';

export const OUTLIER_TOPIC_LABEL = '未归类';

export type LabelSource = 'AUTO' | 'LIBRARIAN';

export type MappingStatus = 'AUTO' | 'REVIEW' | 'LIBRARIAN';

/**
 * How topic lists are ordered. LIBRARY (the default): the topics filed under an industry first,
 * then those whose industry awaits a librarian, then those outside every industry, the outliers
 * (未归类) last, each largest first: a founder browses industries. SIZE: largest first (未归类 last).
 */
export type TopicOrder = 'LIBRARY' | 'SIZE';

export interface TopicTermRecord {
  term: string;
  score: number;
}

export interface TrendPoint {
  year: number;
  count: number;
}

export interface TopicRecord {
  id: string;
  label: string;
  autoLabel: string;
  labelSource: LabelSource;
  keywords: TopicTermRecord[];
  size: number;
  outlier: boolean;
  retired: boolean;
  representativeIds: string[];
  trend: TrendPoint[];
  industryCode: string | null;
  mappingScore: number | null;
  mappingStatus: MappingStatus;
  mergedInto: string | null;
}

/** What the clustering needs of a topic to place new documents. */
export interface TopicCentroid {
  id: string;
  centroid: number[];
  threshold: number;
}

export interface TopicWrite {
  id: string;
  /** The label shown: the librarian's where they renamed the topic, else `autoLabel` (see topic-precedence). */
  label: string;
  labelSource: LabelSource;
  autoLabel: string;
  keywords: TopicTermRecord[];
  centroid: number[];
  threshold: number;
  representativeIds: string[];
  trend: TrendPoint[];
}

export interface Membership {
  documentId: string;
  /** A topic id, or OUTLIER_TOPIC_ID. */
  topicId: string;
  similarity: number;
}

export interface ClusteringDocument {
  id: string;
  title: string;
  abstract: string | null;
  keywords: string[];
  year: number | null;
  topicId: string | null;
}

export interface IndustryCandidateRecord {
  topicId: string;
  industryCode: string;
  score: number;
  keywords: string[];
  documentIds: string[];
  rank: number;
}

export interface IndustryMappingWrite {
  topicId: string;
  candidates: Omit<IndustryCandidateRecord, 'topicId'>[];
  industryCode: string | null;
  score: number | null;
  status: MappingStatus;
}

export type DecisionKind = 'RENAME' | 'MERGE' | 'SPLIT' | 'MAP';

export interface TopicDecisionRecord {
  id: string;
  kind: DecisionKind;
  topicId: string;
  label: string | null;
  targetTopicId: string | null;
  documentIds: string[];
  industryCode: string | null;
  decidedBy: string | null;
  sequence: number;
}

export interface TopicDocument {
  id: string;
  title: string;
  year: number | null;
  similarity: number | null;
}
