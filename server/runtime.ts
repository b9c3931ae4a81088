import type { Server } from 'node:http';
import { createMailer } from '../services/purchase/notify.js';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { Graph } from '../graph/driver.js';
import { localNeo4jStatus } from '../graph/local/launcher.js';
import { SupervisedNeo4j } from '../graph/local/supervisor.js';
import { javaTools } from '../graph/local/runtime.js';
import { migrate, type MigrationReport } from '../graph/migrations/runner.js';
import { createRepositories } from '../graph/repositories/index.js';
import { EmbeddingService } from '../services/embedding/service.js';
import { createApp } from './http/app.js';
import { VARIANTS } from '../topics/model/catalog.js';
import type { Config } from '../lib/config.js';
import { CrawlScheduler } from '../services/source/scheduler.js';
import { CrawlService } from '../services/source/crawl.js';
import { StoreOutbox } from '../services/bookstore/outbox.js';
import { loadTaxonomy, taxonomyFile } from '../services/industry/taxonomy.js';
import { librariesFile, loadLibraries } from '../services/account/libraries.js';
import { readServiceVersion } from './version.js';
import { prepareFirstRun } from './first-run.js';
import { ResponseCache } from './http/response-cache.js';
import { ReferenceData } from '../services/industry/reference.js';
import { AppError } from '../lib/errors.js';
import { NewsTopicAssigner } from '../services/trend/news-topics.js';
import { systemClock } from '../lib/clock.js';
import type { ChangeNotifier } from '../lib/changes.js';

/** A start-up failure the operator can fix; the CLI prints its message as one line. */
export class StartupError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('UNAVAILABLE', message, {}, options);
  }
}

export interface GraphHandle {
  graph: Graph;
  /** The local Neo4j this process started, supervised, and must stop; undefined in production mode. */
  local: SupervisedNeo4j | undefined;
  describe: string;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Where progress lines go (jar downloads, start-up); the CLI prints them. */
  onProgress?: (line: string) => void;
}

export function localNeo4jOptions(config: Config, options: RuntimeOptions & { detached?: boolean }) {
  if (config.neo4j.mode !== 'local') throw new Error('the local Neo4j is not used when NEO4J_URI is set');
  return {
    home: config.neo4j.home,
    port: config.neo4j.port,
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    startupTimeoutMs: config.neo4j.startTimeoutMs,
    cacheDir: config.cacheDir,
    launcherDir: path.join(config.projectRoot, 'graph', 'local'),
    tools: javaTools(config.javaHome),
    detached: options.detached ?? false,
    onProgress: options.onProgress,
  };
}

/**
 * Connects to Neo4j: the configured server in production mode; otherwise the local one,
 * reusing an instance already running on this data directory (`hechuang neo4j start`)
 * or starting one owned by this process.
 */
export async function openGraph(config: Config, options: RuntimeOptions = {}): Promise<GraphHandle> {
  const { neo4j } = config;
  const progress = options.onProgress ?? (() => {});
  // Before the graph first answers, start-up reports the failure itself in one line.
  let answered = false;
  const graphOptions = {
    database: neo4j.database,
    txTimeoutMs: neo4j.txTimeoutMs,
    maxPoolSize: neo4j.pool.maxSize,
    acquisitionTimeoutMs: neo4j.pool.acquisitionTimeoutMs,
    onCircuitChange: (state: 'open' | 'closed') => {
      if (answered)
        progress(state === 'open' ? 'Neo4j is not answering: requests get UNAVAILABLE until it is back' : 'Neo4j answers again');
    },
  };
  if (neo4j.mode === 'remote') {
    const graph = Graph.connect(neo4j.uri, neo4j.user, neo4j.password, graphOptions);
    try {
      await waitForBolt(graph, neo4j.connectTimeoutMs);
      answered = true;
    } catch (error) {
      await graph.close();
      throw new StartupError(`cannot use Neo4j at ${neo4j.uri} (NEO4J_URI): ${(error as Error).message.split('\n')[0]}`);
    }
    return { graph, local: undefined, describe: neo4j.uri, close: () => graph.close() };
  }
  const running = await localNeo4jStatus(neo4j.home);
  // A JVM this process starts is supervised: restarted with backoff if it dies.
  const local = running
    ? undefined
    : await SupervisedNeo4j.start(localNeo4jOptions(config, options), { onEvent: (event) => progress(event.detail) });
  const info = running ?? local!.info;
  const graph = Graph.connect(info.uri, info.user, info.password, graphOptions);
  local?.guard(graph);
  try {
    await waitForBolt(graph, 30_000);
    answered = true;
  } catch (error) {
    await graph.close();
    await local?.stop();
    throw error;
  }
  return {
    graph,
    local,
    describe: `${info.uri} (local, ${running ? `already running as pid ${info.pid}` : 'started by this process'})`,
    close: async () => {
      await graph.close();
      await local?.stop();
    },
  };
}

