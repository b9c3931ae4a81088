import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  GraphQLError as GraphQLErrorClass,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLError,
  type ValidationRule,
} from 'graphql';
import { createSchema, createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Graph } from '../../graph/driver.js';
import { migrationsApplied } from '../../graph/migrations/runner.js';
import { resolvers } from '../../schema/resolvers.generated.js';
import { typeDefs } from '../../schema/typeDefs.generated.js';
import { RateLimiter } from '../../services/account/rate-limit.js';
import { CSRF_HEADER, sessionOf } from '../../services/account/sessions.js';
import {
  DEFAULT_API_LIMITS,
  DEFAULT_AUTH,
  DEFAULT_METRICS,
  resolveProjectRoot,
  type ApiLimits,
  type AuthConfig,
  type MetricsConfig,
} from '../../lib/config.js';
import { createMetrics } from './metrics.js';
import { loadPersistedDocuments, persistedDocumentId, persistedDocumentsFile, type PersistedDocuments } from './persisted-documents.js';
import { AccountRepository } from '../../graph/repositories/account/accounts.js';
import { createRequestContext, type AppServices, type RequestContext } from '../../schema/context.js';
import { AppError } from '../../lib/errors.js';
import { graphqlLogger, toGraphQLError } from '../../schema/errors.js';
import { policyFeedRouter } from './feeds.js';
import { rowLimit } from './query-rows.js';
import { exportRouter, type ExportLimits } from './export-routes.js';
import { securityHeaders } from './security-headers.js';
import { errorHandler } from './error-handler.js';
import { graphqlBodyLimit } from './body-limit.js';
import { MAX_UPLOAD_BYTES } from '../../services/document/upload.js';
import type { ResponseCache } from './response-cache.js';
import { bookstoreRouter } from './bookstore-routes.js';
import { statementRouter } from './statement-routes.js';

export interface AppOptions {
  graph: Graph;
  log: Logger;
  serviceVersion: string;
  /** Built web app (web/dist); when absent, `/` explains how to build it. */
  webDist: string;
  graphiql: boolean;
  services?: AppServices;
  auth?: AuthConfig;
  api?: ApiLimits;
  /** The web client's operations; by default the codegen output in this checkout. */
  persistedDocuments?: PersistedDocuments;
  /** Row caps and rates of the /export downloads. */
  exportLimits?: ExportLimits;
  /** Who may read /metrics (loopback clients by default). */
  metrics?: MetricsConfig;
  /** Visitors' reads cached in memory (`hechuang start` sets one unless RESPONSE_CACHE=off). */
  responseCache?: ResponseCache;
}

type ServerContext = { req: Request; res: Response };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The id genReqId gave the request (always a string there; pino-http types it wider). */
const requestId = (req: Request) => (typeof req.id === 'object' ? JSON.stringify(req.id) : String(req.id));

