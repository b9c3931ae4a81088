import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { rss2 } from '../../crawlers/testing/feeds.js';
import { createApp } from '../../server/http/app.js';
import { ResponseCache } from '../../server/http/response-cache.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { CrawlService } from '../../services/source/crawl.js';
import { graphReference, ReferenceData, type ReferenceReads } from '../../services/industry/reference.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { librariesFile, loadLibraries } from '../../services/account/libraries.js';
import { typed } from '../gql/index.js';
import { buildPolicy } from '../support/factories/policy.js';
import { buildFeedSource } from '../support/factories/source.js';
import { Client, signedInClient } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { listen } from '../support/http.js';

/**
 * The visitors' response cache of `hechuang start`: answers are served again from memory, and a
 * curation mutation or a crawl write evicts what it changed before anyone can read it stale.
 */

const POLICY = typed(`
  query CachePolicyDetail($id: ID!) {
    policy(id: $id) {
      id
      title
      version
      industries {
        code
      }
    }
  }
`);

const POLICIES = typed(`
  query CachePolicyList($industry: ID) {
    policies(filter: { industry: $industry }, first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const UPDATE = typed(`
  mutation CachePolicyUpdate($id: ID!, $v: Int!, $title: String!) {
    updatePolicy(id: $id, version: $v, patch: { title: $title }) {
      id
      version
    }
  }
`);

const DELETE = typed(`
  mutation CachePolicyDelete($id: ID!, $v: Int!) {
    deletePolicy(id: $id, version: $v) {
      id
      version
    }
  }
`);

const NEWS = typed(`
  query CacheNewsOfSource($source: ID!) {
    news(filter: { source: $source }, first: 20) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

describe('response cache for visitors', () => {
  const config = loadConfig({ CRAWL_HOST_INTERVAL_MS: '0', CRAWL_TIMEOUT_MS: '3000' });
  const site = new FixtureServer();
  const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 100 });
  let graph: Graph;
  let server: Awaited<ReturnType<typeof listen>>;
  let crawl: CrawlService;
  let visitor: Client;
  let admin: Client;

  beforeAll(async () => {
    graph = testGraph();
    const repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
    await loadLibraries(repos, librariesFile(config.projectRoot));
    await site.start();
    crawl = new CrawlService(graph, { ...config.crawl, allowPrivate: ['127.0.0.0/8'] }, { changes: cache });
    const reference = new ReferenceData(repos);
    await reference.load();
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: '/nonexistent',
      graphiql: false,
      services: { crawl, reference },
      responseCache: cache,
    });
    server = await listen(app);
    visitor = new Client(server.url);
    admin = await signedInClient(graph, server.url, 'ADMIN');
  });
  afterAll(async () => {
    await server.close();
    await site.close();
    await graph.close();
  });

  /** The visitor's answer, and whether it came from the cache. */
  const read = async <R, V>(document: DocumentTypeDecoration<R, V>, variables: V) => {
    const hits = cache.stats.hits;
    const reply = await visitor.gql(document, variables);
    expect(reply.errors).toBeUndefined();
    return { data: reply.data!, cached: cache.stats.hits > hits };
  };

  it('serves a repeated read from memory, and a librarian edit or delete is seen by the next read', async () => {
    const policy = await buildPolicy(graph, { title: '缓存测试政策（旧）', industryCodes: ['jx-digital-economy'] });
    const first = await read(POLICY, { id: policy.id });
    expect(first).toMatchObject({ cached: false, data: { policy: { title: '缓存测试政策（旧）' } } });
    expect(await read(POLICY, { id: policy.id })).toMatchObject({ cached: true });
    const list = () => read(POLICIES, { industry: 'jx-digital-economy' });
    await list();
    expect((await list()).cached).toBe(true);

    const updated = await admin.gql(UPDATE, { id: policy.id, v: first.data.policy!.version, title: '缓存测试政策（新）' });
    expect(updated.errors).toBeUndefined();
    expect(await read(POLICY, { id: policy.id })).toMatchObject({ cached: false, data: { policy: { title: '缓存测试政策（新）' } } });
    expect((await list()).data.policies.edges.find((e) => e.node.id === policy.id)?.node.title).toBe('缓存测试政策（新）');

    const deleted = await admin.gql(DELETE, { id: policy.id, v: updated.data!.updatePolicy.version });
    expect(deleted.errors).toBeUndefined();
    expect((await read(POLICY, { id: policy.id })).data).toEqual({ policy: null });
    expect((await list()).data.policies.edges.map((e) => e.node.id)).not.toContain(policy.id);
  });

  it('a crawl that stores new items evicts the cached list, even an empty one', async () => {
    const source = await buildFeedSource(graph, site);
    const empty = await read(NEWS, { source: source.id });
    expect(empty.data.news.edges).toEqual([]);
    expect((await read(NEWS, { source: source.id })).cached).toBe(true);

    const summary = await crawl.crawl(source.id, { force: true });
    expect(summary.new).toBe(2);
    const after = await read(NEWS, { source: source.id });
    expect(after.cached).toBe(false);
    expect(after.data.news.edges).toHaveLength(2);

    // The feed's stories change: the recrawl's updates are read, not the cached titles.
    site.set(new URL(source.url).pathname, {
      body: rss2(`${site.url}/${source.id}`).replaceAll('<title>', '<title>更新：'),
      contentType: 'application/rss+xml',
    });
    expect((await read(NEWS, { source: source.id })).cached).toBe(true);
    const recrawl = await crawl.crawl(source.id, { force: true });
    expect(recrawl.updated).toBeGreaterThan(0);
    const changed = await read(NEWS, { source: source.id });
    expect(changed.cached).toBe(false);
    expect(changed.data.news.edges.every((e) => e.node.title.startsWith('更新：'))).toBe(true);
  });

  it('never caches for a signed-in user', async () => {
    const policy = await buildPolicy(graph, { title: '馆员视图' });
    const hits = cache.stats.hits;
    for (let i = 0; i < 2; i++) expect((await admin.gql(POLICY, { id: policy.id })).data?.policy?.title).toBe('馆员视图');
    expect(cache.stats.hits).toBe(hits);
  });
});

