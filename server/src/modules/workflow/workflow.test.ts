import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform, type Platform } from '../../app.js';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../sites/index.js';
import { publishDue, sweepDue } from './review.js';

interface ItemJson {
  id: number;
  title: string;
  state: string;
  version: number;
  publishedVersion: number | null;
  publishedBy: { id: number | null; name: string } | null;
  validity: string | null;
  metadata: Record<string, unknown>;
  withdrawnReason: string | null;
}

interface TaskJson {
  id: number;
  itemId: number;
  itemVersion: number;
  stepIndex: number;
  stepCount: number;
  role: string;
  stepLabel: string;
  state: string;
  decidedBy: string | null;
  comment: string | null;
}

const names = {
  reviewer: '市发展改革委审核员',
  secrecy: '市发展改革委保密审查员',
  siteadmin: '市发展改革委网站管理员',
};

/** A resident ID number with a correct GB 11643 check character. */
function validIdNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

describe(`workflow on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let editor: TestClient;
  let reviewer: TestClient;
  let secrecy: TestClient;
  let siteadmin: TestClient;
  let fgw: number;
  let portal: number;
  const columns = new Map<string, number>();
  const col = (key: string) => columns.get(key)!;

  async function createPolicy(client: TestClient, overrides: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): Promise<ItemJson> {
    const res = await client.post('/api/admin/library/items', {
      type: 'policy',
      siteId: fgw,
      title: '关于做好重点项目储备工作的通知',
      body: '<p>各区发展改革部门：现就做好重点项目储备工作通知如下。</p>',
      metadata: {
        publisher: '明湖市发展和改革委员会',
        writtenOn: '2026-05-06',
        issuedOn: '2026-05-08',
        docNo: '明发改〔2026〕12号',
        docKind: '通知',
        topic: '国民经济管理、国有资产监管\\重大建设项目',
        validity: 'in_force',
        ...meta,
      },
      placements: [{ columnId: col('fgw/gfxwj') }],
      ...overrides,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ItemJson;
  }

  async function submit(client: TestClient, item: { id: number; version: number }) {
    return client.post(`/api/admin/workflow/items/${item.id}/submit`, { version: item.version });
  }

  async function inbox(client: TestClient): Promise<TaskJson[]> {
    const res = await client.get('/api/admin/workflow/tasks?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as TaskJson[];
  }

  async function openTask(client: TestClient, itemId: number): Promise<TaskJson | undefined> {
    return (await inbox(client)).find((task) => task.itemId === itemId);
  }

  async function getItem(itemId: number, client: TestClient = admin): Promise<ItemJson> {
    const res = await client.get(`/api/admin/library/items/${itemId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().item as ItemJson;
  }

  async function history(itemId: number): Promise<TaskJson[]> {
    return (await admin.get(`/api/admin/workflow/items/${itemId}/history`)).json().items as TaskJson[];
  }

  async function audit(action: string, targetId: number) {
    const res = await admin.get(`/api/admin/audit?action=${action}&targetId=${targetId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Array<{ actorName: string; summary: string }>;
  }

  async function approve(client: TestClient, itemId: number) {
    const task = await openTask(client, itemId);
    expect(task, `no open task for item ${itemId}`).toBeDefined();
    const res = await client.post(`/api/admin/workflow/tasks/${task!.id}/approve`, {});
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { task: TaskJson; item: ItemJson };
  }

  /** Through the default chain: submitted by the editor, approved by the reviewer, then 保密审查. */
  async function publish(item: ItemJson): Promise<ItemJson> {
    const submitted = await submit(editor, item);
    expect(submitted.statusCode, submitted.body).toBe(200);
    await approve(reviewer, item.id);
    return (await approve(secrecy, item.id)).item;
  }

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
    editor = await t.login('editor-fgw', DEMO_PASSWORD);
    reviewer = await t.login('reviewer-fgw', DEMO_PASSWORD);
    secrecy = await t.login('secrecy-fgw', DEMO_PASSWORD);
    siteadmin = await t.login('siteadmin-fgw', DEMO_PASSWORD);
    const sites = (await admin.get('/api/admin/sites?limit=200')).json().items as Array<{ id: number; code: string }>;
    fgw = sites.find((s) => s.code === 'fgw')!.id;
    portal = sites.find((s) => s.code === 'minghu')!.id;
    for (const [code, id] of [['fgw', fgw], ['minghu', portal]] as const) {
      for (const c of (await admin.get(`/api/admin/sites/${id}/columns`)).json().items as Array<{ id: number; slug: string }>) columns.set(`${code}/${c.slug}`, c.id);
    }
  });
  afterAll(async () => t?.close());

  describe('review chain', () => {
    let item: ItemJson;

    it('takes a policy with a repost through 部门审核 and 保密审查 to publication', async () => {
      const users = (await admin.get('/api/admin/users?q=editor-fgw')).json().items as Array<{ id: number; username: string }>;
      const editorId = users.find((u) => u.username === 'editor-fgw')!.id;
      const grant = await admin.post('/api/admin/grants', { userId: editorId, roleKey: 'editor', scope: { type: 'column', columnId: col('minghu/gfxwj') } });
      expect(grant.statusCode, grant.body).toBe(201);

      item = await createPolicy(editor, { placements: [{ columnId: col('fgw/gfxwj') }, { columnId: col('minghu/gfxwj') }] });
      const placements = (await editor.get(`/api/admin/library/items/${item.id}`)).json().placements;
      expect(placements.map((p: { siteId: number; isRepost: boolean; sourceName: string | null }) => [p.siteId, p.isRepost, p.sourceName])).toEqual([
        [fgw, false, null],
        [portal, true, '明湖市发展和改革委员会'],
      ]);

      const submitted = await submit(editor, item);
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().item).toMatchObject({ state: 'in_review', version: 1 });
      expect(submitted.json().task).toMatchObject({ stepIndex: 0, stepCount: 2, role: 'reviewer', stepLabel: '部门审核', state: 'open', itemVersion: 1 });
      expect((await getItem(item.id)).state).toBe('in_review');

      // Locked while in review.
      const edit = await editor.put(`/api/admin/library/items/${item.id}`, { version: 1, title: '改' });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().error.code).toBe('LIBRARY_ITEM_LOCKED');

      const first = await openTask(reviewer, item.id);
      expect(first).toMatchObject({ role: 'reviewer', stepIndex: 0 });
      expect(await openTask(secrecy, item.id)).toBeUndefined();
      expect(await inbox(editor)).toEqual([]);

      const byEditor = await editor.post(`/api/admin/workflow/tasks/${first!.id}/approve`, {});
      expect(byEditor.statusCode).toBe(403);
      expect(byEditor.json().error.code).toBe('FORBIDDEN');
      const bySecrecy = await secrecy.post(`/api/admin/workflow/tasks/${first!.id}/approve`, {});
      expect(bySecrecy.statusCode).toBe(403);

      const approved = await reviewer.post(`/api/admin/workflow/tasks/${first!.id}/approve`, { comment: '同意' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().task).toMatchObject({ state: 'approved', decidedBy: names.reviewer, comment: '同意' });
      expect(approved.json().item.state).toBe('in_review');
      const again = await reviewer.post(`/api/admin/workflow/tasks/${first!.id}/approve`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('WORKFLOW_TASK_CLOSED');

      const second = await openTask(secrecy, item.id);
      expect(second).toMatchObject({ role: 'confidentiality_reviewer', stepIndex: 1, stepCount: 2, stepLabel: '保密审查', state: 'open' });
      expect(await openTask(reviewer, item.id)).toBeUndefined();

      const done = await secrecy.post(`/api/admin/workflow/tasks/${second!.id}/approve`, {});
      expect(done.statusCode, done.body).toBe(200);
      const published = await getItem(item.id);
      expect(published).toMatchObject({ state: 'published', version: 1, publishedVersion: 1, publishedBy: { name: names.secrecy } });
      expect(await openTask(secrecy, item.id)).toBeUndefined();
      expect((await history(item.id)).map((h) => [h.stepLabel, h.state, h.decidedBy])).toEqual([
        ['部门审核', 'approved', names.reviewer],
        ['保密审查', 'approved', names.secrecy],
      ]);
      expect(await audit('library.item.publish', item.id)).toHaveLength(1);
    });

    it('lets only a publisher withdraw (撤稿), with a reason', async () => {
      const byEditor = await editor.post(`/api/admin/workflow/items/${item.id}/withdraw`, { reason: '信息有误，需要更正' });
      expect(byEditor.statusCode).toBe(403);
      expect(byEditor.json().error.code).toBe('FORBIDDEN');
      const byReviewer = await reviewer.post(`/api/admin/workflow/items/${item.id}/withdraw`, { reason: '信息有误，需要更正' });
      expect(byReviewer.statusCode).toBe(403);
      const noReason = await siteadmin.post(`/api/admin/workflow/items/${item.id}/withdraw`, { reason: ' ' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.code).toBe('WORKFLOW_REASON_REQUIRED');
      expect((await getItem(item.id)).state).toBe('published');

      const res = await siteadmin.post(`/api/admin/workflow/items/${item.id}/withdraw`, { reason: '信息有误，需要更正' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ state: 'withdrawn', publishedVersion: null, withdrawnReason: '信息有误，需要更正' });
      expect(await getItem(item.id)).toMatchObject({ state: 'withdrawn', publishedVersion: null });
      const twice = await siteadmin.post(`/api/admin/workflow/items/${item.id}/withdraw`, { reason: '再次撤稿' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('LIBRARY_ITEM_STATE_INVALID');
      const entries = await audit('library.item.withdraw', item.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actorName).toBe(`${names.siteadmin}（siteadmin-fgw）`);
    });

    it('refuses self-review: a site admin cannot approve what they submitted', async () => {
      const own = await createPolicy(siteadmin, { title: '网站管理员自己提交的文件' });
      expect((await submit(siteadmin, own)).statusCode).toBe(200);
      const task = await openTask(siteadmin, own.id);
      expect(task).toBeDefined();
      const res = await siteadmin.post(`/api/admin/workflow/tasks/${task!.id}/approve`, {});
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('WORKFLOW_SELF_REVIEW');
      expect((await getItem(own.id)).state).toBe('in_review');
      expect((await history(own.id))[0]!.state).toBe('open');
      // Someone else may.
      await approve(reviewer, own.id);
    });

    it('returns an item with a comment: draft again, remaining steps closed', async () => {
      const returned = await createPolicy(editor, { title: '需要退回的文件' });
      expect((await submit(editor, returned)).statusCode).toBe(200);
      await approve(reviewer, returned.id);
      const task = (await openTask(secrecy, returned.id))!;
      for (const comment of ['', '   ']) {
        const empty = await secrecy.post(`/api/admin/workflow/tasks/${task.id}/return`, { comment });
        expect(empty.statusCode).toBe(400);
        expect(empty.json().error).toMatchObject({ code: 'WORKFLOW_COMMENT_REQUIRED', details: [{ path: 'comment' }] });
      }
      expect((await getItem(returned.id)).state).toBe('in_review');

      const res = await secrecy.post(`/api/admin/workflow/tasks/${task.id}/return`, { comment: '请删除第三段中的内部数据' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().item.state).toBe('draft');
      expect(await getItem(returned.id)).toMatchObject({ state: 'draft', publishedVersion: null });
      expect((await history(returned.id)).map((h) => [h.stepIndex, h.state, h.comment])).toEqual([
        [0, 'approved', null],
        [1, 'returned', '请删除第三段中的内部数据'],
      ]);
      expect(await openTask(secrecy, returned.id)).toBeUndefined();
      expect(await openTask(reviewer, returned.id)).toBeUndefined();
      const late = await secrecy.post(`/api/admin/workflow/tasks/${task.id}/approve`, {});
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('WORKFLOW_TASK_CLOSED');

      // Resubmitted and recalled by the editor: the open step is cancelled.
      const fixed = (await editor.put(`/api/admin/library/items/${returned.id}`, { version: 1, body: '<p>已删除内部数据。</p>' })).json() as ItemJson;
      expect(fixed.version).toBe(2);
      const resubmitted = await submit(editor, fixed);
      expect(resubmitted.json().task).toMatchObject({ stepIndex: 0, itemVersion: 2, state: 'open' });
      const recalled = await editor.post(`/api/admin/workflow/items/${returned.id}/recall`, {});
      expect(recalled.statusCode, recalled.body).toBe(200);
      expect(recalled.json().state).toBe('draft');
      const steps = await history(returned.id);
      expect(steps.filter((h) => h.state === 'open')).toEqual([]);
      expect(steps.find((h) => h.itemVersion === 2)!.state).toBe('cancelled');
      const cancelled = await reviewer.post(`/api/admin/workflow/tasks/${resubmitted.json().task.id}/approve`, {});
      expect(cancelled.json().error.code).toBe('WORKFLOW_TASK_CLOSED');
    });

    it('runs a column chain of three steps ending with 签发', async () => {
      const steps = [
        { role: 'reviewer', label: '初审' },
        { role: 'confidentiality_reviewer', label: '保密审查' },
        { role: 'publisher', label: '签发' },
      ];
      const byEditor = await editor.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('fgw/qtwj'), steps });
      expect(byEditor.statusCode).toBe(403);
      const badRole = await siteadmin.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('fgw/qtwj'), steps: [{ role: 'boss', label: '老板' }] });
      expect(badRole.statusCode).toBe(400);
      expect(badRole.json().error.code).toBe('VALIDATION_FAILED');
      const none = await siteadmin.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('fgw/qtwj'), steps: [] });
      expect(none.statusCode).toBe(400);
      expect(none.json().error).toMatchObject({ code: 'WORKFLOW_CHAIN_INVALID', details: [{ path: 'steps' }] });
      const noLabel = await siteadmin.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('fgw/qtwj'), steps: [{ role: 'reviewer', label: ' ' }] });
      expect(noLabel.json().error).toMatchObject({ code: 'WORKFLOW_CHAIN_INVALID', details: [{ path: 'steps.0.label' }] });
      const foreign = await admin.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('minghu/qtwj'), steps });
      expect(foreign.json().error).toMatchObject({ code: 'WORKFLOW_CHAIN_INVALID', details: [{ path: 'columnId' }] });

      const set = await siteadmin.put('/api/admin/workflow/chains', { siteId: fgw, columnId: col('fgw/qtwj'), steps });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ siteId: fgw, columnId: col('fgw/qtwj'), steps, source: 'column' });
      const listed = (await siteadmin.get(`/api/admin/workflow/chains?siteId=${fgw}`)).json();
      expect(listed.chains).toEqual([expect.objectContaining({ columnId: col('fgw/qtwj'), steps })]);
      expect(listed.siteDefault).toMatchObject({ source: 'default', steps: [{ role: 'reviewer' }, { role: 'confidentiality_reviewer' }] });

      const item = await createPolicy(editor, { title: '其他文件：三级审核', placements: [{ columnId: col('fgw/qtwj') }] });
      const submitted = await submit(editor, item);
      expect(submitted.json().task).toMatchObject({ stepIndex: 0, stepCount: 3, role: 'reviewer', stepLabel: '初审' });
      await approve(reviewer, item.id);
      await approve(secrecy, item.id);
      const third = await openTask(siteadmin, item.id);
      expect(third).toMatchObject({ stepIndex: 2, stepCount: 3, role: 'publisher', stepLabel: '签发' });
      expect(await openTask(reviewer, item.id)).toBeUndefined();
      expect(await openTask(secrecy, item.id)).toBeUndefined();
      expect((await getItem(item.id)).state).toBe('in_review');
      const signed = await approve(siteadmin, item.id);
      expect(signed.item).toMatchObject({ state: 'published', publishedVersion: 1, publishedBy: { name: names.siteadmin } });
      expect((await history(item.id)).map((h) => h.stepLabel)).toEqual(['初审', '保密审查', '签发']);
      // Items elsewhere keep the default chain.
      const other = await createPolicy(editor, { title: '规范性文件：默认流程' });
      expect((await submit(editor, other)).json().task).toMatchObject({ stepCount: 2, stepLabel: '部门审核' });
    });
  });

  describe('content checks', () => {
    it('blocks a valid ID number until a reviewer overrides it with a reason', async () => {
      const id = validIdNumber('11010119900307123');
      const item = await createPolicy(editor, { title: '关于公布补贴名单的通知', body: `<p>申请人张某，公民身份号码${id}，符合补贴条件。</p>` });
      const res = await submit(editor, item);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('WORKFLOW_CHECKS_BLOCKING');
      expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'body' })]);
      expect(res.json().error.details[0].message).toContain(id);
      expect(await getItem(item.id)).toMatchObject({ state: 'draft' });
      expect(await history(item.id)).toEqual([]);

      const findings = (await editor.get(`/api/admin/workflow/items/${item.id}/findings`)).json();
      expect(findings.isBlocked).toBe(true);
      const finding = findings.findings.find((f: { rule: string }) => f.rule === 'privacy.id_number');
      expect(finding).toMatchObject({ severity: 'block', field: 'body', match: id, itemVersion: 1, override: null });

      const byEditor = await editor.post(`/api/admin/workflow/findings/${finding.id}/override`, { reason: '已征得本人同意' });
      expect(byEditor.statusCode).toBe(403);
      const noReason = await reviewer.post(`/api/admin/workflow/findings/${finding.id}/override`, { reason: ' ' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.code).toBe('WORKFLOW_REASON_REQUIRED');
      expect(await audit('workflow.finding.override', item.id)).toEqual([]);

      const override = await reviewer.post(`/api/admin/workflow/findings/${finding.id}/override`, { reason: '依法应当公示的补贴对象信息' });
      expect(override.statusCode, override.body).toBe(200);
      expect(override.json().override).toMatchObject({ reason: '依法应当公示的补贴对象信息', by: names.reviewer });
      const entries = await audit('workflow.finding.override', item.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorName: `${names.reviewer}（reviewer-fgw）` });
      expect(entries[0]!.summary).toContain('依法应当公示的补贴对象信息');

      const again = await submit(editor, item);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().item.state).toBe('in_review');
      expect(again.json().findings.find((f: { rule: string }) => f.rule === 'privacy.id_number').override).toMatchObject({ by: names.reviewer });
    });

    it('finds a dictionary word added by the platform at the next check, and forgets a deleted one', async () => {
      const word = '明湖测试禁用语';
      const item = await createPolicy(editor, { title: '词库刷新测试', body: `<p>本段含有${word}。</p>` });
      const hits = async () => {
        const res = await editor.post(`/api/admin/workflow/items/${item.id}/check`, {});
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().findings as Array<{ match: string; severity: string }>).filter((f) => f.match.includes(word));
      };
      expect(await hits()).toEqual([]);
      const byReviewer = await reviewer.post('/api/admin/workflow/dictionary', { word, category: 'sensitive', severity: 'block' });
      expect(byReviewer.statusCode).toBe(403);
      const added = await admin.post('/api/admin/workflow/dictionary', { word, category: 'sensitive', severity: 'block', note: '测试' });
      expect(added.statusCode, added.body).toBe(201);
      const dup = await admin.post('/api/admin/workflow/dictionary', { word, category: 'sensitive', severity: 'block' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('WORKFLOW_DICTIONARY_ENTRY_TAKEN');
      expect(await hits()).toEqual([expect.objectContaining({ match: word, severity: 'block' })]);
      const blocked = await submit(editor, item);
      expect(blocked.json().error.code).toBe('WORKFLOW_CHECKS_BLOCKING');

      const warn = await admin.patch(`/api/admin/workflow/dictionary/${added.json().id}`, { severity: 'warn' });
      expect(warn.statusCode, warn.body).toBe(200);
      expect(await hits()).toEqual([expect.objectContaining({ severity: 'warn' })]);
      expect((await admin.delete(`/api/admin/workflow/dictionary/${added.json().id}`)).statusCode).toBe(204);
      expect(await hits()).toEqual([]);
    });

    it('blocks the seed gambling spam line', async () => {
      const item = await createPolicy(editor, { title: '被植入暗链的页面', body: '<p>工作动态。</p><p>365bet官方网址_365betvip5_beat365亚洲体育在线</p>' });
      const res = await submit(editor, item);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('WORKFLOW_CHECKS_BLOCKING');
      const findings = (await editor.get(`/api/admin/workflow/items/${item.id}/findings`)).json();
      expect(findings.isBlocked).toBe(true);
      expect(findings.findings.length).toBeGreaterThan(0);
      expect(findings.findings.every((f: { checker: string; severity: string }) => f.checker === 'spam' && f.severity === 'block')).toBe(true);
      expect((await getItem(item.id)).state).toBe('draft');
    });

    it('only warns about a mobile number', async () => {
      const item = await createPolicy(editor, { title: '咨询电话公告', body: '<p>咨询电话：13812345678。</p>' });
      const res = await submit(editor, item);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().item.state).toBe('in_review');
      expect(res.json().findings).toEqual([expect.objectContaining({ rule: 'privacy.mobile', severity: 'warn', match: '13812345678', override: null })]);
      expect((await editor.get(`/api/admin/workflow/items/${item.id}/findings`)).json().isBlocked).toBe(false);
    });

    it('refuses to submit without a placement, with an image lacking alt text, at a stale version, or by a reviewer', async () => {
      const unplaced = await createPolicy(editor, { title: '未选栏目', placements: [] });
      const notPlaced = await submit(editor, unplaced);
      expect(notPlaced.statusCode).toBe(400);
      expect(notPlaced.json().error).toMatchObject({ code: 'WORKFLOW_NOT_READY', details: [{ path: 'placements' }] });

      const withImage = await createPolicy(editor, { title: '图片无替代文本', body: '<p>见下图。</p><p><img src="https://www.minghu.gov.cn/chart.png"></p>' });
      const noAlt = await submit(editor, withImage);
      expect(noAlt.statusCode).toBe(400);
      expect(noAlt.json().error).toMatchObject({ code: 'WORKFLOW_NOT_READY', details: [{ path: 'body' }] });
      expect((await getItem(withImage.id)).state).toBe('draft');
      const fixed = (await editor.put(`/api/admin/library/items/${withImage.id}`, {
        version: 1,
        body: '<p>见下图。</p><p><img src="https://www.minghu.gov.cn/chart.png" alt="2026年重点项目投资完成情况柱状图"></p>',
      })).json() as ItemJson;

      const stale = await submit(editor, { id: withImage.id, version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('LIBRARY_ITEM_STALE');
      const byReviewer = await submit(reviewer, fixed);
      expect(byReviewer.statusCode).toBe(403);
      expect((await submit(editor, fixed)).statusCode).toBe(200);
    });
  });

  describe('publication', () => {
    it('marks a repealed document when the repealing one is published, as a new live version', async () => {
      const original = await publish(await createPolicy(editor, { title: '明湖市企业投资项目管理暂行办法' }, { docNo: '明发改规〔2024〕3号' }));
      expect(original).toMatchObject({ state: 'published', publishedVersion: 1, validity: 'in_force' });
      const replacement = await createPolicy(editor, { title: '明湖市企业投资项目管理办法' }, { docNo: '明发改规〔2026〕5号' });
      const rel = await editor.post(`/api/admin/library/items/${replacement.id}/relations`, { kind: 'repeals', targetId: original.id });
      expect(rel.statusCode, rel.body).toBe(201);
      // Nothing changes before the repealing document is live.
      await submit(editor, replacement);
      expect((await getItem(original.id)).validity).toBe('in_force');
      await approve(reviewer, replacement.id);
      expect((await getItem(original.id)).validity).toBe('in_force');
      await approve(secrecy, replacement.id);

      const after = await getItem(original.id);
      expect(after).toMatchObject({ state: 'published', version: 2, publishedVersion: 2, validity: 'repealed' });
      expect(after.metadata.validity).toBe('repealed');
      const versions = (await admin.get(`/api/admin/library/items/${original.id}/versions`)).json().items;
      expect(versions[0]).toMatchObject({ version: 2, isPublished: true });
      expect(versions[0].note).toContain('明湖市企业投资项目管理办法');
      expect(versions[0].note).toContain('已废止');
      expect((await admin.get(`/api/admin/library/items/${original.id}/versions/2`)).json().metadata.validity).toBe('repealed');
      const relations = (await admin.get(`/api/admin/library/items/${original.id}`)).json().relations;
      expect(relations).toEqual([expect.objectContaining({ kind: 'repeals', direction: 'inverse', label: '被废止', item: expect.objectContaining({ id: replacement.id }) })]);
      expect(await audit('library.item.validity', original.id)).toHaveLength(1);
    });

    it('publishes at the scheduled time through the job queue, exactly once with two workers', async () => {
      const publishAt = new Date(Date.now() + 3000).toISOString();
      const item = await createPolicy(editor, { title: '定时发布的文件', publishAt });
      const last = await publish(item);
      expect(last).toMatchObject({ state: 'approved', publishedVersion: null });
      expect(await getItem(item.id)).toMatchObject({ state: 'approved', publishedVersion: null, publishedBy: null });
      // Not yet due: the handler leaves it alone.
      const publisher = { userId: null, username: 'test', displayName: '测试' };
      expect(await publishDue(t.platform.ctx, { itemId: item.id, version: 1, publisher })).toBe(false);
      expect(await sweepDue(t.platform.ctx)).toEqual({ published: 0, withdrawn: 0 });

      let second: Platform | undefined;
      try {
        second = await openPlatform(t.config);
        // Started one after the other: starting both at once can deadlock on PostgreSQL (see the next test).
        await t.platform.ctx.jobs.start();
        await second.ctx.jobs.start();
        const deadline = Date.now() + 20_000;
        let current = await getItem(item.id);
        while (current.state !== 'published' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          current = await getItem(item.id);
        }
        expect(current).toMatchObject({ state: 'published', publishedVersion: 1, publishedBy: { name: names.secrecy } });
        expect(Date.parse((current as unknown as { publishedAt: string }).publishedAt)).toBeGreaterThanOrEqual(Date.parse(publishAt));
        await new Promise((resolve) => setTimeout(resolve, 1000)); // give a duplicate the chance to show
        expect(await audit('library.item.publish', item.id)).toHaveLength(1);
        expect(await sweepDue(t.platform.ctx)).toEqual({ published: 0, withdrawn: 0 });
        expect(await publishDue(t.platform.ctx, { itemId: item.id, version: 1, publisher })).toBe(false);
      } finally {
        await t.platform.ctx.jobs.stop();
        await second?.close();
      }
    }, 30_000);

    it('starts two worker processes at the same time on a fresh queue', async () => {
      // Two replicas deployed together both create the job queues on first start.
      const fresh = await createTestApp({ demo: false });
      const platforms: Platform[] = [];
      try {
        for (let i = 0; i < 2; i++) platforms.push(await openPlatform(fresh.config));
        const started = await Promise.allSettled(platforms.map((p) => p.ctx.jobs.start()));
        expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok']);
      } finally {
        for (const p of platforms) await p.close();
        await fresh.close();
      }
    }, 30_000);

    it('refuses to withdraw an item that was never published', async () => {
      const draft = await createPolicy(editor, { title: '从未发布的草稿' });
      const res = await siteadmin.post(`/api/admin/workflow/items/${draft.id}/withdraw`, { reason: '不再需要' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('LIBRARY_ITEM_STATE_INVALID');
    });
  });
});
