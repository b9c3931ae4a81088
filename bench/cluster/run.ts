import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ari, nmi } from '../../topics/cluster/metrics.js';
import { writeResults } from '../lib/report.js';
import { CACHE_DIR, DATASETS, loadEmbedded, type LabelledSet } from './datasets.js';
import { JITTER, synthesise } from './synthesize.js';
import { benchGraphRebuild, type GraphRebuildFigures } from './graph-rebuild.js';

/**
 * Clustering quality and speed, Hechuang's pipeline (PCA → seeded k-means → outliers, then
 * c-TF-IDF labels) against BERTopic's default pipeline (UMAP → HDBSCAN → c-TF-IDF) from PyPI,
 * both on the same cached bge-small-zh embeddings, each run in its own process.
 * Then the whole `hechuang topics rebuild` path with the documents in the graph (graph-rebuild.ts),
 * with BERTopic's ratio against the same sizes' clustering.
 *   npm run bench:cluster [-- <sizes, comma-separated>] [--graph-only]
 * `--graph-only` runs only the graph path and keeps the quality and scale rows of the last full
 * run (their date is kept beside them as `scaleDate`).
 */

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, '..', '..');
const VENV = path.resolve(HERE, '..', '.venv-cluster');
const PYTHON = path.join(VENV, 'bin', 'python');
const ARGS = process.argv.slice(2);
const GRAPH_ONLY = ARGS.includes('--graph-only');
const SIZES = (ARGS.find((arg) => !arg.startsWith('--')) ?? '10000,50000,100000').split(',').map(Number);
const RESULTS = path.join(HERE, '..', 'results', 'cluster.json');
const PYPI_PACKAGES = [
  'umap-learn==0.5.12',
  'hdbscan==0.8.44',
  'scikit-learn==1.9.1',
  'numpy==2.4.6',
  'pandas==3.1.1',
  'tqdm==4.70.1',
  'PyYAML==6.0.4',
];

/** bertopic without its sentence-transformers/torch dependency: embeddings are given. */
function ensureVenv(): void {
  if (existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import bertopic, umap, hdbscan']).status === 0) return;
  console.log(`creating ${path.relative(ROOT, VENV)} (BERTopic from PyPI)…`);
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(PYTHON, ['-m', 'pip', 'install', '-q', ...PYPI_PACKAGES], { stdio: 'inherit' });
  execFileSync(PYTHON, ['-m', 'pip', 'install', '-q', '--no-deps', 'bertopic==0.17.4'], { stdio: 'inherit' });
}

interface RunFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  topics: number;
  outliers: number;
  labelSeconds?: number;
  /** Set when the run was stopped at the time limit. */
  timedOutAfterSeconds?: number;
}

/** A BERTopic run longer than this is stopped and reported as such (seconds; BENCH_CLUSTER_TIMEOUT_S). */
const TIMEOUT_S = Number(process.env.BENCH_CLUSTER_TIMEOUT_S ?? 3600);

