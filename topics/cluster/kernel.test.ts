import { describe, expect, it } from 'vitest';
import { dot4x2, dotAt } from './kernel.js';
import { gaussian, seededRandom } from './random.js';

describe('dot4x2', () => {
  it('gives exactly each pair’s plain in-order dot product', () => {
    const random = seededRandom(11);
    const n = 37;
    const x = Float64Array.from({ length: 6 * n }, () => gaussian(random));
    const y = Float64Array.from({ length: 3 * n }, () => Math.fround(gaussian(random)));
    const rows = Int32Array.from([5 * n, 0, 2 * n, 3 * n]);
    const out = new Float64Array(8);
    dot4x2(x, rows, y, 2 * n, n, n, out);
    rows.forEach((row, i) => {
      let plain = 0;
      for (let k = 0; k < n; k++) plain += x[row + k]! * y[2 * n + k]!;
      expect(out[2 * i]).toBe(plain);
      expect(out[2 * i + 1]).toBe(dotAt(x, row, y, n, n));
    });
  });
});
