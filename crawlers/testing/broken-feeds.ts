import iconv from 'iconv-lite';

/**
 * Broken but real-shaped feeds, as government and news sites in China serve them: each is
 * bytes plus the Content-Type it came with, and the items a tolerant reader gets out of it
 * (title after our normalisation, canonical URL). Shared by the parser tests and `bench/feeds`.
 */

export interface BrokenFeed {
  name: string;
  /** What is wrong with it, in one line. */
  flaw: string;
  body: Buffer;
  contentType: string | null;
  expected: Array<{ title: string; url: string }>;
}

const SITE = 'https://news.example.cn';
/** Where the corpus's feeds are read from (relative links and guid-only items resolve against it). */
export const FEED_URL = `${SITE}/rss.xml`;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

const rssItem = (title: string, link: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link>${extra}<pubDate>Tue, 05 Mar 2024 08:00:00 +0800</pubDate></item>`;

const rss = (items: string, head = '<?xml version="1.0" encoding="UTF-8"?>\n') =>
  `${head}<rss version="2.0"><channel><title>嘉兴资讯</title><link>${SITE}/</link><description>新闻</description>${items}</channel></rss>`;

const twoItems = rssItem('嘉兴科技城发布光伏新政', `${SITE}/a/1.html`) + rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`);
const twoExpected = [
  { title: '嘉兴科技城发布光伏新政', url: `${SITE}/a/1.html` },
  { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
];

const japanese = '東京都が新しい起業支援策を発表';
const gbkTitle = '嘉兴市发布科技创新券管理办法';

export const brokenFeeds: BrokenFeed[] = [
  {
    name: 'atom-xhtml-title',
    flaw: 'one entry has <title type="xhtml">',
    contentType: 'application/atom+xml; charset=utf-8',
    body: utf8(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>长三角创投</title><id>urn:x</id><updated>2024-03-08T12:00:00Z</updated>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">嘉兴<b>光伏</b>企业融资</div></title>
<link href="${SITE}/b/1.html"/><id>tag:x,2024:1</id><updated>2024-03-05T00:00:00Z</updated><summary>融资</summary></entry>
<entry><title>平湖市新材料产业园开园</title><link href="${SITE}/b/2.html"/><id>tag:x,2024:2</id><updated>2024-03-06T00:00:00Z</updated></entry>
</feed>`),
    expected: [
      { title: '嘉兴光伏企业融资', url: `${SITE}/b/1.html` },
      { title: '平湖市新材料产业园开园', url: `${SITE}/b/2.html` },
    ],
  },
  {
    name: 'rss-without-channel',
    flaw: '<item>s directly under <rss>',
    contentType: 'application/rss+xml',
    body: utf8(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><title>嘉兴资讯</title>${twoItems}</rss>`),
    expected: twoExpected,
  },
  {
    name: 'rss-without-version',
    flaw: '<rss> has no version attribute',
    contentType: 'text/xml',
    body: utf8(rss(twoItems).replace('<rss version="2.0">', '<rss>')),
    expected: twoExpected,
  },
  {
    name: 'utf8-bom',
    flaw: 'a UTF-8 byte-order mark before <?xml',
    contentType: 'application/rss+xml; charset=utf-8',
    body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(rss(twoItems))]),
    expected: twoExpected,
  },
  {
    name: 'junk-before-first-tag',
    flaw: 'blank lines and a PHP warning before <?xml',
    contentType: 'text/xml; charset=utf-8',
    body: utf8(`\n\n<b>Warning</b>: Cannot modify header information in /var/www/rss.php on line 3\n${rss(twoItems)}`),
    expected: twoExpected,
  },
  {
    name: 'utf16le-without-bom',
    flaw: 'UTF-16LE with encoding="UTF-16" and no byte-order mark',
    contentType: 'application/xml',
    body: iconv.encode(rss(twoItems, '<?xml version="1.0" encoding="UTF-16"?>\n'), 'utf-16le', { addBOM: false }),
    expected: twoExpected,
  },
  {
    name: 'doctype-entities',
    flaw: 'an entity declared in the DOCTYPE used in a title',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(
      rss(
        rssItem('&bureau;发布科技项目申报通知', `${SITE}/c/1.html`) + rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`),
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [<!ENTITY bureau "嘉兴市科技局">]>\n',
      ),
    ),
    expected: [
      { title: '嘉兴市科技局发布科技项目申报通知', url: `${SITE}/c/1.html` },
      { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
    ],
  },
  {
    name: 'rss091-html-entities',
    flaw: 'the Netscape RSS 0.91 DOCTYPE and HTML entities (&nbsp; &ldquo;) it declares',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>嘉兴资讯</title><link>${SITE}/</link><description>新闻</description>
${rssItem('&ldquo;科创中国&rdquo;&nbsp;试点城市', `${SITE}/d/1.html`)}${rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`)}
</channel></rss>`,
    ),
    expected: [
      { title: '“科创中国” 试点城市', url: `${SITE}/d/1.html` },
      { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
    ],
  },
  {
    name: 'unescaped-ampersand-in-link',
    flaw: 'a raw & in <link>',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(rss(rssItem('海宁市经编产业政策解读', `${SITE}/e/show.php?id=7&cat=2`) + rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`))),
    expected: [
      { title: '海宁市经编产业政策解读', url: `${SITE}/e/show.php?cat=2&id=7` },
      { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
    ],
  },
  {
    name: 'shift-jis-header-says-utf8',
    flaw: 'Shift_JIS bytes, the header says UTF-8, the declaration says Shift_JIS',
    contentType: 'application/rss+xml; charset=utf-8',
    body: iconv.encode(
      rss(
        rssItem(japanese, `${SITE}/f/1.html`) + rssItem('大阪府スタートアップ支援事業の公募開始', `${SITE}/f/2.html`),
        '<?xml version="1.0" encoding="Shift_JIS"?>\n',
      ),
      'shift_jis',
    ),
    expected: [
      { title: japanese, url: `${SITE}/f/1.html` },
      { title: '大阪府スタートアップ支援事業の公募開始', url: `${SITE}/f/2.html` },
    ],
  },
  {
    name: 'shift-jis-undeclared',
    flaw: 'Shift_JIS bytes, no charset anywhere',
    contentType: 'application/rss+xml',
    body: iconv.encode(
      rss(
        rssItem(japanese, `${SITE}/f/1.html`) + rssItem('大阪府スタートアップ支援事業の公募開始', `${SITE}/f/2.html`),
        '<?xml version="1.0"?>\n',
      ),
      'shift_jis',
    ),
    expected: [
      { title: japanese, url: `${SITE}/f/1.html` },
      { title: '大阪府スタートアップ支援事業の公募開始', url: `${SITE}/f/2.html` },
    ],
  },
  {
    name: 'gbk-undeclared',
    flaw: 'GBK bytes, no charset anywhere',
    contentType: 'text/xml',
    body: iconv.encode(
      rss(rssItem(gbkTitle, `${SITE}/g/1.html`) + rssItem('秀洲区光伏产业链招商推介会举行', `${SITE}/g/2.html`), '<?xml version="1.0"?>\n'),
      'gbk',
    ),
    expected: [
      { title: gbkTitle, url: `${SITE}/g/1.html` },
      { title: '秀洲区光伏产业链招商推介会举行', url: `${SITE}/g/2.html` },
    ],
  },
  {
    name: 'gbk-header-says-utf8',
    flaw: 'GBK bytes, the header says UTF-8, the declaration says GB2312',
    contentType: 'text/xml; charset=UTF-8',
    body: iconv.encode(
      rss(
        rssItem(gbkTitle, `${SITE}/g/1.html`) + rssItem('秀洲区光伏产业链招商推介会举行', `${SITE}/g/2.html`),
        '<?xml version="1.0" encoding="gb2312"?>\n',
      ),
      'gbk',
    ),
    expected: [
      { title: gbkTitle, url: `${SITE}/g/1.html` },
      { title: '秀洲区光伏产业链招商推介会举行', url: `${SITE}/g/2.html` },
    ],
  },
  {
    name: 'atom03-base64-title',
    flaw: 'Atom 0.3 title with mode="base64"',
    contentType: 'application/atom+xml; charset=utf-8',
    body: utf8(`<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>创投</title><modified>2024-03-08T12:00:00Z</modified>
<entry><title type="text/plain" mode="base64">${Buffer.from('桐乡市数字经济扶持政策发布').toString('base64')}</title>
<link rel="alternate" type="text/html" href="${SITE}/h/1.html"/><id>tag:x,2024:h1</id><issued>2024-03-05T00:00:00Z</issued></entry>
<entry><title>嘉善县人才新政</title><link rel="alternate" type="text/html" href="${SITE}/h/2.html"/><id>tag:x,2024:h2</id><issued>2024-03-06T00:00:00Z</issued></entry>
</feed>`),
    expected: [
      { title: '桐乡市数字经济扶持政策发布', url: `${SITE}/h/1.html` },
      { title: '嘉善县人才新政', url: `${SITE}/h/2.html` },
    ],
  },
  {
    name: 'escaped-html-titles',
    flaw: 'titles with escaped markup and double-escaped entities',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(
      rss(
        rssItem('&lt;b&gt;嘉兴&lt;/b&gt;创业&amp;amp;创新大赛', `${SITE}/i/1.html`) +
          rssItem('&lt;![CDATA[港区招商]]&gt;&lt;font color=red&gt;新&lt;/font&gt;', `${SITE}/i/2.html`),
      ),
    ),
    expected: [
      { title: '嘉兴创业&创新大赛', url: `${SITE}/i/1.html` },
      { title: '港区招商新', url: `${SITE}/i/2.html` },
    ],
  },
  {
    name: 'atom-html-title',
    flaw: 'Atom <title type="html"> with escaped markup',
    contentType: 'application/atom+xml; charset=utf-8',
    body: utf8(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>创投</title><id>urn:y</id><updated>2024-03-08T12:00:00Z</updated>
<entry><title type="html">&lt;em&gt;海盐&lt;/em&gt;核电产业 &amp;amp; 配套</title><link href="${SITE}/j/1.html"/><id>tag:y,1</id><updated>2024-03-05T00:00:00Z</updated></entry>
</feed>`),
    expected: [{ title: '海盐核电产业 & 配套', url: `${SITE}/j/1.html` }],
  },
  {
    name: 'guid-without-link',
    flaw: 'items with a guid but no <link>',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(
      rss(
        `<item><title>嘉兴港区化工新材料项目签约</title><guid>${SITE}/k/1.html</guid></item>` +
          `<item><title>经开区创业补贴申领指南</title><guid isPermaLink="false">jxkf-2024-0042</guid></item>`,
      ),
    ),
    expected: [
      { title: '嘉兴港区化工新材料项目签约', url: `${SITE}/k/1.html` },
      { title: '经开区创业补贴申领指南', url: `${FEED_URL}#guid=jxkf-2024-0042` },
    ],
  },
  {
    name: 'nbsp-without-doctype',
    flaw: 'HTML entities (&nbsp;) in an RSS title without any DOCTYPE',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(rss(rssItem('平湖&nbsp;光机电产业&mdash;招商', `${SITE}/l/1.html`) + rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`))),
    expected: [
      { title: '平湖 光机电产业—招商', url: `${SITE}/l/1.html` },
      { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
    ],
  },
  {
    name: 'unclosed-br-in-description',
    flaw: 'raw <br> in an item description',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(
      rss(
        rssItem('嘉兴人才政策二十条', `${SITE}/m/1.html`, '<description>第一条<br>第二条</description>') +
          rssItem('南湖区举办创业大赛', `${SITE}/a/2.html`),
      ),
    ),
    expected: [
      { title: '嘉兴人才政策二十条', url: `${SITE}/m/1.html` },
      { title: '南湖区举办创业大赛', url: `${SITE}/a/2.html` },
    ],
  },
  {
    name: 'one-bad-item',
    flaw: 'one item without a title among good ones',
    contentType: 'application/rss+xml; charset=utf-8',
    body: utf8(rss(`<item><link>${SITE}/n/0.html</link></item>` + twoItems)),
    expected: twoExpected,
  },
];
