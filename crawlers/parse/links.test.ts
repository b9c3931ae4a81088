import { describe, expect, it } from 'vitest';
import { parseDetailPage, parseListPage } from './html.js';

/** Crawled links that are not http(s) (javascript:, data:, vbscript:, in any spelling) are never kept. */

const PAGE = 'https://www.jiaxing.gov.cn/art/2024/1/1/art_1.html';
const HOSTILE = [
  'javascript:alert(1)//x.pdf',
  ' JaVaScRiPt:alert(1)//x.pdf',
  'java\tscript:alert(1)//x.pdf',
  'java&#10;script:alert(1)//x.pdf',
  'vbscript:msgbox(1)//x.pdf',
  'data:text/html,<script>alert(1)</script>',
  'data:application/pdf;base64,JVBERi0=',
];

describe('crawled links', () => {
  it('keeps only http(s) attachments of a detail page, and survives a malformed percent-encoding', () => {
    const anchors = HOSTILE.map((href) => `<a href="${href.replace(/"/g, '&quot;')}">附件.pdf</a>`).join('');
    const html = `<html><head><title>关于印发政策的通知</title></head><body><h1>关于印发政策的通知</h1>
      <div id="c"><p>正文。</p>${anchors}<a href="/files/real.pdf">实施细则.pdf</a><a href="/files/%E0%A4%A.docx"></a></div></body></html>`;
    const draft = parseDetailPage(html, PAGE, { content: '#c' }, { today: '2024-01-02' });
    const urls = draft.attachments.map((a) => a.url);
    expect(urls).toContain('https://www.jiaxing.gov.cn/files/real.pdf');
    expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(draft.html ?? '').not.toMatch(/javascript:|vbscript:|data:text/i);
  });

  it('follows only http(s) links of a list page', () => {
    const items = [...HOSTILE, '/art/2024/1/2/art_2.html'].map((href) => `<li><a href="${href.replace(/"/g, '&quot;')}">通知</a></li>`);
    const page = parseListPage(`<ul>${items.join('')}</ul><a class="next" href="java\tscript:next()">下一页</a>`, PAGE, {
      listItem: 'li',
      nextPage: 'a.next',
    });
    expect(page.links.map((l) => l.url)).toEqual(['https://www.jiaxing.gov.cn/art/2024/1/2/art_2.html']);
    expect(page.next).toBeNull();
  });
});
