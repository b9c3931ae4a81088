import { PATHS, type StoreStatementMessage, type TillSaleRequest } from '../bookstore/protocol.js';
import { signedHeaders } from '../bookstore/signature.js';
import { chinaMonth } from './fake-online-store.js';

/**
 * A 新华书店 till for tests and the bench: it calls our endpoints as the store's system would,
 * with real signatures (or forged ones, or the same request twice), and keeps its own record of
 * sales so it can hand over its monthly statement.
 */
export class FakeTill {
  readonly sales: TillSaleRequest[] = [];
  lastRequest: { path: string; headers: Record<string, string>; body: string } | null = null;
  invoiceNo = 'XH-INV-0001';

  constructor(
    readonly storeId: string,
    private readonly secret: string,
    /** Our base URL. */
    readonly baseUrl: string,
  ) {}

  check(cardNumber: string, isbn: string) {
    return this.post(PATHS.tillCheck, { cardNumber, isbn });
  }

  async sell(sale: TillSaleRequest) {
    const answer = await this.post(PATHS.tillSale, sale);
    if (answer.status === 200 && !this.sales.some((s) => s.saleRef === sale.saleRef)) this.sales.push(sale);
    return answer;
  }

  /** The last request again, byte for byte, signature and nonce included. */
  replayLast() {
    if (!this.lastRequest) throw new Error('nothing sent yet');
    return this.send(this.lastRequest);
  }

  /** A request signed with the wrong secret. */
  forged(path: string, payload: unknown) {
    const body = JSON.stringify(payload);
    return this.send({
      path,
      body,
      headers: {
        'content-type': 'application/json',
        ...signedHeaders('not-the-shared-secret!', this.storeId, { method: 'POST', path, body }, new Date()),
      },
    });
  }

  /** A correctly signed request whose timestamp is `ageSeconds` old. */
  stale(path: string, payload: unknown, ageSeconds: number) {
    const body = JSON.stringify(payload);
    const then = new Date(Date.now() - ageSeconds * 1000);
    return this.send({
      path,
      body,
      headers: { 'content-type': 'application/json', ...signedHeaders(this.secret, this.storeId, { method: 'POST', path, body }, then) },
    });
  }

  statement(month: string): StoreStatementMessage {
    const lines = this.sales
      .filter((s) => chinaMonth(s.soldAt) === month)
      .map((s) => ({ storeRef: s.saleRef, kind: 'SALE' as const, amountFen: s.priceFen }));
    return { storeId: this.storeId, month, invoiceNo: this.invoiceNo, lines, netFen: lines.reduce((a, l) => a + l.amountFen, 0) };
  }

  private post(path: string, payload: unknown) {
    const body = JSON.stringify(payload);
    const request = {
      path,
      body,
      headers: {
        'content-type': 'application/json',
        ...signedHeaders(this.secret, this.storeId, { method: 'POST', path, body }, new Date()),
      },
    };
    this.lastRequest = request;
    return this.send(request);
  }

  private async send(request: {
    path: string;
    headers: Record<string, string>;
    body: string;
  }): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.baseUrl}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
    const text = await response.text();
    let body: Record<string, unknown> = { text };
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // keep the text
    }
    return { status: response.status, body };
  }
}
