// The 发改委 publishes a policy and an interpretation of it (解读 → 政策), each through its review
// chain (editor-fgw submits, reviewer-fgw and secrecy-fgw approve); a citizen then finds the
// interpretation listed on the policy's page and the policy linked from the interpretation's.
// Later a new document repealing the policy (relation 废止) is published, and the original's
// page shows the 废止 banner with a link to the new document. The content goes in through the
// admin API as the demo users (the console's forms are the subject of editor-publishes-a-policy);
// what the citizen sees is checked in the browser, with axe, as soon as the publisher has
// written it (polling, at most 20 s).
import { describe, expect } from 'vitest';
import { DEMO_PASSWORD, chinaTime, fgw } from './support/console.js';
import { useJourney, visible } from './support/journey.js';
import { apiAs, expectPublishedPage, fgwSite, openWhenPublished } from './support/site.js';

const run = Date.now().toString(36);
const today = chinaTime(new Date());
const policy = {
  title: `明湖市发展和改革委员会关于规范停车服务收费的通知（${run}）`,
  docNo: `明发改规〔2026〕${(Date.now() % 90) + 10}号`,
  body: '<p>各区县发展改革局：为规范停车服务收费行为，现将有关事项通知如下。</p>',
};
const interpretation = {
  title: `《关于规范停车服务收费的通知》政策解读（${run}）`,
  body: '<p>一、制定背景。二、主要内容。三、适用范围。</p>',
};
const repealing = {
  title: `明湖市发展和改革委员会关于废止《关于规范停车服务收费的通知》的决定（${run}）`,
  docNo: `明发改规〔2026〕${(Date.now() % 90) + 100}号`,
  body: '<p>经研究，决定废止《关于规范停车服务收费的通知》。</p>',
};

interface Item {
  id: number;
  version: number;
  state: string;
}

const itemOf = (r: Item | { item: Item }): Item => ('item' in r ? r.item : r);

