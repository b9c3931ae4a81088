import type { FilingRecord, IndustryDocument, IndustryDocumentFilter, MachineFiling } from '../../../domain/industry/filing.js';
import type { Graph, Tx } from '../../driver.js';
import { readIn } from '../topic/fields.js';
import { int } from '../../values.js';
import { PART_OF_PATH } from '../within.js';

const BATCH = 2_000;

const FILING_FIELDS = `{
  documentId: d.id, industryCode: i.code, score: f.score, semantic: f.semantic, lexical: coalesce(f.lexical, 0.0),
  evidence: coalesce(f.evidence, []), profile: f.profile, decidedBy: coalesce(f.decidedBy, 'machine'),
  deleted: coalesce(f.deleted, false), rank: coalesce(f.rank, 0), actor: f.actor
}`;

const FILTER_WHERE = `($year IS NULL OR d.year = $year)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($journal IS NULL OR d.journal = $journal)
  AND ($documentIds IS NULL OR d.id IN $documentIds)
  AND ($topicId IS NULL OR EXISTS { (d)-[:IN_TOPIC]->(:Topic {id: $topicId}) })`;

const filterParams = (filter: IndustryDocumentFilter) => ({
  year: filter.year ?? null,
  yearFrom: filter.yearFrom ?? null,
  yearTo: filter.yearTo ?? null,
  journal: filter.journal ?? null,
  topicId: filter.topicId ?? null,
  documentIds: filter.documentIds ? [...filter.documentIds] : null,
});

/**
 * Documents filed under industries: `(:Document)-[:FILED_UNDER {score, semantic, lexical,
 * evidence, profile, decidedBy, deleted, rank, actor, filedAt}]->(:Industry)`. The machine's
 * filings are replaced as a whole per document; a librarian's (and a librarian's removal, kept
 * with `deleted = true`) stay: what to write is decided by the service through
 * domain/curation/precedence.ts, this persists it.
 */
export class FilingRepository {
  constructor(private readonly graph: Graph) {}

  /** Every filing of the given documents, live and removed, machine's and librarian's. */
  async filingsOf(documentIds: readonly string[], tx?: Tx): Promise<FilingRecord[]> {
    return readIn<{ filing: FilingRecord }>(
      this.graph,
      tx,
      `UNWIND $ids AS id MATCH (d:Document {id: id})-[f:FILED_UNDER]->(i:Industry)
       RETURN ${FILING_FIELDS} AS filing ORDER BY d.id, f.rank, i.code`,
      { ids: documentIds },
    ).then((rows) => rows.map((row) => row.filing));
  }

  /** The live filings of each document, best first (a DataLoader batch). */
  async liveFilingsOf(documentIds: readonly string[], tx?: Tx): Promise<FilingRecord[][]> {
    const rows = await this.filingsOf(documentIds, tx);
    const byDocument = new Map<string, FilingRecord[]>();
    for (const row of rows) {
      if (row.deleted) continue;
      byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
    }
    return documentIds.map((id) => (byDocument.get(id) ?? []).sort((a, b) => b.score - a.score || a.rank - b.rank));
  }

