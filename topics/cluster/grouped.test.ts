import { describe, expect, it } from 'vitest';
import { OUTLIER } from './cluster.js';
import { clusterWithinGroups, groupTopicCount } from './grouped.js';
import { seededRandom } from './random.js';

/** Rows near one of a few directions, with a little noise. */
function rows(directions: number[], seed: number) {
  const random = seededRandom(seed);
  const dimensions = 8;
  const data = new Float32Array(directions.length * dimensions);
  directions.forEach((direction, row) => {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      const value = (d === direction ? 1 : 0) + 0.05 * random();
      data[row * dimensions + d] = value;
      norm += value * value;
    }
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d]! /= Math.sqrt(norm);
  });
  return { data, rows: directions.length, dimensions };
}

describe('clusterWithinGroups', () => {
  it('never puts two groups in one topic, numbers topics largest first, leaves a too small group as outliers', async () => {
    // The same two directions in two groups: a global clustering would mix them.
    const directions = [
      ...Array<number>(12).fill(0),
      ...Array<number>(12).fill(1),
      ...Array<number>(8).fill(0),
      ...Array<number>(3).fill(2),
    ];
    const groups = [...Array<string>(24).fill('a'), ...Array<null>(8).fill(null), ...Array<string>(3).fill('tiny')];
    const clustering = await clusterWithinGroups(rows(directions, 7), groups, { seed: 1, minTopicSize: 4 });
    const topicsOf = (group: string | null) => new Set([...clustering.assignments].filter((t, i) => groups[i] === group && t !== OUTLIER));
    for (const t of topicsOf('a')) expect(clustering.topicGroup[t]).toBe('a');
    for (const t of topicsOf(null)) expect(clustering.topicGroup[t]).toBeNull();
    expect(topicsOf('a').size).toBeGreaterThan(0);
    expect(topicsOf(null).size).toBeGreaterThan(0);
    expect([...clustering.assignments].slice(32).every((t) => t === OUTLIER)).toBe(true);
    const sizes = Array.from({ length: clustering.topicCount }, (_, t) => [...clustering.assignments].filter((x) => x === t).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(clustering.centroids).toHaveLength(clustering.topicCount);
  });

  it('gives the documents outside every industry half as many topics as an industry group of the same size', () => {
    expect(groupTopicCount(800, false)).toBe(20);
    expect(groupTopicCount(800, true)).toBe(10);
    expect(groupTopicCount(3, true)).toBe(1);
  });
});
