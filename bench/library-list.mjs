#!/usr/bin/env node
// Library list latency at volume: 1,000,000 library items (+ ≈ 1.4 M placements) on SQLite and on
// PostgreSQL (when one answers on 127.0.0.1:5432). For each database:
//   1. a fresh database, migrated and bootstrapped by the app itself with the demo platform
//      (JIYUE_DEMO=on: 5 sites with their columns and users; JIYUE_JOBS=off)
//   2. 40 bench editors (8 per site) and the items of bench/data/library-data.mjs (deterministic;
//      raw multi-row inserts in large transactions on SQLite, `insert … select from unnest(…)` on
//      PostgreSQL, with the migration's indexes in place), then ANALYZE
//   3. the real server (`node server/dist/main.js serve`) on a loopback port
//   4. as admin (all sites) and as the demo editor-fgw (one site): sequential timed requests of
//      GET /api/admin/library/items?limit=30 (the console's page size) on one kept-alive connection,
//      one URL at a time after a warm-up; URLs that answer slowly are sampled less (see `n`)
// Target: p95 ≤ 100 ms for every list. Bounded request counts; it stops by itself.
//
//   node bench/library-list.mjs [--items 1000000] [--requests 200] [--db sqlite|postgres] [--keep]
//
// --keep leaves the databases (SQLite file, PostgreSQL database) in place and prints where they
// are, for EXPLAIN; delete them by hand afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import {
  insertPgRows,
  insertSqliteRows,
  itemColumnTypes,
  libraryRows,
  placementColumnTypes,
  searchTerms,
  siteUnits,
  topicRanking,
} from './data/library-data.mjs';
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
const ITEMS = Number(option('items', 1_000_000));
const REQUESTS = Number(option('requests', 200));
const WARMUP = 5;
const PAGE = 30;
const DEEP_PAGES = 50;
const TARGET_P95_MS = 100;
const DEMO_PASSWORD = 'Demo-Passw0rd!';
/** The data's clock: fixed, so that every run has the same items (3 years up to this day). */
const NOW = Date.parse('2026-11-22T00:00:00Z');
const onlyDb = option('db', undefined);
const isKept = process.argv.includes('--keep');
const log = (m) => process.stderr.write(`${m}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const { topicTree } = await tsImport('../server/src/modules/library/topics.ts', import.meta.url);

async function importDist(rel) {
  return import(pathToFileURL(path.join(repoRoot, 'server/dist', rel)).href);
}

/** Migrates and bootstraps a fresh database as a first start with the demo does. */
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

// The demo's shape, read back the same way from either database.
const SITES_SQL = `select s.id, s.code, u.code as unit_code, u.id as unit_id from sites_sites s join accounts_org_units u on u.id = s.sponsor_unit_id order by s.id`;
const COLUMNS_SQL = `select id, site_id, slug, kind from sites_columns where kind in ('list', 'single_page', 'topic') order by id`;
const DEMO_AUTHORS_SQL = `select id, username, display_name from accounts_users where username in ('editor-fgw', 'editor-portal')`;
const COUNTERS_SQL = 'select unit_code, year, last_serial from library_index_counters';
const UPSERT_COUNTER_SQL = (p) =>
  `insert into library_index_counters (unit_code, year, last_serial) values (${p(1)}, ${p(2)}, ${p(3)}) on conflict (unit_code, year) do update set last_serial = excluded.last_serial`;
const serialsOf = (rows) => new Map(rows.map((r) => [`${r.unit_code}/${r.year}`, Number(r.last_serial)]));
const counterRows = (serials) => [...serials].map(([k, v]) => [k.split('/')[0], Number(k.split('/')[1]), v]);

function benchUsers(sites, hash) {
  return sites.flatMap((s) =>
    Array.from({ length: 8 }, (_, k) => ({
      username: `bench-editor-${s.code}-${k + 1}`,
      display_name: `${siteUnits[s.code]?.short ?? s.code}编辑${k + 1}`,
      org_unit_id: s.unit_id,
      password_hash: hash,
    })),
  );
}

/** Sites with their columns by slug and their authors (demo editor first: the most prolific). */
function siteModel(siteRows, columnRows, userRows, demoAuthors) {
  return siteRows.map((s) => {
    const columns = columnRows.filter((c) => Number(c.site_id) === Number(s.id));
    const demo = demoAuthors.filter(
      (u) => (s.code === 'fgw' && u.username === 'editor-fgw') || (s.code === 'minghu' && u.username === 'editor-portal'),
    );
    const bench = userRows.filter((u) => u.username.startsWith(`bench-editor-${s.code}-`));
    return {
      id: Number(s.id),
      code: s.code,
      unitCode: s.unit_code,
      columns: new Map(columns.map((c) => [c.slug, Number(c.id)])),
      topicColumnId: Number(columns.find((c) => c.kind === 'topic')?.id),
      authors: [...demo, ...bench].map((u) => ({ id: Number(u.id), name: u.display_name })),
    };
  });
}

const itemColumns = Object.keys(itemColumnTypes);
const placementColumns = Object.keys(placementColumnTypes);

async function fillSqlite(file) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -400000');
  try {
    const { password_hash: hash } = raw.prepare("select password_hash from accounts_users where username = 'admin'").get();
    const siteRows = raw.prepare(SITES_SQL).all();
    raw.transaction(() =>
      insertSqliteRows(raw, 'accounts_users', ['username', 'display_name', 'org_unit_id', 'password_hash'], benchUsers(siteRows, hash)),
    )();
    const sites = siteModel(
      siteRows,
      raw.prepare(COLUMNS_SQL).all(),
      raw.prepare("select id, username, display_name from accounts_users where username like 'bench-editor-%'").all(),
      raw.prepare(DEMO_AUTHORS_SQL).all(),
    );
    const firstId = Number(raw.prepare('select coalesce(max(id), 0) + 1 as id from library_items').get().id);
    const serials = serialsOf(raw.prepare(COUNTERS_SQL).all());
    const t = Date.now();
    let n = 0;
    let batch = [];
    const flush = raw.transaction((chunks) => {
      for (const { items, placements } of chunks) {
        insertSqliteRows(raw, 'library_items', itemColumns, items, 50);
        insertSqliteRows(raw, 'library_placements', placementColumns, placements, 200);
      }
    });
    for (const chunk of libraryRows({ count: ITEMS, firstId, sites, topicTree, now: NOW, serials })) {
      batch.push(chunk);
      n += chunk.items.length;
      if (batch.length === 10) {
        flush(batch);
        batch = [];
        if (n % 100_000 === 0) log(`  … ${n.toLocaleString('en')} items (${seconds(t)}, load ${load()})`);
      }
    }
    flush(batch);
    const upsert = raw.prepare(UPSERT_COUNTER_SQL(() => '?'));
    raw.transaction(() => counterRows(serials).forEach((r) => upsert.run(r)))();
    log(`  ${ITEMS.toLocaleString('en')} items in ${seconds(t)}`);
    const ta = Date.now();
    raw.exec('analyze');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    log(`  analyze + checkpoint in ${seconds(ta)}; file ${(fs.statSync(file).size / 1e9).toFixed(2)} GB`);
    return { sites, loadSeconds: (Date.now() - t) / 1000, size: `${(fs.statSync(file).size / 1e9).toFixed(2)} GB` };
  } finally {
    raw.close();
  }
}

async function fillPg(url) {
  const client = await pgClient(url);
  try {
    await client.query('set synchronous_commit = off');
    const {
      rows: [{ password_hash: hash }],
    } = await client.query("select password_hash from accounts_users where username = 'admin'");
    const { rows: siteRows } = await client.query(SITES_SQL);
    await insertPgRows(
      client,
      'accounts_users',
      { username: 'text', display_name: 'text', org_unit_id: 'bigint', password_hash: 'text' },
      benchUsers(siteRows, hash),
    );
    const sites = siteModel(
      siteRows,
      (await client.query(COLUMNS_SQL)).rows,
      (await client.query("select id, username, display_name from accounts_users where username like 'bench-editor-%'")).rows,
      (await client.query(DEMO_AUTHORS_SQL)).rows,
    );
    const firstId = Number((await client.query('select coalesce(max(id), 0) + 1 as id from library_items')).rows[0].id);
    const serials = serialsOf((await client.query(COUNTERS_SQL)).rows);
    const t = Date.now();
    let n = 0;
    await client.query('begin');
    for (const { items, placements } of libraryRows({ count: ITEMS, firstId, sites, topicTree, now: NOW, serials })) {
      await insertPgRows(client, 'library_items', itemColumnTypes, items);
      await insertPgRows(client, 'library_placements', placementColumnTypes, placements);
      n += items.length;
      if (n % 50_000 === 0) {
        await client.query('commit');
        await client.query('begin');
      }
      if (n % 100_000 === 0) log(`  … ${n.toLocaleString('en')} items (${seconds(t)}, load ${load()})`);
    }
    for (const r of counterRows(serials))
      await client.query(
        UPSERT_COUNTER_SQL((i) => `$${i}`),
        r,
      );
    await client.query('commit');
    // Explicit ids: move the identity past them, as an application insert would expect.
    await client.query(`select setval(pg_get_serial_sequence('library_items', 'id'), (select max(id) from library_items))`);
    log(`  ${ITEMS.toLocaleString('en')} items in ${seconds(t)}`);
    const ta = Date.now();
    await client.query('vacuum analyze');
    const {
      rows: [{ size }],
    } = await client.query('select pg_database_size(current_database()) as size');
    log(`  vacuum analyze in ${seconds(ta)}; database ${(Number(size) / 1e9).toFixed(2)} GB`);
    return { sites, loadSeconds: (Date.now() - t) / 1000, size: `${(Number(size) / 1e9).toFixed(2)} GB` };
  } finally {
    await client.end();
  }
}

async function login(baseUrl, username, password) {
  const res = await timedRequest(`${baseUrl}/api/admin/auth/login`, { method: 'POST', body: { username, password } });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${res.body}`);
  const cookie = [res.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('jiyue_session='));
  if (!cookie) throw new Error(`login answered 200 without a jiyue_session cookie`);
  return { cookie };
}

