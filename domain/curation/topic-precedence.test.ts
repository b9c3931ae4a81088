import { describe, expect, it } from 'vitest';
import { proposedTopicMapping, rebuiltLabel, rebuiltMapping } from './topic-precedence.js';

describe('topic precedence', () => {
  it('keeps a label a librarian gave and refreshes an automatic one', () => {
    expect(rebuiltLabel({ label: '水稻栽培', labelSource: 'LIBRARIAN' }, '水稻 · 品种')).toEqual({
      label: '水稻栽培',
      labelSource: 'LIBRARIAN',
    });
    expect(rebuiltLabel({ label: '旧标签', labelSource: 'AUTO' }, '水稻 · 品种')).toEqual({ label: '水稻 · 品种', labelSource: 'AUTO' });
  });

  it('labels a new topic automatically', () => {
    expect(rebuiltLabel(null, '碳纤维 · 复合材料')).toEqual({ label: '碳纤维 · 复合材料', labelSource: 'AUTO' });
  });

  it('proposes the industry holding enough of the documents, outside for a topic of documents outside, else a review', () => {
    expect(proposedTopicMapping({ code: 'jx-new-materials', share: 0.3 }, 0.1, { share: 0.3, outside: 0.5, purity: 0 })).toEqual({
      industryCode: 'jx-new-materials',
      score: 0.3,
      status: 'AUTO',
    });
    expect(proposedTopicMapping({ code: 'jx-new-materials', share: 0.1 }, 0.8, { share: 0.3, outside: 0.5, purity: 0 })).toEqual({
      industryCode: null,
      score: 0.1,
      status: 'AUTO',
    });
    expect(proposedTopicMapping(undefined, 1, { share: 0.3, outside: 0.5, purity: 0 })).toEqual({
      industryCode: null,
      score: 0,
      status: 'AUTO',
    });
    expect(proposedTopicMapping({ code: 'jx-new-materials', share: 0.29 }, 0.2, { share: 0.3, outside: 0.5, purity: 0 })).toEqual({
      industryCode: null,
      score: 0.29,
      status: 'REVIEW',
    });
  });

  it("keeps a librarian's mapping, also to no industry, and takes the clusterer's otherwise", () => {
    const proposed = { industryCode: 'jx-new-materials', score: 0.8, status: 'AUTO' } as const;
    const mapped = { industryCode: 'jx-life-health', score: null, status: 'LIBRARIAN' } as const;
    const none = { industryCode: null, score: null, status: 'LIBRARIAN' } as const;
    expect(rebuiltMapping(mapped, proposed)).toEqual(mapped);
    expect(rebuiltMapping(none, proposed)).toEqual(none);
    expect(rebuiltMapping({ industryCode: null, score: 0.1, status: 'REVIEW' }, proposed)).toEqual(proposed);
    expect(rebuiltMapping({ industryCode: 'jx-life-health', score: 0.5, status: 'AUTO' }, proposed)).toEqual(proposed);
  });
});
