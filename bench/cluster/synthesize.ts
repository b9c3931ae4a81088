import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gaussian, seededRandom } from '../../topics/cluster/random.js';
import { CACHE_DIR, type LabelledSet } from './datasets.js';

/** Per-dimension noise: a jittered copy keeps cosine ≈ 0.95 with its source. */
export const JITTER = 0.014;

/**
 * Larger sets from real embeddings by jittered resampling: each synthetic document is a
 * randomly drawn real one (from all given sets) plus Gaussian noise, re-normalised; its
 * text is the source's. Written once under bench/.cache.
 */
export function synthesise(sources: readonly LabelledSet[], size: number, seed = 1): { vectors: string; texts: string } {
  const vectors = path.join(CACHE_DIR, `synthetic-${size}.f32`);
  const texts = path.join(CACHE_DIR, `synthetic-${size}.txt`);
  if (existsSync(vectors) && existsSync(texts)) return { vectors, texts };
  const random = seededRandom(seed);
  const pool = sources.flatMap((set) => set.texts.map((text, index) => ({ set, index, text })));
  const d = sources[0]!.dimensions;
  const out = new Float32Array(size * d);
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const source = pool[Math.floor(random() * pool.length)]!;
    let norm = 0;
    for (let j = 0; j < d; j++) {
      const value = source.set.vectors[source.index * d + j]! + JITTER * gaussian(random);
      out[i * d + j] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    for (let j = 0; j < d; j++) out[i * d + j]! /= norm;
    lines.push(source.text.replace(/\s+/g, ' '));
  }
  writeFileSync(vectors, Buffer.from(out.buffer));
  writeFileSync(texts, lines.join('\n'));
  return { vectors, texts };
}
