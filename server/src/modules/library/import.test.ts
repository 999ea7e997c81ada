import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDialect, type TestApp } from '../../test/harness.js';
import { systemActor } from '../accounts/index.js';
import { importCheck } from '../workflow/index.js';
import { exportItems, findItem, importItems, listRelations, type ImportLine } from './index.js';
import { findImportedKeys } from './repository.js';

const policy = (key: string, extra: Partial<ImportLine> = {}): ImportLine => ({
  key,
  type: 'policy',
  site: 'fgw',
  title: `明湖市发展和改革委员会关于${key}的通知`,
  body: '<p>各区县发展改革局：</p><p>现将有关事项通知如下。</p>',
  metadata: {
    publisher: '明湖市发展和改革委员会',
    writtenOn: '2025-06-01',
    issuedOn: '2025-06-03',
    docNo: `明发改〔2025〕${key.length}号`,
    docKind: '通知',
    topic: '国民经济管理、国有资产监管\\宏观经济',
    validity: 'in_force',
    isNormative: false,
  },
  placements: [{ site: 'fgw', column: 'qtwj' }],
  publishedAt: '2025-06-03T10:00:00+08:00',
  ...extra,
});

describe(`library import and export on ${testDialect}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
  });
  afterAll(async () => t?.close());

  async function run(lines: Array<ImportLine | string>, batchSize = 500) {
    return importItems(t.platform.ctx, {
      actor: systemActor,
      lines: lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))),
      check: await importCheck(t.platform.ctx),
      batchSize,
    });
  }

  it('imports valid lines, reports each bad one by line number, and stores nothing of a bad line', async () => {
    const report = await run([
      policy('a1', { relations: [{ kind: 'related', to: 'a3' }] }),
      '{not json',
      policy('a2', { metadata: { publisher: 'x', writtenOn: '2025-06-05', issuedOn: '2025-06-01', docKind: '通知', topic: '不存在的分类', validity: 'in_force' } }),
      policy('a3', { placements: [{ site: 'fgw', column: 'no-such-column' }] }),
      policy('a4', { placements: [{ site: 'fgw', column: 'zcwj' }] }),
      policy('a5', { placements: [{ site: 'fgw', column: 'gfxwj' }, { site: 'minghu', column: 'gfxwj' }] }),
    ]);
    expect(report.total).toBe(6);
    expect(report.imported).toBe(2);
    expect(report.failed.map((f) => [f.line, f.code])).toEqual([
      [2, 'LIBRARY_IMPORT_LINE_INVALID'],
      [3, 'LIBRARY_ITEM_INVALID'],
      [4, 'LIBRARY_IMPORT_LINE_INVALID'],
      [5, 'LIBRARY_PLACEMENT_INVALID'],
      // a1 is stored, but its relation points at a3, which failed.
      [1, 'LIBRARY_RELATION_TARGET_NOT_FOUND'],
    ]);
    const paths = report.failed.find((f) => f.line === 3)!.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['metadata.topic', 'metadata.issuedOn']));
  });

  it('resumes: a second run skips what was imported, and relations resolve across runs', async () => {
    const first = await run([policy('b1'), policy('b2')]);
    expect(first.imported).toBe(2);
    const second = await run([policy('b1'), policy('b2'), policy('b3', { relations: [{ kind: 'related', to: 'b1' }] })]);
    expect(second).toMatchObject({ imported: 1, skipped: 2, relations: 1 });
    expect(second.failed).toEqual([]);
  });

  it('generates 索引号 in sequence, keeps given ones, and refuses a taken one', async () => {
    await run([policy('c1', { indexNo: 'mh-fgw/2024-00500' })]);
    const report = await run([policy('c2', { metadata: { ...policy('x').metadata!, writtenOn: '2024-03-01', issuedOn: '2024-03-02' } }), policy('c3', { indexNo: 'mh-fgw/2024-00500' })]);
    expect(report.failed.map((f) => f.code)).toEqual(['LIBRARY_INDEX_NO_TAKEN']);
    const exported: ImportLine[] = [];
    for await (const line of exportItems(t.platform.ctx, { siteCode: 'fgw', type: 'policy' })) exported.push(JSON.parse(line) as ImportLine);
    const c2 = exported.find((l) => l.key === 'c2')!;
    expect(c2.indexNo).toBe('mh-fgw/2024-00501');
  });

  it('holds a line with a severe check finding back as a draft', async () => {
    const report = await run([policy('d1', { body: '<p>联系人身份证号：11010519491231002X</p>' })]);
    expect(report.imported).toBe(1);
    expect(report.held).toHaveLength(1);
    expect(report.held[0]!.reasons.join()).toContain('11010519491231002X');
  });

  it('exports what it imported in the same format, with placements, reposts and relations', async () => {
    await run([policy('e1'), policy('e2', { relations: [{ kind: 'amends', to: 'e1' }], placements: [{ site: 'fgw', column: 'gfxwj' }, { site: 'minghu', column: 'gfxwj' }] })]);
    const lines: ImportLine[] = [];
    for await (const line of exportItems(t.platform.ctx, { siteCode: 'fgw' })) lines.push(JSON.parse(line) as ImportLine);
    const e2 = lines.find((l) => l.key === 'e2')!;
    expect(e2.relations).toEqual([{ kind: 'amends', to: 'e1' }]);
    expect(e2.placements).toEqual([
      expect.objectContaining({ site: 'fgw', column: 'gfxwj' }),
      expect.objectContaining({ site: 'minghu', column: 'gfxwj', sourceName: '明湖市发展和改革委员会' }),
    ]);
    expect(e2.state).toBe('published');
    const id = (await findImportedKeys(t.platform.ctx, ['e2'])).get('e2')!;
    const item = await findItem(t.platform.ctx, id);
    expect(item).toMatchObject({ state: 'published', publishedVersion: 1, version: 1 });
    expect((await listRelations(t.platform.ctx, id)).map((r) => r.kind)).toEqual(['amends']);
  });
});
