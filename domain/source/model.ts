import { LEVEL_NAMES, type LevelName } from '../region/levels.js';

/** The crawler's domain: where content comes from and what is kept of it. */

export type SourceKind = 'rss' | 'atom' | 'jsonfeed' | 'html';
/** A source's level, by the name of its region's level. */
export type SourceLevel = LevelName;
export type ItemType = 'policy' | 'news';

export const SOURCE_KINDS: readonly SourceKind[] = ['rss', 'atom', 'jsonfeed', 'html'];
export const SOURCE_LEVELS: readonly SourceLevel[] = LEVEL_NAMES;

/** CSS selectors of an HTML list + detail site; every detail field is optional. */
export interface HtmlRules {
  /** One element per listed document. */
  listItem: string;
  /** The link inside a list item (default `a`). */
  link?: string;
  /** A date inside a list item (e.g. `span.date`). */
  listDate?: string;
  /** The "next page" link on a list page. */
  nextPage?: string;
  /** How many list pages to follow (default 1). */
  maxPages?: number;
  detail?: {
    title?: string;
    content?: string;
    /** An element holding the metadata table (发文字号, 成文日期…) as label/value text. */
    meta?: string;
    documentNumber?: string;
    issuer?: string;
    writtenDate?: string;
    publishedDate?: string;
    category?: string;
  };
}

export interface SourceHealth {
  etag: string | null;
  lastModified: string | null;
  errorCount: number;
  lastError: string | null;
  lastCheckedAt: string | null;
  nextCheckAt: string | null;
  disabledReason: string | null;
}

export interface SourceInput {
  id: string;
  name: string;
  kind: SourceKind;
  url: string;
  itemType: ItemType;
  regionCode: string;
  level: SourceLevel;
  industries: string[];
  /** A cron expression (node-cron, 5 or 6 fields). */
  schedule: string;
  rules: HtmlRules | null;
  enabled: boolean;
  /** What the source covers, in a sentence, for librarians. */
  covers: string;
  verified: boolean;
}

export interface SourceRecord extends SourceInput, SourceHealth {
  createdAt: string;
}

export interface CrawlCounts {
  fetched: number;
  new: number;
  updated: number;
  unchanged: number;
  errors: number;
}

export interface CrawlRunRecord extends CrawlCounts {
  id: string;
  sourceId: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'partial' | 'failed' | 'skipped';
  messages: string[];
}
