import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../server/logger.js';
import { prepareFirstRun } from '../../server/first-run.js';
import { CrawlService, curatedSourcesFile } from '../../services/source/crawl.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { seedAccount } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** `hechuang start` on an empty graph: the curated sources, the next step, and a removal that is remembered. */

describe('first run', () => {
  let graph: Graph;
  const config = loadConfig({});
  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
  });
  afterAll(() => graph.close());

  it('loads the curated sources once, says to create an admin, and does not bring back a removed source', async () => {
    const curated = JSON.parse(await readFile(curatedSourcesFile(config.projectRoot), 'utf8')) as Array<{ id: string }>;
    const crawl = new CrawlService(graph, config.crawl);
    const start = async () => {
      const lines: string[] = [];
      await prepareFirstRun(graph, crawl, config.projectRoot, createLogger({ logLevel: 'silent' }), (line) => lines.push(line));
      return lines;
    };

    const first = await start();
    expect(first.join('\n')).toContain(`loaded ${curated.length} curated crawl sources`);
    expect(first.join('\n')).toMatch(/Next step: create the first admin account: hechuang users add .* --role admin/);
    expect((await crawl.listSources()).map((s) => s.id).sort()).toEqual(curated.map((s) => s.id).sort());

    const removed = curated[0]!.id;
    await crawl.removeSource(removed, CLI_ACTOR);
    await crawl.setEnabled(curated[1]!.id, false, '源站改版', CLI_ACTOR);
    await seedAccount(graph, 'first-admin@example.org', 'ADMIN');
    const again = await start();
    expect(again).toEqual([]);
    const sources = await crawl.listSources();
    expect(sources.map((s) => s.id)).not.toContain(removed);
    expect(sources).toHaveLength(curated.length - 1);
    expect(sources.find((s) => s.id === curated[1]!.id)).toMatchObject({ enabled: false, disabledReason: '源站改版' });
  });
});
