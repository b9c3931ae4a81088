import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The previous embedding path, kept to check the current one against: the transformers.js
 * feature-extraction pipeline (CLS pooling, L2 norm) over the given batches. Run as its own
 * process (onnxruntime-node binds to one thread per process): `tsx pipeline-run.ts <job.json>`
 * with {localModelPath, modelName, dtype, threads, batches: string[][], out}; writes the
 * vectors, batch after batch, to `out` as float32.
 */

interface Job {
  localModelPath: string;
  modelName: string;
  dtype: 'fp32' | 'q8';
  threads: number;
  batches: string[][];
  out: string;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
env.allowRemoteModels = false;
env.localModelPath = job.localModelPath;
const load = pipeline as (task: 'feature-extraction', model: string, options: object) => Promise<FeatureExtractionPipeline>;
const extractor = await load('feature-extraction', job.modelName, {
  dtype: job.dtype,
  device: 'cpu',
  session_options: { intraOpNumThreads: job.threads, interOpNumThreads: 1 },
});
const parts: Float32Array[] = [];
for (const batch of job.batches) parts.push((await extractor(batch, { pooling: 'cls', normalize: true })).data as Float32Array);
await extractor.dispose();
writeFileSync(job.out, Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength))));
