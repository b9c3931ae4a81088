import { kMeans } from './kmeans.js';
import { fitPca, project } from './pca.js';
import { normalise, type Matrix } from './vectors.js';

export const OUTLIER = -1;

export interface ClusterOptions {
  /** Same seed, same embeddings → same topics. */
  seed?: number;
  /** Number of k-means clusters before outliers are removed; √(n/2) by default, at most `maxTopics`. */
  topics?: number;
  maxTopics?: number;
  /** A cluster left with fewer members becomes outliers. */
  minTopicSize?: number;
  /** Dimensions k-means runs in (PCA of the embeddings). */
  reducedDimensions?: number;
  /** A member whose cosine to its centroid is more than z standard deviations below the cluster's mean is an outlier. */
  outlierZ?: number;
  /** Rows that fit the centroids (every row is assigned). */
  sampleSize?: number;
}

export interface Clustering {
  /** Per document: its topic (0 = largest) or OUTLIER. */
  assignments: Int32Array;
  topicCount: number;
  /** Per topic: unit-length centroid in the embedding space. */
  centroids: Float32Array[];
  /** Per topic: the least cosine to its centroid a document needs to join it. */
  thresholds: number[];
  /** Per document: cosine to the centroid of its nearest cluster. */
  similarity: Float32Array;
}

export const DEFAULT_CLUSTER_OPTIONS = {
  seed: 42,
  maxTopics: 200,
  minTopicSize: 5,
  reducedDimensions: 64,
  outlierZ: 2.5,
  sampleSize: 10_000,
} as const;

export function defaultTopicCount(documents: number, maxTopics: number = DEFAULT_CLUSTER_OPTIONS.maxTopics): number {
  return Math.max(1, Math.min(maxTopics, Math.round(Math.sqrt(documents / 2))));
}

/**
 * Topics from L2-normalised embeddings: PCA to a few dozen dimensions, k-means there (seeded
 * k-means++ on a sample), centroids back in the full space, then explicit outliers — members
 * far below their cluster's typical similarity, and clusters too small to be a topic.
 * Chosen over UMAP + HDBSCAN by measurement (bench/cluster).
 */
export function clusterEmbeddings(m: Matrix, options: ClusterOptions = {}): Clustering {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const n = m.rows;
  const d = m.dimensions;
  if (n === 0) return { assignments: new Int32Array(0), topicCount: 0, centroids: [], thresholds: [], similarity: new Float32Array(0) };
  const k = Math.max(1, Math.min(o.topics ?? defaultTopicCount(n, o.maxTopics), Math.floor(n / Math.max(1, o.minTopicSize)) || 1));
  const reduced = o.reducedDimensions < d ? project(m, fitPca(m, o.reducedDimensions, { seed: o.seed })) : m;
  const fitted = kMeans(reduced, { k, seed: o.seed, sampleSize: o.sampleSize });

  const raw = fitted.assignments;
  const centroids = meanDirections(m, raw, fitted.k);
  const similarity = new Float32Array(n);
  for (let i = 0; i < n; i++) similarity[i] = dotRow(m, i, centroids[raw[i]!]!);

  // Outliers by similarity to the centroid, per cluster.
  const sums = new Float64Array(fitted.k);
  const squares = new Float64Array(fitted.k);
  const counts = new Int32Array(fitted.k);
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    sums[c]! += similarity[i]!;
    squares[c]! += similarity[i]! * similarity[i]!;
    counts[c]!++;
  }
  const cut = Array.from({ length: fitted.k }, (_, c) => {
    if (counts[c]! < 2) return -Infinity;
    const mean = sums[c]! / counts[c]!;
    const sd = Math.sqrt(Math.max(0, squares[c]! / counts[c]! - mean * mean));
    return mean - o.outlierZ * sd;
  });
  const kept = new Int32Array(n);
  const keptCounts = new Int32Array(fitted.k);
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    kept[i] = similarity[i]! >= cut[c]! ? c : OUTLIER;
    if (kept[i] !== OUTLIER) keptCounts[c]!++;
  }
  // Surviving clusters, largest first (ties by first member), numbered 0…
  const firstMember = new Int32Array(fitted.k).fill(n);
  for (let i = n - 1; i >= 0; i--) if (kept[i] !== OUTLIER) firstMember[kept[i]!] = i;
  const survivors = Array.from({ length: fitted.k }, (_, c) => c)
    .filter((c) => keptCounts[c]! >= o.minTopicSize)
    .sort((a, b) => keptCounts[b]! - keptCounts[a]! || firstMember[a]! - firstMember[b]!);
  const renumber = new Int32Array(fitted.k).fill(OUTLIER);
  survivors.forEach((c, index) => (renumber[c] = index));
  const assignments = new Int32Array(n);
  for (let i = 0; i < n; i++) assignments[i] = kept[i] === OUTLIER ? OUTLIER : renumber[kept[i]!]!;

  const finalCentroids = meanDirections(m, assignments, survivors.length);
  const thresholds = survivors.map((c) => cut[c]!);
  return { assignments, topicCount: survivors.length, centroids: finalCentroids, thresholds, similarity };
}

function dotRow(m: Matrix, index: number, vector: Float32Array): number {
  const base = index * m.dimensions;
  let sum = 0;
  for (let j = 0; j < m.dimensions; j++) sum += m.data[base + j]! * vector[j]!;
  return sum;
}

/** Unit mean direction of the members of each cluster (outliers ignored). */
export function meanDirections(m: Matrix, assignments: ArrayLike<number>, k: number): Float32Array[] {
  const d = m.dimensions;
  const sums = Array.from({ length: k }, () => new Float32Array(d));
  for (let i = 0; i < m.rows; i++) {
    const c = assignments[i]!;
    if (c < 0) continue;
    const sum = sums[c]!;
    const base = i * d;
    for (let j = 0; j < d; j++) sum[j]! += m.data[base + j]!;
  }
  for (const sum of sums) normalise(sum);
  return sums;
}

export interface NearestTopic {
  /** Index into `centroids`, or OUTLIER when no topic is similar enough. */
  topic: number;
  similarity: number;
}

/** The topic a new document joins without a rebuild: the nearest centroid, if past its threshold. */
export function nearestTopic(
  vector: ArrayLike<number>,
  centroids: readonly ArrayLike<number>[],
  thresholds: readonly number[],
): NearestTopic {
  let best = OUTLIER;
  let bestSimilarity = -Infinity;
  centroids.forEach((centroid, index) => {
    let sum = 0;
    for (let j = 0; j < centroid.length; j++) sum += centroid[j]! * vector[j]!;
    if (sum > bestSimilarity) {
      bestSimilarity = sum;
      best = index;
    }
  });
  if (best === OUTLIER || bestSimilarity < thresholds[best]!) return { topic: OUTLIER, similarity: bestSimilarity };
  return { topic: best, similarity: bestSimilarity };
}
