/**
 * What a tolerant feed reader does to a feed's text before an XML parser sees it: anything
 * before the first tag goes (a BOM, blank lines, a PHP warning); outside CDATA a bare `&` that
 * starts no entity becomes `&amp;` and an unclosed `<br>`/`<hr>`/`<img>` is closed, as browsers
 * and feedparser read them; an RSS without `<channel>` gets one around its content.
 */

const FIRST_TAG = /<(\?xml|!DOCTYPE|rss|feed|rdf:RDF|RDF|channel)\b/i;
const BARE_AMPERSAND = /&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{0,31};)/gi;
const UNCLOSED_VOID = /<(br|hr|img)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*(?<!\/)>/gi;

export function repairFeedText(text: string): string {
  const start = text.search(FIRST_TAG);
  let body = (start > 0 ? text.slice(start) : text).replace(/^\uFEFF/, '');
  body = body
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;').replace(UNCLOSED_VOID, '<$1$2/>')))
    .join('');
  if (/<rss\b/i.test(body) && !/<channel\b/i.test(body)) {
    body = body.replace(/(<rss\b[^>]*>)/i, '$1<channel>').replace(/<\/rss>\s*$/i, '</channel></rss>');
  }
  return body;
}

/**
 * Characters the DOCTYPE's internal entities would expand to (each declared value × its uses):
 * a feed that would blow up in the parser is refused before it gets there.
 */
export function entityExpansionSize(text: string): number {
  const subset = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text.slice(0, 200_000))?.[1];
  if (!subset) return 0;
  let total = 0;
  for (const [, name, doubleQuoted, singleQuoted] of subset.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const uses = text.split(`&${name};`).length - 1;
    total += (doubleQuoted ?? singleQuoted ?? '').length * uses;
  }
  return total;
}
