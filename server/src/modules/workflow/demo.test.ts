import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../sites/index.js';

interface ItemJson {
  id: number;
  type: string;
  siteId: number;
  title: string;
  state: string;
  version: number;
  publishedVersion: number | null;
  validity: string | null;
  metadata: Record<string, unknown>;
}

// The demo library is entered through the editorial use cases (create, place, link, submit, approve).
describe(`demo library content on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let items: ItemJson[];
  let sites: Array<{ id: number; code: string; legalName: string }>;
  const site = (code: string) => sites.find((s) => s.code === code)!;

  beforeAll(async () => {
    t = await createTestApp({ demo: true, demoContent: true });
    admin = await t.login('admin', ADMIN_PASSWORD);
    sites = (await admin.get('/api/admin/sites?limit=200')).json().items;
    items = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/api/admin/library/items?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      items.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
  }, 60_000);
  afterAll(async () => t?.close());

  it('holds at least 60 items of every content type', async () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    const types = (await admin.get('/api/admin/library/vocabulary')).json().types.map((ty: { key: string }) => ty.key);
    expect(types.length).toBeGreaterThanOrEqual(10);
    for (const type of types) expect(items.filter((i) => i.type === type).length, type).toBeGreaterThan(0);
    for (const code of ['minghu', 'fgw', 'jyj', 'wjw', 'linhu']) expect(items.some((i) => i.siteId === site(code).id), code).toBe(true);
  });

  it('leaves two drafts and one item in review, and publishes the rest', () => {
    const byState = (state: string) => items.filter((i) => i.state === state);
    expect(byState('draft')).toHaveLength(2);
    expect(byState('in_review')).toHaveLength(1);
    expect(byState('published')).toHaveLength(items.length - 3);
    for (const i of byState('published')) expect(i.publishedVersion, i.title).toBe(i.version);
    for (const i of [...byState('draft'), ...byState('in_review')]) {
      expect(i.siteId).toBe(site('fgw').id);
      expect(i.publishedVersion).toBeNull();
    }
  });

  it('marks the 2023 fgw policy repealed, linked from the policy that repealed it', async () => {
    const found = (await admin.get(`/api/admin/library/items?q=${encodeURIComponent('明发改规〔2023〕2号')}`)).json().items as ItemJson[];
    expect(found).toHaveLength(1);
    const old = found[0]!;
    expect(old).toMatchObject({ type: 'policy', siteId: site('fgw').id, validity: 'repealed', state: 'published' });
    expect(old.metadata.validity).toBe('repealed');
    const relations = (await admin.get(`/api/admin/library/items/${old.id}`)).json().relations;
    const repealedBy = relations.filter((r: { kind: string; direction: string }) => r.kind === 'repeals' && r.direction === 'inverse');
    expect(repealedBy).toEqual([expect.objectContaining({ label: '被废止', item: expect.objectContaining({ type: 'policy', siteId: site('fgw').id, validity: 'in_force', state: 'published' }) })]);
    expect(items.filter((i) => i.validity === 'repealed').map((i) => i.id)).toEqual([old.id]);
  });

  it('shows departments’ policies reposted on the portal, naming their source', async () => {
    const columns = (await admin.get(`/api/admin/sites/${site('minghu').id}/columns`)).json().items as Array<{ id: number; slug: string }>;
    const gfxwj = columns.find((c) => c.slug === 'gfxwj')!.id;
    const inColumn = (await admin.get(`/api/admin/library/items?limit=100&columnId=${gfxwj}`)).json().items as ItemJson[];
    const foreign = inColumn.filter((i) => i.siteId !== site('minghu').id);
    expect(foreign.length).toBeGreaterThanOrEqual(2);
    for (const item of foreign) {
      const placements = (await admin.get(`/api/admin/library/items/${item.id}`)).json().placements as Array<{ columnId: number; isRepost: boolean; sourceName: string | null }>;
      const repost = placements.find((p) => p.columnId === gfxwj)!;
      expect(repost).toMatchObject({ isRepost: true, sourceName: sites.find((s) => s.id === item.siteId)!.legalName });
      expect(item.state).toBe('published');
    }
    expect(foreign.map((i) => i.siteId)).toEqual(expect.arrayContaining([site('fgw').id]));
  });

  it('puts the in-review item in reviewer-fgw’s inbox and nobody else’s of the portal', async () => {
    const inReview = items.find((i) => i.state === 'in_review')!;
    const reviewer = await t.login('reviewer-fgw', DEMO_PASSWORD);
    const tasks = (await reviewer.get('/api/admin/workflow/tasks')).json().items;
    expect(tasks).toEqual([expect.objectContaining({ itemId: inReview.id, itemTitle: inReview.title, role: 'reviewer', stepIndex: 0, state: 'open' })]);
    const portalReviewer = await t.login('reviewer-portal', DEMO_PASSWORD);
    expect((await portalReviewer.get('/api/admin/workflow/tasks')).json().items).toEqual([]);
  });

  it('stores no blocking finding: the demo passes its own content checks', async () => {
    const { rows } = await sql<{ severity: string; n: number | string }>`select severity, count(*) as n from workflow_findings group by severity`.execute(t.platform.ctx.db);
    expect(rows.filter((r) => r.severity === 'block')).toEqual([]);
    const inReview = items.find((i) => i.state === 'in_review')!;
    const findings = (await admin.get(`/api/admin/workflow/items/${inReview.id}/findings`)).json();
    expect(findings.isBlocked).toBe(false);
  });
});
