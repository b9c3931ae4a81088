import { requireRole } from '../../../../domain/account/access.js';
import { createEntity } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const createProject: NonNullable<MutationResolvers['createProject']> = (_parent, { input: { sourceUrl, ...fields } }, ctx) =>
  createEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Project', fields, { sourceUrl });
