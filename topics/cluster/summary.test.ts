import { describe, expect, it } from 'vitest';
import { representatives, trends } from './summary.js';
import { stack } from './vectors.js';

describe('topic summaries', () => {
  it('picks the documents nearest each centroid, best first, outliers excluded', () => {
    const m = stack([
      [1, 0],
      [0.8, 0.6],
      [0, 1],
      [0.6, 0.8],
      [1, 0],
    ]);
    const result = representatives(m, [0, 0, 1, 1, -1], [Float32Array.of(1, 0), Float32Array.of(0, 1)], 2);
    expect(result).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('counts documents per year per topic, oldest first', () => {
    expect(trends([2020, 2019, 2020, null, 2021], [0, 0, 0, 0, -1], 1)).toEqual([
      [
        { year: 2019, count: 1 },
        { year: 2020, count: 2 },
      ],
    ]);
  });
});
