import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './axe.js';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from './server.js';

// What the journeys on the published sites share: the checks every public page must pass (the
// national meta tags, the footer national rules require, axe), waiting for a page the publisher
// writes in the background, and the admin API as a demo user for setting up content.

/** The national meta tags every page of a government site carries, in this order (政府网站发展指引). */
export const nationalMetaNames = [
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
];

/** The demo platform's sites the journeys visit (server/src/modules/sites/demo.ts). */
export const portal = { code: 'minghu', name: '明湖市人民政府', nameTw: '明湖市人民政府', idCode: '9901000001', root: '/' };
export const fgwSite = {
  code: 'fgw',
  name: '明湖市发展和改革委员会',
  nameTw: '明湖市發展和改革委員會',
  idCode: 'bm99010001',
  root: '/sites/fgw/',
};

/** The national meta tags of the page as name → content, in document order. */
export async function nationalMeta(page: Page): Promise<Array<[string, string]>> {
  return page.evaluate((names) => {
    const wanted = new Set(names);
    return Array.from(document.head.querySelectorAll('meta[name]'))
      .filter((m) => wanted.has(m.getAttribute('name') ?? ''))
      .map((m) => [m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''] as [string, string]);
  }, nationalMetaNames);
}

export interface PageExpectations {
  /** The site; `nameTw` is its name in the traditional edition (/zh-tw/). */
  site: { name: string; nameTw?: string; idCode: string };
  /** An article page: ArticleTitle is the page's h1 and PubDate a date. */
  isArticle?: boolean;
  /** The ColumnType meta tag (首页, 列表栏目, 目录栏目, 单页栏目, 专题栏目). */
  columnType?: string;
  /** Skip axe (a page checked once already in the same state). */
  skipAxe?: boolean;
}

/**
 * Checks a published page the way the national rules and a citizen see it: lang, title, the 15
 * national meta tags in order (site name, 网站标识码, column, article), the footer (主办单位,
 * 网站标识码, ICP备案号, 公安机关备案号, 联系方式, 党政机关网站标识, 我为政府网站找错), a skip link
 * to the main content, and no WCAG 2.1 A/AA violation (axe).
 */
export async function expectPublishedPage(page: Page, screen: string, want: PageExpectations): Promise<void> {
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  expect(lang, `${screen}: html lang`).toMatch(/^(zh-CN|zh-TW|en)$/);
  const siteName = lang === 'zh-TW' ? (want.site.nameTw ?? want.site.name) : want.site.name;
  const title = await page.title();
  expect(title, `${screen}: the title names the site`).toContain(siteName);
  expect(title.endsWith(`${siteName} - ${siteName}`), `${screen}: the title "${title}" names the site once`).toBe(false);

  const meta = await nationalMeta(page);
  expect(
    meta.map(([name]) => name),
    `${screen}: the national meta tags, in order`,
  ).toEqual(nationalMetaNames);
  const m = Object.fromEntries(meta);
  expect(m.SiteName, `${screen}: SiteName`).toBe(siteName);
  expect(m.SiteIDCode, `${screen}: SiteIDCode`).toBe(want.site.idCode);
  expect(m.SiteDomain, `${screen}: SiteDomain`).toMatch(/\.gov\.cn$/);
  expect(m.ColumnName, `${screen}: ColumnName`).not.toBe('');
  expect(m.ColumnType, `${screen}: ColumnType`).not.toBe('');
  if (want.columnType) expect(m.ColumnType, `${screen}: ColumnType`).toBe(want.columnType);
  expect(m.Url, `${screen}: Url`).toMatch(/^https:\/\/[^/]+\.gov\.cn\//);
  if (want.isArticle) {
    const h1 = (await page.locator('main h1').first().innerText()).trim();
    expect(m.ArticleTitle, `${screen}: ArticleTitle is the page's heading`).toBe(h1);
    expect(m.PubDate, `${screen}: PubDate`).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }

  const skip = page.locator('a.skip-link');
  expect(await skip.getAttribute('href'), `${screen}: a skip link to the main content`).toBe('#main');
  expect(await page.locator('main#main').count(), `${screen}: one main landmark`).toBe(1);
  expect(await page.getByRole('navigation').count(), `${screen}: navigation`).toBeGreaterThan(0);

  const footer = page.getByRole('contentinfo');
  await footer.first().waitFor({ state: 'visible' });
  const text = await footer.innerText();
  if (lang.startsWith('zh')) {
    const zh = lang === 'zh-TW' ? toTraditionalLabels : (s: string) => s;
    expect(text, `${screen}: footer shows 主办单位`).toContain(zh('主办单位'));
    expect(text, `${screen}: footer shows 网站标识码`).toMatch(new RegExp(`${zh('网站标识码')}\\s*[:：]?\\s*${want.site.idCode}\\b`));
    expect(text, `${screen}: footer shows the ICP 备案号`).toMatch(new RegExp(`ICP${zh('备')}\\d+${zh('号')}`));
    expect(text, `${screen}: footer shows the 公安机关备案号`).toMatch(new RegExp(`${zh('公网安备')}\\d{14}${zh('号')}`));
    expect(text, `${screen}: footer shows 联系方式`).toContain(zh('联系方式'));
  }
  // 党政机关网站标识 and 我为政府网站找错 (links, whatever the language).
  expect(await footer.locator('a[href^="https://bszs.conac.cn/"]').count(), `${screen}: 党政机关网站标识`).toBe(1);
  const report = footer.locator('a[href*="zfwzgl.www.gov.cn/exposure/jiucuo.html"]');
  expect(await report.count(), `${screen}: 我为政府网站找错`).toBe(1);
  expect(await report.getAttribute('href'), `${screen}: 找错 names the site`).toContain(`site_code=${want.site.idCode}`);

  if (!want.skipAxe) await expectAccessible(page, screen);
}

/** The few footer labels that change in traditional Chinese. */
function toTraditionalLabels(s: string): string {
  const map: Record<string, string> = {
    办: '辦',
    单: '單',
    网: '網',
    标: '標',
    识: '識',
    码: '碼',
    备: '備',
    号: '號',
    联: '聯',
    系: '繫',
    关: '關',
  };
  return [...s].map((ch) => map[ch] ?? ch).join('');
}

/**
 * Opens `url` once the publisher has written it: the server publishes in the background, so a
 * page may answer 404 (or 503 while the site is first built) for a while. Fails after `timeoutMs`.
 */
export async function openWhenPublished(page: Page, url: string, timeoutMs = 20_000, until?: (html: string) => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    // page.request shares the context's baseURL (the server) but not the page's history.
    const res = await page.request.get(url, { failOnStatusCode: false });
    const html = res.status() === 200 ? await res.text() : '';
    last = `${res.status()}`;
    if (res.status() === 200 && (!until || until(html))) break;
    if (Date.now() > deadline) throw new Error(`${url} was not published as expected within ${timeoutMs} ms (last answer ${last})`);
    await page.waitForTimeout(250);
  }
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
}

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** The admin API as `username` (a demo user or the platform admin), with its CSRF token. */
export async function apiAs(baseUrl: string, username = ADMIN_USERNAME, password = ADMIN_PASSWORD): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`API login as ${username} failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('jiyue_session='));
  if (!cookie) throw new Error('API login answered without a jiyue_session cookie');
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status < 200 || res.status >= 300)
      throw new Error(`${method} ${path} as ${username} answered ${res.status}: ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}
