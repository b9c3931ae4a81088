/** Row-major matrices of float32: `rows` × `dimensions` in one Float32Array. */
export interface Matrix {
  data: Float32Array;
  rows: number;
  dimensions: number;
}

export function matrix(data: Float32Array, dimensions: number): Matrix {
  if (dimensions <= 0 || data.length % dimensions !== 0) {
    throw new Error(`a matrix of ${data.length} numbers cannot have rows of ${dimensions}`);
  }
  return { data, rows: data.length / dimensions, dimensions };
}

/** Stacks equally long vectors into one matrix. */
export function stack(vectors: readonly ArrayLike<number>[], dimensions?: number): Matrix {
  const d = dimensions ?? vectors[0]?.length ?? 0;
  const data = new Float32Array(vectors.length * d);
  vectors.forEach((vector, row) => {
    if (vector.length !== d) throw new Error(`vector ${row} has ${vector.length} dimensions, expected ${d}`);
    data.set(vector, row * d);
  });
  return { data, rows: vectors.length, dimensions: d };
}

export function row(m: Matrix, index: number): Float32Array {
  return m.data.subarray(index * m.dimensions, (index + 1) * m.dimensions);
}

export function dot(a: ArrayLike<number>, aOffset: number, b: ArrayLike<number>, bOffset: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += a[aOffset + i]! * b[bOffset + i]!;
  return sum;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalise(vector: Float32Array | number[]): void {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  const norm = Math.sqrt(sum);
  if (norm === 0) return;
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! / norm;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}
