import { describe, expect, it } from 'vitest';
import { lexicalMatcher } from './lexical.js';

const industries = [
  { code: 'materials', name: '新材料', keywords: ['碳纤维', '碳纤维复合材料', '复合材料', 'IGBT'] },
  { code: 'health', name: '生命健康', keywords: ['医疗器械', '高血压'] },
];
const match = lexicalMatcher(industries);

describe('lexicalMatcher', () => {
  it('finds every term a text contains, overlapping ones too, own keywords counted first and twice', () => {
    const [materials, ...rest] = match({ text: '一种碳纤维复合材料的界面研究', keywords: ['IGBT模块'] });
    expect(rest).toEqual([]);
    expect(materials).toMatchObject({ code: 'materials', evidence: ['igbt', '碳纤维', '碳纤维复合材料', '复合材料'] });
    expect(materials!.score).toBeCloseTo(1 - Math.exp(-(2 * 1 + 3) / 2));
  });

  it('matches Latin terms as whole words only, and nothing in a text without terms', () => {
    expect(match({ text: 'IGBTX 器件', keywords: [] })).toEqual([]);
    expect(match({ text: '老年高血压与医疗器械', keywords: [] }).map((e) => [e.code, e.evidence])).toEqual([
      ['health', ['医疗器械', '高血压']],
    ]);
  });

  it('finds a term in the record’s keywords only within one keyword, never across two', () => {
    const [materials] = match({ text: '', keywords: ['碳纤', '维复合', 'IGBT'] });
    expect(materials).toMatchObject({ code: 'materials', evidence: ['igbt'] });
    expect(match({ text: '', keywords: ['医疗', '器械'] })).toEqual([]);
  });
});
