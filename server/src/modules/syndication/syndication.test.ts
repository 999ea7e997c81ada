import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../sites/index.js';
import { repostStatus, runCrawlSource } from './index.js';

interface Site {
  id: number;
  code: string;
}
interface Column {
  id: number;
  slug: string;
}

describe(`syndication on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  const sites = new Map<string, number>();
  const columns = new Map<string, number>();

  async function column(site: string, slug: string): Promise<number> {
    const key = `${site}/${slug}`;
    if (!columns.has(key)) {
      const res = await admin.get(`/api/admin/sites/${sites.get(site)}/columns`);
      expect(res.statusCode, res.body).toBe(200);
      for (const c of res.json().items as Column[]) columns.set(`${site}/${c.slug}`, c.id);
    }
    return columns.get(key)!;
  }

  /** A policy of the 发改委, published through the whole review chain. */
  async function publishedPolicy(title: string): Promise<number> {
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const created = await editor.post('/api/admin/library/items', {
      type: 'notice',
      siteId: sites.get('fgw'),
      title,
      body: '<p>各有关单位：现将有关事项通知如下。</p>',
      metadata: { issuer: '明湖市发展和改革委员会' },
      placements: [{ columnId: await column('fgw', 'tzgg') }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    const submitted = await editor.post(`/api/admin/workflow/items/${item.id}/submit`, { version: item.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    for (const reviewer of ['reviewer-fgw', 'secrecy-fgw']) {
      const client = await t.login(reviewer, DEMO_PASSWORD);
      const inbox = await client.get('/api/admin/workflow/tasks');
      const task = (inbox.json().items as Array<{ id: number; itemId: number }>).find((x) => x.itemId === item.id)!;
      const approved = await client.post(`/api/admin/workflow/tasks/${task.id}/approve`, {});
      expect(approved.statusCode, approved.body).toBe(200);
    }
    return item.id as number;
  }

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await admin.get('/api/admin/sites?limit=100');
    for (const s of res.json().items as Site[]) sites.set(s.code, s.id);
  });
  afterAll(async () => t?.close());

  it('lets a department submit a published item to the portal, and the portal editor accept it as a repost', async () => {
    const itemId = await publishedPolicy('关于开展2026年度重点项目申报工作的通知');
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const target = await column('minghu', 'tzgg');
    const submitted = await editor.post('/api/admin/syndication/submissions', { itemId, toColumnId: target, note: '请门户网站转载' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ state: 'pending', fromSiteId: sites.get('fgw'), toSiteId: sites.get('minghu') });

    const again = await editor.post('/api/admin/syndication/submissions', { itemId, toColumnId: target });
    expect(again.json().error.code).toBe('SYNDICATION_SUBMISSION_DUPLICATE');

    // The department editor cannot decide on the portal's side.
    const selfAccept = await editor.post(`/api/admin/syndication/submissions/${submitted.json().id}/accept`, {});
    expect(selfAccept.statusCode).toBe(403);

    const portal = await t.login('editor-portal', DEMO_PASSWORD);
    const incoming = await portal.get('/api/admin/syndication/submissions?direction=incoming&state=pending');
    expect((incoming.json().items as Array<{ itemId: number }>).map((s) => s.itemId)).toContain(itemId);
    const accepted = await portal.post(`/api/admin/syndication/submissions/${submitted.json().id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('accepted');

    const detail = await admin.get(`/api/admin/library/items/${itemId}`);
    const repost = (detail.json().placements as Array<{ siteId: number; isRepost: boolean; sourceName: string }>).find((p) => p.siteId === sites.get('minghu'));
    expect(repost).toMatchObject({ isRepost: true, sourceName: '明湖市发展和改革委员会' });

    const closed = await portal.post(`/api/admin/syndication/submissions/${submitted.json().id}/return`, { comment: '重复' });
    expect(closed.json().error.code).toBe('SYNDICATION_SUBMISSION_CLOSED');
  });

  it('lists the upper sites and their columns a department may submit to', async () => {
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const res = await editor.get(`/api/admin/syndication/submission-targets?fromSiteId=${sites.get('fgw')}`);
    expect(res.statusCode, res.body).toBe(200);
    const targets = res.json().items as Array<{ siteId: number; columns: Array<{ id: number; isPlaceable: boolean; kind: string }> }>;
    expect(targets.map((x) => x.siteId)).toEqual([sites.get('minghu')]);
    const portalColumns = targets[0]!.columns;
    expect(portalColumns.find((c) => c.id === columns.get('minghu/tzgg'))?.isPlaceable).toBe(true);
    expect(portalColumns.filter((c) => c.kind === 'catalogue').every((c) => !c.isPlaceable)).toBe(true);
    const other = await editor.get(`/api/admin/syndication/submission-targets?fromSiteId=${sites.get('jyj')}`);
    expect(other.statusCode).toBe(403);
  });

  it('shows staff of another site only the live version of a published item', async () => {
    const itemId = await publishedPolicy('关于做好2026年度节能监察工作的通知');
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const live = (await editor.get(`/api/admin/library/items/${itemId}`)).json().item;
    const edited = await editor.put(`/api/admin/library/items/${itemId}`, { version: live.version, title: '修改中的标题（未发布）' });
    expect(edited.statusCode, edited.body).toBe(200);

    const portal = await t.login('editor-portal', DEMO_PASSWORD);
    const seen = await portal.get(`/api/admin/library/items/${itemId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().item).toMatchObject({ title: '关于做好2026年度节能监察工作的通知', state: 'published', version: live.version });
    expect((await portal.get(`/api/admin/library/items/${itemId}/versions`)).statusCode).toBe(404);
    // The department's own editor sees the working copy.
    expect((await editor.get(`/api/admin/library/items/${itemId}`)).json().item.title).toBe('修改中的标题（未发布）');
  });

  it('returns a submission with a reason and counts per submitting unit', async () => {
    const itemId = await publishedPolicy('关于组织开展价格监测培训的通知');
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const submitted = await editor.post('/api/admin/syndication/submissions', { itemId, toColumnId: await column('minghu', 'gzdt') });
    const portal = await t.login('editor-portal', DEMO_PASSWORD);
    const empty = await portal.post(`/api/admin/syndication/submissions/${submitted.json().id}/return`, { comment: ' ' });
    expect(empty.json().error.code).toBe('SYNDICATION_SUBMISSION_INVALID');
    const returned = await portal.post(`/api/admin/syndication/submissions/${submitted.json().id}/return`, { comment: '内容属于部门内部工作，不在门户转载' });
    expect(returned.json()).toMatchObject({ state: 'returned', comment: '内容属于部门内部工作，不在门户转载' });

    const stats = await admin.get(`/api/admin/syndication/submissions/stats?siteId=${sites.get('minghu')}`);
    expect(stats.statusCode, stats.body).toBe(200);
    const fgw = (stats.json().items as Array<Record<string, unknown>>).find((r) => r.fromSiteId === sites.get('fgw'));
    expect(fgw).toMatchObject({ submitted: 2, accepted: 1, returned: 1, pending: 0, acceptanceRate: 0.5 });
  });

  it('refuses to submit a draft, or into a column of the same site', async () => {
    const editor = await t.login('editor-fgw', DEMO_PASSWORD);
    const draft = await editor.post('/api/admin/library/items', {
      type: 'news',
      siteId: sites.get('fgw'),
      title: '草稿',
      placements: [{ columnId: await column('fgw', 'gzdt') }],
    });
    const res = await editor.post('/api/admin/syndication/submissions', { itemId: draft.json().id, toColumnId: await column('minghu', 'gzdt') });
    expect(res.json().error.code).toBe('SYNDICATION_SUBMISSION_INVALID');
    const published = await publishedPolicy('关于报送季度经济运行分析的通知');
    const same = await editor.post('/api/admin/syndication/submissions', { itemId: published, toColumnId: await column('fgw', 'gzdt') });
    expect(same.json().error.details[0].path).toBe('toColumnId');
  });

  it('tracks for each lower site whether it reposted within 12 hours', async () => {
    // A portal item: written by the portal's editor, reviewed by its reviewer, 保密审查 by the platform admin.
    const portalEditor = await t.login('editor-portal', DEMO_PASSWORD);
    const created = await portalEditor.post('/api/admin/library/items', {
      type: 'notice',
      siteId: sites.get('minghu'),
      title: '明湖市人民政府关于做好2026年冬季供暖保障工作的通知',
      metadata: { issuer: '明湖市人民政府' },
      placements: [{ columnId: await column('minghu', 'tzgg') }],
    });
    const item = created.json();
    const notPublished = await admin.post('/api/admin/syndication/repost-requests', { itemId: item.id });
    expect(notPublished.json().error.code).toBe('SYNDICATION_REPOST_REQUEST_INVALID');
    const submitted = await portalEditor.post(`/api/admin/workflow/items/${item.id}/submit`, { version: item.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const reviewer = await t.login('reviewer-portal', DEMO_PASSWORD);
    for (let step = 0; step < 2; step++) {
      const inbox = await (step === 0 ? reviewer : admin).get('/api/admin/workflow/tasks');
      const task = (inbox.json().items as Array<{ id: number; itemId: number }>).find((x) => x.itemId === item.id)!;
      const res = await (step === 0 ? reviewer : admin).post(`/api/admin/workflow/tasks/${task.id}/approve`, {});
      expect(res.statusCode, res.body).toBe(200);
    }
    const request = await admin.post('/api/admin/syndication/repost-requests', { itemId: item.id, note: '请各部门、各区在12小时内转载' });
    expect(request.statusCode, request.body).toBe(201);
    const body = request.json();
    expect(body.windowHours).toBe(12);
    const lower = ['fgw', 'jyj', 'wjw', 'linhu'].map((c) => sites.get(c));
    expect((body.targets as Array<{ siteId: number }>).map((x) => x.siteId).sort()).toEqual([...lower].sort());
    expect(new Set((body.targets as Array<{ status: string }>).map((x) => x.status))).toEqual(new Set(['waiting']));

    // The 发改委 reposts it into its own column.
    const fgwEditor = await t.login('editor-fgw', DEMO_PASSWORD);
    const placed = await fgwEditor.post(`/api/admin/library/items/${item.id}/placements`, { columnId: await column('fgw', 'tzgg') });
    expect(placed.statusCode, placed.body).toBe(201);
    const list = await fgwEditor.get('/api/admin/syndication/repost-requests');
    const mine = (list.json().items as Array<{ id: number; targets: Array<{ siteId: number; status: string }> }>).find((r) => r.id === body.id)!;
    expect(mine.targets.find((x) => x.siteId === sites.get('fgw'))!.status).toBe('on_time');
    expect(mine.targets.find((x) => x.siteId === sites.get('jyj'))!.status).toBe('waiting');

    const foreign = await admin.post('/api/admin/syndication/repost-requests', { itemId: item.id, targetSiteIds: [sites.get('minghu')] });
    expect(foreign.json().error.code).toBe('SYNDICATION_REPOST_REQUEST_INVALID');
  });

  it('judges timeliness against the window', () => {
    const at = '2026-11-20T00:00:00.000Z';
    expect(repostStatus(at, 12, '2026-11-20T11:59:00.000Z', new Date('2026-11-21T00:00:00Z'))).toBe('on_time');
    expect(repostStatus(at, 12, '2026-11-20T12:01:00.000Z', new Date('2026-11-21T00:00:00Z'))).toBe('late');
    expect(repostStatus(at, 12, null, new Date('2026-11-20T11:00:00Z'))).toBe('waiting');
    expect(repostStatus(at, 12, null, new Date('2026-11-20T12:00:01Z'))).toBe('overdue');
  });

  describe('crawling', () => {
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      const pages: Record<string, string> = {
        '/robots.txt': 'User-agent: *\nDisallow: /private/\n',
        '/feed.xml': '',
        '/zwdt/1.html': '<html><head><meta name="ArticleTitle" content="临湖区召开城乡环境整治推进会"><meta name="PubDate" content="2026-11-18 09:00"></head><body><div class="article"><p>11月18日，临湖区召开城乡环境综合整治推进会。</p></div></body></html>',
        '/zwdt/2.html': '<html><head><meta name="ArticleTitle" content="临湖区开展冬季消防安全检查"></head><body><div class="article"><p>连日来，临湖区开展冬季消防安全检查。</p></div></body></html>',
        '/copy/2.html': '<html><head><meta name="ArticleTitle" content="临湖区开展冬季消防安全检查"></head><body><div class="article"><p>连日来，临湖区开展冬季消防安全检查。</p></div></body></html>',
        '/private/3.html': '<html><body><div class="article"><p>内部</p></div></body></html>',
      };
      server = http.createServer((req, res) => {
        const page = pages[req.url ?? ''];
        if (req.url === '/list.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<ul><li><a href="/zwdt/1.html">临湖区召开城乡环境整治推进会</a> 2026-11-18</li><li><a href="/zwdt/2.html">临湖区开展冬季消防安全检查</a></li><li><a href="/copy/2.html">临湖区开展冬季消防安全检查</a></li><li><a href="/private/3.html">内部</a></li></ul>');
          return;
        }
        if (!page) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': req.url!.endsWith('.txt') ? 'text/plain' : 'text/html; charset=utf-8' });
        res.end(page);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('pulls a sub-site list page into the review queue without duplicates, and an accepted entry becomes a draft', async () => {
      const source = await admin.post('/api/admin/syndication/crawl-sources', {
        columnId: await column('minghu', 'gzdt'),
        name: '临湖区政务动态',
        url: `${base}/list.html`,
        kind: 'html',
        linkPattern: '/(zwdt|copy|private)/\\d+\\.html$',
        contentSelector: '.article',
        intervalMinutes: 30,
      });
      expect(source.statusCode, source.body).toBe(201);
      const first = await runCrawlSource(t.platform.ctx, source.json().id);
      // 1 and 2 are new; the copy of 2 has the same content; /private/ is disallowed by robots.txt.
      expect(first).toMatchObject({ added: 2 });
      const second = await runCrawlSource(t.platform.ctx, source.json().id);
      expect(second.added).toBe(0);

      const queue = await admin.get('/api/admin/syndication/crawl-entries?state=pending');
      const entries = queue.json().items as Array<{ id: number; title: string; url: string }>;
      expect(entries.map((e) => e.title).sort()).toEqual(['临湖区召开城乡环境整治推进会', '临湖区开展冬季消防安全检查']);

      const accepted = await admin.post(`/api/admin/syndication/crawl-entries/${entries[0]!.id}/accept`);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().item).toMatchObject({ state: 'draft', type: 'news', source: '临湖区政务动态' });
      expect(accepted.json().item.body).toContain(entries[0]!.url);
      const twice = await admin.post(`/api/admin/syndication/crawl-entries/${entries[0]!.id}/accept`);
      expect(twice.json().error.code).toBe('SYNDICATION_CRAWL_ENTRY_CLOSED');
      const rejected = await admin.post(`/api/admin/syndication/crawl-entries/${entries[1]!.id}/reject`);
      expect(rejected.json().state).toBe('rejected');

      const sources = await admin.get('/api/admin/syndication/crawl-sources');
      expect((sources.json().items as Array<{ lastStatus: string }>)[0]!.lastStatus).toBe('partial');
    });

    it('refuses a source that is not http(s) or has a broken link pattern', async () => {
      const res = await admin.post('/api/admin/syndication/crawl-sources', {
        columnId: await column('minghu', 'gzdt'),
        name: '坏的',
        url: 'ftp://example.gov.cn/list',
        kind: 'html',
        linkPattern: '([',
      });
      expect(res.json().error.code).toBe('SYNDICATION_CRAWL_SOURCE_INVALID');
      expect((res.json().error.details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual(['linkPattern', 'url']);
    });
  });
});
