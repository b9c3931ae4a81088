import type { Connection } from '../../lib/connection.js';
import type { NewsRecord } from '../../domain/news/types.js';

export type { NewsRecord as NewsItemMapper, MentionRecord as MentionMapper } from '../../domain/news/types.js';
export type NewsConnectionMapper = Connection<NewsRecord>;
