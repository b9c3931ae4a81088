import { describe, expect, it } from 'vitest';
import { moveStep, removeStep, searchTextOf, validatePath } from './path.js';

const base = { slug: 'register-company', title: '注册公司', summary: '在嘉兴注册一家公司', steps: [] as unknown[] };

describe('learning paths', () => {
  it('accepts document, policy and http(s) link steps in their order', () => {
    const path = validatePath({
      ...base,
      industry: 'C',
      steps: [
        { kind: 'LINK', url: 'https://www.zjzwfw.gov.cn/', title: '浙江政务服务网', note: '线上办理' },
        { kind: 'POLICY', target: 'p1', note: '先读政策' },
        { kind: 'DOCUMENT', target: 'd1' },
      ],
    });
    expect(path.industryCode).toBe('C');
    expect(path.steps.map((s) => s.kind)).toEqual(['LINK', 'POLICY', 'DOCUMENT']);
    expect(path.steps[0]!.url).toBe('https://www.zjzwfw.gov.cn/');
    expect(path.steps[1]).toMatchObject({ targetId: 'p1', url: null, note: '先读政策' });
  });

  it.each(['javascript:alert(1)', 'JAVA\tSCRIPT:alert(1)', 'data:text/html,x', '//evil.example/', '/relative', 'ftp://x.example/'])(
    'refuses the link %s',
    (url) => {
      expect(() => validatePath({ ...base, steps: [{ kind: 'LINK', url, title: 'x' }] })).toThrow(/steps\[0\]\.url/);
    },
  );

  it('refuses a bad slug, a missing title, an unknown kind and a target-less document', () => {
    expect(() => validatePath({ ...base, slug: 'Bad Slug' })).toThrow(/slug/);
    expect(() => validatePath({ ...base, title: '  ' })).toThrow(/title/);
    expect(() => validatePath({ ...base, steps: [{ kind: 'VIDEO' }] })).toThrow(/steps\[0\]\.kind/);
    expect(() => validatePath({ ...base, steps: [{ kind: 'DOCUMENT' }] })).toThrow(/steps\[0\]\.target/);
    expect(() => validatePath({ ...base, steps: new Array(41).fill({ kind: 'DOCUMENT', target: 'd' }) })).toThrow(/at most 40/);
  });

  it('moves and removes steps', () => {
    expect(moveStep(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveStep(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
    expect(removeStep(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('searches by the steps too', () => {
    const path = validatePath({ ...base, steps: [{ kind: 'LINK', url: 'https://a.example/', title: '名称自主申报', note: '企业名称' }] });
    expect(searchTextOf(path)).toContain('名称自主申报');
  });
});
