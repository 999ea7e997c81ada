import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict } from '../../kernel/index.js';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { findColumnAncestors, registerColumnDeleteGuard } from './index.js';

const PASSWORD = 'Str0ng-Passw0rd!';

interface ColumnJson {
  id: number;
  siteId: number;
  parentId: number | null;
  name: string;
  slug: string;
  sortOrder: number;
  isHidden: boolean;
  kind: string;
}

describe(`columns on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let siteA: number;
  let siteB: number;
  let adminA: TestClient;
  let adminB: TestClient;
  let editorA: TestClient;

  async function createSite(code: string, identifierCode: string, extra: Record<string, unknown> = {}): Promise<number> {
    const res = await admin.post('/api/admin/sites', {
      legalName: `测试${code}`,
      shortName: code,
      code,
      kind: 'portal',
      status: 'online',
      identifierCode,
      domains: [`${code}.ceshi.gov.cn`],
      icpNumber: '示ICP备99010001号',
      psbNumber: '示公网安备99010002000001号',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  }

  async function userWith(username: string, roleKey: string, scope: Record<string, unknown>): Promise<TestClient> {
    const created = await admin.post('/api/admin/users', { username, displayName: `用户${username}`, password: PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    const grant = await admin.post('/api/admin/grants', { userId: created.json().id, roleKey, scope });
    expect(grant.statusCode, grant.body).toBe(201);
    return t.login(username, PASSWORD);
  }

  async function column(siteId: number, body: Record<string, unknown>, client = admin): Promise<ColumnJson> {
    const res = await client.post(`/api/admin/sites/${siteId}/columns`, { kind: 'list', purpose: '发布本单位的工作信息。', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ColumnJson;
  }

  async function list(siteId: number): Promise<ColumnJson[]> {
    const res = await admin.get(`/api/admin/sites/${siteId}/columns`);
    expect(res.statusCode).toBe(200);
    return res.json().items as ColumnJson[];
  }

  const order = (items: ColumnJson[], parentId: number | null) =>
    items.filter((c) => c.parentId === parentId).map((c) => `${c.slug}:${c.sortOrder}`);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
    siteA = await createSite('lanmu', '9901000011');
    siteB = await createSite('other', 'bm99010012', { kind: 'department', parentId: siteA });
    adminA = await userWith('col-admin-a', 'site_admin', { type: 'site', siteId: siteA });
    adminB = await userWith('col-admin-b', 'site_admin', { type: 'site', siteId: siteB });
    editorA = await userWith('col-editor-a', 'editor', { type: 'site', siteId: siteA });
  });
  afterAll(async () => t?.close());

  it('appends new columns and inserts at a position, renumbering siblings densely', async () => {
    await column(siteA, { name: '政务公开', slug: 'zwgk', kind: 'catalogue' }, adminA);
    await column(siteA, { name: '政策文件', slug: 'zcwj', kind: 'catalogue' }, adminA);
    await column(siteA, { name: '互动交流', slug: 'hdjl', kind: 'catalogue' }, adminA);
    await column(siteA, { name: '要闻', slug: 'yw', position: 0 }, adminA);
    expect(order(await list(siteA), null)).toEqual(['yw:0', 'zwgk:1', 'zcwj:2', 'hdjl:3']);
  });

  it('validates kind-specific fields and the purpose statement', async () => {
    const post = (body: Record<string, unknown>) =>
      adminA.post(`/api/admin/sites/${siteA}/columns`, { kind: 'list', name: '栏目', slug: 'x1', purpose: '说明', ...body });
    const noPurpose = await post({ purpose: '  ' });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error).toMatchObject({ code: 'SITES_COLUMN_INVALID', details: [{ path: 'purpose' }] });
    expect((await post({ kind: 'link' })).json().error.details).toEqual([expect.objectContaining({ path: 'linkUrl' })]);
    expect((await post({ kind: 'link', linkUrl: 'javascript:alert(1)' })).json().error.details).toEqual([
      expect.objectContaining({ path: 'linkUrl' }),
    ]);
    const topic = await post({ kind: 'topic' });
    expect(topic.json().error.details.map((d: { path: string }) => d.path)).toEqual(['startsOn', 'endsOn']);
    const backwards = await post({ kind: 'topic', startsOn: '2026-05-01', endsOn: '2026-04-30' });
    expect(backwards.json().error.details).toEqual([expect.objectContaining({ path: 'endsOn' })]);
    expect((await post({ slug: 'Bad Slug' })).json().error.details).toEqual([expect.objectContaining({ path: 'slug' })]);
    expect((await post({ slug: 'api' })).json().error.details).toEqual([expect.objectContaining({ path: 'slug' })]);
    const unknown = await post({ colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    const ok = await post({
      kind: 'topic',
      slug: 'zt2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      updateIntervalDays: 7,
      keywords: ['专题', '专题', ' 营商环境 '],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'topic',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      updateIntervalDays: 7,
      keywords: ['专题', '营商环境'],
    });
  });

  it('keeps slugs unique within a site, not across sites', async () => {
    const dup = await adminA.post(`/api/admin/sites/${siteA}/columns`, { kind: 'list', name: '重复', slug: 'zwgk', purpose: '说明' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'SITES_COLUMN_SLUG_TAKEN', details: [{ path: 'slug' }] });
    await column(siteB, { name: '政务公开', slug: 'zwgk' }, adminB);
    const items = await list(siteA);
    const yw = items.find((c) => c.slug === 'yw')!;
    const rename = await adminA.patch(`/api/admin/columns/${yw.id}`, { slug: 'zwgk' });
    expect(rename.json().error.code).toBe('SITES_COLUMN_SLUG_TAKEN');
  });

  it('refuses children under link and single-page columns', async () => {
    const page = await column(siteA, { name: '单位简介', slug: 'dwjj', kind: 'single_page' }, adminA);
    const res = await adminA.post(`/api/admin/sites/${siteA}/columns`, {
      kind: 'list',
      name: '子',
      slug: 'zi',
      purpose: '说明',
      parentId: page.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'SITES_COLUMN_PARENT_INVALID', details: [{ path: 'parentId' }] });
  });

  it('moves a column under another and reorders, closing the gap it left', async () => {
    const items = await list(siteA);
    const id = (slug: string) => items.find((c) => c.slug === slug)!.id;
    await column(siteA, { name: '政府信息公开指南', slug: 'gkzn', kind: 'single_page', parentId: id('zwgk') }, adminA);
    const moved = await adminA.post(`/api/admin/columns/${id('yw')}/move`, { parentId: id('zwgk'), position: 0 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: id('zwgk'), sortOrder: 0 });
    const after = await list(siteA);
    expect(order(after, id('zwgk'))).toEqual(['yw:0', 'gkzn:1']);
    expect(order(after, null)[0]).toBe('zwgk:0');
    // Reorder among siblings: move hdjl to the front of the top level.
    const reordered = await adminA.post(`/api/admin/columns/${id('hdjl')}/move`, { parentId: null, position: 0 });
    expect(reordered.json().sortOrder).toBe(0);
    const top = order(await list(siteA), null);
    expect(top.slice(0, 3)).toEqual(['hdjl:0', 'zwgk:1', 'zcwj:2']);
    // A position past the end puts it last.
    await adminA.post(`/api/admin/columns/${id('hdjl')}/move`, { parentId: null, position: 99 });
    const last = order(await list(siteA), null);
    expect(last[last.length - 1]).toBe(`hdjl:${last.length - 1}`);
  });

  it('lists parents before children in display order', async () => {
    const items = await list(siteA);
    const seen = new Set<number>();
    for (const c of items) {
      if (c.parentId !== null) expect(seen.has(c.parentId)).toBe(true);
      seen.add(c.id);
    }
  });

  it('refuses moving a column under itself, under its descendant, or into another site', async () => {
    const items = await list(siteA);
    const zwgk = items.find((c) => c.slug === 'zwgk')!;
    const yw = items.find((c) => c.slug === 'yw')!;
    const self = await adminA.post(`/api/admin/columns/${zwgk.id}/move`, { parentId: zwgk.id, position: 0 });
    expect(self.statusCode).toBe(409);
    expect(self.json().error).toMatchObject({ code: 'SITES_COLUMN_CYCLE', details: [{ path: 'parentId' }] });
    const below = await adminA.post(`/api/admin/columns/${zwgk.id}/move`, { parentId: yw.id, position: 0 });
    expect(below.statusCode).toBe(409);
    expect(below.json().error.code).toBe('SITES_COLUMN_CYCLE');
    const otherSite = (await list(siteB))[0]!;
    const across = await admin.post(`/api/admin/columns/${zwgk.id}/move`, { parentId: otherSite.id, position: 0 });
    expect(across.statusCode).toBe(400);
    expect(across.json().error).toMatchObject({ code: 'SITES_COLUMN_PARENT_INVALID', details: [{ path: 'parentId' }] });
    expect((await list(siteA)).find((c) => c.id === zwgk.id)!.parentId).toBeNull();
  });

  it('hides and shows a column', async () => {
    const zcwj = (await list(siteA)).find((c) => c.slug === 'zcwj')!;
    const hidden = await adminA.patch(`/api/admin/columns/${zcwj.id}`, { isHidden: true });
    expect(hidden.json().isHidden).toBe(true);
    const audit = (await admin.get(`/api/admin/audit?action=sites.column.update&targetId=${zcwj.id}`)).json().items;
    expect(audit[0].summary).toContain('已隐藏');
    expect((await adminA.patch(`/api/admin/columns/${zcwj.id}`, { isHidden: false })).json().isHidden).toBe(false);
  });

  it('changes kind only when the new kind’s fields are there', async () => {
    const zcwj = (await list(siteA)).find((c) => c.slug === 'zcwj')!;
    const bad = await adminA.patch(`/api/admin/columns/${zcwj.id}`, { kind: 'topic' });
    expect(bad.json().error.code).toBe('SITES_COLUMN_INVALID');
    const good = await adminA.patch(`/api/admin/columns/${zcwj.id}`, {
      kind: 'topic',
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      name: '两会专题',
    });
    expect(good.json()).toMatchObject({ kind: 'topic', name: '两会专题', startsOn: '2026-03-01' });
  });

  it('deletes only columns without children, and renumbers the rest', async () => {
    const items = await list(siteA);
    const zwgk = items.find((c) => c.slug === 'zwgk')!;
    const refused = await adminA.delete(`/api/admin/columns/${zwgk.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SITES_COLUMN_HAS_CHILDREN');
    const gkzn = items.find((c) => c.slug === 'gkzn')!;
    expect((await adminA.delete(`/api/admin/columns/${gkzn.id}`)).statusCode).toBe(204);
    const after = await list(siteA);
    expect(after.find((c) => c.id === gkzn.id)).toBeUndefined();
    expect(order(after, zwgk.id)).toEqual(['yw:0']);
    expect((await adminA.delete(`/api/admin/columns/${gkzn.id}`)).json().error.code).toBe('SITES_COLUMN_NOT_FOUND');
  });

  it('lets a registered guard refuse a delete (the library’s content check)', async () => {
    const guarded = await column(siteA, { name: '有内容的栏目', slug: 'has-content' }, adminA);
    registerColumnDeleteGuard(t.platform.ctx, async (_tx, c) => {
      if (c.slug === 'has-content')
        throw Conflict({ message: '栏目中还有信息', details: [{ path: 'columnId', message: '栏目中还有信息' }] });
    });
    const res = await adminA.delete(`/api/admin/columns/${guarded.id}`);
    expect(res.statusCode).toBe(409);
    expect((await list(siteA)).some((c) => c.id === guarded.id)).toBe(true);
  });

  it('audits every change with the actor and site', async () => {
    const items = (await admin.get(`/api/admin/audit?siteId=${siteA}&targetType=column&limit=200`)).json().items as Array<{
      action: string;
      actorName: string;
    }>;
    const actions = new Set(items.map((i) => i.action));
    for (const action of ['sites.column.create', 'sites.column.update', 'sites.column.move', 'sites.column.delete'])
      expect(actions).toContain(action);
    expect(items.every((i) => i.actorName.includes('col-admin-a') || i.actorName.includes('admin'))).toBe(true);
  });

  it('keeps editors and other sites’ admins out', async () => {
    const target = (await list(siteA))[0]!;
    expect(
      (await editorA.post(`/api/admin/sites/${siteA}/columns`, { kind: 'list', name: '编辑', slug: 'bianji', purpose: '说明' })).statusCode,
    ).toBe(403);
    expect((await editorA.get(`/api/admin/sites/${siteA}/columns`)).statusCode).toBe(200);
    expect(
      (await adminB.post(`/api/admin/sites/${siteA}/columns`, { kind: 'list', name: '越权', slug: 'yuequan', purpose: '说明' })).statusCode,
    ).toBe(403);
    expect((await adminB.patch(`/api/admin/columns/${target.id}`, { name: '越权' })).statusCode).toBe(403);
    expect((await adminB.post(`/api/admin/columns/${target.id}/move`, { parentId: null, position: 0 })).statusCode).toBe(403);
    expect((await adminB.delete(`/api/admin/columns/${target.id}`)).statusCode).toBe(403);
  });

  it('honours a column grant for the column’s whole subtree and nothing else', async () => {
    const items = await list(siteA);
    const zwgk = items.find((c) => c.slug === 'zwgk')!;
    const yw = items.find((c) => c.slug === 'yw')!; // child of zwgk
    const scoped = await userWith('col-scoped', 'site_admin', { type: 'column', columnId: zwgk.id });
    const deep = await column(siteA, { name: '下级', slug: 'xiaji', parentId: yw.id }, scoped);
    expect(deep.parentId).toBe(yw.id);
    expect(
      (await scoped.post(`/api/admin/sites/${siteA}/columns`, { kind: 'list', name: '顶层', slug: 'dingceng', purpose: '说明' }))
        .statusCode,
    ).toBe(403);
    const sibling = items.find((c) => c.slug === 'hdjl')!;
    expect((await scoped.patch(`/api/admin/columns/${sibling.id}`, { name: '越权' })).statusCode).toBe(403);
    // Moving out of the granted subtree needs a grant at the destination too.
    expect((await scoped.post(`/api/admin/columns/${deep.id}/move`, { parentId: null, position: 0 })).statusCode).toBe(403);

    const ancestors = await findColumnAncestors(t.platform.ctx, deep.id);
    expect(ancestors.map((c) => c.slug)).toEqual(['zwgk', 'yw']);
  });

  it('freezes the columns of a closed site', async () => {
    const site = await createSite('guanting', '9901000013');
    const c = await column(site, { name: '栏目', slug: 'lm' });
    expect((await admin.post(`/api/admin/sites/${site}/transitions`, { to: 'closed', reason: '撤并' })).statusCode).toBe(200);
    const res = await admin.patch(`/api/admin/columns/${c.id}`, { name: '新名' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SITES_SITE_CLOSED');
  });

  it('answers 404 for unknown columns and sites', async () => {
    expect((await admin.patch('/api/admin/columns/999999', { name: 'x' })).json().error.code).toBe('SITES_COLUMN_NOT_FOUND');
    expect(
      (await admin.post('/api/admin/sites/999999/columns', { kind: 'list', name: 'x', slug: 'x', purpose: 'x' })).json().error.code,
    ).toBe('SITES_SITE_NOT_FOUND');
  });
});
