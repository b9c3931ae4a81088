import { Readable } from 'node:stream';
import type { DocumentExportScope, DocumentFilter, DocumentRecord } from '../../domain/document/types.js';
import type { EntityRecord, EntityType } from '../../domain/entity/types.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { policyKeys, type PolicyKeys } from '../../graph/repositories/policy/policies.js';
import { type PolicyFilter } from '../../domain/policy/types.js';
import { CSV_BOM, csvLine } from '../../lib/tables/csv.js';
import { xlsxStream } from '../../lib/tables/xlsx-write.js';
import { DOCUMENT_WRITERS, type DocumentExportFormat } from '../../topics/export/formats.js';
import { InvalidSearchQuery, searchDocuments, type SemanticDocumentSearch } from '../document/search.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { IMPORT_COLUMNS, LINK_COLUMNS } from '../entity/import-columns.js';

/**
 * Exports, shared by the `/export/…` download routes and `hechuang export`: documents as RIS,
 * BibTeX or CSV; people, organisations and projects as CSV or .xlsx in the columns the bulk
 * import reads; policies as CSV. Everything a request names is checked before the first
 * byte (an unknown topic is NOT_FOUND, not an empty file); then rows are read page by page
 * as the body is consumed, so no export is ever held whole in memory.
 */

export interface ExportFile {
  /** A file name for people (may hold Chinese); `asciiName` is the fallback for old clients. */
  filename: string;
  asciiName: string;
  contentType: string;
  body: Readable;
}

export interface ExportAccess {
  /** Staff only: soft-deleted people, organisations and projects too. */
  includeDeleted: boolean;
  /** Most rows written; null for no limit (the operator CLI). */
  maxRows: number | null;
}

export interface DocumentExportRequest {
  format: DocumentExportFormat;
  topic?: string | null;
  industry?: string | null;
  /** A `searchDocuments` query: its best hits, at most SEARCH_EXPORT_MAX. */
  query?: string | null;
  importJob?: string | null;
  /** Inside an industry's library (or any scope): published in this year, in this journal. */
  year?: number | null;
  journal?: string | null;
}

export interface EntityExportRequest {
  type: EntityType;
  format: 'csv' | 'xlsx';
  industry?: string | null;
  region?: string | null;
  organization?: string | null;
}

export interface PolicyExportRequest {
  format: 'csv';
  filter: PolicyFilter;
}

const PAGE = 500;
export const SEARCH_EXPORT_MAX = 1000;

const within = (maxRows: number | null, wanted: number) => (maxRows === null ? wanted : Math.min(maxRows, wanted));

async function* capped<T>(rows: AsyncIterable<T> | Iterable<T>, maxRows: number | null): AsyncGenerator<T> {
  let written = 0;
  for await (const row of rows) {
    if (maxRows !== null && written >= maxRows) return;
    written += 1;
    yield row;
  }
}

/** Keyset pages of `fetch`, one after another. */
async function* paged<T>(fetch: (after: T | null, limit: number) => Promise<T[]>, limit = PAGE): AsyncGenerator<T> {
  let after: T | null = null;
  for (;;) {
    const page = await fetch(after, limit);
    yield* page;
    if (page.length < limit) return;
    after = page[page.length - 1]!;
  }
}

function textBody(start: string, lines: AsyncIterable<string>): Readable {
  return Readable.from(
    (async function* () {
      if (start) yield start;
      yield* lines;
    })(),
    { objectMode: false },
  );
}

async function* mapRows<T, U>(rows: AsyncIterable<T> | Iterable<T>, map: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield map(row);
}

const safeName = (text: string) =>
  text
    .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
    .trim()
    .slice(0, 80);

