import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../driver.js';
import { EMBEDDING_DIMENSIONS, MIGRATIONS, NODE_IDS } from './migrations.js';
import { migrate, migrationsApplied } from './runner.js';

async function schemaSnapshot(graph: Graph) {
  const constraints = await graph.read<{ name: string; labels: string[]; properties: string[] }>(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties RETURN name, labels, properties ORDER BY name',
  );
  const indexes = await graph.read<{ name: string; type: string; labels: string[]; properties: string[]; options: unknown }>(
    `SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties, options
     WHERE type <> 'LOOKUP' RETURN name, type, labels, properties, options ORDER BY name`,
  );
  return { constraints, indexes };
}

describe('migrations', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  it('are recorded in the graph and a second run changes nothing', async () => {
    await migrate(graph);
    const before = await schemaSnapshot(graph);
    const second = await migrate(graph);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await schemaSnapshot(graph)).toEqual(before);
    expect(await migrationsApplied(graph)).toBe(true);
    const recorded = await graph.read<{ count: number }>('MATCH (m:Migration) RETURN count(m) AS count');
    expect(recorded[0]?.count).toBe(MIGRATIONS.length);
  });

  it('create a uniqueness constraint for every node id the architecture names', async () => {
    await migrate(graph);
    const { constraints } = await schemaSnapshot(graph);
    for (const [label, property] of NODE_IDS) {
      expect(constraints).toContainEqual(expect.objectContaining({ labels: [label], properties: [property] }));
    }
    await graph.write("CREATE (:Policy {id: 'dup-test'})");
    await expect(graph.write("CREATE (:Policy {id: 'dup-test'})")).rejects.toThrow(/already exists/);
    await graph.write("MATCH (p:Policy {id: 'dup-test'}) DELETE p");
  });

  it('keep no constraint or index for the labels nothing creates yet', async () => {
    await migrate(graph);
    const { constraints, indexes } = await schemaSnapshot(graph);
    // Book, Bookstore and PurchaseRequest came back with the purchase work (migration 71); readers are Accounts with a LibraryCard.
    const unbuilt = ['Reader'];
    expect(constraints.filter((c) => c.labels.some((l) => unbuilt.includes(l)))).toEqual([]);
    expect(indexes.filter((i) => i.labels.some((l) => unbuilt.includes(l)))).toEqual([]);
  });

  it('create cjk full-text indexes and a 512-d cosine vector index', async () => {
    await migrate(graph);
    const { indexes } = await schemaSnapshot(graph);
    const fulltext = indexes.filter((i) => i.type === 'FULLTEXT');
    expect(fulltext.map((i) => i.name)).toEqual(expect.arrayContaining(['document_text', 'policy_text', 'industry_text', 'news_text']));
    // Migration 180: news by title and text; the summary only repeated the text's words.
    expect(fulltext.find((i) => i.name === 'news_text')?.properties).toEqual(['title', 'text']);
    for (const index of fulltext) {
      expect((index.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('cjk');
    }
    const vector = indexes.find((i) => i.name === 'document_embedding');
    const config = (vector?.options as { indexConfig: Record<string, unknown> }).indexConfig;
    expect(vector?.type).toBe('VECTOR');
    expect(config['vector.dimensions']).toBe(EMBEDDING_DIMENSIONS);
    expect(config['vector.similarity_function']).toBe('COSINE');
  });

  it('refuse a migration whose statements changed after it was applied', async () => {
    const tampered = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, statements: [...m.statements, 'RETURN 1'] } : m));
    await expect(migrate(graph, tampered)).rejects.toThrow(/migration 1 .* was changed after it was applied/);
  });
});
