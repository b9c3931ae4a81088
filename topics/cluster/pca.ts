import { dot4, dot4x2, dotAt, dotPair } from './kernel.js';
import { gaussian, sampleIndices, seededRandom } from './random.js';
import type { Matrix } from './vectors.js';

export interface Projection {
  mean: Float64Array;
  /** components × dimensions, orthonormal rows. */
  components: Float64Array;
  count: number;
  dimensions: number;
}

/**
 * Principal components by subspace iteration on the covariance of a seeded sample of rows:
 * the covariance costs sample·d², so 100k documents cost no more than the sample does.
 */
export function fitPca(m: Matrix, count: number, options: { seed: number; sampleSize?: number; iterations?: number }): Projection {
  const d = m.dimensions;
  const r = Math.min(count, d);
  const random = seededRandom(options.seed);
  const sample = sampleIndices(m.rows, options.sampleSize ?? 4_000, random);
  const mean = new Float64Array(d);
  for (const index of sample) for (let j = 0; j < d; j++) mean[j]! += m.data[index * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= sample.length;
  const covariance = covarianceOf(m, sample, mean);
  const basis = new Float64Array(r * d);
  for (let i = 0; i < basis.length; i++) basis[i] = gaussian(random);
  orthonormalise(basis, r, d);
  const next = new Float64Array(r * d);
  for (let iteration = 0; iteration < (options.iterations ?? 25); iteration++) {
    multiplyRows(covariance, basis, next, r, d);
    basis.set(next);
    orthonormalise(basis, r, d);
  }
  return { mean, components: basis, count: r, dimensions: d };
}

/**
 * Σ (x−μ)(x−μ)ᵀ over the sample (d × d, symmetric). Each entry is summed over the sample in its
 * order, as adding one sample's outer product after another would; the centred sample is held
 * transposed so that the entries are dot products, computed four rows by two columns at a time.
 */
function covarianceOf(m: Matrix, sample: ArrayLike<number>, mean: Float64Array): Float64Array {
  const d = m.dimensions;
  const n = sample.length;
  const t = new Float64Array(d * n);
  for (let s = 0; s < n; s++) {
    const index = sample[s]!;
    for (let j = 0; j < d; j++) t[j * n + s] = m.data[index * d + j]! - mean[j]!;
  }
  const covariance = new Float64Array(d * d);
  const set = (a: number, b: number, value: number) => {
    covariance[a * d + b] = value;
    covariance[b * d + a] = value;
  };
  const rows = new Int32Array(4);
  const sums = new Float64Array(8);
  let a = 0;
  for (; a + 4 <= d; a += 4) {
    for (let i = 0; i < 4; i++) rows[i] = (a + i) * n;
    let b = a;
    for (; b + 2 <= d; b += 2) {
      dot4x2(t, rows, t, b * n, (b + 1) * n, n, sums);
      for (let i = 0; i < 4; i++) {
        set(a + i, b, sums[2 * i]!);
        set(a + i, b + 1, sums[2 * i + 1]!);
      }
    }
    for (; b < d; b++) for (let i = 0; i < 4; i++) set(a + i, b, dotAt(t, (a + i) * n, t, b * n, n));
  }
  for (; a < d; a++) for (let b = a; b < d; b++) set(a, b, dotAt(t, a * n, t, b * n, n));
  return covariance;
}

/** out[c] = M · rows[c] for each of the `count` rows (M d × d), four rows by two of M's rows at a time; each sum in order. */
function multiplyRows(matrix: Float64Array, rows: Float64Array, out: Float64Array, count: number, d: number): void {
  const block = new Int32Array(4);
  const sums = new Float64Array(8);
  let c = 0;
  for (; c + 4 <= count; c += 4) {
    for (let i = 0; i < 4; i++) block[i] = (c + i) * d;
    let a = 0;
    for (; a + 2 <= d; a += 2) {
      dot4x2(rows, block, matrix, a * d, (a + 1) * d, d, sums);
      for (let i = 0; i < 4; i++) {
        out[(c + i) * d + a] = sums[2 * i]!;
        out[(c + i) * d + a + 1] = sums[2 * i + 1]!;
      }
    }
    for (; a < d; a++) for (let i = 0; i < 4; i++) out[(c + i) * d + a] = dotAt(matrix, a * d, rows, (c + i) * d, d);
  }
  for (; c < count; c++) for (let a = 0; a < d; a++) out[c * d + a] = dotAt(matrix, a * d, rows, c * d, d);
}

/** Modified Gram–Schmidt over the rows; a degenerate row is replaced by a unit axis. */
function orthonormalise(rows: Float64Array, count: number, d: number): void {
  for (let i = 0; i < count; i++) {
    const a = i * d;
    for (let j = 0; j < i; j++) {
      const b = j * d;
      let projection = 0;
      for (let k = 0; k < d; k++) projection += rows[a + k]! * rows[b + k]!;
      for (let k = 0; k < d; k++) rows[a + k]! -= projection * rows[b + k]!;
    }
    let norm = 0;
    for (let k = 0; k < d; k++) norm += rows[a + k]! * rows[a + k]!;
    norm = Math.sqrt(norm);
    if (norm < 1e-12) {
      rows.fill(0, a, a + d);
      rows[a + (i % d)] = 1;
    } else {
      for (let k = 0; k < d; k++) rows[a + k]! /= norm;
    }
  }
}

export function project(m: Matrix, projection: Projection): Matrix {
  const { mean, components, count, dimensions: d } = projection;
  if (m.dimensions !== d) throw new Error(`the projection expects ${d} dimensions, got ${m.dimensions}`);
  const out = new Float32Array(m.rows * count);
  const basis = Float32Array.from(components);
  // (x − μ)·w = x·w − μ·w: the offsets once, then plain float32 dot products.
  const offsets = new Float64Array(count);
  for (let c = 0; c < count; c++) for (let k = 0; k < d; k++) offsets[c]! += mean[k]! * components[c * d + k]!;
  const data = m.data;
  const pair = new Float64Array(2);
  // Rows two at a time share each component's loads; each sum is `dot4`'s, as the last odd row gets it.
  let i = 0;
  for (; i + 2 <= m.rows; i += 2) {
    const a = i * d;
    const b = a + d;
    for (let c = 0; c < count; c++) {
      dotPair(data, a, b, basis, c * d, d, pair);
      out[i * count + c] = pair[0]! - offsets[c]!;
      out[(i + 1) * count + c] = pair[1]! - offsets[c]!;
    }
  }
  for (; i < m.rows; i++) {
    for (let c = 0; c < count; c++) out[i * count + c] = dot4(data, i * d, basis, c * d, d) - offsets[c]!;
  }
  return { data: out, rows: m.rows, dimensions: count };
}
