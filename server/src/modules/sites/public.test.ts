import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD, resolveSite } from './index.js';

/** GET a public page as a browser on `host` would. */
function page(t: TestApp, host: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { host } });
}

function meta(html: string, name: string): string | undefined {
  return new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html)?.[1];
}

describe(`public site pages and the demo platform on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => t?.close());

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

  describe('host resolution', () => {
    it('resolves by Host (port stripped), by /sites/<code>/ and falls back to the portal', async () => {
      const ctx = t.platform.ctx;
      expect(await resolveSite(ctx, { host: 'fgw.minghu.gov.cn:8080', path: '/' })).toMatchObject({
        site: { code: 'fgw' },
        via: 'host',
        basePath: '',
      });
      expect(await resolveSite(ctx, { host: 'FGW.minghu.gov.cn', path: '/zcwj/' })).toMatchObject({
        site: { code: 'fgw' },
        path: '/zcwj/',
      });
      expect(await resolveSite(ctx, { host: 'localhost:3000', path: '/sites/jyj/tzgg/?a=1' })).toMatchObject({
        site: { code: 'jyj' },
        via: 'path',
        basePath: '/sites/jyj',
        path: '/tzgg/',
      });
      expect(await resolveSite(ctx, { host: 'localhost:3000', path: '/' })).toMatchObject({
        site: { code: 'minghu', kind: 'portal' },
        via: 'portal',
      });
      expect(await resolveSite(ctx, { host: undefined, path: '/' })).toMatchObject({ via: 'portal' });
    });

    it('serves each site’s homepage by Host, and the portal at /', async () => {
      const fgw = await page(t, 'fgw.minghu.gov.cn', '/');
      expect(fgw.statusCode).toBe(200);
      expect(fgw.headers['content-type']).toMatch(/text\/html/);
      expect(meta(fgw.body, 'SiteName')).toBe('明湖市发展和改革委员会');
      const portal = await page(t, 'www.minghu.gov.cn', '/');
      expect(meta(portal.body, 'SiteName')).toBe('明湖市人民政府');
      const unknownHost = await page(t, 'localhost:3000', '/');
      expect(meta(unknownHost.body, 'SiteName')).toBe('明湖市人民政府');
      const byPath = await page(t, 'localhost:3000', '/sites/wjw/');
      expect(meta(byPath.body, 'SiteName')).toBe('明湖市卫生健康委员会');
      expect(byPath.body).toContain('href="/sites/wjw/zwgk/"');
      const redirect = await page(t, 'localhost:3000', '/sites/wjw');
      expect(redirect.statusCode).toBe(301);
      expect(redirect.headers.location).toBe('/sites/wjw/');
      expect((await page(t, 'localhost', '/sites/nosuchsite/')).statusCode).toBe(404);
    });

    it('follows domain changes at once (the cached map is invalidated)', async () => {
      const fgw = (await admin.get('/api/admin/sites?q=fgw')).json().items[0];
      expect(meta((await page(t, 'fgw2.minghu.gov.cn', '/')).body, 'SiteName')).toBe('明湖市人民政府');
      const res = await admin.patch(`/api/admin/sites/${fgw.id}`, { domains: ['fgw.minghu.gov.cn', 'fgw2.minghu.gov.cn'] });
      expect(res.statusCode, res.body).toBe(200);
      expect(meta((await page(t, 'fgw2.minghu.gov.cn', '/')).body, 'SiteName')).toBe('明湖市发展和改革委员会');
    });
  });

  describe('the homepage', () => {
    let html: string;
    beforeAll(async () => {
      html = (await page(t, 'fgw.minghu.gov.cn', '/')).body;
    });

    it('is Chinese, with a skip link to the main landmark, a header, a navigation and a footer', () => {
      expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
      expect(html).toContain('<a class="skip" href="#main">跳到主要内容</a>');
      expect(html).toMatch(/<main id="main"/);
      expect(html.match(/<main/g)).toHaveLength(1);
      expect(html).toMatch(/<header class="site-header">[\s\S]*<h1 class="site-name"><a href="\/">明湖市发展和改革委员会<\/a><\/h1>/);
      expect(html).toContain('<nav class="nav" aria-label="主导航">');
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toMatch(/<footer class="site-footer">/);
      expect(html).toMatch(/<title>明湖市发展和改革委员会<\/title>/);
    });

    it('carries the national meta tags', () => {
      expect(meta(html, 'SiteName')).toBe('明湖市发展和改革委员会');
      expect(meta(html, 'SiteDomain')).toBe('fgw.minghu.gov.cn');
      expect(meta(html, 'SiteIDCode')).toBe('bm99010001');
    });

    it('has every footer element monitors check', () => {
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer).toMatch(
        /<a href="https:\/\/zfwzgl\.www\.gov\.cn\/exposure\/jiucuo\.html\?site_code=bm99010001&amp;url=[^"]+">我为政府网站找错<\/a>/,
      );
      expect(footer).toMatch(/<a href="[^"]+">党政机关网站标识<\/a>/);
      expect(footer).toContain('<dt>网站标识码</dt><dd>bm99010001</dd>');
      expect(footer).toMatch(/<dt>ICP备案号<\/dt><dd><a href="https:\/\/beian\.miit\.gov\.cn\/">示ICP备99010001号-2<\/a>/);
      expect(footer).toMatch(
        /<dt>公安机关备案号<\/dt><dd><a href="[^"]*code=99010002000002"><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>示公网安备99010002000002号<\/a>/,
      );
      expect(footer).toContain('<dt>主办单位</dt><dd>明湖市发展和改革委员会</dd>');
      expect(footer).toContain('<dt>承办单位</dt><dd>明湖市大数据中心</dd>');
      expect(footer).toMatch(/<dt>联系方式<\/dt><dd>地址：[^<]+邮编：999001[^<]+电话：0999-12345601/);
    });

    it('lists visible top-level columns with children in the navigation and purposes in main', () => {
      const nav = html.slice(html.indexOf('<nav class="nav"'), html.indexOf('</nav>'));
      expect(nav).toContain('<a href="/zwgk/">政务公开</a><ul><li><a href="/gkzn/">政府信息公开指南</a></li>');
      expect(nav).toContain('<a href="https://gjzwfw.www.gov.cn/">在线办理</a>');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main).toContain('发布本单位制定的行政规范性文件');
      expect(main).toContain('专题时间：2026-01-01 至 2026-12-31');
    });

    it('links the portal to its online sub-sites (站群导航), on their domains or on the shared host', async () => {
      const byDomain = (await page(t, 'www.minghu.gov.cn', '/')).body;
      const section = byDomain.slice(byDomain.indexOf('站群导航'));
      expect(section).toContain('<h3>部门网站</h3>');
      expect(section).toContain('<a href="http://fgw.minghu.gov.cn/">明湖市发展和改革委员会</a>');
      expect(section).toContain('<h3>区县网站</h3>');
      const shared = (await page(t, 'localhost:3000', '/')).body;
      expect(shared).toContain('<a href="/sites/fgw/">明湖市发展和改革委员会</a>');
      expect(shared).toContain('<a href="/sites/linhu/">明湖市临湖区人民政府</a>');
    });

    it('sends a restrictive content security policy', async () => {
      const res = await page(t, 'fgw.minghu.gov.cn', '/');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'; style-src 'sha256-/);
    });
  });

  describe('column pages', () => {
    it('render with column meta tags and a breadcrumb', async () => {
      const res = await page(t, 'fgw.minghu.gov.cn', '/gfxwj/');
      expect(res.statusCode).toBe(200);
      expect(meta(res.body, 'ColumnName')).toBe('规范性文件');
      expect(meta(res.body, 'ColumnType')).toBe('列表栏目');
      expect(meta(res.body, 'SiteIDCode')).toBe('bm99010001');
      expect(res.body).toMatch(
        /<nav class="crumbs" aria-label="当前位置"><ol><li><a href="\/">首页<\/a><\/li><li><a href="\/zcwj\/">政策文件<\/a><\/li><li aria-current="page">规范性文件<\/li>/,
      );
      const byPath = await page(t, 'localhost', '/sites/fgw/gfxwj/');
      expect(meta(byPath.body, 'ColumnName')).toBe('规范性文件');
      expect(byPath.body).toContain('href="/sites/fgw/zcwj/"');
    });

    it('redirect link columns and answer 404 for unknown and hidden ones', async () => {
      const link = await page(t, 'fgw.minghu.gov.cn', '/zxbl/');
      expect(link.statusCode).toBe(302);
      expect(link.headers.location).toBe('https://gjzwfw.www.gov.cn/');
      expect((await page(t, 'fgw.minghu.gov.cn', '/no-such-column/')).statusCode).toBe(404);

      const fgw = (await admin.get('/api/admin/sites?q=fgw')).json().items[0];
      const columns = (await admin.get(`/api/admin/sites/${fgw.id}/columns`)).json().items as Array<{ id: number; slug: string }>;
      const zcjd = columns.find((c) => c.slug === 'zcjd')!;
      await admin.patch(`/api/admin/columns/${zcjd.id}`, { isHidden: true });
      expect((await page(t, 'fgw.minghu.gov.cn', '/zcjd/')).statusCode).toBe(404);
      expect((await page(t, 'fgw.minghu.gov.cn', '/')).body).not.toContain('href="/zcjd/"');
      await admin.patch(`/api/admin/columns/${zcjd.id}`, { isHidden: false });
      expect((await page(t, 'fgw.minghu.gov.cn', '/')).body).toContain('href="/zcjd/"');
    });

    it('escape everything staff can type', async () => {
      const fgw = (await admin.get('/api/admin/sites?q=fgw')).json().items[0];
      const columns = (await admin.get(`/api/admin/sites/${fgw.id}/columns`)).json().items as Array<{ id: number; slug: string }>;
      const tzgg = columns.find((c) => c.slug === 'tzgg')!;
      await admin.patch(`/api/admin/columns/${tzgg.id}`, {
        name: '<script>alert("x")</script>',
        purpose: '"引号" & <b>',
        keywords: ['a"b'],
      });
      const home = (await page(t, 'fgw.minghu.gov.cn', '/')).body;
      expect(home).not.toContain('<script>');
      expect(home).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      const col = (await page(t, 'fgw.minghu.gov.cn', '/tzgg/')).body;
      expect(col).toContain('&quot;引号&quot; &amp; &lt;b&gt;');
      expect(meta(col, 'ColumnKeywords')).toBe('a&quot;b');
    });
  });

  describe('sites that are not running', () => {
    it('answer 503 with a Chinese explanation while offline, and again after closing', async () => {
      const wjw = (await admin.get('/api/admin/sites?q=wjw')).json().items[0];
      await admin.post(`/api/admin/sites/${wjw.id}/transitions`, { to: 'offline', reason: '安全加固' });
      const offline = await page(t, 'wjw.minghu.gov.cn', '/');
      expect(offline.statusCode).toBe(503);
      expect(offline.body).toContain('<html lang="zh-CN">');
      expect(offline.body).toContain('暂时无法访问');
      expect(offline.headers['retry-after']).toBe('3600');
      expect((await page(t, 'localhost', '/sites/wjw/zwgk/')).statusCode).toBe(503);
      await admin.post(`/api/admin/sites/${wjw.id}/transitions`, { to: 'closed', reason: '职能划转，网站关停' });
      const closed = await page(t, 'wjw.minghu.gov.cn', '/');
      expect(closed.statusCode).toBe(503);
      expect(closed.body).toContain('已关停');
    });

    it('show an approved site as a preview that search engines skip', async () => {
      const portal = (await admin.get('/api/admin/sites?kind=portal')).json().items[0];
      const res = await admin.post('/api/admin/sites', {
        legalName: '明湖市预览专题',
        shortName: '预览专题',
        code: 'yulan',
        kind: 'topic',
        parentId: portal.id,
        status: 'approved',
        domains: ['yulan.minghu.gov.cn'],
      });
      expect(res.json().status).toBe('approved');
      const preview = await page(t, 'yulan.minghu.gov.cn', '/');
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('尚未正式上线');
      expect(preview.body).toContain('<meta name="robots" content="noindex">');
    });

    it('hide applied sites from the public', async () => {
      const portal = (await admin.get('/api/admin/sites?kind=portal')).json().items[0];
      const res = await admin.post('/api/admin/sites', {
        legalName: '明湖市测试专题',
        shortName: '测试专题',
        code: 'shenqing',
        kind: 'topic',
        parentId: portal.id,
        domains: ['zt.minghu.gov.cn'],
      });
      expect(res.json().status).toBe('applied');
      expect((await page(t, 'zt.minghu.gov.cn', '/')).statusCode).toBe(404);
    });
  });
});

describe(`a platform without a portal on ${testDialect}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('answers 404 pages in Chinese for any host', async () => {
    const res = await page(t, 'www.unknown.gov.cn', '/');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('页面不存在');
    expect(res.body).toContain('<main id="main"');
  });

  it('leaves API 404s as JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
