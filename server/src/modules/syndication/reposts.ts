import { z } from 'zod';
import { decodeCursor, keysetPage, transaction, type Ctx, type Page } from '../../kernel/index.js';
import { authorize, can, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import { findItem, libraryErrors, listPlacementsOfItem, scopeOfItem } from '../library/index.js';
import { findSiteById, listOnlineChildSites } from '../sites/index.js';
import { RepostRequestInvalid } from './errors.js';
import * as repo from './repository.js';

/** S004 四.1: lower sites repost important policies of the upper level within 12 hours. */
export const defaultRepostWindowHours = 12;

export type RepostStatus = 'on_time' | 'late' | 'waiting' | 'overdue';
export const repostStatusLabels: Record<RepostStatus, string> = {
  on_time: '按时转载',
  late: '超时转载',
  waiting: '待转载',
  overdue: '逾期未转载',
};

export interface RepostTargetView {
  siteId: number;
  siteName: string;
  status: RepostStatus;
  repostedAt: string | null;
}

export interface RepostRequestView {
  id: number;
  itemId: number;
  itemTitle: string;
  fromSiteId: number;
  fromSiteName: string;
  windowHours: number;
  dueAt: string;
  note: string | null;
  requestedBy: string;
  createdAt: string;
  targets: RepostTargetView[];
}

/** A target site's status: the first placement of the item on that site decides it. */
export function repostStatus(createdAt: string, windowHours: number, repostedAt: string | null, now: Date): RepostStatus {
  const due = Date.parse(createdAt) + windowHours * 3_600_000;
  if (repostedAt) return Date.parse(repostedAt) <= due ? 'on_time' : 'late';
  return now.getTime() <= due ? 'waiting' : 'overdue';
}

async function toView(ctx: Ctx, row: repo.RepostRequestRow, targets: number[]): Promise<RepostRequestView> {
  const item = await findItem(ctx, row.itemId);
  const from = await findSiteById(ctx, row.fromSiteId);
  const placements = await listPlacementsOfItem(ctx, row.itemId);
  const views: RepostTargetView[] = [];
  for (const siteId of targets) {
    const site = await findSiteById(ctx, siteId);
    const first = placements.filter((p) => p.siteId === siteId).map((p) => p.createdAt).sort()[0] ?? null;
    views.push({ siteId, siteName: site?.shortName ?? String(siteId), status: repostStatus(row.createdAt, row.windowHours, first, ctx.now()), repostedAt: first });
  }
  return {
    id: row.id,
    itemId: row.itemId,
    itemTitle: item?.title ?? '（已删除）',
    fromSiteId: row.fromSiteId,
    fromSiteName: from?.shortName ?? String(row.fromSiteId),
    windowHours: row.windowHours,
    dueAt: new Date(Date.parse(row.createdAt) + row.windowHours * 3_600_000).toISOString(),
    note: row.note,
    requestedBy: row.requestedByName,
    createdAt: row.createdAt,
    targets: views,
  };
}

/**
 * The upper level marks a published item "to be reposted" by its lower sites (all its online
 * sub-sites unless named) within a window. Needs content.publish on the item.
 * Throws SYNDICATION_REPOST_REQUEST_INVALID, LIBRARY_ITEM_NOT_FOUND, FORBIDDEN.
 */
export async function requestRepost(
  ctx: Ctx,
  input: { actor: Actor; itemId: number; windowHours?: number; targetSiteIds?: number[]; note?: string | null },
): Promise<RepostRequestView> {
  const windowHours = input.windowHours ?? defaultRepostWindowHours;
  if (!Number.isInteger(windowHours) || windowHours < 1 || windowHours > 24 * 30) {
    throw RepostRequestInvalid({ details: [{ path: 'windowHours', message: '转载时限为1至720小时' }] });
  }
  return transaction(ctx, async (tx) => {
    const item = await findItem(tx, input.itemId);
    if (!item) throw libraryErrors.ItemNotFound();
    const scope = await scopeOfItem(tx, item.id);
    if (!(await can(tx, input.actor, 'content.read', scope))) throw libraryErrors.ItemNotFound();
    await authorize(tx, input.actor, 'content.publish', { siteId: item.siteId });
    if (item.publishedVersion === null) throw RepostRequestInvalid({ details: [{ path: 'itemId', message: '只能要求转载已发布的信息' }] });
    const children = (await listOnlineChildSites(tx, item.siteId)).map((s) => s.id);
    const targets = input.targetSiteIds?.length ? [...new Set(input.targetSiteIds)] : children;
    const strangers = targets.filter((id) => !children.includes(id));
    if (strangers.length) throw RepostRequestInvalid({ details: [{ path: 'targetSiteIds', message: '只能要求本网站的下级网站转载' }] });
    if (!targets.length) throw RepostRequestInvalid({ details: [{ path: 'targetSiteIds', message: '本网站没有运行中的下级网站' }] });
    const row = await repo.insertRepostRequest(
      tx,
      {
        itemId: item.id,
        fromSiteId: item.siteId,
        windowHours,
        note: input.note?.trim() || null,
        requestedBy: input.actor.userId,
        requestedByName: input.actor.displayName,
        createdAt: tx.now().toISOString(),
      },
      targets,
    );
    await recordAudit(tx, {
      actor: input.actor,
      action: 'syndication.repost.request',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `要求${targets.length}个下级网站在${windowHours}小时内转载“${item.title}”`,
    });
    tx.emit({ type: 'syndication.repost.requested', payload: { requestId: row.id, itemId: item.id, siteIds: targets } });
    return toView(tx, row, targets);
  });
}

const cursorShape = z.object({ id: z.number().int() });

/**
 * Repost requests the actor made (their sites) or must act on (requests targeting their sites),
 * each with every target's status.
 */
export async function listRepostRequests(ctx: Ctx, input: { actor: Actor; cursor?: string; limit?: number }): Promise<Page<RepostRequestView>> {
  const fromSiteIds = await scopedSiteIds(ctx, input.actor, 'content.publish');
  const targetSiteIds = await scopedSiteIds(ctx, input.actor, 'content.edit');
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const after = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listRepostRequests(ctx, { fromSiteIds, targetSiteIds, beforeId: after?.id, limit: limit + 1 });
  const slice = rows.slice(0, limit);
  const targets = await repo.listRepostTargets(ctx, slice.map((r) => r.id));
  const page = await Promise.all(slice.map((r) => toView(ctx, r, targets.filter((t) => t.requestId === r.id).map((t) => t.siteId))));
  return keysetPage(page, rows.length > limit);
}
