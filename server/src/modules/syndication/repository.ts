import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import { tables, type Ctx } from '../../kernel/index.js';

// All SQL of the syndication module.

export interface SubmissionsTable {
  id: Generated<number>;
  itemId: number;
  fromSiteId: number;
  toSiteId: number;
  toColumnId: number;
  state: string;
  note: string | null;
  comment: string | null;
  submittedBy: number | null;
  submittedByName: string;
  decidedBy: number | null;
  decidedByName: string | null;
  placementId: number | null;
  createdAt: Generated<string>;
  decidedAt: string | null;
}

export interface RepostRequestsTable {
  id: Generated<number>;
  itemId: number;
  fromSiteId: number;
  windowHours: number;
  note: string | null;
  requestedBy: number | null;
  requestedByName: string;
  createdAt: Generated<string>;
}

export interface RepostTargetsTable {
  id: Generated<number>;
  requestId: number;
  siteId: number;
}

export interface CrawlSourcesTable {
  id: Generated<number>;
  siteId: number;
  columnId: number;
  name: string;
  url: string;
  kind: string;
  linkPattern: string | null;
  contentSelector: string | null;
  intervalMinutes: number;
  isEnabled: boolean;
  lastRunAt: string | null;
  lastStatus: string | null;
  lastMessage: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface CrawlEntriesTable {
  id: Generated<number>;
  sourceId: number;
  url: string;
  contentHash: string;
  title: string;
  publishedAt: string | null;
  summary: string | null;
  body: string | null;
  state: string;
  itemId: number | null;
  decidedBy: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  fetchedAt: Generated<string>;
}

export interface SyndicationTables {
  syndicationSubmissions: SubmissionsTable;
  syndicationRepostRequests: RepostRequestsTable;
  syndicationRepostTargets: RepostTargetsTable;
  syndicationCrawlSources: CrawlSourcesTable;
  syndicationCrawlEntries: CrawlEntriesTable;
}

export type SubmissionRow = Selectable<SubmissionsTable>;
export type RepostRequestRow = Selectable<RepostRequestsTable>;
export type CrawlSourceRow = Selectable<CrawlSourcesTable>;
export type CrawlEntryRow = Selectable<CrawlEntriesTable>;

const db = (ctx: Ctx) => tables<SyndicationTables>(ctx.db);

// ---- submissions ----------------------------------------------------------------------------

export async function insertSubmission(ctx: Ctx, values: Insertable<SubmissionsTable>): Promise<SubmissionRow> {
  return db(ctx).insertInto('syndicationSubmissions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findSubmission(ctx: Ctx, id: number): Promise<SubmissionRow | undefined> {
  return db(ctx).selectFrom('syndicationSubmissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPendingSubmission(ctx: Ctx, itemId: number, toColumnId: number): Promise<SubmissionRow | undefined> {
  return db(ctx)
    .selectFrom('syndicationSubmissions')
    .selectAll()
    .where('itemId', '=', itemId)
    .where('toColumnId', '=', toColumnId)
    .where('state', 'in', ['pending', 'accepted'])
    .executeTakeFirst();
}

export async function decideSubmission(ctx: Ctx, id: number, values: Updateable<SubmissionsTable>): Promise<SubmissionRow | undefined> {
  return db(ctx).updateTable('syndicationSubmissions').set(values).where('id', '=', id).where('state', '=', 'pending').returningAll().executeTakeFirst();
}

export interface SubmissionFilter {
  direction: 'incoming' | 'outgoing';
  siteIds: number[] | 'all';
  siteId?: number;
  state?: string;
  beforeId?: number;
  limit: number;
}

export function listSubmissions(ctx: Ctx, f: SubmissionFilter): Promise<SubmissionRow[]> {
  const column = f.direction === 'incoming' ? 'toSiteId' : 'fromSiteId';
  let query = db(ctx).selectFrom('syndicationSubmissions').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.siteIds !== 'all') query = query.where(column, 'in', f.siteIds.length ? f.siteIds : [-1]);
  if (f.siteId !== undefined) query = query.where(column, '=', f.siteId);
  if (f.state) query = query.where('state', '=', f.state);
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  return query.execute();
}

export async function submissionStats(ctx: Ctx, toSiteId: number, from: string | undefined, to: string | undefined) {
  let query = db(ctx)
    .selectFrom('syndicationSubmissions')
    .select(['fromSiteId', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('toSiteId', '=', toSiteId)
    .groupBy(['fromSiteId', 'state']);
  if (from) query = query.where('createdAt', '>=', from);
  if (to) query = query.where('createdAt', '<', to);
  return (await query.execute()).map((r) => ({ fromSiteId: Number(r.fromSiteId), state: r.state, n: Number(r.n) }));
}

// ---- repost requests ------------------------------------------------------------------------

export async function insertRepostRequest(ctx: Ctx, values: Insertable<RepostRequestsTable>, siteIds: number[]): Promise<RepostRequestRow> {
  const row = await db(ctx).insertInto('syndicationRepostRequests').values(values).returningAll().executeTakeFirstOrThrow();
  if (siteIds.length) await db(ctx).insertInto('syndicationRepostTargets').values(siteIds.map((siteId) => ({ requestId: row.id, siteId }))).execute();
  return row;
}

export function findRepostRequest(ctx: Ctx, id: number): Promise<RepostRequestRow | undefined> {
  return db(ctx).selectFrom('syndicationRepostRequests').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listRepostTargets(ctx: Ctx, requestIds: number[]): Promise<Array<{ requestId: number; siteId: number }>> {
  if (!requestIds.length) return Promise.resolve([]);
  return db(ctx).selectFrom('syndicationRepostTargets').select(['requestId', 'siteId']).where('requestId', 'in', requestIds).execute();
}

export function listRepostRequests(ctx: Ctx, f: { fromSiteIds: number[] | 'all'; targetSiteIds?: number[] | 'all'; beforeId?: number; limit: number }): Promise<RepostRequestRow[]> {
  let query = db(ctx).selectFrom('syndicationRepostRequests').selectAll().orderBy('id', 'desc').limit(f.limit);
  const byFrom = f.fromSiteIds;
  const byTarget = f.targetSiteIds;
  if (byFrom !== 'all' && byTarget !== 'all') {
    query = query.where((eb) =>
      eb.or([
        eb('fromSiteId', 'in', byFrom.length ? byFrom : [-1]),
        eb('id', 'in', db(ctx).selectFrom('syndicationRepostTargets').select('requestId').where('siteId', 'in', byTarget?.length ? byTarget : [-1])),
      ]),
    );
  }
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  return query.execute();
}

// ---- crawl ----------------------------------------------------------------------------------

export async function insertSource(ctx: Ctx, values: Insertable<CrawlSourcesTable>): Promise<CrawlSourceRow> {
  return db(ctx).insertInto('syndicationCrawlSources').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findSource(ctx: Ctx, id: number): Promise<CrawlSourceRow | undefined> {
  return db(ctx).selectFrom('syndicationCrawlSources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateSource(ctx: Ctx, id: number, values: Updateable<CrawlSourcesTable>): Promise<CrawlSourceRow> {
  return db(ctx).updateTable('syndicationCrawlSources').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSource(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('syndicationCrawlSources').where('id', '=', id).execute();
}

export function listSources(ctx: Ctx, siteIds: number[] | 'all'): Promise<CrawlSourceRow[]> {
  let query = db(ctx).selectFrom('syndicationCrawlSources').selectAll().orderBy('id');
  if (siteIds !== 'all') query = query.where('siteId', 'in', siteIds.length ? siteIds : [-1]);
  return query.execute();
}

export function listEnabledSources(ctx: Ctx): Promise<CrawlSourceRow[]> {
  return db(ctx).selectFrom('syndicationCrawlSources').selectAll().where('isEnabled', '=', true).execute();
}

export async function knownUrls(ctx: Ctx, urls: string[]): Promise<Set<string>> {
  if (!urls.length) return new Set();
  const rows = await db(ctx).selectFrom('syndicationCrawlEntries').select('url').where('url', 'in', urls).execute();
  return new Set(rows.map((r) => r.url));
}

export async function isKnownHash(ctx: Ctx, hash: string): Promise<boolean> {
  return Boolean(await db(ctx).selectFrom('syndicationCrawlEntries').select('id').where('contentHash', '=', hash).executeTakeFirst());
}

export async function insertEntry(ctx: Ctx, values: Insertable<CrawlEntriesTable>): Promise<void> {
  await db(ctx).insertInto('syndicationCrawlEntries').values(values).onConflict((oc) => oc.column('url').doNothing()).execute();
}

export function findEntry(ctx: Ctx, id: number): Promise<CrawlEntryRow | undefined> {
  return db(ctx).selectFrom('syndicationCrawlEntries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decideEntry(ctx: Ctx, id: number, values: Updateable<CrawlEntriesTable>): Promise<CrawlEntryRow | undefined> {
  return db(ctx).updateTable('syndicationCrawlEntries').set(values).where('id', '=', id).where('state', '=', 'pending').returningAll().executeTakeFirst();
}

export function listEntries(ctx: Ctx, f: { sourceIds: number[]; state?: string; beforeId?: number; limit: number }): Promise<CrawlEntryRow[]> {
  let query = db(ctx).selectFrom('syndicationCrawlEntries').selectAll().where('sourceId', 'in', f.sourceIds.length ? f.sourceIds : [-1]).orderBy('id', 'desc').limit(f.limit);
  if (f.state) query = query.where('state', '=', f.state);
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  return query.execute();
}
