// Shared helpers for the benchmarks: start the built server on loopback, time requests, summarise.
// Every benchmark targets 127.0.0.1 only, runs a bounded number of requests and stops by itself.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverMain = path.join(repoRoot, 'server/dist/main.js');
export const pgAdminUrl = process.env.JIYUE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_ADMIN_PASSWORD = 'Bench-Operat0r-Passw0rd!';

/** Builds the server and console if stale, so that every benchmark measures the current code. */
export function ensureBuilt() {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--quiet'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('build failed');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One GET on loopback, resolving to its status code (0 when nothing listens yet). */
export function probe(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

/**
 * Spawns `command args` and measures the milliseconds from spawn until `url` answers 200,
 * polling every 5 ms. Resolves to { ms, child, stop() }; rejects if the child exits first.
 */
export async function spawnUntilHealthy(command, args, { env, url, timeoutMs = 60_000 }) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output = (output + c).slice(-10_000)));
  child.stderr.on('data', (c) => (output = (output + c).slice(-10_000)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${path.basename(args[0] ?? command)} exited (${child.exitCode ?? child.signalCode}) before ${url} answered:\n${output}`,
      );
    }
    if ((await probe(url)) === 200) {
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, child, stop, output: () => output };
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await stop();
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${output}`);
}

/** Environment for the server: only what we set, nothing inherited that could point it elsewhere. */
export function serverEnv(extra) {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('JIYUE_') || key === 'DATABASE_URL' || key === 'PORT' || key === 'HOST') delete env[key];
  return {
    ...env,
    HOST: '127.0.0.1',
    JIYUE_LOG_LEVEL: 'warn',
    JIYUE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    JIYUE_COOKIE_SECURE: 'off',
    ...extra,
  };
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// ---- PostgreSQL -------------------------------------------------------------------------------

async function pgClient(url = pgAdminUrl) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Undefined when PostgreSQL answers, else why not. */
export async function whyPostgresIsUnavailable() {
  try {
    const c = await pgClient();
    await c.end();
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${new URL(pgAdminUrl).host} is not available: ${error.message}`;
  }
}

/** A new empty database; resolves to { url, drop() }. */
export async function createPgDatabase(prefix) {
  const name = `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = await pgClient();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = await pgClient();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export { pgClient };

// ---- statistics and requests ------------------------------------------------------------------

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0],
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1],
  };
}

export const fmtMs = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request on a kept-alive loopback connection: { status, ms, body }. */
export function timedRequest(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = process.hrtime.bigint();
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export function closeAgent() {
  agent.destroy();
}

/** Markdown table from a header row and rows of cells. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
