import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { buildTopicLibrary, TOPIC_SETTINGS, topicWith } from '../support/factories/topic.js';
import { graphql, listen } from '../support/http.js';
import { typed } from '../gql/index.js';

/** Topics end to end: fixture documents in the real Neo4j, a rebuild, GraphQL over real HTTP. */

const TOPICS = typed(`
  query TopicList($industry: String) {
    topics(industry: $industry) {
      edges {
        node {
          id
          label
          labelSource
          outlier
          size
          keywords {
            term
          }
          representativeDocuments {
            id
            title
          }
          trend {
            year
            count
          }
          industry {
            code
          }
          mappingStatus
          industryCandidates {
            industry {
              code
              name
            }
            score
            keywords
            documents {
              id
            }
          }
          documents(first: 3) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const TOPIC_IDS = typed(`
  query TopicIdsOfIndustry($industry: String) {
    topics(industry: $industry) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ORDERED_TOPICS = typed(`
  query TopicOrdered($orderBy: TopicOrder, $first: Int, $after: String) {
    topics(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

const REVIEW_QUEUE = typed(`
  query TopicReviewList {
    topicReviewQueue {
      edges {
        node {
          id
          mappingStatus
        }
      }
    }
  }
`);

const TOPIC = typed(`
  query TopicById($id: ID!) {
    topic(id: $id) {
      id
    }
  }
`);

const RENAME = typed(`
  mutation TopicRename($id: ID!, $label: String!) {
    renameTopic(id: $id, label: $label) {
      id
      label
      labelSource
    }
  }
`);

const MAP = typed(`
  mutation TopicMap($id: ID!, $industry: String) {
    mapTopic(id: $id, industry: $industry) {
      id
      industry {
        code
      }
      mappingStatus
    }
  }
`);

const MERGE = typed(`
  mutation TopicMerge($source: ID!, $target: ID!) {
    mergeTopics(source: $source, target: $target) {
      id
    }
  }
`);

const SPLIT = typed(`
  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {
    splitTopic(id: $id, documentIds: $documentIds, label: $label) {
      id
    }
  }
`);

const TOPIC_DOCUMENTS = typed(`
  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {
    topic(id: $id) {
      documents(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

// Every test builds its own topic library on an emptied graph (a rebuild clusters every embedded document).
describe('topics over GraphQL', { timeout: 180_000 }, () => {
  const config = loadConfig({});
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
      services: { topicSettings: TOPIC_SETTINGS },
    });
    server = await listen(app);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await buildTopicLibrary(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  const topics = async () => {
    const { data, errors } = await graphql(server.url, TOPICS, {});
    expect(errors).toBeUndefined();
    return data!.topics.edges.map((e) => e.node);
  };

  it('lists topics with labels, representatives, trends, industry evidence and 未归类 last', async () => {
    const list = await topics();
    expect(list).toHaveLength(4);
    expect(list.at(-1)).toMatchObject({ label: '未归类', outlier: true, size: 1 });
    const materials = topicWith(list, '碳纤维');
    expect(materials.representativeDocuments).toHaveLength(5);
    expect(materials.representativeDocuments[0]!.title).toMatch(/^碳纤维复合材料/);
    expect(materials.documents).toMatchObject({ totalCount: 12 });
    expect(materials.documents.edges).toHaveLength(3);
    expect(materials.trend.reduce((sum, p) => sum + p.count, 0)).toBe(12);
    expect(materials.mappingStatus).toBe('AUTO');
    expect(materials.industryCandidates[0]!.industry.code).toBe(materials.industry!.code);
    expect(materials.industryCandidates[0]!.documents.length).toBeGreaterThan(0);

    const { data } = await graphql(server.url, REVIEW_QUEUE, {});
    // Only the uncertain wait: the filed materials topic and the topics outside every industry do not.
    expect(data!.topicReviewQueue.edges.every((e) => e.node.mappingStatus === 'REVIEW')).toBe(true);
    expect(data!.topicReviewQueue.edges.map((e) => e.node.id)).not.toContain(materials.id);
  });

  it('lists filed topics first, then those awaiting review, then those outside every industry, 未归类 last; SIZE by size alone', async () => {
    const list = await topics();
    const materials = topicWith(list, '碳纤维');
    const [review, outside] = list.filter((t) => !t.outlier && t.id !== materials.id).map((t) => t.id);
    const outlier = list.find((t) => t.outlier)!.id;
    // The filed topic the smallest, the one outside every industry the largest: size alone would list it first.
    await graph.write(
      `UNWIND $rows AS row MATCH (t:Topic {id: row.id}) SET t.size = row.size, t.mappingStatus = row.status, t.industryCode = row.industry`,
      {
        rows: [
          { id: materials.id, size: 2, status: 'AUTO', industry: materials.industry!.code },
          { id: review, size: 50, status: 'REVIEW', industry: null },
          { id: outside, size: 100, status: 'AUTO', industry: null },
        ],
      },
    );
    const ids = async (orderBy: 'LIBRARY' | 'SIZE' | undefined) => {
      const { data, errors } = await graphql(server.url, ORDERED_TOPICS, orderBy ? { orderBy } : {});
      expect(errors).toBeUndefined();
      return data!.topics.edges.map((e) => e.node.id);
    };
    expect(await ids(undefined)).toEqual([materials.id, review, outside, outlier]);
    expect(await ids('LIBRARY')).toEqual([materials.id, review, outside, outlier]);
    expect(await ids('SIZE')).toEqual([outside, review, materials.id, outlier]);
    // Pages follow the order.
    const first = await graphql(server.url, ORDERED_TOPICS, { first: 2 });
    const next = await graphql(server.url, ORDERED_TOPICS, { first: 2, after: first.data!.topics.pageInfo.endCursor });
    expect([...first.data!.topics.edges, ...next.data!.topics.edges].map((e) => e.node.id)).toEqual([
      materials.id,
      review,
      outside,
      outlier,
    ]);
  });

  it("pages a topic's documents with cursors, nearest the centre first", async () => {
    const materials = topicWith(await topics(), '碳纤维');
    const first = await graphql(server.url, TOPIC_DOCUMENTS, { id: materials.id, first: 5 });
    const page = first.data!.topic!.documents;
    expect(page).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
    const rest = await graphql(server.url, TOPIC_DOCUMENTS, { id: materials.id, first: 10, after: page.pageInfo.endCursor });
    const next = rest.data!.topic!.documents;
    expect(next.pageInfo.hasNextPage).toBe(false);
    const ids = [...page.edges, ...next.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(12);
    const tooMany = await graphql(server.url, TOPIC_DOCUMENTS, { id: materials.id, first: 101 });
    expect(codeOf(tooMany)).toBe('VALIDATION');
  });

  it('lets only librarians decide: visitors are asked to sign in, readers are refused, nothing changes', async () => {
    const before = await topics();
    const target = before[0]!;
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      const renamed = await client.gql(RENAME, { id: target.id, label: '改名' });
      expect(codeOf(renamed)).toBe(code);
      const mapped = await client.gql(MAP, { id: target.id, industry: 'jx-biomanufacturing' });
      expect(codeOf(mapped)).toBe(code);
      const merged = await client.gql(MERGE, { source: before[1]!.id, target: target.id });
      expect(codeOf(merged)).toBe(code);
      const split = await client.gql(SPLIT, { id: target.id, documentIds: [], label: 'x' });
      expect(codeOf(split)).toBe(code);
    }
    expect(await topics()).toEqual(before);
  });

  it('renames and maps a topic, and the topics of an industry include it', async () => {
    const librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
    const agriculture = topicWith(await topics(), '水稻');
    const renamed = await librarian.gql(RENAME, { id: agriculture.id, label: '水稻栽培' });
    expect(renamed.data!.renameTopic).toEqual({ id: agriculture.id, label: '水稻栽培', labelSource: 'LIBRARIAN' });
    const mapped = await librarian.gql(MAP, { id: agriculture.id, industry: 'jx-biomanufacturing' });
    expect(mapped.data!.mapTopic).toEqual({ id: agriculture.id, industry: { code: 'jx-biomanufacturing' }, mappingStatus: 'LIBRARIAN' });
    const { data } = await graphql(server.url, TOPIC_IDS, { industry: 'jx-biomanufacturing' });
    expect(data!.topics.edges.map((e) => e.node.id)).toEqual([agriculture.id]);
  });

  it('answers typed errors for unknown topics, industries and empty labels', async () => {
    const librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
    const unknown = await librarian.gql(RENAME, { id: 'topic-nope', label: 'x' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const any = (await topics())[0]!;
    const empty = await librarian.gql(RENAME, { id: any.id, label: ' ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const industry = await librarian.gql(MAP, { id: any.id, industry: 'jx-nope' });
    expect(industry.errors?.[0]).toMatchObject({ message: 'unknown industry jx-nope', extensions: { code: 'VALIDATION' } });
    const { data } = await graphql(server.url, TOPIC, { id: 'topic-nope' });
    expect(data!.topic).toBeNull();
  });
});
