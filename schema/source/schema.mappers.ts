export type { SourceRecord as SourceMapper, CrawlRunRecord as CrawlRunMapper } from '../../domain/source/model.js';
