import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { runCli } from '../support/cli.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang topics import` as a real process against the run's Neo4j (production mode). */

const fixture = (name: string) => path.join(import.meta.dirname, '..', '..', 'topics', 'import', 'fixtures', name);

describe('hechuang topics import', () => {
  let graph: Graph;
  let env: Record<string, string>;
  beforeAll(() => {
    graph = testGraph();
    const { uri, user, password } = testNeo4j();
    env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' };
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  const documentCount = async () => (await graph.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n'))[0]!.n;

  it('imports several files, prints a report per file, and a second run adds nothing', async () => {
    const files = [fixture('cnki.ris'), fixture('cnki-noteexpress-gbk.txt'), fixture('broken-missing-title.enw')];
    const first = await runCli(['topics', 'import', ...files, '--database', 'CNKI', '--by', '张馆员'], env);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(
      /cnki\.ris: ris, utf-8, CNKI: 20 added, 0 merged, 0 duplicates, 0 rejected, 0 updated, 0 warnings \(batch [0-9a-f-]+\)/,
    );
    expect(first.output).toMatch(/cnki-noteexpress-gbk\.txt: noteexpress, gb18030, CNKI: 20 added/);
    expect(first.output).toMatch(/^ {2}recognised noteexpress, gb18030, VIP, CNKI, Wanfang; types: article 20$/m);
    expect(first.output).toMatch(/broken-missing-title\.enw: enw, utf-8, CNKI: 4 added, 0 merged, 0 duplicates, 1 rejected/);
    expect(first.output).toMatch(/rejected +line \d+: missing title/);
    expect(first.output).toMatch(/^total: 3 files \(0 rejected\): 44 added, 0 merged, 0 duplicates, 1 records rejected$/m);
    expect(await documentCount()).toBe(44);
    const [batch] = await graph.read<{ by: string; db: string }>(
      "MATCH (b:ImportBatch {fileName: 'cnki.ris'}) RETURN b.importedBy AS by, b.database AS db",
    );
    expect(batch).toEqual({ by: '张馆员', db: 'CNKI' });

    const second = await runCli(['topics', 'import', fixture('cnki.ris')], env);
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/cnki\.ris: ris, utf-8: 0 added, 0 merged, 20 duplicates/);
    expect(second.output).toMatch(
      /duplicate +line 1 \(CSL-0001\) 《一种基于平方和优化的飞行器大角度机动镇定控制器设计方法》 = document doc_[0-9a-f]+/,
    );
    expect(await documentCount()).toBe(44);
  });

  it('exits non-zero when a file is rejected entirely, and still imports the others', async () => {
    const result = await runCli(
      ['topics', 'import', fixture('broken-truncated.xml'), fixture('export.tsv'), fixture('no-such-file.ris')],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/broken-truncated\.xml: REJECTED: line \d+: malformed EndNote XML/);
    expect(result.output).toMatch(/export\.tsv: tsv, utf-8: 20 added/);
    expect(result.output).toMatch(/no-such-file\.ris: REJECTED: cannot read the file/);
    expect(result.output).toMatch(/^total: 3 files \(2 rejected\): 20 added, 0 merged, 0 duplicates, 0 records rejected$/m);
    expect(await documentCount()).toBe(20);
  });

  it('maps CSV columns given on the command line and prints JSON on request', async () => {
    const result = await runCli(
      [
        'topics',
        'import',
        fixture('mapped.csv'),
        '--columns',
        'id=Record,title=Article Name,abstract=Summary,keywords=Subjects,authors=Writers',
        '--json',
      ],
      env,
    );
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.output) as { added: { sourceId: string }[]; status: string }[];
    expect(report!.status).toBe('COMPLETED');
    expect(report!.added.map((a) => a.sourceId)).toContain('CSL-0301');
    const [doc] = await graph.read<{ abstract: string; keywords: string[] }>(
      "MATCH (d:Document {sourceId: 'CSL-0301'}) RETURN d.abstract AS abstract, d.keywords AS keywords",
    );
    expect(doc!.abstract.length).toBeGreaterThan(20);
    expect(doc!.keywords.length).toBeGreaterThan(0);
  });
});