async function get(baseUrl, urlPath, headers) {
  const res = await timedRequest(`${baseUrl}${urlPath}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${urlPath} answered ${res.status}: ${res.body.slice(0, 500)}`);
  return res;
}

/**
 * Sequential latency of one URL. Slow URLs get fewer samples so that the run stays bounded:
 * 200 when the warm-up median is under 250 ms, 50 under 1 s, else 10.
 */
async function latencyOf(baseUrl, urlPath, headers) {
  const warm = [];
  for (let i = 0; i < WARMUP; i += 1) warm.push((await get(baseUrl, urlPath, headers)).ms);
  const median = summarise(warm).p50;
  const count = median < 250 ? REQUESTS : median < 1000 ? Math.min(REQUESTS, 50) : Math.min(REQUESTS, 10);
  const samples = [];
  let items = 0;
  for (let i = 0; i < count; i += 1) {
    const res = await get(baseUrl, urlPath, headers);
    samples.push(res.ms);
    items = JSON.parse(res.body).items.length;
  }
  return { ...summarise(samples), items };
}

/** Follows nextCursor `pages` pages down, then measures the next page as a fixed URL. */
async function deepPage(baseUrl, firstPath, headers, pages = DEEP_PAGES) {
  let cursor;
  for (let i = 0; i < pages; i += 1) {
    const page = JSON.parse((await get(baseUrl, `${firstPath}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers)).body);
    if (!page.nextCursor) throw new Error(`${firstPath}: only ${i + 1} pages`);
    cursor = page.nextCursor;
  }
  return latencyOf(baseUrl, `${firstPath}&cursor=${encodeURIComponent(cursor)}`, headers);
}

function cases(sites) {
  const fgw = sites.find((s) => s.code === 'fgw');
  const portal = sites.find((s) => s.code === 'minghu');
  const q = (v) => encodeURIComponent(v);
  const list = `/api/admin/library/items?limit=${PAGE}`;
  const commonTopic = topicRanking[1]; // 综合政务: ≈ 16 % of policies
  const rareTopic = topicRanking[20]; // 国防: ≈ 0.5 % of policies
  // A month 20 months back: edits there are ≈ 3 % of the items, far down the id order.
  const from = new Date(NOW - 20 * 30 * 86_400_000).toISOString().slice(0, 8) + '01';
  const to = new Date(Date.parse(from) + 32 * 86_400_000).toISOString().slice(0, 8) + '01';
  return {
    admin: [
      ['no filter', list],
      [`siteId (发改委, ≈ 20 %)`, `${list}&siteId=${fgw.id}`],
      ['siteId + state=draft', `${list}&siteId=${fgw.id}&state=draft`],
      ['type=policy (16 %)', `${list}&type=policy`],
      [`topic, first level, common (${commonTopic})`, `${list}&topic=${q(commonTopic)}`],
      [`topic, first level, rare (${rareTopic})`, `${list}&topic=${q(rareTopic)}`],
      ['topic, second level (综合政务\\政务公开)', `${list}&topic=${q('综合政务\\政务公开')}`],
      ['validity=repealed', `${list}&validity=repealed`],
      ['columnId, large (portal 工作动态)', `${list}&columnId=${portal.columns.get('gzdt')}`],
      ['columnId, small (发改委 规范性文件)', `${list}&columnId=${fgw.columns.get('gfxwj')}`],
      ['authorId (editor-fgw)', `${list}&authorId=${fgw.authors[0].id}`],
      [`date range (updated ${from} – ${to})`, `${list}&from=${from}&to=${to}`],
      [`q, 2 characters, common (${searchTerms.common2})`, `${list}&q=${q(searchTerms.common2)}`],
      [`q, 4 characters, common (${searchTerms.common4})`, `${list}&q=${q(searchTerms.common4)}`],
      [`q, 2 characters, rare (${searchTerms.rare2})`, `${list}&q=${q(searchTerms.rare2)}`],
      [`q, 4 characters, rare (${searchTerms.rare4})`, `${list}&q=${q(searchTerms.rare4)}`],
      ['isLive=false', `${list}&isLive=false`],
      [
        `siteId + type + state + topic (发改委, policy, published, ${topicRanking[0]})`,
        `${list}&siteId=${fgw.id}&type=policy&state=published&topic=${q(topicRanking[0])}`,
      ],
      [`deep page: no filter, page ${DEEP_PAGES + 1}`, list, 'deep'],
      [`deep page: siteId, page ${DEEP_PAGES + 1}`, `${list}&siteId=${fgw.id}`, 'deep'],
      [`deep page: type=policy, page ${DEEP_PAGES + 1}`, `${list}&type=policy`, 'deep'],
    ],
    'editor-fgw': [
      ['no filter (own site)', list],
      ['type=policy', `${list}&type=policy`],
      [`topic, first level, common (${commonTopic})`, `${list}&topic=${q(commonTopic)}`],
      [`q, 4 characters, common (${searchTerms.common4})`, `${list}&q=${q(searchTerms.common4)}`],
      [`q, 2 characters, common (${searchTerms.common2})`, `${list}&q=${q(searchTerms.common2)}`],
      ['columnId (own 工作动态)', `${list}&columnId=${fgw.columns.get('gzdt')}`],
      [`date range (updated ${from} – ${to})`, `${list}&from=${from}&to=${to}`],
      [`deep page: no filter, page ${DEEP_PAGES + 1}`, list, 'deep'],
    ],
  };
}

async function benchDatabase(dialect) {
  log(`\n${dialect}: preparing ${ITEMS.toLocaleString('en')} library items (load ${load()})`);
  const dataDir = tempDir(`jiyue-bench-library-${dialect}-`);
  const pgDb = dialect === 'postgres' ? await createPgDatabase('jiyue_bench_library') : undefined;
  const env = {
    DATA_DIR: dataDir,
    JIYUE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    JIYUE_DEMO: 'on',
    JIYUE_JOBS: 'off',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
  };
  let server;
  try {
    let t = Date.now();
    await prepareSchema(env);
    log(`  schema + bootstrap (demo) in ${seconds(t)}`);
    const filled = pgDb ? await fillPg(pgDb.url) : await fillSqlite(path.join(dataDir, 'jiyue.sqlite'));

    const port = await freePort();
    t = Date.now();
    server = await spawnUntilHealthy(process.execPath, [serverMain, 'serve'], {
      env: serverEnv({ ...env, PORT: String(port) }),
      url: `http://127.0.0.1:${port}/healthz`,
    });
    log(`  server healthy in ${seconds(t)}`);
    const baseUrl = `http://127.0.0.1:${port}`;
    const sessions = {
      admin: { cookie: (await login(baseUrl, 'admin', BENCH_ADMIN_PASSWORD)).cookie },
      'editor-fgw': { cookie: (await login(baseUrl, 'editor-fgw', DEMO_PASSWORD)).cookie },
    };
    const rows = [];
    for (const [who, list] of Object.entries(cases(filled.sites))) {
      for (const [label, urlPath, kind] of list) {
        const loadBefore = os.loadavg()[0];
        const r = kind === 'deep' ? await deepPage(baseUrl, urlPath, sessions[who]) : await latencyOf(baseUrl, urlPath, sessions[who]);
        log(`  ${who}: ${label}: p50 ${fmtMs(r.p50)} p95 ${fmtMs(r.p95)} ms (n ${r.n}, ${r.items} items, load ${load()})`);
        rows.push({ who, label, ...r, load: Math.max(loadBefore, os.loadavg()[0]) });
      }
    }
    return { rows, ...filled };
  } finally {
    if (server) await server.stop();
    closeAgent();
    if (isKept) {
      log(`  kept: ${pgDb ? `PostgreSQL database ${pgDb.name}` : path.join(dataDir, 'jiyue.sqlite')}`);
    } else {
      if (pgDb) await pgDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

ensureBuilt();
const all = [];
for (const dialect of onlyDb ? [onlyDb] : ['sqlite', 'postgres']) {
  if (dialect === 'postgres') {
    const why = await whyPostgresIsUnavailable();
    if (why) {
      log(`skipping PostgreSQL: ${why}`);
      all.push({ dialect, skipped: why });
      continue;
    }
  }
  all.push({ dialect, ...(await benchDatabase(dialect)) });
}

console.log(`### Library list at volume: ${ITEMS.toLocaleString('en')} items\n`);
console.log(
  `GET /api/admin/library/items?limit=${PAGE}, sequential requests on one kept-alive loopback connection after ${WARMUP} warm-up (n = ${REQUESTS}, fewer for URLs slower than 250 ms); server and client share the 2 cores. Deep page: ${DEEP_PAGES} pages followed by nextCursor, then that page timed. Load = 1-minute load average during the row.\n`,
);
for (const d of all) if (!d.skipped) console.log(`- ${d.dialect}: loaded in ${d.loadSeconds.toFixed(0)} s, ${d.size}`);
console.log('');
const tableRows = [];
for (const d of all) {
  const db = d.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  if (d.skipped) {
    tableRows.push([db, '', `skipped: ${d.skipped}`, '', '', '', '', '', '', '']);
    continue;
  }
  for (const r of d.rows) {
    tableRows.push([
      db,
      r.who,
      r.label,
      String(r.n),
      String(r.items),
      fmtMs(r.p50),
      fmtMs(r.p95),
      fmtMs(r.max),
      r.load.toFixed(1),
      r.p95 <= TARGET_P95_MS ? 'yes' : '**no**',
    ]);
  }
}
console.log(
  markdownTable(['db', 'as', 'filter', 'n', 'items', 'p50 ms', 'p95 ms', 'max ms', 'load', `p95 ≤ ${TARGET_P95_MS} ms`], tableRows),
);
console.log('');
