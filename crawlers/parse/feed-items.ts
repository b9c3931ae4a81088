import { canonicalUrl } from '../identity.js';
import type { NewsDraft } from '../../domain/news/types.js';
import { htmlToText, sanitise } from './sanitize.js';

/** Our normalisation of one feed item, whichever parser read it: a draft, or the reason it is unusable. */

export interface RawFeedItem {
  guid: unknown;
  link: unknown;
  /** A string, or whatever a parser made of an XHTML title. */
  title: unknown;
  html: unknown;
  summary: unknown;
  date: unknown;
  author: unknown;
}

/** Text of a value a parser returned: strings as they are, the text nodes of an object (XHTML), nothing else. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !key.startsWith('@') && !key.startsWith(':@') && key !== 'attributes')
      .map(([, inner]) => textOf(inner))
      .join('');
  }
  return '';
}

const MARKUP = /<\/?[a-z!][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** A title as a reader sees it: escaped markup and entities decoded, whitespace collapsed. */
export function cleanTitle(raw: unknown): string {
  let title = textOf(raw);
  // Escaped markup arrives as text after one round of XML decoding; a second round reads it as HTML.
  for (let round = 0; round < 2 && MARKUP.test(title); round += 1) {
    title = htmlToText(title.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
  }
  return title.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function itemUrl(link: string, guid: string, feedUrl: string): string | null {
  if (link) return canonicalUrl(link, feedUrl);
  if (!guid) return null;
  if (/^(https?:)?\/\//i.test(guid) || guid.startsWith('/')) return canonicalUrl(guid, feedUrl);
  // A guid that is no URL still names the item: keep it, pointing at the feed.
  return `${canonicalUrl(feedUrl)}#guid=${encodeURIComponent(guid)}`;
}

export function toDraft(raw: RawFeedItem, feedUrl: string): NewsDraft | string {
  const title = cleanTitle(raw.title);
  if (!title) return 'no title';
  const link = textOf(raw.link).trim();
  const guid = textOf(raw.guid).trim();
  let url: string | null;
  try {
    url = itemUrl(link, guid, feedUrl);
    if (!url) return `"${title}": no link and no guid`;
    if (!/^https?:/.test(url)) return `"${title}": link is not http(s)`;
  } catch {
    return `"${title}": unreadable link ${JSON.stringify(link || guid)}`;
  }
  const date = textOf(raw.date);
  const published = date ? new Date(date) : null;
  const html = sanitise(textOf(raw.html), url);
  const text = htmlToText(html);
  const summary = textOf(raw.summary);
  return {
    guid: guid || url,
    url,
    title,
    summary: htmlToText(summary || text)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 500),
    text,
    html,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published.toISOString() : null,
    author: textOf(raw.author).trim() || null,
  };
}
