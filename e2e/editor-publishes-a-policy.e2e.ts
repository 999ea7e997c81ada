// The 发改委's editor enters a policy document (政策文件) with its metadata, a body and a PDF
// attachment in the console. The content check refuses the submission while the body carries a
// gambling advertisement; once the editor removes it, the policy goes through 部门审核 and 保密审查
// and is published, with the last approver recorded as 发布责任人 (谁发布谁负责). On the way the
// reviewer returns another item with a comment. Each screen visited passes axe (WCAG 2.1 AA).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import {
  chinaTime,
  chooseByTyping,
  chooseCascaderByTyping,
  chooseTreeNodeByTyping,
  fgw,
  logIn,
  logOut,
  openFromMenu,
  toast,
  typeDate,
  writeSmallPdf,
} from './support/console.js';
import { expectAccessible, named, useJourney, visible } from './support/journey.js';

const today = new Date();
const policy = {
  title: `明湖市发展和改革委员会关于进一步规范价格收费行为的通知（${Date.now().toString(36)}）`,
  publisher: fgw.siteName,
  docNo: '明发改规〔2026〕3号',
  writtenOn: chinaTime(new Date(today.getTime() - 3 * 86_400_000)),
  issuedOn: chinaTime(today),
  docKind: '通知',
  topic: { search: '物价', shown: '国民经济管理、国有资产监管 / 物价' },
  validity: '有效',
  body: '各区县发展改革局，市直有关单位：为进一步规范涉企收费行为，现将有关事项通知如下。',
  gambling: '澳门新葡京',
  attachment: '价格收费目录清单.pdf',
};
/** The item of the demo that waits in reviewer-fgw's inbox (server/src/modules/library/demo-content.ts). */
const demoInReview = '市发展改革委召开民营企业座谈会';

