import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp, openPlatform, type Platform } from '../app.js';
import { loadConfig, type Config } from '../kernel/index.js';

/** Which database this test run uses: `JIYUE_TEST_DB=postgres` switches every integration test. */
export const testDialect: 'sqlite' | 'postgres' = process.env.JIYUE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const adminUrl = process.env.JIYUE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file: a temp SQLite file or a new PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiyue-test-'));
  if (testDialect === 'sqlite') {
    return {
      env: { DATA_DIR: dataDir },
      async drop() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `jiyue_test_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  platform: Platform;
  config: Config;
  /** Logs in through the API and returns a client that carries the session cookie and CSRF token. */
  login(username: string, password: string, totpCode?: string): Promise<TestClient>;
  /** An anonymous client. */
  anonymous(): TestClient;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'Jiyue-Passw0rd!';

export interface TestClient {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  cookie?: string;
  csrfToken?: string;
}

function makeClient(app: FastifyInstance, cookie?: string, csrfToken?: string): TestClient {
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      payload: body === undefined ? undefined : (body as object),
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
        ...headers,
      },
    });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url, body) => request('DELETE', url, body),
  };
}

/**
 * Starts the whole app on a fresh database, bootstrapped like a first start (admin user with
 * ADMIN_PASSWORD; the demo platform only when `demo: true`, and its library content too only
 * when `demoContent: true`, since entering ~100 items through the workflow takes seconds).
 */
export async function createTestApp(options: { demo?: boolean; demoContent?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...database.env,
    JIYUE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    JIYUE_DEMO: options.demo ? 'on' : 'off',
    JIYUE_LOG_LEVEL: process.env.JIYUE_TEST_LOG_LEVEL ?? 'silent',
    // Tests sign in many times from one address; the limit itself has its own test.
    JIYUE_LOGIN_RATE_PER_MINUTE: '10000',
    ...options.env,
  });
  const platform = await openPlatform(config);
  const { bootstrapPlatform } = await import('../bootstrap.js');
  await bootstrapPlatform(platform.ctx, { isContentSkipped: !options.demoContent });
  const app = await buildApp(platform);
  await app.ready();
  return {
    app,
    platform,
    config,
    anonymous: () => makeClient(app),
    async login(username, password, totpCode) {
      const res = await app.inject({ method: 'POST', url: '/api/admin/auth/login', payload: { username, password, ...(totpCode ? { totpCode } : {}) } });
      if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const raw = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('jiyue_session='));
      const cookie = raw?.split(';')[0];
      return makeClient(app, cookie, res.json().csrfToken as string);
    },
    async close() {
      await app.close();
      await platform.close();
      await database.drop();
    },
  };
}
