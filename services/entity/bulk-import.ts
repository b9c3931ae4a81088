import path from 'node:path';
import type { Tx } from '../../graph/driver.js';
import { LINK_RULES, type LinkType, type LinkSourceKind, type TargetKind } from '../../domain/entity/links.js';
import { type EntityType } from '../../domain/entity/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { readTable, SpreadsheetError } from '../../lib/tables/read.js';
import type { Viewer } from '../../domain/account/access.js';
import { AppError } from '../../lib/errors.js';
import { createEntityIn } from './entities.js';
import { linkIn } from './links.js';
import { FIELDS_OF } from './validation.js';
import { canonicalHeader, canonicalValue, IMPORT_COLUMNS, LINK_COLUMNS, type ImportKind } from './import-columns.js';

/**
 * Bulk import of people, organisations, projects and their relationships from CSV or .xlsx
 * with a per-row report. Each row is its own transaction (the entity or link, with its audit
 * entries): a bad row is reported and leaves nothing behind, the others go in. Rows whose
 * entity already exists (same id, name, alias or 统一社会信用代码) are skipped, so re-running
 * an import is harmless; a link that already exists is refreshed, not doubled.
 */

const MAX_IMPORT_ROWS = 10_000;

interface RowReport {
  /** CSV: 1-based line where the row ends (the header is line 1); .xlsx: the row number. */
  line: number;
  status: 'CREATED' | 'LINKED' | 'SKIPPED' | 'FAILED';
  id?: string;
  message?: string;
}

export interface FileImportReport {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheet: string | null;
  rows: RowReport[];
}

/** The whole file is refused (unreadable, wrong columns, too many rows): nothing was imported. */
export class ImportFileError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

class ImportRowError extends Error {}

interface ImportRow {
  line: number;
  values: Record<string, string>;
}

/** Validates the header (already in canonical names): every column must be one the kind reads. */
function checkHeader(kind: ImportKind, header: string[]): void {
  const allowed = IMPORT_COLUMNS[kind];
  const unknown = header.filter((column) => !allowed.includes(column));
  if (unknown.length) throw new ImportFileError(`unknown column(s) ${unknown.join(', ')}; a ${kind} file may have ${allowed.join(', ')}`);
  const needed = kind === 'Link' ? ['from', 'type', 'to'] : ['name'];
  const missing = needed.filter((column) => !header.includes(column));
  if (missing.length) throw new ImportFileError(`the header needs ${missing.join(', ')} column(s)`);
  const repeated = header.filter((column, i) => header.indexOf(column) !== i);
  if (repeated.length) throw new ImportFileError(`column(s) given twice: ${[...new Set(repeated)].join(', ')}`);
}

/** Reads a CSV or .xlsx file (first sheet, or `sheet`) into checked rows; refuses the whole file on any file-level problem. */
export async function readImportFile(kind: ImportKind, file: { bytes: Uint8Array; filename: string; sheet?: string | null }) {
  let table;
  try {
    table = await readTable(file.bytes, file.filename, { sheet: file.sheet ?? null, maxRows: MAX_IMPORT_ROWS });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new ImportFileError(`${file.filename}: ${error.message}`);
    throw error;
  }
  // Spreadsheets often carry formatted but empty cells after the last column.
  const written = [...table.header];
  while (written.length > 0 && written.at(-1) === '') written.pop();
  const unnamed = written.findIndex((column) => column === '');
  if (unnamed >= 0) throw new ImportFileError(`column ${unnamed + 1} of the header has no name`);
  const header = written.map((column) => canonicalHeader(kind, column));
  checkHeader(kind, header);
  if (table.rows.length > MAX_IMPORT_ROWS) throw new ImportFileError(`${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} per file`);
  const rows: ImportRow[] = table.rows.map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(header.map((column, i) => [column, canonicalValue(column, cells[i] ?? '')])),
  }));
  return { format: table.format, sheet: table.sheet, rows };
}

/** The service both the CLI and the GraphQL mutation call: read, check, import row by row. */
export async function importFile(
  repos: Repositories,
  actor: Viewer,
  kind: ImportKind,
  file: { bytes: Uint8Array; filename: string; sheet?: string | null },
): Promise<FileImportReport> {
  const { format, sheet, rows } = await readImportFile(kind, file);
  const fileName = path.basename(file.filename);
  const report =
    kind === 'Link' ? await importLinkRows(repos, actor, rows, fileName) : await importRows(repos, actor, kind, rows, fileName);
  return { fileName, format, sheet, rows: report };
}

