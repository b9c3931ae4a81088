import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromHost, ToHost } from './protocol.js';

/**
 * The one thread of the process that runs ONNX Runtime. onnxruntime-node 1.21's native
 * binding registers once per process: a second thread (or a new one after the first ended)
 * fails with "Module did not self-register". So every Embedder shares this long-lived
 * thread; ONNX Runtime's own intra-op threads spread each batch over the cores. The thread
 * keeps the process alive only while requests are in flight.
 */

type Reply = Extract<FromHost, { type: 'vectors' | 'done' }>;
type Request = { [K in ToHost['type']]: Omit<Extract<ToHost, { type: K }>, 'id'> }[ToHost['type']];

let host: Worker | undefined;
let broken: Error | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

/** tsx's ESM loader API (the `import` condition of `tsx/esm/api`), as a file URL. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** The compiled worker.js, or from source worker.ts through tsx's loader registered inside the thread. */
function startHost(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true });
}

function failAll(error: Error): void {
  broken = error;
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  host?.unref();
}

function ensureHost(): Worker {
  if (broken) throw new Error(`the embedding thread stopped: ${broken.message}`);
  if (host) return host;
  const worker = startHost();
  worker.on('message', (message: FromHost) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
    if (message.type === 'error') waiter.reject(new Error(message.message));
    else waiter.resolve(message);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`exit code ${code}`)));
  worker.unref();
  host = worker;
  return worker;
}

export function request(message: Request, transfer: ArrayBuffer[] = []): Promise<Reply> {
  const worker = ensureHost();
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ ...message, id }, transfer);
  });
}
