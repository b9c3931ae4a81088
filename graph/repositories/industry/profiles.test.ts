import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../../tests/support/graph.js';
import type { Graph } from '../../driver.js';
import { IndustryProfileRepository } from './profiles.js';

describe('IndustryProfileRepository', () => {
  let graph: Graph;
  let profiles: IndustryProfileRepository;
  const code = `profile-${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    profiles = new IndustryProfileRepository(graph);
    await graph.write(`CREATE (:Industry {code: $code, name: '测试产业'})`, { code });
  });
  afterAll(() => graph.close());

  it("keeps an industry's passage vectors one by one, and reads a profile stored before passages as one vector", async () => {
    const vectors = [
      [1, 0, 0],
      [0, 0.5, 0.5],
      [0.25, 0.25, 0.5],
    ];
    await graph.writeTx((tx) => profiles.save(tx, [{ industryCode: code, vectors, model: 'm', textHash: 'h' }]));
    expect(await profiles.profiles('m')).toEqual([{ industryCode: code, vectors, model: 'm', textHash: 'h' }]);
    expect(await profiles.profiles('other')).toEqual([]);

    await graph.write(
      `MATCH (i:Industry {code: $code}) REMOVE i.profileCount SET i.profileVector = [0.5, 0.5, 0.0], i.profileHash = 'old'`,
      {
        code,
      },
    );
    expect(await profiles.profiles('m')).toEqual([{ industryCode: code, vectors: [[0.5, 0.5, 0]], model: 'm', textHash: 'old' }]);
  });
});
