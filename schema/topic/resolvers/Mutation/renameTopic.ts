import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const renameTopic: NonNullable<MutationResolvers['renameTopic']> = (_parent, { id, label }, ctx) =>
  decide(ctx, (actor) => ctx.topics.rename(actor, id, label));
