/** Messages between Embedders (main thread) and the embedding host thread. */

export interface ModelLoad {
  localModelPath: string;
  modelName: string;
  dtype: 'fp32' | 'q8';
  /** ONNX Runtime intra-op threads for this session. */
  threads: number;
}

export type ToHost =
  | { type: 'load'; id: number; session: number; model: ModelLoad }
  | { type: 'embed'; id: number; session: number; texts: string[] }
  | { type: 'unload'; id: number; session: number };

export type FromHost =
  | { type: 'done'; id: number }
  | { type: 'vectors'; id: number; data: Float32Array; dims: [number, number] }
  | { type: 'error'; id: number; message: string };
