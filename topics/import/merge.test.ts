import { describe, expect, it } from 'vitest';
import { dedupeWithin } from './dedupe.js';
import { mergeRecords } from './merge.js';
import type { LiteratureRecord } from './types.js';

const record = (fields: Partial<LiteratureRecord>): LiteratureRecord => ({
  sourceId: '1',
  title: '海洋牧场建设的生态效应评估',
  keywords: [],
  authors: ['陈明'],
  type: 'article',
  line: 1,
  ...fields,
});

describe('mergeRecords', () => {
  it('fills what the first copy lacks, takes the longer abstract and author list, and unites the keywords', () => {
    const first = record({ keywords: ['海洋牧场', '评估'], abstract: '构建指标体系。', pages: '61', year: 2019 });
    const second = record({
      sourceId: '9',
      line: 20,
      keywords: ['评估', '生态效应'],
      abstract: '构建海洋牧场生态效应评估指标体系，并以舟山海域为例进行评估。',
      authors: ['陈明', '赵红'],
      pages: '61-66',
      doi: '10.3969/j.issn.1005-9857.2019.05.012',
      year: 2020,
      type: 'other',
    });
    const { record: merged, fields } = mergeRecords(first, second);
    expect(merged).toMatchObject({
      sourceId: '1',
      line: 1,
      keywords: ['海洋牧场', '评估', '生态效应'],
      abstract: '构建海洋牧场生态效应评估指标体系，并以舟山海域为例进行评估。',
      authors: ['陈明', '赵红'],
      pages: '61-66',
      doi: '10.3969/j.issn.1005-9857.2019.05.012',
      year: 2019,
      type: 'article',
    });
    expect(fields).toEqual(['authors', 'pages', 'doi', 'keywords', 'abstract']);
  });

  it('keeps the first title unless the other one extends it with a subtitle', () => {
    expect(mergeRecords(record({}), record({ title: '海洋牧场建设的生态效应评估——以舟山为例' })).record.title).toBe(
      '海洋牧场建设的生态效应评估——以舟山为例',
    );
    expect(mergeRecords(record({}), record({ title: '海洋牧场建设的生态效应评估研究综述与展望' })).record.title).toBe(
      '海洋牧场建设的生态效应评估研究综述与展望',
    );
    expect(mergeRecords(record({ title: '生态效应评估' }), record({ title: '海洋牧场的生态效应' })).fields).toEqual([]);
  });
});

describe('dedupeWithin', () => {
  it('keeps one record per work, the best of its copies, and says what each copy brought', () => {
    const a = record({ line: 1, keywords: ['海洋牧场'] });
    const b = record({ line: 10, sourceId: '2', title: '另一篇文章' });
    const c = record({ line: 20, sourceId: '3', keywords: ['生态效应'], doi: '10.1/x' });
    const d = record({ line: 30, sourceId: '4', title: '题名不同但 DOI 相同', doi: '10.1/x', abstract: '摘要。' });
    const { unique, duplicates } = dedupeWithin([a, b, c, d]);
    expect(unique.map((r) => r.line)).toEqual([1, 10]);
    expect(unique[0]).toMatchObject({ keywords: ['海洋牧场', '生态效应'], doi: '10.1/x', abstract: '摘要。' });
    expect(duplicates.map(({ record: r, of, matchedBy, merged }) => [r.line, of.line, matchedBy, merged])).toEqual([
      [20, 1, 'title', ['doi', 'keywords']],
      [30, 1, 'doi', ['abstract']],
    ]);
  });

  it('reports an exact copy with nothing merged', () => {
    const { unique, duplicates } = dedupeWithin([record({}), record({ line: 5 })]);
    expect(unique).toHaveLength(1);
    expect(duplicates[0]!.merged).toEqual([]);
  });
});
