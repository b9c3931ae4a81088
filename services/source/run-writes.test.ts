import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import type { SourceRecord } from '../../domain/source/model.js';
import type { RunOutcome } from './run-writes.js';
import { afterSuccess } from '../../domain/source/health.js';
import { buildSource, uniqueId } from '../../tests/support/factories/source.js';
import { RunWriteBatcher } from './run-writes.js';

/** Group commit of runs' ends: fewer transactions, the same outcomes as writing one after another. */

const item = (id: string, sourceId: string, text = `${id} 的正文`): NewsSaveInput => ({
  id,
  draft: {
    guid: id,
    url: `https://example.org/${id}`,
    title: `${id} 标题`,
    summary: '',
    text,
    html: `<p>${text}</p>`,
    publishedAt: null,
    author: null,
  },
  contentHash: `hash-${text}`,
  sourceId,
  regionCode: '330400',
  level: '嘉兴市',
  industryCodes: [],
  mentionIds: [],
});

const healthAfter = (current: SourceRecord, outcome: RunOutcome, now: Date) =>
  afterSuccess(current, { etag: outcome.ok ? outcome.etag : null, lastModified: null, now });

/** Items only, as the earlier news batcher saved them: the outcomes of each request. */
const newsOnly = (graph: Graph) => {
  const batcher = new RunWriteBatcher(graph, createRepositories(graph), { healthAfter, clock: () => new Date() });
  return { save: async (items: NewsSaveInput[]) => (await batcher.write({ items, finish: null })).outcomes };
};

describe('run write batcher', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('saves the feeds queued during a write in one transaction; a story two feeds carry belongs to the first', async () => {
    const tag = randomUUID().slice(0, 8);
    const [a, b, c, shared] = ['a', 'b', 'c', 'shared'].map((name) => `news-${name}-${tag}`) as [string, string, string, string];
    let transactions = 0;
    const counting = Object.create(graph) as Graph;
    counting.writeTx = (work, options) => {
      transactions += 1;
      return graph.writeTx(work, options);
    };
    const batcher = newsOnly(counting);
    const saves = [
      batcher.save([item(a, 'source-a')]),
      // Queued while the first write runs: saved together, in this order.
      batcher.save([item(shared, 'source-b'), item(b, 'source-b')]),
      batcher.save([item(shared, 'source-c', '另一家转载的正文'), item(c, 'source-c')]),
    ];
    expect(await Promise.all(saves)).toEqual([['new'], ['new', 'new'], ['unchanged', 'new']]);
    expect(transactions).toBe(2);
    const [stored] = await graph.read<{ sourceId: string; text: string; revision: number }>(
      'MATCH (n:NewsItem {id: $id}) RETURN n.sourceId AS sourceId, n.text AS text, n.revision AS revision',
      { id: shared },
    );
    expect(stored).toEqual({ sourceId: 'source-b', text: `${shared} 的正文`, revision: 1 });
    // Saved again, changed: a revision, as one save after another would give.
    expect(await batcher.save([item(shared, 'source-b', '更正后的正文')])).toEqual(['updated']);
  });

  it('a failing batch fails only the source whose items are bad', async () => {
    const tag = randomUUID().slice(0, 8);
    const batcher = newsOnly(graph);
    const first = batcher.save([item(`news-first-${tag}`, 'source-a')]);
    // A map is no property value: Neo4j refuses the write.
    const good = item(`news-bad-${tag}`, 'source-b');
    const bad = { ...good, draft: { ...good.draft, title: { not: 'a string' } as unknown as string } };
    const results = await Promise.allSettled([batcher.save([bad]), batcher.save([item(`news-good-${tag}`, 'source-c')])]);
    expect(await first).toEqual(['new']);
    expect(results[0].status).toBe('rejected');
    expect(results[1]).toEqual({ status: 'fulfilled', value: ['new'] });
  });

  it('ends runs with their items in one transaction: counts, health, the lease freed; a bad item fails only its run', async () => {
    const repos = createRepositories(graph);
    const sources = await Promise.all([0, 1, 2].map(() => buildSource(graph)));
    const runs = sources.map((source) => ({ sourceId: source.id, runId: uniqueId('run'), token: uniqueId('token') }));
    await graph.writeTx((tx) =>
      repos.crawlRuns.startRuns(
        tx,
        runs.map((r) => ({ id: r.runId, sourceId: r.sourceId, token: r.token, startedAt: new Date() })),
        'interrupted',
        new Date(),
      ),
    );
    let transactions = 0;
    const counting = Object.create(graph) as Graph;
    counting.writeTx = (work, options) => {
      transactions += 1;
      return graph.writeTx(work, options);
    };
    const batcher = new RunWriteBatcher(counting, repos, { healthAfter, clock: () => new Date() });
    const finish = (i: number) => ({
      ...runs[i]!,
      status: 'ok' as const,
      counts: { fetched: 1, new: 0, updated: 0, unchanged: 0, errors: 0 },
      messages: [],
      outcome: { ok: true as const, etag: `"etag-${i}"`, lastModified: null },
    });
    const good = item(uniqueId('news'), sources[0]!.id);
    const bad = { ...item(uniqueId('news'), sources[1]!.id), draft: { ...good.draft, title: { not: 'a string' } as unknown as string } };
    const results = await Promise.allSettled([
      batcher.write({ items: [good], finish: finish(0) }),
      batcher.write({ items: [bad], finish: finish(1) }),
      batcher.write({ items: [], finish: finish(2) }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ value: { outcomes: ['new'], counts: { fetched: 1, new: 1 }, health: { etag: '"etag-0"' } } });
    // The first alone, then the two queued during it together, then each of those alone.
    expect(transactions).toBe(4);
    const stored = await graph.read<{ status: string; new: number; locked: boolean; etag: string | null; items: number }>(
      `UNWIND $runs AS r MATCH (run:CrawlRun {id: r.runId})-[:OF_SOURCE]->(s:Source)
       RETURN run.status AS status, run.new AS new, s.runLock IS NOT NULL AS locked, s.etag AS etag,
              COUNT { (:NewsItem)-[:FROM_SOURCE]->(s) } AS items`,
      { runs },
    );
    expect(stored).toEqual([
      { status: 'ok', new: 1, locked: false, etag: '"etag-0"', items: 1 },
      // The failed write left nothing: the run still running and locked, for the crawler to record as failed.
      { status: 'running', new: 0, locked: true, etag: null, items: 0 },
      { status: 'ok', new: 0, locked: false, etag: '"etag-2"', items: 0 },
    ]);
  });
});
