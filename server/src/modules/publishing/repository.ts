import { sql, type Generated } from 'kysely';
import { readJson, tables, writeJson, type Ctx } from '../../kernel/index.js';

// All SQL of the publishing module (camelCase; Kysely's CamelCasePlugin maps to snake_case).

export interface PublishingFilesTable {
  siteId: number;
  path: string;
  kind: string;
  itemId: number | null;
  sha256: string;
  gzSha256: string | null;
  brSha256: string | null;
  size: number;
  updatedAt: Generated<string>;
}
export interface PublishingDepsTable {
  siteId: number;
  path: string;
  dep: string;
}
export interface PublishingTemplatesTable {
  siteId: number;
  name: string;
  source: string;
  updatedBy: number | null;
  updatedByName: string;
  updatedAt: Generated<string>;
}
export interface PublishingRedirectsTable {
  siteId: number;
  fromPath: string;
  toPath: string;
  isPrefix: number | boolean;
  createdAt: Generated<string>;
}
export interface PublishingBuildsTable {
  id: Generated<number>;
  siteId: number;
  status: string;
  reason: string;
  shardsTotal: number;
  shardsDone: number;
  pages: number;
  errors: string;
  startedAt: Generated<string>;
  finishedAt: string | null;
}
export interface PublishingVerificationsTable {
  id: Generated<number>;
  siteId: number;
  changed: string;
  added: string;
  missing: string;
  checkedAt: Generated<string>;
}
interface PublishingTables {
  publishingFiles: PublishingFilesTable;
  publishingDeps: PublishingDepsTable;
  publishingTemplates: PublishingTemplatesTable;
  publishingRedirects: PublishingRedirectsTable;
  publishingBuilds: PublishingBuildsTable;
  publishingVerifications: PublishingVerificationsTable;
}

const db = (ctx: Ctx) => tables<PublishingTables>(ctx.db);

// ---- manifest -------------------------------------------------------------------------------

export interface ManifestRow {
  path: string;
  kind: string;
  itemId: number | null;
  sha256: string;
  gzSha256: string | null;
  brSha256: string | null;
  size: number;
}

export async function listManifest(ctx: Ctx, siteId: number): Promise<ManifestRow[]> {
  const rows = await db(ctx)
    .selectFrom('publishingFiles')
    .select(['path', 'kind', 'itemId', 'sha256', 'gzSha256', 'brSha256', 'size'])
    .where('siteId', '=', siteId)
    .execute();
  return rows.map((r) => ({ ...r, itemId: r.itemId === null ? null : Number(r.itemId), size: Number(r.size) }));
}

export async function findManifestRows(ctx: Ctx, siteId: number, paths: string[]): Promise<Map<string, ManifestRow>> {
  const result = new Map<string, ManifestRow>();
  for (let i = 0; i < paths.length; i += 500) {
    const rows = await db(ctx)
      .selectFrom('publishingFiles')
      .select(['path', 'kind', 'itemId', 'sha256', 'gzSha256', 'brSha256', 'size'])
      .where('siteId', '=', siteId)
      .where('path', 'in', paths.slice(i, i + 500))
      .execute();
    for (const r of rows) result.set(r.path, { ...r, itemId: r.itemId === null ? null : Number(r.itemId), size: Number(r.size) });
  }
  return result;
}

