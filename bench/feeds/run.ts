import { decodeBody } from '../../crawlers/fetch/charset.js';
import { toDraft } from '../../crawlers/parse/feed-items.js';
import { repairFeedText } from '../../crawlers/parse/feed-repair.js';
import { brokenFeeds, FEED_URL } from '../../crawlers/testing/broken-feeds.js';
import { writeResults } from '../lib/report.js';
import { candidates, type Candidate } from './parsers.js';

/**
 * `npm run bench:feeds`: every candidate parser on the corpus of broken real-shaped feeds
 * (`crawlers/testing/broken-feeds.ts`), with our decoding before and our normalisation after,
 * with and without our repair of the text (junk before the first tag, bare ampersands).
 */

interface Score {
  feedsRead: number;
  feedsRight: number;
  itemsRight: number;
  failures: string[];
}

async function score(parse: Candidate, repair: boolean): Promise<Score> {
  const result: Score = { feedsRead: 0, feedsRight: 0, itemsRight: 0, failures: [] };
  for (const feed of brokenFeeds) {
    const { text } = decodeBody(feed.body, feed.contentType);
    let raw;
    try {
      raw = await parse(repair ? repairFeedText(text) : text);
      result.feedsRead += 1;
    } catch (error) {
      result.failures.push(`${feed.name}: threw ${String((error as Error).message).split('\n')[0]}`);
      continue;
    }
    const got =
      'drafts' in raw
        ? raw.drafts
        : raw.map((item) => {
            try {
              return toDraft(item, FEED_URL);
            } catch (error) {
              return `threw ${(error as Error).message}`;
            }
          });
    const drafts = got.flatMap((draft) => (typeof draft === 'string' ? [] : [`${draft.title} ${draft.url}`]));
    const wanted = feed.expected.map((item) => `${item.title} ${item.url}`);
    const right = wanted.filter((item) => drafts.includes(item)).length;
    result.itemsRight += right;
    if (right === wanted.length && drafts.length === wanted.length) result.feedsRight += 1;
    else result.failures.push(`${feed.name}: got ${JSON.stringify(drafts)}`);
  }
  return result;
}

const totalItems = brokenFeeds.reduce((sum, feed) => sum + feed.expected.length, 0);
const rows: Record<string, string | number>[] = [];
const details: Record<string, Score> = {};
for (const [name, parse] of Object.entries(candidates)) {
  for (const repair of name.startsWith('hechuang') ? [false] : [false, true]) {
    const s = await score(parse, repair);
    const label = `${name}${repair ? ' + repair' : ''}`;
    details[label] = s;
    rows.push({
      parser: label,
      'feeds read': `${s.feedsRead}/${brokenFeeds.length}`,
      'feeds right': `${s.feedsRight}/${brokenFeeds.length}`,
      'items right': `${s.itemsRight}/${totalItems}`,
    });
  }
}
if (process.argv.includes('--verbose')) for (const [label, s] of Object.entries(details)) console.log(label, s.failures);
writeResults('feeds', { corpus: brokenFeeds.map((f) => ({ name: f.name, flaw: f.flaw })), results: details }, rows);
