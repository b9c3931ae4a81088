import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories, type Repositories } from '../../graph/repositories/index.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { addThemeDocuments, FIXTURE_MODEL } from '../support/topic-fixture.js';
import { TopicService } from '../../services/topic/topic-service.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { graphql, listen } from '../support/http.js';

/** Topics end to end: fixture documents in the real Neo4j, a rebuild, GraphQL over real HTTP. */

interface TopicView {
  id: string;
  label: string;
  labelSource: string;
  outlier: boolean;
  size: number;
  keywords: { term: string }[];
  representativeDocuments: { id: string; title: string }[];
  trend: { year: number; count: number }[];
  industry: { code: string } | null;
  mappingStatus: string;
  industryCandidates: { industry: { code: string; name: string }; score: number; keywords: string[]; documents: { id: string }[] }[];
  documents: { total: number; items: { id: string }[] };
}

const TOPIC_FIELDS = `id label labelSource outlier size keywords { term } representativeDocuments { id title } trend { year count }
  industry { code } mappingStatus industryCandidates { industry { code name } score keywords documents { id } }
  documents(offset: 0, limit: 3) { total items { id } }`;

describe('topics over GraphQL', { timeout: 180_000 }, () => {
  const config = loadConfig({});
  let graph: Graph;
  let repos: Repositories;
  let server: Awaited<ReturnType<typeof listen>>;
  let librarian: Client;
  const settings = { config: { seed: 42, count: 3, minTopicSize: 5, industryThreshold: 0.3 }, embeddingModel: FIXTURE_MODEL };

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
    for (const theme of ['materials', 'medicine', 'agriculture'] as const) await addThemeDocuments(graph, repos, theme, 0, 12);
    await addThemeDocuments(graph, repos, 'stray', 0, 1);
    await new TopicService(repos, settings.config, settings.embeddingModel).rebuild();
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
      services: { topicSettings: settings },
    });
    server = await listen(app);
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  const topics = async () => {
    const { data, errors } = await graphql<{ topics: TopicView[] }>(server.url, `{ topics { ${TOPIC_FIELDS} } }`);
    expect(errors).toBeUndefined();
    return data!.topics;
  };

  it('lists topics with labels, representatives, trends, industry evidence and 未归类 last', async () => {
    const list = await topics();
    expect(list).toHaveLength(4);
    expect(list.at(-1)).toMatchObject({ label: '未归类', outlier: true, size: 1 });
    const materials = list.find((t) => t.keywords.some((k) => k.term === '碳纤维'))!;
    expect(materials.representativeDocuments).toHaveLength(5);
    expect(materials.representativeDocuments[0]!.title).toMatch(/^碳纤维复合材料/);
    expect(materials.documents).toMatchObject({ total: 12 });
    expect(materials.documents.items).toHaveLength(3);
    expect(materials.trend.reduce((sum, p) => sum + p.count, 0)).toBe(12);
    expect(materials.mappingStatus).toBe('AUTO');
    expect(materials.industryCandidates[0]!.industry.code).toBe(materials.industry!.code);
    expect(materials.industryCandidates[0]!.documents.length).toBeGreaterThan(0);

    const { data } = await graphql<{ topicReviewQueue: { id: string; mappingStatus: string }[] }>(
      server.url,
      `
        {
          topicReviewQueue {
            id
            mappingStatus
          }
        }
      `,
    );
    expect(data!.topicReviewQueue.length).toBeGreaterThan(0);
    expect(data!.topicReviewQueue.every((t) => t.mappingStatus === 'REVIEW')).toBe(true);
  });

  it('lets only librarians decide: visitors are asked to sign in, readers are refused, nothing changes', async () => {
    const before = await topics();
    const target = before[0]!;
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      const renamed = await client.gql(`mutation($id: ID!) { renameTopic(id: $id, label: "改名") { id } }`, { id: target.id });
      expect(codeOf(renamed)).toBe(code);
      const mapped = await client.gql(`mutation($id: ID!) { mapTopic(id: $id, industry: "jx-biomanufacturing") { id } }`, {
        id: target.id,
      });
      expect(codeOf(mapped)).toBe(code);
      const merged = await client.gql(`mutation($a: ID!, $b: ID!) { mergeTopics(source: $a, target: $b) { id } }`, {
        a: before[1]!.id,
        b: target.id,
      });
      expect(codeOf(merged)).toBe(code);
      const split = await client.gql(`mutation($id: ID!) { splitTopic(id: $id, documentIds: [], label: "x") { id } }`, { id: target.id });
      expect(codeOf(split)).toBe(code);
    }
    expect(await topics()).toEqual(before);
  });

  it('renames and maps a topic, and the topics of an industry include it', async () => {
    const agriculture = (await topics()).find((t) => t.keywords.some((k) => k.term === '水稻'))!;
    const renamed = await librarian.gql<{ renameTopic: { label: string; labelSource: string } }>(
      `mutation($id: ID!) { renameTopic(id: $id, label: "水稻栽培") { label labelSource } }`,
      { id: agriculture.id },
    );
    expect(renamed.data!.renameTopic).toEqual({ label: '水稻栽培', labelSource: 'LIBRARIAN' });
    const mapped = await librarian.gql<{ mapTopic: { industry: { code: string }; mappingStatus: string } }>(
      `mutation($id: ID!) { mapTopic(id: $id, industry: "jx-biomanufacturing") { industry { code } mappingStatus } }`,
      { id: agriculture.id },
    );
    expect(mapped.data!.mapTopic).toEqual({ industry: { code: 'jx-biomanufacturing' }, mappingStatus: 'LIBRARIAN' });
    const { data } = await graphql<{ topics: { id: string }[] }>(
      server.url,
      `
        {
          topics(industry: "jx-biomanufacturing") {
            id
          }
        }
      `,
    );
    expect(data!.topics.map((t) => t.id)).toEqual([agriculture.id]);
  });

  it('answers typed errors for unknown topics, industries and empty labels', async () => {
    const unknown = await librarian.gql(`mutation { renameTopic(id: "topic-nope", label: "x") { id } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const any = (await topics())[0]!;
    const empty = await librarian.gql(`mutation($id: ID!) { renameTopic(id: $id, label: " ") { id } }`, { id: any.id });
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const industry = await librarian.gql(`mutation($id: ID!) { mapTopic(id: $id, industry: "jx-nope") { id } }`, { id: any.id });
    expect(industry.errors?.[0]).toMatchObject({ message: 'unknown industry jx-nope', extensions: { code: 'VALIDATION' } });
    const { data } = await graphql<{ topic: null }>(
      server.url,
      `
        {
          topic(id: "topic-nope") {
            id
          }
        }
      `,
    );
    expect(data!.topic).toBeNull();
  });
});
