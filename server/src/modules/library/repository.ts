import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import { CompiledQuery, sql } from 'kysely';
import { containsInsensitive, tables, type Ctx } from '../../kernel/index.js';
import { topicTree } from './topics.js';

// All SQL of the library module, camelCase (Kysely's CamelCasePlugin maps to snake_case).

export interface LibraryItemsTable {
  id: Generated<number>;
  type: string;
  siteId: number;
  orgUnitId: number | null;
  title: string;
  state: string;
  version: number;
  publishedVersion: number | null;
  summary: string | null;
  keywords: string;
  author: string | null;
  source: string | null;
  body: string;
  metadata: string;
  indexNo: string | null;
  docNo: string | null;
  topic: string | null;
  validity: string | null;
  writtenOn: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
  publishedAt: string | null;
  publishedBy: number | null;
  publishedByName: string | null;
  withdrawnReason: string | null;
  createdBy: number | null;
  createdByName: string;
  updatedBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface LibraryVersionsTable {
  id: Generated<number>;
  itemId: number;
  version: number;
  title: string;
  snapshot: string;
  note: string | null;
  createdBy: number | null;
  createdByName: string;
  createdAt: Generated<string>;
}

export interface LibraryPlacementsTable {
  id: Generated<number>;
  itemId: number;
  siteId: number;
  columnId: number;
  sortOrder: number;
  isPinned: boolean;
  publishAt: string | null;
  isRepost: boolean;
  sourceName: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
}

export interface LibraryRelationsTable {
  id: Generated<number>;
  fromItemId: number;
  kind: string;
  toItemId: number;
  createdBy: number | null;
  createdAt: Generated<string>;
}

export interface LibraryAttachmentsTable {
  id: Generated<number>;
  itemId: number | null;
  siteId: number;
  kind: string;
  storageKey: string;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  altText: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
}

export interface LibraryIndexCountersTable {
  unitCode: string;
  year: number;
  lastSerial: number;
}

export interface LibraryTables {
  libraryItems: LibraryItemsTable;
  libraryVersions: LibraryVersionsTable;
  libraryPlacements: LibraryPlacementsTable;
  libraryRelations: LibraryRelationsTable;
  libraryAttachments: LibraryAttachmentsTable;
  libraryIndexCounters: LibraryIndexCountersTable;
}

export type ItemRow = Selectable<LibraryItemsTable>;
export type VersionRow = Selectable<LibraryVersionsTable>;
export type PlacementRow = Selectable<LibraryPlacementsTable>;
export type RelationRow = Selectable<LibraryRelationsTable>;
export type AttachmentRow = Selectable<LibraryAttachmentsTable>;

const db = (ctx: Ctx) => tables<LibraryTables>(ctx.db);

// ---- items ----------------------------------------------------------------------------------

export async function insertItem(ctx: Ctx, values: Insertable<LibraryItemsTable>): Promise<ItemRow> {
  return db(ctx).insertInto('libraryItems').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findItemById(ctx: Ctx, id: number): Promise<ItemRow | undefined> {
  return db(ctx).selectFrom('libraryItems').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findItemsByIds(ctx: Ctx, ids: number[]): Promise<ItemRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db(ctx).selectFrom('libraryItems').selectAll().where('id', 'in', ids).execute();
}

export function findItemByIndexNo(ctx: Ctx, indexNo: string): Promise<ItemRow | undefined> {
  return db(ctx).selectFrom('libraryItems').selectAll().where('indexNo', '=', indexNo).executeTakeFirst();
}

/**
 * Updates an item only if it is still at `expectedVersion` (optimistic locking). Returns the new
 * row, or undefined when someone else saved first.
 */
export async function updateItemAtVersion(
  ctx: Ctx,
  id: number,
  expectedVersion: number,
  values: Updateable<LibraryItemsTable>,
): Promise<ItemRow | undefined> {
  return db(ctx)
    .updateTable('libraryItems')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Updates state fields when the item is in one of `fromStates` (a guarded transition). */
export async function updateItemState(
  ctx: Ctx,
  id: number,
  fromStates: string[],
  values: Updateable<LibraryItemsTable>,
  version?: number,
): Promise<ItemRow | undefined> {
  let query = db(ctx).updateTable('libraryItems').set(values).where('id', '=', id).where('state', 'in', fromStates);
  if (version !== undefined) query = query.where('version', '=', version);
  return query.returningAll().executeTakeFirst();
}

export async function deleteItem(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('libraryItems').where('id', '=', id).execute();
}

export interface ItemFilter {
  siteIds: number[] | 'all';
  /** Items placed in these columns are visible too (column-scoped grants). */
  columnIds?: number[];
  siteId?: number;
  columnId?: number;
  type?: string;
  state?: string;
  topic?: string;
  validity?: string;
  authorId?: number;
  from?: string;
  to?: string;
  q?: string;
  isLive?: boolean;
  /** Keyset position: the last row of the previous page. */
  before?: { id: number; updatedAt?: string };
  limit: number;
}

/** Columns a list row needs (no body): lists stay light at a million rows. */
const listColumns = [
  'id', 'type', 'siteId', 'orgUnitId', 'title', 'state', 'version', 'publishedVersion', 'summary', 'keywords', 'author', 'source',
  'metadata', 'indexNo', 'validity', 'publishAt', 'unpublishAt', 'publishedAt', 'publishedBy', 'publishedByName',
  'withdrawnReason', 'createdBy', 'createdByName', 'createdAt', 'updatedAt',
] as const;

export type ItemListRow = Pick<ItemRow, (typeof listColumns)[number]>;

/**
 * The library list, newest first, keyset-paged. Shapes chosen from EXPLAIN at a million rows
 * (docs/benchmarks.md): a column filter drives the query from the placement index; a date filter
 * orders by modification time on its own index; a first-level topic becomes an IN list of its
 * stored values, which the `(topic, id)` index serves in order.
 */
export function listItems(ctx: Ctx, f: ItemFilter): Promise<ItemListRow[]> {
  const isByDate = Boolean(f.from || f.to);
  let query = db(ctx).selectFrom('libraryItems as i').select(listColumns.map((c) => `i.${c}` as const)).limit(f.limit);
  if (f.columnId !== undefined) {
    query = query.innerJoin('libraryPlacements as p', 'p.itemId', 'i.id').where('p.columnId', '=', f.columnId);
  }
  if (isByDate) query = query.orderBy('i.updatedAt', 'desc').orderBy('i.id', 'desc');
  // With a column filter the placement index gives the order (item ids are unique per column).
  const idRef = sql.ref<number>(f.columnId !== undefined ? 'p.itemId' : 'i.id');
  if (!isByDate) query = query.orderBy(idRef, 'desc');
  if (f.siteIds !== 'all') {
    const siteIds = f.siteIds.length ? f.siteIds : [-1];
    const columnIds = f.columnIds ?? [];
    query = columnIds.length
      ? query.where((eb) =>
          eb.or([
            eb('i.siteId', 'in', siteIds),
            eb('i.id', 'in', db(ctx).selectFrom('libraryPlacements').select('itemId').where('columnId', 'in', columnIds)),
          ]),
        )
      : query.where('i.siteId', 'in', siteIds);
  }
  if (f.siteId !== undefined) query = query.where('i.siteId', '=', f.siteId);
  if (f.type) query = query.where('i.type', '=', f.type);
  if (f.state) query = query.where('i.state', '=', f.state);
  if (f.topic) {
    // A first-level topic matches its second-level values too: every stored value is one of the tree's.
    const root = topicTree.find((t) => t.name === f.topic);
    const values = root ? [root.name, ...root.children.map((c) => `${root.name}\\${c}`)] : [f.topic];
    query = query.where('i.topic', 'in', values);
  }
  if (f.validity) query = query.where('i.validity', '=', f.validity);
  if (f.authorId !== undefined) query = query.where('i.createdBy', '=', f.authorId);
  if (f.from) query = query.where('i.updatedAt', '>=', f.from);
  if (f.to) query = query.where('i.updatedAt', '<', f.to);
  if (f.isLive !== undefined) query = query.where('i.publishedVersion', f.isLive ? 'is not' : 'is', null);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) => eb.or([containsInsensitive(ctx.dialect, sql.ref('i.title'), q), eb('i.indexNo', '=', q), eb('i.docNo', '=', q)]));
  }
  if (f.before) {
    const before = f.before;
    if (isByDate && before.updatedAt) {
      query = query.where((eb) =>
        eb.or([eb('i.updatedAt', '<', before.updatedAt!), eb.and([eb('i.updatedAt', '=', before.updatedAt!), eb('i.id', '<', before.id)])]),
      );
    } else {
      query = query.where(idRef, '<', before.id);
    }
  }
  return query.execute() as Promise<ItemListRow[]>;
}

