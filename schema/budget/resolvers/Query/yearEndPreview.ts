import { requireRole } from '../../../../domain/account/access.js';
import { previewYearEnd } from '../../../../services/budget/year-end.js';
import type { QueryResolvers } from './../../../types.generated.js';

export const yearEndPreview: NonNullable<QueryResolvers['yearEndPreview']> = (_parent, { fiscalYear }, ctx) =>
  previewYearEnd(ctx.repos, requireRole(ctx, 'ADMIN'), fiscalYear);
