import Parser from 'rss-parser';
import { canonicalUrl } from '../identity.js';
import type { NewsDraft } from '../../domain/news/types.js';
import { htmlToText, sanitise } from './sanitize.js';
import { AppError } from '../../lib/errors.js';

/** RSS 0.9x/1.0/2.0, Atom and JSON Feed to news drafts; bad items are reported, not fatal. */

export interface FeedParseResult {
  title: string | null;
  items: NewsDraft[];
  /** One line per item that was skipped, and why. */
  itemErrors: string[];
}

export class FeedError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

const parser = new Parser();

export function looksLikeJsonFeed(text: string, contentType: string | null): boolean {
  if (/(application\/feed\+json|application\/json)/i.test(contentType ?? '')) return true;
  return /^\s*\{/.test(text) && /jsonfeed\.org\/version/.test(text.slice(0, 500));
}

export async function parseFeed(text: string, feedUrl: string, contentType: string | null): Promise<FeedParseResult> {
  if (looksLikeJsonFeed(text, contentType)) return parseJsonFeed(text, feedUrl);
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(text);
  } catch (error) {
    throw new FeedError(`not a readable RSS/Atom feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const items: NewsDraft[] = [];
  const itemErrors: string[] = [];
  for (const [index, item] of (feed.items ?? []).entries()) {
    const html = String(item['content:encoded'] ?? item.content ?? item.summary ?? '');
    const result = toDraft(
      {
        guid: typeof item.guid === 'string' ? item.guid : (item.id as string | undefined),
        link: item.link,
        title: item.title,
        html,
        summary: item.contentSnippet ?? item.summary,
        date: item.isoDate ?? item.pubDate,
        author: item.creator ?? (item.author as string | undefined),
      },
      feedUrl,
    );
    if (typeof result === 'string') itemErrors.push(`item ${index + 1}: ${result}`);
    else items.push(result);
  }
  return { title: feed.title ?? null, items, itemErrors };
}

function parseJsonFeed(text: string, feedUrl: string): FeedParseResult {
  let feed: { version?: unknown; title?: unknown; items?: unknown };
  try {
    feed = JSON.parse(text) as typeof feed;
  } catch (error) {
    throw new FeedError(`not valid JSON Feed: ${(error as Error).message}`);
  }
  if (typeof feed.version !== 'string' || !feed.version.includes('jsonfeed.org') || !Array.isArray(feed.items)) {
    throw new FeedError('not a JSON Feed: expected "version" (https://jsonfeed.org/version/1.1) and "items"');
  }
  const items: NewsDraft[] = [];
  const itemErrors: string[] = [];
  for (const [index, raw] of (feed.items as Array<Record<string, unknown>>).entries()) {
    const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const authors = Array.isArray(raw?.authors) ? (raw.authors as Array<{ name?: string }>) : [];
    const result = toDraft(
      {
        guid: str(raw?.id) ?? (typeof raw?.id === 'number' ? String(raw.id) : undefined),
        link: str(raw?.url) ?? str(raw?.external_url),
        title: str(raw?.title),
        html: str(raw?.content_html) ?? escapeText(str(raw?.content_text) ?? ''),
        summary: str(raw?.summary) ?? str(raw?.content_text),
        date: str(raw?.date_published) ?? str(raw?.date_modified),
        author: authors[0]?.name ?? (raw?.author as { name?: string } | undefined)?.name,
      },
      feedUrl,
    );
    if (typeof result === 'string') itemErrors.push(`item ${index + 1}: ${result}`);
    else items.push(result);
  }
  return { title: typeof feed.title === 'string' ? feed.title : null, items, itemErrors };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
}

interface RawItem {
  guid: string | undefined;
  link: string | undefined;
  title: string | undefined;
  html: string;
  summary: string | undefined;
  date: string | undefined;
  author: string | undefined;
}

/** A draft, or the reason the item is unusable. */
function toDraft(raw: RawItem, feedUrl: string): NewsDraft | string {
  const title = (raw.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) return 'no title';
  let url: string;
  try {
    if (!raw.link) return `"${title}": no link`;
    url = canonicalUrl(raw.link.trim(), feedUrl);
    if (!/^https?:/.test(url)) return `"${title}": link is not http(s)`;
  } catch {
    return `"${title}": unreadable link ${JSON.stringify(raw.link)}`;
  }
  const published = raw.date ? new Date(raw.date) : null;
  const html = sanitise(raw.html, url);
  const text = htmlToText(html);
  return {
    guid: (raw.guid ?? '').trim() || url,
    url,
    title,
    summary: (raw.summary ?? text).replace(/\s+/g, ' ').trim().slice(0, 500),
    text,
    html,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published.toISOString() : null,
    author: raw.author?.trim() || null,
  };
}