async function waitForBolt(graph: Graph, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await graph.verifyConnectivity();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security') || Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

/** Schema migrations, then the reference data the service needs (the industry taxonomy, the member libraries). */
export async function prepareGraph(graph: Graph, config: Config): Promise<MigrationReport & { industries: number; libraries: number }> {
  const report = await migrate(graph);
  return { ...report, ...(await prepareReferenceData(graph, config)) };
}

/** The industry taxonomy and the member libraries from their files (an unchanged taxonomy is not written again). */
async function prepareReferenceData(graph: Graph, config: Config): Promise<{ industries: number; libraries: number }> {
  const repos = createRepositories(graph);
  const taxonomy = await loadTaxonomy(repos, taxonomyFile(config.projectRoot), { timeoutMs: config.importTxTimeoutMs });
  const libraries = await loadLibraries(repos, librariesFile(config.projectRoot));
  return { industries: taxonomy.industries, libraries };
}

export interface RunningService {
  url: string;
  server: Server;
  graph: GraphHandle;
  /** Scheduled crawls; undefined when CRAWL_SCHEDULER=off. */
  scheduler: CrawlScheduler | undefined;
  shutdown(reason: string): Promise<void>;
}

/** `hechuang start`: Neo4j, migrations, reference data, then HTTP. */
export async function startService(config: Config, log: Logger, options: RuntimeOptions = {}): Promise<RunningService> {
  const started = Date.now();
  const handle = await openGraph(config, options);
  try {
    const prepared = await prepareGraph(handle.graph, config);
    log.info({ neo4j: handle.describe, migrationsApplied: prepared.applied, industries: prepared.industries }, 'graph ready');
  } catch (error) {
    await handle.close();
    throw error;
  }
  const embedding = new EmbeddingService(handle.graph, config, {
    onProgress: (line) => log.info({ component: 'embedding-model' }, line),
  });
  const responseCache = config.responseCache.enabled ? new ResponseCache(config.responseCache) : undefined;
  // News the crawler commits is embedded and assigned to a topic in the background (hot topics by meaning).
  const newsTopics = new NewsTopicAssigner(createRepositories(handle.graph), embedding, {
    clock: systemClock,
    perRound: config.embedding.newsPerRound,
    onError: (error) => log.warn({ err: error, component: 'news-topics' }, 'news items could not be embedded and assigned to topics'),
  });
  const changes: ChangeNotifier = {
    committed: (touched) => {
      responseCache?.committed(touched);
      if (touched.some((t) => t.typename === 'NewsItem')) newsTopics.schedule();
    },
  };
  const crawl = new CrawlService(handle.graph, config.crawl, { log: log.child({ component: 'crawler' }), changes });
  await prepareFirstRun(handle.graph, crawl, config.projectRoot, log, options.onProgress ?? ((line) => log.info(line)));
  const reference = new ReferenceData(createRepositories(handle.graph));
  await reference.load();
  if (responseCache) reference.onReload(() => responseCache.clear());
  reference.watch(
    [taxonomyFile(config.projectRoot), librariesFile(config.projectRoot)],
    async () => {
      await prepareReferenceData(handle.graph, config);
      log.info('reference data reloaded (industries, regions, libraries)');
    },
    (error) => log.error({ err: error }, 'reference data could not be reloaded; the previous data stays in use'),
  );
  const { app, yoga, idle } = createApp({
    services: {
      embedding,
      crawl,
      reference,
      topicSettings: { config: config.topics, embeddingModel: VARIANTS[config.embedding.variant].modelId },
      mailer: createMailer(config.mail),
      bookstores: config.bookstores,
      onOrderQueued: () => outbox?.kick(),
    },
    responseCache,
    graph: handle.graph,
    log,
    serviceVersion: readServiceVersion(config.projectRoot),
    webDist: path.join(config.projectRoot, 'web', 'dist'),
    graphiql: config.env !== 'production',
    auth: config.auth,
    api: config.api,
    metrics: config.metrics,
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
    listening.once('error', reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await handle.close();
    throw error.code === 'EADDRINUSE'
      ? new StartupError(`port ${config.port} on ${config.host} is already in use; set PORT to a free port`)
      : error;
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info({ url, startupMs: Date.now() - started }, 'hechuang is serving');

  let scheduler: CrawlScheduler | undefined;
  if (config.crawl.scheduler) {
    scheduler = new CrawlScheduler(
      { listSources: (filter) => crawl.listSources(filter), crawl: (id) => crawl.crawl(id) },
      { jitterMs: config.crawl.jitterMs, refreshMs: 5 * 60_000, log: log.child({ component: 'crawl-scheduler' }) },
    );
    try {
      await scheduler.start();
      log.info({ sources: scheduler.scheduledSources().length }, 'crawl scheduler started');
    } catch (error) {
      // The service is useful without scheduled crawls; say so and carry on.
      log.error({ err: error }, 'crawl scheduler could not start');
    }
  }

  // Orders for online stores wait in the outbox until their store answers.
  const outbox = config.bookstores.stores.some((s) => s.channel === 'ONLINE')
    ? new StoreOutbox({
        repos: createRepositories(handle.graph),
        purchase: { repos: createRepositories(handle.graph), mailer: createMailer(config.mail) },
        config: config.bookstores,
        log: log.child({ component: 'store-outbox' }),
      })
    : undefined;
  outbox?.start();

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      await scheduler?.stop();
      // Runs still going (scheduled or asked for over the API) end as failed and free their sources.
      const interrupted = await crawl.crawler
        .interruptRuns(`interrupted: the service shut down (${reason})`)
        .catch((error: unknown) => (log.warn({ err: error }, 'could not mark running crawls as interrupted'), []));
      if (interrupted.length > 0) log.warn({ runs: interrupted }, 'crawl runs interrupted by shutdown');
      await outbox?.stop();
      await newsTopics.idle();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await Promise.race([
        closed.then(() => true),
        sleep(config.shutdownTimeoutMs, undefined, { ref: false }).then(() => false),
      ]);
      if (!drained) {
        log.warn({ timeoutMs: config.shutdownTimeoutMs }, 'requests still running at shutdown; closing their connections');
        server.closeAllConnections();
      }
      reference.close();
      await idle();
      await yoga.dispose();
      await embedding.close();
      await handle.close();
      log.info('stopped');
    })();
    return stopping;
  };
  return { url, server, graph: handle, scheduler, shutdown };
}
