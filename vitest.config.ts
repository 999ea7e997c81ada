import { defineConfig } from 'vitest/config';

// JIYUE_TEST_DB chooses the database the integration tests run on: sqlite (default) or postgres.
// scripts/test.mjs runs the suite once per database and says what it skipped.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
