import { listEntities } from '../../list.js';
import type { QueryResolvers } from '../../../types.generated.js';

export const projects: NonNullable<QueryResolvers['projects']> = (_parent, args, ctx) => listEntities(ctx, 'Project', args);
