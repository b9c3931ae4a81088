import { proposedTopicMapping, type TopicMapping } from '../../domain/curation/topic-precedence.js';
import { clusterEmbeddings, OUTLIER } from '../../topics/cluster/cluster.js';
import { stack } from '../../topics/cluster/vectors.js';
import { rootOf } from '../../topics/filing/industries.js';
import { topicIndustries, type MemberFilings } from '../../topics/filing/topic-industry.js';
import type { Gold } from './metrics.js';

/** A topic of the labelled set: its members, what their disciplines say, what its documents' filings say. */
export interface LabelledTopic {
  size: number;
  /** The top industry most of its documents belong to by the discipline mapping, 'none' when most belong to none, null when mixed. */
  truth: string | null;
  best: { code: string; share: number } | undefined;
  outsideShare: number;
  /** Its documents (indices of the records). */
  members: number[];
}

/** The labelled topics of one clustering: k-means as a rebuild runs it on the given records, its documents' filings mapped as the rebuild maps them. */
export function labelledTopics(
  indices: readonly number[],
  vectors: readonly Float32Array[],
  filingsOf: (index: number) => MemberFilings['filings'],
  gold: readonly Gold[],
  parentOf: ReadonlyMap<string, string | null>,
  seed: number,
  /** How many topics (k-means' k); the rebuild's default, √(n/2), when not given. */
  topics?: number,
): LabelledTopic[] {
  const clustering = clusterEmbeddings(stack(indices.map((index) => vectors[index]!)), {
    seed,
    minTopicSize: 5,
    ...(topics ? { topics } : {}),
  });
  const members = Array.from({ length: clustering.topicCount }, () => [] as number[]);
  clustering.assignments.forEach((t, row) => t !== OUTLIER && members[t]!.push(indices[row]!));
  return members.map((ids) => {
    const counts = new Map<string, number>();
    for (const i of ids) {
      const key = gold[i]!.industry ?? 'none';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [majority, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
    const { candidates, outsideShare } = topicIndustries(
      ids.map((i) => ({ documentId: String(i), filings: filingsOf(i) })),
      parentOf,
    );
    const best = candidates[0] ? { code: candidates[0].code, share: candidates[0].share } : undefined;
    return { size: ids.length, truth: count > ids.length / 2 ? majority : null, best, outsideShare, members: ids };
  });
}

export interface TopicScores {
  topics: number;
  filed: number;
  filedRight: number;
  review: number;
  reviewMixed: number;
  outside: number;
  outsideRight: number;
  /** Documents of the filed topics, and those of them whose discipline belongs to the topic's industry (or is accepted there). */
  filedDocuments: number;
  filedDocumentsRight: number;
  /** Documents of the topics outside, and those of them whose discipline belongs to no industry. */
  outsideDocuments: number;
  outsideDocumentsRight: number;
  /** Topics whose documents mostly belong to one industry / to none / neither, by the discipline mapping. */
  truth: { industry: number; none: number; mixed: number };
  /** +1 for a right filing, a right "outside" or a mixed topic in review; 0 for a clear topic in review; −1 for a wrong decision. */
  utility: number;
}

export function decide(topic: LabelledTopic, share: number, outside: number, purity: number): TopicMapping {
  return proposedTopicMapping(topic.best, topic.outsideShare, { share, outside, purity });
}

export function scoreTopics(
  topics: readonly LabelledTopic[],
  gold: readonly Gold[],
  parentOf: ReadonlyMap<string, string | null>,
  share: number,
  outside: number,
  purity: number,
): TopicScores {
  const s: TopicScores = {
    topics: topics.length,
    filed: 0,
    filedRight: 0,
    review: 0,
    reviewMixed: 0,
    outside: 0,
    outsideRight: 0,
    filedDocuments: 0,
    filedDocumentsRight: 0,
    outsideDocuments: 0,
    outsideDocumentsRight: 0,
    truth: { industry: 0, none: 0, mixed: 0 },
    utility: 0,
  };
  for (const topic of topics) {
    if (topic.truth === null) s.truth.mixed++;
    else if (topic.truth === 'none') s.truth.none++;
    else s.truth.industry++;
    const mapping = decide(topic, share, outside, purity);
    if (mapping.status === 'REVIEW') {
      s.review++;
      if (topic.truth === null) {
        s.reviewMixed++;
        s.utility++;
      }
    } else if (mapping.industryCode !== null) {
      s.filed++;
      const root = rootOf(mapping.industryCode, parentOf);
      s.filedDocuments += topic.size;
      s.filedDocumentsRight += topic.members.filter((i) => gold[i]!.industry === root || gold[i]!.acceptable.has(root)).length;
      const right = topic.truth !== null && topic.truth !== 'none' && root === topic.truth;
      if (right) s.filedRight++;
      s.utility += right ? 1 : -1;
    } else {
      s.outside++;
      s.outsideDocuments += topic.size;
      s.outsideDocumentsRight += topic.members.filter((i) => gold[i]!.industry === null).length;
      const right = topic.truth === 'none';
      if (right) s.outsideRight++;
      s.utility += right ? 1 : -1;
    }
  }
  return s;
}

/** The share, outside and purity thresholds of the best utility on the given topics (ties: the first found, lower thresholds first). */
export function tuneTopicThresholds(
  topics: readonly LabelledTopic[],
  gold: readonly Gold[],
  parentOf: ReadonlyMap<string, string | null>,
): { share: number; outside: number; purity: number; utility: number } {
  let best = { share: 0, outside: 0, purity: 0, utility: -Infinity };
  for (let a = 10; a <= 90; a += 5)
    for (let b = 30; b <= 90; b += 5)
      for (let c = 0; c <= 100; c += 10) {
        const utility = scoreTopics(topics, gold, parentOf, a / 100, b / 100, c / 100).utility;
        if (utility > best.utility) best = { share: a / 100, outside: b / 100, purity: c / 100, utility };
      }
  return best;
}
