/** Pages shaped like the 政策文件 section of 嘉兴市人民政府 (www.jiaxing.gov.cn): GB2312 list + detail. */

export interface ListEntry {
  href: string;
  title: string;
  date: string;
}

export function listPage(entries: ListEntry[], nextHref: string | null, pageNumber: number): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>政策文件_嘉兴市人民政府</title>
<script type="text/javascript" src="/script/0/jquery.js"></script>
</head><body>
<div class="top"><a href="/">嘉兴市人民政府</a> &gt; <a href="/col/col1229426/">政府信息公开</a> &gt; 政策文件</div>
<div class="zfxxgk_zdgkc">
  <ul>
${entries.map((e) => `    <li><a href="${e.href}" title="${e.title}" target="_blank">${e.title.length > 24 ? `${e.title.slice(0, 24)}...` : e.title}</a><b>${e.date}</b></li>`).join('\n')}
  </ul>
</div>
<div class="page">共2页 第${pageNumber}页 ${nextHref ? `<a href="${nextHref}">下一页</a>` : '<span>下一页</span>'}</div>
<div class="footer">主办：嘉兴市人民政府办公室 浙ICP备05006458号</div>
</body></html>`;
}

export interface DetailFields {
  title: string;
  documentNumber: string;
  issuer: string;
  writtenDate: string;
  publishedDate: string;
  validity: string;
  category: string;
  paragraphs: string[];
  attachments?: Array<{ href: string; name: string }>;
  signatureDate: string;
}

export function detailPage(f: DetailFields): string {
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${f.title}</title>
<style>.xxgk_table td{border:1px solid #ccc}</style>
</head><body>
<div class="top">嘉兴市人民政府</div>
<table class="xxgk_table" width="100%">
  <tr><td>索引号：</td><td>002576532/2024-02-00012</td><td>主题分类：</td><td>${f.category}</td></tr>
  <tr><td>发布机构：</td><td>${f.issuer}</td><td>成文日期：</td><td>${f.writtenDate}</td></tr>
  <tr><td>文号：</td><td>${f.documentNumber}</td><td>发布日期：</td><td>${f.publishedDate}</td></tr>
  <tr><td>有效性：</td><td>${f.validity}</td><td></td><td></td></tr>
</table>
<div class="article">
  <h1 class="title">${f.title}</h1>
  <div id="zoom">
${f.paragraphs.map((p) => `    <p style="text-indent:2em" onclick="track()">${p}</p>`).join('\n')}
${(f.attachments ?? []).map((a) => `    <p>附件：<a href="${a.href}">${a.name}</a></p>`).join('\n')}
    <p style="text-align:right">${f.issuer}</p>
    <p style="text-align:right">${f.signatureDate}</p>
    <script>document.write('<img src="/stat.gif">')</script>
  </div>
</div>
<div class="footer">嘉兴市人民政府办公室主办</div>
</body></html>`;
}

/** A page without a metadata table and without site rules: Readability has to find the text. */
export function plainArticlePage(title: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="gbk"><title>${title}_海宁市人民政府</title></head><body>
<div id="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div id="main"><div class="content"><h2>${title}</h2>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div id="side"><ul><li><a href="/a">友情链接</a></li></ul></div>
<div id="foot">版权所有：海宁市人民政府</div></body></html>`;
}
