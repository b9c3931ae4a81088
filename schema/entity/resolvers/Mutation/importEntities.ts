import { requireRole } from '../../../../domain/account/access.js';
import { ValidationError } from '../../../../lib/errors.js';
import { ImportFileError, importFile } from '../../../../services/entity/bulk-import.js';
import type { ImportKind } from '../../../../services/entity/import-columns.js';
import { decodeUploads, UploadError } from '../../../../services/document/upload.js';
import type { MutationResolvers } from '../../../types.generated.js';

const KIND: Record<string, ImportKind> = { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project', LINK: 'Link' };

export const importEntities: NonNullable<MutationResolvers['importEntities']> = async (_parent, { kind, file, sheet }, ctx) => {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  try {
    const [decoded] = decodeUploads([file]);
    return await importFile(ctx.repos, viewer, KIND[kind]!, { bytes: decoded!.buffer, filename: decoded!.filename, sheet: sheet ?? null });
  } catch (error) {
    if (error instanceof UploadError || error instanceof ImportFileError) throw ValidationError(error.message, { file: file.name });
    throw error;
  }
};
