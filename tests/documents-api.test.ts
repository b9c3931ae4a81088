import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/driver.js';
import { createRepositories } from '../graph/repositories/index.js';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { importLiteratureFile, type ImportReport } from '../topics/import/import.js';
import { resetGraph, testGraph } from './support/graph.js';
import { graphql, listen } from './support/http.js';

/** Imported documents and import jobs over GraphQL: real fixtures, real Neo4j, real HTTP. */

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'topics', 'import', 'fixtures', name);

interface Page {
  documents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; title: string; keywords: string[]; importJob: { id: string; fileName: string } | null } }[];
  };
}

const PAGE = `query ($first: Int, $after: String, $query: String) {
  documents(first: $first, after: $after, query: $query) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title keywords importJob { id fileName } } }
  }
}`;

describe('documents and import jobs over GraphQL', () => {
  const config = loadConfig({});
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let ris: ImportReport;
  let broken: ImportReport;
  let again: ImportReport;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const { documents } = createRepositories(graph);
    ris = await importLiteratureFile(documents, fixture('cnki.ris'), { database: 'CNKI', importedBy: '李馆员' });
    await importLiteratureFile(documents, fixture('export.csv'));
    broken = await importLiteratureFile(documents, fixture('broken-missing-title.enw'));
    again = await importLiteratureFile(documents, fixture('cnki.ris'));
    await importLiteratureFile(documents, fixture('not-literature.txt'));
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
    });
    server = await listen(app);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('pages through every document with cursors, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: { data?: Page; errors?: unknown } = await graphql<Page>(server.url, PAGE, { first: 7, after });
      expect(errors).toBeUndefined();
      pages += 1;
      expect(data!.documents.totalCount).toBe(44);
      seen.push(...data!.documents.edges.map((e) => e.node.id));
      if (!data!.documents.pageInfo.hasNextPage) break;
      after = data!.documents.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(new Set(seen).size).toBe(44);
  });

  it('searches title, abstract and keywords through the cjk full-text index', async () => {
    const { data } = await graphql<Page>(server.url, PAGE, { first: 5, query: '飞行器' });
    const hits = data!.documents.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.title).toContain('飞行器');
    const byKeyword = await graphql<Page>(server.url, PAGE, { first: 50, query: 'Lyapunov函数' });
    expect(byKeyword.data!.documents.edges.some((e) => e.node.keywords.includes('Lyapunov函数'))).toBe(true);
    const odd = await graphql<Page>(server.url, PAGE, { first: 5, query: 'title:(["' });
    expect(odd.errors).toBeUndefined();
  });

  it('links a document to the job that brought it in, in a constant number of queries', async () => {
    const before = graph.stats.queries;
    const { data } = await graphql<Page>(server.url, PAGE, { first: 30 });
    expect(graph.stats.queries - before).toBeLessThanOrEqual(3);
    const fromRis = data!.documents.edges.filter((e) => e.node.importJob?.fileName === 'cnki.ris');
    expect(fromRis.length).toBeGreaterThan(0);
    expect(fromRis.every((e) => e.node.importJob!.id === ris.batchId)).toBe(true);
  });

  it('reports import jobs with status, counts, rejected lines and duplicates', async () => {
    const { data, errors } = await graphql<{
      importJobs: { id: string; fileName: string; status: string; added: number; duplicates: number; rejected: number; error: string | null }[];
    }>(server.url, '{ importJobs(first: 10) { id fileName status added duplicates rejected error } }');
    expect(errors).toBeUndefined();
    expect(data!.importJobs).toHaveLength(5);
    expect(data!.importJobs.find((j) => j.fileName === 'not-literature.txt')).toMatchObject({ status: 'FAILED', added: 0 });

    const job = await graphql<{ importJob: { rejectedLines: { line: number; reason: string }[]; added: number; importedBy: string | null } }>(
      server.url,
      'query ($id: ID!) { importJob(id: $id) { added importedBy rejectedLines { line reason } } }',
      { id: broken.batchId },
    );
    expect(job.data!.importJob).toEqual({ added: 4, importedBy: null, rejectedLines: broken.rejected });

    const dup = await graphql<{
      importJob: { duplicates: number; database: string | null; duplicateRecords: { line: number; matchedBy: string; duplicateOf: { id: string; title: string } }[] };
    }>(server.url, 'query ($id: ID!) { importJob(id: $id) { duplicates database duplicateRecords { line matchedBy duplicateOf { id title } } } }', {
      id: again.batchId,
    });
    expect(dup.data!.importJob.duplicates).toBe(20);
    const first = dup.data!.importJob.duplicateRecords[0]!;
    expect(first.duplicateOf.id).toBe(ris.added[0]!.documentId);
    expect(first.duplicateOf.title).toBe(ris.added[0]!.title);
  });

  it('returns null for unknown ids and a VALIDATION error for a forged cursor', async () => {
    const { data } = await graphql<{ document: null; importJob: null }>(server.url, '{ document(id: "nope") { id } importJob(id: "nope") { id } }');
    expect(data).toEqual({ document: null, importJob: null });
    const forged = await graphql(server.url, PAGE, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
