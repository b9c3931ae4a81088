import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum, restoreBackup, writeBackup } from '../../services/backup/backup.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { isAppError } from '../../lib/errors.js';
import { importLiteratureFile } from '../../services/document/import.js';
import { createEntity } from '../../services/entity/entities.js';
import { typed } from '../gql/index.js';
import { startApp } from '../support/client.js';
import { literatureFixture } from '../support/documents.js';
import { importStore } from '../support/factories/document.js';
import { buildCrawler, buildSource } from '../support/factories/source.js';
import { graphql } from '../support/http.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

/**
 * A Neo4j of this file's own. kill -9 of its JVM while an import, a crawl and curation are writing: every request
 * in the outage is a fast, clear UNAVAILABLE, /readyz says so, the supervisor starts the JVM
 * again, and afterwards nothing acknowledged is lost and nothing is stored twice.
 */

const Industries = typed(`query ReliabilityIndustries { industries { code } }`);

const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

async function until<T>(probe: () => Promise<T | false>, what: string, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => false as const);
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const feed = (base: string, count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>停电测试</title>${Array.from(
    { length: count },
    (_, i) => `<item><title>嘉兴停电测试新闻 ${i}</title><link>${base}/outage/${i}.html</link><description>第 ${i} 条</description></item>`,
  ).join('')}</channel></rss>`;

let db: Awaited<ReturnType<typeof startPrivateNeo4j>>;
let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  db = await startPrivateNeo4j();
  app = await startApp(db.graph);
}, 420_000);
afterAll(async () => {
  await app?.close();
  await db?.stop();
});

describe('Neo4j outage', () => {
  const site = new FixtureServer();
  beforeAll(() => site.start());
  afterAll(() => site.close());

  it(
    'kill -9 mid-import, mid-crawl and mid-curation: UNAVAILABLE, /readyz 503, restarted, nothing lost or duplicated',
    { timeout: 300_000 },
    async () => {
      const { graph } = db;
      expect((await graphql(app.url, Industries)).data?.industries.length).toBeGreaterThan(0);
      site.set('/outage.xml', { body: feed(site.url, 60), contentType: 'application/rss+xml' });
      const source = await buildSource(graph, { url: `${site.url}/outage.xml` });
      const crawler = buildCrawler(graph, { lockStaleMs: 1_000 });

      // Curation: one person after another; each is acknowledged or refused, in order.
      const acknowledged: string[] = [];
      const refused: Array<{ name: string; code: string }> = [];
      const outcomes: string[] = []; // 'ok' or the refusal's code
      let stopCuration = false;
      const curation = (async () => {
        for (let i = 0; !stopCuration; i += 1) {
          const name = `停电测试人物${i}`;
          try {
            await createEntity(createRepositories(graph), CLI_ACTOR, 'Person', { name });
            acknowledged.push(name);
            outcomes.push('ok');
          } catch (error) {
            refused.push({ name, code: codeOf(error) });
            outcomes.push(codeOf(error));
            // As a client told to retry in a moment: refusals are instant while the circuit is open.
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      })();
      await until(() => Promise.resolve(acknowledged.length >= 3 || false), 'curation to be under way');
      const store = importStore(graph);
      const importing = importLiteratureFile(store, literatureFixture('cnki.ris')).then(
        (report) => ({ ok: true as const, report }),
        (error: unknown) => ({ ok: false as const, code: codeOf(error) }),
      );
      const crawling = crawler.crawlSource(source.id, { force: true }).then(
        (summary) => ({ ok: true as const, summary }),
        (error: unknown) => ({ ok: false as const, code: codeOf(error) }),
      );

      process.kill(db.neo4j.info.pid, 'SIGKILL');
      const killedAfter = outcomes.length;
      const [imported, crawled] = await Promise.all([importing, crawling]);
      await until(() => Promise.resolve(refused.length > 0 || false), 'a refused write');

      // While it is down: fast, clear refusals.
      const during = await graphql(app.url, Industries);
      expect(during.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(during.errors?.[0]?.message).toMatch(/Neo4j/);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200); // the process lives
      const exported = await fetch(`${app.url}/export/documents.csv`);
      expect(exported.status).toBe(503);

      await until(async () => (await fetch(`${app.url}/readyz`)).status === 200, 'the supervisor to restart Neo4j');
      // The circuit stays open until the launcher reported READY and probe queries answered: once
      // /readyz says ready, the restart is counted, and curation keeps succeeding from its first success on.
      expect(db.neo4j.restartCount).toBe(1);
      // (A command on its way at the kill may still have committed: the outage starts at the first refusal after it.)
      const firstRefusal = outcomes.findIndex((outcome, i) => i >= killedAfter && outcome !== 'ok');
      const firstSuccess = await until(() => {
        const at = outcomes.indexOf('ok', firstRefusal);
        return Promise.resolve(at > firstRefusal && outcomes.length >= at + 50 && at);
      }, '50 curation commands after the first success');
      stopCuration = true;
      await curation;
      expect(outcomes.slice(firstSuccess).filter((outcome) => outcome !== 'ok')).toEqual([]);
      expect(db.events.some((event) => event.startsWith('restarted'))).toBe(true);
      expect(new Set(refused.map((r) => r.code))).toEqual(new Set(['UNAVAILABLE']));
      if (!imported.ok) expect(imported.code).toBe('UNAVAILABLE');
      if (!crawled.ok) expect(crawled.code).toBe('UNAVAILABLE');

      // Curation: every acknowledged person is there once; a refused one at most once.
      const people = await graph.read<{ name: string; copies: number }>(
        `MATCH (p:Person) WHERE p.name STARTS WITH '停电测试人物' RETURN p.name AS name, count(*) AS copies`,
      );
      const copies = new Map(people.map((row) => [row.name, row.copies]));
      for (const name of acknowledged) expect(copies.get(name), name).toBe(1);
      expect(people.every((row) => row.copies === 1)).toBe(true);

      // The import again: the file's records stored once, whatever the first attempt managed.
      const again = await importLiteratureFile(store, literatureFixture('cnki.ris'));
      const firstAdded = imported.ok ? imported.report.added.length : 0;
      const [{ documents, keys } = { documents: -1, keys: -2 }] = await graph.read<{ documents: number; keys: number }>(
        'MATCH (d:Document) RETURN count(d) AS documents, count(DISTINCT d.dedupeKey) AS keys',
      );
      expect(documents).toBe(keys);
      expect(documents).toBe(firstAdded + again.added.length);
      expect(documents).toBeGreaterThan(0);

      // The crawl again (the dead run's lease lapses): every item once.
      const recrawl = await until(async () => {
        const summary = await crawler.crawlSource(source.id, { force: true });
        return summary.status !== 'skipped' && summary;
      }, 'the interrupted crawl to release its source');
      expect(recrawl.status).toBe('ok');
      const [{ items, urls } = { items: -1, urls: -2 }] = await graph.read<{ items: number; urls: number }>(
        `MATCH (n:NewsItem) WHERE n.url STARTS WITH $prefix RETURN count(n) AS items, count(DISTINCT n.url) AS urls`,
        { prefix: `${site.url}/outage/` },
      );
      expect(items).toBe(60);
      expect(urls).toBe(60);
    },
  );
});

describe('backup and restore', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-backup-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    'round-trips a populated graph with every value type; refuses a non-empty graph and a newer schema',
    { timeout: 180_000 },
    async () => {
      const { graph } = db;
      await createEntity(createRepositories(graph), CLI_ACTOR, 'Person', { name: '备份测试人物' });
      await graph.write(
        `CREATE (:BackupProbe {i: 1, f: 1.0, floats: [0.5, 1.0], ints: [1, 2], big: 9007199254740993, yes: true, text: '嘉兴',
                             d: date('2024-03-01'), dt: datetime('2024-03-01T08:00:00.123456789+08:00[Asia/Shanghai]'),
                             offset: datetime('2024-03-01T08:00:00-05:30'), local: localdatetime('2024-03-01T08:00:00')})
              -[:PROBES {at: datetime('2024-03-02T00:00:00Z'), weight: 2}]->(:BackupProbe {i: 2})`,
      );
      const before = await graphChecksum(graph);
      const file = path.join(dir, 'graph.jsonl.gz');
      const backup = await writeBackup(graph, file);
      expect(backup).toMatchObject({ nodes: before.nodes, relationships: before.relationships, checksum: before.checksum });
      expect(backup.nodes).toBeGreaterThan(50);

      await expect(restoreBackup(graph, file)).rejects.toMatchObject({ code: 'CONFLICT' });
      await graph.write('MATCH (n) DETACH DELETE n');
      const restored = await restoreBackup(graph, file);
      expect(restored).toMatchObject({
        nodes: before.nodes,
        relationships: before.relationships,
        checksum: before.checksum,
        verified: true,
      });
      expect(await graphChecksum(graph)).toEqual(before);
      const [probe] = await graph.read<{ types: string[] }>(
        `MATCH (p:BackupProbe {i: 1}) RETURN [k IN ['i', 'f', 'floats', 'big', 'd', 'dt', 'local'] | valueType(p[k])] AS types`,
      );
      expect(probe?.types).toEqual([
        'INTEGER NOT NULL',
        'FLOAT NOT NULL',
        'LIST<FLOAT NOT NULL> NOT NULL',
        'INTEGER NOT NULL',
        'DATE NOT NULL',
        'ZONED DATETIME NOT NULL',
        'LOCAL DATETIME NOT NULL',
      ]);

      const newer = path.join(dir, 'newer.jsonl.gz');
      await writeFile(
        newer,
        gzipSync(`${JSON.stringify({ header: { format: 'hechuang-backup/1', schemaVersion: 99_999, createdAt: '2030-01-01' } })}\n`),
      );
      await expect(restoreBackup(graph, newer)).rejects.toThrow(/newer Hechuang \(schema version 99999/);
    },
  );
});
