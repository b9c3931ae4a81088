import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LibraryRecord } from '../../domain/account/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { AppError } from '../../lib/errors.js';

/** The alliance's member libraries, `data/libraries/libraries.json`, validated before loading. */

const LibrariesSchema = z.object({
  version: z.string().min(1),
  note: z.string().optional(),
  libraries: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(2),
        kind: z.enum(['PUBLIC', 'ACADEMIC', 'RESEARCH']),
        region: z.string().regex(/^\d{6}$/),
        confidence: z.enum(['confirmed', 'inferred']),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((l) => l.id)).size === list.length, 'library ids must be unique'),
});

class LibrariesError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export const librariesFile = (projectRoot: string) => path.join(projectRoot, 'data', 'libraries', 'libraries.json');

async function readLibraries(file: string): Promise<LibraryRecord[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new LibrariesError(`${file} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = LibrariesSchema.safeParse(json);
  if (!parsed.success) {
    throw new LibrariesError(
      `${file} is not a valid library list: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data.libraries.map((l) => ({ id: l.id, name: l.name, kind: l.kind, regionCode: l.region, confidence: l.confidence }));
}

/** Writes the member libraries (idempotent: merged by id), linked to their regions. */
export async function loadLibraries(repos: Repositories, file: string): Promise<number> {
  const libraries = await readLibraries(file);
  await repos.graph.writeTx((tx) => repos.libraries.save(tx, libraries));
  return libraries.length;
}
