import { parentPort } from 'node:worker_threads';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { EMBEDDING_DIMENSIONS } from '../model/catalog.js';
import type { FromHost, ModelInput, ToHost } from './protocol.js';

/**
 * The embedding host thread: holds the ONNX sessions (one per open Embedder) and runs the
 * tokenised batches it is sent; answers each with the CLS rows, L2-normalised, in one
 * transferred Float32Array. Messages are handled one at a time.
 */

const port = parentPort!;
const post = (message: FromHost, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const sessions = new Map<number, InferenceSession>();

/** The first token's hidden state of each row, scaled to unit length. */
function clsNormalised(hidden: Float32Array, rows: number, width: number): Float32Array<ArrayBuffer> {
  const dims = EMBEDDING_DIMENSIONS;
  const out = new Float32Array(rows * dims);
  for (let r = 0; r < rows; r += 1) {
    const from = r * width * dims;
    let squares = 0;
    for (let k = 0; k < dims; k += 1) squares += hidden[from + k]! * hidden[from + k]!;
    const scale = 1 / Math.max(Math.sqrt(squares), 1e-12);
    for (let k = 0; k < dims; k += 1) out[r * dims + k] = hidden[from + k]! * scale;
  }
  return out;
}

async function embed(session: InferenceSession, input: ModelInput): Promise<Float32Array<ArrayBuffer>> {
  const { rows, width } = input;
  const shape = [rows, width];
  const feeds: Record<string, Tensor> = {
    input_ids: new Tensor('int64', input.inputIds, shape),
    attention_mask: new Tensor('int64', input.attentionMask, shape),
    token_type_ids: new Tensor('int64', new BigInt64Array(rows * width), shape),
  };
  const output = await session.run(Object.fromEntries(session.inputNames.map((name) => [name, feeds[name]!])));
  return clsNormalised(output[session.outputNames[0]!]!.data as Float32Array, rows, width);
}

async function handle(message: ToHost): Promise<void> {
  if (message.type === 'load') {
    const session = await InferenceSession.create(message.model.onnxFile, {
      executionProviders: ['cpu'],
      intraOpNumThreads: message.model.threads,
      interOpNumThreads: 1,
    });
    sessions.set(message.session, session);
    post({ type: 'done', id: message.id });
  } else if (message.type === 'embed') {
    const session = sessions.get(message.session);
    if (!session) throw new Error('the embedding model is not loaded');
    const data = await embed(session, message.input);
    post({ type: 'vectors', id: message.id, data, dims: [message.input.rows, EMBEDDING_DIMENSIONS] }, [data.buffer]);
  } else {
    await sessions.get(message.session)?.release();
    sessions.delete(message.session);
    post({ type: 'done', id: message.id });
  }
}

let queue = Promise.resolve();
port.on('message', (message: ToHost) => {
  queue = queue.then(() =>
    handle(message).catch((error: unknown) => post({ type: 'error', id: message.id, message: (error as Error).message })),
  );
});
