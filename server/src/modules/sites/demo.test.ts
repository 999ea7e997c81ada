import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD } from './index.js';

// The demo platform a newcomer's first start creates (sites, columns, users). Both databases.
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await t.login('admin', ADMIN_PASSWORD);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

  describe('demo seed', () => {
    it('creates a portal, three or more department sites and a district site, all online', async () => {
      const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{
        kind: string;
        status: string;
        identifierCode: string;
        code: string;
      }>;
      const count = (kind: string) => sites.filter((s) => s.kind === kind).length;
      expect(count('portal')).toBe(1);
      expect(count('department')).toBeGreaterThanOrEqual(3);
      expect(count('district')).toBeGreaterThanOrEqual(1);
      expect(sites.every((s) => s.status === 'online')).toBe(true);
      expect(sites.filter((s) => s.kind === 'department').every((s) => /^bm\d{8}$/.test(s.identifierCode))).toBe(true);
    });

    it('gives every site the standard column tree, each column with a purpose statement', async () => {
      const fgw = (await admin.get('/api/admin/sites?q=fgw')).json().items[0];
      const columns = (await admin.get(`/api/admin/sites/${fgw.id}/columns`)).json().items as Array<{
        name: string;
        purpose: string;
        kind: string;
        parentId: number | null;
      }>;
      const names = columns.map((c) => c.name);
      for (const name of [
        '政务公开',
        '政府信息公开指南',
        '政府信息公开年报',
        '政策文件',
        '规范性文件',
        '政策解读',
        '通知公告',
        '办事服务',
        '领导信箱',
        '在线访谈',
        '单位简介',
        '内设机构',
      ]) {
        expect(names).toContain(name);
      }
      expect(columns.every((c) => c.purpose.length > 5)).toBe(true);
      expect(columns.some((c) => c.kind === 'topic')).toBe(true);
      expect(columns.filter((c) => c.parentId === null).length).toBeLessThanOrEqual(8);
    });

    it('creates the 发改委 demo users with their site roles, isolated from other sites', async () => {
      const siteAdmin = await t.login('siteadmin-fgw', DEMO_PASSWORD);
      const visible = (await siteAdmin.get('/api/admin/sites')).json().items.map((s: { code: string }) => s.code);
      expect(visible).toEqual(['fgw']);
      const jyj = (await admin.get('/api/admin/sites?q=jyj')).json().items[0];
      expect((await siteAdmin.get(`/api/admin/sites/${jyj.id}`)).statusCode).toBe(403);
      const editor = await t.login('editor-fgw', DEMO_PASSWORD);
      const fgwId = (await editor.get('/api/admin/sites')).json().items[0].id;
      expect(
        (await editor.post(`/api/admin/sites/${fgwId}/columns`, { kind: 'list', name: '新栏目', slug: 'xlm', purpose: '说明' })).statusCode,
      ).toBe(403);
      await t.login('reviewer-fgw', DEMO_PASSWORD);
    });
  });

