// Test helper (publishing.test.ts, "a crash mid-publish"): rebuilds one site in a loop until the
// parent kills this process with SIGKILL. Not part of the platform.
import { openPlatform } from '../../app.js';
import { loadConfig } from '../../kernel/index.js';
import { findSiteByCode } from '../sites/index.js';
import { startFullBuild } from './index.js';

const platform = await openPlatform(loadConfig({ ...process.env, JIYUE_JOBS: 'off', JIYUE_LOG_LEVEL: 'silent' }));
const site = await findSiteByCode(platform.ctx, process.argv[2] ?? 'minghu');
if (!site) throw new Error('no such site');
process.stdout.write('building\n');
for (;;) await startFullBuild(platform.ctx, site.id, 'crash test', { inline: true });
