import { describe, expect, it } from 'vitest';
import { composedLabel, labelCandidates, maximalMarginalRelevance, minimumSupport, nounPhrases } from './keyphrases.js';

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
    const [first] = labelCandidates([topic('碳纤维'), topic('光伏组件'), topic('中药饮片')]);
    expect(first![0]!.phrase).toBe('碳纤维');
  });

  it('keeps only phrases several of the topic’s records have, marks compound ones, never a stock phrase', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({
      title: i < 4 ? '碳纤维复合材料界面改性' : `第${i}号样品`,
      keywords: i < 2 ? ['电池', '研究进展'] : i < 5 ? ['沥青混合料', '研究进展'] : [],
    }));
    expect(minimumSupport(100)).toBe(3);
    const [candidates] = labelCandidates([records, [{ title: '光伏组件', keywords: ['光伏组件'] }]]);
    const phrases = candidates!.map((c) => c.phrase);
    expect(phrases).toContain('碳纤维复合材料界面改性');
    expect(phrases).toContain('沥青混合料');
    expect(phrases).not.toContain('电池');
    expect(phrases).not.toContain('研究进展');
    expect(candidates!.find((c) => c.phrase === '碳纤维复合材料')).toMatchObject({ support: 4, compound: true });
    expect(candidates!.find((c) => c.phrase === '沥青混合料')?.compound).toBe(true);
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

  it('composes a label of two words where a topic has no compound candidate', () => {
    expect(composedLabel(['复合材料', '改性'], [{ title: '碳纤维复合材料改性研究' }])).toBe('复合材料改性');
    expect(composedLabel(['改性', '复合材料'], [{ title: '碳纤维复合材料改性研究' }])).toBe('复合材料改性');
    expect(composedLabel(['药物', '剂型'], [{ title: '新剂型的药物释放' }])).toBe('药物与剂型');
    expect(composedLabel(['算法'], [])).toBe('算法');
  });
});
