import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { Crawler, type CrawlSummary } from '../../services/source/crawler.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { testSource } from '../../crawlers/testing/sources.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { writeResults } from '../lib/report.js';
import { jvmPid, ownCpuSeconds, processCpuSeconds } from '../lib/cpu.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import { StatementProfiler } from './statements.js';
import { jvmThreadCpu, jvmThreadCpuSince } from './jvm-threads.js';

/**
 * 1,000 feed sources spread over 50 loopback hosts (127.0.0.2 … 127.0.0.51), 20 items each,
 * every answer delayed 50 ms. First refresh (everything new), then a second one (every
 * feed answers 304). The peer, on the same hosts in the same run: fetching the same feeds
 * with plain `fetch` at the same concurrency, storing nothing — the network floor.
 */

const flag = (name: string) => /^--\w[\w-]*=(\d+)$/.exec(process.argv.find((a) => a.startsWith(`--${name}=`)) ?? '')?.[1];
// Trial runs: `--hosts=10` (200 sources); `--statements` adds a table of every write statement's Neo4j time and db hits.
const HOSTS = Number(flag('hosts') ?? 50);
const STATEMENTS = process.argv.includes('--statements');
// `--warmup=200`: 200 other feeds crawled first, on the fresh JVM, so the measured refreshes run on a warm one
// (as a running service's do); the warm-up is its own row. Without it the first refresh pays the JVM's JIT.
const WARMUP = Number(flag('warmup') ?? 0);
const SOURCES_PER_HOST = 20;
const ITEMS = 20;
const LATENCY_MS = 50;
// Sources crawled at once (and the peer's parallel fetches): `npm run bench:crawl -- --concurrency=16`.
const CONCURRENCY = Number(flag('concurrency') ?? 64);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Peak of each part of the crawler process's memory, sampled every 100 ms (heap: JS objects; external and
// arrayBuffers: buffers outside the heap, response bodies among them).
const peak = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const usage = process.memoryUsage();
  for (const key of Object.keys(peak) as (keyof typeof peak)[]) peak[key] = Math.max(peak[key], usage[key]);
};
const sampler = setInterval(sample, 100);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

