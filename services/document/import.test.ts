import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { DocumentRepository } from '../../graph/repositories/document/documents.js';
import { ImportBatchRepository } from '../../graph/repositories/document/imports.js';
import { importStore } from '../../tests/support/factories/document.js';
import type { ImportStore } from './import.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { importLiteratureFile } from './import.js';
import { parseLiteratureFile } from '../../topics/import/parse.js';

/** Imports against the real Neo4j: storage, provenance, deduplication, atomicity. */

const fixture = (name: string) => path.join(import.meta.dirname, '..', '..', 'topics', 'import', 'fixtures', name);

describe('importLiteratureFile', () => {
  let graph: Graph;
  let documents: DocumentRepository;
  let batches: ImportBatchRepository;
  let store: ImportStore;

  const counts = async () => {
    const [row] = await graph.read<{ documents: number; batches: number; links: number }>(
      `CALL { MATCH (d:Document) RETURN count(d) AS documents }
       CALL { MATCH (b:ImportBatch) RETURN count(b) AS batches }
       CALL { MATCH (:Document)-[l:IMPORTED_IN]->(:ImportBatch) RETURN count(l) AS links }
       RETURN documents, batches, links`,
    );
    return row!;
  };

  beforeAll(() => {
    graph = testGraph();
    documents = new DocumentRepository(graph);
    batches = new ImportBatchRepository(graph);
    store = importStore(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('stores every record of a file with provenance and keywordText, in one batch, leaving the embedding properties to the embeddings work', async () => {
    const report = await importLiteratureFile(store, fixture('cnki.ris'), { database: '中国知网', importedBy: '王馆员' });
    expect(report.status).toBe('COMPLETED');
    expect(report.added).toHaveLength(20);
    expect(report.duplicates).toEqual([]);
    expect(report.database).toBe('CNKI');
    expect(await counts()).toEqual({ documents: 20, batches: 1, links: 20 });

    const parsed = await parseLiteratureFile(fixture('cnki.ris'));
    const first = parsed.records[0]!;
    const [stored] = await graph.read<Record<string, unknown>>(
      `MATCH (d:Document {sourceId: $sourceId})-[l:IMPORTED_IN]->(b:ImportBatch)
       RETURN d.title AS title, d.keywords AS keywords, d.keywordText AS keywordText, d.contentHash AS contentHash, d.embedding AS embedding, d.embeddingModel AS embeddingModel,
              d.year AS year, valueType(d.year) AS yearType, d.doi AS doi, d.issn AS issn, d.authors AS authors, d.dedupeKey AS dedupeKey,
              l.line AS line, b.fileName AS fileName, b.fileHash AS fileHash, b.format AS format, b.encoding AS encoding,
              b.database AS database, b.importedBy AS importedBy, b.status AS status, b.added AS added,
              d.importedAt = b.importedAt AS sameTime`,
      { sourceId: first.sourceId },
    );
    expect(stored).toMatchObject({
      title: first.title,
      keywords: first.keywords,
      keywordText: first.keywords.join(' '),
      contentHash: null,
      embedding: null,
      embeddingModel: null,
      year: first.year,
      yearType: 'INTEGER NOT NULL',
      doi: first.doi ?? null,
      issn: first.issn,
      authors: first.authors,
      line: 1,
      fileName: 'cnki.ris',
      format: 'ris',
      encoding: 'utf-8',
      database: 'CNKI',
      importedBy: '王馆员',
      status: 'COMPLETED',
      added: 20,
      sameTime: true,
    });
    expect(stored!.fileHash).toBe(report.fileHash);
    expect(stored!.dedupeKey).toBe(first.doi ? `doi:${first.doi}` : expect.stringMatching(/^title:/));
  });

  it('re-importing the same file adds nothing and reports every record as a duplicate', async () => {
    await importLiteratureFile(store, fixture('wanfang.enw'));
    const again = await importLiteratureFile(store, fixture('wanfang.enw'));
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(20);
    expect(again.duplicates.every((d) => !d.duplicateOf.inFile && d.duplicateOf.documentId?.startsWith('doc_'))).toBe(true);
    expect(await counts()).toMatchObject({ documents: 20, batches: 2, links: 20 });
  });

  it('finds duplicates across files: DOI in another spelling, or the same title, first author and year', async () => {
    await importLiteratureFile(store, fixture('cnki.ris'));
    await importLiteratureFile(store, fixture('library.bib'));
    const overlap = await importLiteratureFile(store, fixture('overlap.ris'));
    expect(overlap.added).toHaveLength(5);
    expect(overlap.duplicates).toHaveLength(10);
    const byDoi = overlap.duplicates.filter((d) => d.matchedBy === 'doi');
    const byTitle = overlap.duplicates.filter((d) => d.matchedBy === 'title');
    expect(byDoi.length).toBeGreaterThan(0);
    expect(byTitle.length).toBeGreaterThan(0);
    for (const duplicate of overlap.duplicates) {
      const [original] = await documents.byIds([duplicate.duplicateOf.documentId!]);
      expect(original!.title.replace(/[,，\s]/g, '')).toBe(duplicate.title.replace(/[,，\s]/g, ''));
    }
    expect(await counts()).toMatchObject({ documents: 45 });
  });

  it('merges copies inside one file into one document, counted as merges against the earlier line', async () => {
    const report = await importLiteratureFile(store, fixture('self-duplicates.enw'));
    expect(report.added).toHaveLength(5);
    expect(report.duplicates).toEqual([]);
    expect(report.merged).toEqual([
      expect.objectContaining({ intoLine: 1, matchedBy: 'title', fields: [] }),
      expect.objectContaining({ intoLine: 16, matchedBy: 'title', fields: [] }),
    ]);
    expect(await counts()).toMatchObject({ documents: 5 });
  });

  it('stores the best of both copies of a work in one file: filled fields, the longer abstract, all keywords', async () => {
    const file = (lines: string[]) => ({ buffer: Buffer.from(lines.join('\n'), 'utf8'), filename: 'copies.enw' });
    const report = await importLiteratureFile(
      store,
      file([
        '%0 Journal Article',
        '%A 陈明',
        '%T 海洋牧场建设的生态效应评估',
        '%D 2019',
        '%K 海洋牧场;评估',
        '%X 构建指标体系。',
        '',
        '%0 Journal Article',
        '%A 陈明',
        '%A 赵红',
        '%T 海洋牧场建设的生态效应评估',
        '%J 海洋开发与管理',
        '%D 2019',
        '%K 评估;生态效应',
        '%X 构建海洋牧场生态效应评估指标体系，并以舟山海域为例进行评估。',
        '%R 10.3969/j.issn.1005-9857.2019.05.012',
        '',
      ]),
      { database: 'Wanfang' },
    );
    expect(report.added).toHaveLength(1);
    expect(report.merged).toEqual([
      {
        line: 8,
        sourceId: '2',
        title: '海洋牧场建设的生态效应评估',
        matchedBy: 'title',
        intoLine: 1,
        fields: ['authors', 'journal', 'doi', 'keywords', 'abstract'],
      },
    ]);
    const [stored] = await documents.byIds([report.added[0]!.documentId]);
    expect(stored).toMatchObject({
      authors: ['陈明', '赵红'],
      journal: '海洋开发与管理',
      doi: '10.3969/j.issn.1005-9857.2019.05.012',
      dedupeKey: 'doi:10.3969/j.issn.1005-9857.2019.05.012',
      keywords: ['海洋牧场', '评估', '生态效应'],
      abstract: '构建海洋牧场生态效应评估指标体系，并以舟山海域为例进行评估。',
    });
    const batch = await batches.byId(report.batchId);
    expect((JSON.parse(batch!.reportJson) as { merged: unknown }).merged).toEqual(report.merged);
    expect(await counts()).toMatchObject({ documents: 1 });
  });

  it('rejects broken records alone and keeps the rest', async () => {
    const truncated = await importLiteratureFile(store, fixture('broken-truncated.ris'));
    expect(truncated.status).toBe('COMPLETED');
    expect(truncated.added).toHaveLength(5);
    expect(truncated.rejected).toEqual([{ line: expect.any(Number) as unknown, reason: expect.stringMatching(/truncated/) as unknown }]);
    const missing = await importLiteratureFile(store, fixture('broken-missing-title.enw'));
    expect(missing.added).toHaveLength(4);
    expect(missing.rejected).toEqual([{ line: expect.any(Number) as unknown, reason: 'missing title' }]);
    const stored = await batches.byId(missing.batchId);
    expect((JSON.parse(stored!.reportJson) as { rejected: unknown }).rejected).toEqual(missing.rejected);
    expect(stored!.rejected).toBe(1);
  });

  it('keeps records with invalid identifiers, drops the identifiers and warns', async () => {
    const report = await importLiteratureFile(store, fixture('broken-identifiers.ris'));
    expect(report.added).toHaveLength(4);
    expect(report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/invalid DOI dropped/),
      expect.stringMatching(/invalid ISSN dropped/),
      expect.stringMatching(/invalid ISBN dropped/),
      expect.stringMatching(/invalid ISBN dropped/),
    ]);
    const rows = await graph.read<{ doi: string | null; issn: string | null }>('MATCH (d:Document) RETURN d.doi AS doi, d.issn AS issn');
    expect(rows.every((row) => row.doi === null || row.doi.startsWith('10.3969/'))).toBe(true);
  });

  it('writes nothing but a FAILED batch for a file that cannot be read', async () => {
    for (const name of ['broken-truncated.xml', 'not-literature.txt']) {
      const report = await importLiteratureFile(store, fixture(name));
      expect(report.status).toBe('FAILED');
      expect(report.error?.message).toBeTruthy();
    }
    const xml = (await batches.list({ first: 10 })).items.find((b) => b.fileName === 'broken-truncated.xml')!;
    expect(xml).toMatchObject({ status: 'FAILED', added: 0, errorLine: expect.any(Number) as unknown });
    expect(xml.error).toMatch(/malformed EndNote XML/);
    expect(await counts()).toEqual({ documents: 0, batches: 2, links: 0 });

    const empty = await importLiteratureFile(store, { buffer: Buffer.from(' \n\n'), filename: 'empty.ris' });
    expect(empty.error?.message).toMatch(/empty/);
    const zip = await importLiteratureFile(store, {
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x81, 0x9f, 0x0a]),
      filename: 'export.xlsx',
    });
    expect(zip).toMatchObject({ status: 'FAILED', error: { message: expect.stringMatching(/cannot tell the format/) as unknown } });
    expect(await counts()).toEqual({ documents: 0, batches: 4, links: 0 });
  });

  it('is all or nothing: a failure in the middle of a file rolls back every record and the batch', async () => {
    const parsed = await parseLiteratureFile(fixture('export.csv'));
    const report = await importLiteratureFile(store, fixture('export.csv'));
    const victim = report.added[7]!.documentId;
    await resetGraph(graph);
    // A foreign node that holds the id the 8th record will get: its CREATE violates the id constraint.
    await graph.write("CREATE (:Document {id: $id, dedupeKey: 'foreign', titleKey: 'foreign', title: '占位'})", { id: victim });
    await expect(importLiteratureFile(store, fixture('export.csv'))).rejects.toThrow();
    expect(await counts()).toEqual({ documents: 1, batches: 0, links: 0 });
    expect(parsed.records).toHaveLength(20);
  });

  it('imports every format and encoding fixture with the expected counts', async () => {
    const expected = (await import('../../topics/import/fixtures/expected.json', { with: { type: 'json' } })).default as Record<
      string,
      { records: number; rejected: number }
    >;
    let total = 0;
    for (const [name, want] of Object.entries(expected)) {
      if (['overlap.ris', 'self-duplicates.enw', 'broken-identifiers.ris'].includes(name)) continue;
      const report = await importLiteratureFile(
        store,
        fixture(name),
        name === 'mapped.csv'
          ? {
              columns: {
                title: 'Article Name',
                abstract: 'Summary',
                keywords: 'Subjects',
                authors: 'Writers',
                year: 'Published',
                id: 'Record',
              },
            }
          : {},
      );
      expect({ name, added: report.added.length, rejected: report.rejected.length }).toEqual({
        name,
        added: want.records,
        rejected: want.rejected,
      });
      total += want.records;
    }
    expect(await documents.count()).toBe(total);
  });
});