describe('reference data in memory', () => {
  it('answers exactly what the graph answers', async () => {
    const graph = testGraph();
    try {
      const repos = createRepositories(graph);
      const config = loadConfig({});
      await loadTaxonomy(repos, taxonomyFile(config.projectRoot));
      await loadLibraries(repos, librariesFile(config.projectRoot));
      const memory = new ReferenceData(repos);
      await memory.load();
      const stored = graphReference(repos);
      const industries = (await stored.industries({ parentCode: null, regionCode: null })).map((i) => i.code);
      const regions = (await stored.regions(null)).map((r) => r.code);
      const libraries = (await stored.libraries()).map((l) => l.id);
      expect(industries.length).toBeGreaterThan(10);
      const answers = async (reads: ReferenceReads) => [
        await reads.industries({ parentCode: null, regionCode: null }),
        await reads.industries({ parentCode: industries[0]!, regionCode: null }),
        await reads.industries({ parentCode: null, regionCode: '330481' }),
        await reads.industriesByCodes([...industries, 'no-such-industry']),
        await reads.industryChildren(industries),
        await reads.industryRegions(industries),
        await reads.regions(null),
        await reads.regions('COUNTY'),
        await reads.regionsByCodes([...regions, '000000']),
        await reads.regionChildren(regions),
        await Promise.all(['嘉兴', '海宁', '330481', '南湖区', '浙江', '火星'].map((key) => reads.findRegion(key))),
        await reads.libraries(),
        await reads.librariesByIds([...libraries, 'no-such-library']),
      ];
      expect(await answers(memory)).toEqual(await answers(stored));
    } finally {
      await graph.close();
    }
  });
});
