import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../sites/index.js';

interface ItemJson {
  id: number;
  type: string;
  siteId: number;
  title: string;
  state: string;
  version: number;
  body: string;
  metadata: Record<string, unknown>;
  indexNo: string | null;
  validity: string | null;
}

const policyMeta = (overrides: Record<string, unknown> = {}) => ({
  publisher: '明湖市发展和改革委员会',
  writtenOn: '2026-03-02',
  issuedOn: '2026-03-05',
  docNo: '明发改规〔2026〕1号',
  docKind: '通知',
  topic: '国民经济管理、国有资产监管\\宏观经济',
  validity: 'in_force',
  effectiveOn: '2026-04-01',
  expiresOn: '2031-03-31',
  isNormative: true,
  audience: '全市企业',
  disclosureMethod: '主动公开',
  disclosureScope: '全文公开',
  ...overrides,
});

// ---- bytes for uploads ----------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A real 1×1 RGB PNG. */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 0xc0, 0x20, 0x20]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function multipart(filename: string, data: Buffer): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----jiyue${crypto.randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(client: TestClient, siteId: number, filename: string, data: Buffer, extraHeaders: Record<string, string> = {}) {
  const { body, headers } = multipart(filename, data);
  return client.request('POST', `/api/admin/library/attachments?siteId=${siteId}`, body, { ...headers, ...extraHeaders });
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function countRows(t: TestApp, table: 'library_attachments' | 'library_items' | 'library_placements'): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(t.platform.ctx.db);
  return Number(rows[0]!.n);
}

/** Site ids by code and column ids by `code/slug`, found through the API. */
async function demoIds(admin: TestClient): Promise<{ site: (code: string) => number; column: (code: string, slug: string) => number }> {
  const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{ id: number; code: string }>;
  const columns = new Map<string, number>();
  for (const s of sites) {
    const res = await admin.get(`/api/admin/sites/${s.id}/columns`);
    expect(res.statusCode, res.body).toBe(200);
    for (const c of res.json().items as Array<{ id: number; slug: string }>) columns.set(`${s.code}/${c.slug}`, c.id);
  }
  return {
    site: (code) => sites.find((s) => s.code === code)!.id,
    column: (code, slug) => {
      const id = columns.get(`${code}/${slug}`);
      if (!id) throw new Error(`no column ${code}/${slug}`);
      return id;
    },
  };
}

