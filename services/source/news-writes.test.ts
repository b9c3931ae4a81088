import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import { NewsWriteBatcher } from './news-writes.js';

/** Group commit of news saves: fewer transactions, the same outcomes as saving one after another. */

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

describe('news write batcher', () => {
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
    const batcher = new NewsWriteBatcher(counting, createRepositories(graph));
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
    const batcher = new NewsWriteBatcher(graph, createRepositories(graph));
    const first = batcher.save([item(`news-first-${tag}`, 'source-a')]);
    // A map is no property value: Neo4j refuses the write.
    const good = item(`news-bad-${tag}`, 'source-b');
    const bad = { ...good, draft: { ...good.draft, title: { not: 'a string' } as unknown as string } };
    const results = await Promise.allSettled([batcher.save([bad]), batcher.save([item(`news-good-${tag}`, 'source-c')])]);
    expect(await first).toEqual(['new']);
    expect(results[0].status).toBe('rejected');
    expect(results[1]).toEqual({ status: 'fulfilled', value: ['new'] });
  });
});