export async function countManifest(ctx: Ctx, siteId: number): Promise<number> {
  const row = await db(ctx)
    .selectFrom('publishingFiles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('siteId', '=', siteId)
    .where('kind', '!=', 'asset')
    .where('kind', '!=', 'file')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Paths of an item's page on each site it is published on. */
export async function findItemPages(ctx: Ctx, itemId: number): Promise<Array<{ siteId: number; path: string }>> {
  return (await findItemPagesOf(ctx, [itemId])).map(({ siteId, path }) => ({ siteId, path }));
}

/** The pages of several items, in chunks of 500 ids. */
export async function findItemPagesOf(ctx: Ctx, itemIds: number[]): Promise<Array<{ siteId: number; path: string; itemId: number }>> {
  const result: Array<{ siteId: number; path: string; itemId: number }> = [];
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await db(ctx)
      .selectFrom('publishingFiles')
      .select(['siteId', 'path', 'itemId'])
      .where('itemId', 'in', itemIds.slice(i, i + 500))
      .where('kind', '=', 'item')
      .execute();
    for (const r of rows) result.push({ siteId: Number(r.siteId), path: r.path, itemId: Number(r.itemId) });
  }
  return result;
}

export async function upsertManifest(ctx: Ctx, siteId: number, rows: ManifestRow[]): Promise<void> {
  const now = ctx.now().toISOString();
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200).map((r) => ({ siteId, ...r, updatedAt: now }));
    await db(ctx)
      .insertInto('publishingFiles')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['siteId', 'path']).doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          itemId: eb.ref('excluded.itemId'),
          sha256: eb.ref('excluded.sha256'),
          gzSha256: eb.ref('excluded.gzSha256'),
          brSha256: eb.ref('excluded.brSha256'),
          size: eb.ref('excluded.size'),
          updatedAt: eb.ref('excluded.updatedAt'),
        })),
      )
      .execute();
  }
}

export async function deleteManifestRows(ctx: Ctx, siteId: number, paths: string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += 500) {
    const chunk = paths.slice(i, i + 500);
    await db(ctx).deleteFrom('publishingFiles').where('siteId', '=', siteId).where('path', 'in', chunk).execute();
    await db(ctx).deleteFrom('publishingDeps').where('siteId', '=', siteId).where('path', 'in', chunk).execute();
  }
}

// ---- page graph -----------------------------------------------------------------------------

/** Replaces the recorded dependencies of the given pages. */
export async function replaceDeps(ctx: Ctx, siteId: number, pages: Array<{ path: string; deps: string[] }>): Promise<void> {
  for (let i = 0; i < pages.length; i += 300) {
    const chunk = pages.slice(i, i + 300);
    await db(ctx)
      .deleteFrom('publishingDeps')
      .where('siteId', '=', siteId)
      .where(
        'path',
        'in',
        chunk.map((p) => p.path),
      )
      .execute();
    const rows = chunk.flatMap((p) => [...new Set(p.deps)].map((dep) => ({ siteId, path: p.path, dep })));
    for (let j = 0; j < rows.length; j += 300)
      await db(ctx)
        .insertInto('publishingDeps')
        .values(rows.slice(j, j + 300))
        .execute();
  }
}

/** Pages (per site) that show any of the given dependencies. */
export async function findDependentPages(ctx: Ctx, deps: string[]): Promise<Array<{ siteId: number; path: string }>> {
  if (!deps.length) return [];
  const rows = await db(ctx).selectFrom('publishingDeps').select(['siteId', 'path']).distinct().where('dep', 'in', deps).execute();
  return rows.map((r) => ({ siteId: Number(r.siteId), path: r.path }));
}

// ---- templates ------------------------------------------------------------------------------

export interface TemplateRow {
  name: string;
  source: string;
  updatedBy: number | null;
  updatedByName: string;
  updatedAt: string;
}

export async function listTemplateOverrides(ctx: Ctx, siteId: number): Promise<TemplateRow[]> {
  const rows = await db(ctx)
    .selectFrom('publishingTemplates')
    .select(['name', 'source', 'updatedBy', 'updatedByName', 'updatedAt'])
    .where('siteId', '=', siteId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, updatedBy: r.updatedBy === null ? null : Number(r.updatedBy) }));
}

export async function saveTemplateOverride(
  ctx: Ctx,
  siteId: number,
  row: { name: string; source: string; updatedBy: number | null; updatedByName: string },
): Promise<void> {
  const updatedAt = ctx.now().toISOString();
  await db(ctx)
    .insertInto('publishingTemplates')
    .values({ siteId, ...row, updatedAt })
    .onConflict((oc) =>
      oc
        .columns(['siteId', 'name'])
        .doUpdateSet({ source: row.source, updatedBy: row.updatedBy, updatedByName: row.updatedByName, updatedAt }),
    )
    .execute();
}