describe(`library on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let editor: TestClient;
  let editorPortal: TestClient;
  let fgw: number;
  let portal: number;
  let jyj: number;
  let col: (code: string, slug: string) => number;

  async function createItem(client: TestClient, body: Record<string, unknown>): Promise<ItemJson> {
    const res = await client.post('/api/admin/library/items', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ItemJson;
  }

  const policy = (overrides: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) => ({
    type: 'policy',
    siteId: fgw,
    title: '明湖市发展和改革委员会关于优化营商环境的若干措施',
    summary: '从市场准入、要素保障等方面提出措施。',
    keywords: ['营商环境', '市场准入'],
    body: '<p>为进一步优化营商环境，制定本措施。</p><p>一、放宽市场准入。</p>',
    metadata: policyMeta(meta),
    placements: [{ columnId: col('fgw', 'gfxwj') }],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
    editor = await t.login('editor-fgw', DEMO_PASSWORD);
    editorPortal = await t.login('editor-portal', DEMO_PASSWORD);
    const ids = await demoIds(admin);
    fgw = ids.site('fgw');
    portal = ids.site('minghu');
    jyj = ids.site('jyj');
    col = ids.column;
  });
  afterAll(async () => t?.close());

  describe('creating and validating', () => {
    it('creates a policy with full metadata as a draft at version 1 with a generated 索引号', async () => {
      const item = await createItem(editor, policy());
      expect(item).toMatchObject({
        type: 'policy',
        siteId: fgw,
        state: 'draft',
        version: 1,
        publishedVersion: null,
        indexNo: 'mh-fgw/2026-00001',
        validity: 'in_force',
        createdBy: { name: '市发展改革委信息员' },
      });
      expect(item.indexNo).toMatch(/^mh-fgw\/2026-\d{5}$/);
      expect(item.metadata).toEqual(policyMeta());
      const detail = (await editor.get(`/api/admin/library/items/${item.id}`)).json();
      expect(detail.placements).toEqual([
        expect.objectContaining({ siteId: fgw, columnId: col('fgw', 'gfxwj'), isRepost: false, sourceName: null }),
      ]);
      const versions = (await editor.get(`/api/admin/library/items/${item.id}/versions`)).json().items;
      expect(versions).toEqual([expect.objectContaining({ version: 1, note: '创建', isPublished: false })]);
      // The next policy of the same unit and year takes the next serial.
      const next = await createItem(editor, policy({ title: '第二份文件' }));
      expect(next.indexNo).toBe('mh-fgw/2026-00002');
    });

    it('refuses invalid metadata naming each field, and stores nothing', async () => {
      const before = await countRows(t, 'library_items');
      const res = await editor.post('/api/admin/library/items', policy({}, { docKind: '公函', topic: '不存在的分类' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('LIBRARY_ITEM_INVALID');
      expect(res.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['metadata.docKind', 'metadata.topic']);

      const dates = await editor.post('/api/admin/library/items', policy({}, { writtenOn: '2026-03-05', issuedOn: '2026-03-01' }));
      expect(dates.statusCode).toBe(400);
      expect(dates.json().error).toMatchObject({ code: 'LIBRARY_ITEM_INVALID', details: [{ path: 'metadata.issuedOn' }] });

      const badDate = await editor.post('/api/admin/library/items', policy({}, { writtenOn: '2026-02-30' }));
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().error.details.map((d: { path: string }) => d.path)).toContain('metadata.writtenOn');

      const missing = await editor.post('/api/admin/library/items', policy({ title: '  ', metadata: { docKind: '通知' } }));
      const paths = missing.json().error.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['title', 'metadata.publisher', 'metadata.writtenOn', 'metadata.topic', 'metadata.validity']));

      const extraMeta = await editor.post('/api/admin/library/items', policy({}, { colour: 'red' }));
      expect(extraMeta.statusCode).toBe(400);
      expect(extraMeta.json().error).toMatchObject({ code: 'LIBRARY_ITEM_INVALID', details: [{ path: 'metadata' }] });
      expect(await countRows(t, 'library_items')).toBe(before);
    });

    it('rejects unknown fields and unknown types', async () => {
      const unknownField = await editor.post('/api/admin/library/items', { ...policy(), colour: 'red' });
      expect(unknownField.statusCode).toBe(400);
      expect(unknownField.json().error.code).toBe('VALIDATION_FAILED');
      const unknownType = await editor.post('/api/admin/library/items', policy({ type: 'memo' }));
      expect(unknownType.statusCode).toBe(400);
      expect(unknownType.json().error).toMatchObject({ code: 'LIBRARY_CONTENT_TYPE_UNKNOWN', details: [{ path: 'type' }] });
    });

    it('sanitises the body: scripts, handlers and javascript: links go, allowed markup stays', async () => {
      const item = await createItem(
        editor,
        policy({
          title: '正文清理',
          body:
            '<p onclick="steal()">正文<script>alert(1)</script></p><a href="javascript:alert(1)">坏链接</a>' +
            '<a href="https://www.gov.cn/" onmouseover="x()">中国政府网</a><iframe src="https://evil.example/"></iframe>' +
            '<table><tr><td>单元格</td></tr></table><h2>标题</h2><strong>加粗</strong>',
        }),
      );
      expect(item.body).toBe(
        '<p>正文</p><a>坏链接</a><a href="https://www.gov.cn/">中国政府网</a><table><tr><td>单元格</td></tr></table><h2>标题</h2><strong>加粗</strong>',
      );
      const stored = (await editor.get(`/api/admin/library/items/${item.id}`)).json().item.body as string;
      expect(stored).toBe(item.body);
      for (const bad of ['script', 'onclick', 'onmouseover', 'javascript:', 'iframe', 'alert']) expect(stored).not.toContain(bad);
    });
  });

  describe('versions', () => {
    let item: ItemJson;
    beforeAll(async () => {
      item = await createItem(editor, policy({ title: '关于价格监测的通知', body: '<p>各区价格主管部门：请按月报送。</p>' }));
    });

    it('saves a new version with the right version number and refuses a stale one', async () => {
      const saved = await editor.put(`/api/admin/library/items/${item.id}`, {
        version: 1,
        title: '关于加强价格监测的通知',
        body: '<p>各区价格主管部门：请按周报送。</p>',
        note: '改为按周报送',
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ version: 2, state: 'draft', title: '关于加强价格监测的通知', indexNo: item.indexNo });
      const versions = (await editor.get(`/api/admin/library/items/${item.id}/versions`)).json().items;
      expect(versions.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([
        [2, '改为按周报送'],
        [1, '创建'],
      ]);

      const stale = await editor.put(`/api/admin/library/items/${item.id}`, { version: 1, title: '别人的修改' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'LIBRARY_ITEM_STALE', details: [{ path: 'version' }] });
      const current = (await editor.get(`/api/admin/library/items/${item.id}`)).json().item;
      expect(current).toMatchObject({ version: 2, title: '关于加强价格监测的通知', body: '<p>各区价格主管部门：请按周报送。</p>' });
      expect((await editor.get(`/api/admin/library/items/${item.id}/versions`)).json().items).toHaveLength(2);
    });

    it('diffs two versions field by field', async () => {
      const res = await editor.get(`/api/admin/library/items/${item.id}/diff?from=1&to=2`);
      expect(res.statusCode, res.body).toBe(200);
      const fields = res.json().fields as Array<{ field: string; parts: Array<{ value: string; added?: boolean; removed?: boolean }> }>;
      expect(fields.map((f) => f.field)).toEqual(['title', 'body']);
      const title = fields.find((f) => f.field === 'title')!;
      expect(title.parts.filter((p) => p.added).map((p) => p.value).join('')).toBe('加强');
      expect(title.parts.filter((p) => p.removed)).toEqual([]);
      const body = fields.find((f) => f.field === 'body')!;
      expect(body.parts.filter((p) => p.removed).map((p) => p.value).join('')).toBe('月');
      expect(body.parts.filter((p) => p.added).map((p) => p.value).join('')).toBe('周');
      expect(body.parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe('各区价格主管部门：请按月报送。');
      const missing = await editor.get(`/api/admin/library/items/${item.id}/diff?from=1&to=9`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('LIBRARY_VERSION_NOT_FOUND');
    });

    it('restores an old version as a new version 3 with the old content', async () => {
      const stale = await editor.post(`/api/admin/library/items/${item.id}/versions/1/restore`, { version: 1 });
      expect(stale.json().error.code).toBe('LIBRARY_ITEM_STALE');
      const res = await editor.post(`/api/admin/library/items/${item.id}/versions/1/restore`, { version: 2 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ version: 3, title: '关于价格监测的通知', body: '<p>各区价格主管部门：请按月报送。</p>' });
      const v3 = (await editor.get(`/api/admin/library/items/${item.id}/versions/3`)).json();
      expect(v3).toMatchObject({ version: 3, title: '关于价格监测的通知', metadata: policyMeta() });
      const versions = (await editor.get(`/api/admin/library/items/${item.id}/versions`)).json().items;
      expect(versions[0]).toMatchObject({ version: 3, note: '恢复到第1版' });
      // The history is kept whole.
      expect((await editor.get(`/api/admin/library/items/${item.id}/versions/2`)).json().title).toBe('关于加强价格监测的通知');
    });
  });

  describe('placements', () => {
    let item: ItemJson;
    beforeAll(async () => {
      item = await createItem(editor, policy({ title: '转载测试文件' }));
    });

    it('makes a placement on another site a repost naming the owning site', async () => {
      const res = await admin.post(`/api/admin/library/items/${item.id}/placements`, { columnId: col('minghu', 'gfxwj') });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ itemId: item.id, siteId: portal, columnId: col('minghu', 'gfxwj'), isRepost: true, sourceName: '明湖市发展和改革委员会' });
      const again = await admin.post(`/api/admin/library/items/${item.id}/placements`, { columnId: col('minghu', 'gfxwj') });
      expect(again.statusCode).toBe(400);
      expect(again.json().error.code).toBe('LIBRARY_PLACEMENT_INVALID');
      const home = await editor.post(`/api/admin/library/items/${item.id}/placements`, { columnId: col('fgw', 'gkzd'), isPinned: true });
      expect(home.json()).toMatchObject({ siteId: fgw, isRepost: false, sourceName: null, isPinned: true });
    });

    it('refuses a placement on a site the editor has no grant for, storing nothing', async () => {
      const before = (await editor.get(`/api/admin/library/items/${item.id}`)).json().placements.length;
      const res = await editor.post(`/api/admin/library/items/${item.id}/placements`, { columnId: col('jyj', 'gfxwj') });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      const created = await editor.post('/api/admin/library/items', policy({ title: '不应入库', placements: [{ columnId: col('jyj', 'gfxwj') }] }));
      expect(created.statusCode).toBe(403);
      const after = (await editor.get(`/api/admin/library/items/${item.id}`)).json().placements;
      expect(after).toHaveLength(before);
      expect(after.some((p: { siteId: number }) => p.siteId === jyj)).toBe(false);
      const titles = (await admin.get('/api/admin/library/items?q=不应入库')).json().items;
      expect(titles).toEqual([]);
    });

    it('refuses a catalogue column', async () => {
      const res = await editor.post(`/api/admin/library/items/${item.id}/placements`, { columnId: col('fgw', 'zcwj') });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'LIBRARY_PLACEMENT_INVALID', details: [{ path: 'columnId' }] });
      const atCreate = await editor.post('/api/admin/library/items', policy({ placements: [{ columnId: col('fgw', 'zcwj') }] }));
      expect(atCreate.json().error).toMatchObject({ code: 'LIBRARY_PLACEMENT_INVALID', details: [{ path: 'placements.0' }] });
    });

    it('refuses to delete a column that still shows items', async () => {
      const created = await admin.post(`/api/admin/sites/${fgw}/columns`, {
        kind: 'list',
        name: '临时栏目',
        slug: 'lslm',
        purpose: '测试删除栏目。',
        parentId: col('fgw', 'zcwj'),
      });
      expect(created.statusCode, created.body).toBe(201);
      const columnId = created.json().id as number;
      const placed = await editor.post(`/api/admin/library/items/${item.id}/placements`, { columnId });
      expect(placed.statusCode, placed.body).toBe(201);
      const refused = await admin.delete(`/api/admin/columns/${columnId}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('LIBRARY_COLUMN_NOT_EMPTY');
      const columns = (await admin.get(`/api/admin/sites/${fgw}/columns`)).json().items;
      expect(columns.some((c: { id: number }) => c.id === columnId)).toBe(true);
      expect((await editor.delete(`/api/admin/library/placements/${placed.json().id}`)).statusCode).toBe(204);
      expect((await admin.delete(`/api/admin/columns/${columnId}`)).statusCode).toBe(204);
    });
  });

  describe('relations', () => {
    let policyItem: ItemJson;
    let interpretation: ItemJson;
    beforeAll(async () => {
      policyItem = await createItem(editor, policy({ title: '被解读的政策' }));
      interpretation = await createItem(editor, {
        type: 'interpretation',
        siteId: fgw,
        title: '一图读懂《被解读的政策》',
        body: '<p>解读内容。</p>',
        metadata: { form: 'graphic', interpreter: '市发展改革委' },
        placements: [{ columnId: col('fgw', 'zcjd') }],
      });
    });

    it('shows an interpretation on both items: forward on one, inverse on the other', async () => {
      const res = await editor.post(`/api/admin/library/items/${interpretation.id}/relations`, { kind: 'interprets', targetId: policyItem.id });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'interprets', direction: 'forward', label: '解读', item: { id: policyItem.id, type: 'policy' } });
      const ofInterpretation = (await editor.get(`/api/admin/library/items/${interpretation.id}`)).json().relations;
      expect(ofInterpretation).toEqual([
        expect.objectContaining({ kind: 'interprets', direction: 'forward', label: '解读', item: expect.objectContaining({ id: policyItem.id }) }),
      ]);
      const ofPolicy = (await editor.get(`/api/admin/library/items/${policyItem.id}`)).json().relations;
      expect(ofPolicy).toEqual([
        expect.objectContaining({
          kind: 'interprets',
          direction: 'inverse',
          label: '被解读（相关解读）',
          item: expect.objectContaining({ id: interpretation.id, title: '一图读懂《被解读的政策》' }),
        }),
      ]);
      // Adding it twice keeps one relation.
      await editor.post(`/api/admin/library/items/${interpretation.id}/relations`, { kind: 'interprets', targetId: policyItem.id });
      expect((await editor.get(`/api/admin/library/items/${policyItem.id}`)).json().relations).toHaveLength(1);
    });

    it('refuses a missing target, a target the editor cannot read, and kind/type mismatches', async () => {
      const missing = await editor.post(`/api/admin/library/items/${interpretation.id}/relations`, { kind: 'interprets', targetId: 999_999 });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error).toMatchObject({ code: 'LIBRARY_RELATION_TARGET_NOT_FOUND', details: [{ path: 'targetId' }] });

      const elsewhere = await createItem(admin, policy({ siteId: jyj, title: '教育局文件', placements: [{ columnId: col('jyj', 'gfxwj') }] }, { publisher: '明湖市教育局' }));
      const hidden = await editor.post(`/api/admin/library/items/${interpretation.id}/relations`, { kind: 'interprets', targetId: elsewhere.id });
      expect(hidden.json().error.code).toBe('LIBRARY_RELATION_TARGET_NOT_FOUND');

      const wrongFrom = await editor.post(`/api/admin/library/items/${policyItem.id}/relations`, { kind: 'interprets', targetId: interpretation.id });
      expect(wrongFrom.statusCode).toBe(400);
      expect(wrongFrom.json().error).toMatchObject({ code: 'LIBRARY_RELATION_INVALID', details: [{ path: 'kind' }] });

      const news = await createItem(editor, { type: 'news', siteId: fgw, title: '工作动态', body: '<p>动态</p>', placements: [{ columnId: col('fgw', 'gzdt') }] });
      const wrongTo = await editor.post(`/api/admin/library/items/${interpretation.id}/relations`, { kind: 'interprets', targetId: news.id });
      expect(wrongTo.statusCode).toBe(400);
      expect(wrongTo.json().error).toMatchObject({ code: 'LIBRARY_RELATION_INVALID', details: [{ path: 'targetId' }] });
      const repealsNews = await editor.post(`/api/admin/library/items/${policyItem.id}/relations`, { kind: 'repeals', targetId: news.id });
      expect(repealsNews.json().error.code).toBe('LIBRARY_RELATION_INVALID');
      const self = await editor.post(`/api/admin/library/items/${policyItem.id}/relations`, { kind: 'related', targetId: policyItem.id });
      expect(self.json().error.code).toBe('LIBRARY_RELATION_INVALID');
      const unknownKind = await editor.post(`/api/admin/library/items/${policyItem.id}/relations`, { kind: 'cites', targetId: news.id });
      expect(unknownKind.json().error.code).toBe('VALIDATION_FAILED');
      expect((await editor.get(`/api/admin/library/items/${news.id}`)).json().relations).toEqual([]);
    });
  });

  describe('lists', () => {
    const made: Record<string, ItemJson> = {};
    const ids = async (client: TestClient, query: string) => {
      const res = await client.get(`/api/admin/library/items?limit=100&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as ItemJson[]).map((i) => i.id);
    };

    beforeAll(async () => {
      const qtwj = [{ columnId: col('fgw', 'qtwj') }];
      made.planning = await createItem(editor, policy({ title: '明湖市城市更新行动实施方案', placements: qtwj }, { topic: '城乡建设、环境保护\\城市规划', docNo: '明发改〔2026〕31号' }));
      made.housing = await createItem(editor, policy({ title: '关于住房建设的通知', placements: qtwj }, { topic: '城乡建设、环境保护', validity: 'repealed' }));
      made.science = await createItem(editor, policy({ title: '科技创新券管理办法' }, { topic: '科技、教育\\科技' }));
      made.news = await createItem(editor, { type: 'news', siteId: fgw, title: '市发展改革委召开城市更新座谈会', body: '<p>会议。</p>', placements: [{ columnId: col('fgw', 'gzdt') }] });
      made.jyj = await createItem(admin, { type: 'news', siteId: jyj, title: '教育局动态', body: '<p>动态。</p>', placements: [{ columnId: col('jyj', 'gzdt') }] });
      const submitted = await editor.post(`/api/admin/workflow/items/${made.science.id}/submit`, { version: 1 });
      expect(submitted.statusCode, submitted.body).toBe(200);
    });

    it('filters by type, site, column, state, topic, validity and q', async () => {
      const news = (await admin.get('/api/admin/library/items?limit=100&type=news')).json().items as ItemJson[];
      expect(news.map((i) => i.id)).toEqual(expect.arrayContaining([made.jyj!.id, made.news!.id]));
      expect(news.every((i) => i.type === 'news')).toBe(true);
      expect((await ids(admin, 'type=policy')).includes(made.news!.id)).toBe(false);
      expect(await ids(admin, `siteId=${jyj}`)).toEqual(expect.arrayContaining([made.jyj!.id]));
      expect((await ids(admin, `siteId=${jyj}`)).every((id) => id !== made.news!.id && id !== made.planning!.id)).toBe(true);
      expect(await ids(admin, `columnId=${col('fgw', 'qtwj')}`)).toEqual([made.housing!.id, made.planning!.id]);
      expect(await ids(admin, 'state=in_review')).toEqual([made.science!.id]);
      expect(await ids(admin, 'state=draft')).not.toContain(made.science!.id);
      expect(await ids(admin, 'validity=repealed')).toEqual([made.housing!.id]);
      expect(await ids(admin, `topic=${encodeURIComponent('城乡建设、环境保护\\城市规划')}`)).toEqual([made.planning!.id]);
      // A first-level topic matches its second-level values too.
      expect(await ids(admin, `topic=${encodeURIComponent('城乡建设、环境保护')}`)).toEqual([made.housing!.id, made.planning!.id]);
      expect(await ids(admin, `topic=${encodeURIComponent('科技、教育')}`)).toEqual([made.science!.id]);
      expect(await ids(admin, `q=${encodeURIComponent('城市更新')}`)).toEqual([made.news!.id, made.planning!.id]);
      expect(await ids(admin, `q=${encodeURIComponent(made.science!.indexNo!)}`)).toEqual([made.science!.id]);
      expect(await ids(admin, `q=${encodeURIComponent('明发改〔2026〕31号')}`)).toEqual([made.planning!.id]);
      // Only the exact 索引号, not a part of it.
      expect(await ids(admin, `q=${encodeURIComponent(made.science!.indexNo!.slice(0, -1))}`)).toEqual([]);
    });

    it('pages with nextCursor, newest first, without duplicates or gaps', async () => {
      const all = await ids(admin, 'type=policy');
      expect(all.length).toBeGreaterThan(5);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await admin.get(`/api/admin/library/items?type=policy&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i: ItemJson) => i.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(all);
      expect([...all].sort((a, b) => b - a)).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / 2));
    });

    it('shows an editor only the items of their sites', async () => {
      const visible = await ids(editorPortal, '');
      expect(visible).not.toContain(made.planning!.id);
      expect(visible).not.toContain(made.jyj!.id);
      expect(await ids(editorPortal, `siteId=${fgw}`)).toEqual([]);
      const fgwVisible = await ids(editor, '');
      expect(fgwVisible).toContain(made.planning!.id);
      expect(fgwVisible).not.toContain(made.jyj!.id);
      const read = await editorPortal.get(`/api/admin/library/items/${made.planning!.id}`);
      expect(read.statusCode).toBe(404);
      expect(read.json().error.code).toBe('LIBRARY_ITEM_NOT_FOUND');
      const write = await editorPortal.put(`/api/admin/library/items/${made.planning!.id}`, { version: 1, title: '改' });
      expect(write.statusCode).toBe(404);
      expect((await editorPortal.get(`/api/admin/library/items/${made.planning!.id}/versions`)).statusCode).toBe(404);
      expect((await editor.get(`/api/admin/library/items/${made.jyj!.id}`)).statusCode).toBe(404);
    });

    it('shows a column-scoped editor only what is placed in their column subtree', async () => {
      const created = await admin.post('/api/admin/users', { username: 'column-editor', displayName: '其他文件栏目编辑', password: 'Str0ng-Passw0rd!' });
      expect(created.statusCode, created.body).toBe(201);
      const grant = await admin.post('/api/admin/grants', { userId: created.json().id, roleKey: 'editor', scope: { type: 'column', columnId: col('fgw', 'zcwj') } });
      expect(grant.statusCode, grant.body).toBe(201);
      const columnEditor = await t.login('column-editor', 'Str0ng-Passw0rd!');
      const visible = await ids(columnEditor, '');
      // qtwj and gfxwj are under 政策文件 (zcwj); the news item in 工作动态 is not.
      expect(visible).toEqual(expect.arrayContaining([made.planning!.id, made.housing!.id, made.science!.id]));
      expect(visible).not.toContain(made.news!.id);
      expect(visible).not.toContain(made.jyj!.id);
      // Published items of any site are listed when asked for live items only (they are public).
      expect((await columnEditor.get('/api/admin/library/items?isLive=true&limit=5')).statusCode).toBe(200);
    });
  });

  describe('attachments', () => {
    it('accepts a PNG named .png as an image', async () => {
      const png = tinyPng();
      const res = await upload(editor, fgw, 'chart.png', png);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        siteId: fgw,
        itemId: null,
        kind: 'image',
        mimeType: 'image/png',
        filename: 'chart.png',
        size: png.length,
        sha256: crypto.createHash('sha256').update(png).digest('hex'),
        altText: null,
      });
      const content = await editor.get(`/api/admin/library/attachments/${res.json().id}/content`);
      expect(content.statusCode).toBe(200);
      expect(content.headers['content-type']).toBe('image/png');
      expect(content.rawPayload.equals(png)).toBe(true);
    });

    it('refuses a PNG named .pdf, an executable and unknown bytes (415), storing nothing', async () => {
      const rows = await countRows(t, 'library_attachments');
      const files = filesUnder(path.join(t.config.dataDir, 'files')).length;
      const disguised = await upload(editor, fgw, 'report.pdf', tinyPng());
      expect(disguised.statusCode).toBe(415);
      expect(disguised.json().error.code).toBe('LIBRARY_ATTACHMENT_TYPE_REFUSED');
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
      exe.writeUInt32LE(64, 0x3c);
      const asExe = await upload(editor, fgw, 'setup.exe', exe);
      expect(asExe.statusCode).toBe(415);
      expect(asExe.json().error.code).toBe('LIBRARY_ATTACHMENT_TYPE_REFUSED');
      const asDoc = await upload(editor, fgw, 'setup.doc', exe);
      expect(asDoc.json().error.code).toBe('LIBRARY_ATTACHMENT_TYPE_REFUSED');
      const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256));
      junk[0] = 0;
      const unknown = await upload(editor, fgw, 'blob.bin', junk);
      expect(unknown.statusCode).toBe(415);
      expect(unknown.json().error.code).toBe('LIBRARY_ATTACHMENT_TYPE_REFUSED');
      const binaryTxt = await upload(editor, fgw, 'notes.txt', junk);
      expect(binaryTxt.statusCode).toBe(415);
      expect(await countRows(t, 'library_attachments')).toBe(rows);
      expect(filesUnder(path.join(t.config.dataDir, 'files'))).toHaveLength(files);
    });

    it('needs the CSRF header and a grant on the site', async () => {
      const { body, headers } = multipart('chart.png', tinyPng());
      const noCsrf = await t.app.inject({ method: 'POST', url: `/api/admin/library/attachments?siteId=${fgw}`, payload: body, headers: { ...headers, cookie: editor.cookie! } });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('CSRF_TOKEN_INVALID');
      const otherSite = await upload(editor, jyj, 'chart.png', tinyPng());
      expect(otherSite.statusCode).toBe(403);
      expect(otherSite.json().error.code).toBe('FORBIDDEN');
    });
  });
});

