import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { hotTopicClusters } from '../../services/trend/hot-topics.js';
import { NewsTopicAssigner } from '../../services/trend/news-topics.js';
import { Client, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { buildNewsItem } from '../support/factories/news.js';
import { freePort } from '../support/global-setup.js';
import { typed } from '../gql/index.js';

/**
 * Hot topics by meaning with the real model: news items embedded with the documents' model and
 * assigned to the nearest of two topics (centroids embedded from their subjects), off-topic news
 * to none; a planted burst of one topic's news in the last week is hot, the other topic's steady
 * news is not; the cost is bounded per round.
 */

const NOW = Date.UTC(2026, 11, 1, 4);
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

const HOT = typed(`
  query TrendTopicBursts($code: ID!) {
    hotTopics(source: TOPICS, window: WEEK) {
      term
      count
      topic {
        id
        label
      }
    }
    industryLibrary(code: $code) {
      hotTopics(source: TOPICS) {
        topic {
          id
        }
        mentions {
          id
        }
      }
    }
  }
`);

describe('hot topics from embedded news', { timeout: 300_000 }, () => {
  let graph: Graph;
  let embedding: EmbeddingService;
  let server: Awaited<ReturnType<typeof startApp>>;
  const burst: string[] = [];
  const offTopic: string[] = [];

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    embedding = new EmbeddingService(graph, loadConfig({ HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` }));
    const [perovskite, battery] = await embedding.embedPassages([
      '钙钛矿太阳能电池的光电转换效率与稳定性',
      '新能源汽车动力锂电池的续航与安全',
    ]);
    await graph.write(
      `UNWIND $topics AS t
       CREATE (:Topic {id: t.id, label: t.label, centroid: t.centroid, threshold: 0.3, retired: false, outlier: false, industryCode: t.industry})`,
      {
        topics: [
          { id: 'topic-perovskite', label: '钙钛矿太阳能电池', centroid: Array.from(perovskite!), industry: 'jx-smart-pv' },
          { id: 'topic-battery', label: '动力锂电池', centroid: Array.from(battery!), industry: 'jx-nev' },
        ],
      },
    );
    server = await startApp(graph, { services: { clock: () => new Date(NOW) } });
    // The battery topic: one item a month all year, one this week. The perovskite topic: one item in the spring, five this week.
    for (let month = 1; month <= 11; month++)
      await buildNewsItem(graph, {
        title: `动力电池企业扩产 第${month}期`,
        summary: '新能源汽车锂电池产能与续航',
        publishedAt: at(month * 30),
      });
    await buildNewsItem(graph, { title: '动力锂电池安全新标准发布', summary: '电动汽车电池热失控防护', publishedAt: at(2) });
    await buildNewsItem(graph, { title: '钙钛矿电池实验室成立', summary: '光伏新材料研究', publishedAt: at(200) });
    const titles = [
      '钙钛矿光伏组件量产',
      '钙钛矿叠层电池效率创新高',
      '钙钛矿太阳能电池稳定性突破',
      '海宁钙钛矿项目签约',
      '钙钛矿电池中试线投产',
    ];
    for (const [i, title] of titles.entries())
      burst.push((await buildNewsItem(graph, { title, summary: '钙钛矿太阳能电池光电转换效率', publishedAt: at(i + 1) })).id);
    for (const title of ['南湖区举办马拉松比赛', '嘉兴粽子文化节开幕'])
      offTopic.push((await buildNewsItem(graph, { title, summary: '市民踊跃参加', publishedAt: at(3) })).id);
  });
  afterAll(async () => {
    await server?.close();
    await embedding?.close();
    await graph?.close();
  });

  it('embeds at most a round of news at a time, assigns each to its topic or to none', async () => {
    const repos = createRepositories(graph);
    const assigner = new NewsTopicAssigner(repos, embedding, { clock: () => new Date(NOW), perRound: 10 });
    expect(await assigner.embedPending()).toMatchObject({ embedded: 10 });
    let more = await assigner.embedPending();
    expect(more.embedded).toBe(10);
    more = await assigner.embedPending();
    expect(more.embedded).toBe(0);
    const topics = await graph.read<{ id: string; topic: string | null }>(
      'MATCH (n:NewsItem) OPTIONAL MATCH (n)-[:ABOUT_TOPIC]->(t:Topic) RETURN n.id AS id, t.id AS topic',
    );
    const topicOf = new Map(topics.map((row) => [row.id, row.topic]));
    expect(burst.map((id) => topicOf.get(id))).toEqual(burst.map(() => 'topic-perovskite'));
    expect(offTopic.map((id) => topicOf.get(id))).toEqual([null, null]);
    expect([...topicOf.values()].filter((t) => t === 'topic-battery')).toHaveLength(12);
  });

  it('finds the planted topic burst, per industry and overall, and not the steady topic', async () => {
    const hot = await hotTopicClusters(createRepositories(graph), { industryCode: null, window: 'WEEK', now: NOW, limit: 10 });
    expect(hot.map((h) => h.topicId)).toEqual(['topic-perovskite']);
    expect(hot[0]).toMatchObject({ term: '钙钛矿太阳能电池', count: 5 });
    const { data, errors } = await new Client(server.url).gql(HOT, { code: 'jx-new-energy' });
    expect(errors).toBeUndefined();
    expect(data!.hotTopics).toEqual([{ term: '钙钛矿太阳能电池', count: 5, topic: { id: 'topic-perovskite', label: '钙钛矿太阳能电池' } }]);
    expect(data!.industryLibrary!.hotTopics!.map((h) => h.topic?.id)).toEqual(['topic-perovskite']);
    expect(data!.industryLibrary!.hotTopics![0]!.mentions.map((m) => m.id).sort()).toEqual([...burst].sort());
    const other = await new Client(server.url).gql(HOT, { code: 'jx-life-health' });
    expect(other.data!.industryLibrary!.hotTopics).toEqual([]);
  });
});
