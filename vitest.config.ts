// The test suite: unit tests beside the code, API tests on a real PostgreSQL, browser tests in Debian's Chromium.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql for the resolvers and the schema builder ("another module or realm" otherwise).
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['server/**/*.test.ts', 'plugins/**/*.test.ts', 'seeds/**/*.test.ts', 'scripts/**/*.test.ts', 'web/app/**/*.test.ts', 'web/tests/**/*.test.ts'],
    globalSetup: ['server/testing/global-setup.ts'],
    setupFiles: ['server/testing/setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