describe('editor publishes an interpretation', () => {
  const journey = useJourney();
  let siteId = 0;
  const columnIds = new Map<string, number>();
  const ids = { policy: 0, interpretation: 0, repealing: 0 };

  const policyMetadata = (docNo: string) => ({
    publisher: fgw.siteName,
    writtenOn: today,
    issuedOn: today,
    docNo,
    docKind: '通知',
    topic: '国民经济管理、国有资产监管\\物价',
    validity: 'in_force',
  });

  /** editor-fgw enters the item, submits it; reviewer-fgw and secrecy-fgw approve: published. */
  async function publishThroughReview(input: {
    type: string;
    column: string;
    title: string;
    body: string;
    metadata: Record<string, unknown>;
    relation?: { kind: string; targetId: number };
  }): Promise<number> {
    const base = journey.server.baseUrl;
    const editor = await apiAs(base, fgw.editor.username, DEMO_PASSWORD);
    const item = await editor.post<Item>('/api/admin/library/items', {
      type: input.type,
      siteId,
      title: input.title,
      body: input.body,
      metadata: input.metadata,
      placements: [{ columnId: columnIds.get(input.column)! }],
    });
    if (input.relation) await editor.post(`/api/admin/library/items/${item.id}/relations`, input.relation);
    // The item's detail wraps it ({ item, placements, relations, … }); the version went up with the relation.
    const current = itemOf(await editor.get<Item | { item: Item }>(`/api/admin/library/items/${item.id}`));
    await editor.post(`/api/admin/workflow/items/${item.id}/submit`, { version: current.version });
    for (const user of [fgw.reviewer, fgw.secrecy]) {
      const api = await apiAs(base, user.username, DEMO_PASSWORD);
      const { items } = await api.get<{ items: Array<{ id: number; itemId: number }> }>('/api/admin/workflow/tasks?state=open&limit=100');
      const task = items.find((t) => t.itemId === item.id);
      expect(task, `${user.username} has the task for “${input.title}”`).toBeDefined();
      await api.post(`/api/admin/workflow/tasks/${task!.id}/approve`, { comment: null });
    }
    const done = itemOf(await editor.get<Item | { item: Item }>(`/api/admin/library/items/${item.id}`));
    expect(done.state).toBe('published');
    return item.id;
  }

  journey.step('the demo platform is published; the 发改委 columns are known', async () => {
    const admin = await apiAs(journey.server.baseUrl);
    const { items: sites } = await admin.get<{ items: Array<{ id: number; code: string }> }>('/api/admin/sites?kind=department&limit=100');
    siteId = sites.find((s) => s.code === fgwSite.code)!.id;
    const { items: columns } = await admin.get<{ items: Array<{ id: number; slug: string }> }>(`/api/admin/sites/${siteId}/columns`);
    for (const c of columns) columnIds.set(c.slug, c.id);
    expect(columnIds.has('gfxwj') && columnIds.has('zcjd')).toBe(true);
    // The demo content is entered and published in the background after the first start.
    await openWhenPublished(journey.page, `${fgwSite.root}gfxwj/`, 90_000, (html) => html.includes('<ul class="entries'));
  });

  journey.step('editor-fgw publishes a policy and its interpretation (reviewed and approved)', async () => {
    ids.policy = await publishThroughReview({
      type: 'policy',
      column: 'gfxwj',
      title: policy.title,
      body: policy.body,
      metadata: policyMetadata(policy.docNo),
    });
    ids.interpretation = await publishThroughReview({
      type: 'interpretation',
      column: 'zcjd',
      title: interpretation.title,
      body: interpretation.body,
      metadata: { form: 'text', interpreter: '明湖市发展和改革委员会价格科' },
      relation: { kind: 'interprets', targetId: ids.policy },
    });
  });

  journey.step('the citizen finds the policy, which lists its interpretation', async () => {
    const { page } = journey;
    await openWhenPublished(page, `${fgwSite.root}gfxwj/`, 20_000, (html) => html.includes(policy.title));
    await page.getByRole('link', { name: policy.title }).click();
    await page.waitForURL(/\/sites\/fgw\/gfxwj\/\d{6}\/t\d{8}_\d+\.html$/);
    const policyUrl = new URL(page.url()).pathname;
    // The policy page may have been written before the interpretation's: wait for the link.
    await openWhenPublished(page, policyUrl, 20_000, (html) => html.includes(interpretation.title));
    expect((await page.locator('main h1').innerText()).trim()).toBe(policy.title);
    await visible(page.getByRole('table', { name: '文件信息' }).getByText(policy.docNo));
    const box = page.getByRole('complementary', { name: '政策解读' });
    await visible(box.getByRole('link', { name: interpretation.title }));
    await expectPublishedPage(page, '新发布的政策文件', { site: fgwSite, isArticle: true });
  });

  journey.step('the interpretation links back to the policy', async () => {
    const { page } = journey;
    await page.getByRole('complementary', { name: '政策解读' }).getByRole('link', { name: interpretation.title }).click();
    await page.waitForURL(/\/sites\/fgw\/zcjd\//);
    expect((await page.locator('main h1').innerText()).trim()).toBe(interpretation.title);
    const back = page.getByRole('complementary', { name: '解读的政策' }).getByRole('link', { name: policy.title });
    await visible(back);
    await expectPublishedPage(page, '新发布的政策解读', { site: fgwSite, isArticle: true });
    await back.click();
    await page.waitForURL(/\/sites\/fgw\/gfxwj\//);
    expect((await page.locator('main h1').innerText()).trim()).toBe(policy.title);
    expect(await page.locator('main .banner').count(), 'a policy in force has no banner').toBe(0);
  });

  journey.step('a document repealing the policy (废止) is published', async () => {
    ids.repealing = await publishThroughReview({
      type: 'policy',
      column: 'gfxwj',
      title: repealing.title,
      body: repealing.body,
      metadata: policyMetadata(repealing.docNo),
      relation: { kind: 'repeals', targetId: ids.policy },
    });
  });

  journey.step('the original shows the 废止 banner and links the repealing document', async () => {
    const { page } = journey;
    const policyUrl = new URL(page.url()).pathname;
    await openWhenPublished(page, policyUrl, 20_000, (html) => html.includes('本文件已废止') && html.includes(repealing.title));
    const banner = page.locator('main .banner[role="note"]');
    await visible(banner);
    expect(await banner.innerText()).toContain('本文件已废止');
    expect(
      await page
        .getByRole('table', { name: '文件信息' })
        .getByRole('row', { name: /有效性/ })
        .innerText(),
    ).toContain('已废止');
    await expectPublishedPage(page, '已废止的政策文件', { site: fgwSite, isArticle: true });
    // The list marks it too.
    await openWhenPublished(page, `${fgwSite.root}gfxwj/`, 20_000, (html) => html.includes(repealing.title));
    const entry = page.locator('main ul.entries li').filter({ has: page.getByRole('link', { name: policy.title }) });
    expect(await entry.innerText()).toContain('已废止');
    await page.goBack();
    await page.locator('main .banner').getByRole('link', { name: repealing.title }).click();
    await page.waitForURL(/\/sites\/fgw\/gfxwj\//);
    expect((await page.locator('main h1').innerText()).trim()).toBe(repealing.title);
    expect(await page.locator('main .banner').count()).toBe(0);
    await expectPublishedPage(page, '废止决定', { site: fgwSite, isArticle: true });
  });
});
