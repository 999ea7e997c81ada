// A citizen reads the published demo portal (at /) and the 发改委's site (at /sites/fgw/): one
// page of every page type — home, a list column, a catalogue column, a single-page column, a topic,
// a news item, a policy with its 文件信息 table and its interpretation, the repealed document with
// its banner and the link to the document that replaced it, an item of a response series, a
// leader, an institution, the English edition, the traditional-Chinese edition and the 404 page.
// Every page carries the national meta tags and footer and passes axe (WCAG 2.1 A/AA). Then the
// accessibility toolbar, used with the keyboard only: its settings last across a page load, and
// 恢复默认 clears them.
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { useJourney, visible } from './support/journey.js';
import { expectPublishedPage, fgwSite, openWhenPublished, portal, type PageExpectations } from './support/site.js';

/** Items of the demo content (server/src/modules/library/demo-content.ts) the journey reads. */
const demo = {
  portalNews: '市政府召开第42次常务会议',
  portalSeriesItem: '城东片区供水抢修进展情况（第二次通报）',
  portalPolicy: '明湖市人民政府关于印发明湖市促进民营经济高质量发展若干措施的通知',
  portalInterpretation: '《明湖市促进民营经济高质量发展若干措施》政策解读',
  fgwRepealed: '明湖市发展和改革委员会关于印发《明湖市优化营商环境若干措施》的通知',
  fgwReplacement: '明湖市发展和改革委员会关于印发《明湖市持续优化营商环境若干措施（2026年版）》的通知',
};

