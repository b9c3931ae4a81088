import { requireRole } from '../../../../domain/account/access.js';
import { NotFoundError } from '../../../../lib/errors.js';
import { correctDocumentFilings } from '../../../../services/industry/filing-corrections.js';
import type { MutationResolvers } from '../../../types.generated.js';

export const fileDocument: NonNullable<MutationResolvers['fileDocument']> = async (_parent, { id, version, industries }, ctx) => {
  const actor = requireRole(ctx, 'LIBRARIAN');
  await correctDocumentFilings(ctx.repos, actor, id, version, industries);
  ctx.loaders.documentFilings.clear(id);
  ctx.loaders.documentFilingVersion.clear(id);
  const document = await ctx.loaders.documentById.load(id);
  if (!document) throw NotFoundError('Document', id);
  return document;
};
