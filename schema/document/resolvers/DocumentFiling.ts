import { NotFoundError } from '../../../lib/errors.js';
import type { DocumentFilingResolvers } from '../../types.generated.js';

export const DocumentFiling: DocumentFilingResolvers = {
  industry: async (parent, _arg, ctx) =>
    (await ctx.loaders.industryByCode.load(parent.industryCode)) ?? Promise.reject(NotFoundError('Industry', parent.industryCode)),
  decidedBy: (parent) => (parent.decidedBy === 'librarian' ? 'LIBRARIAN' : 'MACHINE'),
};
