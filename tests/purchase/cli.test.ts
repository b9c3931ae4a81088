import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Marc, Record as MarcRecord } from 'marcjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { runCli } from '../support/cli.js';
import { testGraph, testNeo4j } from '../support/graph.js';
import { buildPurchaseWorld, randomIsbn } from '../support/factories/purchase.js';

/** `hechuang purchases …` as a real process against the run's Neo4j: a MARC holdings import, then "can this card have it?". */

let graph: Graph;
let env: Record<string, string>;
beforeAll(() => {
  graph = testGraph();
  const { uri, user, password } = testNeo4j();
  env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' };
});
afterAll(() => graph.close());

function cnmarc(isbn: string, title: string, price: string, copies: number): string {
  const record = new MarcRecord();
  record.append(['001', `cli-${isbn}`]);
  record.append(['010', '  ', 'a', isbn, 'd', price]);
  record.append(['200', '1 ', 'a', title, 'f', '测试著']);
  record.append(['210', '  ', 'c', '作家出版社', 'd', '2023']);
  record.append(['690', '  ', 'a', 'I247.5']);
  for (let i = 0; i < copies; i += 1) record.append(['905', '  ', 'b', `B${i}`]);
  return Marc.format(record, 'iso2709');
}

describe('hechuang purchases', { timeout: 240_000 }, () => {
  it('imports CNMARC holdings (010 $a/$d, 690 $a, one 905 per copy), reports the bad record, and the check counts the copies', async () => {
    const world = await buildPurchaseWorld(graph, { rules: { maxHoldingCopies: 3 } });
    const isbn = randomIsbn();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-purchase-'));
    const file = path.join(dir, 'holdings.mrc');
    await writeFile(file, cnmarc(isbn, '命令行导入的书', 'CNY52.00', 3) + cnmarc('9787506300000', '坏书号', 'CNY1.00', 1), 'utf8');

    const imported = await runCli(['purchases', 'import-holdings', file, '--library', world.libraryId], env);
    expect(imported.output).toMatch(/rejected\t2\t记录 2：ISBN "9787506300000" 无效/);
    expect(imported.output).toMatch(/marc: 1 books added, 0 updated, 1 holdings set, 1 rows rejected/);
    expect(imported.code).toBe(2);
    const [book] = await graph.read<{ price: number; clc: string; copies: number }>(
      'MATCH (:Library {id: $library})-[h:HOLDS]->(b:Book {isbn: $isbn}) RETURN b.priceFen AS price, b.clcClass AS clc, h.copies AS copies',
      { library: world.libraryId, isbn },
    );
    expect(book).toEqual({ price: 5200, clc: 'I247.5', copies: 3 });

    const check = await runCli(['purchases', 'check', '--card', world.cardNumber, '--isbn', isbn], env);
    expect(check.output).toContain('命令行导入的书\t52.00 元\t联盟馆藏 3 册');
    expect(check.output).toContain('HOLDINGS_CAP\t联盟已藏 3 册，达到馆藏上限 3 册');
    expect(check.code).toBe(2);
  });
});
