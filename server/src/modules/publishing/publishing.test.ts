import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Ctx } from '../../kernel/index.js';
import { createTestApp, ADMIN_PASSWORD, type TestApp } from '../../test/harness.js';
import { systemActor } from '../accounts/index.js';
import { addRelation, createItem, markApproved, markInReview, publishApproved, withdrawPublished } from '../library/index.js';
import { findSiteByCode, listSiteColumns, updateColumn } from '../sites/index.js';
import { findRedirect, publishChanges, siteOutputDir, verifySite, whenIdle } from './index.js';
import { findItemPages, listManifest } from './repository.js';

/*
 * The publishing engine on the demo platform: a full build of every page type, incremental
 * publishing that re-renders exactly the pages that show a change, unpublishing, redirects,
 * template validation, escaping and the tamper check. Runs on SQLite and PostgreSQL.
 */

let t: TestApp;
let ctx: Ctx;
let fgwId: number;
let fgwColumns: Map<string, number>;

const read = (site: string, file: string) => fs.readFileSync(path.join(siteOutputDir(t.config, site), file), 'utf8');
const exists = (site: string, file: string) => fs.existsSync(path.join(siteOutputDir(t.config, site), file));

async function publishNew(input: {
  title: string;
  column: string;
  type?: string;
  metadata?: Record<string, unknown>;
  body?: string;
  summary?: string;
  keywords?: string[];
  author?: string;
  source?: string;
}) {
  const item = await createItem(ctx, {
    actor: systemActor,
    type: input.type ?? 'news',
    siteId: fgwId,
    title: input.title,
    summary: input.summary ?? null,
    keywords: input.keywords ?? [],
    author: input.author ?? null,
    source: input.source ?? null,
    body: input.body ?? '<p>正文内容。</p>',
    metadata: input.metadata ?? {},
    placements: [{ columnId: fgwColumns.get(input.column)! }],
  });
  await markInReview(ctx, { itemId: item.id, version: item.version });
  await markApproved(ctx, { itemId: item.id });
  await publishApproved(ctx, { itemId: item.id, publishedBy: systemActor });
  await whenIdle(ctx);
  return item;
}

async function pageOf(itemId: number, site = 'fgw'): Promise<string> {
  const pages = await findItemPages(ctx, itemId);
  const siteId = (await findSiteByCode(ctx, site))!.id;
  const page = pages.find((p) => p.siteId === siteId);
  if (!page) throw new Error(`item ${itemId} has no page on ${site}`);
  return page.path;
}

