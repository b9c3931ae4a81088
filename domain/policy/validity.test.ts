import { describe, expect, it } from 'vitest';
import { isValidity, OUT_OF_FORCE, storedValidity, validityCode, VALIDITIES } from './validity.js';

describe('validity vocabulary', () => {
  it('names each stored validity by one API code and back', () => {
    for (const { stored, code } of VALIDITIES) {
      expect(validityCode(stored)).toBe(code);
      expect(storedValidity(code)).toBe(stored);
    }
    expect([validityCode('有效'), validityCode('废止'), validityCode('失效')]).toEqual(['VALID', 'REPEALED', 'EXPIRED']);
  });

  it('knows nothing of other values, and takes repealed and expired policies out of force', () => {
    expect([validityCode(null), validityCode('暂行'), storedValidity(null)]).toEqual([null, null, null]);
    expect([isValidity('有效'), isValidity('VALID')]).toEqual([true, false]);
    expect(OUT_OF_FORCE).toEqual(['废止', '失效']);
  });
});
