import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { Client, codeOf, signedInClient, startApp } from '../support/client.js';
import { testGraph } from '../support/graph.js';
import { loadReferenceData } from '../support/factories/entity.js';
import { typed } from '../gql/index.js';

/** Learning paths over real HTTP: a librarian drafts and publishes one, visitors find it, readers cannot change it. */

const CREATE = typed(`
  mutation LearningApiCreate($input: LearningPathInput!) {
    createLearningPath(input: $input) {
      id
      slug
      version
      status
    }
  }
`);

const PUBLISH = typed(`
  mutation LearningApiPublish($id: ID!, $version: Int!) {
    publishLearningPath(id: $id, version: $version, published: true) {
      version
      status
    }
  }
`);

const UPDATE = typed(`
  mutation LearningApiUpdate($id: ID!, $version: Int!, $input: LearningPathInput!) {
    updateLearningPath(id: $id, version: $version, input: $input) {
      version
    }
  }
`);

const FIND = typed(`
  query LearningApiFind($query: String, $industry: ID, $key: ID!, $code: ID!) {
    learningPaths(query: $query, industry: $industry, first: 5) {
      totalCount
      edges {
        node {
          slug
          industry {
            code
          }
        }
      }
    }
    learningPath(key: $key) {
      title
      steps {
        position
        kind
        url
        note
      }
    }
    industryLibrary(code: $code) {
      learningPaths {
        slug
      }
    }
  }
`);

describe('learning paths: GraphQL', { timeout: 120_000 }, () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;
  let reader: Client;

  beforeAll(async () => {
    graph = testGraph();
    await loadReferenceData(graph);
    server = await startApp(graph);
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
    reader = await signedInClient(graph, server.url, 'READER');
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('publishes a librarian’s draft to visitors, in search and in the industry’s library, and refuses readers and bad links', async () => {
    const word = `光伏组件回收${Date.now().toString(36)}`;
    const input = {
      slug: `pv-recycling-${Date.now().toString(36)}`,
      title: `${word}入门`,
      summary: '光伏企业的学习路径',
      industry: 'jx-smart-pv',
      steps: [
        { kind: 'LINK' as const, url: 'https://www.zjzwfw.gov.cn/', title: '浙江政务服务网', note: '先办执照' },
        { kind: 'LINK' as const, url: 'https://www.cnipa.gov.cn/', title: '国家知识产权局', note: '再看专利' },
      ],
    };
    const created = (await librarian.gql(CREATE, { input })).data!.createLearningPath;
    expect(created).toMatchObject({ version: 1, status: 'DRAFT' });
    const visitor = new Client(server.url);
    const variables = { query: word, key: created.slug, code: 'jx-haining-smart-pv' };
    const before = (await visitor.gql(FIND, variables)).data!;
    expect(before.learningPaths.totalCount).toBe(0);
    expect(before.learningPath).toBeNull();

    expect(codeOf(await reader.gql(PUBLISH, { id: created.id, version: 1 }))).toBe('FORBIDDEN');
    expect(codeOf(await visitor.gql(PUBLISH, { id: created.id, version: 1 }))).toBe('UNAUTHENTICATED');
    const bad = await librarian.gql(UPDATE, {
      id: created.id,
      version: 1,
      input: { ...input, steps: [{ kind: 'LINK', url: 'javascript:alert(1)', title: '坏链接' }] },
    });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect((await librarian.gql(PUBLISH, { id: created.id, version: 1 })).data!.publishLearningPath).toEqual({
      version: 2,
      status: 'PUBLISHED',
    });

    // A founder of 海宁智能光伏 (under 智能光伏) finds it by search, by the parent industry and in the library.
    const after = (await visitor.gql(FIND, { ...variables, industry: 'jx-haining-smart-pv' })).data!;
    expect(after.learningPaths.edges.map((e) => e.node)).toEqual([{ slug: created.slug, industry: { code: 'jx-smart-pv' } }]);
    expect(after.learningPath?.steps).toEqual([
      { position: 1, kind: 'LINK', url: 'https://www.zjzwfw.gov.cn/', note: '先办执照' },
      { position: 2, kind: 'LINK', url: 'https://www.cnipa.gov.cn/', note: '再看专利' },
    ]);
    expect(after.industryLibrary?.learningPaths?.map((p) => p.slug)).toContain(created.slug);
    expect(codeOf(await visitor.gql(FIND, { ...variables, industry: 'no-such-industry' }))).toBe('NOT_FOUND');
  });
});