describe('citizen reads the published sites', () => {
  const journey = useJourney();
  const main = () => journey.page.locator('main');
  const h1 = () => journey.page.locator('main h1').first();

  /** Opens `url` (waiting for the publisher) and checks it as a published page. */
  async function visit(url: string, screen: string, want: PageExpectations): Promise<void> {
    await openWhenPublished(journey.page, url, 60_000);
    await expectPublishedPage(journey.page, screen, want);
  }

  /** Follows a link the way a person does and checks the page it leads to. */
  async function follow(link: Locator, screen: string, want: PageExpectations): Promise<void> {
    await visible(link);
    const before = journey.page.url();
    await link.first().click();
    await journey.page.waitForURL((u) => u.toString() !== before);
    await journey.page.waitForLoadState('load');
    await expectPublishedPage(journey.page, screen, want);
  }

  async function heading(): Promise<string> {
    return (await h1().innerText()).trim();
  }

  /**
   * A single-page column (单页栏目) shows its one article. The publisher renders it today with the
   * list template (one entry linking the article) instead of the theme's `single` template, so
   * the journey accepts both and checks the article either way.
   */
  async function expectSinglePage(site: PageExpectations['site'], screen: string): Promise<void> {
    const body = main().locator('.article-body');
    if ((await body.count()) === 0) {
      const entries = main().locator('ul.entries li');
      expect(await entries.count(), 'a single-page column has one article').toBe(1);
      await follow(entries.getByRole('link'), screen, { site, isArticle: true });
    }
    expect((await body.innerText()).trim()).not.toBe('');
  }

  /** The first entry link of a list column's page. */
  const firstEntry = (page: Page) => page.locator('main :is(ul.entries, ul.people, ul.cards) li a').first();

  journey.step('the portal home at / once the first build is done', async () => {
    const { page } = journey;
    await openWhenPublished(page, '/', 90_000, (html) => html.includes('class="page-home"'));
    await expectPublishedPage(page, '门户首页', { site: portal, columnType: '首页' });
    expect((await page.locator('header .site-name').innerText()).trim()).toBe(portal.name);
    expect(
      await page.getByRole('navigation', { name: '主导航' }).or(page.locator('nav.main-nav')).first().getByRole('link').count(),
    ).toBeGreaterThan(3);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  journey.step('portal columns: a list (with its pages), a catalogue, a single page and a topic', async () => {
    const { page } = journey;
    await visit('/gzdt/', '门户 列表栏目 工作动态', { site: portal, columnType: '列表栏目' });
    expect(await heading()).toBe('工作动态');
    expect(await main().locator('ul.entries li').count()).toBeGreaterThan(3);
    // A list longer than one page links its pages; the demo's lists fit on one page.
    const pagination = page.getByRole('navigation', { name: '分页' });
    if ((await pagination.count()) > 0) {
      await follow(pagination.getByRole('link').last(), '门户 列表栏目 第二页', { site: portal, columnType: '列表栏目' });
    }
    await visit('/zwgk/', '门户 目录栏目 政务公开', { site: portal, columnType: '目录栏目' });
    expect(await main().locator('section.block').count(), 'a catalogue shows its sub-columns').toBeGreaterThan(1);
    await visit('/dwjj/', '门户 单页栏目', { site: portal, columnType: '单页栏目' });
    await expectSinglePage(portal, '门户 单页栏目的内容');
    await visit('/sswgh/', '门户 专题栏目', { site: portal, columnType: '专题栏目' });
  });

  journey.step('portal items: news, a response series, a leader and an institution', async () => {
    const { page } = journey;
    await visit('/gzdt/', '门户 工作动态', { site: portal, skipAxe: true });
    await follow(main().getByRole('link', { name: demo.portalNews }), '门户 新闻', { site: portal, isArticle: true });
    expect(await heading()).toBe(demo.portalNews);
    await visible(main().getByRole('link', { name: '分享到微博' }));

    await visit('/gzdt/', '门户 工作动态', { site: portal, skipAxe: true });
    await follow(main().getByRole('link', { name: demo.portalSeriesItem }), '门户 回应系列', { site: portal, isArticle: true });
    const series = main().locator('section.series');
    await visible(series);
    expect(await series.locator('li').count(), 'the series lists every report').toBeGreaterThan(2);
    expect(await series.locator('[aria-current="page"]').innerText()).toBe(demo.portalSeriesItem);
    await visible(series.getByText('辟谣'));

    await visit('/ldxx/', '门户 领导列表', { site: portal });
    await follow(firstEntry(page), '门户 领导页', { site: portal, isArticle: true });
    await visible(main().locator('article.person'));

    await visit('/nsjg/', '门户 政府机构', { site: portal });
    await follow(firstEntry(page), '门户 机构页', { site: portal, isArticle: true });
    await visible(main().locator('article.institution'));
  });

  journey.step('portal policy: 文件信息 table, its interpretation, and the way back', async () => {
    const { page } = journey;
    await visit('/gfxwj/', '门户 规范性文件', { site: portal, columnType: '列表栏目' });
    await follow(main().getByRole('link', { name: demo.portalPolicy }), '门户 政策文件', { site: portal, isArticle: true });
    const table = main().getByRole('table', { name: '文件信息' });
    await visible(table);
    for (const label of ['索引号', '发布机构', '成文日期', '文号', '发布日期', '主题分类', '有效性']) {
      expect(await table.getByRole('rowheader', { name: label }).count(), `文件信息 has ${label}`).toBe(1);
    }
    const interpretations = main().getByRole('complementary', { name: '政策解读' });
    await follow(interpretations.getByRole('link', { name: demo.portalInterpretation }), '门户 政策解读', {
      site: portal,
      isArticle: true,
    });
    expect(await heading()).toBe(demo.portalInterpretation);
    const back = main().getByRole('complementary', { name: '解读的政策' }).getByRole('link', { name: demo.portalPolicy });
    await visible(back);
    await back.click();
    await page.waitForURL(/\/gfxwj\//);
    expect(await heading()).toBe(demo.portalPolicy);
  });

  journey.step('the English edition: home and an item', async () => {
    const { page } = journey;
    await visit('/', '门户首页', { site: portal, skipAxe: true });
    await follow(page.locator('header').getByRole('link', { name: 'English' }), 'English home', { site: portal, columnType: '首页' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).pathname).toBe('/en/');
    await follow(main().locator('a[href*="/t20"]').first(), 'English item', { site: portal, isArticle: true });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/.+\.html$/);
  });

  journey.step('繁體中文: the portal in traditional characters, and 简体 goes back', async () => {
    const { page } = journey;
    await visit('/', '门户首页', { site: portal, skipAxe: true });
    await follow(page.locator('header').getByRole('link', { name: '繁體中文' }), '門戶首頁（繁體）', { site: portal, columnType: '首頁' });
    expect(new URL(page.url()).pathname).toBe('/zh-tw/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    const text = await page.locator('body').innerText();
    expect(text).toContain('政府網站'); // 我为政府网站找错 → 我為政府網站找錯
    expect(text).toContain('發展和改革委員會');
    expect(text).not.toContain('政府网站');
    expect(await page.locator('meta[name="Description"]').getAttribute('content')).toContain('門戶網站');
    // Links stay in the traditional edition.
    await follow(main().getByRole('link', { name: '市政府召開第42次常務會議' }), '新聞（繁體）', { site: portal, isArticle: true });
    expect(new URL(page.url()).pathname).toMatch(/^\/zh-tw\/gzdt\/.+\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    await follow(page.locator('header').getByRole('link', { name: '簡體中文' }), '新闻（简体）', {
      site: portal,
      isArticle: true,
      skipAxe: true,
    });
    expect(new URL(page.url()).pathname).toMatch(/^\/gzdt\/.+\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await heading()).toBe(demo.portalNews);
  });

  journey.step('the portal 404 page', async () => {
    const { page } = journey;
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    expect(await heading()).toBe('页面不存在');
    await expectPublishedPage(page, '门户 404', { site: portal });
    await follow(main().getByRole('link', { name: '返回首页' }), '门户首页', { site: portal, columnType: '首页', skipAxe: true });
    expect(new URL(page.url()).pathname).toBe('/');
  });

  journey.step('the 发改委 site: home and its columns', async () => {
    const { page } = journey;
    await visit(fgwSite.root, '发改委首页', { site: fgwSite, columnType: '首页' });
    expect((await page.locator('header .site-name').innerText()).trim()).toBe(fgwSite.name);
    await visit(`${fgwSite.root}gzdt/`, '发改委 列表栏目', { site: fgwSite, columnType: '列表栏目' });
    expect(await main().locator('ul.entries li').count()).toBeGreaterThan(0);
    await visit(`${fgwSite.root}zwgk/`, '发改委 目录栏目', { site: fgwSite, columnType: '目录栏目' });
    await visit(`${fgwSite.root}dwjj/`, '发改委 单页栏目', { site: fgwSite, columnType: '单页栏目' });
    await expectSinglePage(fgwSite, '发改委 单页栏目的内容');
    await visit(`${fgwSite.root}yhyshj/`, '发改委 专题栏目', { site: fgwSite, columnType: '专题栏目' });
  });

  journey.step('the 发改委 site: news, a leader, an institution', async () => {
    const { page } = journey;
    await visit(`${fgwSite.root}gzdt/`, '发改委 工作动态', { site: fgwSite, skipAxe: true });
    await follow(firstEntry(page), '发改委 新闻', { site: fgwSite, isArticle: true });
    await visit(`${fgwSite.root}ldxx/`, '发改委 领导信息', { site: fgwSite });
    await follow(firstEntry(page), '发改委 领导页', { site: fgwSite, isArticle: true });
    await visible(main().locator('article.person'));
    await visit(`${fgwSite.root}nsjg/`, '发改委 内设机构', { site: fgwSite });
    await follow(firstEntry(page), '发改委 机构页', { site: fgwSite, isArticle: true });
    await visible(main().locator('article.institution'));
  });

  journey.step('the 发改委 site: the repealed document shows the banner and links the new one', async () => {
    await visit(`${fgwSite.root}gfxwj/`, '发改委 规范性文件', { site: fgwSite, columnType: '列表栏目' });
    const entry = main().locator('ul.entries li').filter({ hasText: '有效性：已废止' });
    expect(await entry.count()).toBe(1);
    await follow(entry.getByRole('link', { name: demo.fgwRepealed }), '发改委 已废止的文件', { site: fgwSite, isArticle: true });
    const banner = main().locator('.banner[role="note"]');
    await visible(banner);
    expect(await banner.innerText()).toContain('本文件已废止');
    expect(
      await main()
        .getByRole('table', { name: '文件信息' })
        .getByRole('row', { name: /有效性/ })
        .innerText(),
    ).toContain('已废止');
    await follow(banner.getByRole('link', { name: demo.fgwReplacement }), '发改委 现行文件', { site: fgwSite, isArticle: true });
    expect(await heading()).toBe(demo.fgwReplacement);
    expect(await main().locator('.banner').count(), 'the document in force has no banner').toBe(0);
    // …and it has an interpretation of its own.
    const interpretations = main().getByRole('complementary', { name: '政策解读' });
    await follow(interpretations.getByRole('link').first(), '发改委 政策解读', { site: fgwSite, isArticle: true });
    await visible(main().getByRole('complementary', { name: '解读的政策' }).getByRole('link', { name: demo.fgwReplacement }));
  });

  journey.step('the 发改委 site: no traditional edition (it offers none), and its 404 page', async () => {
    const { page } = journey;
    const traditional = await page.goto(`${fgwSite.root}zh-tw/`);
    expect(traditional?.status(), 'a site that does not offer 繁體中文 has no /zh-tw/ pages').toBe(404);
    const response = await page.goto(`${fgwSite.root}gzdt/no-such-item.html`);
    expect(response?.status()).toBe(404);
    expect(await heading()).toBe('页面不存在');
    await expectPublishedPage(page, '发改委 404', { site: fgwSite });
    await follow(main().getByRole('link', { name: '返回首页' }), '发改委首页', { site: fgwSite, columnType: '首页', skipAxe: true });
    expect(new URL(page.url()).pathname).toBe(fgwSite.root);
  });

  // ---- the accessibility toolbar, by keyboard ----

  const toolbarClasses = ['a11y-fs-115', 'a11y-lh', 'a11y-hc', 'a11y-cursor', 'a11y-guide', 'a11y-text'];
  const htmlClasses = async () => (await journey.page.locator('html').getAttribute('class'))?.split(/\s+/).filter(Boolean) ?? [];
  const rootFontSize = () => journey.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const focused = () => journey.page.evaluate(() => document.activeElement?.getAttribute('data-a11y') ?? document.activeElement?.id ?? '');

  /** Tabs forward to the toolbar button `name` (data-a11y), as a keyboard user does, and presses Enter. */
  async function press(name: string): Promise<void> {
    for (let i = 0; i < 20 && (await focused()) !== name; i++) await journey.page.keyboard.press('Tab');
    expect(await focused(), `focus reaches the toolbar button ${name}`).toBe(name);
    await journey.page.keyboard.press('Enter');
  }

  /** Tabs from the top of the page to 无障碍 · 长者模式 and opens the panel with Enter. */
  async function openToolbar(): Promise<void> {
    const { page } = journey;
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 30 && (await focused()) !== 'a11y-entry'; i++) await page.keyboard.press('Tab');
    expect(await focused(), 'Tab reaches the toolbar button').toBe('a11y-entry');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('region', { name: '无障碍工具条' }));
    expect(await page.locator('#a11y-entry').getAttribute('aria-expanded')).toBe('true');
    expect(await focused(), 'focus moves into the panel').toBe('bigger');
  }

  journey.step('the toolbar: larger text, line spacing, high contrast, cursor, cross-hair, text-only, read aloud', async () => {
    const { page } = journey;
    await visit(`${fgwSite.root}gfxwj/`, '发改委 规范性文件', { site: fgwSite, skipAxe: true });
    await page.getByRole('link', { name: demo.fgwReplacement }).click();
    await page.waitForLoadState('load');
    const entry = page.getByRole('button', { name: '无障碍 · 长者模式' });
    await visible(entry);
    const normalSize = await rootFontSize();
    const normalBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await openToolbar();
    const panel = page.getByRole('region', { name: '无障碍工具条' });
    await expectPublishedPage(page, '无障碍工具条（打开）', { site: fgwSite, isArticle: true });

    await press('bigger');
    await visible(panel.getByRole('status').getByText('字号 115%'));
    expect(await htmlClasses()).toContain('a11y-fs-115');
    expect(await rootFontSize()).toBeCloseTo(normalSize * 1.15, 1);

    await press('lh');
    expect(await htmlClasses()).toContain('a11y-lh');
    expect(await panel.locator('[data-a11y="lh"]').getAttribute('aria-pressed')).toBe('true');
    const lineHeight = await page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).lineHeight);
    expect(
      parseFloat(lineHeight) /
        parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).fontSize)),
    ).toBeCloseTo(2, 1);

    await press('hc');
    expect(await htmlClasses()).toContain('a11y-hc');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(normalBackground);

    await press('text');
    expect(await htmlClasses()).toContain('a11y-text');
    // The share QR code (an image) is hidden and its alt text shown in its place.
    const qr = page.locator('.share-wechat img');
    if ((await qr.count()) > 0) {
      expect(await qr.isVisible()).toBe(false);
      await visible(page.locator('.a11y-alt').filter({ hasText: '图片' }));
    }

    await press('cursor');
    expect(await htmlClasses()).toContain('a11y-cursor');
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toContain('url(');

    await press('guide');
    expect(await htmlClasses()).toContain('a11y-guide');
    await page.keyboard.press('Tab'); // the guide follows the keyboard focus
    await page.mouse.move(300, 300);
    await expect.poll(() => page.locator('.a11y-guide-line:not([hidden])').count()).toBe(2);

    // Read aloud: headless Chromium may have no speech engine; then the button says so.
    const readAll = panel.locator('[data-a11y="readall"]');
    expect(await readAll.count()).toBe(1);
    await press('readall');
    if ((await readAll.innerText()).includes('不支持')) {
      expect(await readAll.getAttribute('aria-disabled')).toBe('true');
      await visible(panel.getByRole('status').getByText('此浏览器不支持朗读'));
    } else {
      await press('stop');
    }
    await expectPublishedPage(page, '无障碍工具条（全部打开）', { site: fgwSite, isArticle: true });
  });

  journey.step('the toolbar settings last across a page load; 恢复默认 clears them', async () => {
    const { page } = journey;
    await page.reload();
    await page.waitForLoadState('load');
    for (const c of toolbarClasses) expect(await htmlClasses(), `${c} after reload`).toContain(c);
    // …and on another page of the site.
    await page.goto(fgwSite.root);
    for (const c of toolbarClasses) expect(await htmlClasses(), `${c} on another page`).toContain(c);
    await openToolbar();
    const panel = page.getByRole('region', { name: '无障碍工具条' });
    for (const k of ['lh', 'hc', 'text', 'cursor', 'guide']) {
      expect(await panel.locator(`[data-a11y="${k}"]`).getAttribute('aria-pressed'), k).toBe('true');
    }
    await press('reset');
    await visible(panel.getByRole('status').getByText('已恢复默认设置'));
    for (const c of toolbarClasses) expect(await htmlClasses(), `${c} after reset`).not.toContain(c);
    // Escape closes the panel and gives the focus back to the toolbar button.
    await page.keyboard.press('Escape');
    expect(await page.locator('#a11y-panel').isHidden()).toBe(true);
    expect(await focused()).toBe('a11y-entry');
    await page.reload();
    await page.waitForLoadState('load');
    for (const c of toolbarClasses) expect(await htmlClasses(), `${c} after reset and reload`).not.toContain(c);
    expect(await page.evaluate(() => localStorage.getItem('jiyue.a11y'))).toBeNull();
  });
});
