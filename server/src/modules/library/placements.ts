import { transaction, type Ctx, type ErrorDetail } from '../../kernel/index.js';
import { authorize, recordAudit, type Actor } from '../accounts/index.js';
import { columnScope, findColumnById, findSiteById } from '../sites/index.js';
import { loadAuthorized } from './access.js';
import { PlacementInvalid, PlacementNotFound } from './errors.js';
import type { Placement } from './model.js';
import * as repo from './repository.js';
import { toPlacement } from './views.js';

export interface PlacementInput {
  columnId: number;
  sortOrder?: number;
  isPinned?: boolean;
  publishAt?: string | null;
  /** For a repost: how the source is named (default: the owning site's legal name). */
  sourceName?: string | null;
}

/** Column kinds that list items; link and catalogue columns hold none. */
const placeableKinds = new Set(['list', 'single_page', 'topic']);

function invalid(path: string, message: string) {
  return PlacementInvalid({ details: [{ path, message }] satisfies ErrorDetail[] });
}

/**
 * Places an item in a column (inside the caller's transaction). The actor needs content.edit on
 * the column (a grant on its site or on the column or an ancestor). A placement on another site
 * than the item's own is a repost and names its source.
 */
export async function addPlacementInTx(
  tx: Ctx,
  actor: Actor,
  item: Pick<repo.ItemRow, 'id' | 'siteId' | 'title'>,
  input: PlacementInput,
  path = 'columnId',
): Promise<Placement> {
  const column = await findColumnById(tx, input.columnId);
  if (!column) throw invalid(path, '栏目不存在');
  if (!placeableKinds.has(column.kind)) throw invalid(path, `“${column.name}”是目录或链接栏目，不能直接发布信息，请选择其下级栏目`);
  await authorize(tx, actor, 'content.edit', await columnScope(tx, column));
  const site = await findSiteById(tx, column.siteId);
  if (!site || site.status === 'closed') throw invalid(path, '栏目所在网站已关停');
  if (await repo.findPlacementByColumn(tx, item.id, column.id)) throw invalid(path, `信息已在“${column.name}”栏目中`);
  let publishAt: string | null = null;
  if (input.publishAt) {
    const t = Date.parse(input.publishAt);
    if (Number.isNaN(t)) throw invalid(`${path}.publishAt`, '时间格式不正确');
    publishAt = new Date(t).toISOString();
  }
  const isRepost = column.siteId !== item.siteId;
  let sourceName: string | null = null;
  if (isRepost) {
    const owner = await findSiteById(tx, item.siteId);
    sourceName = input.sourceName?.trim() || owner?.legalName || null;
    if (sourceName && sourceName.length > 100) throw invalid(`${path}.sourceName`, '来源不超过100字');
  }
  const row = await repo.insertPlacement(tx, {
    itemId: item.id,
    siteId: column.siteId,
    columnId: column.id,
    sortOrder: input.sortOrder ?? 0,
    isPinned: input.isPinned ?? false,
    publishAt,
    isRepost,
    sourceName,
    createdBy: actor.userId,
    createdAt: tx.now().toISOString(),
  });
  await recordAudit(tx, {
    actor,
    action: 'library.placement.add',
    targetType: 'library_item',
    targetId: item.id,
    targetLabel: item.title,
    siteId: column.siteId,
    summary: `${isRepost ? '转载' : '发布'}“${item.title}”到${site.shortName}的“${column.name}”栏目${isRepost ? `（来源：${sourceName}）` : ''}`,
  });
  tx.emit({ type: 'library.placement.changed', payload: { itemId: item.id, siteId: column.siteId, columnId: column.id } });
  return toPlacement(row);
}

/** Adds a placement to an existing item. Throws LIBRARY_PLACEMENT_INVALID, LIBRARY_ITEM_NOT_FOUND, FORBIDDEN. */
export async function addPlacement(ctx: Ctx, input: PlacementInput & { actor: Actor; itemId: number }): Promise<Placement> {
  return transaction(ctx, async (tx) => {
    // A published item of another site may be reposted by anyone who may edit the target column.
    const item = await loadAuthorized(tx, input.actor, 'content.read', input.itemId, { allowPublicRead: true });
    return addPlacementInTx(tx, input.actor, item, input);
  });
}

/** Changes a placement's order, pin or publication time. Throws LIBRARY_PLACEMENT_NOT_FOUND, FORBIDDEN. */
export async function updatePlacement(
  ctx: Ctx,
  input: { actor: Actor; placementId: number; sortOrder?: number; isPinned?: boolean; publishAt?: string | null },
): Promise<Placement> {
  return transaction(ctx, async (tx) => {
    const row = await repo.findPlacement(tx, input.placementId);
    if (!row) throw PlacementNotFound();
    await authorize(tx, input.actor, 'content.edit', await columnScope(tx, { id: row.columnId, siteId: row.siteId }));
    let publishAt = row.publishAt;
    if (input.publishAt !== undefined) {
      if (input.publishAt === null || input.publishAt === '') publishAt = null;
      else {
        const t = Date.parse(input.publishAt);
        if (Number.isNaN(t)) throw invalid('publishAt', '时间格式不正确');
        publishAt = new Date(t).toISOString();
      }
    }
    const updated = await repo.updatePlacement(tx, row.id, {
      sortOrder: input.sortOrder ?? row.sortOrder,
      isPinned: input.isPinned ?? Boolean(row.isPinned),
      publishAt,
    });
    const item = await repo.findItemById(tx, row.itemId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.placement.update',
      targetType: 'library_item',
      targetId: row.itemId,
      targetLabel: item?.title ?? null,
      siteId: row.siteId,
      summary: `调整“${item?.title ?? row.itemId}”在栏目中的${input.isPinned !== undefined ? (input.isPinned ? '置顶' : '取消置顶') : '排序或发布时间'}`,
    });
    tx.emit({ type: 'library.placement.changed', payload: { itemId: row.itemId, siteId: row.siteId, columnId: row.columnId } });
    return toPlacement(updated!);
  });
}

/** Removes an item from a column. Throws LIBRARY_PLACEMENT_NOT_FOUND, FORBIDDEN. */
export async function removePlacement(ctx: Ctx, input: { actor: Actor; placementId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await repo.findPlacement(tx, input.placementId);
    if (!row) throw PlacementNotFound();
    await authorize(tx, input.actor, 'content.edit', await columnScope(tx, { id: row.columnId, siteId: row.siteId }));
    await repo.deletePlacement(tx, row.id);
    const item = await repo.findItemById(tx, row.itemId);
    const column = await findColumnById(tx, row.columnId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.placement.remove',
      targetType: 'library_item',
      targetId: row.itemId,
      targetLabel: item?.title ?? null,
      siteId: row.siteId,
      summary: `从“${column?.name ?? row.columnId}”栏目撤下“${item?.title ?? row.itemId}”`,
    });
    tx.emit({ type: 'library.placement.changed', payload: { itemId: row.itemId, siteId: row.siteId, columnId: row.columnId } });
  });
}

/** The placements of an item (trusted read). */
export async function listPlacementsOfItem(ctx: Ctx, itemId: number): Promise<Placement[]> {
  return (await repo.listPlacements(ctx, itemId)).map(toPlacement);
}

/** The placements of many items at once, for lists (trusted read). */
export async function listPlacementsOfItems(ctx: Ctx, itemIds: number[]): Promise<Placement[]> {
  return (await repo.listPlacementsOfItems(ctx, itemIds)).map(toPlacement);
}
