export type { NewsRecord as NewsItemMapper, MentionRecord as MentionMapper } from '../../domain/news/types.js';
