#!/usr/bin/env node
// Admin list latency at volume: 1,000,000 audit entries and 10,000 users, on SQLite and on
// PostgreSQL (when one answers on 127.0.0.1:5432). For each database:
//   1. a fresh database, migrated and bootstrapped by the app itself (openPlatform + bootstrapPlatform)
//   2. bulk data from bench/data/admin-lists-data.mjs (deterministic; raw multi-row inserts)
//   3. the real server (`node server/dist/main.js serve`) on a loopback port, logged in as admin
//   4. sequential timed requests on one kept-alive connection (what one operator feels), after a
//      warm-up, and a short autocannon run for throughput with 10 connections
// Target: p95 ≤ 50 ms for every list. Bounded request counts; it stops by itself.
//
//   node bench/admin-lists.mjs [--audit 1000000] [--users 10000] [--requests 300] [--db sqlite|postgres]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { auditColumns, auditRows, insertPg, insertSqlite, rareAction, userColumns, users } from './data/admin-lists-data.mjs';
import {
  BENCH_ADMIN_PASSWORD,
  closeAgent,
  createPgDatabase,
  ensureBuilt,
  fmtMs,
  freePort,
  markdownTable,
  pgClient,
  repoRoot,
  serverEnv,
  serverMain,
  spawnUntilHealthy,
  summarise,
  tempDir,
  timedRequest,
  whyPostgresIsUnavailable,
} from './lib.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const AUDIT_ROWS = Number(option('audit', 1_000_000));
const USER_ROWS = Number(option('users', 10_000));
const REQUESTS = Number(option('requests', 300));
const WARMUP = 20;
const TARGET_P95_MS = 50;
const onlyDb = option('db', undefined);
const log = (m) => process.stderr.write(`${m}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function importDist(rel) {
  return import(pathToFileURL(path.join(repoRoot, 'server/dist', rel)).href);
}

/** Migrates and bootstraps a fresh database exactly as a first start does (admin user, no demo). */
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

async function fillSqlite(file) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  try {
    const { password_hash: hash } = raw.prepare("select password_hash from accounts_users where username = 'admin'").get();
    let t = Date.now();
    insertSqlite(raw, 'accounts_users', userColumns, users(USER_ROWS, hash));
    const editor = raw.prepare("select id from accounts_roles where key = 'editor'").get();
    if (editor)
      raw
        .prepare(
          "insert into accounts_grants (user_id, role_id, scope_type, site_id) select id, ?, 'site', 1 + (id % 200) from accounts_users where username like 'bench%'",
        )
        .run(editor.id);
    log(`  ${USER_ROWS} users (+1 grant each) in ${seconds(t)}`);
    const actors = raw.prepare('select id, display_name as displayName, username from accounts_users order by id limit 200').all();
    t = Date.now();
    insertSqlite(raw, 'accounts_audit', auditColumns, auditRows(AUDIT_ROWS, actors));
    log(`  ${AUDIT_ROWS} audit rows in ${seconds(t)}`);
    t = Date.now();
    raw.exec('analyze');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    log(`  analyze + checkpoint in ${seconds(t)}; file ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
  } finally {
    raw.close();
  }
}

async function fillPg(url) {
  const client = await pgClient(url);
  try {
    const {
      rows: [{ password_hash: hash }],
    } = await client.query("select password_hash from accounts_users where username = 'admin'");
    let t = Date.now();
    await insertPg(client, 'accounts_users', userColumns, users(USER_ROWS, hash));
    await client.query(
      "insert into accounts_grants (user_id, role_id, scope_type, site_id) select u.id, r.id, 'site', 1 + (u.id % 200) from accounts_users u, accounts_roles r where r.key = 'editor' and u.username like 'bench%'",
    );
    log(`  ${USER_ROWS} users (+1 grant each) in ${seconds(t)}`);
    const { rows: actors } = await client.query(
      'select id, display_name as "displayName", username from accounts_users order by id limit 200',
    );
    t = Date.now();
    await insertPg(client, 'accounts_audit', auditColumns, auditRows(AUDIT_ROWS, actors));
    log(`  ${AUDIT_ROWS} audit rows in ${seconds(t)}`);
    t = Date.now();
    await client.query('vacuum analyze');
    const {
      rows: [{ size }],
    } = await client.query('select pg_database_size(current_database()) as size');
    log(`  vacuum analyze in ${seconds(t)}; database ${(Number(size) / 1e6).toFixed(0)} MB`);
  } finally {
    await client.end();
  }
}

