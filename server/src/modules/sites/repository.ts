import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import { containsInsensitive, tables, type Ctx } from '../../kernel/index.js';

// All SQL of the sites module. Table and column names are written in camelCase: Kysely's
// CamelCasePlugin maps them to the snake_case of the migrations.

export interface SitesSitesTable {
  id: Generated<number>;
  code: string;
  kind: string;
  status: string;
  parentId: number | null;
  legalName: string;
  shortName: string;
  identifierCode: string | null;
  icpNumber: string | null;
  psbNumber: string | null;
  supervisingUnitId: number | null;
  sponsorUnitId: number | null;
  operatorUnitId: number | null;
  contactAddress: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactPostcode: string | null;
  /** JSON array of language codes. */
  languages: string;
  themeKey: string;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SitesDomainsTable {
  id: Generated<number>;
  siteId: number;
  hostname: string;
  position: number;
}

export interface SitesStatusHistoryTable {
  id: Generated<number>;
  siteId: number;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  actorUserId: number | null;
  actorName: string;
  createdAt: string;
}

export interface SitesColumnsTable {
  id: Generated<number>;
  siteId: number;
  parentId: number | null;
  kind: string;
  /** Language code; defaults to zh-CN in the table. */
  language: string;
  name: string;
  slug: string;
  purpose: string;
  linkUrl: string | null;
  startsOn: string | null;
  endsOn: string | null;
  updateIntervalDays: number | null;
  sortOrder: number;
  isHidden: boolean;
  /** JSON array of keywords. */
  keywords: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SitesTables {
  sitesSites: SitesSitesTable;
  sitesDomains: SitesDomainsTable;
  sitesStatusHistory: SitesStatusHistoryTable;
  sitesColumns: SitesColumnsTable;
}

export type SiteRow = Selectable<SitesSitesTable>;
export type NewSiteRow = Insertable<SitesSitesTable>;
export type SiteRowPatch = Updateable<SitesSitesTable>;
export type DomainRow = Selectable<SitesDomainsTable>;
export type HistoryRow = Selectable<SitesStatusHistoryTable>;
export type ColumnRow = Selectable<SitesColumnsTable>;
export type NewColumnRow = Insertable<SitesColumnsTable>;
export type ColumnRowPatch = Updateable<SitesColumnsTable>;

const db = (ctx: Ctx) => tables<SitesTables>(ctx.db);

// ---- sites ----------------------------------------------------------------------------------

export async function findSiteById(ctx: Ctx, id: number): Promise<SiteRow | undefined> {
  return db(ctx).selectFrom('sitesSites').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSiteByCode(ctx: Ctx, code: string): Promise<SiteRow | undefined> {
  return db(ctx).selectFrom('sitesSites').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findSiteByIdentifierCode(ctx: Ctx, identifierCode: string): Promise<SiteRow | undefined> {
  return db(ctx).selectFrom('sitesSites').selectAll().where('identifierCode', '=', identifierCode).executeTakeFirst();
}

export async function insertSite(ctx: Ctx, row: NewSiteRow): Promise<SiteRow> {
  return db(ctx).insertInto('sitesSites').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateSiteRow(ctx: Ctx, id: number, patch: SiteRowPatch): Promise<SiteRow> {
  return db(ctx).updateTable('sitesSites').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Compare-and-set of the status: false when it was no longer `from` (a concurrent change). */
export async function updateSiteStatus(ctx: Ctx, id: number, from: string, to: string, now: string): Promise<boolean> {
  const result = await db(ctx)
    .updateTable('sitesSites')
    .set({ status: to, updatedAt: now })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Child sites of `parentId` that are not closed. */
export async function findOpenChildSites(ctx: Ctx, parentId: number): Promise<SiteRow[]> {
  return db(ctx).selectFrom('sitesSites').selectAll().where('parentId', '=', parentId).where('status', '!=', 'closed').execute();
}

export async function countSites(ctx: Ctx): Promise<number> {
  const row = await db(ctx)
    .selectFrom('sitesSites')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface SiteFilter {
  q?: string;
  kind?: string;
  status?: string;
  /** undefined: every site. */
  visibleSiteIds?: number[];
  afterId?: number;
  limit: number;
}

/** Sites in id order (keyset pagination walks `id > afterId`). */
export async function listSiteRows(ctx: Ctx, filter: SiteFilter): Promise<SiteRow[]> {
  let query = db(ctx).selectFrom('sitesSites').selectAll().orderBy('id', 'asc').limit(filter.limit);
  if (filter.visibleSiteIds) {
    if (filter.visibleSiteIds.length === 0) return [];
    query = query.where('id', 'in', filter.visibleSiteIds);
  }
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  const q = filter.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        eb(containsInsensitive(ctx.dialect, 'sitesSites.legalName', q), '=', true),
        eb(containsInsensitive(ctx.dialect, 'sitesSites.shortName', q), '=', true),
        eb(containsInsensitive(ctx.dialect, 'sitesSites.code', q), '=', true),
        eb(containsInsensitive(ctx.dialect, 'sitesSites.identifierCode', q), '=', true),
        eb.exists(
          eb
            .selectFrom('sitesDomains')
            .select('sitesDomains.id')
            .whereRef('sitesDomains.siteId', '=', 'sitesSites.id')
            .where(containsInsensitive(ctx.dialect, 'sitesDomains.hostname', q)),
        ),
      ]),
    );
  }
  return query.execute();
}

/** Every site, for the tree and the host directory (a platform has tens to a few hundred). */
export async function listAllSiteRows(ctx: Ctx): Promise<SiteRow[]> {
  return db(ctx).selectFrom('sitesSites').selectAll().orderBy('id', 'asc').execute();
}

/** Site id → parent id, for cycle checks when a site is re-parented. */
export async function findSiteParentLinks(ctx: Ctx): Promise<Array<{ id: number; parentId: number | null }>> {
  return db(ctx).selectFrom('sitesSites').select(['id', 'parentId']).execute();
}

// ---- domains --------------------------------------------------------------------------------

export async function findDomainsOfSites(ctx: Ctx, siteIds: number[]): Promise<DomainRow[]> {
  if (siteIds.length === 0) return [];
  return db(ctx).selectFrom('sitesDomains').selectAll().where('siteId', 'in', siteIds).orderBy('siteId').orderBy('position').execute();
}

export async function findAllDomains(ctx: Ctx): Promise<DomainRow[]> {
  return db(ctx).selectFrom('sitesDomains').selectAll().orderBy('siteId').orderBy('position').execute();
}

/** Which of `hostnames` belong to a site other than `exceptSiteId`. */
export async function findDomainOwners(ctx: Ctx, hostnames: string[], exceptSiteId?: number): Promise<DomainRow[]> {
  if (hostnames.length === 0) return [];
  let query = db(ctx).selectFrom('sitesDomains').selectAll().where('hostname', 'in', hostnames);
  if (exceptSiteId !== undefined) query = query.where('siteId', '!=', exceptSiteId);
  return query.execute();
}

/** Replaces a site's domain list; the first is the primary domain. */
export async function replaceDomains(ctx: Ctx, siteId: number, hostnames: string[]): Promise<void> {
  await db(ctx).deleteFrom('sitesDomains').where('siteId', '=', siteId).execute();
  if (hostnames.length === 0) return;
  await db(ctx)
    .insertInto('sitesDomains')
    .values(hostnames.map((hostname, position) => ({ siteId, hostname, position })))
    .execute();
}

// ---- status history -------------------------------------------------------------------------

export async function insertHistory(ctx: Ctx, row: Insertable<SitesStatusHistoryTable>): Promise<void> {
  await db(ctx).insertInto('sitesStatusHistory').values(row).execute();
}

export async function listHistory(ctx: Ctx, siteId: number): Promise<HistoryRow[]> {
  return db(ctx).selectFrom('sitesStatusHistory').selectAll().where('siteId', '=', siteId).orderBy('id', 'desc').execute();
}

// ---- columns --------------------------------------------------------------------------------

export async function findColumnById(ctx: Ctx, id: number): Promise<ColumnRow | undefined> {
  return db(ctx).selectFrom('sitesColumns').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findColumnBySlug(ctx: Ctx, siteId: number, slug: string): Promise<ColumnRow | undefined> {
  return db(ctx).selectFrom('sitesColumns').selectAll().where('siteId', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** All columns of a site, siblings in display order. */
export async function listColumnRows(ctx: Ctx, siteId: number): Promise<ColumnRow[]> {
  return db(ctx).selectFrom('sitesColumns').selectAll().where('siteId', '=', siteId).orderBy('sortOrder').orderBy('id').execute();
}

/** Id → parent id of every column of a site: enough to walk ancestors and descendants. */
export async function findColumnLinks(ctx: Ctx, siteId: number): Promise<Array<{ id: number; parentId: number | null }>> {
  return db(ctx).selectFrom('sitesColumns').select(['id', 'parentId']).where('siteId', '=', siteId).execute();
}

/** Siblings under `parentId` (null: top level), in display order. */
export async function findSiblings(ctx: Ctx, siteId: number, parentId: number | null): Promise<Array<{ id: number; sortOrder: number }>> {
  let query = db(ctx).selectFrom('sitesColumns').select(['id', 'sortOrder']).where('siteId', '=', siteId);
  query = parentId === null ? query.where('parentId', 'is', null) : query.where('parentId', '=', parentId);
  return query.orderBy('sortOrder').orderBy('id').execute();
}

export async function countChildren(ctx: Ctx, columnId: number): Promise<number> {
  const row = await db(ctx)
    .selectFrom('sitesColumns')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('parentId', '=', columnId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertColumn(ctx: Ctx, row: NewColumnRow): Promise<ColumnRow> {
  return db(ctx).insertInto('sitesColumns').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateColumnRow(ctx: Ctx, id: number, patch: ColumnRowPatch): Promise<ColumnRow> {
  return db(ctx).updateTable('sitesColumns').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Sets the language of several columns at once (a column and its subtree). */
export async function setColumnLanguage(ctx: Ctx, ids: number[], language: string, now: string): Promise<void> {
  if (ids.length === 0) return;
  await db(ctx).updateTable('sitesColumns').set({ language, updatedAt: now }).where('id', 'in', ids).execute();
}

/** Columns of a site in any of `languages`, for refusing to drop a language that is in use. */
export async function findColumnsInLanguages(
  ctx: Ctx,
  siteId: number,
  languages: string[],
): Promise<Array<{ id: number; name: string; language: string }>> {
  if (languages.length === 0) return [];
  return db(ctx)
    .selectFrom('sitesColumns')
    .select(['id', 'name', 'language'])
    .where('siteId', '=', siteId)
    .where('language', 'in', languages)
    .orderBy('id')
    .execute();
}

export async function setSortOrder(ctx: Ctx, id: number, sortOrder: number): Promise<void> {
  await db(ctx).updateTable('sitesColumns').set({ sortOrder }).where('id', '=', id).execute();
}

export async function deleteColumnRow(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('sitesColumns').where('id', '=', id).execute();
}

// ---- constraint races -----------------------------------------------------------------------

/**
 * The unique index a failed write ran into, when it was a unique violation: checks before a write
 * give the friendly error, and this maps the rare race between two writers to the same one.
 */
export function violatedUniqueIndex(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505' && typeof e.constraint === 'string') return e.constraint;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string') {
    // "UNIQUE constraint failed: sites_domains.hostname" → the table.column list
    const cols = e.message.replace(/^.*UNIQUE constraint failed:\s*/, '');
    if (cols.startsWith('sites_domains.hostname')) return 'sites_domains_hostname';
    if (cols.startsWith('sites_sites.code')) return 'sites_sites_code';
    if (cols.startsWith('sites_sites.identifier_code')) return 'sites_sites_identifier_code';
    if (cols.startsWith('sites_columns.site_id, sites_columns.slug')) return 'sites_columns_slug';
    return cols;
  }
  return null;
}
