import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect } from './test/harness.js';

describe(`app on ${testDialect}`, () => {
  it('answers /healthz with 503 once the database is gone', async () => {
    const t = await createTestApp();
    try {
      expect((await t.anonymous().get('/healthz')).statusCode).toBe(200);
      await t.platform.database.close();
      const res = await t.anonymous().get('/healthz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', database: testDialect });
    } finally {
      await t.app.close();
      await t.close().catch(() => {});
    }
  });

  it('creates the admin and, when asked, the demo platform on first start only', async () => {
    const t = await createTestApp({ demo: true });
    try {
      const { bootstrapPlatform } = await import('./bootstrap.js');
      const again = await bootstrapPlatform(t.platform.ctx);
      expect(again).toMatchObject({ isAdminCreated: false, isDemoCreated: false });
      const admin = await t.login('admin', ADMIN_PASSWORD);
      const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{ kind: string }>;
      expect(sites.filter((s) => s.kind === 'portal')).toHaveLength(1);
      expect(sites.filter((s) => s.kind === 'department').length).toBeGreaterThanOrEqual(3);
      expect(sites.filter((s) => s.kind === 'district').length).toBeGreaterThanOrEqual(1);
    } finally {
      await t.close();
    }
  });
});

describe('admin console assets', () => {
  it('serves the console, its client-side routes and its assets, and refuses paths outside it', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dist = path.resolve(import.meta.dirname, '../../admin/dist');
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('admin/dist is missing: run `node scripts/build.mjs` (npm install does)');
    const t = await createTestApp();
    try {
      const index = await t.anonymous().get('/admin/');
      expect(index.statusCode).toBe(200);
      expect(index.headers['content-type']).toMatch(/text\/html/);
      expect(index.body).toContain('lang="zh-CN"');
      expect((await t.anonymous().get('/admin/sites/columns')).body).toBe(index.body);
      const asset = index.body.match(/\/admin\/(assets\/[^"]+\.js)/)?.[1];
      expect(asset).toBeTruthy();
      const js = await t.anonymous().get(`/admin/${asset}`);
      expect(js.statusCode).toBe(200);
      expect(js.headers['cache-control']).toMatch(/immutable/);
      expect((await t.anonymous().get('/admin/assets/missing.js')).statusCode).toBe(404);
      expect((await t.anonymous().get('/admin/..%2f..%2fpackage.json')).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
