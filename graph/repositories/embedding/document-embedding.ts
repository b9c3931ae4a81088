import {
  type EmbeddingState,
  type EmbeddingWrite,
  type StoredEmbedding,
  type NearestDocument,
  type EmbeddingSource,
} from '../../../domain/embedding/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

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
        contentHash: row.contentHash,
        embeddingModel: row.embeddingModel,
      }));
      const [result] = await tx.run<{ written: number }>(
        `UNWIND $rows AS row
         MATCH (d:Document {id: row.id})
         CALL db.create.setNodeVectorProperty(d, 'embedding', row.embedding)
         SET d.contentHash = row.contentHash, d.embeddingModel = row.embeddingModel
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
   * Stored vectors of one model in pages ordered by id, each page's vectors as one Float32Array
   * (row i at i × dimensions): a rebuild holds one page of driver values at a time, never all of them.
   */
  async *embeddingPages(
    embeddingModel: string,
    pageSize = 2_000,
  ): AsyncGenerator<{ ids: string[]; vectors: Float32Array; dimensions: number }> {
    let after = '';
    for (;;) {
      const rows = await this.graph.read<{ id: string; embedding: number[] }>(
        `MATCH (d:Document) WHERE d.id > $after AND d.embeddingModel = $model AND d.embedding IS NOT NULL
         RETURN d.id AS id, d.embedding AS embedding ORDER BY d.id LIMIT $limit`,
        { after, model: embeddingModel, limit: int(pageSize) },
      );
      if (rows.length === 0) return;
      const dimensions = rows[0]!.embedding.length;
      const vectors = new Float32Array(rows.length * dimensions);
      rows.forEach((row, i) => vectors.set(row.embedding, i * dimensions));
      yield { ids: rows.map((row) => row.id), vectors, dimensions };
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.id;
    }
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
