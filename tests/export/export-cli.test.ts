import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { createEntity, setDeleted } from '../../services/entity/entities.js';
import { readTable } from '../../lib/tables/read.js';
import { parseLiteratureBuffer } from '../../topics/import/index.js';
import { runCli } from '../support/cli.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang export`: the operator's exports, uncapped, paged through the graph, to a file or stdout. */

const DOCUMENTS = 1_234;

describe('hechuang export', () => {
  let graph: Graph;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-export-'));
    const neo4j = testNeo4j();
    env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    // More documents than one page of the export, so the keyset paging is exercised.
    await graph.write(
      `UNWIND range(1, $n) AS i
       CREATE (:Document {id: 'doc-' + right('0000' + toString(i), 5), title: '文献 ' + toString(i), authors: ['作者' + ['甲', '乙', '丙'][i % 3]],
                          keywords: ['关键词' + toString(i % 5)], year: 2000 + i % 25, type: 'article', sourceId: toString(i), dedupeKey: 'k' + toString(i),
                          batchId: 'b', importedAt: datetime()})`,
      { n: DOCUMENTS },
    );
    const repos = createRepositories(graph);
    await createEntity(repos, CLI_ACTOR, 'Person', { name: '在职的人', title: '工程师' });
    const gone = await createEntity(repos, CLI_ACTOR, 'Person', { name: '已删除的人' });
    await setDeleted(repos, CLI_ACTOR, 'Person', gone.id, gone.version, true);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('writes every document, page after page, as RIS to a file', async () => {
    const out = path.join(dir, 'all.ris');
    const run = await runCli(['export', 'documents', '--format', 'ris', '--out', out], env);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/documents: \d+ bytes written to .*all\.ris/);
    const parsed = parseLiteratureBuffer(await readFile(out), 'all.ris');
    expect(parsed.records).toHaveLength(DOCUMENTS);
    expect(new Set(parsed.records.map((r) => r.title)).size).toBe(DOCUMENTS);
    expect(parsed.records[0]).toMatchObject({ title: '文献 1', authors: ['作者乙'], keywords: ['关键词1'], year: 2001 });
  });

  it('writes people with the deleted ones as .xlsx on request', async () => {
    const out = path.join(dir, 'people.xlsx');
    const run = await runCli(['export', 'people', '--format', 'xlsx', '--include-deleted', '--out', out], env);
    expect(run.code, run.output).toBe(0);
    const table = await readTable(await readFile(out), 'people.xlsx');
    expect(table.header).toEqual(['id', 'name', 'description', 'title', 'organization', 'industry', 'region', 'sourceUrl', 'deleted']);
    expect(table.rows.map((r) => [r.cells[1], r.cells[8]]).sort()).toEqual([
      ['在职的人', ''],
      ['已删除的人', 'true'],
    ]);
    const live = await runCli(['export', 'people', '--format', 'csv'], env);
    expect(live.output).toContain('在职的人');
    expect(live.output).not.toContain('已删除的人');
  });

  it('refuses a wrong format or an unknown scope in one line, exit code 1', async () => {
    const format = await runCli(['export', 'documents', '--format', 'pdf'], env);
    expect(format.code).toBe(1);
    expect(format.output.trim().split('\n').at(-1)).toBe('hechuang: --format for documents is ris, bibtex or csv, not "pdf"');
    const topic = await runCli(['export', 'documents', '--format', 'csv', '--topic', 'topic-none'], env);
    expect(topic.code).toBe(1);
    expect(topic.output.trim().split('\n').at(-1)).toBe('hechuang: Topic "topic-none" was not found');
  });
});
