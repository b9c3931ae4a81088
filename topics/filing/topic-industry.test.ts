import { describe, expect, it } from 'vitest';
import { topicIndustries } from './topic-industry.js';

const parentOf = new Map<string, string | null>([
  ['materials', null],
  ['frontier', 'materials'],
  ['fibre', 'materials'],
  ['health', null],
]);
const filed = (documentId: string, ...codes: string[]) => ({
  documentId,
  filings: codes.map((industryCode, i) => ({ industryCode, score: 1 - i / 10, evidence: [`${industryCode}-word`] })),
});

describe('topicIndustries', () => {
  it('counts sub-industries for their parents and keeps the specific one where it holds nearly all', () => {
    const { candidates, outsideShare } = topicIndustries(
      [filed('a', 'frontier'), filed('b', 'frontier'), filed('c', 'frontier'), filed('d', 'fibre'), filed('e')],
      parentOf,
    );
    expect(candidates.map((c) => [c.code, c.share])).toEqual([
      ['materials', 0.8],
      ['frontier', 0.6],
      ['fibre', 0.2],
    ]);
    expect(candidates[0]!.keywords).toEqual(['frontier-word', 'fibre-word']);
    expect(outsideShare).toBe(0.2);
    const specific = topicIndustries([filed('a', 'frontier'), filed('b', 'frontier')], parentOf);
    expect(specific.candidates[0]).toMatchObject({ code: 'frontier', share: 1, documentIds: ['a', 'b'] });
  });

  it('reports a topic whose documents are outside every industry', () => {
    expect(topicIndustries([filed('a'), filed('b'), filed('c', 'health')], parentOf)).toMatchObject({ outsideShare: 2 / 3 });
  });
});
