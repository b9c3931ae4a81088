import type { CrawlRunRecord, SourceRecord } from '../../domain/source/model.js';
import type { Connection } from '../../lib/connection.js';

export type { SourceRecord as SourceMapper, CrawlRunRecord as CrawlRunMapper } from '../../domain/source/model.js';
export type SourceConnectionMapper = Connection<SourceRecord>;
export type CrawlRunConnectionMapper = Connection<CrawlRunRecord>;
