import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialect, type TestDatabase } from './test/harness.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const main = path.join(root, 'server/src/main.ts');

describe(`CLI on ${testDialect}`, () => {
  let db: TestDatabase;
  const jiyue = (args: string[], env: Record<string, string> = {}) =>
    run(tsx, [main, ...args], { env: { ...process.env, ...db.env, JIYUE_LOG_LEVEL: 'silent', JIYUE_DEMO: 'off', ...env }, cwd: root });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('migrates and lists the applied migrations', async () => {
    const { stdout } = await jiyue(['migrate', '--status']);
    expect(stdout).toMatch(/applied\s+2026112200_kernel_jobs/);
    expect(stdout).toMatch(/applied\s+2026112201_accounts_tables/);
    expect(stdout).not.toMatch(/pending/);
  });

  it('creates a user with a role and resets the password', async () => {
    const created = await jiyue(['user', 'create', '--username', 'li.ming', '--display-name', '李明', '--password', 'Li-Ming-Passw0rd', '--role', 'auditor']);
    expect(created.stdout).toMatch(/created user li\.ming/);
    const reset = await jiyue(['user', 'reset-password', '--username', 'li.ming']);
    expect(reset.stdout).toMatch(/password of li\.ming reset to: \S{16}/);
    await expect(jiyue(['user', 'create', '--username', 'li.ming', '--password', 'Li-Ming-Passw0rd'])).rejects.toMatchObject({
      stderr: expect.stringContaining('ACCOUNTS_USERNAME_TAKEN'),
    });
  });

  it('registers a site and lists it; refuses an invalid 网站标识码 with the field named', async () => {
    const portal = await jiyue(['site', 'create', '--code', 'portal', '--name', '测试市人民政府', '--kind', 'portal', '--identifier', '3601000001', '--domain', 'www.test.gov.cn', '--icp', '京ICP备05070218号', '--police-filing', '京公网安备11010502030143号', '--status', 'online']);
    expect(portal.stdout).toMatch(/created site portal/);
    const dept = await jiyue(['site', 'create', '--code', 'hbj', '--name', '测试市生态环境局', '--kind', 'department', '--parent', 'portal', '--identifier', 'bm36000009', '--domain', 'hbj.test.gov.cn']);
    expect(dept.stdout).toMatch(/created site hbj/);
    const list = await jiyue(['site', 'list']);
    expect(list.stdout).toContain('hbj');
    expect(list.stdout).toContain('测试市生态环境局');
    const bad = jiyue(['site', 'create', '--code', 'bad', '--name', '坏', '--kind', 'department', '--parent', 'portal', '--identifier', 'XYZ']);
    await expect(bad).rejects.toMatchObject({ stderr: expect.stringContaining('identifierCode') });
  });

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const child = spawn(tsx, [main, 'serve'], {
      env: { ...process.env, ...db.env, PORT: '0', HOST: '127.0.0.1', JIYUE_LOG_LEVEL: 'info', JIYUE_DEMO: 'off', JIYUE_ADMIN_PASSWORD: 'Jiyue-Passw0rd!' },
      cwd: root,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // tsx compiles the whole server on the fly: give a loaded CI machine time.
    const deadline = Date.now() + 60_000;
    while (!output.includes('Admin console') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const port = Number(/"port":(\d+)/.exec(output)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  }, 90_000);

  it('stops with a clear message on invalid configuration', async () => {
    await expect(jiyue(['migrate'], { PORT: 'eighty' })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('PORT') });
  });
});
