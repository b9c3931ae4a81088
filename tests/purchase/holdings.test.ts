import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { workbook } from '../../lib/tables/testing.js';
import { typed } from '../gql/index.js';
import { runCli } from '../support/cli.js';
import { Client, PASSWORD, seedAccount, startApp } from '../support/client.js';
import { testGraph, testNeo4j } from '../support/graph.js';
import { buildPurchaseWorld, purchaseClock, randomIsbn, type PurchaseWorld } from '../support/factories/purchase.js';

/**
 * Holdings from the member libraries' ILS as real small files: a CSV through the CLI for one
 * library, an .xlsx through the API for another; then the alliance's copies are answered and the
 * holdings cap refuses with its figures. A bad row is rejected with its reason; the others land.
 */

const ImportHoldings = typed(`
  mutation PurchaseImportHoldings($file: PurchaseFileInput!, $library: ID) {
    importPurchaseHoldings(file: $file, library: $library) { format booksAdded booksUpdated holdings rejected { line message } }
  }
`);
const Eligibility = typed(`
  query PurchaseHoldingsCheck($isbn: String!) {
    purchaseEligibility(isbn: $isbn) { eligible refusals { rule message } book { title allianceCopies holdings { library { id } copies } } }
  }
`);

let graph: Graph;
let env: Record<string, string>;
let server: Awaited<ReturnType<typeof startApp>>;
let world: PurchaseWorld;
const secondLibrary = `rda-second-${Date.now().toString(36)}`;

beforeAll(async () => {
  graph = testGraph();
  const { uri, user, password } = testNeo4j();
  env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' };
  server = await startApp(graph, { services: { clock: purchaseClock } });
  world = await buildPurchaseWorld(graph, { rules: { maxHoldingCopies: 5 } });
  const repos = createRepositories(graph);
  await repos.graph.writeTx((tx) =>
    repos.libraries.save(tx, [{ id: secondLibrary, name: '第二测试馆', kind: 'PUBLIC', regionCode: '330400', confidence: 'test' }]),
  );
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

describe('holdings imported from CSV and .xlsx', { timeout: 240_000 }, () => {
  it('lands the good rows, rejects the bad ones with their reasons, and the cap counts the whole alliance', async () => {
    const held = randomIsbn();
    const other = randomIsbn();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-holdings-'));
    const csv = path.join(dir, 'holdings.csv');
    await writeFile(
      csv,
      [
        'ISBN,书名,定价,中图分类号,馆藏册数',
        `${held},联盟共藏的书,45.00,I247.5,3`,
        '9787506300000,坏书号,20.00,I247.5,1',
        `${other},另一本书,38.00,I247.5,三`,
      ].join('\n'),
      'utf8',
    );
    const cli = await runCli(['purchases', 'import-holdings', csv, '--library', world.libraryId], env);
    expect(cli.output).toContain('第 3 行：ISBN "9787506300000" 无效');
    expect(cli.output).toContain('第 4 行：册数 "三" 不是整数');
    expect(cli.output).toMatch(/csv: 1 books added, 0 updated, 1 holdings set, 2 rows rejected/);
    expect(cli.code).toBe(2);

    const admin = await seedAccount(graph, `rda-holdings-admin-${Date.now().toString(36)}@test.jxlib.cn`, 'ADMIN');
    const treasurer = await new Client(server.url).login(admin.email, PASSWORD);
    const xlsx = await workbook({
      馆藏: [
        ['ISBN', '书名', '定价', '馆藏册数', '馆代码'],
        [held, '联盟共藏的书', '45.00', 2, secondLibrary],
        [other, '另一本书', '三十八元', 1, secondLibrary],
      ],
    });
    const api = await treasurer.gql(ImportHoldings, { file: { name: 'holdings.xlsx', contentBase64: xlsx.toString('base64') } });
    expect(api.errors).toBeUndefined();
    expect(api.data!.importPurchaseHoldings).toEqual({
      format: 'xlsx',
      booksAdded: 0,
      booksUpdated: 1,
      holdings: 1,
      rejected: [{ line: 3, message: '第 3 行：定价 "三十八元" 无法识别' }],
    });

    // A reader may not import: refused, nothing changed.
    const reader = await new Client(server.url).login(world.reader.email, PASSWORD);
    const refused = await reader.gql(ImportHoldings, { file: { name: 'holdings.xlsx', contentBase64: xlsx.toString('base64') } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const check = await reader.gql(Eligibility, { isbn: held });
    const verdict = check.data!.purchaseEligibility;
    expect(verdict.book.allianceCopies).toBe(5);
    expect(verdict.book.holdings.map((h) => [h.library.id, h.copies]).sort()).toEqual(
      [
        [secondLibrary, 2],
        [world.libraryId, 3],
      ].sort(),
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.refusals).toContainEqual({ rule: 'HOLDINGS_CAP', message: '联盟已藏 5 册，达到馆藏上限 5 册' });
  });
});
