import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests open real SQLite files, spawn the CLI and drive Chromium; two cores here, keep it calm.
    pool: 'forks',
    // On CI the browser tests share two cores with everything else and can lose a timing race; a
    // real defect fails the retry too. Locally nothing is retried, so a flake is seen and fixed.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