/** Items whose scheduled publication or withdrawal time has come (for the due-jobs sweep). */
export function findDue(ctx: Ctx, field: 'publishAt' | 'unpublishAt', state: string, at: string, limit: number): Promise<ItemRow[]> {
  return db(ctx)
    .selectFrom('libraryItems')
    .selectAll()
    .where(field, '<=', at)
    .where('state', '=', state)
    .orderBy(field)
    .limit(limit)
    .execute();
}

// ---- versions -------------------------------------------------------------------------------

export async function insertVersion(ctx: Ctx, values: Insertable<LibraryVersionsTable>): Promise<void> {
  await db(ctx).insertInto('libraryVersions').values(values).execute();
}

export function listVersions(ctx: Ctx, itemId: number): Promise<VersionRow[]> {
  return db(ctx).selectFrom('libraryVersions').selectAll().where('itemId', '=', itemId).orderBy('version', 'desc').execute();
}

export function findVersion(ctx: Ctx, itemId: number, version: number): Promise<VersionRow | undefined> {
  return db(ctx).selectFrom('libraryVersions').selectAll().where('itemId', '=', itemId).where('version', '=', version).executeTakeFirst();
}

// ---- placements -----------------------------------------------------------------------------

export function listPlacements(ctx: Ctx, itemId: number): Promise<PlacementRow[]> {
  return db(ctx).selectFrom('libraryPlacements').selectAll().where('itemId', '=', itemId).orderBy('id').execute();
}

