import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{server,graph,schema,crawlers,topics,purchases,tables,tests}/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One Neo4j per run, shared by all files: files run one after another and reset the data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
