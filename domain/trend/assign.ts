/**
 * A news item's topic: the nearest topic centroid by cosine, when it is near enough to join it
 * (the topic's own threshold, the least similarity of its documents, and never below `floor`).
 * Hot topics then count topic assignments as they count words (domain/trend/burst.ts).
 */

export interface Centroid {
  id: string;
  centroid: ArrayLike<number>;
  /** Least cosine for a new member (from the clustering); −1 when unknown. */
  threshold: number;
}

export interface Assignment {
  topicId: string;
  similarity: number;
}

/** The lowest similarity that assigns a news item to a topic whatever the topic's threshold. */
export const DEFAULT_ASSIGN_FLOOR = 0.55;

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** The topic a vector belongs to, or null when no centroid is similar enough. */
export function nearestTopic(vector: ArrayLike<number>, centroids: readonly Centroid[], floor = DEFAULT_ASSIGN_FLOOR): Assignment | null {
  let best: Assignment | null = null;
  for (const topic of centroids) {
    const similarity = cosine(vector, topic.centroid);
    if (similarity < Math.max(floor, topic.threshold)) continue;
    if (!best || similarity > best.similarity) best = { topicId: topic.id, similarity };
  }
  return best;
}
