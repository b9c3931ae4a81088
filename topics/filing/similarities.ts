import { dot4x2, dotAt } from '../cluster/kernel.js';
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
  return profileScores(docs.rows, industries.length, groupSimilarities(docs, profileGroups(industries, outside)));
}

/** The groups `profileSimilarities` scores: each industry's profile vectors, then the outside fields as one group. */
export const profileGroups = (industries: readonly FilingIndustry[], outside: readonly ArrayLike<number>[]) => [
  ...industries.map((industry) => industry.profile),
  outside,
];

/** `profileSimilarities` from the best cosines to `profileGroups` (rows × (industries + 1)). */
export function profileScores(rows: number, groups: number, best: Float64Array): { semantic: Float64Array; outside: Float64Array } {
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
  return groupSimilaritiesOfLists(docs, [groups])[0]!;
}

/**
 * `groupSimilarities` for several lists of groups from one product: a vector in more than one
 * list (equal as float32, as the filing's profiles and the gate's passages are) is scored once.
 */
export function groupSimilaritiesOfLists(
  docs: DocumentMatrix,
  lists: readonly (readonly (ReadonlyArray<ArrayLike<number>> | null | undefined)[])[],
): Float64Array[] {
  const { rows, dimensions } = docs;
  const columnOf = new Map<string, number>();
  const packedRows: Float32Array[] = [];
  // For each list, column c of the scores serves group owner[c] (a column may serve several groups).
  const owners = lists.map((groups) => {
    const owner: { column: number; group: number }[] = [];
    groups.forEach((group, g) => {
      for (const v of group ?? []) {
        if (v.length !== dimensions) throw new Error(`a profile has ${v.length} dimensions, the documents ${dimensions}`);
        const row = Float32Array.from(v);
        const key = new Uint32Array(row.buffer).join(',');
        let column = columnOf.get(key);
        if (column === undefined) {
          column = packedRows.length;
          columnOf.set(key, column);
          packedRows.push(row);
        }
        owner.push({ column, group: g });
      }
    });
    return owner;
  });
  const columns = packedRows.length;
  const packed = new Float32Array(columns * dimensions);
  packedRows.forEach((row, c) => packed.set(row, c * dimensions));
  const scores = dotProducts(docs, packed, columns);
  return lists.map((groups, l) => {
    const best = new Float64Array(rows * groups.length).fill(Number.NaN);
    const owner = owners[l]!;
    for (let r = 0; r < rows; r++) {
      for (const { column, group } of owner) {
        const score = scores[r * columns + column]!;
        const cell = r * groups.length + group;
        if (!(score <= best[cell]!)) best[cell] = score;
      }
    }
    return best;
  });
}

/** docs × packedᵀ (rows × columns), four rows by two columns at a time (topics/cluster/kernel.ts). */
function dotProducts(docs: DocumentMatrix, packed: Float32Array, columns: number): Float64Array {
  const { rows, dimensions: n } = docs;
  const data = Float64Array.from(docs.data.subarray(0, rows * n));
  const vectors = Float64Array.from(packed);
  const out = new Float64Array(rows * columns);
  const block = new Int32Array(4);
  const sums = new Float64Array(8);
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    for (let k = 0; k < 4; k++) block[k] = (r + k) * n;
    let c = 0;
    for (; c + 2 <= columns; c += 2) {
      dot4x2(data, block, vectors, c * n, (c + 1) * n, n, sums);
      for (let k = 0; k < 4; k++) {
        out[(r + k) * columns + c] = sums[2 * k]!;
        out[(r + k) * columns + c + 1] = sums[2 * k + 1]!;
      }
    }
    for (; c < columns; c++) for (let k = 0; k < 4; k++) out[(r + k) * columns + c] = dotAt(data, (r + k) * n, vectors, c * n, n);
  }
  for (; r < rows; r++) for (let c = 0; c < columns; c++) out[r * columns + c] = dotAt(data, r * n, vectors, c * n, n);
  return out;
}
