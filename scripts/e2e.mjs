#!/usr/bin/env node
// `npm run e2e`: the browser journeys (e2e/*.e2e.ts) in Debian's Chromium, each checked with axe.
// Builds what is stale first (the journeys start the built server: node server/dist/main.js serve),
// then runs vitest with e2e/vitest.config.ts. Extra arguments go to vitest
// (e.g. `npm run e2e -- citizen` runs the journeys whose file name contains "citizen").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.JIYUE_CHROMIUM ?? '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
  console.error(`e2e: ${chromium} not installed (apt-get install chromium fonts-noto-cjk)`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('e2e: the build failed, so there is nothing to test');
  process.exit(build.status ?? 1);
}

const vitest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);
process.exit(vitest.status ?? 1);
