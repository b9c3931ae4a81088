import { listEntities } from '../../list.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const organizations: NonNullable<QueryResolvers['organizations']> = (_parent, args, ctx) => listEntities(ctx, 'Organization', args);
