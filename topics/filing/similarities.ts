import type { FilingIndustry } from './rule.js';

/** Documents' vectors as one matrix (row i at i × dimensions). */
export interface DocumentMatrix {
  data: Float32Array;
  rows: number;
  dimensions: number;
}

/**
 * Every document's best cosine to each industry's profile (`semantic`, rows × industries; NaN
 * for an industry without a profile) and to its nearest field outside every industry
 * (`outside`, NaN without any), for the whole matrix at once.
 */
export function profileSimilarities(
  docs: DocumentMatrix,
  industries: readonly FilingIndustry[],
  outside: readonly ArrayLike<number>[],
): { semantic: Float64Array; outside: Float64Array } {
  const { rows } = docs;
  const groups = industries.length;
  const best = groupSimilarities(docs, [...industries.map((industry) => industry.profile), outside]);
  const semantic = new Float64Array(rows * groups);
  const nearestOutside = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    semantic.set(best.subarray(r * (groups + 1), r * (groups + 1) + groups), r * groups);
    nearestOutside[r] = best[r * (groups + 1) + groups]!;
  }
  return { semantic, outside: nearestOutside };
}

/**
 * Every document's best cosine to each group of vectors (rows × groups; NaN for an empty group).
 * The vectors are packed into one Float32Array and scored four documents by two vectors at a
 * time, each sum in the order the per-pair dot product takes (so the scores are exactly `dot`'s).
 */
export function groupSimilarities(
  docs: DocumentMatrix,
  groups: readonly (ReadonlyArray<ArrayLike<number>> | null | undefined)[],
): Float64Array {
  const { rows, dimensions } = docs;
  const vectors: ArrayLike<number>[] = [];
  // Column c of the scores belongs to group owner[c].
  const owner: number[] = [];
  groups.forEach((group, g) => {
    for (const v of group ?? []) {
      vectors.push(v);
      owner.push(g);
    }
  });
  const packed = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, c) => {
    if (v.length !== dimensions) throw new Error(`a profile has ${v.length} dimensions, the documents ${dimensions}`);
    packed.set(v, c * dimensions);
  });
  const scores = dotProducts(docs, packed, vectors.length);
  const best = new Float64Array(rows * groups.length).fill(Number.NaN);
  const columns = vectors.length;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const score = scores[r * columns + c]!;
      const cell = r * groups.length + owner[c]!;
      if (!(score <= best[cell]!)) best[cell] = score;
    }
  }
  return best;
}

/** docs × packedᵀ (rows × columns), four rows by two columns at a time. */
function dotProducts(docs: DocumentMatrix, packed: Float32Array, columns: number): Float64Array {
  const { data, rows, dimensions: n } = docs;
  const out = new Float64Array(rows * columns);
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const a0 = r * n;
    const a1 = a0 + n;
    const a2 = a1 + n;
    const a3 = a2 + n;
    let c = 0;
    for (; c + 2 <= columns; c += 2) {
      const b0 = c * n;
      const b1 = b0 + n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let d = 0; d < n; d++) {
        const p = packed[b0 + d]!;
        const q = packed[b1 + d]!;
        const x0 = data[a0 + d]!;
        const x1 = data[a1 + d]!;
        const x2 = data[a2 + d]!;
        const x3 = data[a3 + d]!;
        s0 += x0 * p;
        s1 += x1 * p;
        s2 += x2 * p;
        s3 += x3 * p;
        t0 += x0 * q;
        t1 += x1 * q;
        t2 += x2 * q;
        t3 += x3 * q;
      }
      out[r * columns + c] = s0;
      out[(r + 1) * columns + c] = s1;
      out[(r + 2) * columns + c] = s2;
      out[(r + 3) * columns + c] = s3;
      out[r * columns + c + 1] = t0;
      out[(r + 1) * columns + c + 1] = t1;
      out[(r + 2) * columns + c + 1] = t2;
      out[(r + 3) * columns + c + 1] = t3;
    }
    for (; c < columns; c++) for (let k = 0; k < 4; k++) out[(r + k) * columns + c] = dot(data, r * n + k * n, packed, c * n, n);
  }
  for (; r < rows; r++) for (let c = 0; c < columns; c++) out[r * columns + c] = dot(data, r * n, packed, c * n, n);
  return out;
}

function dot(a: Float32Array, from: number, b: Float32Array, at: number, n: number): number {
  let sum = 0;
  for (let d = 0; d < n; d++) sum += a[from + d]! * b[at + d]!;
  return sum;
}
