import express, { type Request, type Response } from 'express';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { GraphNonceStore } from '../../graph/repositories/bookstore/nonces.js';
import type { BookstoresConfig } from '../../lib/bookstores.js';
import { systemClock } from '../../lib/clock.js';
import type { AppServices } from '../../schema/context.js';
import { PATHS } from '../../purchases/bookstore/protocol.js';
import { VERIFY_MESSAGES, verifySignedRequest } from '../../purchases/bookstore/signature.js';
import { storeEvent, tillCheck, tillSale, type IncomingContext, type StoreAnswer } from '../../services/bookstore/incoming.js';

/**
 * The endpoints bookstores call: the in-store till (`/bookstore/v1/till/check`, `/till/sales`) and
 * the online stores' status callbacks (`/bookstore/v1/events`). Every request must be signed by a
 * configured store (HMAC-SHA256, timestamp within the window, nonce never seen by any process on
 * this graph: `GraphNonceStore`): anything else is
 * 401 with the reason and touches nothing. The body is read raw, as signed.
 */
export function bookstoreRouter(graph: Graph, services: AppServices, config: BookstoresConfig): express.Router {
  const router = express.Router();
  const guard = new GraphNonceStore(graph, config.replayWindowSeconds);
  const clock = services.clock ?? systemClock;
  const repos = createRepositories(graph);
  const ctx: IncomingContext = { repos, purchase: { repos, clock, mailer: services.mailer ?? null }, clock };
  const raw = express.text({ type: () => true, limit: '64kb' });

  const handle =
    (channel: 'STORE' | 'ONLINE' | null, work: (ctx: IncomingContext, storeId: string, body: string) => Promise<StoreAnswer>) =>
    async (req: Request, res: Response) => {
      const body = typeof req.body === 'string' ? req.body : '';
      const verdict = await verifySignedRequest(
        { method: req.method, path: req.originalUrl, headers: req.headers, body },
        (id) => config.stores.find((s) => s.id === id)?.secret ?? null,
        guard,
        clock(),
      );
      if (!verdict.ok) {
        res.status(401).json({ error: { code: verdict.failure, message: VERIFY_MESSAGES[verdict.failure] } });
        return;
      }
      const store = config.stores.find((s) => s.id === verdict.storeId)!;
      if (channel && store.channel !== channel) {
        res.status(403).json({
          error: {
            code: 'FORBIDDEN',
            message: channel === 'STORE' ? `${store.name}不是实体书店，不能使用收银台接口` : `${store.name}不是网上书店`,
          },
        });
        return;
      }
      const answer = await work(ctx, store.id, body);
      const retryAfter = (answer.body.error as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      // A busy graph (503): the till may send the same signed-again request later; it is answered once.
      if (answer.status === 503 && typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
      res.status(answer.status).json(answer.body);
    };

  router.post(PATHS.tillCheck, raw, handle('STORE', tillCheck));
  router.post(PATHS.tillSale, raw, handle('STORE', tillSale));
  router.post(PATHS.storeEvents, raw, handle(null, storeEvent));
  return router;
}
