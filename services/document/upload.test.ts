import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { DocumentRepository } from '../../graph/repositories/document/documents.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { importStore } from '../../tests/support/factories/document.js';
import { decodeUploads, importUploadedFiles, MAX_UPLOAD_FILES } from './upload.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'topics', 'import', 'fixtures', name));

describe('literature files over the API', () => {
  it('refuses bad uploads before importing anything', () => {
    expect(() => decodeUploads([])).toThrow(/at least one/);
    expect(() => decodeUploads(Array.from({ length: MAX_UPLOAD_FILES + 1 }, () => ({ name: 'a.ris', contentBase64: '' })))).toThrow(
      /at most/,
    );
    expect(() => decodeUploads([{ name: 'a.ris', contentBase64: 'not base64!' }])).toThrow(/a\.ris: contentBase64 is not base64/);
    expect(() => decodeUploads([{ name: '  ', contentBase64: '' }])).toThrow(/needs a name/);
    expect(decodeUploads([{ name: 'C:\\exports\\知网.ris', contentBase64: 'VFkgIC0g\nSk9VUg==' }])).toEqual([
      { filename: '知网.ris', buffer: Buffer.from('TY  - JOUR') },
    ]);
  });

  describe('against Neo4j', () => {
    let graph: Graph;
    let documents: DocumentRepository;
    beforeAll(() => {
      graph = testGraph();
      documents = new DocumentRepository(graph);
    });
    beforeEach(() => resetGraph(graph));
    afterAll(() => graph.close());

    it('imports each file in its own batch with who imported it, and a bad upload stores nothing', async () => {
      const files = [
        { name: 'cnki-gbk.ris', contentBase64: fixture('cnki-gbk.ris').toString('base64') },
        { name: 'not-literature.txt', contentBase64: fixture('not-literature.txt').toString('base64') },
      ];
      const reports = await importUploadedFiles(importStore(graph), files, { database: '万方', importedBy: '周馆员' });
      expect(reports.map((r) => [r.fileName, r.status, r.encoding, r.added.length])).toEqual([
        ['cnki-gbk.ris', 'COMPLETED', 'gb18030', 10],
        ['not-literature.txt', 'FAILED', null, 0],
      ]);
      const batches = await createRepositories(graph).importBatches.byIds(reports.map((r) => r.batchId));
      expect(batches.map((b) => [b?.importedBy, b?.database])).toEqual([
        ['周馆员', 'Wanfang'],
        ['周馆员', 'Wanfang'],
      ]);

      await resetGraph(graph);
      await expect(importUploadedFiles(importStore(graph), [files[0]!, { name: 'x.ris', contentBase64: '%%%' }], {})).rejects.toThrow(
        /not base64/,
      );
      expect(await documents.count()).toBe(0);
    });
  });
});
