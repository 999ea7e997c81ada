import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';

interface ColumnJson {
  id: number;
  parentId: number | null;
  name: string;
  slug: string;
  kind: string;
  language: string;
}

// Language versions (REQUIREMENTS F3): an English edition is the site's columns in `en`.
describe(`column languages on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let siteId: number;

  async function post(body: Record<string, unknown>) {
    return admin.post(`/api/admin/sites/${siteId}/columns`, {
      kind: 'list',
      purpose: 'Publishes news for international readers.',
      ...body,
    });
  }

  async function column(body: Record<string, unknown>): Promise<ColumnJson> {
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ColumnJson;
  }

  async function list(id = siteId): Promise<ColumnJson[]> {
    return (await admin.get(`/api/admin/sites/${id}/columns`)).json().items as ColumnJson[];
  }

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await admin.post('/api/admin/sites', {
      legalName: '测试双语网站',
      shortName: '双语',
      code: 'shuangyu',
      kind: 'portal',
      status: 'online',
      identifierCode: '9901000021',
      domains: ['shuangyu.ceshi.gov.cn'],
      icpNumber: '示ICP备99010001号',
      psbNumber: '示公网安备99010002000001号',
      languages: ['zh-CN', 'en'],
    });
    expect(res.statusCode, res.body).toBe(201);
    siteId = res.json().id as number;
  });
  afterAll(async () => t?.close());

  it('defaults a top-level column to Simplified Chinese and a child to its parent’s language', async () => {
    expect((await column({ name: '要闻', slug: 'yw' })).language).toBe('zh-CN');
    const news = await column({ name: 'News', slug: 'en-news', kind: 'catalogue', language: 'en' });
    expect(news.language).toBe('en');
    const child = await column({ name: 'Press Releases', slug: 'en-press', parentId: news.id });
    expect(child.language).toBe('en');
  });

  it('refuses a language the site does not offer, and a child in another language than its parent', async () => {
    const notOffered = await post({ name: '繁體', slug: 'fanti', language: 'zh-TW' });
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().error).toMatchObject({ code: 'SITES_COLUMN_LANGUAGE_INVALID', details: [{ path: 'language' }] });
    expect(notOffered.json().error.details[0].message).toContain('繁體中文');

    const news = (await list()).find((c) => c.slug === 'en-news')!;
    const mixed = await post({ name: '中文子栏目', slug: 'zhongwen', parentId: news.id, language: 'zh-CN' });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error).toMatchObject({ code: 'SITES_COLUMN_LANGUAGE_INVALID', details: [{ path: 'language' }] });

    const unknown = await post({ name: 'Français', slug: 'fr', language: 'fr' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    expect((await list()).map((c) => c.slug)).not.toContain('fanti');
  });

  it('keeps a child’s language tied to its parent on update and move', async () => {
    const columns = await list();
    const press = columns.find((c) => c.slug === 'en-press')!;
    const yw = columns.find((c) => c.slug === 'yw')!;
    const relabel = await admin.patch(`/api/admin/columns/${press.id}`, { language: 'zh-CN' });
    expect(relabel.statusCode).toBe(400);
    expect(relabel.json().error).toMatchObject({ code: 'SITES_COLUMN_LANGUAGE_INVALID', details: [{ path: 'language' }] });

    const move = await admin.post(`/api/admin/columns/${press.id}/move`, { parentId: yw.id, position: 0 });
    expect(move.statusCode).toBe(400);
    expect(move.json().error).toMatchObject({ code: 'SITES_COLUMN_LANGUAGE_INVALID', details: [{ path: 'parentId' }] });
    expect((await list()).find((c) => c.id === press.id)!.parentId).toBe(columns.find((c) => c.slug === 'en-news')!.id);

    // Out to the top level the column keeps its language; there it may change it.
    const out = await admin.post(`/api/admin/columns/${press.id}/move`, { parentId: null, position: 0 });
    expect(out.json()).toMatchObject({ parentId: null, language: 'en' });
    expect((await admin.patch(`/api/admin/columns/${press.id}`, { language: 'zh-CN' })).json().language).toBe('zh-CN');
    const back = await admin.post(`/api/admin/columns/${press.id}/move`, { parentId: yw.id, position: 0 });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('changes a top-level column’s language together with its whole subtree', async () => {
    const parent = await column({ name: 'Services', slug: 'en-services', kind: 'catalogue', language: 'en' });
    const child = await column({ name: 'Guides', slug: 'en-guides', kind: 'catalogue', parentId: parent.id });
    const grandchild = await column({ name: 'Visas', slug: 'en-visas', parentId: child.id });
    const res = await admin.patch(`/api/admin/columns/${parent.id}`, { language: 'zh-CN', name: '办事服务' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await list();
    for (const id of [parent.id, child.id, grandchild.id]) expect(after.find((c) => c.id === id)!.language).toBe('zh-CN');
    const audit = (await admin.get(`/api/admin/audit?action=sites.column.update&targetId=${parent.id}`)).json().items;
    expect(audit[0].summary).toContain('语言');
    expect(audit[0].summary).toContain('2个下级栏目');
  });

  it('refuses to drop a language version that columns still use', async () => {
    const refused = await admin.patch(`/api/admin/sites/${siteId}`, { languages: ['zh-CN'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'SITES_LANGUAGE_IN_USE', details: [{ path: 'languages' }] });
    expect(refused.json().error.details[0].message).toContain('English');
    expect((await admin.get(`/api/admin/sites/${siteId}`)).json().languages).toEqual(['zh-CN', 'en']);

    // Adding a language is always possible; dropping one works once no column uses it.
    expect((await admin.patch(`/api/admin/sites/${siteId}`, { languages: ['zh-CN', 'en', 'zh-TW'] })).statusCode).toBe(200);
    for (const c of (await list()).filter((c) => c.language === 'en').reverse()) {
      expect((await admin.delete(`/api/admin/columns/${c.id}`)).statusCode).toBe(204);
    }
    const dropped = await admin.patch(`/api/admin/sites/${siteId}`, { languages: ['zh-CN', 'zh-TW'] });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json().languages).toEqual(['zh-CN', 'zh-TW']);
  });

  it('gives the demo portal an English edition of its own top-level columns', async () => {
    const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{ id: number; code: string }>;
    const minghu = sites.find((s) => s.code === 'minghu')!;
    const columns = await list(minghu.id);
    const english = columns.filter((c) => c.language === 'en');
    expect(english.map((c) => [c.slug, c.kind, c.parentId])).toEqual([
      ['en-news', 'list', null],
      ['en-policies', 'list', null],
      ['en-guide', 'list', null],
      ['en-about', 'single_page', null],
    ]);
    expect(english.map((c) => c.name)).toContain('Living & Working in Minghu');
    expect(columns.filter((c) => c.language !== 'en').every((c) => c.language === 'zh-CN')).toBe(true);
    const fgw = sites.find((s) => s.code === 'fgw')!;
    expect((await list(fgw.id)).every((c) => c.language === 'zh-CN')).toBe(true);
  });
});
