import os from 'node:os';
import { migrate } from '../../graph/migrations/runner.js';
import { GraphNonceStore } from '../../graph/repositories/bookstore/nonces.js';
import { int } from '../../graph/values.js';
import type { Graph } from '../../graph/driver.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import { fixedRate } from './load.js';

/**
 * `npx tsx bench/purchases/nonce-probe.ts`: where the slow 1 % of a till check's nonce goes. Nonces at a
 * fixed rate through the service's group commit: the unique-key MERGE with the prune beside it (as the
 * service runs), without the prune, with a prune that really deletes (expired nonces waiting), and a
 * plain CREATE of an unconstrained label by the same group commit; each against one scratch Neo4j.
 * (Its figures in the README were taken with the prune of those days: every 500 nonces, beside the batch.)
 */

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const RATE = Number(args.get('rate') ?? 100);
const SECONDS = Number(args.get('seconds') ?? 8);
const WINDOW = 300;

/** The group commit of GraphNonceStore with any statement: what a plain CREATE costs in the same shape. */
function createGroupCommit(graph: Graph) {
  const queue: { key: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let flushing: Promise<void> | null = null;
  const drain = async () => {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, 200);
        try {
          await graph.writeTx((tx) =>
            tx.run('UNWIND $keys AS key CREATE (:ProbeNonce {key: key, expiresAt: $exp})', { keys: batch.map((b) => b.key), exp: int(1) }),
          );
          for (const b of batch) b.resolve();
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      flushing = null;
    }
  };
  return (key: string) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ key, resolve, reject });
      flushing ??= drain();
    });
}

async function main() {
  const { graph, close } = await startScratchGraph('nonce-probe', 30_000);
  try {
    await migrate(graph);
    const now = () => Math.floor(Date.now() / 1000);
    let n = 0;
    const key = () => `probe:${process.pid}:${n++}:${Math.random()}`;
    const viaStore = (store: GraphNonceStore) => async () => {
      const t = now();
      return store.accept(key(), t, t + 2 * WINDOW);
    };
    const rows: { path: string; round: number; p50Ms: number; p99Ms: number }[] = [];
    const run = async (name: string, round: number, send: () => Promise<boolean>) => {
      const r = await fixedRate(RATE, SECONDS, () => send());
      rows.push({ path: name, round, p50Ms: r.p50Ms, p99Ms: r.p99Ms });
      console.error(name, round, r);
    };
    const served = new GraphNonceStore(graph, WINDOW);
    const noPrune = new GraphNonceStore(graph, WINDOW, Number.MAX_SAFE_INTEGER);
    const create = createGroupCommit(graph);
    const viaCreate = async () => (await create(key()), true);
    // The JVM compiles the paths first (as bench:purchases warms up with 1,500 checks); then the paths take turns.
    await fixedRate(RATE, 5, viaStore(served));
    await fixedRate(RATE, 5, viaCreate);
    for (const round of [1, 2, 3]) {
      await run('MERGE + prune (as served)', round, viaStore(served));
      await run('MERGE, no prune', round, viaStore(noPrune));
      await run('CREATE, unconstrained', round, viaCreate);
    }
    // 30,000 expired nonces waiting: each prune deletes 10,000 of them beside the MERGEs.
    await graph.write('UNWIND range(1, 30000) AS i CREATE (:StoreNonce {key: "expired:" + i, expiresAt: 0})');
    await run('MERGE + prune deleting', 1, viaStore(new GraphNonceStore(graph, WINDOW, 0)));
    console.table(rows);
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
