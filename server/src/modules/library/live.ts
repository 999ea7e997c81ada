import type { Readable } from 'node:stream';
import { readJson, storageFor, tables, type Ctx } from '../../kernel/index.js';
import type { AttachmentView, Item, ItemContent, Placement, RelationKind } from './model.js';
import * as repo from './repository.js';
import { contentOf, toAttachment, toItem, toPlacement } from './views.js';
import type { Actor } from '../accounts/index.js';
import { getItem } from './items.js';

/*
 * Public reading of live content: what publishing renders. Only an item's published version is
 * ever read here (its snapshot), never a pending draft, so a page can show nothing that has not
 * been approved. Batch functions exist so that a full rebuild of a large site reads items in
 * hundreds, not one by one.
 */

const db = (ctx: Ctx) => tables<repo.LibraryTables>(ctx.db);

/** One row of a column's public list. `content` is the live snapshot without its body. */
export interface LiveEntry {
  itemId: number;
  type: string;
  siteId: number;
  title: string;
  content: Omit<ItemContent, 'body'>;
  validity: string | null;
  publishedAt: string;
  createdAt: string;
  isPinned: boolean;
  isRepost: boolean;
  sourceName: string | null;
}

function liveInColumn(ctx: Ctx, columnId: number, now: string) {
  return db(ctx)
    .selectFrom('libraryPlacements as p')
    .innerJoin('libraryItems as i', 'i.id', 'p.itemId')
    .where('p.columnId', '=', columnId)
    .where('i.publishedVersion', 'is not', null)
    .where((eb) => eb.or([eb('p.publishAt', 'is', null), eb('p.publishAt', '<=', now)]));
}

/**
 * The live items of a column in list order: pinned first, then the placement's order, then the
 * newest publication. `limit` may be large (a rebuild reads a whole column at once).
 */
export async function listLiveInColumn(ctx: Ctx, columnId: number, page: { limit: number; offset: number }): Promise<LiveEntry[]> {
  const ids = await listLiveIdsInColumn(ctx, columnId, page);
  return getLiveEntries(ctx, columnId, ids);
}

/**
 * Ids of a column's live items in list order (a page of them, or all when no page is given).
 * The order is computed on narrow rows: sorting rows that carry snapshots would sort every body.
 */
