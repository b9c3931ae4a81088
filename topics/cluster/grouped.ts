import { clusterEmbeddings, DEFAULT_CLUSTER_OPTIONS, OUTLIER, type ClusterOptions, type Clustering } from './cluster.js';
import type { Matrix } from './vectors.js';

/**
 * Topics within groups (an industry library's topics, BERTopic's guided idea): the documents of
 * each group (those filed under one top industry; those outside every industry are a group of
 * their own) are clustered apart, so no topic mixes the documents of two industries, or of an
 * industry and none. An industry's group gets √(size / 2) topics (the subjects a founder browses in
 * that library); the documents outside every industry get half as many, √(size / 8): they are no
 * library, only the librarians' overview of what lies outside (broad fields, where a missing
 * industry or a wrongly outside document shows). A group smaller than the least topic size is left
 * as outliers. The topics are numbered largest first across the groups, as one clustering.
 */
export function groupTopicCount(size: number, outside: boolean, maxTopics: number = DEFAULT_CLUSTER_OPTIONS.maxTopics): number {
  return Math.max(1, Math.min(maxTopics, Math.round(Math.sqrt(size / (outside ? 8 : 2)))));
}

/**
 * Clusters each group apart (see `groupTopicCount`), giving the event loop a turn between groups:
 * a caller's writes in flight (a rebuild's filings) go on reaching Neo4j while the groups cluster.
 */
export async function clusterWithinGroups(
  m: Matrix,
  groupOf: readonly (string | null)[],
  options: Omit<ClusterOptions, 'topics'> = {},
): Promise<Clustering & { topicGroup: (string | null)[] }> {
  const rowsOf = new Map<string | null, number[]>();
  groupOf.forEach((group, row) => {
    const rows = rowsOf.get(group);
    if (rows) rows.push(row);
    else rowsOf.set(group, [row]);
  });
  const assignments = new Int32Array(m.rows).fill(OUTLIER);
  const similarity = new Float32Array(m.rows);
  const topics: Array<{ group: string | null; centroid: Float32Array; threshold: number; rows: number[] }> = [];
  const groups = [...rowsOf.entries()].sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''));
  for (const [group, rows] of groups) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const data = new Float32Array(rows.length * m.dimensions);
    rows.forEach((row, i) => data.set(m.data.subarray(row * m.dimensions, (row + 1) * m.dimensions), i * m.dimensions));
    const topicCount = groupTopicCount(rows.length, group === null, options.maxTopics);
    const clustering = clusterEmbeddings({ data, rows: rows.length, dimensions: m.dimensions }, { ...options, topics: topicCount });
    const offset = topics.length;
    for (let t = 0; t < clustering.topicCount; t++)
      topics.push({ group, centroid: clustering.centroids[t]!, threshold: clustering.thresholds[t]!, rows: [] });
    rows.forEach((row, i) => {
      similarity[row] = clustering.similarity[i]!;
      const topic = clustering.assignments[i]!;
      if (topic !== OUTLIER) topics[offset + topic]!.rows.push(row);
    });
  }
  const order = topics
    .map((_, t) => t)
    .sort((a, b) => topics[b]!.rows.length - topics[a]!.rows.length || topics[a]!.rows[0]! - topics[b]!.rows[0]!);
  order.forEach((t, index) => topics[t]!.rows.forEach((row) => (assignments[row] = index)));
  return {
    assignments,
    topicCount: order.length,
    centroids: order.map((t) => topics[t]!.centroid),
    thresholds: order.map((t) => topics[t]!.threshold),
    similarity,
    topicGroup: order.map((t) => topics[t]!.group),
  };
}
