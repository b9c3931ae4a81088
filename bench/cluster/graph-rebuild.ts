import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadConfig } from '../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { seededRandom } from '../../topics/cluster/random.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { jvmPid, processCpuSeconds } from '../lib/cpu.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import type { LabelledSet } from './datasets.js';
import { seedDocuments } from './graph-seed.js';

/**
 * The whole `hechuang topics rebuild` path with the documents in the graph: a scratch Neo4j is
 * seeded with 10k, then 50k, then 100k documents (each step adds to the last, so the later
 * rebuilds keep identities from the earlier ones, as in use), and after each step the real CLI
 * (the compiled `bin/hechuang.js`, its own process) rebuilds the topics: reads every embedding
 * from the graph, files, clusters, labels and writes topics and memberships.
 *
 * The documents are the real CSL records (titles and abstracts of cls_dcp_dev and cls_ctg_train),
 * drawn with replacement; each vector is its record's real bge-small-zh-v1.5 embedding plus
 * Gaussian jitter (σ = JITTER per dimension, re-normalised, cosine ≈ 0.95 to the original), since
 * embedding 100k texts with the model would take hours here. The vectors are stored as the
 * embedding step stores them (db.create.setNodeVectorProperty, the vector index on).
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** BENCH_CLUSTER_CPU_PROF=<dir>: each rebuild process writes a V8 CPU profile there (summarise with bench/lib/profile-summary.ts). */
const CPU_PROF_DIR = process.env.BENCH_CLUSTER_CPU_PROF;
/**
 * Preloaded into the rebuild process: at exit it prints the process's CPU seconds and peak RSS
 * as a stderr line (the last one printed is the main thread's, which exits last).
 */
const USAGE_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write("\\nUSAGE "+JSON.stringify({cpuSeconds:(u.userCPUTime+u.systemCPUTime)/1e6,peakRssMiB:u.maxRSS/1024})+"\\n")})';

export interface GraphRebuildFigures {
  documents: number;
  wallSeconds: number;
  /** The CLI process's CPU (user + system). */
  cpuSeconds: number;
  /** Neo4j's CPU during the rebuild (the JVM's user + system, from /proc). */
  neo4jCpuSeconds: number | null;
  peakRssMiB: number;
  /** Seconds inside the rebuild (the CLI's report), per stage; the rest of the wall is start-up, news re-assignment and exit. */
  rebuildSeconds: number | null;
  stages: Record<string, number>;
  seedSeconds: number;
  seedIndexSeconds: number;
  loadAverage1m: number;
  report: string;
}

export async function benchGraphRebuild(sets: readonly LabelledSet[], sizes: readonly number[], log: (line: string) => void) {
  log('graph rebuild: building the CLI (tsc)…');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  const config = loadConfig({});
  const model = VARIANTS[config.embedding.variant].modelId;
  const { graph, close, info } = await startScratchGraph('cluster-graph', 1_800_000);
  const figures: GraphRebuildFigures[] = [];
  try {
    await migrate(graph);
    const repos = createRepositories(graph);
    await loadTaxonomy(repos, taxonomyFile(ROOT));
    const pool = sets.flatMap((set) => set.texts.map((text, index) => ({ set, index, text })));
    const random = seededRandom(7);
    let seeded = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const seed = await seedDocuments(graph, pool, { from: seeded, to: size }, random, model);
      seeded = size;
      const seedSeconds = seed.writeSeconds;
      log(
        `graph rebuild: ${size} documents in the graph (written in ${seedSeconds.toFixed(0)} s, vector index in ${seed.indexSeconds.toFixed(0)} s); rebuilding…`,
      );
      const jvm = jvmPid(info.pid);
      const neo4jBefore = processCpuSeconds(jvm);
      const started = performance.now();
      const profile = CPU_PROF_DIR
        ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(CPU_PROF_DIR), '--cpu-prof-name', `rebuild-${size}.cpuprofile`]
        : [];
      const cli = [...profile, '--import', USAGE_HOOK, path.join(ROOT, 'bin', 'hechuang.js'), 'topics', 'rebuild'];
      const child = spawnSync(process.execPath, cli, {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
        env: {
          ...process.env,
          NEO4J_URI: info.uri,
          NEO4J_USER: info.user,
          NEO4J_PASSWORD: info.password,
          IMPORT_TX_TIMEOUT_MS: '1800000',
          LOG_LEVEL: 'warn',
        },
      });
      const wallSeconds = (performance.now() - started) / 1000;
      const neo4jAfter = processCpuSeconds(jvm);
      const usageLine = child.stderr.split('\n').findLast((line) => line.startsWith('USAGE '));
      if (child.status !== 0 || !usageLine) throw new Error(`topics rebuild failed (exit ${child.status}): ${child.stderr.slice(-3000)}`);
      const usage = JSON.parse(usageLine.slice('USAGE '.length)) as { cpuSeconds: number; peakRssMiB: number };
      const output = `${child.stdout}\n${child.stderr}`.split('\n');
      const report = output.find((line) => / documents: \d+ topics/.test(line)) ?? '';
      const stagesLine = output.find((line) => line.includes('stages (s): '));
      const stages = stagesLine ? (JSON.parse(stagesLine.slice(stagesLine.indexOf('{'))) as Record<string, number>) : {};
      const inside = / ([\d.]+) s$/.exec(report.trim());
      figures.push({
        documents: size,
        wallSeconds,
        cpuSeconds: usage.cpuSeconds,
        neo4jCpuSeconds: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore,
        peakRssMiB: usage.peakRssMiB,
        rebuildSeconds: inside ? Number(inside[1]) : null,
        stages,
        seedSeconds,
        seedIndexSeconds: seed.indexSeconds,
        loadAverage1m: +(os.loadavg()[0] ?? 0).toFixed(2),
        report: report.trim(),
      });
      log(`graph rebuild ${size}: ${JSON.stringify(figures.at(-1))}`);
    }
  } finally {
    await close();
  }
  return figures;
}
