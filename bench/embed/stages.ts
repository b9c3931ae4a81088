import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline, type Tensor } from '@huggingface/transformers';
import { InferenceSession, Tensor as OrtTensor } from 'onnxruntime-node';
import { Tokenizer } from 'tokenizers';
import { loadConfig } from '../../lib/config.js';
import { VARIANTS, type ModelVariant } from '../../topics/model/catalog.js';
import { ensureModel } from '../../topics/model/provision.js';
import { cslRows } from '../../topics/testing/csl.js';

/**
 * Where the JavaScript side's time goes, the previous path (transformers.js pipeline) against the
 * current one (HF `tokenizers` binding + onnxruntime-node directly), in one process on the same
 * batches, the two alternating batch by batch: CPU ms per stage (tokenise, tensors, session.run,
 * CLS pooling + L2 norm) and wall ms per path, three rounds.
 *
 *   THREADS=2 npx tsx bench/embed/stages.ts [fp32|int8]
 */

const DOCS = 200;
const BATCH = 16;
const THREADS = Number(process.env.THREADS ?? 2);
const variant = (process.argv[2] ?? 'fp32') as ModelVariant;

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

const config = loadConfig();
const model = await ensureModel(variant, config.models);
const texts = cslRows('cls_dcp_dev.tsv')
  .map(([a]) => a)
  .slice(0, DOCS);
const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
const batches: string[][] = [];
for (let s = 0; s < order.length; s += BATCH) batches.push(order.slice(s, s + BATCH).map((i) => texts[i]!));

env.allowRemoteModels = false;
env.localModelPath = model.localModelPath;
const load = pipeline as (task: 'feature-extraction', model: string, options: object) => Promise<FeatureExtractionPipeline>;
const extractor = await load('feature-extraction', model.modelName, {
  dtype: model.dtype,
  device: 'cpu',
  session_options: { intraOpNumThreads: THREADS, interOpNumThreads: 1 },
});

const stage: Record<string, number> = {};
const add = (name: string, ms: number) => (stage[name] = (stage[name] ?? 0) + ms);

async function transformersBatch(batch: string[]) {
  let t = cpu();
  const inputs = extractor.tokenizer(batch, { padding: true, truncation: true }) as Record<string, Tensor>;
  add('tjs tokenize', cpu() - t);
  t = cpu();
  const out = (await extractor.model(inputs)) as { last_hidden_state: Tensor };
  add('tjs model()', cpu() - t);
  t = cpu();
  out.last_hidden_state.slice(null, 0).normalize(2, -1);
  add('tjs pool+norm', cpu() - t);
}

const tokenizer = Tokenizer.fromFile(path.join(model.folder, 'tokenizer.json'));
tokenizer.setTruncation(512);
tokenizer.setPadding({ padId: 0, padToken: '[PAD]' });
const session = await InferenceSession.create(path.join(model.folder, VARIANTS[variant].onnxPath), {
  intraOpNumThreads: THREADS,
  interOpNumThreads: 1,
});

async function directBatch(batch: string[]) {
  let t = cpu();
  const encodings = await tokenizer.encodeBatch(batch);
  add('native tokenize', cpu() - t);
  t = cpu();
  const rows = encodings.length;
  const width = encodings[0]!.getLength();
  const ids = new BigInt64Array(rows * width);
  const mask = new BigInt64Array(rows * width);
  encodings.forEach((e, r) => {
    const a = e.getIds();
    const m = e.getAttentionMask();
    for (let c = 0; c < width; c += 1) {
      ids[r * width + c] = BigInt(a[c]!);
      mask[r * width + c] = BigInt(m[c]!);
    }
  });
  const types = new BigInt64Array(rows * width);
  const feeds = {
    input_ids: new OrtTensor('int64', ids, [rows, width]),
    attention_mask: new OrtTensor('int64', mask, [rows, width]),
    token_type_ids: new OrtTensor('int64', types, [rows, width]),
  };
  add('direct tensors', cpu() - t);
  t = cpu();
  const out = await session.run(feeds);
  add('direct session.run', cpu() - t);
  t = cpu();
  const hidden = out[session.outputNames[0]!]!.data as Float32Array;
  const dims = out[session.outputNames[0]!]!.dims;
  const vec = new Float32Array(rows * 512);
  for (let r = 0; r < rows; r += 1) {
    const src = hidden.subarray(r * dims[1]! * 512, r * dims[1]! * 512 + 512);
    let n = 0;
    for (let k = 0; k < 512; k += 1) n += src[k]! * src[k]!;
    n = Math.sqrt(n);
    for (let k = 0; k < 512; k += 1) vec[r * 512 + k] = src[k]! / n;
  }
  add('direct pool+norm', cpu() - t);
}

// Batch by batch, the two paths alternating (first one, then the other), so that load hits both alike.
const wall: Record<string, number> = {};
for (let round = 0; round < 3; round += 1) {
  for (const k of Object.keys(stage)) delete stage[k];
  for (let b = 0; b < batches.length; b += 1) {
    const pair = (b + round) % 2 ? (['tjs', 'direct'] as const) : (['direct', 'tjs'] as const);
    for (const name of pair) {
      const t = performance.now();
      await (name === 'tjs' ? transformersBatch(batches[b]!) : directBatch(batches[b]!));
      wall[name] = (wall[name] ?? 0) + performance.now() - t;
    }
  }
  console.log(`round ${round + 1} wall`, wall, Object.fromEntries(Object.entries(stage).map(([k, v]) => [k, +v.toFixed(0)])));
}
console.log(execFileSync('uptime').toString().trim());
