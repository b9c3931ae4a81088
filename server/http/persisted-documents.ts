import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLParams } from 'graphql-yoga';

/**
 * The web client's operations, written by codegen's client preset
 * (web/src/gql/persisted-documents.json, keys "sha256:<hex>"). The web sends only the hash
 * (APQ-style `extensions.persistedQuery.sha256Hash`); when arbitrary documents are off, these
 * are the only operations the server runs.
 */
export type PersistedDocuments = ReadonlyMap<string, string>;

export const persistedDocumentsFile = (projectRoot: string) => path.join(projectRoot, 'web', 'src', 'gql', 'persisted-documents.json');

export function loadPersistedDocuments(file: string): PersistedDocuments {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw).map(([key, document]) => [key.replace(/^sha256:/, ''), document]));
}

export function persistedDocumentId(params: GraphQLParams): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted?.version !== 1 || typeof persisted.sha256Hash !== 'string') return null;
  return persisted.sha256Hash.replace(/^sha256:/, '');
}
