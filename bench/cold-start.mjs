#!/usr/bin/env node
// Cold start: time from spawning `node server/dist/main.js serve` until GET /healthz answers 200.
//   first start  a fresh DATA_DIR each run: migrations, the admin user and the demo platform
//   warm start   the same DATA_DIR again: schema up to date, nothing to seed
// Reference, measured in the same run: a bare Node http server answering 200, which is the floor
// any Node service pays (process start, module loading). Target: first and warm start ≤ 3 s.
// With PostgreSQL reachable on 127.0.0.1:5432, first/warm starts on it are measured too.
//
//   node bench/cold-start.mjs [--runs 5]        markdown on stdout, progress on stderr
import fs from 'node:fs';
import {
  createPgDatabase,
  ensureBuilt,
  fmtMs,
  freePort,
  markdownTable,
  serverEnv,
  serverMain,
  spawnUntilHealthy,
  summarise,
  tempDir,
  whyPostgresIsUnavailable,
} from './lib.mjs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const TARGET_MS = 3000;
const log = (m) => process.stderr.write(`${m}\n`);

async function measure(label, start) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const ms = await start(i);
    samples.push(ms);
    log(`  ${label} #${i + 1}: ${fmtMs(ms)} ms`);
  }
  return { label, ...summarise(samples) };
}

async function startServer(env) {
  const port = await freePort();
  const run = await spawnUntilHealthy(process.execPath, [serverMain, 'serve'], {
    env: serverEnv({ ...env, PORT: String(port) }),
    url: `http://127.0.0.1:${port}/healthz`,
  });
  await run.stop();
  return run.ms;
}

ensureBuilt();
const results = [];

log('reference: bare node http server');
results.push(
  await measure('reference: bare `node -e http.createServer…listen`', async () => {
    const port = await freePort();
    const run = await spawnUntilHealthy(
      process.execPath,
      ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`],
      {
        env: process.env,
        url: `http://127.0.0.1:${port}/`,
      },
    );
    await run.stop();
    return run.ms;
  }),
);

log('SQLite: first start (fresh DATA_DIR each run)');
const warmDir = tempDir('jiyue-bench-warm-');
const freshDirs = [];
results.push(
  await measure('SQLite first start (migrations + demo seed)', async (i) => {
    const dir = i === 0 ? warmDir : tempDir('jiyue-bench-cold-');
    if (i > 0) freshDirs.push(dir);
    return startServer({ DATA_DIR: dir, JIYUE_DEMO: 'on' });
  }),
);
log('SQLite: warm start (same DATA_DIR)');
results.push(await measure('SQLite warm start', () => startServer({ DATA_DIR: warmDir, JIYUE_DEMO: 'on' })));
for (const d of [warmDir, ...freshDirs]) fs.rmSync(d, { recursive: true, force: true });

const pgWhy = await whyPostgresIsUnavailable();
if (pgWhy) {
  log(`skipping PostgreSQL: ${pgWhy}`);
} else {
  const dbs = [];
  const dataDir = tempDir('jiyue-bench-pg-');
  try {
    log('PostgreSQL: first start (fresh database each run)');
    let warmUrl;
    results.push(
      await measure('PostgreSQL first start (migrations + demo seed)', async (i) => {
        const db = await createPgDatabase('jiyue_bench_cold');
        dbs.push(db);
        if (i === 0) warmUrl = db.url;
        return startServer({ DATA_DIR: dataDir, DATABASE_URL: db.url, JIYUE_DEMO: 'on' });
      }),
    );
    log('PostgreSQL: warm start');
    results.push(await measure('PostgreSQL warm start', () => startServer({ DATA_DIR: dataDir, DATABASE_URL: warmUrl, JIYUE_DEMO: 'on' })));
  } finally {
    for (const db of dbs) await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const reference = results[0].p50;
const rows = results.map((r, i) => [
  r.label,
  fmtMs(r.p50),
  fmtMs(r.max),
  i === 0 ? '1×' : `${(r.p50 / reference).toFixed(1)}×`,
  i === 0 ? '' : r.max <= TARGET_MS ? 'yes' : '**no**',
]);
console.log(`### Cold start: spawn → GET /healthz 200 (${runs} runs each)\n`);
console.log(markdownTable(['start', 'median ms', 'max ms', 'median vs reference', `max ≤ ${TARGET_MS / 1000} s`], rows));
console.log('');
