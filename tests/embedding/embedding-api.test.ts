import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { createDocuments, disciplineDocuments } from '../support/documents.js';
import { freePort } from '../support/global-setup.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { graphql, listen } from '../support/http.js';

/** Embedding jobs and semantic search over GraphQL: real model, real Neo4j, real HTTP. */

interface Job {
  id: string;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  modelId: string;
  total: number;
  done: number;
  cached: number;
  finishedAt: string | null;
  error: string | null;
}
const JOB_FIELDS = 'id state modelId total done cached finishedAt error';

describe('embeddings over GraphQL', () => {
  let graph: Graph;
  let service: EmbeddingService;
  let server: Awaited<ReturnType<typeof listen>>;
  let bare: Awaited<ReturnType<typeof listen>>;
  let librarian: Client;

  beforeAll(async () => {
    const config = loadConfig({ HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    graph = testGraph();
    await resetGraph(graph);
    await createDocuments(graph, [
      ...disciplineDocuments('materials', ['材料科学与工程'], 6),
      ...disciplineDocuments('medicine', ['基础医学/临床医学', '药学'], 3),
    ]);
    service = new EmbeddingService(graph, config);
    const options = {
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
    };
    server = await listen(createApp({ ...options, services: { embedding: service } }).app);
    bare = await listen(createApp(options).app);
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
  });
  afterAll(async () => {
    await server?.close();
    await bare?.close();
    await service?.close();
    await graph?.close();
  });

  async function waitForJob(id: string): Promise<Job> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { data } = await graphql<{ embeddingJob: Job }>(server.url, `query($id: ID!) { embeddingJob(id: $id) { ${JOB_FIELDS} } }`, {
        id,
      });
      if (data!.embeddingJob.state !== 'RUNNING') return data!.embeddingJob;
      await sleep(100);
    }
    throw new Error('the embedding job did not finish');
  }

  it('embedDocuments is for librarians: visitors are asked to sign in, readers are refused, no job starts', async () => {
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      expect(codeOf(await client.gql(`mutation { embedDocuments { id } }`))).toBe(code);
    }
    const { data } = await graphql<{ embeddingJobs: Job[] }>(
      server.url,
      `
        {
          embeddingJobs {
            id
          }
        }
      `,
    );
    expect(data!.embeddingJobs).toEqual([]);
  });

  it('embedDocuments starts a job whose status can be polled to the end', async () => {
    const { data, errors } = await librarian.gql<{ embedDocuments: Job }>(`mutation { embedDocuments { ${JOB_FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(data!.embedDocuments).toMatchObject({ state: 'RUNNING', modelId: 'BAAI/bge-small-zh-v1.5@onnx-fp32', finishedAt: null });
    const finished = await waitForJob(data!.embedDocuments.id);
    expect(finished).toMatchObject({ state: 'DONE', total: 12, done: 12, cached: 0, error: null });
    expect(finished.finishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const again = await librarian.gql<{ embedDocuments: Job }>(
      `mutation { embedDocuments(ids: ["materials-0", "nobody"]) { ${JOB_FIELDS} } }`,
    );
    expect(await waitForJob(again.data!.embedDocuments.id)).toMatchObject({ state: 'DONE', total: 1, done: 1, cached: 1 });
    const { data: list } = await graphql<{ embeddingJobs: Job[] }>(
      server.url,
      `
        {
          embeddingJobs {
            id
          }
        }
      `,
    );
    expect(list!.embeddingJobs.map((job) => job.id)).toEqual([again.data!.embedDocuments.id, data!.embedDocuments.id]);
  });

  it('semanticSearch answers with the nearest records, materials first for 碳纤维', async () => {
    const { data, errors } = await graphql<{ semanticSearch: { documentId: string; title: string; score: number }[] }>(
      server.url,
      `
        {
          semanticSearch(query: "碳纤维复合材料的力学性能", limit: 4) {
            documentId
            title
            score
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.semanticSearch).toHaveLength(4);
    expect(data!.semanticSearch.slice(0, 2).map((hit) => hit.documentId.split('-')[0])).toEqual(['materials', 'materials']);
    expect(data!.semanticSearch[0]!.title.length).toBeGreaterThan(0);
  });

  it('searchDocuments ranks by meaning (SEMANTIC) and fuses with full text (HYBRID), filters applied', async () => {
    const SEARCH = `query ($q: String!, $mode: DocumentSearchMode, $filter: DocumentFilter) {
      searchDocuments(query: $q, mode: $mode, first: 4, filter: $filter) { mode totalCount edges { score node { id } } } }`;
    type Search = { searchDocuments: { mode: string; totalCount: number; edges: { score: number; node: { id: string } }[] } };
    for (const mode of ['SEMANTIC', 'HYBRID']) {
      const { data, errors } = await graphql<Search>(server.url, SEARCH, { q: '碳纤维复合材料的力学性能', mode });
      expect(errors).toBeUndefined();
      expect(data!.searchDocuments.mode).toBe(mode);
      expect(data!.searchDocuments.edges.slice(0, 2).map((edge) => edge.node.id.split('-')[0])).toEqual(['materials', 'materials']);
      const scores = data!.searchDocuments.edges.map((edge) => edge.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    // The fixture records carry no year: a year filter leaves none of the nearest.
    const filtered = await graphql<Search>(server.url, SEARCH, { q: '碳纤维', mode: 'SEMANTIC', filter: { yearFrom: 2000 } });
    expect(filtered.data!.searchDocuments).toMatchObject({ totalCount: 0, edges: [] });
    const bareSearch = await graphql(bare.url, SEARCH, { q: '碳纤维', mode: 'SEMANTIC' });
    expect(bareSearch.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
  });

  it('rejects an empty query or a bad limit, and answers UNAVAILABLE without the service', async () => {
    const empty = await graphql(
      server.url,
      `
        {
          semanticSearch(query: "  ") {
            documentId
          }
        }
      `,
    );
    expect(empty.errors![0]).toMatchObject({ message: 'the query is empty', extensions: { code: 'VALIDATION' } });
    const tooMany = await graphql(
      server.url,
      `
        {
          semanticSearch(query: "碳纤维", limit: 1000) {
            documentId
          }
        }
      `,
    );
    expect(tooMany.errors![0]!.extensions!.code).toBe('VALIDATION');
    const unknown = await graphql<{ embeddingJob: Job | null }>(
      server.url,
      `
        {
          embeddingJob(id: "nope") {
            id
          }
        }
      `,
    );
    expect(unknown.data!.embeddingJob).toBeNull();
    const missing = await graphql(
      bare.url,
      `
        {
          embeddingJobs {
            id
          }
        }
      `,
    );
    expect(missing.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
  });
});
