import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';
import { parseBookstores, type BookstoresConfig } from './bookstores.js';

/** The only place that reads the environment. Everything else receives a `Config`. */

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a TCP port number' })
    .int('expected a whole number')
    .min(1, 'expected a TCP port between 1 and 65535')
    .max(65535, 'expected a TCP port between 1 and 65535')
    .default(fallback);

const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g')
    .default(fallback);

const positiveInt = (fallback: number, unit: string) =>
  z.coerce
    .number({ error: `expected a number of ${unit}` })
    .int(`expected a whole number of ${unit}`)
    .positive(`expected a positive number of ${unit}`)
    .default(fallback);

/** One 20 MB upload in base64 (4/3 of it) plus 1 MiB for the rest of the document. */
const DEFAULT_MAX_BODY_BYTES = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 1024 * 1024;

/** An entry of CRAWL_ALLOW_PRIVATE: a CIDR range, an IPv4/IPv6 address or a host name. */
const allowEntry = (entry: string) => /^[0-9a-f.:]+\/\d{1,3}$/i.test(entry) || /^[0-9a-f.:]+$/i.test(entry) || /^[a-z0-9.-]+$/i.test(entry);

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z
  .object({
    PORT: port(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    CACHE_DIR: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    NEO4J_URI: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a Neo4j URI such as neo4j://host:7687 or neo4j+s://xxx.databases.neo4j.io')
        .optional(),
    ),
    NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().optional()),
    NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
    NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().optional()),
    JAVA_HOME: z.preprocess(emptyAsUndefined, z.string().optional()),
    NEO4J_LOCAL_PORT: port(7687),
    NEO4J_LOCAL_HEAP: memorySize('1g'),
    NEO4J_LOCAL_PAGECACHE: memorySize('256m'),
    NEO4J_LOCAL_START_TIMEOUT_MS: positiveInt(120_000, 'milliseconds'),
    NEO4J_TX_TIMEOUT_MS: positiveInt(15_000, 'milliseconds'),
    NEO4J_POOL_SIZE: positiveInt(50, 'connections'),
    NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt(10_000, 'milliseconds'),
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt(30_000, 'milliseconds'),
    SHUTDOWN_TIMEOUT_MS: positiveInt(10_000, 'milliseconds'),
    IMPORT_TX_TIMEOUT_MS: positiveInt(300_000, 'milliseconds'),
    HF_ENDPOINT: z
      .string()
      .url('expected a URL such as https://huggingface.co or a mirror such as https://hf-mirror.com')
      .default('https://huggingface.co'),
    MAVEN_REPOSITORY_URL: z.string().url('expected a Maven repository URL').default('https://repo1.maven.org/maven2'),
    MODEL_FETCH_TIMEOUT_MS: positiveInt(5_000, 'milliseconds'),
    EMBEDDING_MODEL_VARIANT: z.enum(['fp32', 'int8'], { error: 'expected fp32 or int8' }).default('fp32'),
    EMBEDDING_THREADS: z.preprocess(emptyAsUndefined, positiveInt(1, 'threads').optional()),
    EMBEDDING_BATCH_SIZE: positiveInt(16, 'texts'),
    EMBEDDING_QUEUE_MAX: positiveInt(64, 'queries'),
    EMBEDDING_QUEUE_PER_CLIENT: positiveInt(4, 'queries'),
    NEWS_EMBED_PER_ROUND: positiveInt(200, 'news items'),
    TOPIC_SEED: z.coerce
      .number({ error: 'expected a whole number' })
      .int('expected a whole number')
      .min(0, 'expected 0 or more')
      .default(42),
    TOPIC_MIN_SIZE: positiveInt(5, 'documents'),
    TOPIC_COUNT: z.preprocess(emptyAsUndefined, positiveInt(1, 'topics').optional()),
    TOPIC_INDUSTRY_THRESHOLD: z.coerce
      .number({ error: 'expected a number between 0 and 1' })
      .min(0, 'expected a number between 0 and 1')
      .max(1, 'expected a number between 0 and 1')
      .default(0.65),
    TOPIC_OUTSIDE_THRESHOLD: z.coerce
      .number({ error: 'expected a number between 0 and 1' })
      .min(0, 'expected a number between 0 and 1')
      .max(1, 'expected a number between 0 and 1')
      .default(0.6),
    TOPIC_PURITY_THRESHOLD: z.coerce
      .number({ error: 'expected a number between 0 and 1' })
      .min(0, 'expected a number between 0 and 1')
      .max(1, 'expected a number between 0 and 1')
      .default(0),
    CRAWL_SCHEDULER: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
    CRAWL_USER_AGENT: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
    CRAWL_TIMEOUT_MS: positiveInt(20_000, 'milliseconds'),
    CRAWL_MAX_BODY_BYTES: positiveInt(5 * 1024 * 1024, 'bytes'),
    CRAWL_HOST_INTERVAL_MS: z.coerce
      .number({ error: 'expected a number of milliseconds' })
      .int('expected a whole number of milliseconds')
      .min(0, 'expected 0 or more milliseconds')
      .default(500),
    CRAWL_DISABLE_AFTER: positiveInt(5, 'failed runs'),
    CRAWL_LEASE_MS: positiveInt(60_000, 'milliseconds'),
    CRAWL_ALLOW_PRIVATE: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .refine((entries) => entries.every(allowEntry), 'expected host names, addresses or CIDR ranges separated by commas'),
    CRAWL_JITTER_MS: z.coerce
      .number({ error: 'expected a number of milliseconds' })
      .int('expected a whole number of milliseconds')
      .min(0, 'expected 0 or more milliseconds')
      .default(120_000),
    SESSION_TTL_HOURS: positiveInt(24 * 14, 'hours'),
    COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'expected auto, true or false' }).default('auto'),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5, 'attempts'),
    LOGIN_MAX_ATTEMPTS_PER_IP: positiveInt(30, 'attempts'),
    LOGIN_WINDOW_MINUTES: positiveInt(15, 'minutes'),
    GRAPHQL_INTROSPECTION: z.preprocess(emptyAsUndefined, z.enum(['true', 'false'], { error: 'expected true or false' }).optional()),
    GRAPHQL_ARBITRARY_DOCUMENTS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false'], { error: 'expected true or false' }).optional()),
    GRAPHQL_MAX_DEPTH: positiveInt(8, 'levels'),
    GRAPHQL_MAX_COST: positiveInt(20_000, 'cost units'),
    GRAPHQL_MAX_ROWS: positiveInt(50_000, 'rows'),
    GRAPHQL_ASSUMED_LIST_SIZE: positiveInt(10, 'items'),
    GRAPHQL_MAX_ALIASES: positiveInt(15, 'aliases'),
    GRAPHQL_MAX_DIRECTIVES: positiveInt(10, 'directives'),
    GRAPHQL_MAX_TOKENS: positiveInt(2000, 'tokens'),
    METRICS: z.enum(['loopback', 'open', 'off'], { error: 'expected loopback, open or off' }).default('loopback'),
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'expected at least 16 characters').optional()),
    GRAPHQL_MAX_BODY_BYTES: positiveInt(DEFAULT_MAX_BODY_BYTES, 'bytes'),
    RESPONSE_CACHE: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
    RESPONSE_CACHE_TTL_SECONDS: positiveInt(60, 'seconds'),
    RESPONSE_CACHE_MAX_ENTRIES: positiveInt(5000, 'entries'),
    BOOKSTORES: z.string().default('[]'),
    BOOKSTORE_TIMEOUT_MS: positiveInt(5_000, 'milliseconds'),
    BOOKSTORE_MAX_ATTEMPTS: positiveInt(4, 'attempts'),
    BOOKSTORE_REPLAY_WINDOW_SECONDS: positiveInt(300, 'seconds'),
    BOOKSTORE_OUTBOX_INTERVAL_MS: positiveInt(10_000, 'milliseconds'),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\/.+/, 'expected an SMTP URL such as smtp://user:password@mail.example.org:587 or smtps://…:465')
        .optional(),
    ),
    MAIL_FROM: z.string().min(3).default('禾创 你选书我买单 <noreply@localhost>'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'required when NEO4J_URI is set',
      });
    }
    if (!env.NEO4J_URI && (env.NEO4J_USER || env.NEO4J_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_URI'],
        message: 'required when NEO4J_USER or NEO4J_PASSWORD is set (or unset them to use the local Neo4j)',
      });
    }
  });

