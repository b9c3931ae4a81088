import { plainTextQuery } from '../../../lib/fulltext.js';
import {
  type DocumentRecord,
  type ProvenanceRecord,
  type DocumentFilter,
  type DocumentExportScope,
  type DocumentListPosition,
} from '../../../domain/document/types.js';
import type { Graph } from '../../driver.js';
import { int, alignByKey } from '../../values.js';
import { BATCH_FIELDS, DOCUMENT_FIELDS, FILTER, filterParams } from './fields.js';

/** Document nodes (literature records): reads, search, export pages and provenance. */
export class DocumentRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document) WHERE d.id IN $ids RETURN d ${DOCUMENT_FIELDS} AS doc`,
      { ids },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.doc.id, row.doc] as const),
    );
  }

  /** The documents among `ids` that pass `filter`, in the order of `ids` (to restrict a ranking). */
  async matching(ids: readonly string[], filter: DocumentFilter = {}): Promise<DocumentRecord[]> {
    // No ids, no round trip: a search before any document is embedded asks with none.
    if (ids.length === 0) return [];
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `UNWIND range(0, size($ids) - 1) AS rank
       MATCH (d:Document {id: $ids[rank]}) WHERE ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY rank`,
      { ids, ...filterParams(filter) },
    );
    return rows.map((row) => row.doc);
  }

  /**
   * Documents newest import first (then by id), after a keyset position, restricted by
   * `filter`. Returns up to `first` documents and whether more follow.
   */
  async list(input: {
    first: number;
    after?: DocumentListPosition | null;
    filter?: DocumentFilter;
  }): Promise<{ items: DocumentRecord[]; hasMore: boolean }> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document)
       WHERE ${FILTER}
         AND ($afterAt IS NULL OR d.importedAt < datetime($afterAt) OR (d.importedAt = datetime($afterAt) AND d.id > $afterId))
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY d.importedAt DESC, d.id LIMIT $limit`,
      {
        ...filterParams(input.filter),
        afterAt: input.after?.importedAt ?? null,
        afterId: input.after?.id ?? null,
        limit: int(input.first + 1),
      },
    );
    return { items: rows.slice(0, input.first).map((row) => row.doc), hasMore: rows.length > input.first };
  }

  async countMatching(filter: DocumentFilter = {}): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>(
      `MATCH (d:Document) WHERE ${FILTER} RETURN count(d) AS total`,
      filterParams(filter),
    );
    return row?.total ?? 0;
  }

  /**
   * Full-text search over title, abstract and keywords (the cjk index `document_text`),
   * best match first, restricted by `filter`. The query is searched as words: Lucene syntax
   * in it is escaped.
   */
  async fullTextSearch(input: {
    query: string;
    first: number;
    offset: number;
    filter?: DocumentFilter;
  }): Promise<{ items: { doc: DocumentRecord; score: number }[]; total: number }> {
    const params = {
      ...filterParams(input.filter),
      query: plainTextQuery(input.query),
      first: int(input.first),
      offset: int(input.offset),
    };
    const [counted] = await this.graph.read<{ total: number }>(
      `CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node AS d WHERE ${FILTER} RETURN count(d) AS total`,
      params,
    );
    const rows = await this.graph.read<{ doc: DocumentRecord; score: number }>(
      `CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node AS d, score
       WHERE ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc, score ORDER BY score DESC, d.id SKIP $offset LIMIT $first`,
      params,
    );
    return { items: rows, total: counted?.total ?? 0 };
  }

  /**
   * One page of the documents of an export scope, by id after `afterId` (keyset, so a long
   * export never holds more than a page): a topic's members, the documents of the topics
   * mapped to an industry or its sub-industries, an import batch's, or all.
   */
  async exportPage(scope: DocumentExportScope, afterId: string | null, limit: number): Promise<DocumentRecord[]> {
    const rows = await this.graph.read<{ doc: DocumentRecord }>(
      `MATCH (d:Document)
       WHERE ($afterId IS NULL OR d.id > $afterId)
         AND ${FILTER}
       RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY d.id LIMIT $limit`,
      {
        ...filterParams({ ...scope.filter, batchId: scope.batchId ?? null, topicId: scope.topicId, industryCode: scope.industryCode }),
        afterId,
        limit: int(limit),
      },
    );
    return rows.map((row) => row.doc);
  }

  /** Every batch each document was seen in, oldest first (a DataLoader batch). */
  async provenanceOf(ids: readonly string[]): Promise<ProvenanceRecord[][]> {
    const rows = await this.graph.read<{ id: string; seen: ProvenanceRecord[] }>(
      `UNWIND $ids AS id
       MATCH (d:Document {id: id})-[r:IMPORTED_IN|REPEATED_IN]->(b:ImportBatch)
       WITH id, r, b ORDER BY b.importedAt, b.id
       RETURN id, collect({batch: b ${BATCH_FIELDS}, line: r.line, sourceId: r.sourceId,
                           added: type(r) = 'IMPORTED_IN', matchedBy: r.matchedBy}) AS seen`,
      { ids },
    );
    const byId = new Map(rows.map((row) => [row.id, row.seen]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>('MATCH (d:Document) RETURN count(d) AS total');
    return row?.total ?? 0;
  }
}