export async function exportDocuments(
  repos: Repositories,
  request: DocumentExportRequest,
  access: ExportAccess,
  semantic?: SemanticDocumentSearch,
): Promise<ExportFile> {
  const writer = DOCUMENT_WRITERS[request.format];
  if (!writer) throw ValidationError('format: expected ris, bibtex or csv', { field: 'format' });
  // An industry and a topic narrow a search (inside a library); otherwise the scopes exclude each other.
  const given = (['topic', 'query', 'importJob'] as const).filter((key) => request[key]);
  if (given.length > 1 && !(given.length === 2 && request.topic && request.query))
    throw ValidationError(`give one of topic, industry, query or importJob, not ${given.join(' and ')}`);
  if (request.year != null && !Number.isSafeInteger(request.year))
    throw ValidationError('year: expected a whole number', { field: 'year' });
  const filter: DocumentFilter = { yearFrom: request.year ?? null, yearTo: request.year ?? null, journal: request.journal ?? null };
  const labels: string[] = [];
  if (request.industry) {
    const [industry] = await repos.industries.byCodes([request.industry]);
    if (!industry) throw NotFoundError('Industry', request.industry);
    filter.industryCode = industry.code;
    labels.push(`产业-${industry.name}`);
  }
  if (request.topic) {
    const [topic] = await repos.topics.byIds([request.topic]);
    if (!topic) throw NotFoundError('Topic', request.topic);
    filter.topicId = topic.id;
    labels.push(`主题-${topic.label}`);
  }
  let rows: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>;
  if (request.query) {
    const query = request.query;
    const search = { query, first: within(access.maxRows, SEARCH_EXPORT_MAX), offset: 0, filter };
    let hits;
    try {
      // By meaning too when the model is there; a model that cannot be loaded leaves full text.
      hits = semantic
        ? await searchDocuments(repos.documents, { ...search, mode: 'HYBRID' }, semantic).catch((error: unknown) => {
            if (error instanceof InvalidSearchQuery) throw error;
            return searchDocuments(repos.documents, { ...search, mode: 'FULLTEXT' });
          })
        : await searchDocuments(repos.documents, { ...search, mode: 'FULLTEXT' });
    } catch (error) {
      if (error instanceof InvalidSearchQuery) throw ValidationError(error.message, { field: 'query' });
      throw error;
    }
    rows = hits.hits.map((hit) => hit.doc);
    labels.push(`检索-${query}`);
  } else {
    const scope: DocumentExportScope = { filter, industryCode: filter.industryCode ?? null, topicId: filter.topicId ?? null };
    if (request.importJob) {
      const batch = await repos.importBatches.byId(request.importJob);
      if (!batch) throw NotFoundError('ImportJob', request.importJob);
      scope.batchId = batch.id;
      labels.push(`导入-${batch.fileName}`);
    }
    rows = paged<DocumentRecord>((after, limit) => repos.documents.exportPage(scope, after?.id ?? null, within(access.maxRows, limit)));
  }
  return {
    filename: `禾创文献-${safeName(labels.join('-') || '全部')}.${writer.extension}`,
    asciiName: `hechuang-documents.${writer.extension}`,
    contentType: writer.contentType,
    body: textBody(
      writer.start(),
      mapRows(capped(rows, access.maxRows), (doc) => writer.record(doc)),
    ),
  };
}

const ENTITY_FILE: Record<EntityType, { name: string; ascii: string }> = {
  Person: { name: '人物', ascii: 'people' },
  Organization: { name: '机构', ascii: 'organizations' },
  Project: { name: '项目', ascii: 'projects' },
};

/** One export row per entity: its fields, then its links as the import's reference columns. */
async function* entityRows(repos: Repositories, request: EntityExportRequest, access: ExportAccess): AsyncGenerator<string[]> {
  const { type } = request;
  const columns = IMPORT_COLUMNS[type];
  const links = Object.entries(LINK_COLUMNS[type]);
  const pages = paged<EntityRecord>(async (after, limit) => {
    const page = await repos.entities.list(type, {
      first: limit,
      after: after?.id ?? null,
      includeDeleted: access.includeDeleted,
      industryCode: request.industry ?? null,
      regionCode: request.region ?? null,
      organizationId: request.organization ?? null,
    });
    return page.items;
  }, 200);
  let batch: EntityRecord[] = [];
  const flush = async function* () {
    const keys = batch.flatMap((entity) =>
      links.map(([, link]) => ({ from: type, id: entity.id, type: link.type, direction: 'out' as const })),
    );
    const related = keys.length ? await repos.links.related(keys, false) : [];
    for (const [index, entity] of batch.entries()) {
      const linked = Object.fromEntries(
        links.map(([column], l) => {
          const targets = related[index * links.length + l] ?? [];
          return [column, targets.map((t) => (t.kind === 'Industry' || t.kind === 'Region' ? t.key : t.label)).join('; ')];
        }),
      );
      yield columns.map((column) => {
        if (column in linked) return linked[column]!;
        if (column === 'sourceUrl') return entity.provenance.sourceUrl ?? '';
        if (column === 'deleted') return entity.deleted ? 'true' : '';
        const value = entity[column as keyof EntityRecord];
        return Array.isArray(value)
          ? value.join('; ')
          : value === null || value === undefined
            ? ''
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value);
      });
    }
    batch = [];
  };
  for await (const entity of capped(pages, access.maxRows)) {
    batch.push(entity);
    if (batch.length === 200) yield* flush();
  }
  yield* flush();
}

