import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../lib/config.js';
import { Embedder } from '../../topics/embedding/embedder.js';
import { VARIANTS, type ModelVariant } from '../../topics/model/catalog.js';
import { ensureModel } from '../../topics/model/provision.js';
import { cslRows } from '../../topics/testing/csl.js';
import { median, writeResults } from '../lib/report.js';

/**
 * Embedding throughput, docs/s and tokens/s, fp32 and int8, on the abstracts of
 * cls_dcp_dev.tsv: Hechuang's Embedder (HF `tokenizers` through its Node binding, onnxruntime-node
 * in a worker thread) side by side with Python onnxruntime + HF `tokenizers` on the same ONNX file,
 * same texts, same batches (padding tokens counted on both sides) and thread count, in the same run. Also this machine's sgemm peak (numpy's
 * OpenBLAS), and the fraction of it each run reaches in useful model FLOPs.
 *
 *   npm run bench:embed [-- --docs N --batch B --rounds R]
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const VENV = path.join(ROOT, 'bench', '.venv');
const PYTHON = path.join(VENV, 'bin', 'python');
const PEER = path.join(import.meta.dirname, 'peer.py');
/** Pinned: onnxruntime the same version as onnxruntime-node. */
const PEER_PACKAGES = ['onnxruntime==1.21.0', 'tokenizers==0.23.3', 'numpy==2.4.6'];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

// The first 200 abstracts by default: the full 1000 take over ten minutes per round on this shared 2-core machine.
const DOCS = argument('docs', 200);
const BATCH = argument('batch', 16);
const ROUNDS = argument('rounds', 4);
const THREADS = os.availableParallelism();

/** bench/.venv from PyPI, once; git-ignored. */
function ensureVenv(): string {
  const marker = path.join(VENV, 'hechuang-packages.txt');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === PEER_PACKAGES.join('\n')) return PYTHON;
  console.error(`creating ${path.relative(ROOT, VENV)} with ${PEER_PACKAGES.join(', ')} from PyPI…`);
  if (!existsSync(PYTHON)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', ...PEER_PACKAGES], { stdio: 'inherit' });
  execFileSync(PYTHON, ['-c', `open(${JSON.stringify(marker)}, "w").write(${JSON.stringify(PEER_PACKAGES.join('\n'))})`]);
  return PYTHON;
}

