import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const splitTopic: NonNullable<MutationResolvers['splitTopic']> = (_parent, { id, documentIds, label }, ctx) =>
  decide(ctx, id, (by) => ctx.topics.split(id, [...documentIds], label, by));
