export type { NewsRecord as NewsItemMapper, MentionRecord as MentionMapper } from '../../graph/repositories/news/news.js';
