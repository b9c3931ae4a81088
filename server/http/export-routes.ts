import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { EntityType } from '../../domain/entity/types.js';
import type { DocumentExportFormat } from '../../topics/export/formats.js';
import { embeddingDocumentSearch } from '../../services/document/semantic-search.js';
import { isStaff } from '../../domain/account/access.js';
import { RateLimiter } from '../../services/account/rate-limit.js';
import { sessionOf } from '../../services/account/sessions.js';
import type { AppServices } from '../../schema/context.js';
import { isAppError, ValidationError, type ErrorCode } from '../../lib/errors.js';
import { exportDocuments, exportEntities, exportPolicies, type ExportAccess, type ExportFile } from '../../services/export/export.js';

/**
 * Download routes of the exports: `/export/documents.{ris,bib,csv}`, `/export/{people,
 * organizations,projects}.{csv,xlsx}`, `/export/policies.csv`, with the query string as
 * scope and filters. The session cookie decides, as for /graphql: visitors and readers get
 * published content and at most `visitorRows` rows, librarians and admins `staffRows` and,
 * on request, deleted entities. Exports are counted per client IP (visitors) or per account
 * (signed in) in a fixed window, refused ones included, so nobody can make the server stream
 * the graph over and over.
 */

export interface ExportLimits {
  visitorRows: number;
  staffRows: number;
  visitorExportsPerWindow: number;
  staffExportsPerWindow: number;
  windowMs: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  visitorRows: 1_000,
  staffRows: 100_000,
  visitorExportsPerWindow: 20,
  staffExportsPerWindow: 120,
  windowMs: 10 * 60 * 1000,
};

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  VALIDATION: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

const DOCUMENT_EXTENSIONS: Record<string, DocumentExportFormat> = { ris: 'ris', bib: 'bibtex', csv: 'csv' };
const ENTITY_FILES: Record<string, EntityType> = { people: 'Person', organizations: 'Organization', projects: 'Project' };

/** One query parameter; given twice (`?topic=a&topic=b`) it is refused rather than ignored. */
function text(value: unknown): string | null {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) throw ValidationError('give each parameter once');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** RFC 6266: an ASCII fallback and the UTF-8 name (RFC 5987) for clients that read it. */
export const contentDisposition = (file: Pick<ExportFile, 'filename' | 'asciiName'>) =>
  `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;

export function exportRouter(graph: Graph, services: AppServices = {}, limits: ExportLimits = DEFAULT_EXPORT_LIMITS): express.Router {
  const router = express.Router();
  const visitors = new RateLimiter(limits.visitorExportsPerWindow, limits.windowMs);
  const staff = new RateLimiter(limits.staffExportsPerWindow, limits.windowMs);

  const refuse = (res: Response, status: number, message: string) =>
    res.status(status).type('text/plain; charset=utf-8').send(`${message}\n`);

  router.get('/export/:file', async (req: Request, res: Response) => {
    const scoped = graph.scoped();
    res.locals.queryStats = scoped.stats;
    const repos = createRepositories(scoped);
    let viewer;
    try {
      // The graph is checked before anything is sent: an outage is a clean 503, not a 200 cut short.
      await scoped.verifyConnectivity();
      ({ viewer } = await sessionOf(repos, req.headers.cookie));
    } catch (error) {
      if (isAppError(error)) return void refuse(res, STATUS[error.code] ?? 400, error.message);
      throw error;
    }
    const privileged = isStaff(viewer);
    const limiter = privileged ? staff : visitors;
    const key = viewer ? `account:${viewer.id}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
    const wait = limiter.retryAfter(key);
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      return void refuse(res, 429, 'Too many exports; try again later');
    }
    // Counted before any work, so a burst of parallel requests cannot slip past the limit.
    limiter.hit(key);
    const requested = String(req.params.file ?? '');
    const [, name, extension] = /^([a-z]+)\.([a-z]+)$/.exec(requested) ?? [];
    const query = req.query as Record<string, unknown>;
    const wantsDeleted = query.includeDeleted === 'true';
    if (wantsDeleted && !privileged) return void refuse(res, viewer ? 403 : 401, 'Deleted entities are for librarians; sign in as one');
    const access: ExportAccess = { includeDeleted: wantsDeleted, maxRows: privileged ? limits.staffRows : limits.visitorRows };
    try {
      const file = await prepare(repos, name ?? '', extension ?? '', query, access, key);
      if (!file) return void refuse(res, 404, `no export ${requested}`);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', contentDisposition(file));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Export-Row-Limit', String(access.maxRows));
      await pipeline(file.body, res);
    } catch (error) {
      if (isAppError(error) && !res.headersSent) return void refuse(res, STATUS[error.code] ?? 400, error.message);
      req.log.error({ err: error }, 'export failed');
      // Once the body has started, a failure can only cut the download short.
      if (res.headersSent) res.destroy(error as Error);
      else refuse(res, 500, 'The export failed');
    }
  });

  async function prepare(
    repos: ReturnType<typeof createRepositories>,
    name: string,
    extension: string,
    query: Record<string, unknown>,
    access: ExportAccess,
    client: string,
  ): Promise<ExportFile | null> {
    if (name === 'documents' && DOCUMENT_EXTENSIONS[extension]) {
      const semantic = services.embedding ? embeddingDocumentSearch(services.embedding, repos.documents, Date.now, client) : undefined;
      return exportDocuments(
        repos,
        {
          format: DOCUMENT_EXTENSIONS[extension],
          topic: text(query.topic),
          industry: text(query.industry),
          query: text(query.q),
          importJob: text(query.importJob),
          year: text(query.year) === null ? null : Number(text(query.year)),
          journal: text(query.journal),
        },
        access,
        semantic,
      );
    }
    const type = ENTITY_FILES[name];
    if (type && (extension === 'csv' || extension === 'xlsx')) {
      return exportEntities(
        repos,
        { type, format: extension, industry: text(query.industry), region: text(query.region), organization: text(query.organization) },
        access,
      );
    }
    if (name === 'policies' && extension === 'csv') {
      return exportPolicies(
        repos,
        {
          format: 'csv',
          filter: {
            industryCode: text(query.industry),
            regionCode: text(query.region),
            level: text(query.level),
            issuer: text(query.issuer),
            validity: text(query.validity),
            from: text(query.from),
            to: text(query.to),
          },
        },
        access,
      );
    }
    return null;
  }

  return router;
}
