import type { QueryResolvers } from '../../../types.generated.js';

export const topicReviewQueue: NonNullable<QueryResolvers['topicReviewQueue']> = (_parent, _arg, ctx) =>
  ctx.repos.topics.list({ status: 'REVIEW', includeOutliers: false });