export function listPlacementsOfItems(ctx: Ctx, itemIds: number[]): Promise<PlacementRow[]> {
  if (!itemIds.length) return Promise.resolve([]);
  return db(ctx).selectFrom('libraryPlacements').selectAll().where('itemId', 'in', itemIds).orderBy('id').execute();
}

export function findPlacement(ctx: Ctx, id: number): Promise<PlacementRow | undefined> {
  return db(ctx).selectFrom('libraryPlacements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPlacementByColumn(ctx: Ctx, itemId: number, columnId: number): Promise<PlacementRow | undefined> {
  return db(ctx).selectFrom('libraryPlacements').selectAll().where('itemId', '=', itemId).where('columnId', '=', columnId).executeTakeFirst();
}

export async function insertPlacement(ctx: Ctx, values: Insertable<LibraryPlacementsTable>): Promise<PlacementRow> {
  return db(ctx).insertInto('libraryPlacements').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updatePlacement(ctx: Ctx, id: number, values: Updateable<LibraryPlacementsTable>): Promise<PlacementRow | undefined> {
  return db(ctx).updateTable('libraryPlacements').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deletePlacement(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('libraryPlacements').where('id', '=', id).execute();
}

export async function countPlacementsInColumn(ctx: Ctx, columnId: number): Promise<number> {
  const row = await db(ctx)
    .selectFrom('libraryPlacements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('columnId', '=', columnId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The items placed in a column, pinned first, then by order and newest (the column list). */
export function listColumnPlacements(ctx: Ctx, columnId: number, limit: number, offset: number): Promise<PlacementRow[]> {
  return db(ctx)
    .selectFrom('libraryPlacements')
    .selectAll()
    .where('columnId', '=', columnId)
    .orderBy('isPinned', 'desc')
    .orderBy('sortOrder', 'desc')
    .orderBy('itemId', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

// ---- relations ------------------------------------------------------------------------------

export function listRelationsOf(ctx: Ctx, itemId: number): Promise<RelationRow[]> {
  return db(ctx)
    .selectFrom('libraryRelations')
    .selectAll()
    .where((eb) => eb.or([eb('fromItemId', '=', itemId), eb('toItemId', '=', itemId)]))
    .orderBy('id')
    .execute();
}

export function findRelation(ctx: Ctx, id: number): Promise<RelationRow | undefined> {
  return db(ctx).selectFrom('libraryRelations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRelation(ctx: Ctx, values: Insertable<LibraryRelationsTable>): Promise<RelationRow | undefined> {
  const exists = await db(ctx)
    .selectFrom('libraryRelations')
    .selectAll()
    .where('fromItemId', '=', values.fromItemId)
    .where('kind', '=', values.kind)
    .where('toItemId', '=', values.toItemId)
    .executeTakeFirst();
  if (exists) return exists;
  return db(ctx).insertInto('libraryRelations').values(values).returningAll().executeTakeFirst();
}

export async function deleteRelation(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('libraryRelations').where('id', '=', id).execute();
}

// ---- attachments ----------------------------------------------------------------------------

export async function insertAttachment(ctx: Ctx, values: Insertable<LibraryAttachmentsTable>): Promise<AttachmentRow> {
  return db(ctx).insertInto('libraryAttachments').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findAttachment(ctx: Ctx, id: number): Promise<AttachmentRow | undefined> {
  return db(ctx).selectFrom('libraryAttachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAttachmentsByIds(ctx: Ctx, ids: number[]): Promise<AttachmentRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db(ctx).selectFrom('libraryAttachments').selectAll().where('id', 'in', ids).execute();
}

export function listAttachments(ctx: Ctx, itemId: number): Promise<AttachmentRow[]> {
  return db(ctx).selectFrom('libraryAttachments').selectAll().where('itemId', '=', itemId).orderBy('id').execute();
}

export async function updateAttachment(ctx: Ctx, id: number, values: Updateable<LibraryAttachmentsTable>): Promise<AttachmentRow | undefined> {
  return db(ctx).updateTable('libraryAttachments').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

// ---- 索引号 counters -------------------------------------------------------------------------

/**
 * Takes the next serial for (unit, year) atomically: one upsert that increments and returns the
 * counter. On PostgreSQL the row lock serialises concurrent callers; SQLite has one writer.
 */
export async function nextIndexSerial(ctx: Ctx, unitCode: string, year: number): Promise<number> {
  const row = await db(ctx)
    .insertInto('libraryIndexCounters')
    .values({ unitCode, year, lastSerial: 1 })
    .onConflict((oc) => oc.columns(['unitCode', 'year']).doUpdateSet({ lastSerial: sql`library_index_counters.last_serial + 1` }))
    .returning('lastSerial')
    .executeTakeFirstOrThrow();
  return Number(row.lastSerial);
}

/** Moves a counter past a serial that was given explicitly (an import), so generation never collides. */
export async function raiseIndexSerial(ctx: Ctx, unitCode: string, year: number, serial: number): Promise<void> {
  await db(ctx)
    .insertInto('libraryIndexCounters')
    .values({ unitCode, year, lastSerial: serial })
    .onConflict((oc) =>
      oc.columns(['unitCode', 'year']).doUpdateSet({
        lastSerial: sql`case when library_index_counters.last_serial > ${serial} then library_index_counters.last_serial else ${serial} end`,
      }),
    )
    .execute();
}

// ---- bulk import ----------------------------------------------------------------------------

export interface LibraryImportKeysTable {
  key: string;
  itemId: number;
  createdAt: Generated<string>;
}

const importDb = (ctx: Ctx) => tables<LibraryTables & { libraryImportKeys: LibraryImportKeysTable }>(ctx.db);

export async function findImportedKeys(ctx: Ctx, keys: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await importDb(ctx).selectFrom('libraryImportKeys').select(['key', 'itemId']).where('key', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.key, Number(r.itemId));
  }
  return out;
}

export async function findTakenIndexNos(ctx: Ctx, indexNos: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < indexNos.length; i += 500) {
    const rows = await db(ctx).selectFrom('libraryItems').select('indexNo').where('indexNo', 'in', indexNos.slice(i, i + 500)).execute();
    for (const r of rows) if (r.indexNo) out.add(r.indexNo);
  }
  return out;
}

/** Takes `count` serials for (unit, year) at once; returns the first. */
export async function reserveIndexSerials(ctx: Ctx, unitCode: string, year: number, count: number): Promise<number> {
  const row = await db(ctx)
    .insertInto('libraryIndexCounters')
    .values({ unitCode, year, lastSerial: count })
    .onConflict((oc) => oc.columns(['unitCode', 'year']).doUpdateSet({ lastSerial: sql`library_index_counters.last_serial + ${count}` }))
    .returning('lastSerial')
    .executeTakeFirstOrThrow();
  return Number(row.lastSerial) - count + 1;
}

/**
 * Reserves `count` item ids so that a batch can be inserted with known ids (multi-row RETURNING
 * does not promise row order). PostgreSQL takes them from the identity sequence; SQLite, inside
 * the write transaction (one writer at a time), continues after the largest id.
 */
export async function reserveItemIds(ctx: Ctx, count: number): Promise<number[]> {
  if (ctx.dialect === 'postgres') {
    const result = await sql<{ id: string | number }>`select nextval(pg_get_serial_sequence('library_items', 'id')) as id from generate_series(1, ${count})`.execute(ctx.db);
    return result.rows.map((r) => Number(r.id));
  }
  // A no-op write first takes SQLite's write lock, so the maximum read next stays true until commit.
  await sql`update library_index_counters set last_serial = last_serial where 0`.execute(ctx.db);
  const row = await sql<{ id: number | null }>`select max(id) as id from library_items`.execute(ctx.db);
  const max = Number(row.rows[0]?.id ?? 0);
  return Array.from({ length: count }, (_, i) => max + 1 + i);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Multi-row insert written as SQL directly: building a 400-row insert through the query builder
 * (and its camelCase plugin visiting every value) cost more than running it in the import profile.
 * Column names are the rows' keys in snake_case; booleans become 1/0 on SQLite.
 */
async function rawInsert(ctx: Ctx, table: string, rows: Array<Record<string, unknown>>, chunk: number, suffix = ''): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const isPg = ctx.dialect === 'postgres';
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params: unknown[] = [];
    const tuples = part.map((row) => {
      const marks = columns.map((c) => {
        let value = row[c];
        if (value === undefined) value = null;
        if (typeof value === 'boolean' && !isPg) value = value ? 1 : 0;
        params.push(value);
        return isPg ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    const text = `insert into ${table} (${columns.map(snake).join(', ')}) values ${tuples.join(', ')}${suffix}`;
    await ctx.db.executeQuery(CompiledQuery.raw(text, params));
  }
}

export async function bulkInsert<T extends 'libraryItems' | 'libraryVersions' | 'libraryPlacements' | 'libraryRelations'>(
  ctx: Ctx,
  table: T,
  rows: Insertable<LibraryTables[T]>[],
  chunk: number,
): Promise<void> {
  const suffix = table === 'libraryRelations' ? ' on conflict (from_item_id, kind, to_item_id) do nothing' : '';
  await rawInsert(ctx, snake(table), rows as Array<Record<string, unknown>>, chunk, suffix);
}

export async function insertImportKeys(ctx: Ctx, rows: Array<{ key: string; itemId: number; createdAt: string }>): Promise<void> {
  await rawInsert(ctx, 'library_import_keys', rows, 500);
}

export function listItemsForExport(ctx: Ctx, f: { siteId?: number; type?: string; afterId: number; limit: number }): Promise<ItemRow[]> {
  let query = db(ctx).selectFrom('libraryItems').selectAll().where('id', '>', f.afterId).orderBy('id').limit(f.limit);
  if (f.siteId !== undefined) query = query.where('siteId', '=', f.siteId);
  if (f.type) query = query.where('type', '=', f.type);
  return query.execute();
}

export async function findKeysOfItems(ctx: Ctx, itemIds: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!itemIds.length) return out;
  const rows = await importDb(ctx).selectFrom('libraryImportKeys').select(['key', 'itemId']).where('itemId', 'in', itemIds).execute();
  for (const r of rows) out.set(Number(r.itemId), r.key);
  return out;
}

export function listRelationsFrom(ctx: Ctx, itemIds: number[]): Promise<RelationRow[]> {
  if (!itemIds.length) return Promise.resolve([]);
  return db(ctx).selectFrom('libraryRelations').selectAll().where('fromItemId', 'in', itemIds).orderBy('id').execute();
}
