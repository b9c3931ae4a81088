import os from 'node:os';
import path from 'node:path';
import { EMBEDDING_DIMENSIONS, QUERY_INSTRUCTION, VARIANTS } from '../model/catalog.js';
import type { ProvisionedModel } from '../model/provision.js';
import { request } from './host.js';
import { BatchTokenizer } from './tokenize.js';

export interface EmbedderOptions {
  model: ProvisionedModel;
  /** Texts per forward pass. */
  batchSize?: number;
  /** ONNX Runtime intra-op threads; all cores by default. */
  threads?: number;
}

export interface EmbedProgress {
  done: number;
  total: number;
}

/** What an Embedder has run so far: padding is the [PAD] tokens its batches carried. */
export interface EmbedUsage {
  texts: number;
  batches: number;
  tokens: number;
  paddingTokens: number;
}

/** Batches sent ahead to the embedding thread, so it never waits for the main thread. */
const IN_FLIGHT = 2;
let nextSession = 0;

/**
 * bge-small-zh-v1.5 off the main thread (see host.ts): texts sorted by length (less padding)
 * are tokenised in batches by HF `tokenizers` and sent to the embedding thread as int64
 * tensors; vectors come back 512-d, CLS-pooled and L2-normalised, in the order of the input.
 */
export class Embedder {
  readonly modelId: string;
  readonly dimensions = EMBEDDING_DIMENSIONS;
  private closed = false;
  private readonly counts: EmbedUsage = { texts: 0, batches: 0, tokens: 0, paddingTokens: 0 };

  private constructor(
    private readonly session: number,
    private readonly batchSize: number,
    private readonly tokenizer: BatchTokenizer,
    model: ProvisionedModel,
  ) {
    this.modelId = model.modelId;
  }

  static async open(options: EmbedderOptions): Promise<Embedder> {
    const session = nextSession++;
    const { model } = options;
    let tokenizer: BatchTokenizer;
    try {
      tokenizer = BatchTokenizer.fromFile(path.join(model.folder, 'tokenizer.json'));
      await request({
        type: 'load',
        session,
        model: {
          onnxFile: path.join(model.folder, VARIANTS[model.variant].onnxPath),
          threads: options.threads ?? os.availableParallelism(),
        },
      });
    } catch (error) {
      throw new Error(`the embedding model ${model.modelId} did not load: ${(error as Error).message}`, { cause: error });
    }
    return new Embedder(session, Math.max(1, options.batchSize ?? 16), tokenizer, model);
  }

  get usage(): EmbedUsage {
    return { ...this.counts };
  }

  /** Passages (documents): embedded as they are. */
  async embedDocuments(texts: readonly string[], onProgress?: (progress: EmbedProgress) => void): Promise<Float32Array[]> {
    const order = texts.map((_, index) => index).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const batches: number[][] = [];
    for (let start = 0; start < order.length; start += this.batchSize) batches.push(order.slice(start, start + this.batchSize));
    const vectors = new Array<Float32Array>(texts.length);
    let done = 0;
    let next = 0;
    onProgress?.({ done, total: texts.length });
    const lane = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const result = await this.run(batch.map((index) => texts[index]!));
        batch.forEach((index, position) => (vectors[index] = result[position]!));
        done += batch.length;
        onProgress?.({ done, total: texts.length });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    return vectors;
  }

  /** A search query: bge-zh's retrieval instruction goes first. */
  async embedQuery(query: string): Promise<Float32Array> {
    const [vector] = await this.run([QUERY_INSTRUCTION + query]);
    return vector!;
  }

  /** Releases the ONNX session (the embedding thread itself stays for the next Embedder). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await request({ type: 'unload', session: this.session });
  }

  private async run(texts: string[]): Promise<Float32Array[]> {
    if (this.closed) throw new Error('the embedder is closed');
    if (texts.length === 0) return [];
    const { tokens, ...input } = await this.tokenizer.encode(texts);
    const reply = await request({ type: 'embed', session: this.session, input }, [input.inputIds.buffer, input.attentionMask.buffer]);
    if (reply.type !== 'vectors') throw new Error('the embedding thread answered without vectors');
    this.counts.texts += input.rows;
    this.counts.batches += 1;
    this.counts.tokens += tokens;
    this.counts.paddingTokens += input.rows * input.width - tokens;
    const [rows, width] = reply.dims;
    // Views into the one transferred buffer: no copy per vector.
    return Array.from({ length: rows }, (_, row) => reply.data.subarray(row * width, (row + 1) * width));
  }
}
