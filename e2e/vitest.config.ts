import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts its own server and browser, so files run one at a time
// (2 cores: a server, Chromium and vitest already fill them) with generous timeouts.
export default defineConfig({
  test: {
    name: 'e2e',
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
