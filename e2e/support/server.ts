import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'E2e-Operat0r-Passw0rd!';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far (shown when a journey fails to start it). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now, on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200, the child exits, or the deadline passes. */
export async function waitForHealthy(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before ${url} answered:\n${output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the built server (`node server/dist/main.js serve`, built by scripts/e2e.mjs) on a free
 * loopback port with a fresh data folder: a first start, so migrations run and the admin user and
 * (with demo on) the demo platform are created. JIYUE_E2E_DATABASE_URL runs it on PostgreSQL.
 */
export async function startServer(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const main = path.join(repoRoot, 'server/dist/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} does not exist: run node scripts/build.mjs (npm run e2e does)`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiyue-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('JIYUE_') || key === 'DATABASE_URL') delete env[key];
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    JIYUE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    JIYUE_DEMO: options.demo === false ? 'off' : 'on',
    JIYUE_LOG_LEVEL: 'warn',
    JIYUE_COOKIE_SECURE: 'off',
    ...(process.env.JIYUE_E2E_DATABASE_URL ? { DATABASE_URL: process.env.JIYUE_E2E_DATABASE_URL } : {}),
    ...options.env,
  });
  const child = spawn(process.execPath, [main, 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealthy(`${baseUrl}/healthz`, child, 60_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output: () => log, stop };
}

/** The admin API as the platform administrator, for setting up or looking up what a journey needs. */
export async function adminApi(baseUrl: string): Promise<{ get<T>(path: string): Promise<T> }> {
  const login = await fetch(`${baseUrl}/api/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: ADMIN_USERNAME, password: ADMIN_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`admin API login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('jiyue_session='));
  if (!cookie) throw new Error('admin API login answered without a jiyue_session cookie');
  return {
    async get<T>(path: string): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}
