import type { Request, RequestHandler } from 'express';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import ipaddr from 'ipaddr.js';
import type { Graph } from '../../graph/driver.js';
import type { AppServices } from '../../schema/context.js';
import type { MetricsConfig } from '../../lib/config.js';
import { isAppError } from '../../lib/errors.js';

/**
 * `/metrics` in Prometheus' text format (prom-client): HTTP requests and latencies by route and
 * status, GraphQL errors by code, Neo4j queries and failures, crawl runs by source and status,
 * import jobs by status, the embedding query queue, and node's own process metrics. Not public
 * by default: loopback clients only, or anyone with `METRICS_TOKEN` as a bearer token.
 */
export interface AppMetrics {
  registry: Registry;
  /** Counts requests and their latency (mount first). */
  requests: RequestHandler;
  /** Serves /metrics to the clients the config lets in. */
  endpoint: RequestHandler;
  /** Counts GraphQL errors by `extensions.code`. */
  graphqlErrors: Plugin;
}

/** The route pattern, so labels stay few: `/export/:file`, not one per file name. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string' && route !== '/') return `${req.baseUrl}${route}`;
  // Mounted handlers (yoga) see a stripped path: read the first segment of the URL as sent.
  const first = (req.originalUrl.split('?')[0] ?? '').split('/')[1] ?? '';
  return ['graphql', 'healthz', 'readyz', 'metrics', 'feeds', 'export'].includes(first) ? `/${first}` : 'other';
}

function isLoopback(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'loopback';
}

export function createMetrics(graph: Graph, services: AppServices, config: MetricsConfig): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hechuang_' });
  const duration = new Histogram({
    name: 'hechuang_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const requestsTotal = new Counter({
    name: 'hechuang_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'hechuang_graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  let queriesSeen = 0;
  let failuresSeen = 0;
  new Counter({
    name: 'hechuang_neo4j_queries_total',
    help: 'Cypher statements run',
    registers: [registry],
    collect() {
      this.inc(graph.stats.queries - queriesSeen);
      queriesSeen = graph.stats.queries;
    },
  });
  new Counter({
    name: 'hechuang_neo4j_query_failures_total',
    help: 'Cypher statements that failed',
    registers: [registry],
    collect() {
      const failures = graph.stats.failures ?? 0;
      this.inc(failures - failuresSeen);
      failuresSeen = failures;
    },
  });
  new Gauge({
    name: 'hechuang_embedding_queue',
    help: 'Query embeddings running and waiting for the model',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = services.embedding?.queries.stats ?? { running: 0, queued: 0 };
      this.set({ state: 'running' }, stats.running);
      this.set({ state: 'queued' }, stats.queued);
    },
  });
  // Runs and imports are counted in the graph, so several instances and restarts agree.
  new Gauge({
    name: 'hechuang_crawl_runs',
    help: 'Crawl runs stored, by source and status (failed runs are the failures)',
    labelNames: ['source', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await graph.read<{ source: string; status: string; n: number }>(
        'MATCH (r:CrawlRun) RETURN r.sourceId AS source, r.status AS status, count(*) AS n',
      );
      for (const row of rows) this.set({ source: row.source ?? 'unknown', status: row.status ?? 'unknown' }, row.n);
    },
  });
  new Gauge({
    name: 'hechuang_import_jobs',
    help: 'Literature import jobs stored, by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await graph.read<{ status: string; n: number }>('MATCH (b:ImportBatch) RETURN b.status AS status, count(*) AS n');
      for (const row of rows) this.set({ status: row.status ?? 'unknown' }, row.n);
    },
  });

  const requests: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      stop(labels);
      requestsTotal.inc(labels);
    });
    next();
  };

  const allowed = (req: Request) => {
    if (config.access === 'open') return true;
    if (config.token && req.headers.authorization === `Bearer ${config.token}`) return true;
    // A proxy in front (trust proxy: loopback) makes req.ip the outside client, so proxied requests are not loopback.
    return config.access === 'loopback' && isLoopback(req.ip);
  };
  const endpoint: RequestHandler = (req, res, next) => {
    if (config.access === 'off') return next();
    if (!allowed(req)) return void res.status(403).type('text/plain; charset=utf-8').send('metrics are not public on this server\n');
    registry.metrics().then(
      (text) => res.type(registry.contentType).send(text),
      (error: unknown) => next(error),
    );
  };

  const graphqlErrors: Plugin = {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        const list = (result as { errors?: readonly { extensions?: { code?: unknown }; originalError?: unknown }[] }).errors ?? [];
        for (const error of list) {
          // Resolver errors are not yet mapped to their code here (masking comes later): read the AppError.
          const given = error.extensions?.code;
          const code =
            typeof given === 'string' ? given : isAppError(error.originalError) ? error.originalError.code : 'INTERNAL_SERVER_ERROR';
          errors.inc({ code });
        }
      },
    }),
  };

  return { registry, requests, endpoint, graphqlErrors };
}
