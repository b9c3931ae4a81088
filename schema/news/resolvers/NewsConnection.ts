import type { NewsConnectionResolvers } from '../../types.generated.js';

export const NewsConnection: NewsConnectionResolvers = {};
