import { requireRole } from '../../../../domain/account/access.js';
import { createEntity } from '../../../../services/entity/entities.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const createOrganization: NonNullable<MutationResolvers['createOrganization']> = (
  _parent,
  { input: { sourceUrl, ...fields } },
  ctx,
) => createEntity(ctx.repos, requireRole(ctx, 'LIBRARIAN'), 'Organization', fields, { sourceUrl });
