import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests open real SQLite files, spawn the CLI and drive Chromium; two cores here, keep it calm.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