export type Neo4jConfig =
  | {
      mode: 'remote';
      uri: string;
      user: string;
      password: string;
      database: string | undefined;
      txTimeoutMs: number;
      pool: Neo4jPoolConfig;
      /** How long start-up waits for the server to answer. */
      connectTimeoutMs: number;
    }
  | {
      mode: 'local';
      home: string;
      port: number;
      heap: string;
      pageCache: string;
      /** How long a start of the local JVM (first start, `neo4j start`, a supervisor's restart) may take. */
      startTimeoutMs: number;
      database: string | undefined;
      txTimeoutMs: number;
      pool: Neo4jPoolConfig;
    };

/** The driver's connection pool: a query that waits longer than `acquisitionTimeoutMs` for a free connection is refused as busy. */
export interface Neo4jPoolConfig {
  maxSize: number;
  acquisitionTimeoutMs: number;
}

export interface CrawlConfig {
  /** Scheduled crawls in `hechuang start`; `hechuang crawl` works either way. */
  scheduler: boolean;
  userAgent: string | undefined;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Pause between two requests to one host. */
  hostIntervalMs: number;
  /** Consecutive failed runs after which a source is disabled. */
  disableAfter: number;
  /** Each scheduled run waits a random 0…jitter so sources on one schedule do not fire together. */
  jitterMs: number;
  /** A run's lock on its source lasts this long past the last heartbeat (renewed every third of it). */
  leaseMs: number;
  /** Non-public hosts, addresses and CIDR ranges the crawler may fetch (intranet sources); none by default. */
  allowPrivate: string[];
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  cacheDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  env: z.infer<typeof EnvSchema>['NODE_ENV'];
  shutdownTimeoutMs: number;
  /** Timeout of the one transaction that writes a whole literature import file. */
  importTxTimeoutMs: number;
  neo4j: Neo4jConfig;
  /** JDK for the local Neo4j; `java` on PATH when unset. */
  javaHome: string | undefined;
  auth: AuthConfig;
  api: ApiLimits;
  metrics: MetricsConfig;
  /** Visitors' GraphQL reads cached in memory, invalidated by the writes of this process. */
  responseCache: { enabled: boolean; ttlMs: number; maxEntries: number };
  /** Root of the checkout or installed package: where data/, web/dist and graph/local live. */
  projectRoot: string;
  crawl: CrawlConfig;
  models: ModelSourcesConfig;
  embedding: EmbeddingConfig;
  topics: TopicsConfig;
  /** Partner bookstores and the protocol's timeouts, retries and replay window. */
  bookstores: BookstoresConfig;
  mail: MailConfig;
}

