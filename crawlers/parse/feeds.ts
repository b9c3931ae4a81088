import { parseFeed as parseXmlFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { NewsDraft } from '../../domain/news/types.js';
import { AppError } from '../../lib/errors.js';
import { toDraft, type RawFeedItem } from './feed-items.js';
import { entityExpansionSize, repairFeedText } from './feed-repair.js';

/**
 * RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed to news drafts; a bad item is reported, never fatal.
 * XML feeds are read by @rowanmanning/feed-parser (chosen over rss-parser, feedsmith and feedparser
 * on `bench/feeds`), after our repair of the text, with our normalisation of each item on top.
 */

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

/** More than this from DOCTYPE entities is an expansion attack, not a feed. */
const MAX_ENTITY_EXPANSION = 1_000_000;

export function looksLikeJsonFeed(text: string, contentType: string | null): boolean {
  if (/(application\/feed\+json|application\/json)/i.test(contentType ?? '')) return true;
  return /^\s*\{/.test(text) && /jsonfeed\.org\/version/.test(text.slice(0, 500));
}

type XmlFeed = ReturnType<typeof parseXmlFeed>;
type XmlItem = XmlFeed['items'][number];

export function parseFeed(text: string, feedUrl: string, contentType: string | null): Promise<FeedParseResult> {
  try {
    return Promise.resolve(looksLikeJsonFeed(text, contentType) ? parseJsonFeed(text, feedUrl) : parseXml(text, feedUrl));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function parseXml(text: string, feedUrl: string): FeedParseResult {
  const repaired = repairFeedText(text);
  if (entityExpansionSize(repaired) > MAX_ENTITY_EXPANSION)
    throw new FeedError('not a readable RSS/Atom feed: its DOCTYPE entities expand too far');
  let feed: XmlFeed;
  try {
    feed = parseXmlFeed(repaired);
  } catch (error) {
    throw new FeedError(`not a readable RSS/Atom feed: ${String((error as Error).message).split('\n')[0]}`);
  }
  const items: NewsDraft[] = [];
  const itemErrors: string[] = [];
  let list: XmlItem[];
  try {
    list = feed.items;
  } catch (error) {
    throw new FeedError(`not a readable RSS/Atom feed: ${(error as Error).message}`);
  }
  for (const [index, item] of list.entries()) collect(index, () => toDraft(rawItem(item), feedUrl), items, itemErrors);
  if (items.length === 0) {
    // Tolerance reads a damaged feed for what it holds; one that is not XML and holds nothing usable is refused.
    const validity = XMLValidator.validate(repaired);
    if (validity !== true) throw new FeedError(`not a readable RSS/Atom feed: ${validity.err.msg} (line ${validity.err.line})`);
  }
  let title: string | null = null;
  try {
    title = feed.title;
  } catch {
    // A feed whose own title is unreadable still has readable items.
  }
  return { title, items, itemErrors };
}

/** One item's draft or its reason, whatever went wrong inside: the isolation the crawl relies on. */
function collect(index: number, read: () => NewsDraft | string, items: NewsDraft[], itemErrors: string[]): void {
  try {
    const result = read();
    if (typeof result === 'string') itemErrors.push(`item ${index + 1}: ${result}`);
    else items.push(result);
  } catch (error) {
    itemErrors.push(`item ${index + 1}: unreadable (${(error as Error).message})`);
  }
}

function rawItem(item: XmlItem): RawFeedItem {
  return {
    guid: item.id,
    link: item.url,
    title: base64Title(item) ?? item.title,
    html: item.content ?? item.description,
    summary: item.description,
    date: item.published?.toISOString() ?? item.updated?.toISOString(),
    author: item.authors[0]?.name,
  };
}

/** Atom 0.3's `<title mode="base64">`, decoded. */
function base64Title(item: XmlItem): string | null {
  const title = item.element.findElementWithName('title');
  if (title?.getAttribute('mode')?.toLowerCase() !== 'base64') return null;
  return Buffer.from(title.textContent.trim(), 'base64').toString('utf8');
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
  for (const [index, raw] of (feed.items as Array<Record<string, unknown> | null>).entries()) {
    collect(
      index,
      () => {
        const authors = Array.isArray(raw?.authors) ? (raw.authors as Array<{ name?: unknown }>) : [];
        return toDraft(
          {
            guid: raw?.id,
            link: raw?.url ?? raw?.external_url,
            // JSON Feed titles are strings; anything else is no title.
            title: typeof raw?.title === 'string' ? raw.title : undefined,
            html: raw?.content_html ?? escapeText(typeof raw?.content_text === 'string' ? raw.content_text : ''),
            summary: raw?.summary ?? raw?.content_text,
            date: raw?.date_published ?? raw?.date_modified,
            author: authors[0]?.name ?? (raw?.author as { name?: unknown } | undefined)?.name,
          },
          feedUrl,
        );
      },
      items,
      itemErrors,
    );
  }
  return { title: typeof feed.title === 'string' ? feed.title : null, items, itemErrors };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
}