describe('editor publishes a policy', () => {
  const journey = useJourney();
  const actions = () => journey.page.getByRole('region', { name: '操作', exact: true });
  const status = () => journey.page.getByRole('region', { name: '状态', exact: true });
  const checks = () => journey.page.getByRole('region', { name: '内容检查', exact: true });
  const body = () => journey.page.getByRole('textbox', { name: '正文' });
  let itemPath = '';

  /** The text of the 状态 panel's row `label`. */
  async function statusRow(label: string): Promise<string> {
    const row = status()
      .locator('tr')
      .filter({ has: journey.page.locator('th', { hasText: label }) });
    return (await row.locator('td').innerText()).trim();
  }

  journey.step('editor-fgw logs in and opens 信息列表, which passes axe', async () => {
    const { page } = journey;
    await logIn(page, fgw.editor);
    await openFromMenu(page, '信息列表');
    // The demo content is entered in the background after the server starts: wait for it.
    await visible(page.getByRole('table').getByRole('link').first(), 30_000);
    await expectAccessible(page, '信息列表');
  });

  journey.step('新建信息: a 政策文件 of the 发改委 in the column 规范性文件', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: named('新建信息') }).click();
    const modal = page.getByRole('dialog', { name: '新建信息' });
    await visible(modal);
    await chooseByTyping(modal.getByLabel('信息类型'), '政策文件');
    await chooseByTyping(modal.getByLabel('所属网站'), fgw.siteName);
    await chooseTreeNodeByTyping(modal.getByLabel('发布栏目'), '规范性文件');
    await visible(modal.getByText('这类信息保存后自动生成索引号。'));
    await expectAccessible(page, '新建信息');
    await modal.getByRole('button', { name: named('开始编辑') }).click();
    await page.waitForURL(/\/admin\/library\/new\?/);
    await visible(page.getByRole('heading', { level: 1, name: '新建政策文件' }));
    expect(await statusRow('索引号')).toBe('保存后自动生成');
  });

  journey.step('fills in the title, the policy metadata and a body typed into the editor', async () => {
    const { page } = journey;
    await page.getByLabel('标题', { exact: true }).fill(policy.title);
    await page.getByLabel('发布机构').fill(policy.publisher);
    await typeDate(page, page.getByLabel('成文日期'), policy.writtenOn);
    await typeDate(page, page.getByLabel('发布日期'), policy.issuedOn);
    await page.getByLabel('文号').fill(policy.docNo);
    await chooseByTyping(page.getByLabel('文种'), policy.docKind);
    await chooseCascaderByTyping(page.getByLabel('主题分类'), policy.topic.search, policy.topic.shown);
    await chooseByTyping(page.getByLabel('有效性'), policy.validity);
    await body().click();
    await page.keyboard.type(policy.body);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`详情请咨询${policy.gambling}客服。`);
    expect(await body().innerText()).toContain(policy.gambling);
  });

  journey.step('保存 gives the policy its 索引号', async () => {
    const { page } = journey;
    await actions()
      .getByRole('button', { name: named('保存') })
      .click();
    await page.waitForURL(/\/admin\/library\/\d+/);
    itemPath = new URL(page.url()).pathname;
    await visible(page.getByRole('heading', { level: 1, name: '编辑政策文件' }));
    const year = policy.writtenOn.slice(0, 4);
    await expect.poll(() => statusRow('索引号')).toMatch(new RegExp(`^mh-fgw/${year}-\\d{5}$`));
    expect(await statusRow('状态')).toBe('草稿');
    expect(await statusRow('版本')).toBe('第1版');
    // The column chosen in 新建信息 became the policy's first placement.
    await visible(page.getByRole('region', { name: '发布位置', exact: true }).getByText('规范性文件'));
  });

  journey.step('uploads a PDF as an attachment', async () => {
    const { page } = journey;
    const file = writeSmallPdf(policy.attachment);
    const panel = page.getByRole('region', { name: '附件', exact: true });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: named('上传附件') }).click();
    await (await chooser).setFiles(file);
    await toast(page, `已上传“${policy.attachment}”`);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    const row = panel.getByRole('row').filter({ hasText: policy.attachment });
    await visible(row);
    expect(await row.innerText()).toContain('文档（pdf）');
  });

  journey.step('提交审核 is refused: the checks panel names the gambling phrase as 严重', async () => {
    const { page } = journey;
    await actions()
      .getByRole('button', { name: named('提交审核') })
      .click();
    await toast(page, '内容检查发现严重问题，修改后才能提交审核');
    const finding = checks().getByRole('listitem').filter({ hasText: policy.gambling });
    await visible(finding);
    const text = await finding.innerText();
    expect(text).toContain('严重');
    expect(text).toContain('位置：正文');
    await visible(checks().getByText(/有 1 项严重问题/));
    expect(
      await actions()
        .getByRole('button', { name: named('提交审核') })
        .isDisabled(),
    ).toBe(true);
    expect(await statusRow('状态')).toBe('草稿');
    await expectAccessible(page, '编辑政策文件（内容检查有严重问题）');
  });

  journey.step('removes the phrase, saves, runs 内容检查 and submits: 审核中', async () => {
    const { page } = journey;
    await body().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(policy.body);
    expect(await body().innerText()).not.toContain(policy.gambling);
    await actions()
      .getByRole('button', { name: named('保存') })
      .click();
    await toast(page, '已保存为第2版');
    await actions()
      .getByRole('button', { name: named('内容检查') })
      .click();
    await toast(page, '内容检查完成，没有发现问题');
    await visible(checks().getByText('没有发现问题'));
    const submit = actions().getByRole('button', { name: named('提交审核') });
    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    await toast(page, '已提交审核');
    await expect.poll(() => statusRow('状态')).toBe('审核中');
    await visible(page.getByText('信息正在审核，不能修改'));
  });

  journey.step('reviewer-fgw logs in: 我的待办 lists the policy at 部门审核 and passes axe', async () => {
    const { page } = journey;
    await logOut(page);
    await logIn(page, fgw.reviewer);
    await openFromMenu(page, '我的待办');
    const row = page.getByRole('row').filter({ hasText: policy.title });
    await visible(row);
    const text = await row.innerText();
    expect(text).toContain('第1/共2步');
    expect(text).toContain(fgw.editor.name);
    await expectAccessible(page, '我的待办');
  });

  journey.step('the reviewer returns another item, and must say why', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: `审核 ${demoInReview}`, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `审核：${demoInReview}` });
    await visible(drawer);
    await drawer.getByRole('button', { name: named('退回') }).click();
    await visible(drawer.getByText('退回时请写明原因和修改意见'));
    await drawer.getByLabel('审核意见').fill('请补充座谈会的时间和地点。');
    await drawer.getByRole('button', { name: named('退回') }).click();
    await toast(page, `已退回“${demoInReview}”`);
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '已退回' }).click();
    const row = page.getByRole('row').filter({ hasText: demoInReview });
    await visible(row);
    expect(await row.innerText()).toContain('请补充座谈会的时间和地点。');
    await page.getByRole('tab', { name: '待审核' }).click();
  });

  journey.step('the reviewer opens the policy in the review drawer (axe) and approves it', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: `审核 ${policy.title}`, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `审核：${policy.title}` });
    await visible(drawer);
    await visible(drawer.getByText(policy.docNo));
    await visible(drawer.getByText(policy.body));
    await visible(drawer.getByText('未发现问题。'));
    await visible(drawer.getByText(policy.attachment));
    await expectAccessible(page, '审核抽屉');
    await drawer.getByRole('button', { name: named('通过') }).click();
    await toast(page, '已通过，已转入下一审核环节');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: policy.title }).waitFor({ state: 'detached' });
  });

  journey.step('secrecy-fgw logs in: 我的待办 shows the 保密审查 step; 通过 publishes the policy', async () => {
    const { page } = journey;
    await logOut(page);
    await logIn(page, fgw.secrecy);
    await openFromMenu(page, '我的待办');
    const row = page.getByRole('row').filter({ hasText: policy.title });
    await visible(row);
    const text = await row.innerText();
    expect(text).toContain('保密审查');
    expect(text).toContain('第2/共2步');
    await page.getByRole('button', { name: `审核 ${policy.title}`, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `审核：${policy.title}` });
    await visible(drawer.getByText(fgw.reviewer.name));
    await drawer.getByRole('button', { name: named('通过') }).click();
    await toast(page, `已通过，“${policy.title}”已发布`);
    await drawer.waitFor({ state: 'hidden' });
  });

  journey.step('the policy shows 已发布 with 发布责任人 = the 保密审查员', async () => {
    const { page } = journey;
    await page.getByRole('tab', { name: '已通过' }).click();
    await page.getByRole('row').filter({ hasText: policy.title }).getByRole('link', { name: policy.title }).click();
    await page.waitForURL((url) => url.pathname === itemPath);
    await expect.poll(() => statusRow('状态')).toBe('已发布');
    expect(await statusRow('发布责任人')).toContain(fgw.secrecy.name);
    expect(await statusRow('索引号')).toMatch(/^mh-fgw\/\d{4}-\d{5}$/);
    await expectAccessible(page, '编辑政策文件（已发布）');
  });
});
