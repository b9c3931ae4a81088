import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { graphChecksum } from '../../services/backup/backup.js';
import { createEntity } from '../../services/entity/entities.js';
import { runCli } from '../support/cli.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang backup` and `hechuang restore` as an operator runs them against a server (NEO4J_URI). */

describe('hechuang backup and restore', () => {
  let graph: Graph;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph); // small data: each CLI process costs seconds already
    dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-backup-cli-'));
    const neo4j = testNeo4j();
    env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the graph to one file and refuses to restore it over data, in one line each', { timeout: 120_000 }, async () => {
    await createEntity(createRepositories(graph), CLI_ACTOR, 'Person', { name: '备份命令测试人物' });
    const before = await graphChecksum(graph);
    const file = path.join(dir, 'graph.jsonl.gz');

    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(
      `backup written to ${file}: ${before.nodes} nodes, ${before.relationships} relationships, schema version `,
    );
    expect(backup.output).toContain(`checksum ${before.checksum.slice(0, 16)}`);
    // What the file holds is what restore loads (restore into an empty graph: tests/reliability/private-graph.test.ts).
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ header: { format: 'hechuang-backup/1' } });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ end: before });

    const over = await runCli(['restore', file], env);
    expect(over.code).not.toBe(0);
    expect(over.output).toMatch(/^hechuang: restore needs an empty graph: this one holds data/m);
    expect(await graphChecksum(graph)).toEqual(before);
  });
});
