import type { Matrix } from './vectors.js';

/** Per topic: indices of its `count` documents most similar to its centroid, best first. */
export function representatives(m: Matrix, assignments: ArrayLike<number>, centroids: readonly Float32Array[], count = 5): number[][] {
  const scored: Array<Array<{ index: number; score: number }>> = centroids.map(() => []);
  for (let i = 0; i < m.rows; i++) {
    const topic = assignments[i]!;
    if (topic < 0) continue;
    const centroid = centroids[topic]!;
    let score = 0;
    for (let j = 0; j < m.dimensions; j++) score += m.data[i * m.dimensions + j]! * centroid[j]!;
    scored[topic]!.push({ index: i, score });
  }
  return scored.map((list) =>
    list
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, count)
      .map((entry) => entry.index),
  );
}

export interface YearCount {
  year: number;
  count: number;
}

/** Documents per year of each topic, oldest first; documents without a year are left out. */
export function trends(years: ArrayLike<number | null>, assignments: ArrayLike<number>, topicCount: number): YearCount[][] {
  const counts = Array.from({ length: topicCount }, () => new Map<number, number>());
  for (let i = 0; i < assignments.length; i++) {
    const topic = assignments[i]!;
    const year = years[i];
    if (topic < 0 || year === null || year === undefined) continue;
    counts[topic]!.set(year, (counts[topic]!.get(year) ?? 0) + 1);
  }
  return counts.map((map) => [...map.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })));
}
