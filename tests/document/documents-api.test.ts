import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { importLiteratureFile, type ImportReport } from '../../services/document/import.js';
import { parseLiteratureFile } from '../../topics/import/parse.js';
import type { LiteratureRecord } from '../../topics/import/types.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { importDocumentFixtures, literatureFixture } from '../support/documents.js';
import { importStore } from '../support/factories/document.js';
import { graphql, listen, type GraphQLResponse } from '../support/http.js';
import { typed } from '../gql/index.js';
import type { DocumentFilter, DocumentListPageQuery, DocumentSearchQuery } from '../gql/graphql.js';

/** Imported documents over GraphQL (lists, filters, search): real fixtures, real Neo4j, real HTTP. */

const PAGE = typed(`
  query DocumentListPage($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          keywords
          year
          journal
          importJob {
            id
            fileName
          }
        }
      }
    }
  }
`);

const SEARCH = typed(`
  query DocumentSearch($query: String!, $mode: DocumentSearchMode, $first: Int, $after: String, $filter: DocumentFilter) {
    searchDocuments(query: $query, mode: $mode, first: $first, after: $after, filter: $filter) {
      mode
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        node {
          id
          title
          keywords
          year
        }
      }
    }
  }
`);

const WITH_PROVENANCE = typed(`
  query DocumentListProvenance {
    documents(first: 40) {
      edges {
        node {
          provenance {
            line
            importJob {
              fileName
            }
          }
        }
      }
    }
  }
`);

const UNKNOWN = typed(`
  query DocumentUnknownIds {
    document(id: "nope") {
      id
    }
    importJob(id: "nope") {
      id
    }
  }
`);