export function createApp({
  graph,
  log,
  serviceVersion,
  webDist,
  graphiql,
  services = {},
  auth = DEFAULT_AUTH,
  api = DEFAULT_API_LIMITS,
  persistedDocuments,
  exportLimits,
  metrics: metricsConfig = DEFAULT_METRICS,
  responseCache,
}: AppOptions) {
  const metrics = createMetrics(graph, services, metricsConfig);
  const documents = persistedDocuments ?? loadPersistedDocuments(persistedDocumentsFile(resolveProjectRoot()));
  const limits = {
    perAccount: new RateLimiter(auth.loginMaxFailuresPerAccount, auth.loginWindowMs),
    perIp: new RateLimiter(auth.loginMaxAttemptsPerIp, auth.loginWindowMs),
  };
  const schema = createSchema<ServerContext & RequestContext>({ typeDefs, resolvers });
  responseCache?.useSchema(schema);
  const yoga = createYoga<ServerContext, RequestContext>({
    schema,
    context: async ({ req, res }) => {
      const scoped = graph.scoped();
      res.locals.queryStats = scoped.stats;
      const { viewer, session } = await sessionOf({ accounts: new AccountRepository(scoped) }, req.headers.cookie);
      const csrf = req.headers[CSRF_HEADER];
      return createRequestContext(
        req.log,
        requestId(req),
        serviceVersion,
        {
          graph: scoped,
          viewer,
          session,
          http: {
            ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            secureCookies: auth.cookieSecure === 'auto' ? req.secure : auth.cookieSecure,
            setCookie: (value) => res.append('Set-Cookie', value),
            csrfHeader: typeof csrf === 'string' ? csrf : undefined,
          },
          auth: { config: auth, limits },
        },
        services,
      );
    },
    plugins: [
      usePersistedOperations({
        getPersistedOperation: (id) => documents.get(id) ?? null,
        extractPersistedOperationId: persistedDocumentId,
        allowArbitraryOperations: api.arbitraryDocuments,
        customErrors: {
          notFound: { message: 'Unknown persisted document', extensions: { code: 'VALIDATION', reason: 'PERSISTED_QUERY_NOT_FOUND' } },
          persistedQueryOnly: {
            message: 'Only the persisted documents of the web client are accepted here',
            extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_ONLY' },
          },
          keyNotFound: {
            message: 'Send a query or a persisted document id',
            extensions: { code: 'VALIDATION', reason: 'PERSISTED_QUERY_ID_REQUIRED' },
          },
        },
      }),
      ...armor(api).plugins,
      rowLimit(api),
      metrics.graphqlErrors,
      csrfProtection(),
      ...(api.introspection ? [] : [noIntrospection()]),
      ...(responseCache ? [responseCache.plugin(), responseCache.mutationPlugin()] : []),
    ],
    graphiql,
    landingPage: false,
    // Same-origin web app: no origin is granted anything (see ARCHITECTURE.md, "Sessions and CSRF").
    cors: false,
    maxRequestBodySize: api.maxBodyBytes,
    maskedErrors: {
      // Typed errors (NOT_FOUND, VALIDATION…) reach the client; anything else is masked.
      maskError: (error, message, isDev) =>
        toGraphQLError(error, error as { nodes?: never; path?: ReadonlyArray<string | number> }) ?? maskError(error, message, isDev),
    },
    logging: graphqlLogger(log.child({ component: 'graphql' })),
  });

  const app = express();
  // Never express's development behaviour (stack traces in error pages), whatever NODE_ENV says.
  app.set('env', 'production');
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
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
    }),
  );

  app.use(securityHeaders({ graphiql }));
  app.use(metrics.requests);
  app.get('/metrics', metrics.endpoint);

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

  app.use(yoga.graphqlEndpoint, graphqlBodyLimit(api.maxBodyBytes, MAX_UPLOAD_BYTES), (req, res) => yoga(req, res, { req, res }));
  app.use(policyFeedRouter(graph));
  app.use(exportRouter(graph, services, exportLimits));
  const bookstore = services.bookstores ? bookstoreRouter(graph, services, services.bookstores, log) : null;
  if (bookstore) app.use(bookstore.router);
  app.use(statementRouter(graph));

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

  app.use(errorHandler());

  // Background writes still pending (till checks' nonces): a clean shutdown waits for them before the graph closes.
  const idle = async () => {
    await bookstore?.idle();
  };
  return { app, yoga, idle };
}

/** Depth, cost, alias, directive and token limits, rejected before execution with code VALIDATION. */
function armor(api: ApiLimits) {
  const tag = (limit: string) => [
    (_ctx: unknown, error: GraphQLError) => {
      Object.assign(error.extensions as Record<string, unknown>, { code: 'VALIDATION', limit });
    },
  ];
  return new EnvelopArmor({
    maxDepth: { n: api.maxDepth, onReject: tag('maxDepth') },
    costLimit: { maxCost: api.maxCost, onReject: tag('maxCost') },
    maxAliases: { n: api.maxAliases, onReject: tag('maxAliases') },
    maxDirectives: { n: api.maxDirectives, onReject: tag('maxDirectives') },
    maxTokens: { n: api.maxTokens, onReject: tag('maxTokens') },
    blockFieldSuggestion: { enabled: !api.introspection },
  }).protect();
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Mutations need the `x-hechuang-csrf` header: a custom header cannot be sent cross-site
 * without a CORS preflight, which this server never grants. With a session cookie the header
 * must also equal the session's CSRF token (see ARCHITECTURE.md, "Sessions and CSRF").
 */
function csrfProtection(): Plugin<RequestContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types the execution arguments loosely (any): name what they are.
      const document = args.document as DocumentNode;
      const operationName = args.operationName as string | null | undefined;
      const operation = getOperationAST(document, operationName ?? undefined);
      if (operation?.operation !== OperationTypeNode.MUTATION) return;
      const ctx = args.contextValue as RequestContext;
      const header = ctx.http.csrfHeader;
      const ok = !!header && (ctx.session === null || sameToken(header, ctx.session.csrfToken));
      if (!ok) {
        const error = new AppError(
          'FORBIDDEN',
          `Mutations need the ${CSRF_HEADER} header${ctx.session ? " with this session's CSRF token" : ''}`,
          {
            reason: 'CSRF',
          },
        );
        setResultAndStopExecution({ errors: [toGraphQLError(error)!] });
      }
    },
  };
}

/**
 * Refuses `__schema` and `__type` by field name. graphql's own NoSchemaIntrospectionCustomRule
 * checks types with instanceof, which fails when yoga validates with graphql's other
 * (CommonJS) build; `__typename` stays allowed.
 */
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLErrorClass('GraphQL introspection is disabled on this server', { nodes: node }));
    }
  },
});

function noIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}