describe(`library attachment references on ${testDialect}`, () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('refuses metadata naming a missing attachment, or one of the wrong kind', async () => {
    t = await createTestApp({ demo: true });
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const ids = await demoIds(admin);
    const news = { type: 'news', siteId: ids.site('fgw'), title: '带封面图的动态', placements: [{ columnId: ids.column('fgw', 'gzdt') }] };
    const missing = await admin.post('/api/admin/library/items', { ...news, metadata: { coverImageId: 999999 } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'LIBRARY_ITEM_INVALID', details: [expect.objectContaining({ path: 'metadata.coverImageId' })] });
    expect(await countRows(t, 'library_items')).toBe(0);
  });
});

describe(`library uploads over the size limit on ${testDialect}`, () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('answers 413 for a file over JIYUE_UPLOAD_MAX_MB and stores nothing', async () => {
    t = await createTestApp({ demo: true, env: { JIYUE_UPLOAD_MAX_MB: '1' } });
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const fgw = (await demoIds(admin)).site('fgw');
    const big = Buffer.concat([tinyPng(), Buffer.alloc(1.5 * 1024 * 1024, 1)]);
    const res = await upload(editor, fgw, 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('LIBRARY_ATTACHMENT_TOO_LARGE');
    expect(await countRows(t, 'library_attachments')).toBe(0);
    expect(filesUnder(path.join(t.config.dataDir, 'files'))).toEqual([]);
    // Just under the limit is fine.
    const fits = await upload(editor, fgw, 'fits.png', Buffer.concat([tinyPng(), Buffer.alloc(900 * 1024, 1)]));
    expect(fits.statusCode, fits.body).toBe(201);
    expect(await countRows(t, 'library_attachments')).toBe(1);
  });
});
