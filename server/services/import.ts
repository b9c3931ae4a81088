import path from 'node:path';
import type { Tx } from '../../graph/driver.js';
import type { EntityType, LinkType } from '../../graph/repositories/curation.js';
import type { Repositories } from '../../graph/repositories/index.js';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../errors.js';
import { createEntity, FIELDS_OF, linkEntities } from './curation.js';

/**
 * Bulk import of people, organisations and projects from CSV with a per-row report. Each
 * row is its own transaction (the entity, its links and their audit entries): a bad row is
 * reported and leaves nothing behind, the others go in. Rows whose entity already exists
 * (same name, alias or 统一社会信用代码) are skipped, so re-running an import is harmless.
 */

export const MAX_IMPORT_ROWS = 10_000;

/** Columns besides the entity's own fields: references resolved to links. */
const LINK_COLUMNS: Record<EntityType, Record<string, { type: LinkType; target: 'Organization' | 'Industry' | 'Region' }>> = {
  Person: { organization: { type: 'MEMBER_OF', target: 'Organization' }, industry: { type: 'IN_INDUSTRY', target: 'Industry' }, region: { type: 'LOCATED_IN', target: 'Region' } },
  Organization: { industry: { type: 'IN_INDUSTRY', target: 'Industry' }, region: { type: 'LOCATED_IN', target: 'Region' } },
  Project: { organization: { type: 'AFFILIATED_WITH', target: 'Organization' }, industry: { type: 'IN_INDUSTRY', target: 'Industry' }, region: { type: 'LOCATED_IN', target: 'Region' } },
};

export interface RowReport {
  /** 1-based line of the row in the file, counting the header as line 1. */
  line: number;
  status: 'CREATED' | 'SKIPPED' | 'FAILED';
  id?: string;
  message?: string;
}

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** Validates the header: every column must be a field of the type, a link column, or `sourceUrl`. */
export function checkHeader(type: EntityType, header: string[]): void {
  const allowed = new Set<string>([...FIELDS_OF[type], ...Object.keys(LINK_COLUMNS[type]), 'sourceUrl']);
  const unknown = header.filter((column) => !allowed.has(column));
  if (unknown.length) throw new ImportFileError(`unknown column(s) ${unknown.join(', ')}; a ${type} file may have ${[...allowed].join(', ')}`);
  if (!header.includes('name')) throw new ImportFileError('the header needs a name column');
}

const splitList = (value: string) => value.split(/[;；、|]/).map((v) => v.trim()).filter(Boolean);

export async function importRows(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  rows: Record<string, string>[],
  file: string,
): Promise<RowReport[]> {
  if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError(`${rows.length} rows; at most ${MAX_IMPORT_ROWS} per file`);
  const importFile = path.basename(file);
  const report: RowReport[] = [];
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    try {
      report.push({ line, ...(await repos.curation.writeTx((tx) => importRow(repos, tx, actor, type, row, importFile))) });
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof ImportRowError)) throw error;
      report.push({ line, status: 'FAILED', message: error.message });
    }
  }
  return report;
}

class ImportRowError extends Error {}

async function importRow(repos: Repositories, tx: Tx, actor: Viewer, type: EntityType, row: Record<string, string>, importFile: string): Promise<Omit<RowReport, 'line'>> {
  const value = (key: string) => (row[key] ?? '').trim();
  const existing = [
    ...(await repos.curation.findByReference(tx, type, value('name'))),
    ...(value('creditCode') ? await repos.curation.findByReference(tx, type, value('creditCode').toUpperCase()) : []),
  ];
  if (value('name') && existing.length > 0) return { status: 'SKIPPED', id: existing[0]!.id, message: `exists as ${existing[0]!.name}` };

  const fields: Record<string, unknown> = {};
  for (const key of FIELDS_OF[type]) {
    const v = value(key);
    if (v === '') continue;
    fields[key] = key === 'aliases' ? splitList(v) : v;
  }
  const created = await createEntity(repos, actor, type, fields, { sourceUrl: value('sourceUrl') || null, importFile }, tx);
  for (const [column, link] of Object.entries(LINK_COLUMNS[type])) {
    for (const reference of splitList(value(column))) {
      let toId = reference;
      if (link.target === 'Organization') {
        const found = await repos.curation.findByReference(tx, 'Organization', reference);
        if (found.length === 0) throw new ImportRowError(`${column}: no organisation ${JSON.stringify(reference)}`);
        if (found.length > 1) throw new ImportRowError(`${column}: ${JSON.stringify(reference)} names several organisations; use its id`);
        toId = found[0]!.id;
      }
      await linkEntities(repos, actor, { fromId: created.id, type: link.type, toId, sourceUrl: value('sourceUrl') || null }, importFile, tx);
    }
  }
  return { status: 'CREATED', id: created.id };
}
