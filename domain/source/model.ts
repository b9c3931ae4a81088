/** The crawler's domain: where content comes from and what is kept of it. */

export type SourceKind = 'rss' | 'atom' | 'jsonfeed' | 'html';
export type SourceLevel = '国家' | '浙江省' | '嘉兴市' | '区县';
export type ItemType = 'policy' | 'news';
export type Validity = '有效' | '废止' | '失效';

export const SOURCE_KINDS: readonly SourceKind[] = ['rss', 'atom', 'jsonfeed', 'html'];
export const SOURCE_LEVELS: readonly SourceLevel[] = ['国家', '浙江省', '嘉兴市', '区县'];

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

export interface Attachment {
  url: string;
  name: string;
  format: string;
}

/** Policy fields as extracted from one detail page. */
export interface PolicyDraft {
  url: string;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  validity: Validity | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  category: string | null;
  text: string;
  html: string;
  attachments: Attachment[];
  /** 发文字号 of policies this one repeals, replaces or amends, as found in the text. */
  relations: PolicyRelation[];
}

export type PolicyRelationKind = 'REPEALS' | 'REPLACES' | 'AMENDS';

export interface PolicyRelation {
  kind: PolicyRelationKind;
  /** 发文字号 or 《title》 of the other policy. */
  documentNumber: string | null;
  title: string | null;
}

export interface NewsDraft {
  guid: string;
  url: string;
  title: string;
  summary: string;
  text: string;
  html: string;
  publishedAt: string | null;
  author: string | null;
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
