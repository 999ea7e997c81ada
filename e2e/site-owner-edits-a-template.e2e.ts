// The 发改委's site administrator looks at how the site is published (网站发布: its address, the last
// build, a tamper check that finds nothing), then changes the site's page layout in 模板管理. A
// variable that does not exist is refused on save with the line it is on, and the editor keeps the
// text; once fixed, the template saves (已自定义), the preview shows the change, and 恢复默认 brings
// the theme's template back. Each console screen visited passes axe (WCAG 2.1 AA); the previewed
// page itself is the theme's, checked by the citizen journeys.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { fgw, logIn, openFromMenu, toast } from './support/console.js';
import { expectAccessible, named, useJourney, visible } from './support/journey.js';
import { adminApi } from './support/server.js';

/** The 发改委's site administrator (server/src/modules/sites/demo.ts, role 网站管理员). */
const siteAdmin = { username: 'siteadmin-fgw', name: '市发展改革委网站管理员' };
/** Text the fixed template adds to every page, unique to this run. */
const marker = `模板修改测试${Date.now().toString(36)}`;

interface TemplateDetail {
  name: string;
  source: string;
  themeSource: string;
  isOverridden: boolean;
}

describe('site owner edits a template', () => {
  const journey = useJourney();
  const menu = () => journey.page.getByRole('navigation', { name: '主菜单' });
  const editor = () => journey.page.getByRole('textbox', { name: /的源代码$/ });
  const toolbar = () => journey.page.getByRole('region', { name: '模板操作', exact: true });
  const lastBuild = () => journey.page.getByRole('region', { name: '最近一次发布', exact: true });
  let siteId = 0;
  /** The page layout: the site's template whose source closes the <body>, so it frames every page. */
  let layout: TemplateDetail;
  /** Line of `</body>` in the layout (1-based): where the broken and the fixed line go. */
  let bodyEndLine = 0;

  /** The layout's source with `line` put in before `</body>`, which is then on line bodyEndLine. */
  const withLine = (line: string) => {
    const lines = layout.themeSource.split('\n');
    lines.splice(bodyEndLine - 1, 0, line);
    return lines.join('\n');
  };

  async function openTemplate(page: Page, name: string): Promise<void> {
    await openFromMenu(page, '模板管理');
    await page.getByRole('link', { name: `编辑模板 ${name}`, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `编辑模板：${name}` }));
    await visible(editor());
  }

  journey.step('siteadmin-fgw logs in and chooses the 发改委 site', async () => {
    const { page } = journey;
    await logIn(page, siteAdmin);
    // 当前网站, by keyboard: type the name, Enter takes the first match.
    const switcher = page.getByLabel('当前网站');
    await switcher.focus();
    await page.keyboard.type(fgw.siteName);
    await page.keyboard.press('Enter');
    await visible(page.locator('#site-switcher').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').getByText(fgw.siteName));
    await page.waitForURL((url) => Number(url.searchParams.get('site')) > 0);
    siteId = Number(new URL(page.url()).searchParams.get('site'));
    await visible(menu().getByRole('link', { name: '网站发布', exact: true }));
    await visible(menu().getByRole('link', { name: '模板管理', exact: true }));
  });

  journey.step('网站发布 shows the site address and the first build; the tamper check finds nothing', async () => {
    const { page } = journey;
    await openFromMenu(page, '网站发布');
    await visible(page.getByText(`${fgw.siteName}的静态页面`));
    const address = page.getByRole('region', { name: '发布地址', exact: true }).getByRole('link');
    await visible(address);
    expect(await address.getAttribute('target')).toBe('_blank');
    expect(await address.getAttribute('rel')).toContain('noopener');
    // The first start publishes the demo platform: wait for that build to finish (the screen refreshes itself).
    await visible(lastBuild().getByText('已完成'), 90_000);
    await expectAccessible(page, '网站发布');
    await page.getByRole('button', { name: named('防篡改检查') }).click();
    await toast(page, '防篡改检查完成，未发现篡改');
    await visible(page.getByRole('region', { name: '防篡改检查', exact: true }).getByText('未发现篡改'));
  });

  journey.step('模板管理 lists the theme templates, none of them changed yet, and passes axe', async () => {
    const { page } = journey;
    // Which template is the layout is the theme's business: look it up rather than assume a name.
    const api = await adminApi(journey.server.baseUrl);
    const base = `/api/admin/publishing/sites/${siteId}/templates`;
    const { items } = await api.get<{ items: Array<{ name: string }> }>(base);
    for (const { name } of items) {
      const detail = await api.get<TemplateDetail>(`${base}/${encodeURIComponent(name)}`);
      if (detail.themeSource.includes('</body>')) {
        layout = detail;
        break;
      }
    }
    expect(layout, 'a template with </body> (the page layout)').toBeDefined();
    bodyEndLine = layout.themeSource.split('\n').findIndex((l) => l.includes('</body>')) + 1;

    await openFromMenu(page, '模板管理');
    await visible(page.getByText('模板仅支持 Liquid 标签，不能执行代码').first());
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `编辑模板 ${layout.name}`, exact: true }) });
    await visible(row);
    expect(await row.innerText()).toContain('主题默认');
    await expectAccessible(page, '模板管理');
  });

  journey.step('an unknown variable is refused on save with its line, and the editor keeps the text', async () => {
    const { page } = journey;
    await page.getByRole('link', { name: `编辑模板 ${layout.name}`, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `编辑模板：${layout.name}` }));
    expect(await editor().inputValue()).toBe(layout.themeSource);
    await visible(page.getByText('模板仅支持 Liquid 标签，不能执行代码').first());

    const broken = withLine('<p>{{ noSuchVariable }}</p>');
    await editor().fill(broken);
    await toolbar()
      .getByRole('button', { name: named('保存') })
      .click();
    const problem = page.getByRole('alert').filter({ hasText: '模板有错误，没有保存' });
    await visible(problem);
    expect(await problem.innerText()).toContain(`第 ${bodyEndLine} 行`);
    expect(await editor().inputValue()).toBe(broken);
    expect(await editor().getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, '编辑模板（保存被拒绝）');

    // 定位到第 N 行 puts the keyboard focus in the editor, on that line.
    await problem.getByRole('button', { name: named(`定位到第 ${bodyEndLine} 行`) }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('template-source');
  });

  journey.step('the fixed template saves and is marked 已自定义; the preview shows the change', async () => {
    const { page } = journey;
    await editor().fill(withLine(`<p>${marker}</p>`));
    await toolbar()
      .getByRole('button', { name: named('保存') })
      .click();
    await toast(page, '模板已保存');
    await visible(toolbar().getByText('已自定义'));
    await visible(toolbar().getByText('没有未保存的修改。'));

    await page.getByRole('radio', { name: '首页' }).check();
    await page.getByRole('button', { name: named('预览') }).click();
    const frame = page.locator('iframe[title="模板预览：首页"]');
    await visible(frame);
    // Sandboxed without any permission (no scripts, no access to the console), so the page is
    // read from the frame's srcdoc: the journey cannot run code in it either.
    expect(await frame.getAttribute('sandbox')).toBe('');
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    expect(html).toContain(`<p>${marker}</p>`);
    expect(html).not.toContain('noSuchVariable');
  });

  journey.step('模板管理 lists the layout as 已自定义; 恢复默认 brings the theme template back', async () => {
    const { page } = journey;
    await openFromMenu(page, '模板管理');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `编辑模板 ${layout.name}`, exact: true }) });
    await visible(row.getByText('已自定义'));
    // 修改人: the administrator, by display name or user name.
    expect(await row.innerText()).toMatch(new RegExp(`${siteAdmin.name}|${siteAdmin.username}`));

    await openTemplate(page, layout.name);
    expect(await editor().inputValue()).toContain(marker);
    await toolbar()
      .getByRole('button', { name: named('恢复默认') })
      .click();
    const confirm = page.getByRole('dialog').filter({ hasText: `恢复模板“${layout.name}”的默认版本？` });
    await visible(confirm);
    await confirm.getByRole('button', { name: named('恢复默认') }).click();
    await toast(page, '已恢复默认模板');
    await visible(toolbar().getByText('主题默认'));
    expect(await editor().inputValue()).toBe(layout.themeSource);
    await expectAccessible(page, '编辑模板');
  });
});