/** E-mail to readers about their purchase requests; unset SMTP_URL: in-app messages only. */
export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

/** Clustering of documents into topics and their mapping onto industries. */
export interface TopicsConfig {
  /** Seed of the clustering: the same seed and embeddings give the same topics. */
  seed: number;
  /** Clusters to look for; unset: √(documents / 2), at most 200. */
  count: number | undefined;
  /** Smallest topic; smaller clusters become 未归类. */
  minTopicSize: number;
  /** Share (0–1) of a topic's documents filed under its best industry from which the topic is filed under it. */
  industryThreshold: number;
  /** Share (0–1) of a topic's documents outside every industry from which the topic is outside too (0.5 when unset); else it waits for review. */
  outsideThreshold?: number;
  /** Least share (0–1) of a topic's filed documents its best industry must hold to be filed under it (0 when unset). */
  purityThreshold?: number;
  /** Timeout of the one transaction that writes a rebuild (every topic and membership); the request timeout when unset. */
  rebuildTxTimeoutMs?: number;
}

/** Where the embedding model comes from and where it is kept. */
export interface ModelSourcesConfig {
  /** $CACHE_DIR/models: provisioned models, one folder per model as transformers.js expects. */
  dir: string;
  hfEndpoint: string;
  mavenRepository: string;
  /** How long to wait for a source to answer before trying the next one. */
  fetchTimeoutMs: number;
}

