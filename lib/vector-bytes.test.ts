import { describe, expect, it } from 'vitest';
import { readVectorBytes, vectorBytes } from './vector-bytes.js';

describe('vector bytes', () => {
  it('stores Float32 little-endian and reads back into any offset of a matrix', () => {
    const vector = [1, -0.5, 0.1, 3.4028234663852886e38];
    const bytes = vectorBytes(vector);
    expect(bytes).toBeInstanceOf(Int8Array);
    expect(bytes.byteLength).toBe(16);
    expect(new DataView(bytes.buffer).getFloat32(8, true)).toBe(Math.fround(0.1));
    const matrix = new Float32Array(10);
    expect(readVectorBytes(bytes, matrix, 5)).toBe(4);
    expect(Array.from(matrix.subarray(5, 9))).toEqual(vector.map(Math.fround));
    expect(matrix[4]).toBe(0);
    expect(matrix[9]).toBe(0);
  });

  it('reads bytes that start at an odd offset of their buffer (as the driver may slice them)', () => {
    const shifted = new Int8Array(9);
    shifted.set(vectorBytes([2, -2]), 1);
    const into = new Float32Array(2);
    readVectorBytes(shifted.subarray(1), into, 0);
    expect(Array.from(into)).toEqual([2, -2]);
  });
});
