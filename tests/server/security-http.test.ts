import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { loadPersistedDocuments, persistedDocumentsFile } from '../../server/http/persisted-documents.js';
import { loadConfig } from '../../lib/config.js';
import { createApp } from '../../server/http/app.js';
import { createLogger } from '../../server/logger.js';
import { Client, codeOf, startApp } from '../support/client.js';
import { listen } from '../support/http.js';
import { importStore } from '../support/factories/document.js';
import { buildPolicy } from '../support/factories/policy.js';
import { importLiteratureFile } from '../../services/document/import.js';
import { buildReader } from '../support/factories/account.js';
import { buildCrawlRun, buildSource } from '../support/factories/source.js';
import { literatureFixture } from '../support/documents.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** What the HTTP layer refuses: foreign origins, stack traces, bad cookies, oversized bodies; and the headers it sends. */

const EVIL = 'http://127.0.0.1:1/evil';
const MiB = 1024 * 1024;

describe('HTTP security', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('grants no CORS: a preflight from another origin gets no Access-Control-Allow-* header', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-hechuang-csrf' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ csrfToken }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('never shows a stack trace: a failing export or feed answers with one line', async () => {
    // A graph whose every read fails, as when Neo4j is gone.
    const broken = Object.create(graph, {
      read: { value: () => Promise.reject(new Error('connection to bolt://10.0.0.7:7687 refused (secret detail)')) },
      readTx: { value: () => Promise.reject(new Error('connection to bolt://10.0.0.7:7687 refused (secret detail)')) },
      scoped: { value: () => broken },
    }) as Graph;
    const { app } = createApp({
      graph: broken,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: '/none',
      graphiql: false,
    });
    const failing = await listen(app);
    try {
      for (const url of [
        `${server.url}/export/documents.ris?q=x`,
        `${failing.url}/export/documents.ris?q=x`,
        `${failing.url}/feeds/policies.atom`,
        `${failing.url}/feeds/news.atom?region=330400`,
        `${failing.url}/feeds/policies/industry/jx-new-energy.atom`,
      ]) {
        const response = await fetch(url, { headers: { cookie: 'hechuang_session=%E0%A4%A' } });
        const body = await response.text();
        expect(body, url).not.toMatch(/ at |node_modules|\.ts:|\.js:|Error|bolt|secret/);
        expect(body.trim().split('\n').length, url).toBeLessThanOrEqual(1);
      }
    } finally {
      await failing.close();
    }
  });

  it('treats a malformed percent-encoded session cookie as no session', async () => {
    const client = new Client(server.url);
    client.cookie = 'hechuang_session=%E0%A4%A';
    const reply = await client.gql<{ me: null }>('{ me { id } }');
    expect(reply.status).toBe(200);
    expect(reply.data).toEqual({ me: null });
  });

  it('sends security headers: CSP with frame-ancestors none, nosniff, a referrer policy', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/feeds/policies.atom']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('accepts a 19 MB upload and refuses a 21 MB one with a clear 413', async () => {
    const admin = new Client(server.url);
    const reader = await buildReader(graph);
    await admin.login(reader.email);
    // A reader is refused by the resolver (FORBIDDEN): the point is that the 19 MB body reaches it at all.
    const upload = (bytes: number) =>
      admin.gql(
        'mutation SecurityUpload($files: [LiteratureFileInput!]!) { importLiteratureFiles(files: $files) { id } }',
        { files: [{ name: 'big.ris', contentBase64: Buffer.alloc(bytes, 'a').toString('base64') }] },
        {},
      );
    const accepted = await upload(19 * MiB);
    expect(accepted.status).toBe(200);
    expect(codeOf(accepted)).toBe('FORBIDDEN');
    const refused = await upload(21 * MiB).catch((error: unknown) => ({ error }));
    expect('status' in refused && refused.status).toBe(413);
    expect('errors' in refused && refused.errors?.[0]?.message).toMatch(/20 MB/);
  });

  it('answers a query of nothing but operator words or syntax with no hits, never an error', async () => {
    const ris = 'TY  - JOUR\r\nTI  - 碳纤维复合材料 and the NOT gate\r\nAU  - 王伟\r\nPY  - 2021\r\nER  - \r\n';
    await importLiteratureFile(importStore(graph), { buffer: Buffer.from(ris), filename: 'and.ris' });
    for (const query of ['AND', 'NOT', 'OR OR', '&&', '\\ *', 'NOT 碳纤维']) {
      const documents = await new Client(server.url).gql<{ searchDocuments: { totalCount: number } }>(
        'query ($q: String!) { searchDocuments(query: $q) { totalCount } }',
        { q: query },
      );
      // A typed refusal (VALIDATION: nothing to search for) or hits; never an internal error.
      expect([undefined, 'VALIDATION'], query).toContain(codeOf(documents));
      const across = await new Client(server.url).gql('query ($q: String!) { search(query: $q) { mode } }', { q: query });
      expect([undefined, 'VALIDATION'], query).toContain(codeOf(across));
      const exported = await fetch(`${server.url}/export/documents.csv?q=${encodeURIComponent(query)}`);
      expect(exported.status, query).toBeLessThan(500);
    }
  });

  it('never serves a stored attachment whose URL is not http(s)', async () => {
    const policy = await buildPolicy(graph, {
      attachments: [
        { url: 'javascript:alert(document.cookie)//a.pdf', name: '附件.pdf', format: 'pdf' },
        { url: 'data:text/html,<script>alert(1)</script>', name: '附件2.pdf', format: 'pdf' },
        { url: 'https://gov.example.cn/files/a.pdf', name: '实施细则.pdf', format: 'pdf' },
      ],
    });
    const reply = await new Client(server.url).gql<{ policy: { attachments: { url: string }[] } }>(
      'query ($id: ID!) { policy(id: $id) { attachments { url } } }',
      { id: policy.id },
    );
    expect(reply.data!.policy.attachments.map((a) => a.url)).toEqual(['https://gov.example.cn/files/a.pdf']);
  });

  it('caps query lengths and counts each query embedding in the operation’s cost, before any work', async () => {
    const long = '碳纤维'.repeat(70); // 210 characters
    const semantic = await new Client(server.url).gql('query ($q: String!) { semanticSearch(query: $q) { pageInfo { hasNextPage } } }', {
      q: long,
    });
    expect(codeOf(semantic)).toBe('VALIDATION');
    const documents = await new Client(server.url).gql('query ($q: String!) { searchDocuments(query: $q) { totalCount } }', { q: long });
    expect(codeOf(documents)).toBe('VALIDATION');
    const across = await new Client(server.url).gql('query ($q: String!) { search(query: $q) { mode } }', { q: long });
    expect(codeOf(across)).toBe('VALIDATION');
    const before = graph.stats.queries;
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `s${i}: semanticSearch(query: "碳纤维${i}", first: 1) { pageInfo { hasNextPage } }`,
    ).join(' ');
    const flood = await new Client(server.url).gql(`{ ${aliases} }`);
    expect(codeOf(flood)).toBe('VALIDATION');
    expect(flood.errors![0]!.extensions).toMatchObject({ limit: 'maxRows' });
    expect(graph.stats.queries - before).toBe(0);
  });

  it('serves Prometheus metrics to loopback clients only', async () => {
    await new Client(server.url).gql('{ people(first: 1000) { edges { node { id } } } }'); // a VALIDATION error
    const source = await buildSource(graph);
    await buildCrawlRun(graph, source.id, { startedAt: new Date('2030-01-01T00:00:00Z'), status: 'ok' });
    await buildCrawlRun(graph, source.id, { startedAt: new Date('2030-01-02T00:00:00Z'), status: 'failed' });
    await buildCrawlRun(graph, source.id, { startedAt: new Date('2030-01-03T00:00:00Z'), status: 'failed' });
    await importLiteratureFile(importStore(graph), literatureFixture('cnki.ris'));
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const metric of [
      'hechuang_http_requests_total{method="POST",route="/graphql",status="200"}',
      'hechuang_http_request_duration_seconds_bucket',
      'hechuang_graphql_errors_total{code="VALIDATION"}',
      'hechuang_neo4j_queries_total',
      'hechuang_neo4j_query_failures_total',
      'hechuang_embedding_queue{state="queued"}',
      'hechuang_process_resident_memory_bytes',
    ]) {
      expect(text, metric).toContain(metric);
    }
    // Crawl runs and their failures per source, import outcomes: counted in the graph.
    expect(text).toContain(`hechuang_crawl_runs{source="${source.id}",status="ok"} 1`);
    expect(text).toContain(`hechuang_crawl_runs{source="${source.id}",status="failed"} 2`);
    expect(text).toMatch(/^hechuang_import_jobs\{status="COMPLETED"\} [1-9]\d*$/m);
    // Through a proxy on this host the client is the forwarded address: not loopback, not served.
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).not.toContain('hechuang_');
  });

  it('keeps register and what the sign-up page needs among the persisted documents', () => {
    const documents = [...loadPersistedDocuments(persistedDocumentsFile(loadConfig({}).projectRoot)).values()];
    expect(documents.some((d) => /^mutation \w+[^{]*\{\s*register\(/.test(d))).toBe(true);
  });
});