  /**
   * Replaces the machine's filings of the given documents by `filings` (batched UNWIND writes,
   * all sent at once: the transaction runs them in order, and Neo4j need not wait for the client
   * between them). A document a librarian filed (its `filingVersion` raised) keeps exactly the
   * librarian's industries, none included: the machine adds nothing to it.
   */
  async replaceMachineFilings(tx: Tx, documentIds: readonly string[], filings: readonly MachineFiling[]): Promise<void> {
    const statements: Promise<unknown>[] = [];
    for (let start = 0; start < documentIds.length; start += BATCH) {
      statements.push(
        tx.run(
          `UNWIND $ids AS id MATCH (:Document {id: id})-[f:FILED_UNDER]->(:Industry)
           WHERE coalesce(f.decidedBy, 'machine') = 'machine' DELETE f`,
          { ids: documentIds.slice(start, start + BATCH) },
        ),
      );
    }
    const rows = filings.map((f) => ({ ...f, rank: int(f.rank) }));
    for (let start = 0; start < rows.length; start += BATCH) {
      statements.push(
        tx.run(
          `UNWIND $rows AS row
           MATCH (d:Document {id: row.documentId}), (i:Industry {code: row.industryCode})
           WHERE coalesce(d.filingVersion, 0) = 0 AND NOT EXISTS { (d)-[:FILED_UNDER]->(i) }
           CREATE (d)-[:FILED_UNDER {score: row.score, semantic: row.semantic, lexical: row.lexical, evidence: row.evidence,
                                     profile: row.profile, rank: row.rank, decidedBy: 'machine', deleted: false, filedAt: datetime()}]->(i)`,
          { rows: rows.slice(start, start + BATCH) },
        ),
      );
    }
    await Promise.all(statements);
  }

  /**
   * A librarian's industries for a document: each given industry filed by the librarian (its
   * machine evidence kept), every other live filing removed (kept as a librarian's removal),
   * and the document's `filingVersion` raised.
   */
  async setLibrarianFilings(tx: Tx, documentId: string, industryCodes: readonly string[], actor: string): Promise<void> {
    await tx.run(
      `MATCH (d:Document {id: $documentId})-[f:FILED_UNDER]->(i:Industry)
       WHERE NOT i.code IN $codes AND NOT coalesce(f.deleted, false)
       SET f.deleted = true, f.decidedBy = 'librarian', f.actor = $actor, f.decidedAt = datetime()`,
      { documentId, codes: industryCodes, actor },
    );
    await tx.run(
      `MATCH (d:Document {id: $documentId})
       UNWIND range(0, size($codes) - 1) AS rank
       MATCH (i:Industry {code: $codes[rank]})
       MERGE (d)-[f:FILED_UNDER]->(i)
       ON CREATE SET f.semantic = null, f.lexical = 0.0, f.evidence = [], f.filedAt = datetime()
       SET f.score = 1.0, f.rank = rank, f.decidedBy = 'librarian', f.deleted = false, f.actor = $actor, f.decidedAt = datetime()`,
      { documentId, codes: industryCodes, actor },
    );
    await tx.run(`MATCH (d:Document {id: $documentId}) SET d.filingVersion = coalesce(d.filingVersion, 0) + 1`, { documentId });
  }

  /** Documents a librarian filed (`filingVersion` > 0, by index): only theirs differ from the machine's filings. */
  async librarianFiledIds(tx?: Tx): Promise<string[]> {
    const rows = await readIn<{ id: string }>(this.graph, tx, `MATCH (d:Document) WHERE d.filingVersion > 0 RETURN d.id AS id`);
    return rows.map((row) => row.id);
  }

  /** The filing version of each document (0 before any correction), in the order asked (a DataLoader batch). */
  async versionsOf(documentIds: readonly string[]): Promise<number[]> {
    const rows = await this.graph.read<{ id: string; version: number }>(
      `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, coalesce(d.filingVersion, 0) AS version`,
      { ids: documentIds },
    );
    const byId = new Map(rows.map((row) => [row.id, row.version]));
    return documentIds.map((id) => byId.get(id) ?? 0);
  }

  /** The document's filing version (0 before any librarian correction), null for an unknown document; locks it when given a write tx. */
  async filingVersion(tx: Tx, documentId: string): Promise<number | null> {
    const [row] = await tx.run<{ version: number }>(
      `MATCH (d:Document {id: $documentId}) SET d._lock = true REMOVE d._lock RETURN coalesce(d.filingVersion, 0) AS version`,
      { documentId },
    );
    return row?.version ?? null;
  }

