import { parentPort } from 'node:worker_threads';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import type { FromHost, ModelLoad, ToHost } from './protocol.js';

/**
 * The embedding host thread: holds the ONNX sessions (one per open Embedder) and embeds the
 * batches it is sent, CLS-pooled and L2-normalised. Messages are handled one at a time.
 */

const port = parentPort!;
const post = (message: FromHost, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const sessions = new Map<number, FeatureExtractionPipeline>();

env.allowRemoteModels = false;
env.allowLocalModels = true;

// Typed loosely: pipeline()'s overloads make the checker give up (TS2590).
const load = pipeline as (task: 'feature-extraction', model: string, options: object) => Promise<FeatureExtractionPipeline>;

async function handle(message: ToHost): Promise<void> {
  if (message.type === 'load') {
    const model: ModelLoad = message.model;
    env.localModelPath = model.localModelPath;
    const extractor = await load('feature-extraction', model.modelName, {
      dtype: model.dtype,
      device: 'cpu',
      session_options: { intraOpNumThreads: model.threads, interOpNumThreads: 1 },
    });
    sessions.set(message.session, extractor);
    post({ type: 'done', id: message.id });
  } else if (message.type === 'embed') {
    const extractor = sessions.get(message.session);
    if (!extractor) throw new Error('the embedding model is not loaded');
    const output = await extractor(message.texts, { pooling: 'cls', normalize: true });
    const data = new Float32Array(output.data as Float32Array);
    post({ type: 'vectors', id: message.id, data, dims: output.dims as [number, number] }, [data.buffer]);
  } else {
    await sessions.get(message.session)?.dispose();
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
