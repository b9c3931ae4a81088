import type { RequestContext } from '../../../../server/context.js';
import { ForbiddenError, ValidationError } from '../../../../server/errors.js';
import { importUploadedFiles, UploadError } from '../../../../server/services/literature-upload.js';
import type { MutationResolvers } from './../../../types.generated.js';

/**
 * MERGE: replace with the role check of the auth work (requireRole(ctx, 'LIBRARIAN')) and
 * return the librarian's name as `importedBy`. Until then nobody may import over the API.
 */
function requireLibrarian(_ctx: RequestContext): { importedBy: string } {
  throw ForbiddenError('Importing literature is for librarians; sign-in is not available in this build, use `hechuang topics import`');
}

export const importLiteratureFiles: NonNullable<MutationResolvers['importLiteratureFiles']> = async (_parent, { files, database }, ctx) => {
  const { importedBy } = requireLibrarian(ctx);
  try {
    const reports = await importUploadedFiles(ctx.repos.documents, files, { database: database ?? null, importedBy });
    const jobs = await ctx.repos.documents.batchesByIds(reports.map((report) => report.batchId));
    return jobs.filter((job) => job !== null);
  } catch (error) {
    if (error instanceof UploadError) throw ValidationError(error.message, { file: error.file });
    throw error;
  }
};
