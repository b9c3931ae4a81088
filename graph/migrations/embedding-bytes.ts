import { vectorBytes } from '../../lib/vector-bytes.js';
import type { Graph } from '../driver.js';
import { int } from '../values.js';

const BATCH = 2_000;

/**
 * Writes `embeddingBytes` for every document embedded before the bytes were stored, in
 * transactions of 2,000 documents walked by id (the id constraint's index): a migration that
 * stops half-way resumes, and a document that has its bytes is skipped.
 */
export async function backfillEmbeddingBytes(graph: Graph, batch = BATCH): Promise<number> {
  let after = '';
  let written = 0;
  for (;;) {
    const page = await graph.read<{ id: string; embedding: number[] | null }>(
      `MATCH (d:Document) WHERE d.id > $after
       WITH d ORDER BY d.id LIMIT $limit
       RETURN d.id AS id, CASE WHEN d.embedding IS NOT NULL AND d.embeddingBytes IS NULL THEN d.embedding END AS embedding`,
      { after, limit: int(batch) },
    );
    const rows = page.flatMap((row) => (row.embedding ? [{ id: row.id, bytes: vectorBytes(row.embedding) }] : []));
    if (rows.length > 0) {
      await graph.write(`UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.embeddingBytes = row.bytes`, { rows });
      written += rows.length;
    }
    if (page.length < batch) return written;
    after = page[page.length - 1]!.id;
  }
}
