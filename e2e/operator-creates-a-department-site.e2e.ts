// An operator (the platform administrator) logs in, registers a new department site, builds its
// column structure, puts the columns in order with the keyboard-accessible 上移 button, and finds
// every one of those actions in the audit log. Each screen visited passes axe (WCAG 2.1 AA).
import { describe, expect } from 'vitest';
import { ADMIN_PASSWORD, ADMIN_USERNAME, chooseOption, expectAccessible, named, useJourney, visible } from './support/journey.js';

const site = {
  legalName: '明湖市农业农村局',
  shortName: '市农业农村局',
  code: 'nyncj',
  identifierCode: 'bm99010099',
};
const columns = [
  { name: '通知公告', slug: 'tzgg' },
  { name: '政策文件', slug: 'zcwj' },
  { name: '办事服务', slug: 'bsfw' },
];

describe('operator creates a department site', () => {
  const journey = useJourney();
  const menu = () => journey.page.getByRole('navigation', { name: '主菜单' });
  // antd's Tree puts role="tree" on a hidden helper, not around the nodes: find the card by its heading.
  const columnTree = () => journey.page.locator('.ant-card').filter({ has: journey.page.getByRole('heading', { name: '栏目树' }) });

  /** Top-level column names in the order the 栏目树 shows them. */
  async function columnOrder(): Promise<string[]> {
    const text = await columnTree().innerText();
    return columns
      .map((c) => ({ name: c.name, at: text.indexOf(c.name) }))
      .filter((c) => c.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((c) => c.name);
  }

  journey.step('logs in at /admin/login', async () => {
    const { page } = journey;
    await page.goto('/admin/login');
    await visible(page.getByRole('heading', { level: 1 }));
    await expectAccessible(page, '登录页');
    await page.getByLabel('用户名').fill(ADMIN_USERNAME);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: named('登录') }).click();
    await page.waitForURL(/\/admin\/sites/);
    await visible(menu());
  });

  journey.step('sees 网站管理 with the demo sites and passes axe', async () => {
    const { page } = journey;
    await visible(page.getByRole('heading', { name: '网站管理' }));
    await visible(page.getByRole('cell', { name: 'minghu', exact: true }));
    await expectAccessible(page, '网站管理');
  });

  journey.step('creates a department site by filling in the form', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: named('新建网站') }).click();
    const form = page.getByRole('dialog').filter({ has: page.getByText('新建网站', { exact: true }) });
    await visible(form);
    await form.getByLabel('网站名称（全称）').fill(site.legalName);
    await form.getByLabel('简称').fill(site.shortName);
    await form.getByLabel('网站代码').fill(site.code);
    await chooseOption(page, form.getByLabel('网站类型'), '部门网站');
    await form.getByLabel('网站标识码').fill(site.identifierCode);
    await expectAccessible(page, '新建网站表单');
    await form.getByRole('button', { name: named('保存') }).click();
    await form.waitFor({ state: 'detached' });
    // The new site opens in its detail view; close it and find the site in the list.
    const detail = page.getByRole('dialog').filter({ hasText: `网站详情：${site.legalName}` });
    await visible(detail);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: site.legalName });
    await visible(row);
    expect(await row.innerText()).toContain(site.code);
    expect(await row.innerText()).toContain('部门网站');
  });

  journey.step('opens 栏目管理 for the new site and adds columns', async () => {
    const { page } = journey;
    // 当前网站, by keyboard: focus the search box, type the name, Enter takes the first match.
    const switcher = page.getByLabel('当前网站');
    await switcher.focus();
    await page.keyboard.type(site.legalName);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('site'));
    await visible(
      page.locator('#site-switcher').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').getByText(site.legalName),
    );
    await menu().getByRole('link', { name: '栏目管理' }).click();
    await page.waitForURL(/\/admin\/columns/);
    await visible(page.getByRole('heading', { name: '栏目管理' }));
    await visible(page.getByText(`${site.legalName}的栏目树`));
    await visible(page.getByText('此网站还没有栏目'));
    for (const column of columns) {
      await page.getByRole('button', { name: named('新建顶级栏目') }).click();
      const form = page.getByRole('dialog').filter({ has: page.getByText('新建栏目', { exact: true }) });
      await visible(form);
      await form.getByLabel('栏目名称').fill(column.name);
      await form.getByLabel('栏目标识').fill(column.slug);
      await form.getByLabel('栏目说明').fill(`发布${site.shortName}的${column.name}。`);
      await form.getByRole('button', { name: named('保存') }).click();
      await form.waitFor({ state: 'detached' });
      await visible(columnTree().getByText(column.name));
    }
    expect(await columnOrder()).toEqual(columns.map((c) => c.name));
    await expectAccessible(page, '栏目管理');
  });

  journey.step('moves the last column up with the keyboard-accessible 上移 button', async () => {
    const { page } = journey;
    const [first, second, last] = columns.map((c) => c.name) as [string, string, string];
    // Select the column (a new column is selected already; clicking a selected node would unselect it).
    const heading = page.getByRole('heading', { name: `栏目：${last}` });
    if (!(await heading.isVisible())) await columnTree().getByText(last).click();
    await visible(heading);
    const up = page.getByRole('toolbar', { name: '栏目操作' }).getByRole('button', { name: named('上移') });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(columnOrder, { timeout: 10_000 }).toEqual([first, last, second]);
    // The order was saved, not only drawn: it survives a reload.
    await page.reload();
    await visible(columnTree().getByText(last));
    expect(await columnOrder()).toEqual([first, last, second]);
  });

  journey.step('visits 用户管理 and passes axe', async () => {
    const { page } = journey;
    await menu().getByRole('link', { name: '用户管理' }).click();
    await visible(page.getByRole('heading', { name: '用户管理' }));
    await visible(page.getByRole('cell', { name: ADMIN_USERNAME, exact: true }));
    await expectAccessible(page, '用户管理');
  });

  journey.step('finds each of its actions in 审计日志', async () => {
    const { page } = journey;
    await menu().getByRole('link', { name: '审计日志' }).click();
    await visible(page.getByRole('heading', { name: '审计日志' }));
    const rows = page.getByRole('table').getByRole('row');
    await visible(rows.filter({ hasText: 'sites.column.move' }));
    const entries = async (action: string) => rows.filter({ hasText: action }).allInnerTexts();
    expect(await entries('accounts.session.login')).not.toHaveLength(0);
    const created = await entries('sites.site.create');
    expect(
      created.some((t) => t.includes(site.shortName) || t.includes(site.legalName)),
      `an entry for creating ${site.legalName}`,
    ).toBe(true);
    const columnEntries = (await entries('sites.column.create')).join('\n');
    for (const c of columns) expect(columnEntries, `an entry for creating column ${c.name}`).toContain(c.name);
    expect((await entries('sites.column.move')).join('\n')).toContain(columns[2]!.name);
    await expectAccessible(page, '审计日志');
  });
});
