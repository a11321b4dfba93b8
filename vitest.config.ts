import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two at a time on a two-core machine (the default leaves one core idle): the suite's
    // many CLI and worker tests mostly wait on processes and files.
    maxWorkers: 2,
  },
});
