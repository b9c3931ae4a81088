import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const mergeTopics: NonNullable<MutationResolvers['mergeTopics']> = (_parent, { source, target }, ctx) =>
  decide(ctx, target, (by) => ctx.topics.merge(source, target, by));
