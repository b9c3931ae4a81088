import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { loadTaxonomy, readTaxonomy, taxonomyFile, type Taxonomy } from '../../services/industry/taxonomy.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { graphql, listen } from '../support/http.js';
import { typed } from '../gql/index.js';

/** The industries domain end to end: real taxonomy file, real Neo4j, GraphQL over real HTTP. */

const INDUSTRIES = typed(`
  query IndustryList($parent: ID, $region: ID) {
    industries(parent: $parent, region: $region) {
      ...IndustryFields
    }
  }

  fragment IndustryFields on Industry {
    code
    name
    tier
    parent {
      code
    }
    children {
      code
    }
    regions {
      code
      name
    }
    source {
      title
      issuer
      year
    }
  }
`);

const INDUSTRIES_WITH_CHILDREN = typed(`
  query IndustryListWithChildren {
    industries {
      ...IndustryFields
      children {
        ...IndustryFields
      }
    }
  }

  fragment IndustryFields on Industry {
    code
    name
    tier
    parent {
      code
    }
    children {
      code
    }
    regions {
      code
      name
    }
    source {
      title
      issuer
      year
    }
  }
`);

const INDUSTRY = typed(`
  query IndustryByCode($code: ID!) {
    industry(code: $code) {
      ...IndustryFields
      parent {
        ...IndustryFields
      }
    }
  }

  fragment IndustryFields on Industry {
    code
    name
    tier
    parent {
      code
    }
    children {
      code
    }
    regions {
      code
      name
    }
    source {
      title
      issuer
      year
    }
  }
`);

const CODES_OF_INDUSTRY = typed(`
  query IndustryCodeById($code: ID!) {
    industry(code: $code) {
      code
    }
  }
`);

const COUNTIES = typed(`
  query IndustryRegionCounties {
    regions(level: COUNTY) {
      name
      parent {
        name
      }
    }
  }
`);

const CODES = typed(`
  query IndustryCodesOfRegion($region: ID) {
    industries(region: $region) {
      code
    }
  }
`);

describe('industries over GraphQL', () => {
  const config = loadConfig({});
  const logLines: Record<string, unknown>[] = [];
  let graph: Graph;
  let taxonomy: Taxonomy;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const file = taxonomyFile(config.projectRoot);
    taxonomy = await readTaxonomy(file);
    await loadTaxonomy(createRepositories(graph), file);
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'info' }, sink),
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

  it('lists every industry of the taxonomy with parents, children, regions and sources', async () => {
    const { data, errors } = await graphql(server.url, INDUSTRIES, {});
    expect(errors).toBeUndefined();
    const industries = data!.industries;
    expect(industries.map((i) => i.code)).toEqual(taxonomy.industries.map((i) => i.code).sort());
    for (const industry of industries) {
      const expected = taxonomy.industries.find((i) => i.code === industry.code)!;
      expect(industry.name).toBe(expected.name);
      expect(industry.parent?.code ?? null).toBe(expected.parentCode);
      expect(industry.regions.map((r) => r.code).sort()).toEqual([...expected.regionCodes].sort());
      expect(industry.children.map((c) => c.code)).toEqual(
        taxonomy.industries
          .filter((i) => i.parentCode === industry.code)
          .map((i) => i.code)
          .sort(),
      );
      expect(industry.source.title.length).toBeGreaterThan(4);
    }
  });

  it('batches the lookups of a whole list: a constant number of Neo4j queries, not one per industry', async () => {
    const before = graph.stats.queries;
    const { data } = await graphql(server.url, INDUSTRIES_WITH_CHILDREN, {});
    const queries = graph.stats.queries - before;
    expect(data!.industries.length).toBeGreaterThan(20);
    // list + children + regions, then children and regions of the children.
    expect(queries).toBeLessThanOrEqual(5);
    const logged = logLines.filter((line) => line.req && (line.req as { url: string }).url === '/graphql').at(-1);
    expect(logged?.neo4jQueries).toBe(queries);
  });

  it('serves one industry by code with its parent, children and regions', async () => {
    const child = taxonomy.industries.find((i) => i.parentCode && i.regionCodes.length > 0)!;
    const { data } = await graphql(server.url, INDUSTRY, { code: child.code });
    expect(data!.industry!.name).toBe(child.name);
    expect(data!.industry!.parent!.code).toBe(child.parentCode);
    expect(data!.industry!.parent!.children.map((c) => c.code)).toContain(child.code);
    const missing = await graphql(server.url, CODES_OF_INDUSTRY, { code: 'jx-no-such' });
    expect(missing.data).toEqual({ industry: null });
  });

  it('filters by parent, and by region given as code or Chinese name', async () => {
    const parent = taxonomy.industries.find((i) => taxonomy.industries.some((c) => c.parentCode === i.code))!;
    const children = await graphql(server.url, INDUSTRIES, { parent: parent.code });
    expect(children.data!.industries.length).toBeGreaterThan(0);
    expect(children.data!.industries.every((i) => i.parent?.code === parent.code)).toBe(true);

    const byName = await graphql(server.url, INDUSTRIES, { region: '海宁' });
    const byCode = await graphql(server.url, INDUSTRIES, { region: '330481' });
    expect(byName.data!.industries.length).toBeGreaterThan(0);
    expect(byName.data).toEqual(byCode.data);
    expect(byName.data!.industries.every((i) => i.regions.some((r) => r.name === '海宁市'))).toBe(true);
    const expectedHaining = taxonomy.industries
      .filter((i) => i.regionCodes.includes('330481'))
      .map((i) => i.code)
      .sort();
    expect(byName.data!.industries.map((i) => i.code)).toEqual(expectedHaining);
  });

  it('covers every district and county of Jiaxing in the region tree', async () => {
    const { data } = await graphql(server.url, COUNTIES, {});
    expect(data!.regions.map((r) => r.name).sort()).toEqual(['南湖区', '嘉善县', '平湖市', '桐乡市', '海宁市', '海盐县', '秀洲区'].sort());
    expect(new Set(data!.regions.map((r) => r.parent!.name))).toEqual(new Set(['嘉兴市']));
  });

  it('answers an unknown region with a typed NOT_FOUND error and bad documents with a 400', async () => {
    const unknown = await graphql(server.url, CODES, { region: '杭州' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('杭州');
    const broken = await graphql(server.url, '{ industries { code ');
    expect(broken.status).toBe(400);
    expect(broken.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknownField = await graphql(server.url, '{ industries { password } }');
    expect(unknownField.status).toBe(400);
  });

  it('answers an unreachable graph with UNAVAILABLE, and a client learns nothing about its address', async () => {
    const unreachable = Graph.connect('bolt://127.0.0.1:1', 'neo4j', 'x', { txTimeoutMs: 1_000, maxRetryTimeMs: 500 });
    const { app } = createApp({
      graph: unreachable,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: '/nonexistent',
      graphiql: false,
    });
    const broken = await listen(app);
    try {
      const { errors } = await graphql(broken.url, CODES, {});
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      expect(errors?.[0]?.message).toMatch(/not answering/);
      expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt/i);
      const ready = await fetch(`${broken.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', neo4j: 'unreachable' });
    } finally {
      await broken.close();
      await unreachable.close();
    }
  });

  it('reports health and readiness, and echoes or assigns a request id', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'ok' });
    const traced = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(traced.headers.get('x-request-id')).toBe('trace-123');
    const assigned = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(assigned.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
