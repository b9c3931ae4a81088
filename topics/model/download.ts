import { createHash } from 'node:crypto';
import { AppError } from '../../lib/errors.js';

export const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');
export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export class SourceUnreachableError extends AppError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}

/**
 * GETs a URL into memory. `timeoutMs` bounds the wait for the response headers (so an
 * unreachable source fails fast); the body then gets `bodyTimeoutMs` of silence at most.
 */
export async function download(url: string, timeoutMs: number, bodyTimeoutMs = 60_000): Promise<Buffer> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(new SourceUnreachableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw new SourceUnreachableError(describeFetchError(error));
    }
    if (!response.ok || !response.body) throw new SourceUnreachableError(`HTTP ${response.status} for ${url}`);
    const chunks: Buffer[] = [];
    const reader = response.body.getReader();
    for (;;) {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new SourceUnreachableError(`download stalled for ${bodyTimeoutMs} ms`)), bodyTimeoutMs);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new SourceUnreachableError(describeFetchError(error));
      }
      if (chunk.done) break;
      chunks.push(Buffer.from(chunk.value));
    }
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof SourceUnreachableError) return error.message;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}
