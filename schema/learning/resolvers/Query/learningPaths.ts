import { listLearningPaths } from '../../../../services/learning/paths.js';
import { resolveIndustry } from '../../../industry/filters.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const learningPaths: NonNullable<QueryResolvers['learningPaths']> = async (
  _parent,
  { first, after, query, industry, includeDrafts },
  ctx,
) => listLearningPaths(ctx.repos, ctx.viewer, { first, after, query, includeDrafts, industryCode: await resolveIndustry(ctx, industry) });
