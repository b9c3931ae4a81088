import { Tokenizer } from 'tokenizers';

/** bge's window: longer passages are cut to 512 tokens. */
export const MAX_TOKENS = 512;

/** One batch as the model takes it: row-major [rows, width] int64, padded with [PAD] (id 0) to the longest row. */
export interface TokenBatch {
  rows: number;
  width: number;
  inputIds: BigInt64Array<ArrayBuffer>;
  attentionMask: BigInt64Array<ArrayBuffer>;
  /** Real tokens (the attention mask's sum). */
  tokens: number;
}

/**
 * HF `tokenizers` (the Rust library, through its official Node binding): the same tokenizer.json
 * and the same code as Python's `tokenizers`. A batch is encoded off the JavaScript thread (on
 * libuv's pool), so the next batch is tokenised while ONNX Runtime runs the current one.
 */
export class BatchTokenizer {
  private constructor(private readonly tokenizer: Tokenizer) {}

  static fromFile(tokenizerJson: string): BatchTokenizer {
    const tokenizer = Tokenizer.fromFile(tokenizerJson);
    tokenizer.setTruncation(MAX_TOKENS + 1);
    tokenizer.disablePadding();
    return new BatchTokenizer(tokenizer);
  }

  /**
   * A passage over the window keeps [CLS] and its first 511 tokens, no [SEP]: what the
   * transformers.js tokenizer did, so that vectors stored before stay valid (HF's own
   * truncation would keep [SEP]: cosine 0.997–0.999 to these, fp32, on such passages).
   */
  async encode(texts: readonly string[]): Promise<TokenBatch> {
    const encodings = await this.tokenizer.encodeBatch([...texts]);
    const ids = encodings.map((encoding) => encoding.getIds().slice(0, MAX_TOKENS));
    const rows = ids.length;
    const width = Math.max(0, ...ids.map((row) => row.length));
    const inputIds = new BigInt64Array(rows * width);
    const attentionMask = new BigInt64Array(rows * width);
    let tokens = 0;
    ids.forEach((row, r) => {
      const offset = r * width;
      for (let c = 0; c < row.length; c += 1) {
        inputIds[offset + c] = BigInt(row[c]!);
        attentionMask[offset + c] = 1n;
      }
      tokens += row.length;
    });
    return { rows, width, inputIds, attentionMask, tokens };
  }
}
