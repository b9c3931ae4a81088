import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seededRandom } from '../../topics/cluster/random.js';
import { writeResults } from '../lib/report.js';
import { openBenchDatabase } from './database.js';
import { FULL_COUNTS, POLICY_INDUSTRY_TYPES } from './generate.js';
import { OPERATIONS, samplePools, TARGETS, type HttpRequest, type TargetName } from './operations.js';
import { startHechuang, startPeer, stopTarget, type RunningTarget } from './targets.js';
import { checkResponse, signature } from './verify.js';

/**
 * API benchmark (issue 6): a generated graph of FULL_COUNTS × scale, six representative read
 * operations against Hechuang, @neo4j/graphql and bare Cypher on the same Neo4j, each with
 * autocannon at a fixed 200 rps (latency) and at full speed with fixed connections (rps).
 * Figures and goals are printed, never asserted.
 */

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rate: { type: 'string', default: '200' },
    connections: { type: 'string', default: '10' },
    fresh: { type: 'boolean', default: false },
    heap: { type: 'string', default: '1g' },
    pagecache: { type: 'string', default: '512m' },
  },
});
const scale = Number(args.scale);
const seed = Number(args.seed);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const rate = Number(args.rate);
const connections = Number(args.connections);
const VERIFY = 30;
const GOALS = { p99Ms: 50, rate, vsNeo4jGraphql: 2, overheadOverCypher: 0.2 };

const log = (line: string) => console.error(line);
const loadBefore = os.loadavg().map((v) => +v.toFixed(2));
const started = Date.now();

interface Measure {
  operation: string;
  target: TargetName;
  unsupported?: string;
  verified?: { requests: number; failed: number; firstFailure: string | null };
  fixed?: { rps: number; p50: number; p90: number; p99: number; max: number; requests: number; errors: number; non2xx: number; badBodies: number };
  max?: { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number; badBodies: number };
}

