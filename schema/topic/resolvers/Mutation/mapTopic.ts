import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const mapTopic: NonNullable<MutationResolvers['mapTopic']> = (_parent, { id, industry }, ctx) =>
  decide(ctx, id, (by) => ctx.topics.map(id, industry ?? null, by));
