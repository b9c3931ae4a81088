import type { Graph } from '../../graph/driver.js';
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
