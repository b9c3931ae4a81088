import { listEntities } from '../../list.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const people: NonNullable<QueryResolvers['people']> = (_parent, args, ctx) => listEntities(ctx, 'Person', args);
