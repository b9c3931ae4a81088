import { describe, expect, it } from 'vitest';
import { parseBookKind } from './book-kind.js';

describe('parseBookKind', () => {
  it('reads the Chinese labels an ILS exports, each half of a two-part label, and the codes in any case', () => {
    expect(parseBookKind('教材教辅')).toBe('TEXTBOOK');
    expect(parseBookKind('工具书')).toBe('REFERENCE');
    expect(parseBookKind('立体书')).toBe('TOY_BOOK');
    expect(parseBookKind('玩具书/立体书')).toBe('TOY_BOOK');
    expect(parseBookKind('exam_guide')).toBe('EXAM_GUIDE');
    expect(parseBookKind(' TEXTBOOK ')).toBe('TEXTBOOK');
  });

  it('takes an empty cell for a general book and refuses an unknown kind', () => {
    expect(parseBookKind('')).toBe('GENERAL');
    expect(parseBookKind('连环画')).toBeNull();
    expect(parseBookKind('BOOK')).toBeNull();
  });
});
