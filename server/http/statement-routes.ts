import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { sessionOf } from '../../services/account/sessions.js';
import { exportStatement } from '../../services/budget/statement-export.js';
import { isAppError } from '../../lib/errors.js';
import { contentDisposition } from './export-routes.js';

/** `/export/statements/<id>.{csv,xlsx}`: a bookstore statement for the treasurer (admins), by the session cookie. */
export function statementRouter(graph: Graph): express.Router {
  const router = express.Router();
  const repos = createRepositories(graph);
  router.get(/^\/export\/statements\/([^/]+)\.(csv|xlsx)$/, async (req: Request, res: Response) => {
    const { viewer } = await sessionOf(repos, req.headers.cookie);
    if (viewer?.role !== 'ADMIN') {
      res
        .status(viewer ? 403 : 401)
        .type('text/plain; charset=utf-8')
        .send('只有联盟财务（管理员）可以下载结算单');
      return;
    }
    const params = req.params as unknown as Record<string, string>;
    try {
      const file = await exportStatement(repos, decodeURIComponent(params[0]!), params[1] as 'csv' | 'xlsx');
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', contentDisposition(file));
      await pipeline(file.body, res);
    } catch (error) {
      if (!isAppError(error)) throw error;
      res
        .status(error.code === 'NOT_FOUND' ? 404 : 400)
        .type('text/plain; charset=utf-8')
        .send(error.message);
    }
  });
  return router;
}
