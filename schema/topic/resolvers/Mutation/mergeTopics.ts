import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const mergeTopics: NonNullable<MutationResolvers['mergeTopics']> = (_parent, { source, target }, ctx) =>
  decide(ctx, (actor) => ctx.topics.merge(actor, source, target));
