export type { PolicyRecord as PolicyMapper, PolicyRevisionRecord as PolicyRevisionMapper, PolicyLink as PolicyLinkMapper } from '../../graph/repositories/policy.js';
export type { NewsRecord as NewsItemMapper, MentionRecord as MentionMapper } from '../../graph/repositories/news.js';
export type { SourceRecord as SourceMapper, CrawlRunRecord as CrawlRunMapper } from '../../crawlers/model.js';
