/** Messages between Embedders (main thread) and the embedding host thread. */

export interface ModelLoad {
  /** The ONNX file (fp32 or int8). */
  onnxFile: string;
  /** ONNX Runtime intra-op threads for this session. */
  threads: number;
}

/** A tokenised batch, row-major [rows, width]; its buffers are transferred, not copied. */
export interface ModelInput {
  rows: number;
  width: number;
  inputIds: BigInt64Array<ArrayBuffer>;
  attentionMask: BigInt64Array<ArrayBuffer>;
}

export type ToHost =
  | { type: 'load'; id: number; session: number; model: ModelLoad }
  | { type: 'embed'; id: number; session: number; input: ModelInput }
  | { type: 'unload'; id: number; session: number };

export type FromHost =
  | { type: 'done'; id: number }
  | { type: 'vectors'; id: number; data: Float32Array; dims: [number, number] }
  | { type: 'error'; id: number; message: string };
