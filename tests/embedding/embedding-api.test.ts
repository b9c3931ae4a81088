import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig, type Config } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { createDocuments, disciplineDocuments } from '../support/documents.js';
import { freePort } from '../support/global-setup.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { graphql, listen } from '../support/http.js';
import { typed } from '../gql/index.js';
import type { EmbeddingJobFieldsFragment } from '../gql/graphql.js';

/** Embedding jobs and semantic search over GraphQL: real model, real Neo4j, real HTTP. */

const JOB = typed(`
  query EmbeddingJobById($id: ID!) {
    embeddingJob(id: $id) {
      ...EmbeddingJobFields
    }
  }

  fragment EmbeddingJobFields on EmbeddingJob {
    id
    state
    modelId
    total
    done
    cached
    finishedAt
    error
  }
`);

const JOBS = typed(`
  query EmbeddingJobList {
    embeddingJobs {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const EMBED = typed(`
  mutation EmbeddingEmbed($ids: [ID!]) {
    embedDocuments(ids: $ids) {
      id
      state
      modelId
      total
      done
      cached
      finishedAt
      error
    }
  }
`);

const SEMANTIC = typed(`
  query EmbeddingSemanticSearch($query: String!, $first: Int) {
    semanticSearch(query: $query, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          documentId
          title
          score
        }
      }
    }
  }
`);

const SEARCH = typed(`
  query EmbeddingDocumentSearch($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {
    searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) {
      mode
      totalCount
      edges {
        score
        node {
          id
        }
      }
    }
  }
