import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenLoopback } from '../../lib/loopback-server.js';
import { statementTotals } from '../../domain/budget/settlement.js';
import { OrderRequest, PATHS, type CatalogueItem, type StoreEvent, type StoreStatementMessage } from '../bookstore/protocol.js';
import { HEADER, ReplayGuard, signedHeaders, verifySignedRequest } from '../bookstore/signature.js';

/**
 * A 京东-like online bookstore on 127.0.0.1 for tests and the bench: it speaks the protocol of
 * `purchases/bookstore/` with real HMAC signatures in both directions. It checks ours, keeps its
 * own orders (idempotent by Idempotency-Key), sends signed status callbacks, and writes its own
 * monthly statement from what it delivered. It can be taken down (503s, stalls, or closed).
 */

export interface FakeOrder extends OrderRequest {
  storeRef: string;
  status: 'ACCEPTED' | 'DELIVERED' | 'CANCELLED';
  deliveredAt: string | null;
}

export type StoreMode = 'up' | 'error' | 'stall';

export class FakeOnlineStore {
  readonly orders = new Map<string, FakeOrder>();
  readonly catalogue: CatalogueItem[] = [];
  /** Requests answered, refused or failed, by path (without query). */
  readonly hits = new Map<string, number>();
  readonly refusedSignatures: string[] = [];
  mode: StoreMode = 'up';
  /** Answer the next n requests with 503, then recover. */
  failNext = 0;
  /** Added to the amount of the statement line of this store reference (a store-side error, for reconciliation tests). */
  readonly statementAdjustments = new Map<string, number>();
  invoiceNo = 'JD-INV-0001';
  /** The store's discount on a month's net sales, as agreed with us (BOOKSTORES). */
  discountBasisPoints = 0;
  url = '';
  private server: Server | undefined;
  private readonly guard = new ReplayGuard(300);
  private sequence = 0;
  /** The last callback sent, exactly as sent, so a test can replay it. */
  lastCallback: { url: string; headers: Record<string, string>; body: string } | null = null;

  constructor(
    readonly storeId: string,
    readonly secret: string,
    /** Our base URL, where status callbacks go. */
    public callbackBaseUrl: string,
  ) {}

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.url = await listenLoopback(this.server, port);
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await closeNow(server);
  }

  /** Sends a signed status callback to us and returns our answer. */
  async sendEvent(event: StoreEvent): Promise<{ status: number; body: unknown }> {
    const order = this.orders.get(event.orderRef);
    if (order && event.event === 'DELIVERED') {
      order.status = 'DELIVERED';
      order.deliveredAt = event.at;
    }
    if (order && event.event === 'CANCELLED_BY_STORE') order.status = 'CANCELLED';
    const body = JSON.stringify(event);
    const headers = {
      'content-type': 'application/json',
      ...signedHeaders(this.secret, this.storeId, { method: 'POST', path: PATHS.storeEvents, body }, new Date()),
    };
    this.lastCallback = { url: `${this.callbackBaseUrl}${PATHS.storeEvents}`, headers, body };
    return this.post(this.lastCallback);
  }

  /** Sends the last callback again, byte for byte (a replay). */
  replayLastCallback(): Promise<{ status: number; body: unknown }> {
    if (!this.lastCallback) throw new Error('no callback sent yet');
    return this.post(this.lastCallback);
  }

  /** The store's own statement of a month: what it delivered, as its books say. */
  statement(month: string): StoreStatementMessage {
    const lines = [...this.orders.values()]
      .filter((o) => o.status === 'DELIVERED' && o.deliveredAt && chinaMonth(o.deliveredAt) === month)
      .map((o) => ({
        storeRef: o.storeRef,
        kind: 'SALE' as const,
        amountFen: o.priceFen + (this.statementAdjustments.get(o.storeRef) ?? 0),
      }));
    return {
      storeId: this.storeId,
      month,
      invoiceNo: this.invoiceNo,
      lines,
      netFen: statementTotals(lines, this.discountBasisPoints).netFen,
    };
  }

  private async post(call: { url: string; headers: Record<string, string>; body: string }) {
    const response = await fetch(call.url, { method: 'POST', headers: call.headers, body: call.body });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body };
  }

  private count(path: string) {
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://store');
    this.count(url.pathname);
    if (this.mode === 'stall') return; // never answers: the caller's timeout decides
    if (this.mode === 'error' || this.failNext > 0) {
      if (this.failNext > 0) this.failNext -= 1;
      return send(res, 503, { error: '系统维护中' });
    }
    const verdict = await verifySignedRequest(
      { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body },
      (id) => (id === this.storeId ? this.secret : null),
      this.guard,
      new Date(),
    );
    if (!verdict.ok) {
      this.refusedSignatures.push(verdict.failure);
      return send(res, 401, { error: verdict.failure });
    }
    if (req.method === 'GET' && url.pathname === PATHS.catalogue) {
      const isbn = url.searchParams.get('isbn');
      const q = url.searchParams.get('q');
      const items = this.catalogue.filter((i) => (isbn ? i.isbn === isbn : true) && (q ? i.title.includes(q) : true));
      return send(res, 200, { items });
    }
    if (req.method === 'POST' && url.pathname === PATHS.orders) {
      const parsed = OrderRequest.safeParse(JSON.parse(body || '{}'));
      if (!parsed.success) return send(res, 400, { error: 'bad order' });
      const key = String(req.headers[HEADER.idempotencyKey] ?? parsed.data.orderRef);
      const existing = this.orders.get(key);
      if (existing) return send(res, 200, { storeRef: existing.storeRef, status: 'ACCEPTED' });
      const item = this.catalogue.find((i) => i.isbn === parsed.data.isbn);
      if (!item || item.stock <= 0) return send(res, 409, { error: '无货' });
      item.stock -= 1;
      this.sequence += 1;
      const order: FakeOrder = {
        ...parsed.data,
        storeRef: `${this.storeId.toUpperCase()}-${String(this.sequence).padStart(6, '0')}`,
        status: 'ACCEPTED',
        deliveredAt: null,
      };
      this.orders.set(key, order);
      return send(res, 200, { storeRef: order.storeRef, status: 'ACCEPTED' });
    }
    const statement = /^\/v1\/statements\/(\d{4}-\d{2})$/.exec(url.pathname);
    if (req.method === 'GET' && statement) return send(res, 200, this.statement(statement[1]!));
    return send(res, 404, { error: 'not found' });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** YYYY-MM of an instant in China time. */
export function chinaMonth(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}
