import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { createGraphQLError, createSchema, createYoga, maskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Graph } from '../graph/driver.js';
import { migrationsApplied } from '../graph/migrations/runner.js';
import { resolvers } from '../schema/resolvers.generated.js';
import { typeDefs } from '../schema/typeDefs.generated.js';
import { createRequestContext, type AppServices, type RequestContext } from './context.js';
import { isAppError } from './errors.js';
import type { TopicSettings } from '../topics/topic-service.js';
import { policyFeedRouter } from './policy-feeds.js';

export interface AppOptions {
  graph: Graph;
  log: Logger;
  serviceVersion: string;
  /** Built web app (web/dist); when absent, `/` explains how to build it. */
  webDist: string;
  graphiql: boolean;
  services?: AppServices;
  /** Clustering settings and embedding model the topic decisions use (defaults otherwise). */
  topicSettings?: TopicSettings;
}

type ServerContext = { req: Request; res: Response };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export function createApp({ graph, log, serviceVersion, webDist, graphiql, services = {}, topicSettings }: AppOptions) {
  const yoga = createYoga<ServerContext, RequestContext>({
    schema: createSchema<ServerContext & RequestContext>({ typeDefs, resolvers }),
    context: ({ req, res }) => {
      const context = createRequestContext(graph, req.log, String(req.id), serviceVersion, services, topicSettings);
      res.locals.queryStats = context.graph.stats;
      return context;
    },
    graphiql,
    landingPage: false,
    maskedErrors: {
      // Typed errors (NOT_FOUND, VALIDATION…) reach the client; anything else is masked.
      maskError: (error, message, isDev) => {
        const original = (error as { originalError?: unknown }).originalError;
        if (!isAppError(original)) return maskError(error, message, isDev);
        const located = error as { nodes?: never; path?: ReadonlyArray<string | number> };
        return createGraphQLError(original.message, { nodes: located.nodes, path: located.path, extensions: original.extensions });
      },
    },
    logging: log.child({ component: 'graphql' }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customProps: (_req, res) => {
        const stats = (res as Response).locals?.queryStats as { queries: number } | undefined;
        return stats ? { neo4jQueries: stats.queries } : {};
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (req, res) => {
    try {
      await graph.verifyConnectivity();
      const migrated = await migrationsApplied(graph);
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'migrations pending', neo4j: 'ok' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', neo4j: 'unreachable' });
    }
  });

  app.use(yoga.graphqlEndpoint, (req, res) => yoga(req, res, { req, res }));
  app.use(policyFeedRouter(graph));

  if (existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (no file extension, a browser asking for HTML) fall back to the app
    // shell; a missing asset such as /favicon.ico or /assets/x.js stays a 404.
    app.get(/^\/(?!graphql|healthz|readyz)[^.]*$/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(path.join(webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build`.');
    });
  }

  return { app, yoga };
}