async function peer<T>(job: Record<string, unknown>, threads: number): Promise<T> {
  const threadEnv = { OMP_NUM_THREADS: String(threads), OPENBLAS_NUM_THREADS: String(threads) };
  const child = spawn(PYTHON, [PEER], { env: { ...process.env, ...threadEnv }, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stdin.end(JSON.stringify(job));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the Python peer failed (${code})`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

/** Matmul FLOPs of bge-small-zh (4 layers, hidden 512, FFN 2048) for one sequence of n tokens. */
function modelFlops(n: number): number {
  const layers = 4;
  const h = 512;
  const ffn = 2048;
  return layers * (2 * n * (4 * h * h + 2 * h * ffn) + 2 * 2 * n * n * h);
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += a[i]! * b[i]!;
  return dot; // both unit vectors
};

interface Run {
  runtime: string;
  variant: ModelVariant;
  /** [PAD] tokens in one round's batches. */
  paddingTokens: number;
  /** The best round (least disturbed by other work on the machine). */
  seconds: number;
  rounds: number[];
  /** Process CPU time (all threads), median of the rounds: what contention for the cores changes least. */
  cpuSeconds: number;
  cpuRounds: number[];
  docsPerCpuSecond: number;
  docsPerSecond: number;
  tokensPerSecond: number;
  gflops: number;
}

async function main() {
  const loadAtStart = +os.loadavg()[0]!.toFixed(2);
  const config = loadConfig();
  const texts = cslRows('cls_dcp_dev.tsv')
    .map(([abstract]) => abstract)
    .slice(0, DOCS);
  ensureVenv();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'hechuang-bench-embed-'));
  const runs: Run[] = [];
  const agreement: Record<string, { min: number; mean: number }> = {};
  let tokens = 0;
  let tokenLengths: number[];
  try {
    // Token lengths (truncated at 512) from the same tokenizer.json, for tokens/s and FLOPs.
    const fp32 = await ensureModel('fp32', config.models, { onProgress: (line) => console.error(line) });
    const lengthsFile = path.join(scratch, 'texts.json');
    await writeFile(lengthsFile, JSON.stringify(texts));
    tokenLengths = JSON.parse(
      execFileSync(PYTHON, [
        '-c',
        'import json,sys; from tokenizers import Tokenizer; t=Tokenizer.from_file(sys.argv[1]); t.enable_truncation(max_length=512); ' +
          'print(json.dumps([len(e.ids) for e in t.encode_batch(json.load(open(sys.argv[2])))]))',
        path.join(fp32.folder, 'tokenizer.json'),
        lengthsFile,
      ]).toString(),
    ) as number[];
    tokens = tokenLengths.reduce((sum, n) => sum + n, 0);
    const flops = tokenLengths.reduce((sum, n) => sum + modelFlops(n), 0);
    const record = (runtime: string, variant: ModelVariant, rounds: number[], cpuRounds: number[], paddingTokens: number) => {
      const seconds = Math.min(...rounds);
      const cpuSeconds = median(cpuRounds);
      const run = {
        runtime,
        variant,
        paddingTokens,
        seconds,
        rounds,
        cpuSeconds,
        cpuRounds,
        docsPerCpuSecond: texts.length / cpuSeconds,
        docsPerSecond: texts.length / seconds,
        tokensPerSecond: tokens / seconds,
        gflops: flops / seconds / 1e9,
      };
      runs.push(run);
      console.error(`${runtime} ${variant}: ${run.docsPerSecond.toFixed(1)} docs/s, ${run.tokensPerSecond.toFixed(0)} tokens/s`);
    };

    for (const variant of ['fp32', 'int8'] as const) {
      const model = await ensureModel(variant, config.models, { onProgress: (line) => console.error(line) });
      const embedder = await Embedder.open({ model, batchSize: BATCH, threads: THREADS });
      const ours: number[] = [];
      const theirs: number[] = [];
      const ourCpu: number[] = [];
      const theirCpu: number[] = [];
      let onnxruntime = '';
      let ourPadding = 0;
      let theirPadding = 0;
      const vectorsFile = path.join(scratch, `${variant}.f32`);
      let vectors: Float32Array[] = [];
      try {
        await embedder.embedDocuments(texts.slice(0, BATCH)); // warm-up, as the peer gets
        // Rounds alternate between the two sides so that load from other work hits both alike.
        for (let round = 0; round < ROUNDS; round += 1) {
          const padding = embedder.usage.paddingTokens;
          const cpu = process.cpuUsage();
          const started = performance.now();
          vectors = await embedder.embedDocuments(texts);
          ours.push((performance.now() - started) / 1000);
          const used = process.cpuUsage(cpu);
          ourCpu.push((used.user + used.system) / 1e6);
          ourPadding = embedder.usage.paddingTokens - padding;
          const result = await peer<{ seconds: number; cpuSeconds: number; tokens: number; paddingTokens: number; onnxruntime: string }>(
            {
              mode: 'embed',
              onnx: path.join(model.folder, VARIANTS[variant].onnxPath),
              tokenizer: path.join(model.folder, 'tokenizer.json'),
              texts,
              batch: BATCH,
              threads: THREADS,
              vectors: vectorsFile,
            },
            THREADS,
          );
          if (result.tokens !== tokens) console.error(`note: the peer counted ${result.tokens} tokens, the tokenizer pass ${tokens}`);
          theirs.push(result.seconds);
          theirPadding = result.paddingTokens;
          theirCpu.push(result.cpuSeconds);
          onnxruntime = result.onnxruntime;
          console.error(`${variant} round ${round + 1}: Hechuang ${ours.at(-1)!.toFixed(1)} s, Python ${result.seconds.toFixed(1)} s`);
        }
      } finally {
        await embedder.close();
      }
      record('Hechuang (onnxruntime-node + tokenizers binding)', variant, ours, ourCpu, ourPadding);
      record(`Python onnxruntime ${onnxruntime} + tokenizers`, variant, theirs, theirCpu, theirPadding);
      const peerVectors = new Float32Array(readFileSync(vectorsFile).buffer.slice(0));
      const cosines = vectors.map((vector, i) => cosine(vector, peerVectors.subarray(i * 512, (i + 1) * 512)));
      agreement[variant] = { min: Math.min(...cosines), mean: cosines.reduce((a, b) => a + b, 0) / cosines.length };
    }

    const gemmAll = await peer<{ gflops: number; bySize: Record<string, number>; blas: string; numpy: string }>({ mode: 'gemm' }, THREADS);
    const gemmOne = await peer<{ gflops: number; bySize: Record<string, number> }>({ mode: 'gemm' }, 1);
    const peak = Math.max(gemmAll.gflops, gemmOne.gflops);

    /**
     * Hechuang's speed over Python's: the median of the per-round ratios (each round's two
     * sides ran back to back), which drifting load from other work on the machine skews least.
     */
    const ratio = (variant: ModelVariant) => {
      const [ours, theirs] = runs.filter((run) => run.variant === variant);
      return median(ours!.rounds.map((seconds, round) => theirs!.rounds[round]! / seconds));
    };
    const cpuRatio = (variant: ModelVariant) => {
      const [ours, theirs] = runs.filter((run) => run.variant === variant);
      return ours!.docsPerCpuSecond / theirs!.docsPerCpuSecond;
    };
    const bestRatio = (variant: ModelVariant) => {
      const [ours, theirs] = runs.filter((run) => run.variant === variant);
      return ours!.docsPerSecond / theirs!.docsPerSecond;
    };
    writeResults(
      'embed',
      {
        data: {
          file: '../shared/data/csl/cls_dcp_dev.tsv (column 2, abstracts)',
          subset: `the first ${texts.length} of 1000 rows`,
          documents: texts.length,
          tokens,
          meanTokens: tokens / texts.length,
        },
        settings: {
          batchSize: BATCH,
          threads: THREADS,
          ordering: 'texts sorted by length, same batches on both sides',
          timed: 'after one warm-up batch; model load excluded; docs/s from the best round of each side, the two sides alternating',
          rounds: ROUNDS,
          loadAverage1mAtStart: loadAtStart,
        },
        runs: runs.map((run) => ({
          ...run,
          fractionOfSgemmPeak: run.gflops / peak,
          // Per CPU-second against one core's peak: the efficiency figure contention disturbs least.
          gflopsPerCpuSecond: (flops * run.docsPerCpuSecond) / texts.length / 1e9,
          fractionOfOneCoreSgemmPeak: (flops * run.docsPerCpuSecond) / texts.length / 1e9 / gemmOne.gflops,
        })),
        ratioToPython: {
          medianOfRounds: { fp32: ratio('fp32'), int8: ratio('int8') },
          bestRoundEach: { fp32: bestRatio('fp32'), int8: bestRatio('int8') },
          perCpuSecond: { fp32: cpuRatio('fp32'), int8: cpuRatio('int8') },
        },
        agreementWithPython: agreement,
        matmulPeak: {
          gflops: peak,
          method: `numpy ${gemmAll.numpy} float32 matmul (${gemmAll.blas}), best of 10 at n = 512, 1024, 2048`,
          allThreads: gemmAll,
          oneThread: gemmOne,
          note: 'int8 runs are set against the fp32 sgemm peak too; model FLOPs count the useful (unpadded) matmuls',
        },
      },
      runs.map((run) => ({
        runtime: run.runtime.startsWith('Hechuang') ? 'Hechuang (ORT-node + tokenizers)' : 'Python ORT + tokenizers',
        variant: run.variant,
        'docs/s': +run.docsPerSecond.toFixed(1),
        'tokens/s': Math.round(run.tokensPerSecond),
        'padding tokens': run.paddingTokens,
        'GFLOP/s': +run.gflops.toFixed(1),
        '% sgemm peak': +((100 * run.gflops) / peak).toFixed(1),
        '% 1-core peak per CPU-s': +((100 * flops * run.docsPerCpuSecond) / texts.length / 1e9 / gemmOne.gflops).toFixed(1),
        'docs/CPU-s': +run.docsPerCpuSecond.toFixed(2),
        'vs Python (median of rounds)': run.runtime.startsWith('Hechuang') ? `${ratio(run.variant).toFixed(2)}×` : '1.00×',
        'vs Python per CPU-s': run.runtime.startsWith('Hechuang') ? `${cpuRatio(run.variant).toFixed(2)}×` : '1.00×',
        'cos vs Python (min)': run.runtime.startsWith('Hechuang') ? agreement[run.variant]!.min.toFixed(6) : '',
      })),
    );
    console.log(`load average (1 min): ${loadAtStart} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end`);
    console.log(
      `sgemm peak ${peak.toFixed(1)} GFLOP/s (${THREADS} threads: ${gemmAll.gflops.toFixed(1)}, 1 thread: ${gemmOne.gflops.toFixed(1)}); ${texts.length} documents, ${tokens} tokens`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
