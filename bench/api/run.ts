import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seededRandom } from '../../topics/cluster/random.js';
import { cpuSeconds } from '../lib/cpu.js';
import { writeResults } from '../lib/report.js';
import { openBenchDatabase } from './database.js';
import { FULL_COUNTS, POLICY_INDUSTRY_TYPES } from './generate.js';
import { OPERATIONS, requestFor, samplePools, TARGETS, unsupportedFor, type HttpRequest, type TargetName } from './operations.js';
import { fireAtRate, type OpenLoopResult } from './open-loop.js';
import { loggedLatencies, phaseStats, scrapeProcessStats } from './server-stats.js';
import { killOnExit, startHechuang, startPeer, stopTarget, type RunningTarget } from './targets.js';
import { checkResponse, signature } from './verify.js';

/**
 * API benchmark (issue 6): a generated graph of FULL_COUNTS × scale, six representative read
 * operations against Hechuang, @neo4j/graphql and bare Cypher on the same Neo4j, each with
 * an open-loop generator at a fixed 200 rps (latency; see open-loop.ts for why not autocannon's
 * rate limit) and autocannon at full speed with fixed connections (rps).
 * Figures and goals are printed, never asserted.
 */

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    rate: { type: 'string', default: '200' },
    connections: { type: 'string', default: '10' },
    fresh: { type: 'boolean', default: false },
    /** Generate (or check) the graph and stop: the measured run then reuses it and fits in minutes. */
    'generate-only': { type: 'boolean', default: false },
    heap: { type: 'string', default: '1g' },
    pagecache: { type: 'string', default: '512m' },
    /** Only the operations whose names contain this text. */
    only: { type: 'string' },
    /** Write a V8 CPU profile of a Hechuang process to this directory (summarise it with bench/lib/profile-summary.ts). */
    'cpu-prof': { type: 'string' },
    /** Which one: hechuang (cached, the default) or hechuang-nocache. */
    'cpu-prof-target': { type: 'string', default: 'hechuang' },
  },
});
const scale = Number(args.scale);
const seed = Number(args.seed);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const rate = Number(args.rate);
const connections = Number(args.connections);
const VERIFY = 30;
/**
 * Parameters per operation, drawn once and cycled by every target in the same order. The
 * cached service is measured warm: before its warm-up it is sent each of them once (a
 * visitor's page that was read before), and the run reports the share of its measured
 * requests that still ran queries.
 */
const PARAMS = 1_000;
const GOALS = { p99Ms: 50, rate, vsNeo4jGraphql: 2, overheadOverCypher: 0.2 };

const log = (line: string) => console.error(line);
const loadBefore = os.loadavg().map((v) => +v.toFixed(2));
const started = Date.now();

interface Measure {
  operation: string;
  target: TargetName;
  unsupported?: string;
  /** Why there is no fixed-rate measure: the target cannot serve the rate at all. */
  overloaded?: string;
  verified?: { requests: number; failed: number; firstFailure: string | null };
  fixed?: OpenLoopResult & {
    /** The cached service only: the same rate through autocannon's `overallRate`, as this benchmark measured before (see open-loop.ts). */
    autocannon?: { p50: number; p99: number };
    /** Hechuang only: its own response times of the same requests, and its GC and event-loop delay meanwhile. */
    server?: {
      p50: number;
      p99: number;
      max: number;
      gcMs: number;
      gcPauses: number;
      eventLoopLagP99Ms: number;
      eventLoopLagMaxMs: number;
    };
  };
  max?: {
    rps: number;
    p50: number;
    p99: number;
    requests: number;
    errors: number;
    non2xx: number;
    badBodies: number;
    serverCpuMsPerRequest: number;
    neo4jCpuMsPerRequest: number;
  };
}

/** The request id of a measured request: the cached service's log then says which ones ran queries (cache misses). */
const requestTag = (phase: string, operation: string) => `bench-${phase}-${operation.replace(/\s/g, '-')}`;

