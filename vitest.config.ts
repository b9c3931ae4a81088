import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { integrationWorkers } from './tests/support/workers.js';

const require = createRequire(import.meta.url);

/**
 * Two tiers. `unit`: the pure layers and the pipelines (lib, domain, crawlers, topics,
 * purchases), no JVM, no browser, no model, files in parallel; `npm run test:unit` runs it
 * alone. `integration`: everything that needs the real parts (the run's one local Neo4j,
 * Chromium, the embedding model, CLI processes): the layers above, `tests/`, and pipeline
 * tests named `*.integration.test.ts`, run after the unit tier, two files at a time by default, each
 * worker on a Neo4j of its own (`HECHUANG_TEST_WORKERS`). `npm test` runs both.
 */
const PURE = '{lib,domain,crawlers,topics,purchases}/**';
const INTEGRATION_SUFFIX = '**/*.integration.test.ts';

export default defineConfig({
  // graphql 16 ships index.mjs and index.js; Node loads index.js for every dependency, so the
  // tests must too, or schema objects built by one copy are refused by the other ("another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [`${PURE}/*.test.ts`],
          exclude: [INTEGRATION_SUFFIX, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{graph,services,schema,server,tests}/**/*.test.ts', `${PURE}/*.integration.test.ts`],
          globalSetup: ['tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: integrationWorkers(),
        },
      },
    ],
  },
});
