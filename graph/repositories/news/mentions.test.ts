import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../../tests/support/graph.js';
import type { NewsDraft } from '../../../domain/news/types.js';
import { CLI_ACTOR } from '../../../domain/account/access.js';
import { linkEntities, unlinkEntities } from '../../../services/entity/links.js';
import type { Graph } from '../../driver.js';
import { createRepositories, type Repositories } from '../index.js';

/** A changed news item rewrites the crawler's mentions only: a librarian's stay, and one a librarian removed is not found again. */

describe('news mentions across recrawls', () => {
  let graph: Graph;
  let repos: Repositories;
  const draft = (text: string): NewsDraft => ({
    guid: 'g-1',
    url: 'https://news.example/1',
    title: '嘉兴科技城企业融资',
    summary: '',
    text,
    html: '',
    publishedAt: null,
    author: null,
  });
  const save = (text: string, mentionIds: string[]) =>
    graph.writeTx((tx) =>
      repos.news.saveMany(tx, [
        {
          id: 'news-1',
          draft: draft(text),
          contentHash: text,
          sourceId: 'src',
          regionCode: '330400',
          level: '嘉兴市',
          industryCodes: [],
          mentionIds,
        },
      ]),
    );
  const mentioned = async () => ((await repos.news.mentionsOf(['news-1']))[0] ?? []).map((m) => m.id).sort();

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await resetGraph(graph);
    await graph.write(
      `CREATE (:Organization {id: 'org-a', name: '甲公司', version: 1, deleted: false}), (:Organization {id: 'org-b', name: '乙公司', version: 1, deleted: false}),
              (:Policy {id: 'policy-1', title: '人才政策', version: 1, deleted: false})`,
    );
  });
  afterAll(async () => {
    await graph.close();
  });

  it('keeps a librarian’s mention and does not bring back one a librarian removed', async () => {
    expect(await save('第一版', ['org-a', 'org-b'])).toEqual(['new']);
    expect(await mentioned()).toEqual(['org-a', 'org-b']);
    await linkEntities(repos, CLI_ACTOR, { fromId: 'news-1', type: 'MENTIONS', toId: 'policy-1' });
    await unlinkEntities(repos, CLI_ACTOR, { fromId: 'news-1', type: 'MENTIONS', toId: 'org-b' });
    expect(await mentioned()).toEqual(['org-a', 'policy-1']);

    // The item changes; the crawler still finds both organisations in it.
    expect(await save('第二版', ['org-a', 'org-b'])).toEqual(['updated']);
    expect(await mentioned()).toEqual(['org-a', 'policy-1']);
    const rels = await graph.read<{ id: string; origin: string; deleted: boolean }>(
      "MATCH (:NewsItem {id: 'news-1'})-[r:MENTIONS]->(m) RETURN m.id AS id, r.origin AS origin, r.deleted AS deleted ORDER BY id",
    );
    expect(rels).toEqual([
      { id: 'org-a', origin: 'crawler', deleted: false },
      { id: 'org-b', origin: 'crawler', deleted: true },
      { id: 'policy-1', origin: 'librarian', deleted: false },
    ]);
    // A mention the crawler no longer finds goes; the librarian's stays.
    expect(await save('第三版', [])).toEqual(['updated']);
    expect(await mentioned()).toEqual(['policy-1']);
  });
});
