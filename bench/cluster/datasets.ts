import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../lib/config.js';
import { ensureModel } from '../../topics/model/provision.js';
import { Embedder } from '../../topics/embedding/embedder.js';
import { cslRows } from '../../topics/testing/csl.js';

export const CACHE_DIR = path.resolve(import.meta.dirname, '..', '.cache');

export interface LabelledSet {
  name: string;
  file: string;
  texts: string[];
  labels: string[];
  /** Row-major, n × 512, L2-normalised. */
  vectors: Float32Array;
  dimensions: number;
}

/** The two labelled CSL files the issue names; every record of each (no subset). */
export const DATASETS = [
  { name: 'cls_dcp_dev (67 disciplines, abstracts)', file: 'cls_dcp_dev.tsv' },
  { name: 'cls_ctg_train (13 categories, titles)', file: 'cls_ctg_train.tsv' },
] as const;

/**
 * Embeds a CSL file once with the project's embedding module (bge-small-zh-v1.5, configured
 * variant) and caches the vectors as raw little-endian float32 under bench/.cache, so both
 * pipelines of every run cluster the very same vectors.
 */
export async function loadEmbedded(file: string, name: string, onProgress?: (line: string) => void): Promise<LabelledSet> {
  const rows = cslRows(file);
  const texts = rows.map(([text]) => text);
  const labels = rows.map(([, label]) => label);
  const config = loadConfig(process.env);
  const variant = config.embedding.variant;
  const cacheFile = path.join(CACHE_DIR, `${path.basename(file, '.tsv')}.${variant}.f32`);
  const dimensions = 512;
  if (existsSync(cacheFile)) {
    const buffer = readFileSync(cacheFile);
    const vectors = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
    if (vectors.length === texts.length * dimensions) return { name, file, texts, labels, vectors: new Float32Array(vectors), dimensions };
  }
  const model = await ensureModel(variant, config.models, { onProgress });
  const embedder = await Embedder.open({ model, batchSize: config.embedding.batchSize, threads: config.embedding.threads });
  try {
    const started = Date.now();
    let lastReport = 0;
    const rowsOut = await embedder.embedDocuments(texts, ({ done, total }) => {
      if (Date.now() - lastReport > 10_000 || done === total) {
        lastReport = Date.now();
        onProgress?.(`${file}: embedded ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    });
    const vectors = new Float32Array(texts.length * dimensions);
    rowsOut.forEach((row, index) => vectors.set(row, index * dimensions));
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile, Buffer.from(vectors.buffer));
    return { name, file, texts, labels, vectors, dimensions };
  } finally {
    await embedder.close();
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  for (const dataset of DATASETS) {
    const set = await loadEmbedded(dataset.file, dataset.name, (line) => console.log(line));
    console.log(`${dataset.file}: ${set.texts.length} vectors cached`);
  }
}
