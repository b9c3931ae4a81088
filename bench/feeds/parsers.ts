import { Readable } from 'node:stream';
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser';
import FeedParser from 'feedparser';
import { parseFeed as feedsmithParse } from 'feedsmith';
import RssParser from 'rss-parser';
import type { RawFeedItem } from '../../crawlers/parse/feed-items.js';
import { parseFeed as ours } from '../../crawlers/parse/feeds.js';
import type { NewsDraft } from '../../domain/news/types.js';
import { FEED_URL } from '../../crawlers/testing/broken-feeds.js';

/** The candidate parsers behind one shape: feed text in, raw items out (our normalisation comes after). */

/** Raw items for our normalisation, or (the product's own path) finished drafts. */
export type Candidate = (text: string) => Promise<RawFeedItem[] | { drafts: NewsDraft[] }>;

const rssParser = new RssParser();

/** A field deep inside a parser's untyped output, or undefined. */
function at(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const candidates: Record<string, Candidate> = {
  'rss-parser': async (text) => {
    const feed = await rssParser.parseString(text);
    return feed.items.map((item) => ({
      guid: at(item, 'guid') ?? at(item, 'id'),
      link: item.link,
      title: item.title,
      html: at(item, 'content:encoded') ?? item.content ?? item.summary,
      summary: item.contentSnippet ?? item.summary,
      date: item.isoDate ?? item.pubDate,
      author: item.creator ?? at(item, 'author'),
    }));
  },
  '@rowanmanning/feed-parser': (text) => {
    const feed = rowanParse(text);
    return Promise.resolve(
      feed.items.map((item) => ({
        guid: item.id,
        link: item.url,
        title: item.title,
        html: item.content ?? item.description,
        summary: item.description,
        date: item.published?.toISOString(),
        author: item.authors[0]?.name,
      })),
    );
  },
  feedsmith: (text) => {
    const { format, feed } = feedsmithParse(text) as { format: string; feed: unknown };
    const atom = format === 'atom';
    return Promise.resolve(
      list(at(feed, atom ? 'entries' : 'items')).map((item) => {
        const links = list(at(item, 'links'));
        const alternate = links.find((link) => !at(link, 'rel') || at(link, 'rel') === 'alternate') ?? links[0];
        return {
          guid: atom ? at(item, 'id') : (at(item, 'guid', 'value') ?? at(item, 'guid')),
          link: atom ? at(alternate, 'href') : at(item, 'link'),
          title: at(item, 'title'),
          html: atom ? (at(item, 'content') ?? at(item, 'summary')) : (at(item, 'content', 'encoded') ?? at(item, 'description')),
          summary: at(item, 'summary') ?? at(item, 'description'),
          date: at(item, 'published') ?? at(item, 'updated') ?? at(item, 'pubDate'),
          author: at(item, 'authors', 0, 'name') ?? at(item, 'authors', 0),
        };
      }),
    );
  },
  /** The product's path: @rowanmanning/feed-parser, our repair, base64 titles, our normalisation. */
  'hechuang (crawlers/parse/feeds.ts)': async (text) => ({ drafts: (await ours(text, FEED_URL, null)).items }),
  'feedparser (node)': (text) =>
    new Promise((resolve, reject) => {
      const items: RawFeedItem[] = [];
      const parser = new FeedParser({});
      parser.on('error', reject);
      parser.on('readable', () => {
        for (let item = parser.read(); item; item = parser.read())
          items.push({
            guid: item.guid,
            link: item.link,
            title: item.title,
            html: item.description,
            summary: item.summary,
            date: item.date?.toISOString(),
            author: item.author,
          });
      });
      parser.on('end', () => resolve(items));
      Readable.from([text]).pipe(parser);
    }),
};
