import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import type { DocumentRecord } from '../../../domain/document/types.js';
import { importLiteratureFile, type ImportOptions, type ImportReport, type ImportStore } from '../../../services/document/import.js';

/** Where the tests' imports write: the graph and its import repository. */
export const importStore = (graph: Graph): ImportStore => ({ graph, importBatches: createRepositories(graph).importBatches });

export interface DocumentOverrides {
  title?: string;
  abstract?: string;
  keywords?: string[];
  authors?: string[];
  year?: number;
  journal?: string;
  doi?: string;
}

const risRecord = (doc: Required<Omit<DocumentOverrides, 'doi'>> & { doi?: string }) =>
  [
    'TY  - JOUR',
    `TI  - ${doc.title}`,
    ...doc.authors.map((a) => `AU  - ${a}`),
    `PY  - ${doc.year}`,
    `T2  - ${doc.journal}`,
    `AB  - ${doc.abstract}`,
    ...doc.keywords.map((k) => `KW  - ${k}`),
    ...(doc.doi ? [`DO  - ${doc.doi}`] : []),
    'ER  - ',
  ].join('\n');

/**
 * Documents imported through the product's import (one RIS file), each with a unique title
 * unless given; returns the import's report and the stored documents in file order.
 */
export async function buildDocuments(
  graph: Graph,
  docs: readonly DocumentOverrides[],
  options: ImportOptions = {},
): Promise<{ report: ImportReport; documents: DocumentRecord[] }> {
  const tag = randomUUID().slice(0, 8);
  const file = docs
    .map((doc, i) =>
      risRecord({
        title: doc.title ?? `测试文献 ${tag}-${i}`,
        abstract: doc.abstract ?? '测试摘要',
        keywords: doc.keywords ?? ['测试'],
        authors: doc.authors ?? ['张三'],
        year: doc.year ?? 2024,
        journal: doc.journal ?? '测试学报',
        ...(doc.doi ? { doi: doc.doi } : {}),
      }),
    )
    .join('\n\n');
  const report = await importLiteratureFile(importStore(graph), { buffer: Buffer.from(`${file}\n`, 'utf8'), filename: `build-${tag}.ris` }, options);
  const ids = report.added.map((a) => a.documentId);
  const documents = (await createRepositories(graph).documents.byIds(ids)).filter((d): d is DocumentRecord => d !== null);
  return { report, documents };
}

/** One document imported through the product's import. */
export async function buildDocument(graph: Graph, overrides: DocumentOverrides = {}, options: ImportOptions = {}): Promise<DocumentRecord> {
  const { documents } = await buildDocuments(graph, [overrides], options);
  return documents[0]!;
}
