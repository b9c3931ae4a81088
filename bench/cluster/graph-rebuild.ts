import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { int } from '../../graph/values.js';
import { loadConfig } from '../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { gaussian, seededRandom } from '../../topics/cluster/random.js';
import { VARIANTS } from '../../topics/model/catalog.js';
import { jvmPid, processCpuSeconds } from '../lib/cpu.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import type { LabelledSet } from './datasets.js';
import { JITTER } from './synthesize.js';

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
const SEED_BATCH = 1_000;
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
  seedSeconds: number;
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
    const d = sets[0]!.dimensions;
    let seeded = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const seedStarted = performance.now();
      for (; seeded < size;) {
        const rows = [];
        for (let k = 0; k < SEED_BATCH && seeded < size; k++, seeded++) {
          const source = pool[Math.floor(random() * pool.length)]!;
          const vector = new Array<number>(d);
          let norm = 0;
          for (let j = 0; j < d; j++) {
            vector[j] = source.set.vectors[source.index * d + j]! + JITTER * gaussian(random);
            norm += vector[j]! * vector[j]!;
          }
          norm = Math.sqrt(norm);
          for (let j = 0; j < d; j++) vector[j]! /= norm;
          const [title, ...rest] = source.text.split(/(?<=[。！？])/);
          rows.push({
            id: `bench-doc-${String(seeded).padStart(6, '0')}`,
            title: (title ?? source.text).slice(0, 120),
            abstract: rest.join('') || null,
            year: int(2015 + (seeded % 10)),
            vector,
            model,
          });
        }
        await graph.write(
          `UNWIND $rows AS row
           CREATE (doc:Document {id: row.id, title: row.title, abstract: row.abstract, keywords: [], year: row.year,
                                 contentHash: 'bench-' + row.id, embeddingModel: row.model})
           WITH doc, row CALL db.create.setNodeVectorProperty(doc, 'embedding', row.vector)`,
          { rows },
        );
      }
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      log(`graph rebuild: ${size} documents in the graph (seeded in ${seedSeconds.toFixed(0)} s); rebuilding…`);
      const jvm = jvmPid(info.pid);
      const neo4jBefore = processCpuSeconds(jvm);
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--import', USAGE_HOOK, path.join(ROOT, 'bin', 'hechuang.js'), 'topics', 'rebuild'], {
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
      const report = `${child.stdout}\n${child.stderr}`.split('\n').find((line) => / documents: \d+ topics/.test(line)) ?? '';
      figures.push({
        documents: size,
        wallSeconds,
        cpuSeconds: usage.cpuSeconds,
        neo4jCpuSeconds: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore,
        peakRssMiB: usage.peakRssMiB,
        seedSeconds,
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
