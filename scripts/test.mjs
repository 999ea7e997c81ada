#!/usr/bin/env node
// `npm test`: every suite the machine can run, and a plain account of what it could not.
//
//   1. unit + integration tests on SQLite                       (always)
//   2. the same tests on PostgreSQL                              (when a server answers on 127.0.0.1:5432)
//   3. browser journeys in Chromium with axe (scripts/e2e.mjs)   (when /usr/bin/chromium exists)
//
// A suite that cannot run is SKIPPED with the reason; with CI=true or JIYUE_TEST_STRICT=1 a skip
// is a failure. Extra arguments are passed to vitest (e.g. `npm test -- server/src/modules/sites`).
// The last line is always `N passed, M failed`, counted over every suite that ran.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitestBin = path.join(root, 'node_modules/vitest/vitest.mjs');
const chromiumPath = process.env.JIYUE_CHROMIUM ?? '/usr/bin/chromium';
const pgUrl = process.env.JIYUE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgHost = (() => {
  const u = new URL(pgUrl);
  return `${u.hostname}:${u.port || 5432}`;
})();
const isStrict = process.env.CI === 'true' || process.env.JIYUE_TEST_STRICT === '1';
const filters = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jiyue-test-run-'));

/** Resolves to undefined when PostgreSQL accepts a connection, or to the reason it does not. */
async function whyPostgresIsUnavailable() {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch {
    // pg not installed (should not happen after npm ci): fall back to the client tool.
    const u = new URL(pgUrl);
    const r = spawnSync('pg_isready', ['-h', u.hostname, '-p', u.port || '5432', '-t', '3'], { encoding: 'utf8' });
    if (r.error) return `cannot check: neither the pg package nor pg_isready is available`;
    return r.status === 0 ? undefined : `no server at ${pgHost}`;
  }
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH') return `no server at ${pgHost}`;
    return `server at ${pgHost} did not accept us: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs one vitest suite; resolves to its counts read from vitest's JSON report. */
function runVitest(suite) {
  const jsonFile = path.join(tmp, `${suite.key}.json`);
  const args = [...suite.command, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`];
  if (filters.length) args.push('--passWithNoTests', ...filters);
  const started = Date.now();
  console.log(`\n━━━ ${suite.title} ━━━`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...suite.env } });
    child.on('close', (code, signal) => {
      const ms = Date.now() - started;
      let report;
      try {
        report = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
      } catch {
        report = undefined;
      }
      if (!report) {
        // vitest died before writing its report: a configuration error, a crash or a signal.
        resolve({
          status: 'failed',
          passed: 0,
          failed: 1,
          skippedTests: 0,
          ms,
          note: `exited ${code ?? signal} without a test report: see its output above`,
        });
        return;
      }
      // A file that fails to load has no failing test but fails all the same: count it as one.
      const brokenFiles = (report.testResults ?? []).filter(
        (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
      ).length;
      const failed = (report.numFailedTests ?? 0) + brokenFiles;
      const passed = report.numPassedTests ?? 0;
      const skippedTests = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      const isFailed = code !== 0 || failed > 0;
      resolve({
        status: isFailed ? 'failed' : 'passed',
        passed,
        failed: isFailed && failed === 0 ? 1 : failed,
        skippedTests,
        ms,
        note: brokenFiles ? `${brokenFiles} file(s) failed to load` : isFailed && failed === 0 ? `vitest exited ${code ?? signal}` : '',
      });
    });
  });
}

const suites = [
  {
    key: 'sqlite',
    title: 'unit + integration tests on SQLite',
    command: [vitestBin, 'run'],
    env: { JIYUE_TEST_DB: 'sqlite' },
    whyUnavailable: async () => undefined,
  },
  {
    key: 'postgres',
    title: 'unit + integration tests on PostgreSQL',
    command: [vitestBin, 'run'],
    env: { JIYUE_TEST_DB: 'postgres', JIYUE_TEST_PG_URL: pgUrl },
    whyUnavailable: async () => {
      const why = await whyPostgresIsUnavailable();
      return why && `PostgreSQL suite — ${why} (start it or run .ci/run)`;
    },
  },
  {
    key: 'browser',
    title: 'browser journeys in Chromium with axe',
    command: [path.join(root, 'scripts/e2e.mjs')],
    env: {},
    whyUnavailable: async () =>
      fs.existsSync(chromiumPath) ? undefined : `browser suite — ${chromiumPath} not installed (apt-get install chromium fonts-noto-cjk)`,
  },
];

const results = [];
for (const suite of suites) {
  const why = await suite.whyUnavailable();
  if (why) {
    console.log(`\nSKIPPED: ${why}`);
    results.push({ suite, status: isStrict ? 'failed' : 'skipped', passed: 0, failed: 0, skippedTests: 0, ms: 0, note: why });
    continue;
  }
  results.push({ suite, ...(await runVitest(suite)) });
}
fs.rmSync(tmp, { recursive: true, force: true });

// Summary
const rows = results.map((r) => [
  r.suite.title,
  r.status === 'failed' && r.passed === 0 && r.failed === 0 ? 'FAILED (skipped)' : r.status.toUpperCase(),
  String(r.passed),
  String(r.failed),
  String(r.skippedTests),
  r.ms ? `${(r.ms / 1000).toFixed(1)} s` : '-',
]);
const header = ['suite', 'result', 'passed', 'failed', 'skipped tests', 'time'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log('\n━━━ summary ━━━');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
for (const r of results) {
  if (r.status === 'skipped') console.log(`SKIPPED: ${r.note}`);
  else if (r.status === 'failed' && r.passed === 0 && r.failed === 0)
    console.log(`FAILED: ${r.note} — a skip is a failure when ${process.env.CI === 'true' ? 'CI=true' : 'JIYUE_TEST_STRICT=1'}`);
  else if (r.note) console.log(`${r.status === 'failed' ? 'FAILED' : 'note'}: ${r.suite.title}: ${r.note}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const isFailed = results.some((r) => r.status === 'failed');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(isFailed ? 1 : 0);