export async function deleteTemplateOverride(ctx: Ctx, siteId: number, name: string): Promise<boolean> {
  const result = await db(ctx).deleteFrom('publishingTemplates').where('siteId', '=', siteId).where('name', '=', name).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- redirects ------------------------------------------------------------------------------

export interface RedirectRow {
  fromPath: string;
  toPath: string;
  isPrefix: boolean;
}

export async function listRedirects(ctx: Ctx, siteId: number): Promise<RedirectRow[]> {
  const rows = await db(ctx)
    .selectFrom('publishingRedirects')
    .select(['fromPath', 'toPath', 'isPrefix'])
    .where('siteId', '=', siteId)
    .execute();
  return rows.map((r) => ({ fromPath: r.fromPath, toPath: r.toPath, isPrefix: Boolean(r.isPrefix) }));
}

export async function saveRedirect(ctx: Ctx, siteId: number, row: RedirectRow): Promise<void> {
  await db(ctx)
    .insertInto('publishingRedirects')
    .values({ siteId, fromPath: row.fromPath, toPath: row.toPath, isPrefix: row.isPrefix, createdAt: ctx.now().toISOString() })
    .onConflict((oc) => oc.columns(['siteId', 'fromPath']).doUpdateSet({ toPath: row.toPath, isPrefix: row.isPrefix }))
    .execute();
  // A page that comes back at an address that used to redirect must not redirect any more.
  await db(ctx).deleteFrom('publishingRedirects').where('siteId', '=', siteId).where('fromPath', '=', row.toPath).execute();
}

// ---- builds ---------------------------------------------------------------------------------

export interface BuildRow {
  id: number;
  siteId: number;
  status: string;
  reason: string;
  shardsTotal: number;
  shardsDone: number;
  pages: number;
  errors: string[];
  startedAt: string;
  finishedAt: string | null;
}

function toBuild(r: {
  id: number;
  siteId: number;
  status: string;
  reason: string;
  shardsTotal: number;
  shardsDone: number;
  pages: number;
  errors: unknown;
  startedAt: string;
  finishedAt: string | null;
}): BuildRow {
  return {
    ...r,
    id: Number(r.id),
    siteId: Number(r.siteId),
    shardsTotal: Number(r.shardsTotal),
    shardsDone: Number(r.shardsDone),
    pages: Number(r.pages),
    errors: readJson<string[]>(r.errors, []),
  };
}

export async function insertBuild(ctx: Ctx, siteId: number, reason: string, shardsTotal: number): Promise<BuildRow> {
  const row = await db(ctx)
    .insertInto('publishingBuilds')
    .values({
      siteId,
      status: 'running',
      reason,
      shardsTotal,
      shardsDone: 0,
      pages: 0,
      errors: writeJson([]),
      startedAt: ctx.now().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBuild(row);
}

export async function findBuild(ctx: Ctx, id: number): Promise<BuildRow | undefined> {
  const row = await db(ctx).selectFrom('publishingBuilds').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toBuild(row) : undefined;
}

export async function findLastBuild(ctx: Ctx, siteId: number): Promise<BuildRow | undefined> {
  const row = await db(ctx)
    .selectFrom('publishingBuilds')
    .selectAll()
    .where('siteId', '=', siteId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toBuild(row) : undefined;
}

/** Counts a finished shard; returns the build after the update. */
export async function finishShard(ctx: Ctx, id: number, pages: number, errors: string[]): Promise<BuildRow> {
  await db(ctx)
    .updateTable('publishingBuilds')
    .set((eb) => ({ shardsDone: eb('shardsDone', '+', 1), pages: eb('pages', '+', pages) }))
    .where('id', '=', id)
    .execute();
  if (errors.length) {
    const current = await findBuild(ctx, id);
    await db(ctx)
      .updateTable('publishingBuilds')
      .set({ errors: writeJson([...(current?.errors ?? []), ...errors].slice(0, 100)) })
      .where('id', '=', id)
      .execute();
  }
  return (await findBuild(ctx, id))!;
}

export async function setBuildStatus(
  ctx: Ctx,
  id: number,
  status: string,
  extra: { pages?: number; errors?: string[] } = {},
): Promise<void> {
  await db(ctx)
    .updateTable('publishingBuilds')
    .set({
      status,
      finishedAt: status === 'running' ? null : ctx.now().toISOString(),
      ...(extra.pages !== undefined ? { pages: extra.pages } : {}),
      ...(extra.errors ? { errors: writeJson(extra.errors) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

// ---- tamper checks --------------------------------------------------------------------------

export interface VerificationRow {
  checkedAt: string;
  changed: string[];
  added: string[];
  missing: string[];
}

export async function insertVerification(ctx: Ctx, siteId: number, v: VerificationRow): Promise<void> {
  await db(ctx)
    .insertInto('publishingVerifications')
    .values({
      siteId,
      changed: writeJson(v.changed),
      added: writeJson(v.added),
      missing: writeJson(v.missing),
      checkedAt: v.checkedAt,
    })
    .execute();
}

export async function findLastVerification(ctx: Ctx, siteId: number): Promise<VerificationRow | undefined> {
  const row = await db(ctx)
    .selectFrom('publishingVerifications')
    .selectAll()
    .where('siteId', '=', siteId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    checkedAt: row.checkedAt,
    changed: readJson(row.changed, []),
    added: readJson(row.added, []),
    missing: readJson(row.missing, []),
  };
}

// ---- pending changes ------------------------------------------------------------------------

export interface PendingRow {
  id: number;
  kind: 'item' | 'column' | 'site';
  refId: number;
  siteIds: number[];
}

export async function insertPending(ctx: Ctx, rows: Array<Omit<PendingRow, 'id'>>): Promise<void> {
  if (!rows.length) return;
  await tables<{
    publishingPending: { id: Generated<number>; kind: string; refId: number; siteIds: string; createdAt: Generated<string> };
  }>(ctx.db)
    .insertInto('publishingPending')
    .values(rows.map((r) => ({ kind: r.kind, refId: r.refId, siteIds: writeJson(r.siteIds), createdAt: ctx.now().toISOString() })))
    .execute();
}

export async function takePending(ctx: Ctx, limit: number): Promise<PendingRow[]> {
  const rows = await tables<{ publishingPending: { id: number; kind: string; refId: number; siteIds: string } }>(ctx.db)
    .selectFrom('publishingPending')
    .select(['id', 'kind', 'refId', 'siteIds'])
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind as PendingRow['kind'],
    refId: Number(r.refId),
    siteIds: readJson<number[]>(r.siteIds, []),
  }));
}

export async function deletePending(ctx: Ctx, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await tables<{ publishingPending: { id: number } }>(ctx.db)
      .deleteFrom('publishingPending')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}

/** Item pages (path and item id) of a site whose item ids fall in [from, to). */
export async function listItemPagesInRange(
  ctx: Ctx,
  siteId: number,
  from: number,
  to: number,
): Promise<Array<{ path: string; itemId: number; updatedAt: string }>> {
  const rows = await db(ctx)
    .selectFrom('publishingFiles')
    .select(['path', 'itemId', 'updatedAt'])
    .where('siteId', '=', siteId)
    .where('kind', '=', 'item')
    .where('itemId', '>=', from)
    .where('itemId', '<', to)
    .orderBy('itemId')
    .execute();
  return rows.map((r) => ({ path: r.path, itemId: Number(r.itemId), updatedAt: r.updatedAt }));
}

/** Rows not touched since `before` (left over from an earlier build). */
export async function listStaleManifest(ctx: Ctx, siteId: number, before: string): Promise<string[]> {
  const rows = await db(ctx)
    .selectFrom('publishingFiles')
    .select('path')
    .where('siteId', '=', siteId)
    .where('updatedAt', '<', before)
    .execute();
  return rows.map((r) => r.path);
}

/** Paths of a site's files of one kind under a folder prefix (e.g. one column's list pages). */
export async function listPathsWithPrefix(ctx: Ctx, siteId: number, kind: string, prefix: string): Promise<string[]> {
  // SQLite compares text bytewise: a range on the primary key (site_id, path) finds the prefix
  // (a LIKE with ESCAPE would scan the site's files). PostgreSQL's collation may not order that
  // way, so there the prefix is compared directly.
  let query = db(ctx).selectFrom('publishingFiles').select(['path', 'kind']).where('siteId', '=', siteId);
  query =
    ctx.dialect === 'sqlite'
      ? query.where('path', '>=', prefix).where('path', '<', `${prefix}\uffff`)
      : query.where(sql<boolean>`left(path, ${prefix.length}) = ${prefix}`);
  const rows = await query.execute();
  return rows.filter((r) => r.kind === kind && r.path.startsWith(prefix)).map((r) => r.path);
}
