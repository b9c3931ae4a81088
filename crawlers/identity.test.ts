import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash } from './identity.js';
import { AhoCorasick } from './link/aho-corasick.js';
import { IndustryMatcher } from './link/matchers.js';

describe('canonical URLs', () => {
  it('strips tracking parameters and fragments, sorts the rest, lower-cases the host', () => {
    expect(canonicalUrl('HTTP://WWW.Jiaxing.gov.cn:80/art/2024/3/8/art_1.html?utm_source=wx&b=2&spm=a.b&a=1&from=timeline#top')).toBe(
      'http://www.jiaxing.gov.cn/art/2024/3/8/art_1.html?a=1&b=2',
    );
    expect(canonicalUrl('list_2.html', 'http://x.test/col/index.html')).toBe('http://x.test/col/list_2.html');
  });
});

describe('content hashes', () => {
  it('ignore whitespace differences but not text changes', () => {
    expect(contentHash(['标题', '正文  内容\n'])).toBe(contentHash(['标题 ', '正文 内容']));
    expect(contentHash(['标题', '正文内容'])).not.toBe(contentHash(['标题', '正文内容。']));
  });
});

describe('name matching', () => {
  it('finds every occurrence of overlapping names in one pass', () => {
    const automaton = new AhoCorasick([
      ['光伏', 'pv'],
      ['智能光伏', 'smart-pv'],
      ['伏', 'fu'],
      ['储能', 'storage'],
    ]);
    expect([...automaton.matches('嘉兴智能光伏与储能')].sort()).toEqual(['fu', 'pv', 'smart-pv', 'storage']);
  });

  it('links industries by a term in the title or two in the text', () => {
    const matcher = new IndustryMatcher([
      { code: 'jx-new-energy', name: '新能源', keywords: ['光伏', '储能'] },
      { code: 'jx-ic', name: '集成电路', keywords: ['芯片'] },
      { code: 'jx-x', name: '某', keywords: ['嘉'] },
    ]);
    expect(matcher.match('关于光伏的通知', '')).toEqual(['jx-new-energy']);
    expect(matcher.match('通知', '芯片一次')).toEqual([]);
    expect(matcher.match('通知', '芯片与集成电路')).toEqual(['jx-ic']);
  });
});
