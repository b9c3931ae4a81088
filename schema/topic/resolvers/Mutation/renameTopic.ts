import { decide } from '../../decisions.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const renameTopic: NonNullable<MutationResolvers['renameTopic']> = (_parent, { id, label }, ctx) =>
  decide(ctx, id, (by) => ctx.topics.rename(id, label, by));
