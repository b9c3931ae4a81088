import { describe, expect, it } from 'vitest';
import { contentWords, labelFromTerms, topicTerms } from './labels.js';

describe('contentWords', () => {
  it('segments Chinese and drops stop words, single characters and numbers', () => {
    const words = contentWords('本文研究了碳纤维复合材料的力学性能，结果表明2019年强度提高了30%');
    expect(words).toContain('碳纤维');
    expect(words).toContain('复合材料');
    expect(words).not.toContain('本文');
    expect(words).not.toContain('研究');
    expect(words).not.toContain('的');
    expect(words.some((w) => /^\d/.test(w))).toBe(false);
  });
});

describe('topicTerms (c-TF-IDF)', () => {
  const records = [
    { text: '碳纤维复合材料的拉伸强度与界面性能', keywords: ['碳纤维'] },
    { text: '碳纤维增强树脂复合材料的制备工艺' },
    { text: '高血压患者的临床治疗与护理', keywords: ['高血压'] },
    { text: '老年高血压患者用药依从性调查' },
    { text: '无关的杂项记录' },
  ];
  it('ranks the words that distinguish each topic first, record keywords included', () => {
    const terms = topicTerms(records, [0, 0, 1, 1, -1], 2, { top: 3 });
    expect(terms[0]![0]!.term).toBe('碳纤维');
    expect(terms[1]![0]!.term).toBe('高血压');
    expect(terms[0]!.map((t) => t.term)).not.toContain('高血压');
    expect(labelFromTerms(terms[0]!, 2)).toBe(`碳纤维·${terms[0]![1]!.term}`);
  });
  it('labels a topic without terms 未命名主题', () => {
    expect(labelFromTerms([])).toBe('未命名主题');
  });
});