export async function listLiveIdsInColumn(ctx: Ctx, columnId: number, page?: { limit: number; offset: number }): Promise<number[]> {
  let query = liveInColumn(ctx, columnId, ctx.now().toISOString())
    .select(['p.itemId'])
    .orderBy('p.isPinned', 'desc')
    .orderBy('p.sortOrder', 'desc')
    .orderBy('i.publishedAt', 'desc')
    .orderBy('p.itemId', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map((r) => Number(r.itemId));
}

/** The list rows of the given live items of a column, in the order of `ids`. */
export async function getLiveEntries(ctx: Ctx, columnId: number, ids: number[]): Promise<LiveEntry[]> {
  if (!ids.length) return [];
  const now = ctx.now().toISOString();
  const rows: Array<{
    itemId: number;
    isPinned: unknown;
    isRepost: unknown;
    sourceName: string | null;
    type: string;
    siteId: number;
    validity: string | null;
    publishedAt: string | null;
    createdAt: string;
    title: string;
    snapshot: unknown;
  }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await liveInColumn(ctx, columnId, now)
        .innerJoin('libraryVersions as v', (join) => join.onRef('v.itemId', '=', 'i.id').onRef('v.version', '=', 'i.publishedVersion'))
        .select([
          'p.itemId',
          'p.isPinned',
          'p.isRepost',
          'p.sourceName',
          'i.type',
          'i.siteId',
          'i.validity',
          'i.publishedAt',
          'i.createdAt',
          'v.title',
          'v.snapshot',
        ])
        .where('p.itemId', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  const byId = new Map(rows.map((r) => [Number(r.itemId), r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .map((r) => {
      const { body: _body, ...content } = readJson<ItemContent>(r.snapshot, { title: r.title } as ItemContent);
      return {
        itemId: Number(r.itemId),
        type: r.type,
        siteId: Number(r.siteId),
        title: r.title,
        content: { ...content, keywords: content.keywords ?? [], metadata: content.metadata ?? {} },
        validity: r.validity,
        publishedAt: r.publishedAt ?? r.createdAt,
        createdAt: r.createdAt,
        isPinned: Boolean(r.isPinned),
        isRepost: Boolean(r.isRepost),
        sourceName: r.sourceName,
      };
    });
}

/** How many live items a column lists. */
export async function countLiveInColumn(ctx: Ctx, columnId: number): Promise<number> {
  const row = await liveInColumn(ctx, columnId, ctx.now().toISOString())
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids of live items placed on a site (its own and reposts), ascending, for a sharded rebuild. */
export async function listLiveItemIds(ctx: Ctx, input: { siteId: number; afterId: number; limit: number }): Promise<number[]> {
  const rows = await db(ctx)
    .selectFrom('libraryPlacements as p')
    .innerJoin('libraryItems as i', 'i.id', 'p.itemId')
    .select('p.itemId')
    .distinct()
    .where('p.siteId', '=', input.siteId)
    .where('i.publishedVersion', 'is not', null)
    .where('p.itemId', '>', input.afterId)
    .orderBy('p.itemId')
    .limit(input.limit)
    .execute();
  return rows.map((r) => Number(r.itemId));
}

/** An item related to a live item, as its page links it (live items only). */
export interface LiveRelated {
  kind: RelationKind;
  /** 'forward': the page's item → this one; 'inverse': this one → the page's item. */
  direction: 'forward' | 'inverse';
  id: number;
  type: string;
  siteId: number;
  title: string;
  validity: string | null;
  publishedAt: string;
  createdAt: string;
  metadata: Record<string, unknown>;
  placements: Placement[];
}

export interface LiveItem extends Item {
  content: ItemContent;
  placements: Placement[];
  related: LiveRelated[];
  attachments: AttachmentView[];
}

/**
 * Live items by id, with their placements, live related items and attachments, in five queries
 * whatever the number of ids. Items that are not live are left out.
 */
export async function getLiveItems(ctx: Ctx, ids: number[]): Promise<LiveItem[]> {
  if (!ids.length) return [];
  const rows = (await repo.findItemsByIds(ctx, ids)).filter((r) => r.publishedVersion !== null);
  if (!rows.length) return [];
  const liveIds = rows.map((r) => r.id);
  const [versions, relations, attachments] = await Promise.all([
    findLiveSnapshots(
      ctx,
      rows.map((r) => ({ itemId: r.id, version: r.publishedVersion! })),
    ),
    db(ctx)
      .selectFrom('libraryRelations')
      .selectAll()
      .where((eb) => eb.or([eb('fromItemId', 'in', liveIds), eb('toItemId', 'in', liveIds)]))
      .orderBy('id')
      .execute(),
    db(ctx).selectFrom('libraryAttachments').selectAll().where('itemId', 'in', liveIds).orderBy('id').execute(),
  ]);
  const idSet = new Set(liveIds);
  const otherIds = [...new Set(relations.flatMap((r) => [Number(r.fromItemId), Number(r.toItemId)]))];
  const others = (
    await repo.findItemsByIds(
      ctx,
      otherIds.filter((id) => !idSet.has(id)),
    )
  ).filter((r) => r.publishedVersion !== null);
  const allRows = [...rows, ...others];
  const [otherVersions, placements] = await Promise.all([
    findLiveSnapshots(
      ctx,
      others.map((r) => ({ itemId: r.id, version: r.publishedVersion! })),
    ),
    repo.listPlacementsOfItems(
      ctx,
      allRows.map((r) => r.id),
    ),
  ]);
  const snapshots = new Map([...versions, ...otherVersions]);
  const rowById = new Map(allRows.map((r) => [r.id, r]));
  const placementsOf = new Map<number, Placement[]>();
  for (const p of placements) {
    const list = placementsOf.get(Number(p.itemId)) ?? [];
    list.push(toPlacement(p));
    placementsOf.set(Number(p.itemId), list);
  }
  const now = ctx.now().toISOString();
  return rows.map((row) => {
    const content = snapshots.get(row.id)!;
    const related: LiveRelated[] = [];
    for (const r of relations) {
      const from = Number(r.fromItemId);
      const to = Number(r.toItemId);
      if (from !== row.id && to !== row.id) continue;
      const otherId = from === row.id ? to : from;
      const other = rowById.get(otherId);
      const otherContent = snapshots.get(otherId);
      if (!other || !otherContent || otherId === row.id) continue;
      related.push({
        kind: r.kind as RelationKind,
        direction: from === row.id ? 'forward' : 'inverse',
        id: otherId,
        type: other.type,
        siteId: Number(other.siteId),
        title: otherContent.title,
        validity: other.validity,
        publishedAt: other.publishedAt ?? other.createdAt,
        createdAt: other.createdAt,
        metadata: otherContent.metadata ?? {},
        placements: (placementsOf.get(otherId) ?? []).filter((p) => !p.publishAt || p.publishAt <= now),
      });
    }
    return {
      ...toItem(row),
      ...content,
      body: content.body,
      content,
      placements: (placementsOf.get(row.id) ?? []).filter((p) => !p.publishAt || p.publishAt <= now),
      related,
      attachments: attachments.filter((a) => Number(a.itemId) === row.id).map(toAttachment),
    };
  });
}

async function findLiveSnapshots(ctx: Ctx, keys: Array<{ itemId: number; version: number }>): Promise<Map<number, ItemContent>> {
  const result = new Map<number, ItemContent>();
  if (!keys.length) return result;
  const wanted = new Map(keys.map((k) => [k.itemId, k.version]));
  const rows = await db(ctx)
    .selectFrom('libraryVersions')
    .select(['itemId', 'version', 'snapshot'])
    .where('itemId', 'in', [...wanted.keys()])
    .where('version', 'in', [...new Set(wanted.values())])
    .execute();
  for (const r of rows) {
    if (wanted.get(Number(r.itemId)) !== r.version) continue;
    const c = readJson<ItemContent>(r.snapshot, null as unknown as ItemContent);
    if (c) result.set(Number(r.itemId), { ...c, keywords: c.keywords ?? [], metadata: c.metadata ?? {} });
  }
  return result;
}

/**
 * The stored file of an attachment of a live item, for publishing to copy into a site's output.
 * Returns null when the attachment does not exist or its item is not live.
 */
export async function openLiveAttachment(ctx: Ctx, attachmentId: number): Promise<{ attachment: AttachmentView; stream: Readable } | null> {
  const row = await repo.findAttachment(ctx, attachmentId);
  if (!row || row.itemId === null) return null;
  const item = await repo.findItemById(ctx, Number(row.itemId));
  if (!item || item.publishedVersion === null) return null;
  const stream = await storageFor(ctx.config)
    .get(row.storageKey)
    .catch(() => null);
  return stream ? { attachment: toAttachment(row), stream } : null;
}

/**
 * An item as its page would show it with its current (possibly unpublished) content, for the
 * signed-in preview. Access is checked as for reading the item in the console; staff of another
 * site see the live version (getItem's rule). Related items are the live ones.
 */
export async function getPreviewItem(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<LiveItem> {
  const item = await getItem(ctx, input);
  const [placements, attachments, relatedOfLive] = await Promise.all([
    repo.listPlacements(ctx, item.id),
    repo.listAttachments(ctx, item.id),
    getLiveItems(ctx, [item.id]),
  ]);
  let related = relatedOfLive[0]?.related;
  if (!related) {
    // Never published: relations to live items, read the same way as for a live item.
    const relations = await repo.listRelationsOf(ctx, item.id);
    const otherIds = relations.map((r) => (Number(r.fromItemId) === item.id ? Number(r.toItemId) : Number(r.fromItemId)));
    const others = new Map((await getLiveItems(ctx, otherIds)).map((o) => [o.id, o]));
    related = relations.flatMap((r) => {
      const isForward = Number(r.fromItemId) === item.id;
      const other = others.get(isForward ? Number(r.toItemId) : Number(r.fromItemId));
      if (!other) return [];
      return [
        {
          kind: r.kind as RelationKind,
          direction: isForward ? ('forward' as const) : ('inverse' as const),
          id: other.id,
          type: other.type,
          siteId: other.siteId,
          title: other.title,
          validity: other.validity,
          publishedAt: other.publishedAt ?? other.createdAt,
          createdAt: other.createdAt,
          metadata: other.metadata,
          placements: other.placements,
        },
      ];
    });
  }
  return {
    ...item,
    content: contentOf(item),
    placements: placements.map(toPlacement),
    related,
    attachments: attachments.map(toAttachment),
  };
}
