import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import type { ImportReport } from '../../services/document/import.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { importDocumentFixtures } from '../support/documents.js';
import { Client, codeOf, signedInClient } from '../support/client.js';
import { graphql, listen, type GraphQLResponse } from '../support/http.js';
import { typed } from '../gql/index.js';
import type { DocumentImportJobsQuery } from '../gql/graphql.js';

/** Import jobs and provenance over GraphQL, and imports over the API: real fixtures, real Neo4j, real HTTP. */

const PROVENANCE = typed(`
  query DocumentProvenanceOf($id: ID!) {
    document(id: $id) {
      provenance {
        added
        line
        sourceId
        matchedBy
        importJob {
          id
          fileName
          importedBy
          database
        }
      }
    }
  }
`);

const IMPORT_JOBS = typed(`
  query DocumentImportJobs($first: Int, $after: String) {
    importJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fileName
          status
          added
          duplicates
          rejected
          error
        }
      }
    }
  }
`);

const IMPORT_JOB_REJECTED = typed(`
  query DocumentImportJobRejected($id: ID!) {
    importJob(id: $id) {
      added
      importedBy
      rejectedLines {
        line
        reason
      }
    }
  }
`);

const IMPORT_JOB_DUPLICATES = typed(`
  query DocumentImportJobDuplicates($id: ID!) {
    importJob(id: $id) {
      duplicates
      database
      duplicateRecords {
        line
        matchedBy
        duplicateOf {
          id
          title
        }
      }
    }
  }
`);

const IMPORT = typed(`
  mutation DocumentImportFiles($files: [LiteratureFileInput!]!, $db: String) {
    importLiteratureFiles(files: $files, database: $db) {
      id
      fileName
      status
      added
      merged
      mergedRecords {
        line
        intoLine
        matchedBy
        fields
      }
      importedBy
      database
      recognised {
        format
        encoding
        databases
        documentTypes {
          type
          count
        }
        headerLines
      }
      warningLines {
        line
        message
      }
    }
  }
`);

const DOCUMENT_HISTORY = typed(`
  query DocumentHistoryOf($id: ID!) {
    document(id: $id) {
      type
      history(first: 5) {
        edges {
          node {
            action
            before
            after
          }
        }
      }
    }
  }
`);

