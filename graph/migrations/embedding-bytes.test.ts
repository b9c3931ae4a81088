import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocuments } from '../../tests/support/documents.js';
import { testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../driver.js';
import { DocumentEmbeddingRepository } from '../repositories/embedding/document-embedding.js';
import { backfillEmbeddingBytes } from './embedding-bytes.js';

/** Embeddings stored as bytes beside the list (migration 160): written by `store`, backfilled for older ones, read back as the same floats. */

const DIMENSIONS = 512;
const vector = (seed: number) => Array.from({ length: DIMENSIONS }, (_, d) => Math.sin(seed * 7 + d) / 16);

describe('embedding bytes', () => {
  let graph: Graph;
  let repo: DocumentEmbeddingRepository;
  beforeAll(() => {
    graph = testGraph();
    repo = new DocumentEmbeddingRepository(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('backfills the documents embedded before the bytes, in batches, and the matrix reads the same floats from either', async () => {
    const model = `model-${randomUUID()}`;
    const ids = Array.from({ length: 5 }, (_, i) => `bytes-${randomUUID()}-${i}`).sort();
    await createDocuments(
      graph,
      ids.map((id) => ({ id, title: id })),
    );
    // Three written as before migration 160 (the list alone), two by the repository (list and bytes).
    await graph.write(
      `UNWIND $rows AS row MATCH (d:Document {id: row.id})
       SET d.embeddingModel = $model, d.contentHash = row.id
       WITH d, row CALL db.create.setNodeVectorProperty(d, 'embedding', row.embedding)`,
      { rows: ids.slice(0, 3).map((id, i) => ({ id, embedding: vector(i) })), model },
    );
    await graph.writeTx((tx) =>
      repo.store(
        tx,
        ids.slice(3).map((id, i) => ({ id, embedding: Float32Array.from(vector(i + 3)), contentHash: id, embeddingModel: model })),
      ),
    );
    const expected = ids.map((_, i) => Array.from(Float32Array.from(vector(i))));
    // Pages of two, so the matrix is filled across pages.
    const read = async () => {
      const matrix = await repo.embeddingMatrix(model, 2);
      expect(matrix.dimensions).toBe(DIMENSIONS);
      expect(matrix.ids).toEqual(ids);
      return ids.map((_, i) => Array.from(matrix.data.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS)));
    };
    const withBytes = async () =>
      (
        await graph.read<{ id: string }>('MATCH (d:Document) WHERE d.id IN $ids AND d.embeddingBytes IS NOT NULL RETURN d.id AS id', {
          ids,
        })
      )
        .map((row) => row.id)
        .sort();

    expect(await withBytes()).toEqual(ids.slice(3));
    expect(await read()).toEqual(expected);

    expect(await backfillEmbeddingBytes(graph, 2)).toBeGreaterThanOrEqual(3);
    expect(await withBytes()).toEqual(ids);
    expect(await read()).toEqual(expected);
    // Run again, it finds nothing of these left to write.
    await backfillEmbeddingBytes(graph, 2);
    expect(await read()).toEqual(expected);
  });
});
