import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../testing/fixture-server.js';
import { FetchError } from './errors.js';
import { PoliteFetcher, parseRetryAfter } from './fetcher.js';

/** The polite fetcher against a real loopback server. */

const fast = {
  timeoutMs: 800,
  retries: 2,
  retryBaseMs: 5,
  perHostIntervalMs: 0,
  maxRetryAfterMs: 2_000,
  maxBodyBytes: 64 * 1024,
  // The fixture site is on loopback, which the crawler refuses unless the operator allows it.
  allowPrivate: ['127.0.0.1'],
};

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

describe('PoliteFetcher', () => {
  const site = new FixtureServer();
  beforeAll(() => site.start());
  afterAll(() => site.close());

  it('identifies itself, decodes GBK by the header and by <meta>, and gunzips', async () => {
    site.set('/gbk-header', { body: '嘉兴市人民政府 政策文件', charset: 'gbk', declareCharset: true });
    site.set('/gbk-meta', {
      body: '<html><head><meta charset="gb2312"></head><body>嘉政办发〔2024〕12号 鑫淼</body></html>',
      charset: 'gbk',
    });
    site.set('/gzip', { body: '压缩的正文'.repeat(100), gzip: true });
    const fetcher = new PoliteFetcher({ ...fast, userAgent: 'HechuangBot/test' });
    const header = await fetcher.fetch({ url: `${site.url}/gbk-header` });
    expect(header.status === 'ok' && header.text).toBe('嘉兴市人民政府 政策文件');
    expect(header.status === 'ok' && header.charset).toBe('gb18030');
    const meta = await fetcher.fetch({ url: `${site.url}/gbk-meta` });
    expect(meta.status === 'ok' && meta.text).toContain('嘉政办发〔2024〕12号 鑫淼');
    const gzip = await fetcher.fetch({ url: `${site.url}/gzip` });
    expect(gzip.status === 'ok' && gzip.text).toBe('压缩的正文'.repeat(100));
    expect(site.userAgents).toEqual(new Set(['HechuangBot/test']));
    // sanity: GBK bytes really differ from UTF-8 ones
    expect(iconv.encode('嘉兴', 'gbk').byteLength).toBe(4);
  });

  it('sends the stored ETag and reports 304 as not modified', async () => {
    site.set('/etag', { body: '<p>同一内容</p>' });
    const fetcher = new PoliteFetcher(fast);
    const first = await fetcher.fetch({ url: `${site.url}/etag` });
    expect(first.status).toBe('ok');
    const second = await fetcher.fetch({ url: `${site.url}/etag`, etag: first.status === 'ok' ? first.etag : null });
    expect(second.status).toBe('not-modified');
  });

  it('obeys robots.txt without requesting the disallowed page, and caches robots.txt', async () => {
    site.set('/private/secret.html', { body: 'secret' });
    const fetcher = new PoliteFetcher(fast);
    const before = site.hitCount('/robots.txt');
    const error = await failure(fetcher.fetch({ url: `${site.url}/private/secret.html` }));
    expect(error.kind).toBe('robots');
    expect(site.hitCount('/private/secret.html')).toBe(0);
    await fetcher.fetch({ url: `${site.url}/etag` });
    expect(site.hitCount('/robots.txt') - before).toBe(1);
  });

  it('waits out a short Retry-After on 429 and retries', async () => {
    let calls = 0;
    site.set('/busy', {
      handler: (_req, res) => {
        calls += 1;
        if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
        else res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('好了');
      },
    });
    const result = await new PoliteFetcher(fast).fetch({ url: `${site.url}/busy` });
    expect(result.status === 'ok' && result.text).toBe('好了');
    expect(calls).toBe(2);
  });

  it('fails with the retry time when Retry-After is too long to wait', async () => {
    site.set('/closed', { status: 503, headers: { 'retry-after': '3600' }, body: 'maintenance', etag: false });
    const before = site.hitCount('/closed');
    const error = await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/closed` }));
    expect(error.httpStatus).toBe(503);
    expect(error.retryAt!.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    expect(site.hitCount('/closed') - before).toBe(1);
  });

  it('retries 5xx with backoff, then gives up', async () => {
    site.set('/broken', { status: 500, body: 'oops', etag: false });
    const before = site.hitCount('/broken');
    const error = await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/broken` }));
    expect(error.kind).toBe('http');
    expect(error.transient).toBe(true);
    expect(site.hitCount('/broken') - before).toBe(3);
  });

  it('does not retry a 404', async () => {
    const error = await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/missing` }));
    expect(error.httpStatus).toBe(404);
    expect(site.hitCount('/missing')).toBe(1);
  });

  it('detects redirect loops and limits redirect chains', async () => {
    site.set('/loop-a', { status: 302, headers: { location: '/loop-b' }, etag: false });
    site.set('/loop-b', { status: 301, headers: { location: '/loop-a' }, etag: false });
    const loop = await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/loop-a` }));
    expect(loop.kind).toBe('redirects');
    expect(loop.message).toMatch(/loop/);
    for (let i = 0; i < 4; i += 1) site.set(`/hop${i}`, { status: 302, headers: { location: `/hop${i + 1}` }, etag: false });
    site.set('/hop4', { body: '到了' });
    const long = await failure(new PoliteFetcher({ ...fast, maxRedirects: 2 }).fetch({ url: `${site.url}/hop0` }));
    expect(long.message).toMatch(/more than 2 redirects/);
    const ok = await new PoliteFetcher({ ...fast, maxRedirects: 5 }).fetch({ url: `${site.url}/hop0` });
    expect(ok.status === 'ok' && ok.url).toBe(`${site.url}/hop4`);
  });

  it('refuses bodies over the limit, declared or streamed', async () => {
    site.set('/huge', { body: 'x'.repeat(100 * 1024) });
    site.set('/huge-chunked', {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 100; i += 1) res.write('y'.repeat(1024));
        res.end();
      },
    });
    expect((await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/huge` }))).kind).toBe('too-large');
    expect((await failure(new PoliteFetcher(fast).fetch({ url: `${site.url}/huge-chunked` }))).kind).toBe('too-large');
  });

  it('times out a server that stalls mid-body', async () => {
    site.set('/stall', {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>开始');
      },
    });
    const error = await failure(new PoliteFetcher({ ...fast, retries: 0 }).fetch({ url: `${site.url}/stall` }));
    expect(error.kind).toBe('timeout');
  });

  it('keeps per-host concurrency within its limit', async () => {
    site.set('/slow', { body: 'slow', delayMs: 60, etag: false });
    site.maxActive = 0;
    const fetcher = new PoliteFetcher({ ...fast, perHostConcurrency: 2, globalConcurrency: 10 });
    await Promise.all(Array.from({ length: 8 }, () => fetcher.fetch({ url: `${site.url}/slow` })));
    expect(site.maxActive).toBe(2);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2024-03-05T00:00:00Z');
    expect(parseRetryAfter('120', now)?.toISOString()).toBe('2024-03-05T00:02:00.000Z');
    expect(parseRetryAfter('Tue, 05 Mar 2024 01:00:00 GMT', now)?.toISOString()).toBe('2024-03-05T01:00:00.000Z');
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
