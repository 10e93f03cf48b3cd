import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit tests run in parallel; tests that run `astro build` (test/build/) run
 * one file at a time, because concurrent Astro builds share the project's .astro/ folder;
 * browser tests (test/e2e/) share builds made once by their global setup.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**', 'test/e2e/**'] },
      },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], fileParallelism: false } },
      // The global setup builds the demo site (root, /gonghui/, root again) one build at a
      // time before any test starts, and only when e2e tests are selected.
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'] },
      },
    ],
  },
});