export interface EmbeddingConfig {
  variant: 'fp32' | 'int8';
  /** ONNX Runtime intra-op threads; all cores when unset. */
  threads: number | undefined;
  batchSize: number;
  /** Search queries waiting for the model: all clients together, and per client (default 64 and 4). */
  queryQueue?: { maxQueued: number; maxQueuedPerClient: number };
  /** News items embedded (and assigned to a topic) per round after a crawl commits news; at most this many per round (default 200). */
  newsPerRound?: number;
}

/** Who may read /metrics: loopback clients (default), anyone (`open`), nobody (`off`); a bearer token opens it too. */
export interface MetricsConfig {
  access: 'loopback' | 'open' | 'off';
  token: string | undefined;
}

export const DEFAULT_METRICS: MetricsConfig = { access: 'loopback', token: undefined };

export interface AuthConfig {
  sessionTtlMs: number;
  /** 'auto': Secure cookies when the request came over https (directly or via a trusted proxy). */
  cookieSecure: 'auto' | boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxAttemptsPerIp: number;
  loginWindowMs: number;
}

export interface ApiLimits {
  introspection: boolean;
  /** Whether documents other than the web client's persisted ones are run. */
  arbitraryDocuments: boolean;
  maxDepth: number;
  maxCost: number;
  /** Estimated rows an operation may touch, variables applied (see server/query-rows.ts). */
  maxRows: number;
  /** Items assumed for a list field without `first`/`limit` in that estimate. */
  assumedListSize: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Largest request body: one upload of 20 MB in base64 by default. */
  maxBodyBytes: number;
}

export const DEFAULT_AUTH: AuthConfig = {
  sessionTtlMs: 14 * 24 * 3_600_000,
  cookieSecure: 'auto',
  loginMaxFailuresPerAccount: 5,
  loginMaxAttemptsPerIp: 30,
  loginWindowMs: 15 * 60_000,
};

export const DEFAULT_API_LIMITS: ApiLimits = {
  introspection: true,
  arbitraryDocuments: true,
  maxDepth: 8,
  maxCost: 20_000,
  maxRows: 50_000,
  assumedListSize: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
};

export class ConfigError extends AppError {
  constructor(readonly problems: string[]) {
    super('VALIDATION', `Invalid configuration: ${problems.join('; ')}`, { problems });
  }
}

