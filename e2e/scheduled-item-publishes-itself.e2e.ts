// The 发改委's editor schedules a news item (定时发布) for a moment shortly ahead, through the
// editor's date-time picker. The reviewer and the 保密审查员 approve it before that moment: it waits
// as 待发布, locked. Then, with nobody doing anything, it is published at its time by the job
// runner — the editor sees 已发布 on reloading its page — and not before. Each new screen passes axe.
import { describe, expect } from 'vitest';
import { chinaTime, chooseByTyping, chooseTreeNodeByTyping, fgw, logIn, logOut, openFromMenu, toast, typeDate } from './support/console.js';
import { expectAccessible, named, useJourney, visible } from './support/journey.js';

const news = {
  title: `市发展改革委召开重点项目调度会（定时发布 ${Date.now().toString(36)}）`,
  body: '会议听取了全市重点项目建设进展情况汇报，研究解决项目推进中的用地、资金和审批问题。',
};
/**
 * The picker takes minutes, so the time is the first full minute at least this far ahead: enough
 * for the submission and both approvals to finish before it (they take about 15 s). The journey
 * then waits for that minute: 30 to 90 s.
 */
const leadMs = 30_000;

describe('scheduled item publishes itself', () => {
  const journey = useJourney();
  const actions = () => journey.page.getByRole('region', { name: '操作', exact: true });
  const status = () => journey.page.getByRole('region', { name: '状态', exact: true });
  let publishAt: Date;
  let itemPath = '';

  async function statusRow(label: string): Promise<string> {
    const row = status()
      .locator('tr')
      .filter({ has: journey.page.locator('th', { hasText: label }) });
    return (await row.locator('td').innerText()).trim();
  }

  /** Opens `user`'s 我的待办 and approves the item; returns the text of its row before approving. */
  async function approveAs(user: { username: string; name: string }, toastText: string): Promise<string> {
    const { page } = journey;
    await logOut(page);
    await logIn(page, user);
    await openFromMenu(page, '我的待办');
    const row = page.getByRole('row').filter({ hasText: news.title });
    await visible(row);
    const text = await row.innerText();
    await page.getByRole('button', { name: `审核 ${news.title}`, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `审核：${news.title}` });
    await visible(drawer.getByText(news.body));
    await drawer.getByRole('button', { name: named('通过') }).click();
    await toast(page, toastText);
    await drawer.waitFor({ state: 'hidden' });
    return text;
  }

  journey.step('editor-fgw saves a 政务动态 item in the column 工作动态', async () => {
    const { page } = journey;
    await logIn(page, fgw.editor);
    await openFromMenu(page, '信息列表');
    await page.getByRole('button', { name: named('新建信息') }).click();
    const modal = page.getByRole('dialog', { name: '新建信息' });
    await visible(modal);
    await chooseByTyping(modal.getByLabel('信息类型'), '政务动态');
    await chooseByTyping(modal.getByLabel('所属网站'), fgw.siteName);
    await chooseTreeNodeByTyping(modal.getByLabel('发布栏目'), '工作动态');
    await modal.getByRole('button', { name: named('开始编辑') }).click();
    await visible(page.getByRole('heading', { level: 1, name: '新建政务动态' }));
    await page.getByLabel('标题', { exact: true }).fill(news.title);
    await page.getByRole('textbox', { name: '正文' }).click();
    await page.keyboard.type(news.body);
    await actions()
      .getByRole('button', { name: named('保存') })
      .click();
    await page.waitForURL(/\/admin\/library\/\d+/);
    itemPath = new URL(page.url()).pathname;
    await expect.poll(() => statusRow('状态')).toBe('草稿');
  });

  journey.step('sets 定时发布 a little ahead with the date-time picker and submits', async () => {
    const { page } = journey;
    publishAt = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
    await typeDate(page, page.getByLabel('定时发布', { exact: true }), chinaTime(publishAt, true));
    // 提交审核 saves the change first (a new version with the time), then submits it.
    await actions()
      .getByRole('button', { name: named('提交审核') })
      .click();
    await toast(page, '已提交审核');
    await expect.poll(() => statusRow('状态')).toBe('审核中');
    expect(await statusRow('版本')).toBe('第2版');
    expect(await page.getByLabel('定时发布', { exact: true }).inputValue()).toBe(chinaTime(publishAt, true));
  });

  journey.step('reviewer-fgw sees the scheduled time in 我的待办 and approves', async () => {
    const row = await approveAs(fgw.reviewer, '已通过，已转入下一审核环节');
    expect(row).toContain(`${chinaTime(publishAt, true)}:00`);
    expect(row).toContain('第1/共2步');
  });

  journey.step('secrecy-fgw approves the last step: the item waits as 待发布, locked', async () => {
    const { page } = journey;
    await approveAs(fgw.secrecy, `将于 ${chinaTime(publishAt, true)}:00 定时发布`);
    await page.goto(itemPath);
    await expect.poll(() => statusRow('状态')).toBe('待发布');
    expect(Date.now(), 'the approvals finished before the scheduled time').toBeLessThan(publishAt.getTime());
    await visible(page.getByText('信息已审核通过、等待发布，不能修改。'));
    await expectAccessible(page, '编辑政务动态（待发布）');
  });

  journey.step('with nobody acting, reloading the page shows 已发布 soon after the time — not before', async () => {
    const { page } = journey;
    const deadline = publishAt.getTime() + 30_000;
    let state = await statusRow('状态');
    while (state !== '已发布') {
      if (Date.now() > deadline) throw new Error(`still ${state} 30 s after the scheduled time ${publishAt.toISOString()}`);
      await page.waitForTimeout(2_000);
      await page.reload();
      state = await statusRow('状态');
      // A second of grace for rounding: the server and the browser share this machine's clock.
      if (state === '已发布') expect(Date.now(), 'published no earlier than scheduled').toBeGreaterThanOrEqual(publishAt.getTime() - 1_000);
      else expect(state).toBe('待发布');
    }
    // The last approver answers for what is published (谁发布谁负责).
    expect(await statusRow('发布责任人')).toContain(fgw.secrecy.name);
    expect(await statusRow('发布责任人')).toContain(chinaTime(publishAt, true));
  });
});
