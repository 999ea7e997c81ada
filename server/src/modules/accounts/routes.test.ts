import { sql } from 'kysely';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';

const STRONG = 'Str0ng-Passw0rd!';

describe(`accounts on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { JIYUE_LOGIN_MAX_FAILURES: '3', JIYUE_LOGIN_LOCK_MINUTES: '5' } });
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => t?.close());

  async function createUser(username: string, extra: Record<string, unknown> = {}) {
    const res = await admin.post('/api/admin/users', { username, displayName: `用户 ${username}`, password: STRONG, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; username: string };
  }

  describe('signing in', () => {
    it('sets an httpOnly SameSite=Strict session cookie and returns a CSRF token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
      expect(res.statusCode).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/jiyue_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
      expect(res.json().user).toMatchObject({ username: 'admin', permissions: expect.arrayContaining(['users.manage']) });
    });

    it('answers a wrong password and an unknown user with the same generic error', async () => {
      const wrong = await t.anonymous().post('/api/admin/auth/login', { username: 'admin', password: 'nope' });
      const unknown = await t.anonymous().post('/api/admin/auth/login', { username: 'nobody-here', password: 'nope' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json().error.code).toBe('ACCOUNTS_INVALID_CREDENTIALS');
      expect(unknown.json().error).toMatchObject({ code: 'ACCOUNTS_INVALID_CREDENTIALS', message: wrong.json().error.message });
    });

    it('locks a name temporarily after repeated failures, even with the right password then', async () => {
      await createUser('lockme');
      for (let i = 0; i < 3; i += 1) {
        const res = await t.anonymous().post('/api/admin/auth/login', { username: 'lockme', password: 'wrong-one' });
        expect(res.json().error.code).toBe('ACCOUNTS_INVALID_CREDENTIALS');
      }
      const locked = await t.anonymous().post('/api/admin/auth/login', { username: 'lockme', password: STRONG });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('ACCOUNTS_LOGIN_LOCKED');
      // Unknown names lock the same way, so a lock tells nothing about who exists.
      for (let i = 0; i < 3; i += 1) await t.anonymous().post('/api/admin/auth/login', { username: 'ghost', password: 'x' });
      expect((await t.anonymous().post('/api/admin/auth/login', { username: 'ghost', password: 'x' })).json().error.code).toBe('ACCOUNTS_LOGIN_LOCKED');
      // The operator unlocks.
      const list = await admin.get('/api/admin/users?q=lockme');
      const user = list.json().items[0];
      expect(user.isLocked).toBe(true);
      expect((await admin.post(`/api/admin/users/${user.id}/unlock`)).statusCode).toBe(200);
      expect((await t.anonymous().post('/api/admin/auth/login', { username: 'lockme', password: STRONG })).statusCode).toBe(200);
    });

    it('rejects unknown JSON fields with a field path', async () => {
      const res = await t.anonymous().post('/api/admin/auth/login', { username: 'admin', password: 'x', remember: true });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details[0].path).toContain('remember');
    });
  });

  it('limits login attempts per address', async () => {
    const limited = await createTestApp({ env: { JIYUE_LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await limited.anonymous().post('/api/admin/auth/login', { username: 'x', password: 'y' })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  describe('sessions and CSRF', () => {
    it('refuses API calls without a session', async () => {
      const res = await t.anonymous().get('/api/admin/users');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a state change without the CSRF token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/org-units', headers: { cookie: admin.cookie! }, payload: { name: '测试局' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
      const ok = await admin.post('/api/admin/org-units', { name: '测试局' });
      expect(ok.statusCode).toBe(201);
    });

    it('ends a session after the idle timeout', async () => {
      const client = await t.login('admin', ADMIN_PASSWORD);
      expect((await client.get('/api/admin/auth/session')).statusCode).toBe(200);
      const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
      await sql`update accounts_sessions set last_seen_at = ${longAgo}`.execute(t.platform.ctx.db);
      expect((await client.get('/api/admin/auth/session')).statusCode).toBe(401);
      admin = await t.login('admin', ADMIN_PASSWORD); // the shared client's session ended too
    });

    it('logs out', async () => {
      const client = await t.login('admin', ADMIN_PASSWORD);
      expect((await client.post('/api/admin/auth/logout')).statusCode).toBe(200);
      expect((await client.get('/api/admin/auth/session')).statusCode).toBe(401);
    });
  });

  describe('users', () => {
    it('enforces the password policy with reasons', async () => {
      const res = await admin.post('/api/admin/users', { username: 'weak', displayName: '弱', password: 'abc' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('ACCOUNTS_PASSWORD_WEAK');
      expect(res.json().error.details.length).toBeGreaterThan(0);
      expect(res.json().error.details[0].path).toBe('password');
    });

    it('refuses a duplicate username with 409 and keeps the first user', async () => {
      await createUser('dupe');
      const res = await admin.post('/api/admin/users', { username: 'DUPE', displayName: '重复', password: STRONG });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'ACCOUNTS_USERNAME_TAKEN', details: [{ path: 'username' }] });
      expect((await admin.get('/api/admin/users?q=dupe')).json().items).toHaveLength(1);
    });

    it('pages through users with a cursor', async () => {
      for (let i = 0; i < 5; i += 1) await createUser(`pager${i}`);
      const first = (await admin.get('/api/admin/users?q=pager&limit=2')).json();
      expect(first.items).toHaveLength(2);
      const second = (await admin.get(`/api/admin/users?q=pager&limit=2&cursor=${first.nextCursor}`)).json();
      const third = (await admin.get(`/api/admin/users?q=pager&limit=2&cursor=${second.nextCursor}`)).json();
      const names = [...first.items, ...second.items, ...third.items].map((u: { username: string }) => u.username);
      expect(new Set(names).size).toBe(5);
      expect(third.nextCursor).toBeNull();
      expect((await admin.get('/api/admin/users?cursor=garbage')).json().error.code).toBe('VALIDATION_FAILED');
    });

    it('makes a reset user change the password before anything else', async () => {
      const user = await createUser('resetme');
      expect((await admin.post(`/api/admin/users/${user.id}/reset-password`, { password: 'Temp-Passw0rd!' })).statusCode).toBe(200);
      const client = await t.login('resetme', 'Temp-Passw0rd!');
      expect((await client.get('/api/admin/users')).json().error.code).toBe('ACCOUNTS_PASSWORD_CHANGE_REQUIRED');
      const changed = await client.post('/api/admin/auth/password', { currentPassword: 'Temp-Passw0rd!', newPassword: 'New-Passw0rd!x' });
      expect(changed.statusCode, changed.body).toBe(200);
      const session = (await client.get('/api/admin/auth/session')).json();
      expect(session.user.mustChangePassword).toBe(false);
    });

    it('never disables the last platform administrator', async () => {
      const me = (await admin.get('/api/admin/auth/session')).json().user;
      const res = await admin.patch(`/api/admin/users/${me.id}`, { isDisabled: true });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ACCOUNTS_LAST_PLATFORM_ADMIN');
    });
  });

  describe('TOTP second factor', () => {
    it('enrols, then demands and checks a code at login, refusing a replay', async () => {
      await createUser('totpuser');
      const client = await t.login('totpuser', STRONG);
      const setup = (await client.post('/api/admin/auth/totp/setup')).json();
      expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
      expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      expect((await client.post('/api/admin/auth/totp/enable', { code: '000000' })).json().error.code).toBe('ACCOUNTS_TOTP_INVALID');
      const code = await generate({ secret: setup.secret });
      expect((await client.post('/api/admin/auth/totp/enable', { code })).statusCode).toBe(200);

      const withoutCode = await t.anonymous().post('/api/admin/auth/login', { username: 'totpuser', password: STRONG });
      expect(withoutCode.statusCode).toBe(401);
      expect(withoutCode.json().error.code).toBe('ACCOUNTS_TOTP_REQUIRED');
      // The code used for enrolment cannot be used again.
      const replay = await t.anonymous().post('/api/admin/auth/login', { username: 'totpuser', password: STRONG, totpCode: code });
      expect(replay.json().error.code).toBe('ACCOUNTS_TOTP_INVALID');
      const next = await generate({ secret: setup.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
      const ok = await t.anonymous().post('/api/admin/auth/login', { username: 'totpuser', password: STRONG, totpCode: next });
      expect(ok.statusCode, ok.body).toBe(200);
    });
  });

  describe('roles, grants and org units', () => {
    it('lists the built-in roles as data', async () => {
      const roles = (await admin.get('/api/admin/roles')).json() as Array<{ key: string; isBuiltin: boolean }>;
      expect(roles.map((r) => r.key)).toEqual(
        expect.arrayContaining(['platform_admin', 'site_admin', 'editor', 'reviewer', 'confidentiality_reviewer', 'handler', 'auditor']),
      );
      expect(roles.every((r) => r.isBuiltin)).toBe(true);
    });

    it('lets an editor neither change grants nor manage users', async () => {
      const editor = await createUser('editor1');
      const unit = (await admin.post('/api/admin/org-units', { name: '教育局', code: 'jyj-test' })).json();
      expect((await admin.post('/api/admin/grants', { userId: editor.id, roleKey: 'editor', scope: { type: 'org_unit', orgUnitId: unit.id } })).statusCode).toBe(201);
      const client = await t.login('editor1', STRONG);
      const grant = await client.post('/api/admin/grants', { userId: editor.id, roleKey: 'platform_admin', scope: { type: 'platform' } });
      expect(grant.statusCode).toBe(403);
      expect(grant.json().error.code).toBe('FORBIDDEN');
      expect((await client.post('/api/admin/users', { username: 'x1', displayName: 'x', password: STRONG })).statusCode).toBe(403);
    });

    it('refuses a duplicate grant and an invalid scope', async () => {
      const user = await createUser('granted');
      expect((await admin.post('/api/admin/grants', { userId: user.id, roleKey: 'auditor', scope: { type: 'platform' } })).statusCode).toBe(201);
      expect((await admin.post('/api/admin/grants', { userId: user.id, roleKey: 'auditor', scope: { type: 'platform' } })).json().error.code).toBe('ACCOUNTS_GRANT_DUPLICATE');
      const bad = await admin.post('/api/admin/grants', { userId: user.id, roleKey: 'editor', scope: { type: 'site', siteId: 999999 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'ACCOUNTS_GRANT_SCOPE_INVALID', details: [{ path: 'scope.siteId' }] });
    });

    it('never revokes the platform role of the last active platform administrator', async () => {
      const me = (await admin.get('/api/admin/auth/session')).json().user;
      const own = me.grants.find((g: { roleKey: string }) => g.roleKey === 'platform_admin');
      const res = await admin.delete(`/api/admin/grants/${own.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ACCOUNTS_LAST_PLATFORM_ADMIN');
      // With a second administrator it may go; the second one keeps the platform running.
      const second = await createUser('second-admin');
      expect((await admin.post('/api/admin/grants', { userId: second.id, roleKey: 'platform_admin', scope: { type: 'platform' } })).statusCode).toBe(201);
      const other = (await admin.get(`/api/admin/grants?userId=${second.id}`)).json()[0];
      expect((await admin.delete(`/api/admin/grants/${other.id}`)).statusCode).toBe(200);
    });

    it('refuses to move an org unit under its own descendant', async () => {
      const parent = (await admin.post('/api/admin/org-units', { name: '市政府' })).json();
      const child = (await admin.post('/api/admin/org-units', { name: '办公室', parentId: parent.id })).json();
      const res = await admin.patch(`/api/admin/org-units/${parent.id}`, { parentId: child.id });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ACCOUNTS_ORG_UNIT_CYCLE');
    });
  });

  describe('audit log', () => {
    it('records admin actions with actor, target and IP, searchable', async () => {
      await admin.post('/api/admin/org-units', { name: '审计测试局' });
      const page = (await admin.get(`/api/admin/audit?q=${encodeURIComponent('审计测试局')}`)).json();
      expect(page.items[0]).toMatchObject({ action: 'accounts.org_unit.create', actorName: expect.stringContaining('admin'), targetLabel: '审计测试局' });
      expect(page.items[0].ip).toBeTruthy();
      const byAction = (await admin.get('/api/admin/audit?action=accounts.session.login_failed')).json();
      expect(byAction.items.length).toBeGreaterThan(0);
      expect(byAction.items.every((e: { action: string }) => e.action === 'accounts.session.login_failed')).toBe(true);
    });

    it('exports CSV with a BOM so that Excel reads Chinese', async () => {
      const res = await admin.get('/api/admin/audit/export.csv?action=accounts.org_unit.create');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.body.startsWith('\ufeff编号,时间,操作人')).toBe(true);
      expect(res.body).toContain('审计测试局');
    });

    it.runIf(testDialect === 'postgres')('finds rare terms through trigram indexes on PostgreSQL', async () => {
      const { rows } = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'accounts_audit' and indexname like '%_trgm'`.execute(t.platform.ctx.db);
      expect(rows.map((r) => r.indexname).sort()).toEqual(['accounts_audit_actor_name_trgm', 'accounts_audit_summary_trgm', 'accounts_audit_target_label_trgm']);
    });

    it('is append-only in the database itself', async () => {
      await expect(sql`update accounts_audit set summary = 'forged'`.execute(t.platform.ctx.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from accounts_audit`.execute(t.platform.ctx.db)).rejects.toThrow(/append-only/);
    });

    it('is readable by auditors and not by editors', async () => {
      const editor = await t.login('editor1', STRONG);
      expect((await editor.get('/api/admin/audit')).statusCode).toBe(403);
    });
  });

  describe('platform endpoints', () => {
    it('reports health with the database dialect', async () => {
      const res = await t.anonymous().get('/healthz');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: testDialect });
    });

    it('serves Prometheus metrics and an OpenAPI document with the routes', async () => {
      const metrics = await t.anonymous().get('/metrics');
      expect(metrics.body).toContain('jiyue_http_request_duration_seconds');
      const doc = (await t.anonymous().get('/api/openapi.json')).json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/admin/auth/login', '/api/admin/users', '/api/admin/audit']));
    });

    it('answers unknown routes with a coded error and a request id', async () => {
      const res = await t.anonymous().get('/api/nothing-here');
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: expect.any(String) });
      expect(res.headers['x-request-id']).toBe(res.json().error.requestId);
    });
  });
});
