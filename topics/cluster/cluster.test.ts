import { describe, expect, it } from 'vitest';
import { clusterEmbeddings, nearestTopic, OUTLIER } from './cluster.js';
import { nmi } from './metrics.js';
import { gaussian, seededRandom } from './random.js';
import { normalise, stack } from './vectors.js';

/** `perBlob` noisy unit vectors around each of `blobs` random directions, plus far-off strays. */
function blobs(blobCount: number, perBlob: number | number[], dimensions: number, strays = 0, seed = 7) {
  const random = seededRandom(seed);
  const centres = Array.from({ length: blobCount }, () => {
    const v = Float32Array.from({ length: dimensions }, () => gaussian(random));
    normalise(v);
    return v;
  });
  const vectors: Float32Array[] = [];
  const labels: number[] = [];
  centres.forEach((centre, label) => {
    const size = typeof perBlob === 'number' ? perBlob : perBlob[label]!;
    for (let i = 0; i < size; i++) {
      const v = Float32Array.from(centre, (x) => x + 0.03 * gaussian(random));
      normalise(v);
      vectors.push(v);
      labels.push(label);
    }
  });
  for (let i = 0; i < strays; i++) {
    const v = Float32Array.from({ length: dimensions }, () => gaussian(random));
    normalise(v);
    vectors.push(v);
    labels.push(-1);
  }
  return { m: stack(vectors), labels };
}

describe('clusterEmbeddings', () => {
  it('recovers well-separated groups', () => {
    const { m, labels } = blobs(6, 40, 96);
    const result = clusterEmbeddings(m, { topics: 6, reducedDimensions: 16 });
    expect(result.topicCount).toBe(6);
    expect(nmi(result.assignments, labels)).toBeGreaterThan(0.95);
    expect(result.centroids).toHaveLength(6);
    expect(result.centroids[0]!.length).toBe(96);
  });

  it('is reproducible with the same seed', () => {
    const { m } = blobs(5, 30, 64);
    const a = clusterEmbeddings(m, { seed: 11, topics: 8, reducedDimensions: 16 });
    const b = clusterEmbeddings(m, { seed: 11, topics: 8, reducedDimensions: 16 });
    expect([...a.assignments]).toEqual([...b.assignments]);
  });

  it('marks strays far from every group as outliers', () => {
    const { m, labels } = blobs(4, 50, 96, 8);
    const result = clusterEmbeddings(m, { topics: 4, reducedDimensions: 16, minTopicSize: 5 });
    const strayAssignments = labels.flatMap((label, index) => (label === -1 ? [result.assignments[index]] : []));
    expect(strayAssignments.filter((topic) => topic === OUTLIER).length).toBeGreaterThanOrEqual(6);
    const memberOutliers = labels.filter((label, index) => label >= 0 && result.assignments[index] === OUTLIER).length;
    expect(memberOutliers).toBeLessThan(10);
  });

  it('numbers topics largest first and drops clusters below the minimum size', () => {
    const { m, labels } = blobs(3, [12, 60, 35], 64);
    const result = clusterEmbeddings(m, { topics: 3, reducedDimensions: 8, minTopicSize: 15 });
    expect(result.topicCount).toBe(2);
    const topicOf = (label: number) => result.assignments[labels.indexOf(label)];
    expect(topicOf(1)).toBe(0);
    expect(topicOf(2)).toBe(1);
    expect(labels.every((label, index) => label !== 0 || result.assignments[index] === OUTLIER)).toBe(true);
  });

  it('handles no documents', () => {
    expect(clusterEmbeddings(stack([], 8)).topicCount).toBe(0);
  });
});

describe('nearestTopic', () => {
  it('joins the nearest topic past its threshold, else stays an outlier', () => {
    const centroids = [Float32Array.of(1, 0), Float32Array.of(0, 1)];
    expect(nearestTopic([0.1, 0.99], centroids, [0.5, 0.5])).toMatchObject({ topic: 1 });
    expect(nearestTopic([0.7, 0.7], centroids, [0.9, 0.9]).topic).toBe(OUTLIER);
  });
});
