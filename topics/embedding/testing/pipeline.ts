import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EMBEDDING_DIMENSIONS } from '../../model/catalog.js';
import type { ProvisionedModel } from '../../model/provision.js';

/** Vectors from the previous path (transformers.js, see pipeline-run.ts), batch by batch, in batch order. */
export async function pipelineEmbeddings(model: ProvisionedModel, batches: string[][], threads = 1): Promise<Float32Array[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-pipeline-'));
  try {
    const job = path.join(dir, 'job.json');
    const out = path.join(dir, 'vectors.f32');
    const { localModelPath, modelName, dtype } = model;
    await writeFile(job, JSON.stringify({ localModelPath, modelName, dtype, threads, batches, out }));
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    await promisify(execFile)(process.execPath, [tsx, path.join(import.meta.dirname, 'pipeline-run.ts'), job]);
    const bytes = await readFile(out);
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    return Array.from({ length: all.length / EMBEDDING_DIMENSIONS }, (_, i) =>
      all.slice(i * EMBEDDING_DIMENSIONS, (i + 1) * EMBEDDING_DIMENSIONS),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
