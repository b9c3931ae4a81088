import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { importStore } from '../../tests/support/factories/document.js';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { importLiteratureFile, type ImportStore } from './import.js';

/**
 * Re-importing a corrected record updates the stored document in place (issue 16), and one
 * oversized record fails alone, not its file (issue 15, item 7).
 */

const file = (filename: string, lines: string[]) => ({ filename, buffer: Buffer.from(lines.join('\n'), 'utf8') });

const stored = async (graph: Graph, id: string) =>
  (
    await graph.read<Record<string, unknown>>(
      `MATCH (d:Document {id: $id})
       OPTIONAL MATCH (d)-[:IN_TOPIC]->(t:Topic)
       RETURN d.title AS title, d.authors AS authors, d.type AS type, d.abstract AS abstract, d.journal AS journal,
              d.keywords AS keywords, d.keywordText AS keywordText, d.pages AS pages, d.url AS url, t.id AS topic`,
      { id },
    )
  )[0];

describe('re-importing a corrected record', () => {
  let graph: Graph;
  let store: ImportStore;
  beforeAll(() => {
    graph = testGraph();
    store = importStore(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  const broken = file('cnki-2023.txt', [
    'RT Generic',
    'T1 基于深度学习的纺织品瑕疵检测方法研究',
    'YR 2021',
    'K1 瑕疵检测;深度学习',
    'AB Abstract(#br)<正>针对纺织品表面瑕疵检测效率低的问题。',
    'DO 10.27461/d.cnki.gzjdx.2021.000123',
    'DS CNKI',
    '',
  ]);
  const corrected = file('cnki-2024.txt', [
    'RT Dissertation/Thesis',
    'A1 林行众',
    'T1 基于深度学习的纺织品瑕疵检测方法研究',
    'YR 2021',
    'K1 瑕疵检测;深度学习;纺织品',
    'AB 针对纺织品表面瑕疵检测效率低的问题。',
    'JF 浙江大学',
    'DO 10.27461/d.cnki.gzjdx.2021.000123',
    'DS CNKI',
    '',
  ]);

  it('updates the stored document by DOI, keeping its id, topic and librarian edits, and records the change in its history', async () => {
    const first = await importLiteratureFile(store, broken);
    const id = first.added[0]!.documentId;
    // What a topic rebuild and a librarian's correction of the journal leave on the document.
    await graph.write(
      `MATCH (d:Document {id: $id}) SET d.journal = '浙江大学学报', d.curatedFields = ['journal']
       CREATE (d)-[:IN_TOPIC {similarity: 0.8}]->(:Topic {id: 'topic-reimport'})`,
      { id },
    );
    const again = await importLiteratureFile(store, corrected, { importedBy: '王馆员' });
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(1);
    expect(again.updated).toEqual([
      expect.objectContaining({ documentId: id, line: 1, fields: ['keywords', 'authors', 'type'] }) as unknown,
    ]);
    expect(await stored(graph, id)).toMatchObject({
      title: '基于深度学习的纺织品瑕疵检测方法研究',
      authors: ['林行众'],
      type: 'thesis',
      abstract: '针对纺织品表面瑕疵检测效率低的问题。',
      keywords: ['瑕疵检测', '深度学习', '纺织品'],
      keywordText: '瑕疵检测 深度学习 纺织品',
      journal: '浙江大学学报',
      topic: 'topic-reimport',
    });
    const history = await graph.read<{ action: string; before: string; after: string; actor: string }>(
      "MATCH (a:AuditEntry {entityType: 'Document', entityId: $id}) RETURN a.action AS action, a.before AS before, a.after AS after, a.actor AS actor",
      { id },
    );
    expect(history).toHaveLength(1);
    expect(history[0]!.action).toBe('UPDATE');
    expect(JSON.parse(history[0]!.before)).toEqual({ keywords: ['瑕疵检测', '深度学习'], authors: [], type: 'other' });
    expect(JSON.parse(history[0]!.after)).toEqual({ keywords: ['瑕疵检测', '深度学习', '纺织品'], authors: ['林行众'], type: 'thesis' });
    const [batch] = await graph.read<{ updated: number }>('MATCH (b:ImportBatch {id: $id}) RETURN b.updated AS updated', {
      id: again.batchId,
    });
    expect(batch!.updated).toBe(1);

    const third = await importLiteratureFile(store, corrected);
    expect(third.updated).toEqual([]);
    expect(await graph.read("MATCH (a:AuditEntry {entityType: 'Document'}) RETURN a.id")).toHaveLength(1);
  });

  it('lets a copy from another database fill only what the document lacks', async () => {
    const first = await importLiteratureFile(store, corrected);
    const id = first.added[0]!.documentId;
    const wanfang = file('wanfang.txt', [
      '{Reference Type}: Thesis',
      '{Title}: 基于深度学习的纺织品瑕疵检测方法研究',
      '{Author}: 林行众;',
      '{Year}: 2021',
      '{Keywords}: 瑕疵;检测',
      '{Pages}: 1-86',
      '{DOI}: 10.27461/d.cnki.gzjdx.2021.000123',
      '{Database Provider}: 万方数据',
      '',
    ]);
    const report = await importLiteratureFile(store, wanfang);
    expect(report.updated).toEqual([expect.objectContaining({ documentId: id, fields: ['pages'] }) as unknown]);
    expect(await stored(graph, id)).toMatchObject({ keywords: ['瑕疵检测', '深度学习', '纺织品'], pages: '1-86' });
  });

  it('rejects only a record with a 9 KB title, and stores one whose 9 KB author would overrun the index key limit', async () => {
    const report = await importLiteratureFile(
      store,
      file('long.ris', [
        'TY  - JOUR',
        `TI  - ${'长'.repeat(3000)}`,
        'ER  - ',
        'TY  - JOUR',
        'TI  - 正常的标题',
        `AU  - ${'名'.repeat(3000)}`,
        'PY  - 2020',
        'ER  - ',
        '',
      ]),
    );
    expect(report.status).toBe('COMPLETED');
    expect(report.rejected).toEqual([{ line: 1, reason: expect.stringContaining('3000 characters') as unknown }]);
    expect(report.added.map((a) => a.title)).toEqual(['正常的标题']);
    const again = await importLiteratureFile(
      store,
      file('long-again.ris', ['TY  - JOUR', 'TI  - 正常的标题', `AU  - ${'名'.repeat(3000)}`, 'PY  - 2020', 'ER  - ', '']),
    );
    expect(again.duplicates).toHaveLength(1);
  });
});
