import { describe, expect, it } from 'vitest';
import { ReplayWindow, type DurableNonces } from './replay-window.js';
import { signedHeaders, verifySignedRequest } from './signature.js';

/** A durable store kept in a Map: what the window hands it and when, and whether its reads fail. */
class MapNonces implements DurableNonces {
  readonly kept = new Map<string, number>();
  waited = 0;
  readFails = false;

  accept(key: string, _now: number, expiresAt: number): Promise<boolean> {
    this.waited += 1;
    if (this.kept.has(key)) return Promise.resolve(false);
    this.kept.set(key, expiresAt);
    return Promise.resolve(true);
  }

  persistLater(key: string, _now: number, expiresAt: number): void {
    if (!this.kept.has(key)) this.kept.set(key, expiresAt);
  }

  unexpired(now: number): Promise<{ key: string; expiresAt: number }[]> {
    if (this.readFails) return Promise.reject(new Error('graph down'));
    return Promise.resolve([...this.kept].filter(([, e]) => e > now).map(([key, expiresAt]) => ({ key, expiresAt })));
  }
}

describe('the replay window of till checks', () => {
  it('refuses a replay from memory and persists each nonce without waiting for it', async () => {
    const durable = new MapNonces();
    const window = new ReplayWindow(durable, 300);
    expect(await window.accept('s:1', 1_000, 1_600)).toBe(true);
    expect(await window.accept('s:1', 1_001, 1_601)).toBe(false);
    expect(await window.accept('s:2', 1_001, 1_601)).toBe(true);
    expect([...durable.kept.keys()]).toEqual(['s:1', 's:2']);
    expect(durable.waited).toBe(0);
  });

  it('refuses after a restart the nonces of the window the store kept, and forgets expired ones', async () => {
    const durable = new MapNonces();
    await new ReplayWindow(durable, 300).accept('s:1', 1_000, 1_600);
    durable.kept.set('s:old', 900);
    const restarted = new ReplayWindow(durable, 300);
    expect(await restarted.accept('s:1', 1_100, 1_700)).toBe(false);
    expect(await restarted.accept('s:old', 1_100, 1_700)).toBe(true);
    expect(restarted.size).toBe(2);
    // Past s:1's expiry it is dropped from memory: memory holds the window only.
    expect(await restarted.accept('s:3', 1_650, 2_250)).toBe(true);
    expect(restarted.size).toBe(2);
  });

  it('waits for the commit while the window cannot be loaded, and when full', async () => {
    const durable = new MapNonces();
    durable.kept.set('s:1', 1_600);
    durable.readFails = true;
    const window = new ReplayWindow(durable, 300, 2);
    expect(await window.accept('s:1', 1_000, 1_600)).toBe(false);
    expect(await window.accept('s:2', 1_000, 1_600)).toBe(true);
    expect(durable.waited).toBe(2);
    durable.readFails = false;
    expect(await window.accept('s:2', 1_001, 1_601)).toBe(false);
    expect(await window.accept('s:3', 1_001, 1_601)).toBe(true);
    expect(durable.waited).toBe(3);
  });

  it('is the guard of a signed request: a forged or stale one spends no nonce', async () => {
    const durable = new MapNonces();
    const window = new ReplayWindow(durable, 300);
    const now = new Date('2026-06-01T08:00:00Z');
    const path = '/bookstore/v1/till/check';
    const body = '{"cardNumber":"JX1","isbn":"9787020002207"}';
    const secretOf = (id: string) => (id === 'xinhua' ? 'a-shared-secret-of-32-characters' : null);
    const good = signedHeaders('a-shared-secret-of-32-characters', 'xinhua', { method: 'POST', path, body }, now);
    const forged = signedHeaders('not-the-shared-secret-at-all!!', 'xinhua', { method: 'POST', path, body }, now);
    const stale = signedHeaders(
      'a-shared-secret-of-32-characters',
      'xinhua',
      { method: 'POST', path, body },
      new Date(now.getTime() - 3_600_000),
    );
    const verify = (headers: Record<string, string>) => verifySignedRequest({ method: 'POST', path, headers, body }, secretOf, window, now);
    expect(await verify(forged)).toEqual({ ok: false, failure: 'BAD_SIGNATURE' });
    expect(await verify(stale)).toEqual({ ok: false, failure: 'STALE_TIMESTAMP' });
    expect(durable.kept.size).toBe(0);
    expect(await verify(good)).toEqual({ ok: true, storeId: 'xinhua' });
    expect(await verify(good)).toEqual({ ok: false, failure: 'REPLAYED_NONCE' });
  });
});
