import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { ole2File, workbook } from '../../lib/tables/testing.js';
import { runCli } from '../support/cli.js';
import { anIndustryCode, buildOrganization, buildPerson, buildProject, loadReferenceData } from '../support/factories/entity.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/**
 * `hechuang import`: CSV rows become audited entities with provenance; bad rows are reported and
 * leave nothing. Each test starts from an empty graph and makes what its rows refer to.
 */

describe('hechuang import', { timeout: 180_000 }, () => {
  let graph: Graph;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    graph = testGraph();
    dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-import-'));
    const neo4j = testNeo4j();
    env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await graph.close();
  });

  async function importFile(name: string, content: string, type: string) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return runCli(['import', file, '--type', type], env);
  }

  it('imports organisations, then people referring to them by name, with a per-row report', async () => {
    const orgs = await importFile(
      '企业名录.csv',
      '\ufeffname,aliases,kind,creditCode,region,sourceUrl\n' +
        '嘉兴禾创科技有限公司,禾创科技;禾创,COMPANY,91330400MA2BXXXX1K,330402,https://example.org/a\n' +
        '嘉兴大学,,UNIVERSITY,,330402,\n' +
        '坏的公司,,COMPANY,123,,\n',
      'organization',
    );
    const lines = orgs.output.split('\n').filter((l) => l.startsWith('line '));
    expect(lines.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['line 2 CREATED', 'line 3 CREATED', 'line 4 FAILED']);
    expect(lines[2]).toContain('creditCode');
    expect(orgs.code).toBe(2);
    expect((await graph.read("MATCH (o:Organization {name: '坏的公司'}) RETURN o")).length).toBe(0);
    const [org] = await graph.read<{ file: string; aliases: string[]; region: string }>(
      "MATCH (o:Organization {name: '嘉兴禾创科技有限公司'})-[r:LOCATED_IN]->(g:Region) RETURN o.provImportFile AS file, o.aliasList AS aliases, g.code AS region, r.provImportFile AS rel",
    );
    expect(org).toMatchObject({ file: '企业名录.csv', aliases: ['禾创科技', '禾创'], region: '330402' });

    // The CLI run above loaded the taxonomy.
    const industry = await anIndustryCode(graph);
    const people = await importFile(
      'people.csv',
      `name,title,organization,industry\n张三,总经理,禾创科技,${industry}\n李四,教授,嘉兴大学,\n王五,,不存在的公司,\n"赵, 六",,嘉兴大学,no-such-industry\n`,
      'person',
    );
    const report = people.output
      .split('\n')
      .filter((l) => l.startsWith('line '))
      .map((l) => l.split('\t'));
    expect(report.map((r) => r[1])).toEqual(['CREATED', 'CREATED', 'FAILED', 'FAILED']);
    expect(report[2]![3]).toContain('不存在的公司');
    expect(people.output).toContain('2 created, 0 skipped (already there), 2 failed of 4 rows');
    const members = await graph.read<{ name: string }>(
      "MATCH (p:Person)-[:MEMBER_OF]->(:Organization {name: '嘉兴禾创科技有限公司'}) RETURN p.name AS name",
    );
    expect(members).toEqual([{ name: '张三' }]);
    expect((await graph.read("MATCH (p:Person) WHERE p.name IN ['王五', '赵, 六'] RETURN p")).length).toBe(0);
    const audit = await graph.read<{ action: string }>(
      "MATCH (p:Person {name: '张三'}), (a:AuditEntry {entityId: p.id}) RETURN a.action AS action ORDER BY a.id",
    );
    expect(audit.map((a) => a.action)).toEqual(['IMPORT', 'LINK', 'LINK']);
  });

  it('skips rows already imported, so a second run changes nothing', async () => {
    await loadReferenceData(graph);
    await buildOrganization(graph, { name: '嘉兴禾创科技有限公司', aliases: ['禾创科技', '禾创'] });
    await buildPerson(graph, { name: '张三', title: '总经理' });
    const before = (await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n;
    const again = await importFile('people.csv', `name,title,organization\n张三,总经理,禾创科技\n`, 'person');
    expect(again.output).toMatch(/line 2\tSKIPPED\t[0-9a-f-]{36}\texists as 张三/);
    expect(again.code).toBe(0);
    expect((await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(before);
  });

  it('refuses a file with unknown columns or broken CSV in one line, importing nothing', async () => {
    const unknown = await importFile('bad.csv', 'name,salary\n张三,100\n', 'person');
    expect(unknown.code).toBe(1);
    expect(unknown.output.trim().split('\n').at(-1)).toMatch(/^hechuang: unknown column\(s\) salary; a Person file may have/);
    const broken = await importFile('broken.csv', 'name,title\n"unterminated,x\n', 'person');
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('not a valid CSV file');
  });

  it('imports an .xlsx workbook with Chinese headers through the same rows, by sheet, dates from cells', async () => {
    await buildOrganization(graph, { name: '嘉兴大学', kind: 'UNIVERSITY' });
    const bytes = await workbook({
      说明: [['这一页不是数据']],
      项目: [
        ['项目名称', '状态', '开始日期', '依托单位', '来源'],
        ['碳纤维中试线', '进行中', new Date(Date.UTC(2024, 2, 1)), '嘉兴大学', 'https://example.org/p'],
        ['坏日期项目', 'ACTIVE', '2024-13-45', '', ''],
        ['无主项目', '', '', '不存在的单位', ''],
      ],
    });
    const file = path.join(dir, '项目.xlsx');
    await writeFile(file, bytes);
    const run = await runCli(['import', file, '--type', 'project', '--sheet', '项目'], env);
    const report = run.output
      .split('\n')
      .filter((l) => l.startsWith('line '))
      .map((l) => l.split('\t'));
    expect(report.map((r) => `${r[0]} ${r[1]}`)).toEqual(['line 2 CREATED', 'line 3 FAILED', 'line 4 FAILED']);
    expect(report[1]![3]).toContain('startedOn');
    expect(run.code).toBe(2);
    const [project] = await graph.read<{ status: string; startedOn: string; org: string; file: string }>(
      "MATCH (p:Project {name: '碳纤维中试线'})-[:AFFILIATED_WITH]->(o:Organization) RETURN p.status AS status, p.startedOn AS startedOn, o.name AS org, p.provImportFile AS file",
    );
    expect(project).toEqual({ status: 'ACTIVE', startedOn: '2024-03-01', org: '嘉兴大学', file: '项目.xlsx' });
    expect((await graph.read("MATCH (p:Project) WHERE p.name IN ['坏日期项目', '无主项目'] RETURN p")).length).toBe(0);
  });

  it('refuses a broken or old workbook in one line and changes nothing', async () => {
    await loadReferenceData(graph);
    const before = (await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n;
    for (const [name, bytes, message] of [
      ['cut.xlsx', (await workbook({ a: [['name'], ['某某']] })).subarray(0, 300), 'damaged'],
      ['old.xls', ole2File(false), 'old binary .xls/.et workbook'],
      ['locked.xlsx', ole2File(true), 'password-protected'],
    ] as const) {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const run = await runCli(['import', file, '--type', 'person'], env);
      expect(run.code, name).toBe(1);
      expect(run.output.trim().split('\n').at(-1), name).toContain(message);
    }
    expect((await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(before);
  });

  it('imports relationships by id or unique name, each row alone, with provenance', async () => {
    const industry = await anIndustryCode(graph);
    await buildOrganization(graph, { name: '嘉兴禾创科技有限公司', aliases: ['禾创科技', '禾创'], creditCode: '91330400MA2BXXXX1K' });
    await buildOrganization(graph, { name: '嘉兴大学', kind: 'UNIVERSITY' });
    await buildPerson(graph, { name: '张三', title: '总经理' });
    const lisi = await buildPerson(graph, { name: '李四', title: '教授' });
    await buildProject(graph, { name: '碳纤维中试线', status: 'ACTIVE' });
    const run = await importFile(
      'links.csv',
      `起点,关系,终点,来源\n` +
        `${lisi.id},LEADS,碳纤维中试线,https://example.org/lead\n` +
        `张三,成员,嘉兴大学,\n` +
        `嘉兴禾创科技有限公司,IN_INDUSTRY,${industry},\n` +
        `张三,OWNS,嘉兴大学,\n` +
        `没有这个人,MEMBER_OF,嘉兴大学,\n` +
        `张三,LEADS,嘉兴大学,\n` +
        `91330400ma2bxxxx1k,位于,海宁市,\n`,
      'link',
    );
    const report = run.output
      .split('\n')
      .filter((l) => l.startsWith('line '))
      .map((l) => l.split('\t'));
    expect(report.map((r) => r[1])).toEqual(['LINKED', 'LINKED', 'LINKED', 'FAILED', 'FAILED', 'LINKED', 'LINKED']);
    expect(report[6]![3]).toBe('嘉兴禾创科技有限公司 -LOCATED_IN-> 海宁市');
    expect(report[3]![3]).toContain('is not a relationship');
    expect(report[4]![3]).toContain('没有这个人');
    expect(run.code).toBe(2);
    const [lead] = await graph.read<{ url: string; file: string }>(
      "MATCH (:Person {name: '李四'})-[r:LEADS]->(:Project {name: '碳纤维中试线'}) RETURN r.provSourceUrl AS url, r.provImportFile AS file",
    );
    expect(lead).toEqual({ url: 'https://example.org/lead', file: 'links.csv' });
    expect((await graph.read("MATCH (:Person {name: '张三'})-[r:MEMBER_OF]->(:Organization {name: '嘉兴大学'}) RETURN r")).length).toBe(1);
    expect(
      (await graph.read(`MATCH (:Organization {name: '嘉兴禾创科技有限公司'})-[:IN_INDUSTRY]->(:Industry {code: '${industry}'}) RETURN 1`))
        .length,
    ).toBe(1);
  });
});
