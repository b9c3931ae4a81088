import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../../tests/support/graph.js';
import type { NewsSaveInput } from '../../../domain/news/types.js';
import type { Graph } from '../../driver.js';
import { createRepositories, type Repositories } from '../index.js';

/** A batch of new and changed items: each linked to its own source, region and industries, never twice. */

describe('NewsRepository.saveMany links', () => {
  let graph: Graph;
  let repos: Repositories;
  const run = randomUUID().slice(0, 8);
  const key = (name: string) => `${name}-${run}`;
  const item = (n: number, sourceId: string, industryCodes: string[], text = '正文'): NewsSaveInput => ({
    id: key(`news-${n}`),
    draft: {
      guid: `g-${run}-${n}`,
      url: `https://news.example/${run}/${n}`,
      title: `标题 ${n}`,
      summary: '',
      text,
      html: '',
      publishedAt: null,
      author: null,
    },
    contentHash: text,
    sourceId,
    regionCode: key('region'),
    level: '嘉兴市',
    industryCodes,
    mentionIds: [],
  });
  const links = async (n: number) =>
    (
      await graph.read<{ type: string; to: string }>(
        `MATCH (:NewsItem {id: $id})-[r:FROM_SOURCE|IN_REGION|CONCERNS]->(m) RETURN type(r) AS type, coalesce(m.id, m.code) AS to ORDER BY type, to`,
        { id: key(`news-${n}`) },
      )
    ).map((r) => `${r.type} ${r.to.replace(`-${run}`, '')}`);

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await graph.write(
      `CREATE (:Source {id: $a}), (:Source {id: $b}), (:Region {code: $region}), (:Industry {code: $x}), (:Industry {code: $y})`,
      { a: key('src-a'), b: key('src-b'), region: key('region'), x: key('ind-x'), y: key('ind-y') },
    );
  });
  afterAll(async () => {
    await graph.close();
  });

  it('links new items to their source, region and known industries, and replaces them when an item changes', async () => {
    const first = [
      item(1, key('src-a'), [key('ind-x'), key('ind-y')]),
      item(2, key('src-b'), [key('ind-y'), key('ind-unknown')]),
      item(3, key('src-unknown'), []),
    ];
    expect(await graph.writeTx((tx) => repos.news.saveMany(tx, first))).toEqual(['new', 'new', 'new']);
    expect(await links(1)).toEqual(['CONCERNS ind-x', 'CONCERNS ind-y', 'FROM_SOURCE src-a', 'IN_REGION region']);
    expect(await links(2)).toEqual(['CONCERNS ind-y', 'FROM_SOURCE src-b', 'IN_REGION region']);
    expect(await links(3)).toEqual(['IN_REGION region']);

    const second = [
      item(1, key('src-a'), [key('ind-y')], '改过的正文'),
      item(2, key('src-b'), [key('ind-y'), key('ind-unknown')]),
      item(4, key('src-a'), [key('ind-x')]),
    ];
    expect(await graph.writeTx((tx) => repos.news.saveMany(tx, second))).toEqual(['updated', 'unchanged', 'new']);
    expect(await links(1)).toEqual(['CONCERNS ind-y', 'FROM_SOURCE src-a', 'IN_REGION region']);
    expect(await links(2)).toEqual(['CONCERNS ind-y', 'FROM_SOURCE src-b', 'IN_REGION region']);
    expect(await links(4)).toEqual(['CONCERNS ind-x', 'FROM_SOURCE src-a', 'IN_REGION region']);
  });
});
