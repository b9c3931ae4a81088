import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../testing/fixture-server.js';
import { guardedLookup, nonPublicRange, parseAllowList } from './address-guard.js';
import { FetchError } from './errors.js';
import { PoliteFetcher } from './fetcher.js';

/** SSRF: the crawler fetches public addresses only, on every hop and at connect time, unless the operator allows more. */

const fast = { timeoutMs: 800, retries: 0, perHostIntervalMs: 0 };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('address guard', () => {
  const site = new FixtureServer();
  beforeAll(() => site.start());
  afterAll(() => site.close());

  it('names every non-public range and lets public unicast through', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      '::',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      '224.0.0.1',
    ]) {
      expect(nonPublicRange(address), address).not.toBeNull();
    }
    expect(nonPublicRange('8.8.8.8')).toBeNull();
    expect(nonPublicRange('2001:4860:4860::8888')).toBeNull();
  });

  it('refuses a loopback site unless allowed, with one message whether the port is open or closed', async () => {
    const open = await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/page` }));
    const closed = await failure(new PoliteFetcher(fast).fetch({ url: 'http://127.0.0.1:1/page' }));
    expect(open.kind).toBe('refused');
    expect(closed.kind).toBe('refused');
    expect(open.message.replace(site.url, '')).toBe(closed.message.replace('http://127.0.0.1:1', ''));
    expect(open.message).not.toMatch(/ECONNREFUSED|robots|\d{4,}/);
    expect(site.hitCount('/robots.txt') + site.hitCount('/page')).toBe(0);
    for (const url of ['http://[::1]:1/', 'http://[::ffff:7f00:1]/', 'http://169.254.169.254/latest/meta-data/', 'http://0.0.0.0/']) {
      expect((await failure(new PoliteFetcher(fast).fetch({ url }))).kind, url).toBe('refused');
    }
    site.set('/page', { body: 'allowed' });
    const allowed = await new PoliteFetcher({ ...fast, allowPrivate: ['127.0.0.1'] }).fetch({ url: `${site.url}/page` });
    expect(allowed.status === 'ok' && allowed.text).toBe('allowed');
  });

  it('checks every redirect hop', async () => {
    const port = new URL(site.url).port;
    site.set('/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    site.set('/to-other-loopback', { status: 301, headers: { location: `http://127.0.0.2:${port}/page` } });
    const fetcher = new PoliteFetcher({ ...fast, allowPrivate: ['127.0.0.1'] });
    expect((await failure(fetcher.fetch({ url: `${site.url}/to-metadata` }))).kind).toBe('refused');
    expect((await failure(fetcher.fetch({ url: `${site.url}/to-other-loopback` }))).kind).toBe('refused');
  });

  it('checks the addresses a name resolves to where the socket is opened (DNS rebinding)', async () => {
    // `localhost` is a name, not an address: only the connect-time lookup can see where it points.
    const error = await failure(new PoliteFetcher(fast).fetch({ url: `http://localhost:${new URL(site.url).port}/page` }));
    expect(error.kind).toBe('refused');
    const lookup = guardedLookup(parseAllowList([]));
    const result = await new Promise<{ code?: string }>((resolve) => lookup('localhost', { all: true }, (e) => resolve({ code: e?.code })));
    expect(result.code).toBe('EADDRREFUSED_BY_POLICY');
    const allowed = guardedLookup(parseAllowList(['127.0.0.0/8', '::1']));
    const found = await new Promise<unknown>((resolve) => allowed('localhost', { all: true }, (_e, addresses) => resolve(addresses)));
    const addresses = (found as { address: string }[]).map((a) => a.address);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => /^(127\.|::1$)/.test(a))).toBe(true);
  });
});