// The fixture files are imported once; a test that imports more takes it out again.
describe('documents over GraphQL', () => {
  const config = loadConfig({});
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let ris: ImportReport;
  let broken: ImportReport;
  let again: ImportReport;
  let csv: ImportReport;
  let records: LiteratureRecord[];

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    ({ ris, csv, broken, again } = await importDocumentFixtures(graph));
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
    });
    server = await listen(app);
    records = (
      await Promise.all(
        ['cnki.ris', 'export.csv', 'broken-missing-title.enw'].map(
          async (name) => (await parseLiteratureFile(literatureFixture(name))).records,
        ),
      )
    ).flat();
  });

  const list = async (filter: DocumentFilter, first = 100) => {
    const { data, errors } = await graphql(server.url, PAGE, { first, filter });
    expect(errors).toBeUndefined();
    return data!.documents;
  };
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('pages through every document with cursors, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: GraphQLResponse<DocumentListPageQuery> = await graphql(server.url, PAGE, { first: 7, after });
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

  it('keeps pages consistent while another import lands between them', async () => {
    const firstPage = await graphql(server.url, PAGE, { first: 10 });
    const seen = firstPage.data!.documents.edges.map((e) => e.node.id);
    const late = await importLiteratureFile(importStore(graph), literatureFixture('vip-refworks.txt'));
    try {
      let after = firstPage.data!.documents.pageInfo.endCursor;
      for (;;) {
        const { data } = await graphql(server.url, PAGE, { first: 10, after });
        seen.push(...data!.documents.edges.map((e) => e.node.id));
        if (!data!.documents.pageInfo.hasNextPage) break;
        after = data!.documents.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(44);
      expect(new Set(seen).size).toBe(44);
      expect(seen.some((id) => late.added.some((a) => a.documentId === id))).toBe(false);
    } finally {
      await graph.write('MATCH (b:ImportBatch {id: $id}) OPTIONAL MATCH (d:Document)-[:IMPORTED_IN]->(b) DETACH DELETE d, b', {
        id: late.batchId,
      });
    }
  });

  it('filters by year, journal, keyword, database and import job', async () => {
    const year = records[0]!.year!;
    const byYear = await list({ year });
    expect(byYear.totalCount).toBe(records.filter((r) => r.year === year).length);
    expect(byYear.edges.every((e) => e.node.year === year)).toBe(true);
    const range = await list({ yearFrom: year - 1, yearTo: year + 1 });
    expect(range.totalCount).toBe(records.filter((r) => r.year! >= year - 1 && r.year! <= year + 1).length);

    const journal = records[0]!.journal!;
    const byJournal = await list({ journal: ` ${journal} ` });
    expect(byJournal.totalCount).toBe(records.filter((r) => r.journal === journal).length);
    expect(byJournal.edges.every((e) => e.node.journal === journal)).toBe(true);

    const byKeyword = await list({ keyword: 'lyapunov函数' });
    expect(byKeyword.totalCount).toBe(records.filter((r) => r.keywords.includes('Lyapunov函数')).length);
    expect(byKeyword.totalCount).toBeGreaterThan(0);

    const cnki = records.filter((r) => r.database === 'CNKI').length;
    expect(cnki).toBeGreaterThan(0);
    expect((await list({ database: '中国知网' })).totalCount).toBe(cnki);
    expect((await list({ importJob: broken.batchId })).totalCount).toBe(4);
    const repeated = await list({ importJob: again.batchId });
    expect(repeated.totalCount).toBe(20);
    expect(repeated.edges.every((e) => e.node.importJob!.id === ris.batchId)).toBe(true);
    expect((await list({ importJob: csv.batchId, year })).totalCount).toBe(
      records.filter((r, i) => i >= 20 && i < 40 && r.year === year).length,
    );

    const contradictory = await graphql(server.url, PAGE, { filter: { yearFrom: 2020, yearTo: 2010 } });
    expect(contradictory.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('searches title, abstract and keywords through the cjk full-text index, best first, with filters', async () => {
    const { data, errors } = await graphql(server.url, SEARCH, { query: '飞行器', first: 5 });
    expect(errors).toBeUndefined();
    const hits = data!.searchDocuments.edges;
    expect(data!.searchDocuments.mode).toBe('FULLTEXT');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.node.title).toContain('飞行器');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));

    const byKeyword = await graphql(server.url, SEARCH, { query: 'Lyapunov函数', first: 50 });
    expect(byKeyword.data!.searchDocuments.edges.some((e) => e.node.keywords.includes('Lyapunov函数'))).toBe(true);

    const all = await graphql(server.url, SEARCH, { query: '研究', first: 100 });
    const total = all.data!.searchDocuments.totalCount;
    expect(total).toBeGreaterThan(3);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<DocumentSearchQuery> = await graphql(server.url, SEARCH, { query: '研究', first: 3, after });
      paged.push(...page.data!.searchDocuments.edges.map((e) => e.node.id));
      if (!page.data!.searchDocuments.pageInfo.hasNextPage) break;
      after = page.data!.searchDocuments.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.data!.searchDocuments.edges.map((e) => e.node.id));

    const year = hits[0]!.node.year!;
    const filtered = await graphql(server.url, SEARCH, { query: '研究', first: 100, filter: { year } });
    expect(filtered.data!.searchDocuments.totalCount).toBeLessThan(total);
    expect(filtered.data!.searchDocuments.edges.every((e) => e.node.year === year)).toBe(true);

    const odd = await graphql(server.url, SEARCH, { query: 'title:(["飞行器', first: 5 });
    expect(odd.errors).toBeUndefined();
    expect(odd.data!.searchDocuments.edges[0]!.node.title).toContain('飞行器');
  });

  it('refuses an empty or overlong query and, until documents are embedded, semantic search', async () => {
    const empty = await graphql(server.url, SEARCH, { query: ' ?! ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const long = await graphql(server.url, SEARCH, { query: '碳纤维复合材料'.repeat(40) });
    expect(long.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const semantic = await graphql(server.url, SEARCH, { query: '碳纤维', mode: 'HYBRID' });
    expect(semantic.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(semantic.errors?.[0]?.message).toMatch(/embeddings/);
  });

  it('links a document to the job that brought it in, in a constant number of queries', async () => {
    const before = graph.stats.queries;
    const { data } = await graphql(server.url, PAGE, { first: 30 });
    expect(graph.stats.queries - before).toBeLessThanOrEqual(3);
    const fromRis = data!.documents.edges.filter((e) => e.node.importJob?.fileName === 'cnki.ris');
    expect(fromRis.length).toBeGreaterThan(0);
    expect(fromRis.every((e) => e.node.importJob!.id === ris.batchId)).toBe(true);

    const before2 = graph.stats.queries;
    const withProvenance = await graphql(server.url, WITH_PROVENANCE, {});
    expect(withProvenance.errors).toBeUndefined();
    expect(graph.stats.queries - before2).toBeLessThanOrEqual(3);
  });

  it('returns null for unknown ids and a VALIDATION error for a forged cursor', async () => {
    const { data } = await graphql(server.url, UNKNOWN, {});
    expect(data).toEqual({ document: null, importJob: null });
    const forged = await graphql(server.url, PAGE, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