const { graph, close: closeGraph, info } = await startScratchGraph('crawl', 60_000);
const jvm = jvmPid(info.pid);
// The fixture sites run in a child process: the crawler's RSS is measured without them.
const fixtures = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'fixtures.ts'),
    ...[HOSTS, SOURCES_PER_HOST, ITEMS, LATENCY_MS, Math.ceil(WARMUP / HOSTS)].map(String),
  ],
  {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
const profiler = STATEMENTS ? new StatementProfiler(info) : null;
try {
  await migrate(graph);
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(ROOT));

  const { urls, warm } = await new Promise<{ urls: string[]; warm: string[] }>((resolve, reject) => {
    let buffered = '';
    fixtures.stdout.on('data', (chunk) => {
      buffered += String(chunk);
      if (buffered.includes('\n')) resolve(JSON.parse(buffered.split('\n')[0]!) as { urls: string[]; warm: string[] });
    });
    fixtures.once('exit', (code) => reject(new Error(`fixture servers exited (${code})`)));
  });
  const warmSources = (enabled: boolean) =>
    warm.slice(0, WARMUP).map((url, i) => testSource(`warm-${String(i).padStart(4, '0')}`, url, { enabled }));
  await graph.writeTx((tx) => repos.sources.upsert(tx, warmSources(true)));

  type Figures = Awaited<ReturnType<typeof refresh>>;
  const row = (f: Figures) => ({
    run: f.label,
    'wall ms': f.wallMs,
    'new items': f.newItems,
    'items/s': f.itemsPerSecond,
    'sources/s': f.sourcesPerSecond,
    'Neo4j write ms (summed)': f.neo4jWriteMsSummed,
    'ms per write tx': f.neo4jMeanWriteMs,
    'write txs': f.neo4jWrites,
    'crawler CPU s': f.crawlerCpuSeconds,
    'Neo4j CPU s': f.neo4jCpuSeconds ?? '?',
    'of it JIT s': f.neo4jCpuByThreads?.jit ?? '?',
    'load avg': f.loadAverage1m,
    failed: f.failed,
  });

  // Neo4j write time: every write transaction the crawler opens (graph.write goes through
  // writeTx), summed over concurrent runs, and the mean per transaction.
  profiler?.install(graph);
  let writeMs = 0;
  let writes = 0;
  const writeTx = graph.writeTx.bind(graph);
  graph.writeTx = async (work, options) => {
    const t0 = performance.now();
    try {
      return await writeTx(work, options);
    } finally {
      writeMs += performance.now() - t0;
      writes += 1;
    }
  };

  const crawler = new Crawler(graph, {
    fetcher: new PoliteFetcher({
      perHostIntervalMs: 0,
      perHostConcurrency: 2,
      globalConcurrency: CONCURRENCY,
      timeoutMs: 30_000,
      allowPrivate: ['127.0.0.0/8'],
    }),
    disableAfter: 5,
    backoffBaseMs: 60_000,
    backoffMaxMs: 3_600_000,
    lockStaleMs: 600_000,
    detailConcurrency: 4,
  });

  const refresh = async (label: string) => {
    writeMs = 0;
    writes = 0;
    sample();
    for (const key of Object.keys(peak) as (keyof typeof peak)[]) peak[key] = 0;
    const t0 = performance.now();
    const cpu0 = ownCpuSeconds();
    const neo4jCpu0 = processCpuSeconds(jvm);
    const threads0 = jvmThreadCpu(jvm);
    const results: CrawlSummary[] = await crawler.crawlAll({ concurrency: CONCURRENCY });
    const wallMs = performance.now() - t0;
    const crawlerCpuSeconds = +(ownCpuSeconds() - cpu0).toFixed(2);
    const neo4jCpu1 = processCpuSeconds(jvm);
    const neo4jCpuSeconds = neo4jCpu0 === null || neo4jCpu1 === null ? null : +(neo4jCpu1 - neo4jCpu0).toFixed(2);
    const count = (key: 'new' | 'unchanged' | 'errors') => results.reduce((sum, r) => sum + r[key], 0);
    const failed = results.filter((r) => r.status === 'failed').length;
    const notModified = results.filter((r) => r.status === 'ok' && r.new === 0 && r.fetched === 1).length;
    const figures = {
      label,
      wallMs: Math.round(wallMs),
      sources: results.length,
      failed,
      newItems: count('new'),
      itemsPerSecond: Math.round((count('new') / wallMs) * 1000),
      sourcesPerSecond: Math.round((results.length / wallMs) * 1000),
      notModified,
      neo4jWriteMsSummed: Math.round(writeMs),
      neo4jWrites: writes,
      neo4jMeanWriteMs: writes ? Math.round(writeMs / writes) : 0,
      // On a shared machine the wall time is mostly waiting for a CPU: these are what this work cost.
      crawlerCpuSeconds,
      neo4jCpuSeconds,
      // Where Neo4j's CPU went: its JIT compiler threads, its garbage collector, the rest (queries, commits, index upkeep).
      neo4jCpuByThreads: jvmThreadCpuSince(jvm, threads0),
      loadAverage1m: +(os.loadavg()[0] ?? 0).toFixed(2),
      peakMemoryMiB: (sample(), Object.fromEntries(Object.entries(peak).map(([key, bytes]) => [key, mib(bytes)]))),
    };
    console.error(`${label}: ${JSON.stringify(figures)}`);
    if (profiler) {
      const statements = profiler.take();
      console.table(statements);
      return { ...figures, statements };
    }
    return figures;
  };

  // JFR=<file>: a JVM flight recording of the first refresh (`jfr print --events jdk.ExecutionSample <file>`).
  if (process.env.JFR) execFileSync('jcmd', [String(jvm), 'JFR.start', 'name=crawl', 'settings=profile', `filename=${process.env.JFR}`]);
  const warmup = WARMUP > 0 ? await refresh(`warm-up: ${WARMUP} other feeds on the fresh JVM`) : null;
  await graph.writeTx(async (tx) => {
    await repos.sources.upsert(tx, warmSources(false));
    await repos.sources.upsert(
      tx,
      urls.map((url, i) => testSource(`bench-${String(i).padStart(4, '0')}`, url)),
    );
  });
  const first = await refresh('first refresh (all new)');
  if (process.env.JFR) execFileSync('jcmd', [String(jvm), 'JFR.stop', 'name=crawl']);
  const second = await refresh('second refresh (304)');
  const stored = await repos.news.count();

  // The peer: the same 1,000 feeds fetched with plain fetch, same concurrency, nothing parsed or stored.
  const t0 = performance.now();
  let next = 0;
  let bytes = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < urls.length; i = next++) {
        const response = await fetch(urls[i]!);
        const size = (await response.arrayBuffer()).byteLength;
        bytes += size;
        if (response.ok) ok += 1;
      }
    }),
  );
  const peerMs = performance.now() - t0;

  writeResults(
    'crawl',
    {
      setup: {
        hosts: HOSTS,
        sources: HOSTS * SOURCES_PER_HOST,
        itemsPerSource: ITEMS,
        latencyMs: LATENCY_MS,
        concurrency: CONCURRENCY,
        perHostConcurrency: 2,
        warmupFeeds: WARMUP,
      },
      warmup,
      first,
      second,
      storedNewsItems: stored,
      peerPlainFetch: { wallMs: Math.round(peerMs), bytes, ok },
      // The crawler's process alone (the fixture sites run in a child): the larger refresh's peak.
      peakRssMiB: Math.max(...[warmup, first, second].map((f) => f?.peakMemoryMiB.rss ?? 0)),
    },
    [
      ...(warmup ? [row(warmup)] : []),
      row(first),
      row(second),
      {
        run: 'peer: plain fetch, no parse/store',
        'wall ms': Math.round(peerMs),
        'new items': 0,
        'items/s': 0,
        'sources/s': Math.round((urls.length / peerMs) * 1000),
        'Neo4j write ms (summed)': 0,
        'ms per write tx': 0,
        'write txs': 0,
        'crawler CPU s': 0,
        'Neo4j CPU s': 0,
        'of it JIT s': 0,
        'load avg': +(os.loadavg()[0] ?? 0).toFixed(2),
        failed: 0,
      },
    ],
  );
  const ratio = (ms: number) => (ms / peerMs).toFixed(1);
  console.log(`first refresh ${ratio(first.wallMs)}× the peer's wall time, second ${ratio(second.wallMs)}×`);
  console.log(
    `peak memory of the crawler process (fixture sites in a child process), MiB: first ${JSON.stringify(first.peakMemoryMiB)}, second ${JSON.stringify(second.peakMemoryMiB)}; news items stored: ${stored}`,
  );
} finally {
  clearInterval(sampler);
  fixtures.stdin.end();
  await profiler?.close();
  await closeGraph();
}
