import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships index.mjs and index.js; Node loads index.js for every dependency, so the
  // tests must too, or schema objects built by one copy are refused by the other ("another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['{lib,domain,graph,crawlers,topics,purchases,services,schema,server,tests}/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One Neo4j per run, shared by all files: files run one after another and reset the data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
