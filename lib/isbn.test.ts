import { describe, expect, it } from 'vitest';
import { hyphenatedIsbn, toIsbn13, tryIsbn13 } from './isbn.js';

describe('ISBN', () => {
  it('accepts ISBN-13 with or without hyphens and converts ISBN-10', () => {
    expect(toIsbn13('978-7-02-000220-7')).toBe('9787020002207');
    expect(toIsbn13(' 9787020002207 ')).toBe('9787020002207');
    expect(toIsbn13('7-02-000220-X')).toBe('9787020002207');
    expect(hyphenatedIsbn('9787020002207')).toBe('978-7-02-000220-7');
  });

  it('names a bad number and what is wrong with it', () => {
    expect(() => toIsbn13('9787020002208')).toThrow('ISBN "9787020002208" 无效：校验位不符');
    expect(() => toIsbn13('12345')).toThrow(/应为 10 位或 13 位数字/);
    expect(tryIsbn13('not an isbn')).toBeNull();
  });
});