// The fixture files are imported once; a test that imports more takes it out again.
describe('import jobs over GraphQL', () => {
  const config = loadConfig({});
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let ris: ImportReport;
  let broken: ImportReport;
  let again: ImportReport;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    ({ ris, broken, again } = await importDocumentFixtures(graph));
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

  it('lists every import a document came in: the one that added it, then the repeats', async () => {
    const { data, errors } = await graphql(server.url, PROVENANCE, { id: ris.added[0]!.documentId });
    expect(errors).toBeUndefined();
    expect(data!.document!.provenance).toEqual([
      {
        added: true,
        line: 1,
        sourceId: 'CSL-0001',
        matchedBy: null,
        importJob: { id: ris.batchId, fileName: 'cnki.ris', importedBy: '李馆员', database: 'CNKI' },
      },
      {
        added: false,
        line: 1,
        sourceId: 'CSL-0001',
        matchedBy: expect.stringMatching(/^(doi|title)$/) as string,
        importJob: { id: again.batchId, fileName: 'cnki.ris', importedBy: null, database: null },
      },
    ]);
  });

  it('reports import jobs with status, counts, rejected lines and duplicates', async () => {
    const { data, errors } = await graphql(server.url, IMPORT_JOBS, { first: 10 });
    expect(errors).toBeUndefined();
    const jobs = data!.importJobs.edges.map((e) => e.node);
    expect(jobs).toHaveLength(5);
    expect(jobs.find((j) => j.fileName === 'not-literature.txt')).toMatchObject({ status: 'FAILED', added: 0 });

    const job = await graphql(server.url, IMPORT_JOB_REJECTED, { id: broken.batchId });
    expect(job.data!.importJob!).toEqual({ added: 4, importedBy: null, rejectedLines: broken.rejected });

    const dup = await graphql(server.url, IMPORT_JOB_DUPLICATES, { id: again.batchId });
    expect(dup.data!.importJob!.duplicates).toBe(20);
    const first = dup.data!.importJob!.duplicateRecords[0]!;
    expect(first.duplicateOf!.id).toBe(ris.added[0]!.documentId);
    expect(first.duplicateOf!.title).toBe(ris.added[0]!.title);
  });

  it('pages import jobs newest first with cursors, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const { data, errors }: GraphQLResponse<DocumentImportJobsQuery> = await graphql(server.url, IMPORT_JOBS, { first: 2, after });
      expect(errors).toBeUndefined();
      expect(data!.importJobs.totalCount).toBe(5);
      seen.push(...data!.importJobs.edges.map((e) => e.node.id));
      if (!data!.importJobs.pageInfo.hasNextPage) break;
      after = data!.importJobs.pageInfo.endCursor;
    }
    const whole = await graphql(server.url, IMPORT_JOBS, { first: 10 });
    expect(seen).toEqual(whole.data!.importJobs.edges.map((e) => e.node.id));
  });

  it('imports over the API for librarians only: visitors and readers are refused and nothing is stored', async () => {
    const files = [
      {
        name: 'upload.txt',
        // CNKI RefWorks, with the author glued to its tag as CNKI writes it, and a second copy of the record with keywords.
        contentBase64: Buffer.from(
          'RT Dissertation/Thesis\nA1沈一\nT1 嘉兴秀洲光伏组件回收工艺研究\nYR 2024\nDS CNKI\n\n' +
            'RT Dissertation/Thesis\nA1 沈一\nT1 嘉兴秀洲光伏组件回收工艺研究\nYR 2024\nK1 光伏组件;回收\nDS CNKI\n',
        ).toString('base64'),
      },
    ];
    const count = 'MATCH (n) WHERE n:Document OR n:ImportBatch RETURN count(n) AS n';
    const before = await graph.read(count);
    const reader = await signedInClient(graph, server.url, 'READER');
    for (const [client, code] of [
      [new Client(server.url), 'UNAUTHENTICATED'],
      [reader, 'FORBIDDEN'],
    ] as const) {
      const refused = await client.gql(IMPORT, { files, db: 'CNKI' });
      expect(refused.data).toBeNull();
      expect(codeOf(refused)).toBe(code);
    }
    expect(await graph.read(count)).toEqual(before);

    const librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
    const account = await graph.read<{ email: string }>('MATCH (a:Account {role: "LIBRARIAN"}) RETURN a.email AS email');
    const { data, errors } = await librarian.gql(IMPORT, { files, db: 'CNKI' });
    const jobs: string[] = [];
    try {
      expect(errors).toBeUndefined();
      expect(data!.importLiteratureFiles).toEqual([
        expect.objectContaining({ fileName: 'upload.txt', status: 'COMPLETED', added: 1, importedBy: account[0]!.email, database: 'CNKI' }),
      ]);
      // The second copy is one document with the first: a merge that brought its keywords.
      expect(data!.importLiteratureFiles[0]).toMatchObject({
        merged: 1,
        mergedRecords: [{ line: 7, intoLine: 1, matchedBy: 'title', fields: ['keywords'] }],
      });
      expect(data!.importLiteratureFiles[0]!.recognised).toEqual({
        format: 'refworks',
        encoding: 'utf-8',
        databases: ['CNKI'],
        documentTypes: [{ type: 'thesis', count: 2 }],
        headerLines: 0,
      });
      expect(data!.importLiteratureFiles[0]!.warningLines).toEqual([
        { line: 2, message: expect.stringContaining('A1 written without a space') as unknown },
      ]);
      // The same record again with its type corrected: the document is updated and its history says how.
      const text = Buffer.from(files[0]!.contentBase64, 'base64').toString('utf8').replace('RT Dissertation/Thesis', 'RT Journal Article');
      const again = await librarian.gql(IMPORT, {
        files: [{ name: 'fixed.txt', contentBase64: Buffer.from(text).toString('base64') }],
        db: 'CNKI',
      });
      jobs.push(...(again.data?.importLiteratureFiles ?? []).map((job) => job.id));
      const [doc] = await graph.read<{ id: string }>("MATCH (d:Document {title: '嘉兴秀洲光伏组件回收工艺研究'}) RETURN d.id AS id");
      const history = await librarian.gql(DOCUMENT_HISTORY, { id: doc!.id });
      expect(history.data!.document).toEqual({
        type: 'article',
        history: { edges: [{ node: { action: 'UPDATE', before: '{"type":"thesis"}', after: '{"type":"article"}' } }] },
      });
    } finally {
      // The other tests count the fixture's documents and jobs: take this import out again.
      await graph.write('MATCH (b:ImportBatch) WHERE b.id IN $ids OPTIONAL MATCH (d:Document)-[:IMPORTED_IN]->(b) DETACH DELETE d, b', {
        ids: [...(data?.importLiteratureFiles ?? []).map((job) => job.id), ...jobs],
      });
    }
  });
});
