import { importLiteratureFile, type ImportReport, type ImportStore } from './import.js';
import { AppError } from '../../lib/errors.js';
import type { Viewer } from '../../domain/account/access.js';

/** Literature files sent over the API: checked, decoded from base64, imported one transaction each. */

export interface UploadedLiteratureFile {
  name: string;
  contentBase64: string;
}

export const MAX_UPLOAD_FILES = 20;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export class UploadError extends AppError {
  constructor(
    message: string,
    readonly file: string | null,
  ) {
    super('VALIDATION', message, { file });
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes every file before anything is imported, so one bad upload stops the request up front. */
export function decodeUploads(files: UploadedLiteratureFile[]): { filename: string; buffer: Buffer }[] {
  if (files.length === 0) throw new UploadError('send at least one file', null);
  if (files.length > MAX_UPLOAD_FILES) throw new UploadError(`send at most ${MAX_UPLOAD_FILES} files at once`, null);
  return files.map(({ name, contentBase64 }) => {
    const filename = name.trim().split(/[\\/]/).pop() ?? '';
    if (!filename) throw new UploadError('every file needs a name', name);
    const compact = contentBase64.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new UploadError(`${filename}: contentBase64 is not base64`, filename);
    if ((compact.length / 4) * 3 > MAX_UPLOAD_BYTES + 2)
      throw new UploadError(`${filename}: larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, filename);
    return { filename, buffer: Buffer.from(compact, 'base64') };
  });
}

export async function importUploadedFiles(
  store: ImportStore,
  files: UploadedLiteratureFile[],
  options: { database?: string | null; importedBy?: string | null; actor?: Viewer },
): Promise<ImportReport[]> {
  const decoded = decodeUploads(files);
  const reports: ImportReport[] = [];
  for (const file of decoded) {
    reports.push(
      await importLiteratureFile(store, file, {
        ...(options.database ? { database: options.database } : {}),
        ...(options.importedBy ? { importedBy: options.importedBy } : {}),
        ...(options.actor ? { actor: options.actor } : {}),
      }),
    );
  }
  return reports;
}