function fire(target: RunningTarget, build: (i: number) => HttpRequest, options: { duration: number; connections: number; overallRate?: number }) {
  let next = 0;
  let badBodies = 0;
  const instance = autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.duration,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const built = build(next++);
          return { ...request, path: built.path, body: built.body };
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
const db = await openBenchDatabase({ seed, scale, heap: args.heap!, pageCache: args.pagecache!, fresh: args.fresh!, onProgress: log });
const targets: RunningTarget[] = [];
const measures: Measure[] = [];
const mismatches: Record<string, number> = {};
try {
  const pools = await samplePools(db.graph, seed);
  log(`pools: ${pools.industries.length} industries, ${pools.regions.length} regions, ${pools.policyIds.length} policies, ${pools.entityIds.length} entities, ${pools.searchTerms.length} search terms`);
  targets.push(await startHechuang(db.info, dataDir, hechuangLog));
  targets.push(await startPeer('neo4j-graphql', 'neo4j-graphql.ts', db.info));
  targets.push(await startPeer('cypher', 'cypher.ts', db.info));

  for (const [index, op] of OPERATIONS.entries()) {
    const random = seededRandom(seed * 1000 + index);
    const params = Array.from({ length: 5_000 }, () => op.params(random, pools));
    const signatures = new Map<TargetName, string[]>();
    for (const name of TARGETS) {
      const target = targets.find((t) => t.name === name)!;
      const request = op.request[name];
      if (!request) {
        measures.push({ operation: op.name, target: name, unsupported: op.unsupported?.[name] ?? 'n/a' });
        continue;
      }
      const build = (i: number) => request(params[i % params.length]!);
      const checked = await verify(target, build, op.name);
      signatures.set(name, checked.signatures);
      if (checked.failed > 0) log(`  ${op.name} / ${name}: ${checked.failed}/${VERIFY} sample responses failed, e.g. ${checked.firstFailure}`);
      await fire(target, build, { duration: warmup, connections });
      const fixed = await fire(target, build, { duration, connections: Math.max(connections, 20), overallRate: rate });
      const max = await fire(target, build, { duration, connections });
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
        fixed: { ...figures(fixed.result), p90: fixed.result.latency.p90, max: fixed.result.latency.max, badBodies: fixed.badBodies },
        max: { ...figures(max.result), badBodies: max.badBodies },
      });
      log(`  ${op.name} / ${name}: ${Math.round(max.result.requests.total / max.result.duration)} rps max, p99 ${fixed.result.latency.p99} ms @${rate} rps`);
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

// Queries per request, from Hechuang's own request log (the verification requests carry known ids).
const queries: Record<string, number> = {};
for (const line of (await readFile(hechuangLog, 'utf8')).split('\n')) {
  const match = /"id":"bench-verify-(.+?)-\d+".*?"neo4jQueries":(\d+)/.exec(line);
  if (match) queries[match[1]!] = Math.max(queries[match[1]!] ?? 0, Number(match[2]));
}
await rm(dataDir, { recursive: true, force: true });
const loadAfter = os.loadavg().map((v) => +v.toFixed(2));

const find = (operation: string, target: TargetName) => measures.find((m) => m.operation === operation && m.target === target);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? +(a / b).toFixed(2) : null);
const comparisons = OPERATIONS.map((op) => {
  const own = find(op.name, 'hechuang');
  const peer = find(op.name, 'neo4j-graphql');
  const bare = find(op.name, 'cypher');
  const vsPeer = ratio(own?.max?.rps, peer?.max?.rps);
  const throughputOverhead = own?.max && bare?.max ? +(bare.max.rps / own.max.rps - 1).toFixed(2) : null;
  const latencyOverhead = own?.fixed && bare?.fixed ? +(own.fixed.p50 / bare.fixed.p50 - 1).toFixed(2) : null;
  return {
    operation: op.name,
    describe: op.describe,
    hechuangQueriesPerRequest: queries[op.name.replace(/\s/g, '-')] ?? null,
    hechuangVsNeo4jGraphqlThroughput: vsPeer,
    neo4jGraphql: peer?.unsupported ?? null,
    overheadOverCypher: { throughput: throughputOverhead, latencyP50: latencyOverhead },
    goals: {
      p99Under50msAt200rps: own?.fixed ? own.fixed.p99 < GOALS.p99Ms && own.fixed.rps >= rate * 0.95 : null,
      twiceNeo4jGraphql: vsPeer === null ? null : vsPeer >= GOALS.vsNeo4jGraphql,
      overheadUnder20pct: throughputOverhead === null ? null : throughputOverhead <= GOALS.overheadOverCypher && (latencyOverhead ?? 0) <= GOALS.overheadOverCypher,
    },
  };
});

console.table(
  comparisons.map((c) => ({
    operation: c.operation,
    'queries/req': c.hechuangQueriesPerRequest ?? '',
    'hechuang ÷ @neo4j/graphql rps': c.hechuangVsNeo4jGraphqlThroughput ?? 'n/a',
    'overhead vs cypher (rps)': c.overheadOverCypher.throughput === null ? '' : `${Math.round(c.overheadOverCypher.throughput * 100)}%`,
    'overhead vs cypher (p50)': c.overheadOverCypher.latencyP50 === null ? '' : `${Math.round(c.overheadOverCypher.latencyP50 * 100)}%`,
    'p99<50ms@200': c.goals.p99Under50msAt200rps ? 'yes' : 'no',
    '≥2× @neo4j/graphql': c.goals.twiceNeo4jGraphql === null ? 'n/a' : c.goals.twiceNeo4jGraphql ? 'yes' : 'no',
    '≤20% over cypher': c.goals.overheadUnder20pct ? 'yes' : 'no',
  })),
);
for (const m of measures.filter((m) => m.unsupported)) console.log(`${m.operation} / ${m.target}: ${m.unsupported}`);
if (Object.keys(mismatches).length) console.log('sample answers differing from bare Cypher:', mismatches);

writeResults(
  'api',
  {
    settings: { scale, seed, counts: db.summary.counts, fullCounts: FULL_COUNTS, graph: { nodes: db.summary.nodes, relationships: db.summary.relationships },
      generatedThisRun: db.generated, generationSeconds: db.summary.seconds, policyIndustryTypes: POLICY_INDUSTRY_TYPES,
      durationSeconds: duration, warmupSeconds: warmup, fixedRate: rate, connections, neo4jHeap: args.heap, neo4jPageCache: args.pagecache },
    loadAverage: { before: loadBefore, after: loadAfter },
    runSeconds: Math.round((Date.now() - started) / 1000),
    goals: GOALS,
    comparisons,
    sampleMismatches: mismatches,
    measures,
  },
  measures.map((m) => ({
    operation: m.operation,
    target: m.target,
    'rps max': m.max?.rps ?? 'n/a',
    'p50 ms': m.fixed?.p50 ?? '',
    'p90 ms': m.fixed?.p90 ?? '',
    'p99 ms': m.fixed?.p99 ?? '',
    [`rps @${rate}`]: m.fixed?.rps ?? '',
    'bad responses': m.fixed && m.max ? m.fixed.errors + m.fixed.non2xx + m.fixed.badBodies + m.max.errors + m.max.non2xx + m.max.badBodies + (m.verified?.failed ?? 0) : '',
  })),
);
console.log(`load average (1, 5, 15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
