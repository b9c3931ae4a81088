import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { ole2File, workbook } from '../../lib/tables/testing.js';
import { typed } from '../gql/index.js';
import { Client, codeOf, signedInClient, startApp } from '../support/client.js';
import { loadReferenceData } from '../support/factories/entity.js';
import { resetGraph, testGraph } from '../support/graph.js';

/** `importEntities` over GraphQL: the same rows as `hechuang import`, for librarians only. Each test starts from an empty graph. */

const IMPORT = typed(`
  mutation EntityImport($kind: ImportKind!, $file: TableFileInput!, $sheet: String) {
    importEntities(kind: $kind, file: $file, sheet: $sheet) {
      fileName format sheet created linked skipped failed rows { line status id message }
    }
  }
`);

const upload = (name: string, bytes: Buffer) => ({ name, contentBase64: bytes.toString('base64') });

describe('importEntities over GraphQL', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;

  beforeAll(async () => {
    graph = testGraph();
    server = await startApp(graph);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await loadReferenceData(graph);
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  const count = async () =>
    (await graph.read<{ n: number }>('MATCH (n:Person|Organization|Project|AuditEntry) RETURN count(n) AS n'))[0]!.n;

  it('is for librarians: visitors sign in first, readers are refused, nothing is stored', async () => {
    const file = upload('orgs.xlsx', await workbook({ s: [['名称'], ['嘉兴某公司']] }));
    const reader = await signedInClient(graph, server.url, 'READER');
    expect(codeOf(await new Client(server.url).gql(IMPORT, { kind: 'ORGANIZATION', file }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await reader.gql(IMPORT, { kind: 'ORGANIZATION', file }))).toBe('FORBIDDEN');
    expect(await count()).toBe(0);
  });

  it('imports an .xlsx file with a per-row report, the librarian as curator', async () => {
    const bytes = await workbook({
      机构: [
        ['名称', '简称', '类型', '统一社会信用代码', '地区', '', ''],
        ['嘉兴碳谷新材料有限公司', '碳谷', '企业', '91330402MA2JXXXX0X', '330402'],
        ['嘉兴碳谷新材料有限公司', '', '', '', ''],
        ['坏代码公司', '', '企业', '12345', ''],
      ],
    });
    const { data, errors } = await librarian.gql(IMPORT, { kind: 'ORGANIZATION', file: upload('机构.xlsx', bytes) });
    expect(errors).toBeUndefined();
    expect(data!.importEntities).toMatchObject({
      fileName: '机构.xlsx',
      format: 'xlsx',
      sheet: '机构',
      created: 1,
      skipped: 1,
      failed: 1,
      linked: 0,
    });
    expect(data!.importEntities.rows.map((r) => r.status)).toEqual(['CREATED', 'SKIPPED', 'FAILED']);
    const [org] = await graph.read<{ kind: string; aliases: string[]; actor: string }>(
      "MATCH (o:Organization {name: '嘉兴碳谷新材料有限公司'}) RETURN o.kind AS kind, o.aliasList AS aliases, o.provActor AS actor",
    );
    expect(org).toMatchObject({ kind: 'COMPANY', aliases: ['碳谷'] });
    expect(org!.actor).not.toBe('cli');
  });

  it('refuses a broken file whole with VALIDATION and stores nothing', async () => {
    const before = await count();
    for (const file of [
      upload('old.xls', ole2File(false)),
      upload('x.xlsx', (await workbook({ a: [['name'], ['y']] })).subarray(0, 500)),
      { name: 'a.csv', contentBase64: '%%%' },
    ]) {
      const reply = await librarian.gql(IMPORT, { kind: 'PERSON', file });
      expect(codeOf(reply), file.name).toBe('VALIDATION');
    }
    const unnamed = await librarian.gql(IMPORT, { kind: 'PERSON', file: upload('p.csv', Buffer.from('姓名,,职务\n张三,,工程师\n')) });
    expect(unnamed.errors?.[0]?.message).toContain('column 2 of the header has no name');
    const wrongSheet = await librarian.gql(IMPORT, {
      kind: 'PERSON',
      file: upload('p.xlsx', await workbook({ a: [['name'], ['y']] })),
      sheet: 'b',
    });
    expect(wrongSheet.errors?.[0]?.message).toContain('no sheet "b"');
    expect(await count()).toBe(before);
  });
});