  /**
   * The documents of an industry's library: filed (live) under it or any of its sub-industries,
   * best filing first, then by id; `total` counts them all.
   */
  async documentsOfIndustry(
    code: string,
    page: { offset: number; first: number },
    filter: IndustryDocumentFilter = {},
  ): Promise<{ total: number; items: IndustryDocument[] }> {
    const [row] = await this.graph.read<{ total: number; items: IndustryDocument[] }>(
      `MATCH (i:Industry)${PART_OF_PATH}(:Industry {code: $code})
       MATCH (d:Document)-[f:FILED_UNDER]->(i)
       WHERE NOT coalesce(f.deleted, false) AND ${FILTER_WHERE}
       WITH d, f, i ORDER BY f.score DESC, i.code
       WITH d, head(collect({f: f, code: i.code})) AS best
       WITH d, best ORDER BY best.f.score DESC, d.id
       WITH collect({
         id: d.id, title: coalesce(d.title, ''), year: d.year, journal: d.journal, authors: coalesce(d.authors, []),
         keywords: coalesce(d.keywords, []), industryCode: best.code, score: best.f.score, semantic: best.f.semantic,
         lexical: coalesce(best.f.lexical, 0.0), evidence: coalesce(best.f.evidence, []), decidedBy: coalesce(best.f.decidedBy, 'machine')
       }) AS documents
       RETURN size(documents) AS total, documents[$offset..($offset + $limit)] AS items`,
      { code, offset: int(page.offset), limit: int(page.first), ...filterParams(filter) },
    );
    return row ?? { total: 0, items: [] };
  }

  /** How many documents each industry's library holds (its own and its sub-industries'), for the given codes. */
  async documentCounts(codes: readonly string[]): Promise<number[]> {
    const rows = await this.graph.read<{ code: string; count: number }>(
      `UNWIND $codes AS code
       OPTIONAL MATCH (i:Industry)${PART_OF_PATH}(:Industry {code: code})
       OPTIONAL MATCH (d:Document)-[f:FILED_UNDER]->(i) WHERE NOT coalesce(f.deleted, false)
       RETURN code, count(DISTINCT d) AS count`,
      { codes },
    );
    const byCode = new Map(rows.map((row) => [row.code, row.count]));
    return codes.map((code) => byCode.get(code) ?? 0);
  }

  /** Documents a librarian filed under each industry (live), for the industry profiles. */
  async confirmedDocumentIds(tx?: Tx): Promise<Array<{ industryCode: string; documentIds: string[] }>> {
    return readIn(
      this.graph,
      tx,
      `MATCH (d:Document)-[f:FILED_UNDER {decidedBy: 'librarian'}]->(i:Industry)
       WHERE NOT coalesce(f.deleted, false)
       RETURN i.code AS industryCode, collect(d.id) AS documentIds ORDER BY industryCode`,
    );
  }

  /** Documents a librarian filed under no industry (corrected, nothing live): they confirm what lies outside every industry. */
  async confirmedOutsideIds(tx?: Tx): Promise<string[]> {
    const rows = await readIn<{ id: string }>(
      this.graph,
      tx,
      `MATCH (d:Document) WHERE d.filingVersion > 0
         AND NOT EXISTS { (d)-[f:FILED_UNDER]->(:Industry) WHERE NOT coalesce(f.deleted, false) }
       RETURN d.id AS id ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /** Documents of the topics a librarian mapped onto an industry: they confirm that industry too. */
  async confirmedByTopic(tx?: Tx): Promise<Array<{ industryCode: string; documentIds: string[] }>> {
    return readIn(
      this.graph,
      tx,
      `MATCH (t:Topic {mappingStatus: 'LIBRARIAN'}) WHERE t.industryCode IS NOT NULL AND NOT coalesce(t.retired, false)
       MATCH (d:Document)-[:IN_TOPIC]->(t)
       RETURN t.industryCode AS industryCode, collect(d.id) AS documentIds ORDER BY industryCode`,
    );
  }
}
