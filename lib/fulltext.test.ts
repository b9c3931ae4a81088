import { describe, expect, it } from 'vitest';
import { plainTextQuery } from './fulltext.js';

describe('plainTextQuery', () => {
  it('escapes every character Lucene reads as syntax', () => {
    expect(plainTextQuery('a:b*~^2 (x) "q" [1 TO 2] {y} +m -n !o ?p \\ /r && ||')).toBe(
      'a\\:b\\*\\~\\^2 \\(x\\) \\"q\\" \\[1 TO 2\\] \\{y\\} \\+m \\-n \\!o \\?p \\\\ \\/r \\&\\& \\|\\|',
    );
  });

  it('searches the operator words as words', () => {
    expect(plainTextQuery('碳纤维 AND 复合材料 OR NOT')).toBe('碳纤维 and 复合材料 or not');
    expect(plainTextQuery('ANDROID NOTE')).toBe('ANDROID NOTE');
  });

  it('leaves Chinese text alone', () => {
    expect(plainTextQuery('嘉兴市智能光伏产业')).toBe('嘉兴市智能光伏产业');
  });
});