`);

// The fixture records are embedded once (beforeAll) by a service of their own and only read by the
// tests; the tests that count jobs get an app of their own, whose service has none yet.
describe('embeddings over GraphQL', () => {
  let config: Config;
  let graph: Graph;
  let service: EmbeddingService;
  let server: Awaited<ReturnType<typeof listen>>;
  let bare: Awaited<ReturnType<typeof listen>>;

  const appOptions = () => ({
    graph,
    log: createLogger({ logLevel: 'silent' }),
    serviceVersion: 'test',
    webDist: path.join(config.projectRoot, 'web', 'dist'),
    graphiql: false,
  });

  /** An app with an embedding service of its own (no jobs yet). */
  async function freshApp() {
    const own = new EmbeddingService(graph, config);
    const app = await listen(createApp({ ...appOptions(), services: { embedding: own } }).app);
    return {
      url: app.url,
      close: async () => {
        await app.close();
        await own.close();
      },
    };
  }

  beforeAll(async () => {
    config = loadConfig({ HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    graph = testGraph();
    await resetGraph(graph);
    await createDocuments(graph, [
      ...disciplineDocuments('materials', ['材料科学与工程'], 6),
      ...disciplineDocuments('medicine', ['基础医学/临床医学', '药学'], 3),
    ]);
    service = new EmbeddingService(graph, config);
    await service.embedDocuments().done;
    server = await listen(createApp({ ...appOptions(), services: { embedding: service } }).app);
    bare = await listen(createApp(appOptions()).app);
  });
  afterAll(async () => {
    await server?.close();
    await bare?.close();
    await service?.close();
    await graph?.close();
  });

  async function waitForJob(url: string, id: string): Promise<EmbeddingJobFieldsFragment> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { data } = await graphql(url, JOB, { id });
      if (data!.embeddingJob!.state !== 'RUNNING') return data!.embeddingJob!;
      await sleep(100);
    }
    throw new Error('the embedding job did not finish');
  }

  it('embedDocuments is for librarians: visitors are asked to sign in, readers are refused, no job starts', async () => {
    const app = await freshApp();
    try {
      const reader = await signedInClient(graph, app.url, 'READER');
      for (const [client, code] of [
        [new Client(app.url), 'UNAUTHENTICATED'],
        [reader, 'FORBIDDEN'],
      ] as const) {
        expect(codeOf(await client.gql(EMBED, {}))).toBe(code);
      }
      const { data } = await graphql(app.url, JOBS, {});
      expect(data!.embeddingJobs.edges).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('embedDocuments starts a job whose status can be polled to the end', async () => {
    const app = await freshApp();
    const fresh = disciplineDocuments(`fresh${randomUUID().slice(0, 8)}`, ['材料科学与工程', '基础医学/临床医学', '药学'], 4);
    await createDocuments(graph, fresh);
    try {
      const librarian = await signedInClient(graph, app.url, 'LIBRARIAN');
      const { data, errors } = await librarian.gql(EMBED, { ids: fresh.map((d) => d.id) });
      expect(errors).toBeUndefined();
      expect(data!.embedDocuments).toMatchObject({ state: 'RUNNING', modelId: 'BAAI/bge-small-zh-v1.5@onnx-fp32', finishedAt: null });
      const finished = await waitForJob(app.url, data!.embedDocuments.id);
      expect(finished).toMatchObject({ state: 'DONE', total: 12, done: 12, cached: 0, error: null });
      expect(finished.finishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

      const again = await librarian.gql(EMBED, { ids: ['materials-0', 'nobody'] });
      expect(await waitForJob(app.url, again.data!.embedDocuments.id)).toMatchObject({ state: 'DONE', total: 1, done: 1, cached: 1 });
      const { data: list } = await graphql(app.url, JOBS, {});
      expect(list!.embeddingJobs.edges.map((edge) => edge.node.id)).toEqual([again.data!.embedDocuments.id, data!.embedDocuments.id]);
      expect(list!.embeddingJobs.totalCount).toBe(2);
    } finally {
      await graph.write('MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d', { ids: fresh.map((d) => d.id) });
      await app.close();
    }
  });

  it('semanticSearch answers with the nearest records, materials first for 碳纤维', async () => {
    const { data, errors } = await graphql(server.url, SEMANTIC, { query: '碳纤维复合材料的力学性能', first: 4 });
    expect(errors).toBeUndefined();
    const hits = data!.semanticSearch.edges.map((edge) => edge.node);
    expect(hits).toHaveLength(4);
    expect(hits.slice(0, 2).map((hit) => hit.documentId.split('-')[0])).toEqual(['materials', 'materials']);
    expect(hits[0]!.title.length).toBeGreaterThan(0);
    expect(data!.semanticSearch.pageInfo.hasNextPage).toBe(true);
  });

  it('searchDocuments ranks by meaning (SEMANTIC) and fuses with full text (HYBRID), filters applied', async () => {
    for (const mode of ['SEMANTIC', 'HYBRID'] as const) {
      const { data, errors } = await graphql(server.url, SEARCH, { q: '碳纤维复合材料的力学性能', mode });
      expect(errors).toBeUndefined();
      expect(data!.searchDocuments.mode).toBe(mode);
      expect(data!.searchDocuments.edges.slice(0, 2).map((edge) => edge.node.id.split('-')[0])).toEqual(['materials', 'materials']);
      const scores = data!.searchDocuments.edges.map((edge) => edge.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    // The fixture records carry no year: a year filter leaves none of the nearest.
    const filtered = await graphql(server.url, SEARCH, { q: '碳纤维', mode: 'SEMANTIC', filter: { yearFrom: 2000 } });
    expect(filtered.data!.searchDocuments).toMatchObject({ totalCount: 0, edges: [] });
    const bareSearch = await graphql(bare.url, SEARCH, { q: '碳纤维', mode: 'SEMANTIC' });
    expect(bareSearch.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
  });

  it('rejects an empty query or a bad page size, and answers UNAVAILABLE without the service', async () => {
    const empty = await graphql(server.url, SEMANTIC, { query: '  ' });
    expect(empty.errors![0]).toMatchObject({ message: 'the query is empty', extensions: { code: 'VALIDATION' } });
    const tooMany = await graphql(server.url, SEMANTIC, { query: '碳纤维', first: 1000 });
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION');
    const unknown = await graphql(server.url, JOB, { id: 'nope' });
    expect(unknown.data!.embeddingJob).toBeNull();
    const missing = await graphql(bare.url, JOBS, {});
    expect(missing.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
  });
});
