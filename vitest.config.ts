import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests run in parallel; tests that run `astro build` (test/build/) run
 * one file at a time, because concurrent Astro builds share the project's .astro/ folder.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
