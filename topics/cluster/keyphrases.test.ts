import { describe, expect, it } from 'vitest';
import { candidatePhrases, maximalMarginalRelevance, nounPhrases } from './keyphrases.js';

describe('keyphrases', () => {
  it('reads noun phrases from a title (jieba tags), stop words at neither end', () => {
    const phrases = nounPhrases('碳纤维复合材料界面改性研究');
    expect(phrases).toContain('碳纤维复合材料');
    expect(phrases).toContain('碳纤维复合材料界面改性');
    expect(phrases.some((p) => p.endsWith('研究'))).toBe(false);
  });

  it('prefers the phrases of a topic over those every topic has', () => {
    const topic = (subject: string) => [
      { title: `${subject}的研究进展`, keywords: [subject, '研究进展'] },
      { title: `${subject}制备`, keywords: [subject, '研究进展'] },
    ];
    const [first] = candidatePhrases([topic('碳纤维'), topic('光伏组件'), topic('中药饮片')]);
    expect(first![0]).toBe('碳纤维');
  });

  it('picks relevant and diverse candidates (MMR)', () => {
    const centroid = [1, 0, 0];
    const candidates = [
      [0.99, 0.14, 0],
      [0.98, 0.2, 0],
      [0.8, 0, 0.6],
    ];
    expect(maximalMarginalRelevance(candidates, centroid, 2, 0.5)).toEqual([0, 2]);
  });
});
