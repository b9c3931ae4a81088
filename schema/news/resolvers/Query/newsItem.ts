import type { QueryResolvers } from '../../../types.generated.js';

export const newsItem: NonNullable<QueryResolvers['newsItem']> = (_parent, { id }, ctx) => ctx.loaders.newsById.load(id);
