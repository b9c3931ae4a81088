import { describe, expect, it } from 'vitest';
import { rankIndustries } from './industry-match.js';

describe('rankIndustries', () => {
  const industries = [
    { code: 'new-materials', name: '新材料', description: '碳纤维、高性能纤维及复合材料', keywords: ['碳纤维', '复合材料'] },
    { code: 'health', name: '生命健康', description: '生物医药与医疗器械', keywords: ['生物医药', '医疗器械'] },
  ];

  it('ranks the industry whose words the topic uses first, with the evidence', () => {
    const ranked = rankIndustries(
      {
        terms: [
          { term: '碳纤维', score: 3 },
          { term: '拉伸', score: 1 },
        ],
        documents: [
          { id: 'd1', text: '碳纤维复合材料的拉伸强度' },
          { id: 'd2', text: '树脂基体的固化' },
        ],
      },
      industries,
    );
    expect(ranked[0]).toMatchObject({ code: 'new-materials', documentIds: ['d1'] });
    expect(ranked[0]!.keywords).toEqual(expect.arrayContaining(['碳纤维', '复合材料']));
    expect(ranked[0]!.score).toBeCloseTo(0.5 * 0.75 + 0.5 * 0.5, 6);
    expect(ranked.find((c) => c.code === 'health')).toBeUndefined();
  });

  it('finds nothing for a topic with no industry words', () => {
    expect(rankIndustries({ terms: [{ term: '唐诗', score: 1 }], documents: [{ id: 'd', text: '唐诗的格律' }] }, industries)).toEqual([]);
  });
});
