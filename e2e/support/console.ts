import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { named, visible } from './journey.js';

// What the console journeys share: logging in and out as the demo users, and pickers for antd's
// Select, TreeSelect, Cascader and DatePicker driven by the keyboard.

/** Password of every demo user (server/src/modules/sites/demo.ts). */
export const DEMO_PASSWORD = 'Demo-Passw0rd!';

/** The demo users of the 发改委 site and the names the console shows for them. */
export const fgw = {
  siteName: '明湖市发展和改革委员会',
  editor: { username: 'editor-fgw', name: '市发展改革委信息员' },
  reviewer: { username: 'reviewer-fgw', name: '市发展改革委审核员' },
  secrecy: { username: 'secrecy-fgw', name: '市发展改革委保密审查员' },
};

/** Logs in at /admin/login and waits for the console (the user menu names the user). */
export async function logIn(page: Page, user: { username: string; name: string }, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: named('登录') }).click();
  await visible(page.getByRole('button', { name: `用户菜单：${user.name}` }));
}

/** Logs out through the user menu in the header and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^用户菜单/ }).click();
  await page.getByRole('menuitem', { name: /退出登录/ }).click();
  await page.waitForURL(/\/admin\/login/);
  await visible(page.getByLabel('用户名'));
}

/** Opens a screen from the 主菜单 the way a person does. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: label, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: label }));
}

/** Waits for an antd message toast containing `text` (a success or error message). */
export async function toast(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await visible(page.locator('.ant-message-notice').filter({ hasText: text }), timeout);
}

/** The antd Select (or TreeSelect, Cascader) around a combobox input. */
function selectAround(combobox: Locator): Locator {
  return combobox.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
}

/** Waits until the field shows `text` as its chosen value. */
async function expectChosen(combobox: Locator, text: string | RegExp, timeout = 15_000): Promise<void> {
  await visible(selectAround(combobox).locator('.ant-select-selection-item').filter({ hasText: text }), timeout);
}

/** A pattern matching exactly `text`. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function isChosen(combobox: Locator, text: string | RegExp): Promise<boolean> {
  return (await selectAround(combobox).locator('.ant-select-selection-item').filter({ hasText: text }).count()) > 0;
}

// The pickers below use the keyboard, as the console's README advises: a mouse click on an option
// just after its list opens was now and then lost in these journeys (the list stayed open, nothing
// chosen), while typing and Enter never missed.

/**
 * Picks an option of a searchable antd Select: types the option's label and presses Enter (the
 * filtered list's first option is the active one), then checks that the field shows the label.
 */
export async function chooseByTyping(combobox: Locator, label: string): Promise<void> {
  await combobox.fill(label);
  await combobox.press('Enter');
  await expectChosen(combobox, exactly(label));
}

/**
 * Picks a node of a searchable antd TreeSelect: types its title, which narrows the tree to the
 * node and its ancestors, then moves down from the first (an ancestor is often a catalogue that
 * cannot be chosen) and presses Enter until the field shows the title.
 */
export async function chooseTreeNodeByTyping(combobox: Locator, title: string): Promise<void> {
  await combobox.fill(title);
  const exact = exactly(title);
  for (let step = 0; step < 6 && !(await isChosen(combobox, exact)); step++) {
    if (step > 0) await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await combobox.page().waitForTimeout(100);
  }
  await expectChosen(combobox, exact, 1_000);
}

/**
 * Picks a path of a searchable antd Cascader: types `search`, takes the first result with the
 * arrow key and Enter, and checks that the field shows `shown` (antd writes the path as
 * "一级 / 二级").
 */
export async function chooseCascaderByTyping(combobox: Locator, search: string, shown: string): Promise<void> {
  await combobox.fill(search);
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await expectChosen(combobox, shown);
}

/**
 * Types a value into an antd DatePicker in its display format and confirms it with Enter, as a
 * keyboard user does; then checks that the picker shows what was typed (it keeps its old value
 * when it cannot parse the text).
 */
export async function typeDate(page: Page, input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
  const shown = await input.inputValue();
  if (shown !== value) throw new Error(`the date picker shows "${shown}" after typing "${value}"`);
}

/** `date` as the console's pickers show it in China Standard Time: YYYY-MM-DD or YYYY-MM-DD HH:mm. */
export function chinaTime(date: Date, withTime = false): string {
  // sv-SE formats as "2026-11-23 08:30:00".
  const text = date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false });
  return withTime ? text.slice(0, 16) : text.slice(0, 10);
}

/**
 * A small valid PDF (one empty page, with its cross-reference table) in a temporary folder, for
 * the upload's file chooser. The server identifies uploads by their content, so it must be a PDF.
 */
export function writeSmallPdf(filename: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jiyue-e2e-upload-')), filename);
  fs.writeFileSync(file, body, 'latin1');
  return file;
}