async function login(baseUrl) {
  const res = await timedRequest(`${baseUrl}/api/admin/auth/login`, {
    method: 'POST',
    body: { username: 'admin', password: BENCH_ADMIN_PASSWORD },
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
  const setCookie = [res.headers['set-cookie'] ?? []].flat();
  const cookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('jiyue_session='));
  if (!cookie) throw new Error(`login answered 200 without a jiyue_session cookie: ${JSON.stringify(res.headers)}`);
  return { cookie };
}

async function get(baseUrl, urlPath, headers) {
  const res = await timedRequest(`${baseUrl}${urlPath}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${urlPath} answered ${res.status}: ${res.body.slice(0, 500)}`);
  return res;
}

/** Sequential latency of one fixed URL. */
async function latencyOf(baseUrl, urlPath, headers, count = REQUESTS) {
  for (let i = 0; i < WARMUP; i += 1) await get(baseUrl, urlPath, headers);
  const samples = [];
  let items = 0;
  for (let i = 0; i < count; i += 1) {
    const res = await get(baseUrl, urlPath, headers);
    samples.push(res.ms);
    items = JSON.parse(res.body).items?.length ?? 0;
  }
  return { ...summarise(samples), items };
}

/** Walks `count` pages by nextCursor, timing each page. */
async function walkPages(baseUrl, firstPath, headers, count = REQUESTS) {
  const samples = [];
  let next = firstPath;
  let first;
  for (let i = 0; i < count && next; i += 1) {
    const res = await get(baseUrl, next, headers);
    const page = JSON.parse(res.body);
    if (i > 0) samples.push(res.ms); // page 1 is measured on its own
    first ??= page;
    next = page.nextCursor ? `${firstPath}&cursor=${encodeURIComponent(page.nextCursor)}` : undefined;
  }
  return { ...summarise(samples), items: 50 };
}

async function throughput(baseUrl, urlPath, headers) {
  const result = await autocannon({ url: `${baseUrl}${urlPath}`, connections: 10, duration: 5, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`autocannon ${urlPath}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function benchDatabase(dialect) {
  log(`\n${dialect}: preparing ${AUDIT_ROWS.toLocaleString('en')} audit rows and ${USER_ROWS.toLocaleString('en')} users`);
  const dataDir = tempDir(`jiyue-bench-lists-${dialect}-`);
  const pgDb = dialect === 'postgres' ? await createPgDatabase('jiyue_bench_lists') : undefined;
  const env = {
    DATA_DIR: dataDir,
    JIYUE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    JIYUE_DEMO: 'off',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
  };
  let server;
  try {
    let t = Date.now();
    await prepareSchema(env);
    log(`  schema + bootstrap in ${seconds(t)}`);
    if (pgDb) await fillPg(pgDb.url);
    else await fillSqlite(path.join(dataDir, 'jiyue.sqlite'));

    const port = await freePort();
    t = Date.now();
    server = await spawnUntilHealthy(process.execPath, [serverMain, 'serve'], {
      env: serverEnv({ ...env, PORT: String(port) }),
      url: `http://127.0.0.1:${port}/healthz`,
    });
    log(`  server healthy in ${seconds(t)}`);
    const baseUrl = `http://127.0.0.1:${port}`;
    const { cookie } = await login(baseUrl);
    const headers = { cookie };

    const rows = [];
    const measure = async (label, fn, throughputPath) => {
      log(`  ${label} …`);
      const r = await fn();
      const rps = throughputPath ? await throughput(baseUrl, throughputPath, headers) : undefined;
      rows.push({ label, ...r, rps });
    };
    await measure(
      'audit, first page (limit 50)',
      () => latencyOf(baseUrl, '/api/admin/audit?limit=50', headers),
      '/api/admin/audit?limit=50',
    );
    await measure(`audit, pages 2–${REQUESTS} following nextCursor`, () => walkPages(baseUrl, '/api/admin/audit?limit=50', headers));
    // Half-way down the log: the cursor the app issues names the last id seen (kernel encodeCursor).
    const deepCursor = Buffer.from(JSON.stringify({ id: Math.floor(AUDIT_ROWS / 2) })).toString('base64url');
    await measure('audit, a page at row ~500,000 (cursor)', () =>
      latencyOf(baseUrl, `/api/admin/audit?limit=50&cursor=${deepCursor}`, headers),
    );
    await measure(
      `audit, filtered by action (${rareAction}, 1 % of rows)`,
      () => latencyOf(baseUrl, `/api/admin/audit?limit=50&action=${rareAction}`, headers),
      `/api/admin/audit?limit=50&action=${rareAction}`,
    );
    await measure(`audit, filtered by action, pages 2–${Math.min(REQUESTS, 100)}`, () =>
      walkPages(baseUrl, `/api/admin/audit?limit=50&action=${rareAction}`, headers, Math.min(REQUESTS, 100)),
    );
    await measure(
      'users, first page (limit 50)',
      () => latencyOf(baseUrl, '/api/admin/users?limit=50', headers),
      '/api/admin/users?limit=50',
    );
    await measure('users, pages following nextCursor', () =>
      walkPages(baseUrl, '/api/admin/users?limit=50', headers, Math.min(REQUESTS, Math.ceil(USER_ROWS / 50))),
    );
    // Informative, no target: free-text search for a term that matches nothing. PostgreSQL answers
    // terms of three or more characters from trigram indexes; a two-character term, and any term on
    // SQLite, reads the whole table.
    await measure('audit, text search, 5-character term, no match (q=; informative)', () =>
      latencyOf(baseUrl, `/api/admin/audit?limit=50&q=${encodeURIComponent('不存在的词')}`, headers, 10),
    );
    await measure('audit, text search, 2-character term, no match (q=; informative)', () =>
      latencyOf(baseUrl, `/api/admin/audit?limit=50&q=${encodeURIComponent('无果')}`, headers, 10),
    );
    return rows;
  } finally {
    if (server) await server.stop();
    closeAgent();
    if (pgDb) await pgDb.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

ensureBuilt();
const all = [];
const dbs = onlyDb ? [onlyDb] : ['sqlite', 'postgres'];
for (const dialect of dbs) {
  if (dialect === 'postgres') {
    const why = await whyPostgresIsUnavailable();
    if (why) {
      log(`skipping PostgreSQL: ${why}`);
      all.push({ dialect, skipped: why });
      continue;
    }
  }
  all.push({ dialect, rows: await benchDatabase(dialect) });
}

console.log(`### Admin lists at volume: ${AUDIT_ROWS.toLocaleString('en')} audit entries, ${USER_ROWS.toLocaleString('en')} users\n`);
console.log(
  `Sequential requests on one kept-alive loopback connection (${REQUESTS} per list after ${WARMUP} warm-up; server and client share the 2 cores); req/s from autocannon, 10 connections, 5 s.\n`,
);
const tableRows = [];
for (const d of all) {
  if (d.skipped) {
    tableRows.push([d.dialect, `skipped: ${d.skipped}`, '', '', '', '', '', '']);
    continue;
  }
  for (const r of d.rows) {
    const isInformative = r.label.includes('informative');
    tableRows.push([
      d.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      r.label,
      String(r.n),
      fmtMs(r.p50),
      fmtMs(r.p95),
      fmtMs(r.p99),
      r.rps === undefined ? '' : r.rps.toFixed(0),
      isInformative ? '–' : r.p95 <= TARGET_P95_MS ? 'yes' : '**no**',
    ]);
  }
}
console.log(markdownTable(['db', 'request', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', `p95 ≤ ${TARGET_P95_MS} ms`], tableRows));
console.log('');
