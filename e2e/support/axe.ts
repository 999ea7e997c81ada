import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules — what GB/T 37668 and the national guideline ask of government sites. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One readable paragraph per violation: the rule, why, and each offending element. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      ${n.html.slice(0, 200)}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Waits until transient feedback (antd message toasts and notifications) has left the page. While
 * a toast fades out its text passes through every contrast level, so scanning mid-fade reports a
 * contrast failure no person ever reads; the toast itself is checked while fully shown where a
 * journey asserts it.
 */
async function settleTransients(page: Page): Promise<void> {
  const transient = page.locator('.ant-message-notice, .ant-notification-notice');
  const deadline = Date.now() + 10_000;
  while ((await transient.count()) > 0) {
    if (Date.now() > deadline) throw new Error(`a message toast stayed on ${page.url()} for more than 10 s`);
    await page.waitForTimeout(100);
  }
}

/**
 * Runs axe on the page as it is now and fails with a readable list when any WCAG 2.1 A/AA rule
 * is violated. `screen` names the page in the message.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settleTransients(page);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} accessibility violation(s) on ${screen} (${page.url()}):\n${describeViolations(results.violations)}`,
    );
  }
}
