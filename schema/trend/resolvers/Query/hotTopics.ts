import { resolveIndustry } from '../../../industry/filters.js';
import { hotTopicsOf } from '../../window.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const hotTopics: NonNullable<QueryResolvers['hotTopics']> = async (_parent, { industry, window, limit, source }, ctx) =>
  hotTopicsOf(ctx, await resolveIndustry(ctx, industry), window, limit, source);
