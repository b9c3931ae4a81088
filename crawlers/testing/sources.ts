import type { SourceInput } from '../../domain/source/model.js';

/** A source definition for tests: a feed unless rules are given. */
export function testSource(id: string, url: string, overrides: Partial<SourceInput> = {}): SourceInput {
  return {
    id,
    name: id,
    kind: 'rss',
    url,
    itemType: 'news',
    regionCode: '330400',
    level: '嘉兴市',
    industries: [],
    schedule: '0 */6 * * *',
    rules: null,
    enabled: true,
    covers: `test source ${id}`,
    verified: true,
    ...overrides,
  };
}

export const JIAXING_RULES = {
  listItem: '.zfxxgk_zdgkc li',
  listDate: 'b',
  nextPage: '.page a:contains("下一页")',
  maxPages: 2,
  detail: { title: 'h1.title', content: '#zoom', meta: 'table.xxgk_table' },
};
