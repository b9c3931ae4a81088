import { describe, expect, it } from 'vitest';
import { fitPca, project } from './pca.js';
import { gaussian, seededRandom } from './random.js';
import { stack } from './vectors.js';

describe('PCA', () => {
  // Points spread mostly along (1, 1, 0, 0), a little along (0, 0, 1, 0), barely elsewhere.
  const random = seededRandom(5);
  const points = Array.from({ length: 400 }, () => {
    const a = 5 * gaussian(random);
    const b = 1 * gaussian(random);
    return [a / Math.SQRT2 + 0.01 * gaussian(random), a / Math.SQRT2, b, 0.01 * gaussian(random)];
  });
  const m = stack(points);

  it('finds the directions of largest variance, orthonormal', () => {
    const pca = fitPca(m, 2, { seed: 1 });
    const first = Array.from(pca.components.subarray(0, 4));
    const second = Array.from(pca.components.subarray(4, 8));
    expect(Math.abs(first[0]! + first[1]!) / Math.SQRT2).toBeCloseTo(1, 2);
    expect(Math.abs(second[2]!)).toBeCloseTo(1, 2);
    expect(first.reduce((sum, x, i) => sum + x * second[i]!, 0)).toBeCloseTo(0, 6);
  });

  it('projects centred rows onto the components', () => {
    const pca = fitPca(m, 2, { seed: 1 });
    const projected = project(m, pca);
    expect(projected.dimensions).toBe(2);
    expect(projected.rows).toBe(400);
    let mean = 0;
    for (let i = 0; i < projected.rows; i++) mean += projected.data[i * 2]!;
    expect(Math.abs(mean / projected.rows)).toBeLessThan(1e-3);
    expect(() => project(stack([[1, 2, 3]]), pca)).toThrow(/expects 4 dimensions, got 3/);
  });
});
