import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export { expectAccessible } from './axe.js';
export { ADMIN_PASSWORD, ADMIN_USERNAME } from './server.js';

/**
 * The accessible name of an antd button: antd puts a space between two Chinese characters
 * ("登 录"), and an icon adds its own label in front ("plus 新建网站"), so match the text with or
 * without spaces between its characters, after an optional icon name.
 */
export function named(text: string): RegExp {
  const escaped = [...text].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*(?:[a-z-]+\\s+)?${escaped.join('\\s*')}\\s*$`);
}

/**
 * Picks `text` in an antd Select. antd's role="option" elements are a hidden mirror for screen
 * readers; the visible list is what a mouse user clicks, so the option is found by its title there.
 */
export async function chooseOption(page: Page, combobox: Locator, text: string): Promise<void> {
  const select = combobox.locator('xpath=ancestor::div[contains(@class,"ant-select")][1]');
  const chosen = select.locator('.ant-select-selection-item').filter({ hasText: text });
  // A click on an option just after its list opened is now and then lost (the list stays open,
  // nothing chosen): check the field and try again, as a person would.
  for (let attempt = 1; ; attempt++) {
    // The selected value's label lies over the combobox input: click through it, as a person does.
    await combobox.click({ force: true });
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text });
    await option.first().click();
    try {
      await chosen.first().waitFor({ state: 'visible', timeout: 2_000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  // Let the list finish closing so that what follows (an axe check) sees the settled form.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

/** Waits until the locator is visible (playwright-core has no auto-waiting `expect`). */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

export interface Journey {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /**
   * One step of the story. Steps run in order on the same page; after a failed step the rest are
   * skipped (they would only fail for the same reason).
   */
  step(name: string, fn: () => Promise<void>): void;
}

/**
 * Sets up one journey for a test file: a server on a fresh data folder and a browser page, closed
 * after the file. A failing step saves a screenshot under test-results/e2e/ and prints the
 * server's recent output. The steps of a journey share the page and run in order.
 */
export function useJourney(options: { demo?: boolean } = {}): Journey {
  let hasFailed = false;
  const journey = {
    step(name: string, fn: () => Promise<void>) {
      it(name, async (ctx) => {
        if (hasFailed) ctx.skip('an earlier step of this journey failed');
        await fn();
      });
    },
  } as Journey;
  beforeAll(async () => {
    journey.server = await startServer({ demo: options.demo ?? true });
    journey.browser = await launchBrowser();
    const { context, page } = await newPage(journey.browser, journey.server.baseUrl);
    journey.context = context;
    journey.page = page;
  });
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    hasFailed = true;
    if (!journey.page) return;
    try {
      const file = await screenshot(journey.page, `${task.file?.name.replace(/^.*\//, '').replace(/\.e2e\.ts$/, '')}--${task.name}`);
      console.error(
        `\nstep failed: ${task.name}\n  page: ${journey.page.url()}\n  screenshot: ${file}\n  server output (last lines):\n${journey.server?.output().slice(-3000) ?? ''}`,
      );
    } catch (error) {
      console.error(`could not take a screenshot: ${String(error)}`);
    }
  });
  afterAll(async () => {
    await journey.context?.close();
    await journey.browser?.close();
    await journey.server?.stop();
  });
  return journey;
}