/** The export file of one kind of entity (a promise, like the other exports; the rows stream when read). */
export function exportEntities(repos: Repositories, request: EntityExportRequest, access: ExportAccess): Promise<ExportFile> {
  if (request.format !== 'csv' && request.format !== 'xlsx')
    return Promise.reject(ValidationError('format: expected csv or xlsx', { field: 'format' }));
  const header = IMPORT_COLUMNS[request.type];
  const rows = entityRows(repos, request, access);
  const file = ENTITY_FILE[request.type];
  if (request.format === 'xlsx') {
    return Promise.resolve({
      filename: `禾创${file.name}.xlsx`,
      asciiName: `hechuang-${file.ascii}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: xlsxStream(file.name, header, rows),
    });
  }
  return Promise.resolve({
    filename: `禾创${file.name}.csv`,
    asciiName: `hechuang-${file.ascii}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: textBody(CSV_BOM + csvLine(header), mapRows(rows, csvLine)),
  });
}

export const POLICY_CSV_COLUMNS = [
  'id',
  'title',
  'documentNumber',
  'issuer',
  'publishedDate',
  'writtenDate',
  'effectiveDate',
  'expiryDate',
  'validity',
  'category',
  'level',
  'region',
  'industries',
  'url',
] as const;

export async function exportPolicies(repos: Repositories, request: PolicyExportRequest, access: ExportAccess): Promise<ExportFile> {
  if (request.format !== 'csv') throw ValidationError('format: expected csv', { field: 'format' });
  const filter = { ...request.filter };
  if (filter.industryCode && !(await repos.industries.byCodes([filter.industryCode]))[0])
    throw NotFoundError('Industry', filter.industryCode);
  if (filter.regionCode) {
    // A region by code or Chinese name, as the policy list takes it.
    const region = await repos.regions.find(filter.regionCode);
    if (!region) throw NotFoundError('Region', filter.regionCode);
    filter.regionCode = region.code;
  }
  const lines = (async function* () {
    let after: PolicyKeys | null = null;
    let written = 0;
    for (;;) {
      const page = await repos.policies.list(filter, {
        first: within(access.maxRows === null ? null : access.maxRows - written, PAGE),
        after,
      });
      if (page.items.length === 0) return;
      const industries = await repos.policies.industriesOf(page.items.map((p) => p.id));
      for (const [i, policy] of page.items.entries()) {
        yield csvLine(
          POLICY_CSV_COLUMNS.map((column) =>
            column === 'region' ? policy.regionCode : column === 'industries' ? (industries[i] ?? []).join('; ') : policy[column],
          ),
        );
      }
      written += page.items.length;
      if (!page.hasMore || (access.maxRows !== null && written >= access.maxRows)) return;
      const last = page.items[page.items.length - 1]!;
      after = policyKeys(last);
    }
  })();
  return {
    filename: '禾创政策.csv',
    asciiName: 'hechuang-policies.csv',
    contentType: 'text/csv; charset=utf-8',
    body: textBody(CSV_BOM + csvLine(POLICY_CSV_COLUMNS), lines),
  };
}

/** GraphQL's DocumentExportFormat values. */
export const EXPORT_FORMAT = { RIS: 'ris', BIBTEX: 'bibtex', CSV: 'csv' } as const satisfies Record<string, DocumentExportFormat>;

/** The download path of documents in a scope, as GraphQL hands it to the web. */
export function documentExportUrl(
  format: DocumentExportFormat,
  scope: { topic?: string; industry?: string; importJob?: string; q?: string; year?: number; journal?: string },
): string {
  const query = new URLSearchParams(
    Object.entries(scope)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
      .map(([key, value]) => [key, String(value)]),
  );
  return `/export/documents.${DOCUMENT_WRITERS[format].extension}?${query}`;
}
