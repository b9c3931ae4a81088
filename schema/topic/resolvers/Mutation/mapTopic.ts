import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const mapTopic: NonNullable<MutationResolvers['mapTopic']> = (_parent, { id, industry }, ctx) =>
  decide(ctx, (actor) => ctx.topics.map(actor, id, industry ?? null));
