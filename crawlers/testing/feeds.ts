/** Startup-news feeds in every format the crawler reads, plus a broken one. */

export const rss2 = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>嘉兴创业资讯</title>
  <link>${base}/</link>
  <description>嘉兴创新创业新闻</description>
  <item>
    <title>嘉兴科技城光伏初创企业完成亿元融资</title>
    <link>${base}/news/1001.html?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">jxcy-1001</guid>
    <pubDate>Tue, 05 Mar 2024 08:00:00 +0800</pubDate>
    <dc:creator>禾城记者</dc:creator>
    <description>光伏组件企业融资</description>
    <content:encoded><![CDATA[<p>位于嘉兴科技城的光伏组件初创企业完成融资，将扩大光伏储能产能。</p><script>evil()</script>]]></content:encoded>
  </item>
  <item>
    <title>南湖区举办创业大赛</title>
    <link>${base}/news/1002.html</link>
    <guid>${base}/news/1002.html</guid>
    <pubDate>Wed, 06 Mar 2024 09:30:00 +0800</pubDate>
    <description><![CDATA[<p>第十届南湖创业大赛开幕。</p>]]></description>
  </item>
  <item>
    <title>没有链接的条目</title>
    <description>这一条缺少链接，应被记录并跳过</description>
  </item>
</channel>
</rss>`;

export const rss1 = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${base}/rss1.xml">
    <title>浙江科技创业</title>
    <link>${base}/</link>
    <description>RSS 1.0</description>
    <items><rdf:Seq><rdf:li rdf:resource="${base}/zj/2001.html"/></rdf:Seq></items>
  </channel>
  <item rdf:about="${base}/zj/2001.html">
    <title>浙江发布集成电路产业扶持新举措</title>
    <link>${base}/zj/2001.html</link>
    <description>集成电路企业可申请流片补贴。</description>
    <dc:date>2024-03-07T10:00:00+08:00</dc:date>
  </item>
</rdf:RDF>`;

export const atom = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>长三角创投观察</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-03-08T12:00:00Z</updated>
  <entry>
    <title>嘉兴科技城光伏初创企业完成亿元融资</title>
    <link href="${base}/news/1001.html?spm=a1.b2&amp;from=timeline"/>
    <id>tag:example.org,2024:1001</id>
    <updated>2024-03-05T00:00:00Z</updated>
    <summary>同一篇报道，经另一个聚合源转载</summary>
  </entry>
  <entry>
    <title>氢能重卡示范线在海盐开通</title>
    <link href="${base}/atom/3001.html"/>
    <id>tag:example.org,2024:3001</id>
    <updated>2024-03-08T12:00:00Z</updated>
    <content type="html">&lt;p&gt;氢能重卡在海盐开通示范线，氢能产业链加速。&lt;/p&gt;</content>
  </entry>
</feed>`;

export const jsonFeed = (base: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '创客空间动态',
    home_page_url: `${base}/`,
    items: [
      {
        id: 'jf-4001',
        url: `${base}/jf/4001.html`,
        title: '嘉兴图书馆创客空间开放日',
        content_html: '<p>数字经济主题沙龙，欢迎初创团队参加。数字经济政策解读。</p>',
        date_published: '2024-03-09T09:00:00+08:00',
        authors: [{ name: '嘉兴图书馆' }],
      },
      { id: 'jf-bad', title: 42 },
    ],
  });

export const malformed = `<?xml version="1.0"?><rss version="2.0"><channel><title>坏的源</title><item><title>未闭合`;
