import { cosine } from './vectors.js';

export interface PreviousTopic {
  id: string;
  centroid: ArrayLike<number>;
  /** Ids of its documents before the rebuild. */
  members: readonly string[];
}

export interface NewCluster {
  centroid: ArrayLike<number>;
  members: readonly string[];
}

export interface IdentityMatch {
  /** Per new cluster: the previous topic id it continues, or null for a new topic. */
  ids: (string | null)[];
  /** Previous topics no new cluster continues. */
  retired: string[];
}

export interface IdentityOptions {
  /** Least share of the new cluster's documents that came from the previous topic. */
  minOverlap?: number;
  /** Least centroid cosine when overlap cannot decide (e.g. all documents are new). */
  minCentroidSimilarity?: number;
}

/**
 * Keeps topic identities across rebuilds: a new cluster continues the previous topic it
 * shares most documents with (greedy, largest overlap first, each used once); clusters left
 * over continue the previous topic with the most similar centroid, if similar enough.
 */
export function matchTopics(
  previous: readonly PreviousTopic[],
  clusters: readonly NewCluster[],
  options: IdentityOptions = {},
): IdentityMatch {
  const minOverlap = options.minOverlap ?? 0.3;
  const minSimilarity = options.minCentroidSimilarity ?? 0.9;
  const topicOf = new Map<string, number>();
  previous.forEach((topic, index) => topic.members.forEach((id) => topicOf.set(id, index)));
  const pairs: Array<{ cluster: number; topic: number; score: number }> = [];
  clusters.forEach((cluster, c) => {
    const counts = new Map<number, number>();
    for (const id of cluster.members) {
      const t = topicOf.get(id);
      if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const [t, count] of counts) {
      const share = count / Math.max(1, cluster.members.length);
      if (share >= minOverlap) pairs.push({ cluster: c, topic: t, score: count });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.cluster - b.cluster || a.topic - b.topic);
  const ids: (string | null)[] = clusters.map(() => null);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (ids[pair.cluster] !== null || used.has(pair.topic)) continue;
    ids[pair.cluster] = previous[pair.topic]!.id;
    used.add(pair.topic);
  }
  const byCentroid: Array<{ cluster: number; topic: number; score: number }> = [];
  clusters.forEach((cluster, c) => {
    if (ids[c] !== null) return;
    previous.forEach((topic, t) => {
      if (used.has(t) || topic.centroid.length !== cluster.centroid.length) return;
      const score = cosine(cluster.centroid, topic.centroid);
      if (score >= minSimilarity) byCentroid.push({ cluster: c, topic: t, score });
    });
  });
  byCentroid.sort((a, b) => b.score - a.score || a.cluster - b.cluster);
  for (const pair of byCentroid) {
    if (ids[pair.cluster] !== null || used.has(pair.topic)) continue;
    ids[pair.cluster] = previous[pair.topic]!.id;
    used.add(pair.topic);
  }
  const retired = previous.filter((_, t) => !used.has(t)).map((topic) => topic.id);
  return { ids, retired };
}
