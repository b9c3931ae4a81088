import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { QUERY_INSTRUCTION } from '../model/catalog.js';
import { ensureModel } from '../model/provision.js';
import { referenceEmbeddings } from '../model/verify/reference.js';
import { CSL_SLICE_DIR, cslRows, shortAbstracts } from '../testing/csl.js';
import { Embedder } from './embedder.js';
import { pipelineEmbeddings } from './testing/pipeline.js';
import { BatchTokenizer } from './tokenize.js';

/** The real bge-small-zh-v1.5 in worker threads, checked against langchain4j's Java run of the same ONNX files. */

// A closed loopback port: the hub fails at once and the cached (or Maven) model is used.
const config = loadConfig({ HF_ENDPOINT: 'http://127.0.0.1:9' });
const texts = shortAbstracts(24);

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));
const cosine = (a: Float32Array, b: Float32Array) => dot(a, b) / (norm(a) * norm(b));

describe('Embedder (fp32)', () => {
  let embedder: Embedder;
  let vectors: Float32Array[];
  beforeAll(async () => {
    const model = await ensureModel('fp32', config.models);
    embedder = await Embedder.open({ model, batchSize: 8 });
    vectors = await embedder.embedDocuments(texts);
  });
  afterAll(() => embedder?.close());

  it('gives one 512-d unit vector per text', () => {
    expect(texts).toHaveLength(24);
    expect(vectors).toHaveLength(24);
    for (const vector of vectors) {
      expect(vector).toHaveLength(512);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    // Distinct texts, distinct vectors.
    expect(cosine(vectors[0]!, vectors[1]!)).toBeLessThan(0.95);
  });

  it('agrees with langchain4j (Java, same ONNX file) to cosine ≥ 0.999 on every text', async () => {
    const reference = await referenceEmbeddings(texts, 'fp32', { cacheDir: config.cacheDir });
    expect(reference).toHaveLength(texts.length);
    const agreement = vectors.map((vector, i) => cosine(vector, reference[i]!));
    expect(Math.min(...agreement)).toBeGreaterThanOrEqual(0.999);
  }, 300_000);

  it('keeps the input order whatever the batching, and reports progress to the end', async () => {
    const seen: number[] = [];
    const reversed = await embedder.embedDocuments([...texts].reverse(), ({ done }) => seen.push(done));
    reversed.reverse().forEach((vector, i) => expect(cosine(vector, vectors[i]!)).toBeGreaterThan(0.9999));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(24);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('prefixes queries, and only queries, with the retrieval instruction', async () => {
    const query = '碳纤维复合材料的力学性能';
    const [asQuery] = [await embedder.embedQuery(query)];
    const [prefixed, plain] = await embedder.embedDocuments([QUERY_INSTRUCTION + query, query]);
    expect(cosine(asQuery, prefixed!)).toBeGreaterThan(0.9999);
    expect(cosine(asQuery, plain!)).toBeLessThan(0.999);
  });
});

describe.each(['fp32', 'int8'] as const)('Embedder (%s) against the previous path, the transformers.js pipeline', (variant) => {
  // Short abstracts and two passages over the 512-token window (cut), in no particular order.
  const abstracts = cslRows('cls_dcp_dev.tsv', CSL_SLICE_DIR).map(([abstract]) => abstract);
  const long = [abstracts.slice(0, 4).join(' '), abstracts.slice(4, 9).join('')];
  const mixed = [...texts.slice(0, 10), long[0]!, ...texts.slice(10, 14), long[1]!];
  const batchSize = 4;

  it('gives the same vectors (cosine ≥ 0.9999) in the input order, with the padding it counts', async () => {
    const model = await ensureModel(variant, config.models);
    const embedder = await Embedder.open({ model, batchSize });
    try {
      const vectors = await embedder.embedDocuments(mixed);
      // The same batches as the embedder's (texts by length), so int8's per-batch quantisation agrees too.
      const order = mixed.map((_, i) => i).sort((a, b) => mixed[a]!.length - mixed[b]!.length);
      const batches = Array.from({ length: Math.ceil(order.length / batchSize) }, (_, b) =>
        order.slice(b * batchSize, (b + 1) * batchSize),
      );
      const previous = await pipelineEmbeddings(
        model,
        batches.map((batch) => batch.map((i) => mixed[i]!)),
      );
      const agreement = order.map((index, k) => cosine(vectors[index]!, previous[k]!));
      expect(agreement).toHaveLength(mixed.length);
      expect(Math.min(...agreement)).toBeGreaterThanOrEqual(0.9999);

      const tokenizer = BatchTokenizer.fromFile(path.join(model.folder, 'tokenizer.json'));
      const lengths = await Promise.all(mixed.map(async (text) => (await tokenizer.encode([text])).tokens));
      expect(Math.max(...lengths)).toBe(512);
      const padding = batches.reduce((sum, batch) => {
        const widest = Math.max(...batch.map((i) => lengths[i]!));
        return sum + batch.reduce((pad, i) => pad + widest - lengths[i]!, 0);
      }, 0);
      expect(embedder.usage).toEqual({
        texts: mixed.length,
        batches: batches.length,
        tokens: lengths.reduce((a, b) => a + b, 0),
        paddingTokens: padding,
      });
    } finally {
      await embedder.close();
    }
  }, 300_000);
});

describe('Embedder (int8, beside the fp32 one)', () => {
  it("agrees with langchain4j's int8 model", async () => {
    const model = await ensureModel('int8', config.models);
    // One text per pass, as the Java reference runs: the int8 graph quantizes activations per
    // batch tensor (padding included), so batched int8 vectors drift to cosine ~0.99 of these.
    const embedder = await Embedder.open({ model, batchSize: 1 });
    try {
      const vectors = await embedder.embedDocuments(texts);
      const reference = await referenceEmbeddings(texts, 'int8', { cacheDir: config.cacheDir });
      const agreement = vectors.map((vector, i) => cosine(vector, reference[i]!));
      expect(Math.min(...agreement)).toBeGreaterThanOrEqual(0.999);
      expect(embedder.modelId).toBe('BAAI/bge-small-zh-v1.5@onnx-int8');
    } finally {
      await embedder.close();
    }
  }, 300_000);
});
