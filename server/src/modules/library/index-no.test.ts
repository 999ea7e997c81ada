import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { systemActor } from '../accounts/index.js';
import { DEMO_PASSWORD } from '../sites/index.js';
import { createItem } from './index.js';

const policyMeta = (writtenOn: string) => ({
  publisher: '明湖市发展和改革委员会',
  writtenOn,
  issuedOn: writtenOn,
  docKind: '通知',
  topic: '综合政务\\政务公开',
  validity: 'in_force',
});

// 索引号 `<unit code>/<year>-<5-digit serial>`: one counter per unit and year, taken atomically.
describe(`索引号 generation on ${testDialect}`, () => {
  let t: TestApp;
  let editor: TestClient;
  let fgw: number;
  let gfxwj: number;

  const input = (title: string, writtenOn: string, extra: Record<string, unknown> = {}) => ({
    actor: systemActor,
    type: 'policy',
    siteId: fgw,
    title,
    body: '<p>正文。</p>',
    metadata: policyMeta(writtenOn),
    placements: [{ columnId: gfxwj }],
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    const admin = await t.login('admin', ADMIN_PASSWORD);
    editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{ id: number; code: string }>;
    fgw = sites.find((s) => s.code === 'fgw')!.id;
    const columns = (await admin.get(`/api/admin/sites/${fgw}/columns`)).json().items as Array<{ id: number; slug: string }>;
    gfxwj = columns.find((c) => c.slug === 'gfxwj')!.id;
  });
  afterAll(async () => t?.close());

  it('gives 20 parallel creates of the same unit and year 20 distinct serials 1..20', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        editor.post('/api/admin/library/items', { type: 'policy', siteId: fgw, title: `并发文件${i + 1}`, body: '<p>正文。</p>', metadata: policyMeta('2025-06-01'), placements: [{ columnId: gfxwj }] }),
      ),
    );
    for (const res of responses) expect(res.statusCode, res.body).toBe(201);
    const numbers = responses.map((r) => r.json().indexNo as string);
    expect(new Set(numbers).size).toBe(20);
    expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `mh-fgw/2025-${String(i + 1).padStart(5, '0')}`));
  });

  it('gives parallel creates through the use case distinct serials too, and other years their own counter', async () => {
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => createItem(t.platform.ctx, input(`用例并发${i}`, i % 2 ? '2025-07-01' : '2024-07-01'))));
    const of2025 = created.filter((c) => c.indexNo!.includes('/2025-')).map((c) => c.indexNo!).sort();
    const of2024 = created.filter((c) => c.indexNo!.includes('/2024-')).map((c) => c.indexNo!).sort();
    expect(of2025).toEqual(['00021', '00022', '00023', '00024', '00025'].map((s) => `mh-fgw/2025-${s}`));
    expect(of2024).toEqual(['00001', '00002', '00003', '00004', '00005'].map((s) => `mh-fgw/2024-${s}`));
  });

  it('refuses an explicit 索引号 that is taken, and a malformed one', async () => {
    await expect(createItem(t.platform.ctx, input('导入的重复文件', '2025-01-10', { indexNo: 'mh-fgw/2025-00005' }))).rejects.toMatchObject({
      code: 'LIBRARY_INDEX_NO_TAKEN',
      statusCode: 409,
      details: [{ path: 'indexNo' }],
    });
    await expect(createItem(t.platform.ctx, input('格式错误', '2025-01-10', { indexNo: 'mh-fgw-2025-5' }))).rejects.toMatchObject({
      code: 'LIBRARY_ITEM_INVALID',
      details: [{ path: 'indexNo' }],
    });
    const found = (await editor.get('/api/admin/library/items?q=' + encodeURIComponent('导入的重复文件'))).json().items;
    expect(found).toEqual([]);
  });

  it('lets only one of two parallel imports with the same 索引号 through, refusing the other with 409', async () => {
    const outcomes = await Promise.allSettled([
      createItem(t.platform.ctx, input('并发导入甲', '2025-01-20', { indexNo: 'mh-fgw/2025-00040' })),
      createItem(t.platform.ctx, input('并发导入乙', '2025-01-20', { indexNo: 'mh-fgw/2025-00040' })),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'LIBRARY_INDEX_NO_TAKEN', statusCode: 409 });
  });

  it('continues generation after an explicitly given serial and never goes back', async () => {
    const imported = await createItem(t.platform.ctx, input('导入的历史文件', '2025-02-01', { indexNo: 'mh-fgw/2025-00050' }));
    expect(imported.indexNo).toBe('mh-fgw/2025-00050');
    const next = await createItem(t.platform.ctx, input('导入后新建', '2025-03-01'));
    expect(next.indexNo).toBe('mh-fgw/2025-00051');
    // A lower explicit serial that is free is accepted but does not move the counter back.
    const lower = await createItem(t.platform.ctx, input('补录的早期文件', '2025-01-15', { indexNo: 'mh-fgw/2025-00030' }));
    expect(lower.indexNo).toBe('mh-fgw/2025-00030');
    const after = await createItem(t.platform.ctx, input('补录后新建', '2025-03-02'));
    expect(after.indexNo).toBe('mh-fgw/2025-00052');
    // Another unit's explicit number leaves this unit's counter alone.
    await createItem(t.platform.ctx, input('他单位导入', '2025-03-03', { indexNo: 'mh-jyj/2025-00900' }));
    expect((await createItem(t.platform.ctx, input('再新建', '2025-03-04'))).indexNo).toBe('mh-fgw/2025-00053');
  });

  it('takes the year from 成文日期, else the Beijing calendar year of creation', async () => {
    // 2026-12-31T16:30Z is already 2027-01-01 in Beijing.
    const newYearsEve = { ...t.platform.ctx, now: () => new Date('2026-12-31T16:30:00Z') };
    const notice = await createItem(newYearsEve, {
      actor: systemActor,
      type: 'notice',
      siteId: fgw,
      title: '元旦放假通知',
      body: '<p>放假安排。</p>',
      metadata: { issuer: '明湖市发展和改革委员会' },
    });
    expect(notice.indexNo).toBe('mh-fgw/2027-00001');
    const news = await createItem(t.platform.ctx, { actor: systemActor, type: 'news', siteId: fgw, title: '动态', body: '<p>动态。</p>' });
    expect(news.indexNo).toBeNull();
  });
});
