import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';

const PASSWORD = 'Str0ng-Passw0rd!';

interface SiteJson {
  id: number;
  code: string;
  status: string;
  domains: string[];
  identifierCode: string | null;
  parentId: number | null;
  sponsorUnit: { id: number; name: string } | null;
  languages: string[];
}

describe(`sites registry on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let portal: SiteJson;
  let siteA: SiteJson;
  let siteB: SiteJson;
  let adminA: TestClient;
  let adminB: TestClient;
  let editorA: TestClient;
  let serial = 10;

  /** A complete, valid department site body; each call gets fresh unique values. */
  function departmentBody(extra: Record<string, unknown> = {}) {
    serial += 1;
    return {
      legalName: `测试市第${serial}局`,
      shortName: `测试${serial}局`,
      code: `dept${serial}`,
      kind: 'department',
      parentId: portal.id,
      identifierCode: `bm990100${serial}`,
      domains: [`dept${serial}.ceshi.gov.cn`],
      icpNumber: `示ICP备990100${serial}号`,
      psbNumber: `示公网安备990100020000${serial}号`,
      ...extra,
    };
  }

  async function createSiteOk(body: Record<string, unknown>, client = admin): Promise<SiteJson> {
    const res = await client.post('/api/admin/sites', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as SiteJson;
  }

  async function userWithRole(username: string, roleKey: string, siteId: number): Promise<TestClient> {
    const created = await admin.post('/api/admin/users', { username, displayName: `用户${username}`, password: PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    const grant = await admin.post('/api/admin/grants', { userId: created.json().id, roleKey, scope: { type: 'site', siteId } });
    expect(grant.statusCode, grant.body).toBe(201);
    return t.login(username, PASSWORD);
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
    portal = await createSiteOk({
      legalName: '测试市人民政府',
      shortName: '测试市政府门户网站',
      code: 'ceshi',
      kind: 'portal',
      status: 'online',
      identifierCode: '9901000001',
      domains: ['www.ceshi.gov.cn'],
      icpNumber: '示ICP备99010001号',
      psbNumber: '示公网安备99010002000001号',
    });
    siteA = await createSiteOk(departmentBody({ status: 'online' }));
    siteB = await createSiteOk(departmentBody({ status: 'online' }));
    adminA = await userWithRole('admin-a', 'site_admin', siteA.id);
    adminB = await userWithRole('admin-b', 'site_admin', siteB.id);
    editorA = await userWithRole('editor-a', 'editor', siteA.id);
  });
  afterAll(async () => t?.close());

  describe('creating a site', () => {
    it('registers a platform admin’s site directly online and records how it started', async () => {
      expect(portal).toMatchObject({ status: 'online', domains: ['www.ceshi.gov.cn'], parentId: null, languages: ['zh-CN'] });
      const history = await admin.get(`/api/admin/sites/${portal.id}/history`);
      expect(history.json().items).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'online', actorName: '平台管理员' })]);
    });

    it('rejects a malformed 网站标识码 naming the field', async () => {
      const res = await admin.post('/api/admin/sites', departmentBody({ identifierCode: 'bm123' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('SITES_IDENTIFIER_INVALID');
      expect(res.json().error.details).toEqual([{ path: 'identifierCode', message: expect.any(String) }]);
    });

    it('rejects a non-government domain with the index of the bad entry', async () => {
      const res = await admin.post('/api/admin/sites', departmentBody({ domains: ['ok.ceshi.gov.cn', 'www.example.com'] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'SITES_DOMAIN_INVALID', details: [{ path: 'domains.1' }] });
    });

    it('refuses a domain another site holds, whatever its case (409 SITES_DOMAIN_TAKEN)', async () => {
      const res = await admin.post('/api/admin/sites', departmentBody({ domains: ['new.ceshi.gov.cn', siteA.domains[0]!.toUpperCase()] }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'SITES_DOMAIN_TAKEN', details: [{ path: 'domains.1' }] });
    });

    it('refuses a taken 网站标识码 and a taken code', async () => {
      const id = await admin.post('/api/admin/sites', departmentBody({ identifierCode: siteA.identifierCode }));
      expect(id.statusCode).toBe(409);
      expect(id.json().error).toMatchObject({ code: 'SITES_IDENTIFIER_TAKEN', details: [{ path: 'identifierCode' }] });
      const code = await admin.post('/api/admin/sites', departmentBody({ code: siteA.code }));
      expect(code.statusCode).toBe(409);
      expect(code.json().error).toMatchObject({ code: 'SITES_CODE_TAKEN', details: [{ path: 'code' }] });
    });

    it('rejects unknown fields (400 VALIDATION_FAILED)', async () => {
      const res = await admin.post('/api/admin/sites', departmentBody({ colour: 'red' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.json().error.details)).toContain('colour');
    });

    it('rejects malformed filing numbers, a missing parent and unknown org units', async () => {
      const icp = await admin.post('/api/admin/sites', departmentBody({ icpNumber: 'ICP 12345' }));
      expect(icp.json().error).toMatchObject({ code: 'SITES_FILING_INVALID', details: [{ path: 'icpNumber' }] });
      const parent = await admin.post('/api/admin/sites', departmentBody({ parentId: null }));
      expect(parent.json().error).toMatchObject({ code: 'SITES_PARENT_INVALID', details: [{ path: 'parentId' }] });
      const portalWithParent = await admin.post('/api/admin/sites', departmentBody({ kind: 'portal' }));
      expect(portalWithParent.json().error).toMatchObject({ code: 'SITES_PARENT_INVALID' });
      const unit = await admin.post('/api/admin/sites', departmentBody({ sponsorUnitId: 999999 }));
      expect(unit.statusCode).toBe(400);
      expect(unit.json().error.details).toEqual([expect.objectContaining({ path: 'sponsorUnitId' })]);
    });

    it('accepts development hosts and keeps zh-CN first in the languages', async () => {
      const site = await createSiteOk(departmentBody({ domains: ['Dev.Localhost', '127.0.0.1'], languages: ['en', 'zh-TW'] }));
      expect(site.domains).toEqual(['dev.localhost', '127.0.0.1']);
      expect(site.languages).toEqual(['zh-CN', 'en', 'zh-TW']);
    });

    it('will not put a site online without its 网站标识码 and filings', async () => {
      const res = await admin.post('/api/admin/sites', departmentBody({ status: 'online', identifierCode: null, psbNumber: null }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('SITES_ONLINE_REQUIREMENTS_MISSING');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['identifierCode', 'psbNumber']);
    });

    it('lets a site admin apply for a sub-site of their site, which starts as applied', async () => {
      const applied = await createSiteOk(departmentBody({ kind: 'topic', parentId: siteA.id, identifierCode: null }), adminA);
      expect(applied.status).toBe('applied');
      const direct = await adminA.post('/api/admin/sites', departmentBody({ kind: 'topic', parentId: siteA.id, status: 'approved' }));
      expect(direct.statusCode).toBe(403);
      const elsewhere = await adminA.post('/api/admin/sites', departmentBody({ kind: 'topic', parentId: siteB.id }));
      expect(elsewhere.statusCode).toBe(403);
      const editor = await editorA.post('/api/admin/sites', departmentBody({ kind: 'topic', parentId: siteA.id }));
      expect(editor.statusCode).toBe(403);
    });
  });

  describe('lifecycle', () => {
    it('needs a platform approval to open, then the site owner runs it', async () => {
      const applied = await createSiteOk(departmentBody({ kind: 'topic', parentId: siteA.id }), adminA);
      // The site admin of the parent cannot approve their own application.
      const self = await adminA.post(`/api/admin/sites/${applied.id}/transitions`, { to: 'approved' });
      expect(self.statusCode).toBe(403);
      const skip = await admin.post(`/api/admin/sites/${applied.id}/transitions`, { to: 'online' });
      expect(skip.statusCode).toBe(409);
      expect(skip.json().error).toMatchObject({ code: 'SITES_TRANSITION_INVALID', details: [{ path: 'to' }] });
      const approved = await admin.post(`/api/admin/sites/${applied.id}/transitions`, { to: 'approved' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().status).toBe('approved');
      const online = await admin.post(`/api/admin/sites/${applied.id}/transitions`, { to: 'online' });
      expect(online.json().status).toBe('online');
    });

    it('takes a site offline and migrating only with a reason, and back online', async () => {
      const url = `/api/admin/sites/${siteB.id}/transitions`;
      const noReason = await adminB.post(url, { to: 'offline' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({ code: 'SITES_TRANSITION_REASON_REQUIRED', details: [{ path: 'reason' }] });
      expect((await adminB.post(url, { to: 'offline', reason: '服务器维护' })).json().status).toBe('offline');
      expect((await adminB.post(url, { to: 'online' })).json().status).toBe('online');
      expect((await adminB.post(url, { to: 'migrating', reason: '并入市政府门户网站' })).json().status).toBe('migrating');
      const back = await adminB.post(url, { to: 'approved' });
      expect(back.json().error.code).toBe('SITES_TRANSITION_INVALID');
    });

    it('closes only with sites.approve and a reason; closed is final and frozen', async () => {
      const site = await createSiteOk(departmentBody({ status: 'online' }));
      const owner = await userWithRole('owner-c', 'site_admin', site.id);
      const url = `/api/admin/sites/${site.id}/transitions`;
      expect((await owner.post(url, { to: 'closed', reason: '机构撤并' })).statusCode).toBe(403);
      expect((await admin.post(url, { to: 'closed' })).json().error.code).toBe('SITES_TRANSITION_REASON_REQUIRED');
      const closed = await admin.post(url, { to: 'closed', reason: '机构撤并，网站关停' });
      expect(closed.json().status).toBe('closed');
      expect((await admin.post(url, { to: 'online' })).json().error.code).toBe('SITES_TRANSITION_INVALID');
      const patch = await admin.patch(`/api/admin/sites/${site.id}`, { shortName: '改名' });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error.code).toBe('SITES_SITE_CLOSED');
      // There is no way to delete a site at all.
      expect((await admin.delete(`/api/admin/sites/${site.id}`)).statusCode).toBe(404);

      const history = (await admin.get(`/api/admin/sites/${site.id}/history`)).json().items;
      expect(history.map((h: { fromStatus: string | null; toStatus: string }) => `${h.fromStatus}→${h.toStatus}`)).toEqual([
        'online→closed',
        'null→online',
      ]);
      expect(history[0]).toMatchObject({ reason: '机构撤并，网站关停', actorName: '平台管理员' });

      const audit = await admin.get(`/api/admin/audit?action=sites.site.transition&siteId=${site.id}`);
      expect(audit.json().items).toEqual([
        expect.objectContaining({ targetType: 'site', targetId: String(site.id), summary: expect.stringContaining('机构撤并') }),
      ]);
    });

    it('will not close a site that still has open sub-sites', async () => {
      const parent = await createSiteOk(departmentBody({ status: 'online' }));
      await createSiteOk(departmentBody({ kind: 'topic', parentId: parent.id }));
      const res = await admin.post(`/api/admin/sites/${parent.id}/transitions`, { to: 'closed', reason: '撤并' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('SITES_TRANSITION_INVALID');
    });
  });

  describe('updating', () => {
    it('changes identity fields, audits before and after, and keeps online requirements', async () => {
      const res = await adminA.patch(`/api/admin/sites/${siteA.id}`, {
        domains: ['a-new.ceshi.gov.cn', siteA.domains[0]],
        contact: { phone: '0999-1234567', email: 'a@ceshi.gov.cn' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().domains).toEqual(['a-new.ceshi.gov.cn', siteA.domains[0]]);
      expect(res.json().contact).toMatchObject({ phone: '0999-1234567', email: 'a@ceshi.gov.cn' });
      const audit = (await admin.get(`/api/admin/audit?action=sites.site.update&siteId=${siteA.id}`)).json().items;
      expect(audit[0]).toMatchObject({
        actorName: expect.stringContaining('admin-a'),
        before: expect.objectContaining({ domains: siteA.domains }),
        after: expect.objectContaining({ domains: res.json().domains }),
      });

      const clear = await adminA.patch(`/api/admin/sites/${siteA.id}`, { identifierCode: null });
      expect(clear.statusCode).toBe(409);
      expect(clear.json().error.code).toBe('SITES_ONLINE_REQUIREMENTS_MISSING');
      const taken = await adminA.patch(`/api/admin/sites/${siteA.id}`, { domains: [siteB.domains[0]] });
      expect(taken.json().error).toMatchObject({ code: 'SITES_DOMAIN_TAKEN', details: [{ path: 'domains.0' }] });
    });

    it('refuses to make a site its own ancestor', async () => {
      const child = await createSiteOk(departmentBody({ kind: 'topic', parentId: siteA.id }));
      const res = await admin.patch(`/api/admin/sites/${siteA.id}`, { parentId: child.id });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'SITES_PARENT_INVALID', details: [{ path: 'parentId' }] });
    });
  });

  describe('who sees what', () => {
    it('shows a site admin only their own site, in the list and in the tree', async () => {
      const list = await adminA.get('/api/admin/sites');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((s: SiteJson) => s.id)).toEqual([siteA.id]);
      const tree = await adminA.get('/api/admin/sites/tree');
      // Its parent (the portal) is not visible to them, so their site is the root of what they see.
      expect(tree.json().items).toEqual([expect.objectContaining({ id: siteA.id, parentId: portal.id, depth: 0 })]);
    });

    it('refuses a site admin anything on another site', async () => {
      expect((await adminA.get(`/api/admin/sites/${siteB.id}`)).statusCode).toBe(403);
      expect((await adminA.patch(`/api/admin/sites/${siteB.id}`, { shortName: '越权' })).statusCode).toBe(403);
      expect((await adminA.get(`/api/admin/sites/${siteB.id}/history`)).statusCode).toBe(403);
      expect((await adminA.get(`/api/admin/sites/${siteB.id}/columns`)).statusCode).toBe(403);
      expect((await adminA.post(`/api/admin/sites/${siteB.id}/transitions`, { to: 'offline', reason: 'x' })).statusCode).toBe(403);
      expect((await admin.get(`/api/admin/sites/${siteB.id}`)).json().shortName).not.toBe('越权');
    });

    it('lets an editor read their site but not change it', async () => {
      expect((await editorA.get(`/api/admin/sites/${siteA.id}`)).statusCode).toBe(200);
      expect((await editorA.patch(`/api/admin/sites/${siteA.id}`, { shortName: '编辑改名' })).statusCode).toBe(403);
    });

    it('requires signing in', async () => {
      expect((await t.anonymous().get('/api/admin/sites')).statusCode).toBe(401);
      expect((await t.anonymous().post('/api/admin/sites', departmentBody())).statusCode).toBe(401);
    });

    it('answers 404 for a site that does not exist', async () => {
      const res = await admin.get('/api/admin/sites/987654');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('SITES_SITE_NOT_FOUND');
    });
  });

  describe('listing', () => {
    it('pages by id with a cursor and filters by kind, status and text', async () => {
      const first = await admin.get('/api/admin/sites?limit=2');
      expect(first.json().items).toHaveLength(2);
      expect(first.json().items[0].id).toBe(portal.id);
      const second = await admin.get(`/api/admin/sites?limit=2&cursor=${first.json().nextCursor}`);
      expect(second.json().items[0].id).toBeGreaterThan(first.json().items[1].id);
      const all: SiteJson[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = (await admin.get(`/api/admin/sites?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
        all.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
      expect(all.length).toBeGreaterThan(5);

      expect((await admin.get('/api/admin/sites?kind=portal')).json().items.map((s: SiteJson) => s.id)).toEqual([portal.id]);
      expect((await admin.get('/api/admin/sites?status=closed')).json().items.every((s: SiteJson) => s.status === 'closed')).toBe(true);
      expect((await admin.get('/api/admin/sites?q=a-new.ceshi')).json().items.map((s: SiteJson) => s.id)).toEqual([siteA.id]);
      expect((await admin.get('/api/admin/sites?q=测试市人民')).json().items.map((s: SiteJson) => s.id)).toEqual([portal.id]);
      expect((await admin.get('/api/admin/sites?cursor=garbage')).statusCode).toBe(400);
    });

    it('returns the platform as a tree under the portal, parents first', async () => {
      const tree = (await admin.get('/api/admin/sites/tree')).json().items as Array<{ id: number; parentId: number | null; depth: number }>;
      expect(tree[0]).toMatchObject({ id: portal.id, parentId: null, depth: 0 });
      expect(tree.filter((n) => n.depth === 0)).toHaveLength(1);
      const at = new Map(tree.map((n, i) => [n.id, i]));
      for (const n of tree.slice(1)) {
        const parent = tree[at.get(n.parentId!)!]!;
        expect(at.get(n.parentId!)!).toBeLessThan(at.get(n.id)!);
        expect(n.depth).toBe(parent.depth + 1);
      }
      expect(tree.find((n) => n.id === siteA.id)).toMatchObject({ parentId: portal.id, depth: 1 });
      expect(tree.some((n) => n.parentId === siteA.id && n.depth === 2)).toBe(true);
    });
  });
});
