import { describe, expect, it } from 'vitest';
import { matchTopics } from './identity.js';

describe('matchTopics', () => {
  const previous = [
    { id: 'T-a', centroid: [1, 0, 0], members: ['1', '2', '3', '4'] },
    { id: 'T-b', centroid: [0, 1, 0], members: ['5', '6', '7', '8'] },
    { id: 'T-c', centroid: [0, 0, 1], members: ['9', '10'] },
  ];

  it('continues the topic a new cluster shares most documents with, whatever the cluster order', () => {
    const result = matchTopics(previous, [
      { centroid: [0, 1, 0], members: ['5', '6', '7', '11'] },
      { centroid: [1, 0, 0], members: ['1', '2', '3', '4', '12'] },
    ]);
    expect(result.ids).toEqual(['T-b', 'T-a']);
    expect(result.retired).toEqual(['T-c']);
  });

  it('gives each previous topic to one cluster only; the other becomes new', () => {
    const result = matchTopics(previous, [
      { centroid: [1, 0, 0], members: ['1', '14'] },
      { centroid: [1, 0, 0], members: ['2', '3', '4', '13'] },
    ]);
    expect(result.ids).toEqual([null, 'T-a']);
  });

  it('falls back to centroid similarity when no documents overlap', () => {
    const result = matchTopics(previous, [{ centroid: [0, 0.1, 0.99], members: ['20', '21'] }]);
    expect(result.ids).toEqual(['T-c']);
    expect(matchTopics(previous, [{ centroid: [0.6, 0.6, 0.5], members: ['20'] }]).ids).toEqual([null]);
  });
});
