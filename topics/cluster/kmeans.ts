import { dot4, dotPair } from './kernel.js';
import { sampleIndices, seededRandom } from './random.js';
import type { Matrix } from './vectors.js';

export interface KMeansOptions {
  k: number;
  seed: number;
  maxIterations?: number;
  /** Rows used to fit the centroids (all rows are assigned at the end). */
  sampleSize?: number;
  /** Stop when fewer than this fraction of rows change cluster in an iteration. */
  tolerance?: number;
}

export interface KMeansResult {
  /** k × dimensions */
  centroids: Float32Array;
  k: number;
  assignments: Int32Array;
  iterations: number;
}

/**
 * Lloyd's k-means with k-means++ seeding, fitted on a seeded sample of rows, then every row
 * assigned to its nearest centroid. Same seed, same data → same result.
 */
export function kMeans(m: Matrix, options: KMeansOptions): KMeansResult {
  const random = seededRandom(options.seed);
  const sampleRows = sampleIndices(m.rows, options.sampleSize ?? 20_000, random);
  sampleRows.sort();
  const d = m.dimensions;
  const sample: Matrix = { data: new Float32Array(sampleRows.length * d), rows: sampleRows.length, dimensions: d };
  sampleRows.forEach((source, target) => sample.data.set(m.data.subarray(source * d, (source + 1) * d), target * d));
  const k = Math.max(1, Math.min(options.k, sample.rows));
  const centroids = seedPlusPlus(sample, k, random);
  const assignments = new Int32Array(sample.rows).fill(-1);
  const maxIterations = options.maxIterations ?? 40;
  const tolerance = options.tolerance ?? 0.001;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const changed = assign(sample, centroids, k, assignments);
    update(sample, centroids, k, assignments, random);
    if (changed <= tolerance * sample.rows) {
      iterations++;
      break;
    }
  }
  const all = new Int32Array(m.rows).fill(-1);
  assign(m, centroids, k, all);
  return { centroids, k, assignments: all, iterations };
}

function squaredNorms(data: Float32Array, rows: number, d: number): Float64Array {
  const norms = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = i * d, end = j + d; j < end; j++) sum += data[j]! * data[j]!;
    norms[i] = sum;
  }
  return norms;
}

/**
 * Nearest centroid for every row; returns how many rows changed. Rows go two at a time, sharing
 * each centroid's loads; each product is summed as `dot4` sums it (`dotPair`), so the result is the same.
 */
function assign(m: Matrix, centroids: Float32Array, k: number, assignments: Int32Array): number {
  const d = m.dimensions;
  const data = m.data;
  const centroidNorms = squaredNorms(centroids, k, d);
  const pair = new Float64Array(2);
  let changed = 0;
  const settle = (row: number, best: number) => {
    if (assignments[row] !== best) {
      assignments[row] = best;
      changed++;
    }
  };
  let i = 0;
  for (; i + 2 <= m.rows; i += 2) {
    const a = i * d;
    const b = a + d;
    let bestA = -1;
    let bestB = -1;
    let distanceA = Infinity;
    let distanceB = Infinity;
    for (let c = 0; c < k; c++) {
      dotPair(data, a, b, centroids, c * d, d, pair);
      const toA = centroidNorms[c]! - 2 * pair[0]!;
      const toB = centroidNorms[c]! - 2 * pair[1]!;
      if (toA < distanceA) {
        distanceA = toA;
        bestA = c;
      }
      if (toB < distanceB) {
        distanceB = toB;
        bestB = c;
      }
    }
    settle(i, bestA);
    settle(i + 1, bestB);
  }
  for (; i < m.rows; i++) {
    const base = i * d;
    let best = -1;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const distance = centroidNorms[c]! - 2 * dot4(data, base, centroids, c * d, d);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    settle(i, best);
  }
  return changed;
}

/** Means of the members; an emptied cluster restarts on a random row. */
function update(m: Matrix, centroids: Float32Array, k: number, assignments: Int32Array, random: () => number): void {
  const d = m.dimensions;
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  for (let i = 0; i < m.rows; i++) {
    const c = assignments[i]!;
    counts[c]!++;
    const base = i * d;
    const cb = c * d;
    for (let j = 0; j < d; j++) sums[cb + j]! += m.data[base + j]!;
  }
  for (let c = 0; c < k; c++) {
    const cb = c * d;
    if (counts[c] === 0) {
      const source = Math.floor(random() * m.rows) * d;
      centroids.set(m.data.subarray(source, source + d), cb);
      continue;
    }
    for (let j = 0; j < d; j++) centroids[cb + j] = sums[cb + j]! / counts[c]!;
  }
}

/** k-means++: each next seed drawn with probability ∝ squared distance to the nearest seed. */
function seedPlusPlus(m: Matrix, k: number, random: () => number): Float32Array {
  const d = m.dimensions;
  const centroids = new Float32Array(k * d);
  const first = Math.floor(random() * m.rows);
  centroids.set(m.data.subarray(first * d, (first + 1) * d), 0);
  const nearest = new Float64Array(m.rows).fill(Infinity);
  for (let c = 1; c < k; c++) {
    const previous = (c - 1) * d;
    let total = 0;
    for (let i = 0; i < m.rows; i++) {
      const base = i * d;
      let distance = 0;
      for (let j = 0; j < d; j++) {
        const diff = m.data[base + j]! - centroids[previous + j]!;
        distance += diff * diff;
      }
      if (distance < nearest[i]!) nearest[i] = distance;
      total += nearest[i]!;
    }
    let target = random() * total;
    let chosen = m.rows - 1;
    for (let i = 0; i < m.rows; i++) {
      target -= nearest[i]!;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    centroids.set(m.data.subarray(chosen * d, (chosen + 1) * d), c * d);
  }
  return centroids;
}
