import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

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
    NEO4J_TX_TIMEOUT_MS: positiveInt(15_000, 'milliseconds'),
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt(30_000, 'milliseconds'),
    SHUTDOWN_TIMEOUT_MS: positiveInt(10_000, 'milliseconds'),
    SESSION_TTL_HOURS: positiveInt(24 * 14, 'hours'),
    COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'expected auto, true or false' }).default('auto'),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5, 'attempts'),
    LOGIN_MAX_ATTEMPTS_PER_IP: positiveInt(30, 'attempts'),
    LOGIN_WINDOW_MINUTES: positiveInt(15, 'minutes'),
    GRAPHQL_INTROSPECTION: z.preprocess(emptyAsUndefined, z.enum(['true', 'false'], { error: 'expected true or false' }).optional()),
    GRAPHQL_ARBITRARY_DOCUMENTS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false'], { error: 'expected true or false' }).optional()),
    GRAPHQL_MAX_DEPTH: positiveInt(8, 'levels'),
    GRAPHQL_MAX_COST: positiveInt(20_000, 'cost units'),
    GRAPHQL_MAX_ALIASES: positiveInt(15, 'aliases'),
    GRAPHQL_MAX_DIRECTIVES: positiveInt(10, 'directives'),
    GRAPHQL_MAX_TOKENS: positiveInt(2000, 'tokens'),
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
      /** How long start-up waits for the server to answer. */
      connectTimeoutMs: number;
    }
  | {
      mode: 'local';
      home: string;
      port: number;
      heap: string;
      pageCache: string;
      database: string | undefined;
      txTimeoutMs: number;
    };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  cacheDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  env: z.infer<typeof EnvSchema>['NODE_ENV'];
  shutdownTimeoutMs: number;
  neo4j: Neo4jConfig;
  /** JDK for the local Neo4j; `java` on PATH when unset. */
  javaHome: string | undefined;
  auth: AuthConfig;
  api: ApiLimits;
  /** Root of the checkout or installed package: where data/, web/dist and graph/local live. */
  projectRoot: string;
}

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
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
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
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function resolveProjectRoot(): string {
  // Compiled to dist/server/config.js or run from server/config.ts: the root holds package.json.
  const here = path.dirname(new URL(import.meta.url).pathname);
  const up = path.resolve(here, '..');
  return path.basename(up) === 'dist' ? path.resolve(up, '..') : up;
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
  const root = resolveProjectRoot();
  const dataDir = path.resolve(root, e.DATA_DIR);
  const neo4j: Neo4jConfig = e.NEO4J_URI
    ? {
        mode: 'remote',
        uri: e.NEO4J_URI,
        user: e.NEO4J_USER ?? 'neo4j',
        password: e.NEO4J_PASSWORD ?? '',
        database: e.NEO4J_DATABASE,
        txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
        connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      }
    : {
        mode: 'local',
        home: path.join(dataDir, 'neo4j'),
        port: e.NEO4J_LOCAL_PORT,
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGECACHE,
        database: e.NEO4J_DATABASE,
        txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    cacheDir: path.resolve(root, e.CACHE_DIR ?? path.join(os.homedir(), '.cache', 'hechuang')),
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
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
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
    },
    projectRoot: root,
  };
}
