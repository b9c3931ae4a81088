import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const splitTopic: NonNullable<MutationResolvers['splitTopic']> = (_parent, { id, documentIds, label }, ctx) =>
  decide(ctx, (actor) => ctx.topics.split(actor, id, [...documentIds], label));