async function eachRowInItsOwnTransaction(
  repos: Repositories,
  rows: ImportRow[],
  work: (tx: Tx, values: Record<string, string>) => Promise<Omit<RowReport, 'line'>>,
): Promise<RowReport[]> {
  const report: RowReport[] = [];
  for (const { line, values } of rows) {
    try {
      report.push({ line, ...(await repos.graph.writeTx((tx) => work(tx, values))) });
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof ImportRowError)) throw error;
      report.push({ line, status: 'FAILED', message: error.message });
    }
  }
  return report;
}

const splitList = (value: string) =>
  value
    .split(/[;；、|]/)
    .map((v) => v.trim())
    .filter(Boolean);

function importRows(repos: Repositories, actor: Viewer, type: EntityType, rows: ImportRow[], importFile: string): Promise<RowReport[]> {
  return eachRowInItsOwnTransaction(repos, rows, (tx, row) => importEntityRow(repos, tx, actor, type, row, importFile));
}

async function importEntityRow(
  repos: Repositories,
  tx: Tx,
  actor: Viewer,
  type: EntityType,
  row: Record<string, string>,
  importFile: string,
): Promise<Omit<RowReport, 'line'>> {
  const value = (key: string) => (row[key] ?? '').trim();
  if (/^(true|1|yes|是)$/i.test(value('deleted'))) return { status: 'SKIPPED', message: 'marked deleted in the file; not imported' };
  const existing = [
    ...(value('id') ? await repos.entities.findByReference(tx, type, value('id')) : []),
    ...(value('name') ? await repos.entities.findByReference(tx, type, value('name')) : []),
    ...(value('creditCode') ? await repos.entities.findByReference(tx, type, value('creditCode').toUpperCase()) : []),
  ];
  if (value('name') && existing.length > 0) return { status: 'SKIPPED', id: existing[0]!.id, message: `exists as ${existing[0]!.name}` };

  const fields: Record<string, unknown> = {};
  for (const key of FIELDS_OF[type]) {
    const v = value(key);
    if (v === '') continue;
    fields[key] = key === 'aliases' ? splitList(v) : v;
  }
  const created = await createEntityIn(repos, tx, actor, type, fields, { sourceUrl: value('sourceUrl') || null, importFile });
  for (const [column, link] of Object.entries(LINK_COLUMNS[type])) {
    for (const reference of splitList(value(column))) {
      const toId = (await resolveOne(repos, tx, [link.target], reference, column)).key;
      await linkIn(repos, tx, actor, { fromId: created.id, type: link.type, toId, sourceUrl: value('sourceUrl') || null }, importFile);
    }
  }
  return { status: 'CREATED', id: created.id };
}

/** The one live node of the given kinds a reference names; a row error when none or several. */
async function resolveOne(
  repos: Repositories,
  tx: Tx,
  kinds: readonly (TargetKind | LinkSourceKind)[],
  reference: string,
  column: string,
): Promise<{ key: string; label: string }> {
  const found = [];
  for (const kind of kinds) found.push(...(await repos.links.findTargets(tx, kind, reference)));
  const distinct = [...new Map(found.map((f) => [f.key, f])).values()];
  const what = kinds.join(' or ');
  if (distinct.length === 0) throw new ImportRowError(`${column}: no ${what} ${JSON.stringify(reference)}`);
  if (distinct.length > 1)
    throw new ImportRowError(`${column}: ${JSON.stringify(reference)} names several (${distinct.map((d) => d.key).join(', ')}); use an id`);
  return distinct[0]!;
}

function importLinkRows(repos: Repositories, actor: Viewer, rows: ImportRow[], importFile: string): Promise<RowReport[]> {
  return eachRowInItsOwnTransaction(repos, rows, async (tx, row) => {
    const type = row.type as LinkType;
    const rule = (LINK_RULES as Record<string, (typeof LINK_RULES)[LinkType] | undefined>)[type];
    if (!rule)
      throw new ImportRowError(`type: ${JSON.stringify(row.type)} is not a relationship; one of ${Object.keys(LINK_RULES).join(', ')}`);
    const from = await resolveOne(repos, tx, rule.from, (row.from ?? '').trim(), 'from');
    const to = await resolveOne(repos, tx, rule.to, (row.to ?? '').trim(), 'to');
    await linkIn(repos, tx, actor, { fromId: from.key, type, toId: to.key, sourceUrl: row.sourceUrl || null }, importFile);
    return { status: 'LINKED', id: from.key, message: `${from.label} -${type}-> ${to.label}` };
  });
}