export function resolveProjectRoot(): string {
  // Run from lib/config.ts or compiled to dist/lib/config.js (or the tests' build of the CLI): the root is the nearest folder up with package.json.
  let dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
      const shown = value === undefined ? 'unset' : JSON.stringify(value);
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const stores = parseBookstores(e.BOOKSTORES);
  if ('problems' in stores) throw new ConfigError(stores.problems);
  const root = resolveProjectRoot();
  const cacheDir = path.resolve(root, e.CACHE_DIR ?? path.join(os.homedir(), '.cache', 'hechuang'));
  const dataDir = path.resolve(root, e.DATA_DIR);
  const pool = { maxSize: e.NEO4J_POOL_SIZE, acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS };
  const neo4j: Neo4jConfig = e.NEO4J_URI
    ? {
        mode: 'remote',
        uri: e.NEO4J_URI,
        user: e.NEO4J_USER ?? 'neo4j',
        password: e.NEO4J_PASSWORD ?? '',
        database: e.NEO4J_DATABASE,
        txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
        pool,
        connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      }
    : {
        mode: 'local',
        home: path.join(dataDir, 'neo4j'),
        port: e.NEO4J_LOCAL_PORT,
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGECACHE,
        startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT_MS,
        database: e.NEO4J_DATABASE,
        txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
        pool,
      };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    cacheDir,
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    importTxTimeoutMs: e.IMPORT_TX_TIMEOUT_MS,
    neo4j,
    javaHome: e.JAVA_HOME,
    auth: {
      sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
      cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
      loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxAttemptsPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
      loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    },
    api: {
      introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
      arbitraryDocuments: e.GRAPHQL_ARBITRARY_DOCUMENTS ? e.GRAPHQL_ARBITRARY_DOCUMENTS === 'true' : e.NODE_ENV !== 'production',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxRows: e.GRAPHQL_MAX_ROWS,
      assumedListSize: e.GRAPHQL_ASSUMED_LIST_SIZE,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES,
    },
    metrics: { access: e.METRICS, token: e.METRICS_TOKEN },
    responseCache: {
      enabled: e.RESPONSE_CACHE === 'on',
      ttlMs: e.RESPONSE_CACHE_TTL_SECONDS * 1000,
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
    },
    projectRoot: root,
    models: {
      dir: path.join(cacheDir, 'models'),
      hfEndpoint: e.HF_ENDPOINT.replace(/\/+$/, ''),
      mavenRepository: e.MAVEN_REPOSITORY_URL.replace(/\/+$/, ''),
      fetchTimeoutMs: e.MODEL_FETCH_TIMEOUT_MS,
    },
    embedding: {
      variant: e.EMBEDDING_MODEL_VARIANT,
      threads: e.EMBEDDING_THREADS,
      batchSize: e.EMBEDDING_BATCH_SIZE,
      queryQueue: { maxQueued: e.EMBEDDING_QUEUE_MAX, maxQueuedPerClient: e.EMBEDDING_QUEUE_PER_CLIENT },
      newsPerRound: e.NEWS_EMBED_PER_ROUND,
    },
    topics: {
      seed: e.TOPIC_SEED,
      count: e.TOPIC_COUNT,
      minTopicSize: e.TOPIC_MIN_SIZE,
      industryThreshold: e.TOPIC_INDUSTRY_THRESHOLD,
      outsideThreshold: e.TOPIC_OUTSIDE_THRESHOLD,
      purityThreshold: e.TOPIC_PURITY_THRESHOLD,
      rebuildTxTimeoutMs: e.IMPORT_TX_TIMEOUT_MS,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    crawl: {
      scheduler: e.CRAWL_SCHEDULER === 'on',
      userAgent: e.CRAWL_USER_AGENT,
      timeoutMs: e.CRAWL_TIMEOUT_MS,
      maxBodyBytes: e.CRAWL_MAX_BODY_BYTES,
      hostIntervalMs: e.CRAWL_HOST_INTERVAL_MS,
      disableAfter: e.CRAWL_DISABLE_AFTER,
      jitterMs: e.CRAWL_JITTER_MS,
      leaseMs: e.CRAWL_LEASE_MS,
      allowPrivate: e.CRAWL_ALLOW_PRIVATE,
    },
    bookstores: {
      stores: stores.stores,
      timeoutMs: e.BOOKSTORE_TIMEOUT_MS,
      maxAttempts: e.BOOKSTORE_MAX_ATTEMPTS,
      replayWindowSeconds: e.BOOKSTORE_REPLAY_WINDOW_SECONDS,
      outboxIntervalMs: e.BOOKSTORE_OUTBOX_INTERVAL_MS,
    },
  };
}
