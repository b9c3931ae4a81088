import { requireRole } from '../../../../domain/account/access.js';
import { AppError } from '../../../../lib/errors.js';
import { ImportFileError, importFile } from '../../../../services/entity/bulk-import.js';
import type { ImportKind } from '../../../../services/entity/import-columns.js';
import { decodeUploads } from '../../../../services/document/upload.js';
import type { MutationResolvers } from '../../../types.generated.js';

const KIND: Record<string, ImportKind> = { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project', LINK: 'Link' };

export const importEntities: NonNullable<MutationResolvers['importEntities']> = async (_parent, { kind, file, sheet }, ctx) => {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  const [decoded] = decodeUploads([file]);
  try {
    return await importFile(ctx.repos, viewer, KIND[kind]!, { bytes: decoded!.buffer, filename: decoded!.filename, sheet: sheet ?? null });
  } catch (error) {
    // The import names the file it could not read in its message; the client gets it as a field too.
    if (error instanceof ImportFileError) throw new AppError('VALIDATION', error.message, { file: file.name });
    throw error;
  }
};
