import type { CrawlRunRecord, SourceRecord } from '../../domain/source/model.js';
import { runKeys } from '../../graph/repositories/source/crawl-runs.js';
import { decodeKeysetCursor, keysetConnection, type Connection } from '../../lib/connection.js';

/** Sources page by id; runs latest first, by start time and id, in `crawlRuns` and `Source.runs` alike. */

export const sourceConnection = (items: SourceRecord[], hasNextPage: boolean, totalCount: number): Connection<SourceRecord> =>
  keysetConnection(items, hasNextPage, (source) => [source.id], totalCount);

export const sourceAfter = (after: string | null | undefined): string | null => decodeKeysetCursor(after, 1)?.[0] ?? null;

export const runConnection = (items: CrawlRunRecord[], hasNextPage: boolean): Connection<CrawlRunRecord> =>
  keysetConnection(items, hasNextPage, runKeys);

export function runAfter(after: string | null | undefined): { startedAt: string; id: string } | null {
  const keys = decodeKeysetCursor(after, 2);
  return keys ? { startedAt: keys[0]!, id: keys[1]! } : null;
}
