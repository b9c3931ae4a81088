import { describe, expect, it } from 'vitest';
import { ari, nmi } from './metrics.js';

describe('clustering metrics', () => {
  it('scores a relabelled perfect clustering as 1', () => {
    const truth = ['a', 'a', 'b', 'b', 'c', 'c'];
    const predicted = [2, 2, 0, 0, 1, 1];
    expect(nmi(predicted, truth)).toBeCloseTo(1, 10);
    expect(ari(predicted, truth)).toBeCloseTo(1, 10);
  });

  it('matches scikit-learn on a mixed example', () => {
    // sklearn: normalized_mutual_info_score / adjusted_rand_score of these two lists.
    const truth = [0, 0, 0, 1, 1, 1];
    const predicted = [0, 0, 1, 1, 2, 2];
    expect(nmi(predicted, truth)).toBeCloseTo(0.5158037429793889, 10);
    expect(ari(predicted, truth)).toBeCloseTo(0.24242424242424246, 10);
  });

  it('gives no credit to a clustering independent of the labels', () => {
    const truth = [0, 0, 1, 1];
    const predicted = [0, 1, 0, 1];
    expect(nmi(predicted, truth)).toBeCloseTo(0, 10);
    expect(ari(predicted, truth)).toBeLessThanOrEqual(0);
  });

  it('refuses lists of different lengths', () => {
    expect(() => nmi([0, 1], [0])).toThrow(/2 items, truth 1/);
  });
});
