// A citizen opens the government portal and then a department's site on the same platform: each
// page names its site, offers navigation, and carries the footer that national rules require
// (网站标识码, ICP备案号, 公安机关备案号, 主办单位, 联系方式) — and passes axe (WCAG 2.1 AA).
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectAccessible, useJourney, visible } from './support/journey.js';
import { adminApi } from './support/server.js';
import { openWhenPublished } from './support/site.js';

/** What every government site page must show (GB/T 标准 / 政府网站发展指引). */
async function expectSiteChrome(page: Page, screen: string): Promise<{ siteName: string; footer: string }> {
  const h1 = page.getByRole('heading', { level: 1 });
  await visible(h1);
  const siteName = (await page.getByRole('banner').innerText()).trim();
  expect(siteName, `${screen}: the page header names the site`).not.toBe('');
  const nav = page.getByRole('navigation').first();
  await visible(nav);
  expect(await nav.getByRole('link').count(), `${screen}: the navigation has links`).toBeGreaterThan(0);
  const footer = page.getByRole('contentinfo');
  await visible(footer);
  const text = await footer.innerText();
  // 10 digits for a government's own site, `bm` and 8 digits for a department's (网站标识码 rules).
  expect(text, `${screen}: footer shows 网站标识码`).toMatch(/网站标识码\s*[:：]?\s*(?:\d{10}|bm\d{8})\b/);
  expect(text, `${screen}: footer shows the ICP 备案号`).toMatch(/ICP备\d+号/);
  expect(text, `${screen}: footer names the sponsor (主办单位)`).toMatch(/主办/);
  return { siteName, footer: text };
}

describe('citizen opens the portal', () => {
  const journey = useJourney();
  let departmentHref: string | undefined;
  let portalName = '';

  journey.step('opens the portal at / and sees its name, navigation and footer', async () => {
    const { page } = journey;
    // The first start publishes the demo sites in the background: wait for the portal's homepage.
    await openWhenPublished(page, '/', 90_000);
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await page.title()).not.toBe('');
    ({ siteName: portalName } = await expectSiteChrome(page, 'portal'));
    // A department site of this platform: one the portal links to (站群导航) if it does, otherwise
    // the first online department site in the registry.
    const links = page.locator('a[href*="/sites/"]');
    if ((await links.count()) > 0) {
      departmentHref = (await links.first().getAttribute('href')) ?? undefined;
    } else {
      const api = await adminApi(journey.server.baseUrl);
      const { items } = await api.get<{ items: Array<{ code: string }> }>('/api/admin/sites?kind=department&status=online&limit=1');
      expect(items.length, 'the demo platform has an online department site').toBeGreaterThan(0);
      departmentHref = `/sites/${items[0]!.code}/`;
    }
  });

  journey.step('the portal passes axe', async () => {
    await expectAccessible(journey.page, '门户首页 /');
  });

  journey.step('follows the link to a department site at /sites/<code>/', async () => {
    const { page } = journey;
    const link = page.locator(`a[href="${departmentHref}"]`);
    if ((await link.count()) > 0) await link.first().click();
    else await page.goto(departmentHref!);
    await page.waitForURL(/\/sites\/[a-z0-9-]+\/?$/);
    await openWhenPublished(page, new URL(page.url()).pathname, 90_000);
    await page.reload();
    const { siteName } = await expectSiteChrome(page, 'department site');
    expect(siteName, 'the department site names itself, not the portal').not.toBe(portalName);
  });

  journey.step('the department site passes axe', async () => {
    await expectAccessible(journey.page, `部门网站 ${new URL(journey.page.url()).pathname}`);
  });

  journey.step('an unknown site answers 404 with a page a person can read', async () => {
    const { page } = journey;
    const response = await page.goto('/sites/no-such-site/');
    expect(response?.status()).toBe(404);
    expect((await page.locator('body').innerText()).trim()).not.toBe('');
  });
});
