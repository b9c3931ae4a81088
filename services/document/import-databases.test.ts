import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { DOCUMENT_FIELDS } from '../../graph/repositories/document/fields.js';
import { importStore } from '../../tests/support/factories/document.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { comparable, DATABASE_FIXTURES } from '../../topics/import/fixtures/databases/expected.js';
import { importLiteratureFile } from './import.js';

/** Every export shape of CNKI, Wanfang, VIP and Chaoxing imported, and every stored field of every document read back. */

let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph.close());

it('stores every field of every record of every database × format fixture right', async () => {
  const stored: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  for (const { file, database, format, records } of DATABASE_FIXTURES) {
    await resetGraph(graph);
    const report = await importLiteratureFile(
      importStore(graph),
      path.join(import.meta.dirname, '../../topics/import/fixtures/databases', file),
      {
        ...(database ? { database } : {}),
      },
    );
    expect({ file, format: report.format, rejected: report.rejected }).toEqual({ file, format, rejected: [] });
    const rows = await graph.read<{ doc: Record<string, unknown> }>(
      `MATCH (d:Document)-[l:IMPORTED_IN]->(:ImportBatch {id: $id}) RETURN d ${DOCUMENT_FIELDS} AS doc ORDER BY l.line`,
      { id: report.batchId },
    );
    stored[file] = rows.map((row) => comparable(row.doc));
    expected[file] = records;
  }
  expect(stored).toEqual(expected);
});
