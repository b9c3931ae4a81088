import { rootOf } from '../../topics/filing/industries.js';
import { meanVector } from '../../topics/filing/profile.js';
import type { ProposedFiling } from '../../topics/filing/rule.js';
import type { Gold } from './metrics.js';
import { labelledTopics, scoreTopics, type LabelledTopic, type TopicScores } from './topics.js';

/**
 * Topics at several granularities (k-means' k: the rebuild's √(n/2) = 22 for 1,000 documents, and
 * more, smaller topics) on the 1,000 records clustered as a rebuild does (seed 42), mapped by the
 * thresholds tuned on the dev halves (`rule`); beside it, a topic filed by its centroid (the
 * centroid filed as a document is), and by its shares when the centroid agrees.
 */
export interface GranularityInput {
  vectors: readonly Float32Array[];
  gold: readonly Gold[];
  parentOf: ReadonlyMap<string, string | null>;
  rule: { share: number; outside: number; purity: number };
  memberFilings: (index: number) => Array<{ industryCode: string; score: number; evidence: string[] }>;
  /** The rule's filing of a vector (a topic's centroid) without keyword evidence. */
  fileVector: (vector: Float32Array) => ProposedFiling[];
}

export interface GranularityRow {
  k: number;
  all: TopicScores;
  centroid: { filed: number; right: number };
  /** Filed when the shares' best industry holds ≥ 30 % and the centroid is filed under it too. */
  sharesWithCentroid: { filed: number; right: number };
}

export const TOPIC_COUNTS = [22, 32, 45, 64];

export function topicGranularity(input: GranularityInput): GranularityRow[] {
  const { vectors, gold, parentOf } = input;
  const all = vectors.map((_, i) => i);
  const root = (code: string) => rootOf(code, parentOf);
  return TOPIC_COUNTS.map((k) => {
    const { rule } = input;
    const topics = labelledTopics(all, vectors, input.memberFilings, gold, parentOf, 42, k);
    const score = (list: readonly LabelledTopic[]) => scoreTopics(list, gold, parentOf, rule.share, rule.outside, rule.purity);
    const centroid = { filed: 0, right: 0 };
    const sharesWithCentroid = { filed: 0, right: 0 };
    for (const topic of topics) {
      const [filed] = input.fileVector(
        meanVector(
          topic.members.map((i) => vectors[i]!),
          vectors[0]!.length,
        ),
      );
      if (filed) {
        centroid.filed++;
        if (root(filed.code) === topic.truth) centroid.right++;
      }
      if (filed && topic.best && topic.best.share >= 0.3 && root(filed.code) === root(topic.best.code)) {
        sharesWithCentroid.filed++;
        if (root(topic.best.code) === topic.truth) sharesWithCentroid.right++;
      }
    }
    return {
      k,
      all: score(topics),
      centroid,
      sharesWithCentroid,
    };
  });
}
