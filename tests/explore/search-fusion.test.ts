import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createApp } from '../../server/http/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { EmbeddingService } from '../../services/embedding/service.js';
import { typed } from '../gql/index.js';
import { createDocuments } from '../support/documents.js';
import { buildOrganization } from '../support/factories/entity.js';
import { freePort } from '../support/global-setup.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { graphql, listen } from '../support/http.js';
import type { SearchKind } from '../gql/graphql.js';

/** Cross-kind `search` fused with document embeddings: real model, real Neo4j, real HTTP. */

const SEARCH = typed(`
  query ExploreFusedSearch($q: String!, $kinds: [SearchKind!]) {
    search(query: $q, kinds: $kinds, first: 10) { mode notice edges { score node { id kind label } } }
  }
`);

describe('search across kinds with embeddings', () => {
  let graph: Graph;
  let service: EmbeddingService;
  let server: Awaited<ReturnType<typeof listen>>;
  let bare: Awaited<ReturnType<typeof listen>>;
  let noCache: string;
  let appOptions: Omit<Parameters<typeof createApp>[0], 'services'>;
  let brokenConfig: ReturnType<typeof loadConfig>;

  beforeAll(async () => {
    const config = loadConfig({ HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    graph = testGraph();
    await resetGraph(graph);
    await createDocuments(graph, [
      { id: 'doc-literal', title: '碳纤维原丝的生产工艺', abstract: '介绍碳纤维原丝纺丝与预氧化工艺。' },
      {
        id: 'doc-related',
        title: '高强度复合材料在风电叶片中的应用',
        abstract: '以聚丙烯腈基增强体与环氧树脂制备轻质高强的层合板，研究其拉伸与疲劳性能。',
      },
      {
        id: 'doc-related-2',
        title: '轻质高强结构材料',
        abstract: '以石墨化增强体和树脂基体制备航空航天用轻量化层合结构件，测试其比强度与比模量。',
      },
      { id: 'doc-ear', title: '慢性中耳炎手术中的面神经保护', abstract: '回顾分析慢性中耳炎患者手术治疗中面神经暴露与术后面瘫的发生。' },
      { id: 'doc-fish', title: '宁夏地区鱼类配合饲料的选择', abstract: '面对种类繁杂的人工配合饲料，如何选择优质饲料和科学饲养。' },
    ]);
    await buildOrganization(graph, { name: '嘉兴碳纤维研究院' });
    service = new EmbeddingService(graph, config);
    // A service whose model cannot be had: no cache directory, no reachable source.
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    noCache = path.join(os.tmpdir(), `hechuang-no-model-${process.pid}`);
    brokenConfig = loadConfig({ HF_ENDPOINT: nowhere, MAVEN_REPOSITORY_URL: nowhere, CACHE_DIR: noCache, MODEL_FETCH_TIMEOUT_MS: '500' });
    appOptions = {
      graph,
      log: createLogger({ logLevel: 'silent' }),
      serviceVersion: 'test',
      webDist: path.join(config.projectRoot, 'web', 'dist'),
      graphiql: false,
    };
    server = await listen(createApp({ ...appOptions, services: { embedding: service } }).app);
    bare = await listen(createApp(appOptions).app);
  });
  afterAll(async () => {
    await server?.close();
    await bare?.close();
    await service?.close();
    await rm(noCache, { recursive: true, force: true });
    await graph?.close();
  });

  /** An app whose model cannot be had, fresh for each test (a failed model is remembered per service). */
  async function withBrokenModel(work: (url: string) => Promise<void>) {
    const brokenService = new EmbeddingService(graph, brokenConfig);
    const broken = await listen(createApp({ ...appOptions, services: { embedding: brokenService } }).app);
    try {
      await work(broken.url);
    } finally {
      await broken.close();
      await brokenService.close();
    }
  }

  const search = async (url: string, q: string, kinds?: SearchKind[]) => {
    const { data, errors } = await graphql(url, SEARCH, { q, kinds });
    expect(errors).toBeUndefined();
    const { edges, ...rest } = data!.search;
    return { ...rest, hits: edges };
  };

  it('stays full text, and says why, without the model or before any embedding', async () => {
    await graph.write('MATCH (d:Document) REMOVE d.embedding, d.embeddingModel, d.contentHash');
    const withoutModel = await search(bare.url, '碳纤维');
    expect(withoutModel.mode).toBe('FULLTEXT');
    expect(withoutModel.notice).toMatch(/without the embedding model/);
    expect(withoutModel.hits.map((h) => `${h.node.kind}:${h.node.label}`).sort()).toEqual([
      'Document:碳纤维原丝的生产工艺',
      'Organization:嘉兴碳纤维研究院',
    ]);

    const notEmbedded = await search(server.url, '碳纤维');
    expect(notEmbedded).toMatchObject({ mode: 'FULLTEXT', notice: expect.stringMatching(/no document has an embedding yet/) as unknown });

    // With nothing embedded the model is not even consulted: the unreachable one is not noticed.
    await withBrokenModel(async (url) => {
      const brokenBeforeEmbedding = await search(url, '碳纤维');
      expect(brokenBeforeEmbedding).toMatchObject({
        mode: 'FULLTEXT',
        notice: expect.stringMatching(/no document has an embedding yet/) as unknown,
      });
    });
  });

  it('stays full text, and says why, when documents are embedded but the model is unavailable', async () => {
    await service.embedDocuments().done;
    const withoutModel = await search(bare.url, '碳纤维');
    await withBrokenModel(async (url) => {
      const unavailable = await search(url, '碳纤维');
      expect(unavailable.mode).toBe('FULLTEXT');
      expect(unavailable.notice).toMatch(/embedding model is unavailable/);
      expect(unavailable.hits.length).toBe(withoutModel.hits.length);
    });
  });

  it('fuses full text with the nearest documents: 碳纤维 finds composites that never say it, not unrelated ones', async () => {
    await service.embedDocuments().done;
    const fused = await search(server.url, '碳纤维');
    expect(fused).toMatchObject({ mode: 'HYBRID', notice: null });
    const ids = fused.hits.map((h) => h.node.id);
    expect(ids[0]).toBe('doc-literal');
    expect(ids).toContain('doc-related');
    expect(ids).toContain('doc-related-2');
    expect(ids).not.toContain('doc-ear');
    expect(ids).not.toContain('doc-fish');
    // Other kinds stay in the same ranking.
    expect(fused.hits.find((h) => h.node.kind === 'Organization')?.node.label).toBe('嘉兴碳纤维研究院');
    const scores = fused.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Asked for organisations only, nothing is fused.
    expect(await search(server.url, '碳纤维', ['ORGANIZATION'])).toMatchObject({
      mode: 'FULLTEXT',
      notice: null,
      hits: [{ node: { kind: 'Organization' } }],
    });
  });
});
