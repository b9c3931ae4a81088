import path from 'node:path';
import type { Graph } from '../../graph/driver.js';
import { importLiteratureFile } from '../../services/document/import.js';
import { importStore } from './factories/document.js';
import { CSL_SLICE_DIR, cslRows } from '../../topics/testing/csl.js';

/**
 * Document nodes for embedding and search tests, with the properties the import writes
 * (title, abstract, keywords, keywordText). Fixtures only: the product creates Documents
 * through the document repository of the import.
 */
export interface DocumentFixture {
  id: string;
  title: string;
  abstract?: string;
  keywords?: string[];
}

export async function createDocuments(graph: Graph, documents: readonly DocumentFixture[]): Promise<void> {
  await graph.write(
    `UNWIND $documents AS doc
     CREATE (:Document {id: doc.id, title: doc.title, abstract: doc.abstract, keywords: doc.keywords, keywordText: doc.keywordText})`,
    {
      documents: documents.map((doc) => ({
        id: doc.id,
        title: doc.title,
        abstract: doc.abstract ?? null,
        keywords: doc.keywords ?? [],
        keywordText: (doc.keywords ?? []).join(' '),
      })),
    },
  );
}

/**
 * Abstracts of cls_dcp_dev.tsv with the given discipline labels, `perLabel` each, as
 * Documents titled by their first clause; ids are `<prefix>-<n>`.
 */
export function disciplineDocuments(prefix: string, labels: readonly string[], perLabel: number): DocumentFixture[] {
  const rows = cslRows('cls_dcp_dev.tsv', CSL_SLICE_DIR);
  return labels
    .flatMap((label) => rows.filter(([, discipline]) => discipline === label).slice(0, perLabel))
    .map(([abstract], i) => ({
      id: `${prefix}-${i}`,
      title: abstract.split(/[。，,.；;]/)[0]!.slice(0, 40),
      abstract,
    }));
}

/** A literature export file of the import's fixtures (topics/import/fixtures). */
export const literatureFixture = (name: string) => path.join(import.meta.dirname, '..', '..', 'topics', 'import', 'fixtures', name);

/**
 * The document API tests' library: cnki.ris (by 李馆员, CNKI), export.csv, a file with a broken
 * record, cnki.ris again (all duplicates) and a file that is not literature (FAILED): 44
 * documents in five import jobs.
 */
export async function importDocumentFixtures(graph: Graph) {
  const store = importStore(graph);
  const ris = await importLiteratureFile(store, literatureFixture('cnki.ris'), { database: 'CNKI', importedBy: '李馆员' });
  const csv = await importLiteratureFile(store, literatureFixture('export.csv'));
  const broken = await importLiteratureFile(store, literatureFixture('broken-missing-title.enw'));
  const again = await importLiteratureFile(store, literatureFixture('cnki.ris'));
  await importLiteratureFile(store, literatureFixture('not-literature.txt'));
  return { ris, csv, broken, again };
}