beforeAll(async () => {
  t = await createTestApp({ demo: true, demoContent: true, env: { JIYUE_JOBS: 'off' } });
  ctx = t.platform.ctx;
  await whenIdle(ctx);
  fgwId = (await findSiteByCode(ctx, 'fgw'))!.id;
  fgwColumns = new Map((await listSiteColumns(ctx, fgwId)).map((c) => [c.slug, c.id]));
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('full build of the demo platform', () => {
  test('every page carries the footer elements and the national meta tags', async () => {
    const manifest = await listManifest(ctx, (await findSiteByCode(ctx, 'minghu'))!.id);
    const html = manifest.filter((m) => m.path.endsWith('.html'));
    expect(html.length).toBeGreaterThan(50);
    for (const kind of ['home', 'list', 'item', 'not_found']) {
      const page = html.find((m) => m.kind === kind)!;
      const body = read('minghu', page.path);
      for (const name of [
        'SiteName',
        'SiteDomain',
        'SiteIDCode',
        'ColumnName',
        'ColumnDescription',
        'ColumnKeywords',
        'ColumnType',
        'ArticleTitle',
        'PubDate',
        'ContentSource',
        'Keywords',
        'Author',
        'Description',
        'Image',
        'Url',
      ]) {
        expect(body, `${page.path} ${name}`).toContain(`<meta name="${name}"`);
      }
      for (const text of [
        '我为政府网站找错',
        '党政机关网站标识',
        '网站标识码',
        '9901000001',
        'ICP备案号',
        '公安机关备案号',
        '主办单位',
        '联系方式',
      ]) {
        expect(body, `${page.path} ${text}`).toContain(text);
      }
    }
  });

  test('writes compressed siblings, feeds, the sitemap, robots.txt and 404 atomically named', () => {
    for (const f of [
      'index.html',
      'index.html.gz',
      'index.html.br',
      'sitemap.xml',
      'sitemap-pages.xml',
      'robots.txt',
      '404.html',
      'gzdt/rss.xml',
      'gzdt/atom.xml',
      'assets/site.css',
    ]) {
      expect(exists('minghu', f), f).toBe(true);
    }
    expect(read('minghu', 'sitemap.xml')).toContain('https://www.minghu.gov.cn/sitemap-items-0.xml');
    expect(read('minghu', 'robots.txt')).toContain('Sitemap: https://www.minghu.gov.cn/sitemap.xml');
    expect(read('minghu', 'gzdt/rss.xml')).toContain('<rss version="2.0"');
    const all = fs.readdirSync(siteOutputDir(t.config, 'minghu'), { recursive: true }) as string[];
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a policy links its interpretations and each interpretation links the policy', async () => {
    const manifest = await listManifest(ctx, (await findSiteByCode(ctx, 'minghu'))!.id);
    const items = manifest.filter((m) => m.kind === 'item').map((m) => ({ path: m.path, body: read('minghu', m.path) }));
    const interpretation = items.find((i) => i.path.startsWith('zcjd/'))!;
    expect(interpretation).toBeDefined();
    const policyHref = /href="([^"]+)"[^>]*>[^<]*<\/a>/.exec(interpretation.body.slice(interpretation.body.indexOf('解读的政策')))?.[1];
    expect(policyHref).toBeTruthy();
    const policyPath = path.posix.normalize(path.posix.join(path.posix.dirname(interpretation.path), policyHref!));
    const policy = read('minghu', policyPath);
    expect(policy).toContain('索引号');
    expect(policy).toContain('成文日期');
    expect(policy).toContain('文号');
    expect(policy).toContain(path.posix.basename(interpretation.path));
  });

  test('the repealed document carries a banner linking the document that replaced it', async () => {
    const manifest = await listManifest(ctx, fgwId);
    const repealed = manifest
      .filter((m) => m.kind === 'item')
      .map((m) => read('fgw', m.path))
      .find((b) => b.includes('本文件已废止'));
    expect(repealed).toBeDefined();
    expect(repealed).toMatch(/本文件已废止[\s\S]{0,600}<a href="[^"]+\.html"/);
  });

  test('times are shown as YYYY-MM-DD HH:MM', async () => {
    const manifest = await listManifest(ctx, fgwId);
    const item = manifest.find((m) => m.kind === 'item')!;
    expect(read('fgw', item.path)).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });
});

