import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOnlineStore } from '../testing/fake-online-store.js';
import { backoff, StoreCallError } from './client.js';
import { OnlineStoreAdapter } from './online-store.js';
import { ReplayGuard, sign, signedHeaders, verifySignedRequest } from './signature.js';

const SECRET = 'a-shared-secret-of-32-characters';

describe('signed requests', () => {
  const now = new Date('2026-06-01T08:00:00Z');
  const request = (headers: Record<string, string>, body = '{"isbn":"9787020002207"}') => ({
    method: 'POST',
    path: '/bookstore/v1/till/check',
    headers,
    body,
  });
  const secretOf = (id: string) => (id === 'xinhua-jx' ? SECRET : null);

  it('accepts a good signature once and refuses its replay', async () => {
    const guard = new ReplayGuard(300);
    const headers = signedHeaders(
      SECRET,
      'xinhua-jx',
      { method: 'POST', path: '/bookstore/v1/till/check', body: '{"isbn":"9787020002207"}' },
      now,
    );
    expect(await verifySignedRequest(request(headers), secretOf, guard, now)).toEqual({ ok: true, storeId: 'xinhua-jx' });
    expect(await verifySignedRequest(request(headers), secretOf, guard, now)).toEqual({ ok: false, failure: 'REPLAYED_NONCE' });
  });

  it('refuses a changed body, a wrong secret, an unknown store, missing headers and an old timestamp', async () => {
    const guard = new ReplayGuard(300);
    const headers = signedHeaders(
      SECRET,
      'xinhua-jx',
      { method: 'POST', path: '/bookstore/v1/till/check', body: '{"isbn":"9787020002207"}' },
      now,
    );
    expect(await verifySignedRequest(request(headers, '{"isbn":"9787020002208"}'), secretOf, guard, now)).toMatchObject({
      failure: 'BAD_SIGNATURE',
    });
    const forged = signedHeaders(
      'another-secret-entirely-000000',
      'xinhua-jx',
      { method: 'POST', path: '/bookstore/v1/till/check', body: '{}' },
      now,
    );
    expect(await verifySignedRequest(request(forged, '{}'), secretOf, guard, now)).toMatchObject({ failure: 'BAD_SIGNATURE' });
    expect(await verifySignedRequest(request({ ...headers, 'x-hc-store': 'nobody' }), secretOf, guard, now)).toMatchObject({
      failure: 'UNKNOWN_STORE',
    });
    expect(await verifySignedRequest(request({}), secretOf, guard, now)).toMatchObject({ failure: 'MISSING_HEADERS' });
    const old = signedHeaders(
      SECRET,
      'xinhua-jx',
      { method: 'POST', path: '/bookstore/v1/till/check', body: '{}' },
      new Date(now.getTime() - 301_000),
    );
    expect(await verifySignedRequest(request(old, '{}'), secretOf, guard, now)).toMatchObject({ failure: 'STALE_TIMESTAMP' });
  });

  it('signs method, path, timestamp, nonce and body', () => {
    const base = { method: 'GET', path: '/v1/catalogue?isbn=1', timestamp: 1, nonce: 'n', body: '' };
    const signature = sign(SECRET, base);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [{ method: 'POST' }, { path: '/v1/catalogue?isbn=2' }, { timestamp: 2 }, { nonce: 'm' }, { body: 'x' }]) {
      expect(sign(SECRET, { ...base, ...change })).not.toBe(signature);
    }
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoff(1, 200, 5_000, () => 1)).toBe(200);
    expect(backoff(3, 200, 5_000, () => 1)).toBe(800);
    expect(backoff(10, 200, 5_000, () => 1)).toBe(5_000);
    expect(backoff(3, 200, 5_000, () => 0)).toBe(0);
  });
});

describe('the online store adapter against the fake store', () => {
  let store: FakeOnlineStore;
  const sleeps: number[] = [];
  const adapter = (overrides: { timeoutMs?: number; maxAttempts?: number; secret?: string } = {}) =>
    new OnlineStoreAdapter({
      storeId: 'jd-books',
      baseUrl: store.url,
      secret: overrides.secret ?? SECRET,
      timeoutMs: overrides.timeoutMs ?? 2_000,
      maxAttempts: overrides.maxAttempts ?? 3,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });

  beforeAll(async () => {
    store = await new FakeOnlineStore('jd-books', SECRET, 'http://127.0.0.1:9').start();
    store.catalogue.push(
      { isbn: '9787020002207', title: '红楼梦', priceFen: 5_990, stock: 2 },
      { isbn: '9787544253994', title: '百年孤独', priceFen: 3_950, stock: 0 },
    );
  });
  afterAll(() => store.close());

  it('searches the catalogue by ISBN and by title, with price and stock', async () => {
    expect(await adapter().searchCatalogue({ isbn: '9787020002207' })).toEqual([
      { isbn: '9787020002207', title: '红楼梦', priceFen: 5_990, stock: 2 },
    ]);
    expect((await adapter().searchCatalogue({ title: '孤独' })).map((i) => i.stock)).toEqual([0]);
  });

  it('retries a 503 and places the order once, however often it is sent', async () => {
    store.failNext = 2;
    const order = { orderRef: 'req-1', isbn: '9787020002207', priceFen: 5_990, deliverTo: { name: '张三' } };
    const first = await adapter().placeOrder(order);
    const again = await adapter().placeOrder(order);
    expect(again).toEqual(first);
    expect([...store.orders.keys()]).toEqual(['req-1']);
    expect(store.catalogue[0]!.stock).toBe(1);
  });

  it('gives up on a refusal at once and on a store that is down after its attempts, saying which', async () => {
    const before = store.hits.get('/v1/orders') ?? 0;
    const refused = await adapter()
      .placeOrder({ orderRef: 'req-2', isbn: '9787544253994', priceFen: 3_950, deliverTo: { name: '李四' } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreCallError);
    expect(refused).toMatchObject({ transient: false, status: 409 });
    expect((store.hits.get('/v1/orders') ?? 0) - before).toBe(1);

    store.mode = 'error';
    const down = await adapter({ maxAttempts: 3 })
      .searchCatalogue({ isbn: '9787020002207' })
      .catch((e: unknown) => e);
    expect(down).toMatchObject({ transient: true, status: 503 });
    store.mode = 'stall';
    const stalled = await adapter({ timeoutMs: 200, maxAttempts: 2 })
      .searchCatalogue({ isbn: '9787020002207' })
      .catch((e: unknown) => e);
    expect(stalled).toMatchObject({ transient: true, status: null });
    expect((stalled as Error).message).toContain('超时');
    store.mode = 'up';
  });

  it('is refused by the store when our secret is wrong', async () => {
    await expect(adapter({ secret: 'wrong-secret-wrong-secret-wrong' }).searchCatalogue({ isbn: '1' })).rejects.toMatchObject({
      status: 401,
      transient: false,
    });
    expect(store.refusedSignatures).toContain('BAD_SIGNATURE');
  });
});
