import {
  type EmbeddingState,
  type EmbeddingWrite,
  type StoredEmbedding,
  type NearestDocument,
  type EmbeddingSource,
} from '../../../domain/embedding/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { readVectorBytes, vectorBytes } from '../../../lib/vector-bytes.js';

const BATCH = 500;

export class DocumentEmbeddingRepository {
  constructor(private readonly graph: Graph) {}

  /** What is stored for these documents; unknown ids are left out. */
  async states(ids: readonly string[]): Promise<EmbeddingState[]> {
    if (ids.length === 0) return [];
    return this.graph.read<EmbeddingState>(
      `UNWIND $ids AS id
       MATCH (d:Document {id: id})
       RETURN d.id AS id, d.contentHash AS contentHash, d.embeddingModel AS embeddingModel`,
      { ids },
    );
  }

  /** Texts to embed: every Document (by id), or the given ones that exist. */
  async sources(ids?: readonly string[]): Promise<EmbeddingSource[]> {
    return this.graph.read<EmbeddingSource>(
      `${ids ? 'UNWIND $ids AS id MATCH (d:Document {id: id})' : 'MATCH (d:Document)'}
       RETURN d.id AS id, coalesce(d.title, '') AS title, d.abstract AS abstract, coalesce(d.keywords, []) AS keywords
       ORDER BY d.id`,
      { ids: ids ?? [] },
    );
  }

  /** Stores vectors on existing documents in the caller's transaction; returns how many documents were found and written. */
  async store(tx: Tx, rows: readonly EmbeddingWrite[]): Promise<number> {
    let written = 0;
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map((row) => ({
        id: row.id,
        embedding: Array.from(row.embedding),
        bytes: vectorBytes(row.embedding),
        contentHash: row.contentHash,
        embeddingModel: row.embeddingModel,
      }));
      const [result] = await tx.run<{ written: number }>(
        `UNWIND $rows AS row
         MATCH (d:Document {id: row.id})
         CALL db.create.setNodeVectorProperty(d, 'embedding', row.embedding)
         SET d.embeddingBytes = row.bytes, d.contentHash = row.contentHash, d.embeddingModel = row.embeddingModel
         RETURN count(d) AS written`,
        { rows: batch },
      );
      written += result?.written ?? 0;
    }
    return written;
  }

  /** Stored vectors of one model, for clustering; all documents when `ids` is omitted. */
  async embeddings(embeddingModel: string, ids?: readonly string[]): Promise<StoredEmbedding[]> {
    const rows = await this.graph.read<StoredEmbedding>(
      ids
        ? `UNWIND $ids AS id MATCH (d:Document {id: id})
           WHERE d.embeddingModel = $model AND d.embedding IS NOT NULL
           RETURN d.id AS id, d.embedding AS embedding, d.embeddingModel AS embeddingModel`
        : `MATCH (d:Document) WHERE d.embeddingModel = $model AND d.embedding IS NOT NULL
           RETURN d.id AS id, d.embedding AS embedding, d.embeddingModel AS embeddingModel ORDER BY d.id`,
      { ids: ids ?? [], model: embeddingModel },
    );
    return rows;
  }

  /**
   * Every stored vector of one model, read in pages ordered by id straight into one Float32Array
   * (row i at i × dimensions, the rows in `ids`' order), sized by a count first: a rebuild holds one
   * page of driver values at a time beside the matrix, never all of them. Each vector comes as its
   * stored bytes (`embeddingBytes`); the list the vector index reads only for a document written
   * before the bytes were (migration 160 backfills them).
   */
  async embeddingMatrix(embeddingModel: string, pageSize = 2_000): Promise<{ ids: string[]; data: Float32Array; dimensions: number }> {
    const [count] = await this.graph.read<{ documents: number }>(
      `MATCH (d:Document) WHERE d.embeddingModel = $model AND d.embedding IS NOT NULL RETURN count(d) AS documents`,
      { model: embeddingModel },
    );
    const ids: string[] = [];
    let data = new Float32Array(0);
    let dimensions = 0;
    let after = '';
    for (;;) {
      const rows = await this.graph.read<{ id: string; bytes: Int8Array | null; embedding: number[] | null }>(
        `MATCH (d:Document) WHERE d.id > $after AND d.embeddingModel = $model AND d.embedding IS NOT NULL
         RETURN d.id AS id, d.embeddingBytes AS bytes, CASE WHEN d.embeddingBytes IS NULL THEN d.embedding END AS embedding
         ORDER BY d.id LIMIT $limit`,
        { after, model: embeddingModel, limit: int(pageSize) },
      );
      if (rows.length === 0) break;
      if (dimensions === 0) {
        dimensions = rows[0]!.bytes ? rows[0]!.bytes.byteLength / 4 : rows[0]!.embedding!.length;
        data = new Float32Array(Math.max(count?.documents ?? 0, rows.length) * dimensions);
      }
      // Documents embedded since the count: the matrix grows.
      if ((ids.length + rows.length) * dimensions > data.length) {
        const grown = new Float32Array(Math.ceil((ids.length + rows.length) * 1.25) * dimensions);
        grown.set(data);
        data = grown;
      }
      for (const row of rows) {
        const offset = ids.length * dimensions;
        const read = row.bytes ? readVectorBytes(row.bytes, data, offset) : (data.set(row.embedding!, offset), row.embedding!.length);
        if (read !== dimensions) throw new Error(`document ${row.id} has ${read} dimensions stored, not ${dimensions}`);
        ids.push(row.id);
      }
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]!.id;
    }
    return { ids, data: data.subarray(0, ids.length * dimensions), dimensions };
  }

  /** Whether any document has an embedding (one seek on the `embeddingModel` index). */
  async anyEmbedded(): Promise<boolean> {
    const rows = await this.graph.read(`MATCH (d:Document) WHERE d.embeddingModel IS NOT NULL RETURN d.id LIMIT 1`);
    return rows.length > 0;
  }

  /** Nearest documents to a vector through the `document_embedding` index (cosine, best first). */
  async nearest(vector: Float32Array | number[], limit: number, embeddingModel: string): Promise<NearestDocument[]> {
    return this.graph.read<NearestDocument>(
      `CALL db.index.vector.queryNodes('document_embedding', $k, $vector) YIELD node, score
       WHERE node.embeddingModel = $model
       RETURN node.id AS id, coalesce(node.title, '') AS title, score ORDER BY score DESC LIMIT $limit`,
      { k: int(Math.max(limit * 4, limit)), limit: int(limit), vector: Array.from(vector), model: embeddingModel },
    );
  }
}
