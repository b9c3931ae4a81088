export type Vector = Float32Array;

export function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}

/** Dot product: the cosine of two normalised vectors. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

/** The normalised difference v − mean: cosines of centred vectors ignore what every document (or every profile) shares. */
export function centred(v: ArrayLike<number>, mean: ArrayLike<number>): Float32Array {
  const out = new Float32Array(v.length);
  for (let d = 0; d < v.length; d++) out[d] = v[d]! - mean[d]!;
  return normalise(out);
}

/** The plain (not normalised) mean of vectors. */
export function average(vectors: readonly ArrayLike<number>[], dimensions: number): Float32Array {
  const mean = new Float32Array(dimensions);
  for (const v of vectors) for (let d = 0; d < dimensions; d++) mean[d]! += v[d]! / vectors.length;
  return mean;
}