describe('incremental publishing', () => {
  test('re-renders exactly the item page, its column lists, the pages listing that column, feeds and the sitemap', async () => {
    const item = await publishNew({ title: '市发展改革委召开增量发布测试会议', column: 'gzdt' });
    const itemPath = await pageOf(item.id);
    expect(read('fgw', itemPath)).toContain('市发展改革委召开增量发布测试会议');
    expect(read('fgw', 'gzdt/index.html')).toContain('市发展改革委召开增量发布测试会议');
    expect(read('fgw', 'index.html')).toContain('市发展改革委召开增量发布测试会议');
    expect(read('fgw', 'gzdt/rss.xml')).toContain('市发展改革委召开增量发布测试会议');
    expect(read('fgw', 'sitemap-items-0.xml')).toContain(path.posix.basename(itemPath));

    // The same change published again touches exactly those pages and nothing else.
    const { stats } = await publishChanges(ctx, { itemIds: [item.id], columnIds: [], siteIds: [fgwId] });
    const written = new Set(stats.written.filter((p) => !p.startsWith('sitemap')));
    expect(written).toEqual(new Set([itemPath, 'gzdt/index.html', 'gzdt/rss.xml', 'gzdt/atom.xml', 'zwdt/index.html', 'index.html']));
  });

  test('unpublishing removes the page and takes the item off its lists', async () => {
    const item = await publishNew({ title: '将被撤下的测试动态', column: 'gzdt' });
    const itemPath = await pageOf(item.id);
    expect(exists('fgw', itemPath)).toBe(true);
    await withdrawPublished(ctx, { itemId: item.id, actor: systemActor, reason: '测试撤稿' });
    await whenIdle(ctx);
    expect(exists('fgw', itemPath)).toBe(false);
    expect(exists('fgw', `${itemPath}.gz`)).toBe(false);
    expect(read('fgw', 'gzdt/index.html')).not.toContain('将被撤下的测试动态');
    expect(read('fgw', 'index.html')).not.toContain('将被撤下的测试动态');
  });

  test('a new interpretation appears on the policy page it explains', async () => {
    const policy = await publishNew({
      title: '明湖市发展和改革委员会关于增量测试的通知',
      column: 'gfxwj',
      type: 'policy',
      metadata: {
        publisher: '明湖市发展和改革委员会',
        writtenOn: '2026-11-01',
        issuedOn: '2026-11-02',
        docNo: '明发改〔2026〕99号',
        docKind: '通知',
        topic: '综合政务\\政务公开',
        validity: 'in_force',
      },
    });
    const interpretation = await createItem(ctx, {
      actor: systemActor,
      type: 'interpretation',
      siteId: fgwId,
      title: '一图读懂增量测试通知',
      summary: null,
      keywords: [],
      author: null,
      source: null,
      body: '<p>解读正文。</p>',
      metadata: { form: 'graphic' },
      placements: [{ columnId: fgwColumns.get('zcjd')! }],
    });
    await addRelation(ctx, { actor: systemActor, itemId: interpretation.id, kind: 'interprets', targetId: policy.id });
    await markInReview(ctx, { itemId: interpretation.id, version: interpretation.version });
    await markApproved(ctx, { itemId: interpretation.id });
    await publishApproved(ctx, { itemId: interpretation.id, publishedBy: systemActor });
    await whenIdle(ctx);
    expect(read('fgw', await pageOf(policy.id))).toContain('一图读懂增量测试通知');
    expect(read('fgw', await pageOf(interpretation.id))).toContain('明湖市发展和改革委员会关于增量测试的通知');
  });
});

describe('escaping', () => {
  test('item text cannot inject script into a page', async () => {
    const payload = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const item = await publishNew({
      title: `标题${payload}`,
      column: 'tzgg',
      type: 'notice',
      summary: `摘要${payload}`,
      keywords: ['<script>alert(4)</script>'],
      author: `作者${payload}`,
      source: `来源${payload}`,
      body: `<p>正文</p>${payload}<a href="javascript:alert(3)">链接</a>`,
      metadata: { issuer: `单位${payload}`, docNo: `文号${payload}` },
    });
    for (const file of [await pageOf(item.id), 'tzgg/index.html', 'tzgg/rss.xml', 'index.html']) {
      const body = read('fgw', file);
      expect(body, file).not.toContain('<script>alert');
      expect(body, file).not.toMatch(/<img[^>]*onerror/i);
      expect(body, file).not.toContain('javascript:alert');
    }
  });
});

describe('column slug changes', () => {
  test('leave a redirect from the old folder', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const columnId = fgwColumns.get('gzdt')!;
    const res = await admin.request('PATCH', `/api/admin/columns/${columnId}`, { slug: 'gzdongtai' });
    if (res.statusCode !== 200) {
      // Older route shape: fall back to the use case.
      await updateColumn(ctx, { actor: systemActor, columnId, slug: 'gzdongtai' } as Parameters<typeof updateColumn>[1]);
    }
    await whenIdle(ctx);
    expect(await findRedirect(ctx, fgwId, 'gzdt/index_2.html')).toBe('gzdongtai/index_2.html');
    const anonymous = t.anonymous();
    const moved = await anonymous.get('/sites/fgw/gzdt/');
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe('/sites/fgw/gzdongtai/');
  });
});