function runChild(command: string, args: string[], label: string): RunFigures {
  const child = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: TIMEOUT_S * 1000 });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { seconds: Number.NaN, cpuSeconds: Number.NaN, peakRssMiB: Number.NaN, topics: 0, outliers: 0, timedOutAfterSeconds: TIMEOUT_S };
  }
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`${label} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as RunFigures;
}

function runOurs(vectors: string, texts: string, out: string): RunFigures {
  return runChild(process.execPath, ['--import', 'tsx', path.join(HERE, 'ours-run.ts'), vectors, '512', texts, out], 'hechuang clustering');
}

function runBertopic(vectors: string, texts: string, out: string): RunFigures {
  return runChild(PYTHON, [path.join(HERE, 'bertopic_run.py'), vectors, '512', texts, out], 'BERTopic');
}

const readAssignments = (file: string) => {
  const buffer = readFileSync(file);
  return new Int32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
};

function cachedFiles(set: LabelledSet) {
  const base = path.join(CACHE_DIR, path.basename(set.file, '.tsv'));
  const vectors = `${base}.bench.f32`;
  const texts = `${base}.txt`;
  writeFileSync(vectors, Buffer.from(set.vectors.buffer, set.vectors.byteOffset, set.vectors.byteLength));
  writeFileSync(texts, set.texts.map((text) => text.replace(/\s+/g, ' ')).join('\n'));
  return { vectors, texts };
}

if (!GRAPH_ONLY) ensureVenv();
const sets: LabelledSet[] = [];
for (const dataset of DATASETS) sets.push(await loadEmbedded(dataset.file, dataset.name, (line) => console.log(line)));

const NOTES = [
  'Both pipelines cluster the same bge-small-zh-v1.5 vectors (computed once by topics/embedding, cached under bench/.cache); each run is a fresh process.',
  'cls_dcp_dev.tsv: all 1000 abstracts; cls_ctg_train.tsv: all 8000 titles (no subset).',
  'NMI (arithmetic normalisation) and ARI count outliers (-1) as one cluster, as scikit-learn does for BERTopic output.',
  `Scale sets are synthetic: documents resampled from the 9000 real embeddings with Gaussian jitter (σ=${JITTER} per dimension, cosine ≈ 0.95 to the source), texts copied from the source.`,
  'hechuang seconds: clustering only (labels timed separately as labelSeconds); bertopic seconds: BERTopic.fit_transform with precomputed embeddings (UMAP + HDBSCAN + its c-TF-IDF). cpuSeconds sum all threads.',
  'BERTopic runs with all defaults (UMAP n_neighbors=15, n_components=5, min_dist=0, cosine; HDBSCAN min_cluster_size=10) and no fixed seed, as BERTopic ships.',
  'The machine is shared (see loadAverage1m): wall times are inflated by other work, CPU seconds less so.',
  'graphRebuild: the compiled `hechuang topics rebuild` in its own process against a scratch Neo4j holding the documents (real CSL titles/abstracts drawn with replacement, vectors their real embeddings jittered as the scale sets are, stored with the vector index on); wall and CPU seconds of that process, Neo4j CPU from /proc, peak RSS from getrusage; each size adds to the last, so later rebuilds keep identities. bertopicRatio divides BERTopic fit seconds on the same size (scale rows) by the whole graph rebuild.',
];

function save(done: boolean) {
  writeResults(
    'cluster',
    {
      complete: done,
      notes: NOTES,
      quality,
      scale,
      ...(scaleDate ? { scaleDate } : {}),
      graphRebuild,
    },
    done ? table : [],
  );
}

const previous = GRAPH_ONLY && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : null;
const scaleDate = previous ? ((previous.scaleDate as string | undefined) ?? (previous.date as string)) : null;
const quality: Record<string, unknown>[] = (previous?.quality as Record<string, unknown>[] | undefined) ?? [];
type GraphRow = GraphRebuildFigures & { bertopicRatio: number | null; date?: string };
// A graph-only run of some sizes keeps the other sizes' rows of earlier runs (each row has its date).
const graphRebuild: GraphRow[] = GRAPH_ONLY
  ? ((previous?.graphRebuild as GraphRow[] | undefined) ?? []).filter((row) => !SIZES.includes(row.documents))
  : [];
const table: Record<string, string | number>[] = [];
for (const set of GRAPH_ONLY ? [] : sets) {
  const files = cachedFiles(set);
  const classes = new Set(set.labels).size;
  const row: Record<string, unknown> = { dataset: set.file, documents: set.texts.length, classes };
  for (const [name, run] of [
    ['hechuang', runOurs],
    ['bertopic', runBertopic],
  ] as const) {
    console.log(`quality: ${name} on ${set.file}…`);
    const out = path.join(CACHE_DIR, `${name}-${path.basename(set.file, '.tsv')}.i32`);
    const figures = run(files.vectors, files.texts, out);
    const assignments = readAssignments(out);
    row[name] = { ...figures, nmi: nmi(assignments, set.labels), ari: ari(assignments, set.labels) };
  }
  quality.push(row);
  save(false);
  const ours = row.hechuang as RunFigures & { nmi: number; ari: number };
  const theirs = row.bertopic as RunFigures & { nmi: number; ari: number };
  table.push({
    run: `quality ${set.file} (${set.texts.length} docs, ${classes} classes)`,
    'hechuang NMI': ours.nmi.toFixed(3),
    'bertopic NMI': theirs.nmi.toFixed(3),
    'hechuang ARI': ours.ari.toFixed(3),
    'bertopic ARI': theirs.ari.toFixed(3),
    'hechuang topics/outliers': `${ours.topics}/${ours.outliers}`,
    'bertopic topics/outliers': `${theirs.topics}/${theirs.outliers}`,
    'hechuang s': ours.seconds.toFixed(2),
    'bertopic s': theirs.seconds.toFixed(2),
  });
}

const scale: Record<string, unknown>[] = (previous?.scale as Record<string, unknown>[] | undefined) ?? [];
for (const size of GRAPH_ONLY ? [] : SIZES) {
  const files = synthesise(sets, size);
  console.log(`scale: ${size} documents…`);
  const ours = runOurs(files.vectors, files.texts, path.join(CACHE_DIR, `hechuang-synthetic-${size}.i32`));
  const theirs = runBertopic(files.vectors, files.texts, path.join(CACHE_DIR, `bertopic-synthetic-${size}.i32`));
  scale.push({
    documents: size,
    hechuang: ours,
    bertopic: theirs,
    speedup: theirs.seconds / ours.seconds,
    cpuSpeedup: theirs.cpuSeconds / ours.cpuSeconds,
  });
  save(false);
  table.push({
    run: `scale ${size} docs`,
    'hechuang s': ours.seconds.toFixed(2),
    'bertopic s': theirs.timedOutAfterSeconds ? `> ${theirs.timedOutAfterSeconds} (stopped)` : theirs.seconds.toFixed(2),
    speedup: `${(theirs.seconds / ours.seconds).toFixed(1)}×`,
    'hechuang cpu s': ours.cpuSeconds.toFixed(2),
    'bertopic cpu s': theirs.cpuSeconds.toFixed(2),
    'hechuang labels s': (ours.labelSeconds ?? 0).toFixed(2),
    'hechuang peak MiB': ours.peakRssMiB.toFixed(0),
    'bertopic peak MiB': theirs.peakRssMiB.toFixed(0),
    'hechuang topics/outliers': `${ours.topics}/${ours.outliers}`,
    'bertopic topics/outliers': `${theirs.topics}/${theirs.outliers}`,
  });
}

for (const figures of await benchGraphRebuild(sets, SIZES, (line) => console.log(line))) {
  const bertopic = scale.find((row) => row.documents === figures.documents)?.bertopic as RunFigures | undefined;
  const bertopicRatio = bertopic && Number.isFinite(bertopic.seconds) ? bertopic.seconds / figures.wallSeconds : null;
  graphRebuild.push({ ...figures, bertopicRatio, date: new Date().toISOString() });
  graphRebuild.sort((a, b) => a.documents - b.documents);
  save(false);
  table.push({
    run: `graph: hechuang topics rebuild, ${figures.documents} docs`,
    'hechuang s': figures.wallSeconds.toFixed(2),
    'bertopic s': bertopic ? bertopic.seconds.toFixed(2) : '–',
    speedup: bertopicRatio ? `${bertopicRatio.toFixed(1)}×` : '–',
    'hechuang cpu s': `${figures.cpuSeconds.toFixed(2)} (+ Neo4j ${figures.neo4jCpuSeconds?.toFixed(1) ?? '?'})`,
    'hechuang peak MiB': figures.peakRssMiB.toFixed(0),
    'seed s (write + vector index)': `${figures.seedSeconds.toFixed(0)} + ${figures.seedIndexSeconds.toFixed(0)}`,
    'load avg': figures.loadAverage1m,
  });
}

save(true);
if (graphRebuild.length > 0) {
  console.log(
    'graph rebuild, seconds per stage (embed: model load + embedding, inside filing and labels; other: CLI start-up, news, exit):',
  );
  console.table(
    graphRebuild.map((figures) => ({
      documents: figures.documents,
      wall: figures.wallSeconds.toFixed(1),
      ...Object.fromEntries(Object.entries(figures.stages ?? {}).map(([stage, seconds]) => [stage, seconds.toFixed(1)])),
      other: figures.rebuildSeconds === null ? '?' : (figures.wallSeconds - figures.rebuildSeconds).toFixed(1),
      'peak MiB': figures.peakRssMiB.toFixed(0),
      'bertopic ratio': figures.bertopicRatio ? `${figures.bertopicRatio.toFixed(1)}×` : '–',
    })),
  );
}
