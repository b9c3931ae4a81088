import { requireRole } from '../../../../domain/account/access.js';
import { createEntity } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const createPerson: NonNullable<MutationResolvers['createPerson']> = (_parent, { input: { sourceUrl, ...fields } }, ctx) =>
  createEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Person', fields, { sourceUrl });
