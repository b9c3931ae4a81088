import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testGraph } from '../../../tests/support/graph.js';
import type { TransitionRecord } from '../../../domain/purchase/types.js';
import type { Graph } from '../../driver.js';
import { createRepositories, type Repositories } from '../index.js';

describe('PurchaseRequestRepository.transitionsOf', () => {
  let graph: Graph;
  let repos: Repositories;

  beforeAll(() => {
    graph = testGraph();
    repos = createRepositories(graph);
  });

  it("orders a request's steps of the same millisecond by their sequence, whatever order they were written in", async () => {
    const requestId = `request-${randomUUID()}`;
    const at = '2026-12-02T03:10:00.123Z';
    const step = (from: TransitionRecord['from'], to: TransitionRecord['to']): TransitionRecord => ({
      requestId,
      from,
      to,
      at,
      actorId: 'reader',
      actorRole: 'READER',
      note: null,
    });
    await graph.writeTx(async (tx) => {
      await repos.purchase.requests.addTransition(tx, step('APPROVED', 'ORDERED'), 2);
      await repos.purchase.requests.addTransition(tx, step('REQUESTED', 'APPROVED'), 1);
      await repos.purchase.requests.addTransition(tx, step(null, 'REQUESTED'), 0);
    });
    const [timeline] = await repos.purchase.requests.transitionsOf([requestId]);
    expect(timeline!.map((t) => t.to)).toEqual(['REQUESTED', 'APPROVED', 'ORDERED']);
  });
});
