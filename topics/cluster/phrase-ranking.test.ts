import { describe, expect, it } from 'vitest';
import { candidateScore, composedLabel, maximalMarginalRelevance, phraseLabels } from './phrase-ranking.js';

describe('phrase ranking', () => {
  it('picks relevant and diverse candidates (MMR)', () => {
    const candidates = [
      [0.99, 0.14, 0],
      [0.98, 0.2, 0],
      [0.8, 0, 0.6],
    ];
    const relevance = candidates.map((c) => c[0]!);
    expect(maximalMarginalRelevance(candidates, relevance, 2, 0.5)).toEqual([0, 2]);
  });

  it('raises a candidate many of the topic’s records carry as a keyword', () => {
    const weights = { keywordWeight: 0.6, supportWeight: 0 };
    const carried = candidateScore({ phrase: 'a', support: 8, keywordSupport: 8, compound: true }, 0.4, 10, weights);
    const nearer = candidateScore({ phrase: 'b', support: 8, keywordSupport: 0, compound: true }, 0.6, 10, weights);
    expect(carried).toBeGreaterThan(nearer);
  });

  it('labels a topic by its best compound candidate, never a stock phrase, and keeps the picks diverse', async () => {
    // Axis 0: the topic's subject; the mean phrase and centroid are subtracted, so a second topic gives the contrast.
    const vectors: Record<string, number[]> = {
      碳纤维复合材料: [1, 0, 0, 0],
      复合材料: [0.9, 0.1, 0, 0],
      界面: [0.7, 0, 0.7, 0],
      光伏组件: [0, 0, 0, 1],
      组件: [0, 0.1, 0, 0.9],
    };
    const embed = (texts: string[]) => Promise.resolve(texts.map((t) => vectors[t] ?? [0, 1, 0, 0]));
    const fibre = Array.from({ length: 4 }, () => ({
      title: '碳纤维复合材料界面研讨会综述',
      keywords: ['碳纤维复合材料', '界面', '研讨会综述'],
    }));
    const solar = Array.from({ length: 4 }, () => ({ title: '光伏组件', keywords: ['光伏组件', '组件'] }));
    const [first, second] = await phraseLabels(
      [
        { records: fibre, centroid: [1, 0, 0, 0] },
        { records: solar, centroid: [0, 0, 0, 1] },
      ],
      embed,
    );
    expect(first!.label).toBe('碳纤维复合材料');
    expect(first!.phrases.some((p) => p.includes('综述'))).toBe(false);
    expect(second!.label).toBe('光伏组件');
  });

  it('labels a mixed topic by two of its wide words, not by a compound two of its records hold nor by an aspect word', async () => {
    const vectors: Record<string, number[]> = {
      材料: [1, 0, 0, 0],
      离子: [0.8, 0.2, 0, 0],
      性能: [0.95, 0, 0.05, 0],
      磷酸锶荧光粉: [0.99, 0, 0, 0.01],
      光伏组件: [0, 0, 0, 1],
    };
    const embed = (texts: string[]) => Promise.resolve(texts.map((t) => vectors[t] ?? [0, 1, 0, 0]));
    const record = (...keywords: string[]) => ({ title: '', keywords });
    const mixed = [
      ...Array.from({ length: 6 }, () => record('材料', '性能')),
      ...Array.from({ length: 4 }, () => record('离子', '性能')),
      ...Array.from({ length: 2 }, () => record('磷酸锶荧光粉')),
    ];
    const solar = Array.from({ length: 4 }, () => record('光伏组件'));
    const topics = [
      { records: mixed, centroid: [1, 0, 0, 0] },
      { records: solar, centroid: [0, 0, 0, 1] },
    ];
    const [first, second] = await phraseLabels(topics, embed);
    expect(first!.label).toBe('材料与离子');
    expect(first!.phrases.slice(0, 2)).toEqual(['材料', '离子']);
    expect(second!.label).toBe('光伏组件');
    // With a lower coverage the two records' compound is enough.
    const [loose] = await phraseLabels(topics, embed, { coverage: 0.2 });
    expect(loose!.label).toBe('磷酸锶荧光粉');
  });

  it('composes a label of two words where a topic has no compound candidate', () => {
    expect(composedLabel(['复合材料', '改性'], [{ title: '碳纤维复合材料改性研究' }])).toBe('复合材料改性');
    expect(composedLabel(['改性', '复合材料'], [{ title: '碳纤维复合材料改性研究' }])).toBe('复合材料改性');
    expect(composedLabel(['药物', '剂型'], [{ title: '新剂型的药物释放' }])).toBe('药物与剂型');
    expect(composedLabel(['算法'], [])).toBe('算法');
  });
});
