import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { GraphNonceStore } from '../../graph/repositories/bookstore/nonces.js';
import type { BookstoresConfig } from '../../lib/bookstores.js';
import { systemClock } from '../../lib/clock.js';
import type { AppServices } from '../../schema/context.js';
import { PATHS } from '../../purchases/bookstore/protocol.js';
import { ReplayWindow } from '../../purchases/bookstore/replay-window.js';
import { VERIFY_MESSAGES, verifySignedRequest, type NonceStore } from '../../purchases/bookstore/signature.js';
import { storeEvent, tillCheck, tillSale, type IncomingContext, type StoreAnswer } from '../../services/bookstore/incoming.js';

/**
 * The endpoints bookstores call: the in-store till (`/bookstore/v1/till/check`, `/till/sales`) and
 * the online stores' status callbacks (`/bookstore/v1/events`). Every request must be signed by a
 * configured store (HMAC-SHA256, timestamp within the window, nonce never seen by any process on
 * this graph): anything else is 401 with the reason and touches nothing. The body is read raw, as signed.
 *
 * A sale or a callback (a write) is answered only after its nonce is committed (`GraphNonceStore`); a
 * till check (a read: it changes nothing) is refused on replay from the window of nonces this process
 * keeps in memory (`ReplayWindow`, loaded from the graph at the first request) while its nonce is
 * committed in the background by the same group commit. `idle()` waits for those commits (shutdown).
 */
export function bookstoreRouter(
  graph: Graph,
  services: AppServices,
  config: BookstoresConfig,
  log?: Pick<Logger, 'warn'>,
): { router: express.Router; idle: () => Promise<void> } {
  const router = express.Router();
  const durable = new GraphNonceStore(graph, config.replayWindowSeconds, undefined, undefined, (error) =>
    log?.warn({ err: error }, "a till check's nonce could not be persisted (it stays refused in this process)"),
  );
  const checkWindow = new ReplayWindow(durable, config.replayWindowSeconds);
  const clock = services.clock ?? systemClock;
  const repos = createRepositories(graph);
  const ctx: IncomingContext = { repos, purchase: { repos, clock, mailer: services.mailer ?? null }, clock };
  const raw = express.text({ type: () => true, limit: '64kb' });

  const handle =
    (
      channel: 'STORE' | 'ONLINE' | null,
      guard: NonceStore,
      work: (ctx: IncomingContext, storeId: string, body: string) => Promise<StoreAnswer>,
    ) =>
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

  router.post(PATHS.tillCheck, raw, handle('STORE', checkWindow, tillCheck));
  router.post(PATHS.tillSale, raw, handle('STORE', durable, tillSale));
  router.post(PATHS.storeEvents, raw, handle(null, durable, storeEvent));
  return { router, idle: () => durable.idle() };
}
