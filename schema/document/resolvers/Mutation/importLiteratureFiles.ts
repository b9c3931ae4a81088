import { requireRole } from '../../../../domain/account/access.js';
import { importUploadedFiles } from '../../../../services/document/upload.js';
import type { MutationResolvers } from '../../../types.generated.js';

/** Librarians and admins import; the batch records the account's e-mail as who imported it. */
export const importLiteratureFiles: NonNullable<MutationResolvers['importLiteratureFiles']> = async (_parent, { files, database }, ctx) => {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  const account = await ctx.loaders.accountById.load(viewer.id);
  const reports = await importUploadedFiles({ graph: ctx.graph, importBatches: ctx.repos.importBatches, audit: ctx.repos.audit }, files, {
    database: database ?? null,
    importedBy: account?.email ?? viewer.id,
    actor: viewer,
  });
  const jobs = await ctx.repos.importBatches.byIds(reports.map((report) => report.batchId));
  return jobs.filter((job) => job !== null);
};