function fire(
  target: RunningTarget,
  build: (i: number) => HttpRequest,
  options: { duration?: number; amount?: number; connections: number; overallRate?: number; tag?: string },
) {
  let next = 0;
  let badBodies = 0;
  const instance = autocannon({
    url: target.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const i = next++;
          const built = build(i);
          const headers = options.tag ? { ...request.headers, 'x-request-id': `${options.tag}-${i}` } : request.headers;
          return { ...request, headers, path: built.path, body: built.body };
        },
        onResponse: (status, body) => {
          if (!checkResponse(status, body).ok) badBodies++;
        },
      },
    ],
  });
  return instance.then((result) => ({ result, badBodies }));
}

async function verify(target: RunningTarget, build: (i: number) => HttpRequest, operation: string) {
  let failed = 0;
  let firstFailure: string | null = null;
  const signatures: string[] = [];
  for (let i = 0; i < VERIFY; i++) {
    const request = build(i);
    const response = await fetch(`${target.url}${request.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `bench-verify-${operation.replace(/\s/g, '-')}-${i}` },
      body: request.body,
    });
    const body = await response.text();
    const check = checkResponse(response.status, body);
    if (!check.ok) {
      failed++;
      firstFailure ??= `${response.status} ${body.slice(0, 300)}`;
    }
    signatures.push(signature(operation, target.name, body));
  }
  return { requests: VERIFY, failed, firstFailure, signatures };
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-bench-api-'));
const hechuangLog = path.join(dataDir, 'hechuang.log');
const uncachedLog = path.join(dataDir, 'hechuang-nocache.log');
const db = await openBenchDatabase({ seed, scale, heap: args.heap, pageCache: args.pagecache, fresh: args.fresh, onProgress: log });
if (args['generate-only']) {
  log(`graph ready: ${db.summary.nodes} nodes, ${db.summary.relationships} relationships (generated this run: ${db.generated})`);
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
const targets: RunningTarget[] = [];
killOnExit(targets);
const measures: Measure[] = [];
const mismatches: Record<string, number> = {};
try {
  const pools = await samplePools(db.graph, seed);
  log(
    `pools: ${pools.industries.length} industries, ${pools.regions.length} regions, ${pools.policyIds.length} policies, ${pools.entityIds.length} entities, ${pools.searchTerms.length} search terms`,
  );
  const profiled = (name: TargetName) => (args['cpu-prof-target'] === name ? args['cpu-prof'] : undefined);
  targets.push(
    await startHechuang(db.info, path.join(dataDir, 'cached'), hechuangLog, { cpuProfileDir: profiled('hechuang'), responseCache: true }),
  );
  targets.push(
    await startHechuang(db.info, path.join(dataDir, 'uncached'), uncachedLog, {
      cpuProfileDir: profiled('hechuang-nocache'),
      responseCache: false,
    }),
  );
  targets.push(await startPeer('neo4j-graphql', 'neo4j-graphql.ts', db.info));
  targets.push(await startPeer('cypher', 'cypher.ts', db.info));

  for (const [index, op] of OPERATIONS.entries()) {
    if (args.only && !op.name.includes(args.only)) continue;
    const random = seededRandom(seed * 1000 + index);
    const params = Array.from({ length: PARAMS }, () => op.params(random, pools));
    const signatures = new Map<TargetName, string[]>();
    const runnable = TARGETS.flatMap((name) => {
      const request = requestFor(op, name);
      if (!request) {
        measures.push({ operation: op.name, target: name, unsupported: unsupportedFor(op, name) ?? 'n/a' });
        return [];
      }
      return [{ target: targets.find((t) => t.name === name)!, build: (i: number) => request(params[i % params.length]) }];
    });
    // Every target is checked and warmed before any is measured (the first would otherwise pay
    // for Neo4j's plan cache and JIT on the shared statements), and the order rotates per operation.
    const checks = new Map<TargetName, Awaited<ReturnType<typeof verify>>>();
    for (const { target, build } of runnable) {
      const checked = await verify(target, build, op.name);
      checks.set(target.name, checked);
      signatures.set(target.name, checked.signatures);
      if (checked.failed > 0)
        log(`  ${op.name} / ${target.name}: ${checked.failed}/${VERIFY} sample responses failed, e.g. ${checked.firstFailure}`);
      await fire(target, build, { duration: warmup, connections });
    }
    const order = runnable.map((_, i) => runnable[(i + index) % runnable.length]!);
    for (const { target, build } of order) {
      const name = target.name;
      const checked = checks.get(name)!;
      // Right before each phase (well within the cache's TTL of 60 s, which a slow first pass can
      // use up), the cached service sees every parameter once.
      const warm = () => (name === 'hechuang' ? fire(target, build, { amount: PARAMS, connections }) : Promise.resolve());
      await warm();
      const cpuBefore = { server: cpuSeconds(target.process.pid!), neo4j: cpuSeconds(db.info.pid) };
      const max = await fire(target, build, { duration, connections, tag: requestTag('max', op.name) });
      const perRequest = (before: number, pid: number) =>
        +(((cpuSeconds(pid) - before) * 1000) / Math.max(1, max.result.requests.total)).toFixed(2);
      const cpu = {
        serverCpuMsPerRequest: perRequest(cpuBefore.server, target.process.pid!),
        neo4jCpuMsPerRequest: perRequest(cpuBefore.neo4j, db.info.pid),
      };
      const maxRps = Math.round(max.result.requests.total / max.result.duration);
      // Below the rate at full speed, a fixed-rate run only measures its own queue: it is reported as overloaded instead.
      const ours = name === 'hechuang' || name === 'hechuang-nocache';
      let fixed: Measure['fixed'];
      if (maxRps >= rate) {
        await warm();
        const statsBefore = ours ? await scrapeProcessStats(target.url) : null;
        const result = await fireAtRate(target.url, build, { rate, seconds: duration, tag: requestTag('fixed', op.name) });
        const during = statsBefore ? phaseStats(statsBefore, await scrapeProcessStats(target.url)) : null;
        fixed = during ? { ...result, server: { p50: 0, p99: 0, max: 0, ...during } } : result;
        if (name === 'hechuang') {
          const burst = await fire(target, build, { duration, connections: Math.max(connections, 20), overallRate: rate });
          fixed.autocannon = { p50: burst.result.latency.p50, p99: burst.result.latency.p99 };
        }
      }
      const figures = (r: autocannon.Result) => ({
        rps: Math.round(r.requests.total / r.duration),
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
      measures.push({
        operation: op.name,
        target: name,
        verified: { requests: checked.requests, failed: checked.failed, firstFailure: checked.firstFailure },
        ...(fixed ? { fixed } : { overloaded: `${maxRps} rps at full speed, below ${rate}` }),
        max: { ...figures(max.result), badBodies: max.badBodies, ...cpu },
      });
      log(
        `  ${op.name} / ${name}: ${maxRps} rps max, ` +
          (fixed ? `p99 ${fixed.p99} ms @${rate} rps (sent late by ${fixed.sendLagP99} ms at p99)` : `overloaded at ${rate} rps`),
      );
    }
    // Same parameters, same answer: compare what each target returned for the sample requests.
    const reference = signatures.get('cypher');
    for (const [name, list] of signatures) {
      if (name === 'cypher' || !reference) continue;
      const differing = list.filter((s, i) => s !== '' && reference[i] !== '' && s !== reference[i]).length;
      if (differing > 0) mismatches[`${op.name} / ${name}`] = differing;
    }
  }
} finally {
  for (const target of targets) await stopTarget(target);
  await db.stop();
}

// The service's own response times of the fixed-rate requests (its log is complete once it stopped).
for (const m of measures) {
  if (!m.fixed?.server) continue;
  const logged = await loggedLatencies(m.target === 'hechuang' ? hechuangLog : uncachedLog, requestTag('fixed', m.operation));
  Object.assign(m.fixed.server, { p50: logged.p50, p99: logged.p99, max: logged.max });
}

// Queries per request, from Hechuang's own request log (the verification requests carry known ids).
const queries: Record<string, number> = {};
// The uncached service's log: its every request runs the operation (the cached one answers repeats from memory).
for (const line of (await readFile(uncachedLog, 'utf8')).split('\n')) {
  const match = /"id":"bench-verify-(.+?)-\d+".*?"neo4jQueries":(\d+)/.exec(line);
  if (match) queries[match[1]!] = Math.max(queries[match[1]!] ?? 0, Number(match[2]));
}
// Cache misses of the cached service per phase: its requests that ran at least one Neo4j query.
const cacheMisses: Record<string, { requests: number; misses: number; missShare: number }> = {};
for (const line of (await readFile(hechuangLog, 'utf8')).split('\n')) {
  // A request answered from the cache never builds a context, so its line has no query count.
  const match = /"id":"bench-((?:fixed|max)-.+?)-\d+"(?:.*?"neo4jQueries":(\d+))?/.exec(line);
  if (!match) continue;
  const entry = (cacheMisses[match[1]!] ??= { requests: 0, misses: 0, missShare: 0 });
  entry.requests += 1;
  if (Number(match[2] ?? 0) > 0) entry.misses += 1;
}
for (const entry of Object.values(cacheMisses)) entry.missShare = +(entry.misses / entry.requests).toFixed(3);
await rm(dataDir, { recursive: true, force: true });
const loadAfter = os.loadavg().map((v) => +v.toFixed(2));

const find = (operation: string, target: TargetName) => measures.find((m) => m.operation === operation && m.target === target);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? +(a / b).toFixed(2) : null);
const cpu = (m: Measure | undefined) => (m?.max ? m.max.serverCpuMsPerRequest + m.max.neo4jCpuMsPerRequest : undefined);
const comparisons = OPERATIONS.filter((op) => find(op.name, 'hechuang')).flatMap((op) =>
  (['hechuang', 'hechuang-nocache'] as const).map((name) => {
    const own = find(op.name, name);
    const peer = find(op.name, 'neo4j-graphql');
    const bare = find(op.name, 'cypher');
    const vsPeer = ratio(own?.max?.rps, peer?.max?.rps);
    const throughputOverhead = own?.max && bare?.max ? +(bare.max.rps / own.max.rps - 1).toFixed(2) : null;
    const latencyOverhead = own?.fixed && bare?.fixed ? +(own.fixed.p50 / bare.fixed.p50 - 1).toFixed(2) : null;
    const cpuOverhead = cpu(own) && cpu(bare) ? +(cpu(own)! / cpu(bare)! - 1).toFixed(2) : null;
    const cached = name === 'hechuang';
    return {
      operation: op.name,
      target: name,
      describe: op.describe,
      hechuangQueriesPerRequest: queries[op.name.replace(/\s/g, '-')] ?? null,
      hechuangVsNeo4jGraphqlThroughput: vsPeer,
      neo4jGraphql: peer?.unsupported ?? null,
      overheadOverCypher: { throughput: throughputOverhead, latencyP50: latencyOverhead, cpuPerRequest: cpuOverhead },
      hechuangVsNeo4jGraphqlCpuPerRequest: ratio(cpu(peer), cpu(own)),
      // Issue 14: cache on ≥ 2× @neo4j/graphql and p99 < 50 ms at 200 rps; cache off ≥ 1.0× and CPU/request ≤ 1.2× bare Cypher.
      goals: {
        p99Under50msAt200rps: own?.fixed ? own.fixed.p99 < GOALS.p99Ms && own.fixed.rps >= rate * 0.95 : own?.overloaded ? false : null,
        vsNeo4jGraphql: vsPeer === null ? null : vsPeer >= (cached ? GOALS.vsNeo4jGraphql : 1),
        cpuWithin20pctOfCypher: cached || cpuOverhead === null ? null : cpuOverhead <= GOALS.overheadOverCypher,
      },
    };
  }),
);

const yesNo = (v: boolean | null) => (v === null ? 'n/a' : v ? 'yes' : 'no');
console.table(
  comparisons.map((c) => ({
    operation: c.operation,
    target: c.target,
    'queries/req': c.target === 'hechuang-nocache' ? (c.hechuangQueriesPerRequest ?? '') : '',
    '÷ @neo4j/graphql rps': c.hechuangVsNeo4jGraphqlThroughput ?? 'n/a',
    'overhead vs cypher (rps)': c.overheadOverCypher.throughput === null ? '' : `${Math.round(c.overheadOverCypher.throughput * 100)}%`,
    'overhead vs cypher (CPU/req)':
      c.overheadOverCypher.cpuPerRequest === null ? '' : `${Math.round(c.overheadOverCypher.cpuPerRequest * 100)}%`,
    'p99<50ms@200': yesNo(c.goals.p99Under50msAt200rps),
    'rps goal (2× cached, 1× uncached)': yesNo(c.goals.vsNeo4jGraphql),
    'CPU ≤1.2× cypher (uncached)': yesNo(c.goals.cpuWithin20pctOfCypher),
  })),
);
for (const m of measures.filter((m) => m.unsupported)) console.log(`${m.operation} / ${m.target}: ${m.unsupported}`);
if (Object.keys(mismatches).length) console.log('sample answers differing from bare Cypher:', mismatches);

measures.sort(
  (a, b) =>
    OPERATIONS.findIndex((o) => o.name === a.operation) - OPERATIONS.findIndex((o) => o.name === b.operation) ||
    TARGETS.indexOf(a.target) - TARGETS.indexOf(b.target),
);
writeResults(
  // A run of some operations only does not replace the six-operation results.
  args.only ? `api-${args.only.replace(/\s+/g, '-')}` : 'api',
  {
    settings: {
      scale,
      seed,
      counts: db.summary.counts,
      fullCounts: FULL_COUNTS,
      graph: { nodes: db.summary.nodes, relationships: db.summary.relationships },
      generatedThisRun: db.generated,
      generationSeconds: db.summary.seconds,
      policyIndustryTypes: POLICY_INDUSTRY_TYPES,
      durationSeconds: duration,
      warmupSeconds: warmup,
      fixedRate: rate,
      connections,
      neo4jHeap: args.heap,
      neo4jPageCache: args.pagecache,
    },
    loadAverage: { before: loadBefore, after: loadAfter },
    runSeconds: Math.round((Date.now() - started) / 1000),
    goals: GOALS,
    comparisons,
    sampleMismatches: mismatches,
    cacheMisses,
    measures,
  },
  measures.map((m) => ({
    operation: m.operation,
    target: m.target,
    'rps max': m.max?.rps ?? 'n/a',
    'p50 ms': m.fixed?.p50 ?? '',
    'p90 ms': m.fixed?.p90 ?? '',
    'p99 ms': m.fixed?.p99 ?? (m.overloaded ? 'overloaded' : ''),
    'server p99 ms': m.fixed?.server?.p99 ?? '',
    'autocannon p99 ms': m.fixed?.autocannon?.p99 ?? '',
    'GC ms @rate': m.fixed?.server?.gcMs ?? '',
    'loop lag p99 ms': m.fixed?.server?.eventLoopLagP99Ms ?? '',
    [`rps @${rate}`]: m.fixed?.rps ?? '',
    'server CPU ms/req': m.max?.serverCpuMsPerRequest ?? '',
    'Neo4j CPU ms/req': m.max?.neo4jCpuMsPerRequest ?? '',
    'bad responses': m.max
      ? (m.fixed ? m.fixed.errors + m.fixed.non2xx + m.fixed.badBodies : 0) +
        m.max.errors +
        m.max.non2xx +
        m.max.badBodies +
        (m.verified?.failed ?? 0)
      : '',
  })),
);
console.log(`load average (1, 5, 15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
console.log(
  'cached service, share of requests that ran Neo4j queries (cache misses):',
  Object.entries(cacheMisses)
    .map(([phase, { requests, missShare }]) => `${phase} ${Math.round(missShare * 100)} % of ${requests}`)
    .join('; '),
);