describe('importLiteratureFile, large and concurrent', () => {
  let graph: Graph;
  let store: ImportStore;
  beforeAll(() => {
    graph = testGraph();
    store = importStore(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  const counts = async () =>
    (
      await graph.read<{ documents: number; batches: number }>(
        'CALL { MATCH (d:Document) RETURN count(d) AS documents } CALL { MATCH (b:ImportBatch) RETURN count(b) AS batches } RETURN documents, batches',
      )
    )[0]!;

  /** A RIS file of `n` distinct synthetic records (more than one UNWIND chunk of 500). */
  const syntheticRis = (n: number) => {
    const parts: string[] = [];
    for (let i = 1; i <= n; i += 1) {
      parts.push(
        `TY  - JOUR\nID  - GEN-${i}\nTI  - 碳纤维复合材料研究第${i}号\nAU  - 张${i % 7}\nPY  - ${2000 + (i % 20)}\nKW  - 碳纤维\nER  - \n`,
      );
    }
    return { buffer: Buffer.from(parts.join('\n'), 'utf8'), filename: 'synthetic.ris' };
  };

  it('rolls back every chunk of a large file when a late record fails: counts before and after are equal', async () => {
    const file = syntheticRis(1200);
    const first = await importLiteratureFile(store, file);
    expect(first.added).toHaveLength(1200);
    const victim = first.added[1100]!.documentId;
    await resetGraph(graph);
    await graph.write("CREATE (:Document {id: $id, dedupeKey: 'foreign', titleKey: 'foreign', title: '占位'})", { id: victim });
    const before = await counts();
    await expect(importLiteratureFile(store, file)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ documents: 1, batches: 0 });
  });

  it('writes nothing when the import transaction outlives its timeout', async () => {
    const file = syntheticRis(1200);
    const victim = (await importLiteratureFile(store, file)).added[1100]!.documentId;
    await resetGraph(graph);
    // Another, uncommitted transaction holds the id of a late record: the import waits on that
    // lock until its own timeout ends it, however fast the machine is.
    const HOLD = new Error('release the held id');
    let outcome: unknown;
    await expect(
      graph.writeTx(async (tx) => {
        await tx.run("CREATE (:Document {id: $id, dedupeKey: 'held', titleKey: 'held', title: '占位'})", { id: victim });
        outcome = await importLiteratureFile(store, file, { txTimeoutMs: 1_000 }).catch((error: unknown) => error);
        throw HOLD;
      }),
    ).rejects.toBe(HOLD);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/time|terminated/i);
    expect(await counts()).toEqual({ documents: 0, batches: 0 });
  });

  it('two imports of the same file at once store each work once', async () => {
    const [a, b] = await Promise.all([importLiteratureFile(store, fixture('cnki.ris')), importLiteratureFile(store, fixture('cnki.ris'))]);
    expect(a.added.length + b.added.length).toBe(20);
    expect(a.duplicates.length + b.duplicates.length).toBe(20);
    expect(await counts()).toEqual({ documents: 20, batches: 2 });
  });
});
