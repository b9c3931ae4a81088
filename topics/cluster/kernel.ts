/**
 * The blocked dot-product kernel of PCA's covariance and subspace iteration and of the filing's
 * profile scores: four rows of `x` by two rows of `y` (each `n` long, starting at the offsets
 * given), eight sums sharing each element's loads. Each sum runs over the elements in order, one
 * accumulator per pair, so it is exactly the plain `Σ x[i]·y[i]` of that pair (float32 inputs
 * are copied into Float64Arrays first: the same products, and one element kind for V8).
 * `out[2 i + j]` = row i of x · row j of y.
 */
export function dot4x2(x: Float64Array, xRows: Int32Array, y: Float64Array, y0: number, y1: number, n: number, out: Float64Array): void {
  const a0 = xRows[0]!;
  const a1 = xRows[1]!;
  const a2 = xRows[2]!;
  const a3 = xRows[3]!;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  for (let k = 0; k < n; k++) {
    const p = y[y0 + k]!;
    const q = y[y1 + k]!;
    const v0 = x[a0 + k]!;
    const v1 = x[a1 + k]!;
    const v2 = x[a2 + k]!;
    const v3 = x[a3 + k]!;
    s0 += v0 * p;
    s1 += v1 * p;
    s2 += v2 * p;
    s3 += v3 * p;
    t0 += v0 * q;
    t1 += v1 * q;
    t2 += v2 * q;
    t3 += v3 * q;
  }
  out[0] = s0;
  out[1] = t0;
  out[2] = s1;
  out[3] = t1;
  out[4] = s2;
  out[5] = t2;
  out[6] = s3;
  out[7] = t3;
}

/** The plain dot product of two rows, in order: what `dot4x2` sums for each pair, and the edges of a blocked loop. */
export function dotAt(x: Float64Array, from: number, y: Float64Array, at: number, n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += x[from + k]! * y[at + k]!;
  return sum;
}

/**
 * Two float32 rows (at `a` and `b` of `data`) by one vector (at `q` of `w`), `n` long: the pair of
 * sums PCA's projection and k-means' assignment take, sharing each of the vector's loads. Each sum
 * is four partial sums over every fourth element, added in order, then the tail: what the
 * one-row loops beside them compute, so both give the same result bit for bit.
 */
export function dotPair(data: Float32Array, a: number, b: number, w: Float32Array, q: number, n: number, out: Float64Array): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    const w0 = w[q + k]!;
    const w1 = w[q + k + 1]!;
    const w2 = w[q + k + 2]!;
    const w3 = w[q + k + 3]!;
    a0 += data[a + k]! * w0;
    a1 += data[a + k + 1]! * w1;
    a2 += data[a + k + 2]! * w2;
    a3 += data[a + k + 3]! * w3;
    b0 += data[b + k]! * w0;
    b1 += data[b + k + 1]! * w1;
    b2 += data[b + k + 2]! * w2;
    b3 += data[b + k + 3]! * w3;
  }
  for (; k < n; k++) {
    a0 += data[a + k]! * w[q + k]!;
    b0 += data[b + k]! * w[q + k]!;
  }
  out[0] = a0 + a1 + a2 + a3;
  out[1] = b0 + b1 + b2 + b3;
}

/** One float32 row by one vector, four partial sums over every fourth element, then the tail: the sum `dotPair` computes for each of its rows. */
export function dot4(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < length; j += 4) {
    s0 += a[aOffset + j]! * b[bOffset + j]!;
    s1 += a[aOffset + j + 1]! * b[bOffset + j + 1]!;
    s2 += a[aOffset + j + 2]! * b[bOffset + j + 2]!;
    s3 += a[aOffset + j + 3]! * b[bOffset + j + 3]!;
  }
  for (; j < length; j++) s0 += a[aOffset + j]! * b[bOffset + j]!;
  return s0 + s1 + s2 + s3;
}
