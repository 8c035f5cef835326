import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests open real SQLite files and spawn the CLI; two cores here, keep it calm.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
