#!/usr/bin/env node
// Bulk import throughput: `node server/dist/main.js import FILE.jsonl` (the CLI, content checks on
// every line) into a fresh database migrated and bootstrapped with the demo platform (JIYUE_DEMO=on,
// so the sites and columns the lines name exist). N lines from bench/data/library-data.mjs
// (deterministic): every content type with valid metadata, bodies of 1–4 KB HTML, 1–3 placements by
// site code and column slug (every 5th news item reposted to the portal), interpretations related
// to policies of the same file. Runs on SQLite and, for reference, on PostgreSQL (when one answers
// on 127.0.0.1:5432); each run on a new database. Reports the CLI's own items/s (its clock starts
// after start-up and the line count) and the wall time of the whole command.
// Target: ≥ 2,000 items/s on SQLite.
//
//   node bench/library-import.mjs [--lines 20000] [--runs 3] [--db sqlite|postgres] [--batch N] [--profile]
//
// --batch N is passed to the CLI (its default batch is 500 lines per transaction).
// --profile: one more SQLite run under `node --cpu-prof`, summarised by source file (through the
// bundle's source maps) and by function, self and inclusive time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import { importLines } from './data/library-data.mjs';
import {
  BENCH_ADMIN_PASSWORD,
  createPgDatabase,
  ensureBuilt,
  markdownTable,
  repoRoot,
  serverEnv,
  serverMain,
  tempDir,
  whyPostgresIsUnavailable,
} from './lib.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const LINES = Number(option('lines', 20_000));
const RUNS = Number(option('runs', 3));
const TARGET = 2_000;
const NOW = Date.parse('2026-11-22T00:00:00Z');
const onlyDb = option('db', undefined);
const isProfiled = process.argv.includes('--profile');
const batchArgs = option('batch', undefined) ? ['--batch', option('batch')] : [];
const log = (m) => process.stderr.write(`${m}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const { topicTree } = await tsImport('../server/src/modules/library/topics.ts', import.meta.url);

async function importDist(rel) {
  return import(pathToFileURL(path.join(repoRoot, 'server/dist', rel)).href);
}

async function prepareSchema(env) {
  const { openPlatform } = await importDist('app.js');
  const { bootstrapPlatform } = await importDist('bootstrap.js');
  const { loadConfig } = await importDist('kernel/index.js');
  const platform = await openPlatform(loadConfig({ ...env, JIYUE_LOG_LEVEL: 'warn', JIYUE_JOBS: 'off' }));
  try {
    await bootstrapPlatform(platform.ctx);
  } finally {
    await platform.close();
  }
}

/** A fresh demo database; resolves to { env, drop() }. */
async function freshDatabase(dialect) {
  const dataDir = tempDir(`jiyue-bench-import-${dialect}-`);
  const pgDb = dialect === 'postgres' ? await createPgDatabase('jiyue_bench_import') : undefined;
  const env = {
    DATA_DIR: dataDir,
    JIYUE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    JIYUE_DEMO: 'on',
    JIYUE_JOBS: 'off',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
  };
  await prepareSchema(env);
  return {
    env,
    dataDir,
    async drop() {
      if (pgDb) await pgDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the CLI; resolves to { wallMs, stdout, stderr, code }. */
function runCli(args, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeArgs, serverMain, ...args], {
      cwd: repoRoot,
      env: serverEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-200_000)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ wallMs: Number(process.hrtime.bigint() - started) / 1e6, stdout, stderr, code }));
  });
}

/** Counts what the import stored, to be sure the numbers are about a complete import. */
async function countRows(dialect, env) {
  const sqlText = `select (select count(*) from library_items) as items, (select count(*) from library_placements) as placements,
    (select count(*) from library_relations) as relations, (select count(*) from library_versions) as versions`;
  if (dialect === 'sqlite') {
    const raw = new Database(path.join(env.DATA_DIR, 'jiyue.sqlite'), { readonly: true });
    try {
      return raw.prepare(sqlText).get();
    } finally {
      raw.close();
    }
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(sqlText);
    return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
  } finally {
    await client.end();
  }
}

async function importRun(dialect, file, run) {
  const db = await freshDatabase(dialect);
  try {
    const before = await countRows(dialect, db.env);
    const loadBefore = load();
    const r = await runCli(['import', file, ...batchArgs], db.env);
    const m =
      /imported (\d+) of (\d+) lines \((\d+) published, (\d+) held.*?(\d+) failed, (\d+) relations.*?([\d.]+) s, (\d+) items\/s/.exec(
        r.stdout,
      );
    // Exit code 1 means some lines failed: still a measurement, reported with its problems.
    if (!m) throw new Error(`import exited ${r.code}:\n${r.stdout}\n${r.stderr.slice(-3000)}`);
    const problems = [...new Set([...r.stderr.matchAll(/^line \d+(?: \([^)]*\))?: (\w+)/gm)].map((p) => p[1]))];
    const after = await countRows(dialect, db.env);
    const result = {
      dialect,
      run,
      total: Number(m[2]),
      problems,
      imported: Number(m[1]),
      published: Number(m[3]),
      held: Number(m[4]),
      failed: Number(m[5]),
      relations: Number(m[6]),
      cliSeconds: Number(m[7]),
      cliRate: Number(m[8]),
      wallMs: r.wallMs,
      placements: after.placements - before.placements,
      versions: after.versions - before.versions,
      load: `${loadBefore} → ${load()}`,
    };
    log(
      `  ${dialect} run ${run}: ${result.imported} items of ${result.total} lines read (${LINES} in the file), ${result.failed} failed ${problems.join(', ')}, ` +
        `${result.cliRate} items/s (CLI), wall ${(r.wallMs / 1000).toFixed(1)} s, load ${result.load}`,
    );
    return result;
  } finally {
    await db.drop();
  }
}

// ---- profile summary --------------------------------------------------------------------------

const sourceMaps = new Map();
/** The original source of a position in the bundle (`../../node_modules/zod/…`, `../src/…`). */
function originalSource(url, line, column) {
  if (!url.startsWith('file://') || !url.includes('/server/dist/')) return url.replace(/^file:\/\/\/work\/main\//, '') || '(native)';
  const file = new URL(url).pathname;
  if (!sourceMaps.has(file)) {
    try {
      sourceMaps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      sourceMaps.set(file, null);
    }
  }
  const map = sourceMaps.get(file);
  const entry = map?.findEntry(line, column);
  return entry?.originalSource ? entry.originalSource.replace(/^.*?\/(node_modules\/|server\/src\/)/, '$1') : path.basename(file);
}
/** node_modules/<package> or the source file. */
const unitOf = (source) =>
  source.startsWith('node_modules/')
    ? source
        .split('/')
        .slice(0, source.split('/')[1].startsWith('@') ? 3 : 2)
        .join('/')
    : source;

function summariseProfile(profile) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const source = url ? originalSource(url, lineNumber, columnNumber) : functionName.startsWith('(') ? functionName : '(native)';
    keyOf.set(n.id, { fn: `${functionName || '(anonymous)'} ${source.replace(/^.*\//, '')}`, unit: unitOf(source) });
  }
  const selfByFn = new Map();
  const selfByUnit = new Map();
  const totalByFn = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const k = keyOf.get(id);
    selfByFn.set(k.fn, (selfByFn.get(k.fn) ?? 0) + dt);
    selfByUnit.set(k.unit, (selfByUnit.get(k.unit) ?? 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const fn = keyOf.get(n).fn;
      if (seen.has(fn)) continue;
      seen.add(fn);
      totalByFn.set(fn, (totalByFn.get(fn) ?? 0) + dt);
    }
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const pct = (ms) => `${((100 * ms) / total).toFixed(1)} %`;
  return {
    totalMs: total,
    byUnit: top(selfByUnit, 15).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)]),
    bySelf: top(selfByFn, 20).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)]),
    byTotal: top(totalByFn, 40).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)]),
  };
}