describe('templates', () => {
  test('a broken template is refused with its line and the live site keeps the last good one', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const before = read('fgw', 'index.html');
    const bad = await admin.request('PUT', `/api/admin/publishing/sites/${fgwId}/templates/home`, {
      source: '<p>ok</p>\n{{ site.nmae }}\n',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('TEMPLATE_INVALID');
    expect(bad.json().error.message).toContain('第2行');
    const syntax = await admin.request('PUT', `/api/admin/publishing/sites/${fgwId}/templates/home`, { source: '{% if %}' });
    expect(syntax.statusCode).toBe(422);
    const escape = await admin.request('PUT', `/api/admin/publishing/sites/${fgwId}/templates/home`, {
      source: "{% include '../../etc/passwd' %}",
    });
    expect(escape.statusCode).toBe(422);
    await whenIdle(ctx);
    expect(read('fgw', 'index.html')).toBe(before);

    const current = (await admin.get(`/api/admin/publishing/sites/${fgwId}/templates/home`)).json();
    const good = await admin.request('PUT', `/api/admin/publishing/sites/${fgwId}/templates/home`, {
      source: `${current.source}\n<p class="custom-marker">本站自定义首页</p>`,
    });
    expect(good.statusCode).toBe(200);
    await whenIdle(ctx);
    expect(read('fgw', 'index.html')).toContain('本站自定义首页');
    const reset = await admin.request('DELETE', `/api/admin/publishing/sites/${fgwId}/templates/home`);
    expect(reset.statusCode).toBe(204);
    await whenIdle(ctx);
    expect(read('fgw', 'index.html')).not.toContain('本站自定义首页');
  });

  test('preview of an unpublished draft is for signed-in users only', async () => {
    const draft = await createItem(ctx, {
      actor: systemActor,
      type: 'news',
      siteId: fgwId,
      title: '尚未发布的草稿预览',
      summary: null,
      keywords: [],
      author: null,
      source: null,
      body: '<p>草稿正文</p>',
      metadata: {},
      placements: [{ columnId: fgwColumns.get('tzgg')! }],
    });
    expect((await t.anonymous().get(`/api/admin/publishing/preview/items/${draft.id}`)).statusCode).toBe(401);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await admin.get(`/api/admin/publishing/preview/items/${draft.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('尚未发布的草稿预览');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.body).toContain('/sites/fgw/assets/site.css');
  });
});

describe('tamper check', () => {
  test('reports changed, added and missing files; a full publish restores them', async () => {
    const root = siteOutputDir(t.config, 'jyj');
    const jyj = (await findSiteByCode(ctx, 'jyj'))!;
    expect((await verifySite(ctx, jyj.id)).changed).toEqual([]);
    fs.appendFileSync(path.join(root, 'index.html'), '<script src="https://evil.example/x.js"></script>');
    fs.writeFileSync(path.join(root, 'dark.html'), 'defaced');
    fs.rmSync(path.join(root, 'robots.txt'));
    const report = await verifySite(ctx, jyj.id);
    expect(report.changed).toEqual(['index.html']);
    expect(report.added).toEqual(['dark.html']);
    expect(report.missing).toEqual(['robots.txt']);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    expect((await admin.request('POST', `/api/admin/publishing/sites/${jyj.id}/rebuild`)).statusCode).toBe(202);
    const after = await verifySite(ctx, jyj.id);
    expect(after.changed).toEqual([]);
    expect(after.missing).toEqual([]);
    const status = (await admin.get(`/api/admin/publishing/sites/${jyj.id}`)).json();
    expect(status.lastBuild.status).toBe('done');
    expect(status.pages).toBeGreaterThan(10);
  });
});

describe('a crash mid-publish', () => {
  test('leaves no half-written page', async () => {
    const root = siteOutputDir(t.config, 'minghu');
    const db = t.config.database;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'crash-child.ts'), 'minghu'], {
      env: { ...process.env, DATA_DIR: t.config.dataDir, DATABASE_URL: db.dialect === 'sqlite' ? `sqlite:${db.file}` : db.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    // Let it write for a while, then kill it without warning, in the middle of a build.
    await new Promise((resolve) => setTimeout(resolve, 1500 + Math.random() * 500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const files = fs.readdirSync(root, { recursive: true }) as string[];
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(fs.readFileSync(path.join(root, page), 'utf8').trimEnd(), page).toMatch(/<\/html>$/);
    // Leftover temporary files are never served (no page links them) and the next build removes them.
    await publishAgain('minghu');
    expect((fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const report = await verifySite(ctx, (await findSiteByCode(ctx, 'minghu'))!.id);
    expect([...report.changed, ...report.missing, ...report.added]).toEqual([]);
  }, 60_000);
});

async function publishAgain(code: string): Promise<void> {
  const { startFullBuild } = await import('./index.js');
  await startFullBuild(ctx, (await findSiteByCode(ctx, code))!.id, 'after crash', { inline: true });
}