async function profileRun(file) {
  const db = await freshDatabase('sqlite');
  const dir = tempDir('jiyue-bench-import-prof-');
  try {
    const r = await runCli(['import', file, ...batchArgs], db.env, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500']);
    if (r.code !== 0) throw new Error(`profiled import exited ${r.code}: ${r.stderr.slice(-2000)}`);
    const [name] = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    const summary = summariseProfile(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    return { ...summary, stdout: r.stdout.trim() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}

// ---- main -------------------------------------------------------------------------------------

ensureBuilt();
const workDir = tempDir('jiyue-bench-import-lines-');
const file = path.join(workDir, 'library.jsonl');
try {
  // The demo's topic columns (专题) are named per site: read them from a demo database.
  const probe = await freshDatabase('sqlite');
  const raw = new Database(path.join(probe.dataDir, 'jiyue.sqlite'), { readonly: true });
  const sites = raw
    .prepare(
      "select s.code, c.slug as topicSlug from sites_sites s join sites_columns c on c.site_id = s.id and c.kind = 'topic' order by s.id",
    )
    .all();
  raw.close();
  await probe.drop();
  const out = fs.createWriteStream(file);
  for (const line of importLines({ count: LINES, sites, topicTree, now: NOW }))
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  const bytes = fs.statSync(file).size;
  log(`${LINES.toLocaleString('en')} lines, ${(bytes / 1e6).toFixed(1)} MB (load ${load()})`);

  const results = [];
  for (const dialect of onlyDb ? [onlyDb] : ['sqlite', 'postgres']) {
    if (dialect === 'postgres') {
      const why = await whyPostgresIsUnavailable();
      if (why) {
        log(`skipping PostgreSQL: ${why}`);
        results.push({ dialect, skipped: why });
        continue;
      }
    }
    for (let run = 1; run <= RUNS; run += 1) results.push(await importRun(dialect, file, run));
  }

  console.log(
    `### Library bulk import: ${LINES.toLocaleString('en')} lines (${(bytes / 1e6).toFixed(1)} MB JSONL)${batchArgs.length ? `, --batch ${batchArgs[1]}` : ''}\n`,
  );
  console.log(
    `\`node server/dist/main.js import FILE\` into a fresh demo database per run, content checks on. items/s as the CLI prints it (its clock starts after start-up and the line count); wall = the whole command. Load = 1-minute load average before → after.\n`,
  );
  const rows = results.map((r) =>
    r.skipped
      ? [r.dialect, '', `skipped: ${r.skipped}`, '', '', '', '', '', '']
      : [
          r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL',
          String(r.run),
          `${r.imported} of ${r.total} lines read${r.total < LINES ? ` (**${LINES - r.total} lines lost**)` : ''}; ${r.published} published, ${r.held} held, ${r.failed} failed${r.problems.length ? ` (${r.problems.join(', ')})` : ''}`,
          `${r.placements} / ${r.relations}`,
          r.cliSeconds.toFixed(1),
          String(r.cliRate),
          (r.wallMs / 1000).toFixed(1),
          String(Math.round(r.imported / (r.wallMs / 1000))),
          r.load,
        ],
  );
  console.log(
    markdownTable(['db', 'run', 'items', 'placements / relations', 'CLI s', 'items/s (CLI)', 'wall s', 'items/s (wall)', 'load'], rows),
  );
  const median = (d) => {
    const v = results
      .filter((r) => r.dialect === d && !r.skipped)
      .map((r) => r.cliRate)
      .sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : undefined;
  };
  const sqliteRate = median('sqlite');
  const pgRate = median('postgres');
  console.log('');
  if (sqliteRate !== undefined)
    console.log(
      `SQLite median ${sqliteRate} items/s: ${sqliteRate >= TARGET ? 'meets' : '**misses**'} the target of ≥ ${TARGET.toLocaleString('en')} items/s.`,
    );
  if (sqliteRate !== undefined && pgRate !== undefined)
    console.log(`PostgreSQL median ${pgRate} items/s (reference): SQLite/PostgreSQL = ${(sqliteRate / pgRate).toFixed(2)}×.`);
  console.log('');

  if (isProfiled) {
    log('profiling one SQLite run under --cpu-prof …');
    const p = await profileRun(file);
    console.log(`#### Profile of one SQLite run (\`node --cpu-prof\`, ${(p.totalMs / 1000).toFixed(1)} s sampled)\n\n${p.stdout}\n`);
    console.log(markdownTable(['self time by source (bundle mapped back)', 'ms', 'share'], p.byUnit));
    console.log('');
    console.log(markdownTable(['function (self time)', 'ms', 'share'], p.bySelf));
    console.log('');
    console.log(markdownTable(['function (inclusive time)', 'ms', 'share'], p.byTotal));
    console.log('');
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
