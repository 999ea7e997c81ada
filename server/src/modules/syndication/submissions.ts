import { z } from 'zod';
import { decodeCursor, keysetPage, transaction, type Ctx, type Page } from '../../kernel/index.js';
import { authorize, can, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import { addPlacementInTx, findItem, libraryErrors, scopeOfItem } from '../library/index.js';
import { columnScope, findColumnById, findSiteById, listSiteColumns } from '../sites/index.js';
import { SubmissionClosed, SubmissionDuplicate, SubmissionInvalid, SubmissionNotFound } from './errors.js';
import * as repo from './repository.js';

export interface SubmissionView {
  id: number;
  itemId: number;
  itemTitle: string;
  itemType: string;
  fromSiteId: number;
  fromSiteName: string;
  toSiteId: number;
  toSiteName: string;
  toColumnId: number;
  toColumnName: string;
  state: 'pending' | 'accepted' | 'returned';
  note: string | null;
  comment: string | null;
  submittedBy: string;
  decidedBy: string | null;
  createdAt: string;
  decidedAt: string | null;
}

async function toView(ctx: Ctx, row: repo.SubmissionRow): Promise<SubmissionView> {
  const item = await findItem(ctx, row.itemId);
  const [from, to, column] = await Promise.all([findSiteById(ctx, row.fromSiteId), findSiteById(ctx, row.toSiteId), findColumnById(ctx, row.toColumnId)]);
  return {
    id: row.id,
    itemId: row.itemId,
    itemTitle: item?.title ?? '（已删除）',
    itemType: item?.type ?? '',
    fromSiteId: row.fromSiteId,
    fromSiteName: from?.shortName ?? String(row.fromSiteId),
    toSiteId: row.toSiteId,
    toSiteName: to?.shortName ?? String(row.toSiteId),
    toColumnId: row.toColumnId,
    toColumnName: column?.name ?? String(row.toColumnId),
    state: row.state as SubmissionView['state'],
    note: row.note,
    comment: row.comment,
    submittedBy: row.submittedByName,
    decidedBy: row.decidedByName,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}

/**
 * 信息报送: a department offers one of its published items to a column of another (usually the
 * upper) site. Needs content.submit on the item. Throws SYNDICATION_SUBMISSION_INVALID,
 * SYNDICATION_SUBMISSION_DUPLICATE, LIBRARY_ITEM_NOT_FOUND, FORBIDDEN.
 */
export async function submitToSite(ctx: Ctx, input: { actor: Actor; itemId: number; toColumnId: number; note?: string | null }): Promise<SubmissionView> {
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw SubmissionInvalid({ details: [{ path: 'note', message: '报送说明不超过500字' }] });
  return transaction(ctx, async (tx) => {
    const item = await findItem(tx, input.itemId);
    if (!item) throw libraryErrors.ItemNotFound();
    const scope = await scopeOfItem(tx, item.id);
    if (!(await can(tx, input.actor, 'content.read', scope))) throw libraryErrors.ItemNotFound();
    await authorize(tx, input.actor, 'content.submit', scope);
    if (item.publishedVersion === null) throw SubmissionInvalid({ details: [{ path: 'itemId', message: '只能报送已发布的信息' }] });
    const column = await findColumnById(tx, input.toColumnId);
    if (!column) throw SubmissionInvalid({ details: [{ path: 'toColumnId', message: '栏目不存在' }] });
    if (column.siteId === item.siteId) throw SubmissionInvalid({ details: [{ path: 'toColumnId', message: '报送的目标须是其他网站的栏目' }] });
    if (await repo.findPendingSubmission(tx, item.id, column.id)) throw SubmissionDuplicate();
    const row = await repo.insertSubmission(tx, {
      itemId: item.id,
      fromSiteId: item.siteId,
      toSiteId: column.siteId,
      toColumnId: column.id,
      state: 'pending',
      note,
      comment: null,
      submittedBy: input.actor.userId,
      submittedByName: input.actor.displayName,
      decidedBy: null,
      decidedByName: null,
      placementId: null,
      createdAt: tx.now().toISOString(),
      decidedAt: null,
    });
    const target = await findSiteById(tx, column.siteId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'syndication.submission.create',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `报送“${item.title}”到${target?.shortName ?? ''}“${column.name}”栏目`,
    });
    return toView(tx, row);
  });
}

async function pendingFor(tx: Ctx, actor: Actor, submissionId: number) {
  const row = await repo.findSubmission(tx, submissionId);
  if (!row) throw SubmissionNotFound();
  const column = await findColumnById(tx, row.toColumnId);
  await authorize(tx, actor, 'content.edit', column ? await columnScope(tx, column) : { siteId: row.toSiteId });
  if (row.state !== 'pending') throw SubmissionClosed();
  return row;
}

/**
 * The receiving editor accepts: the item is placed in the target column (or another column of
 * the same site) as a repost naming its source. Needs content.edit on that column.
 */
export async function acceptSubmission(ctx: Ctx, input: { actor: Actor; submissionId: number; columnId?: number | null; comment?: string | null }): Promise<SubmissionView> {
  return transaction(ctx, async (tx) => {
    const row = await pendingFor(tx, input.actor, input.submissionId);
    const columnId = input.columnId ?? row.toColumnId;
    const column = await findColumnById(tx, columnId);
    if (!column || column.siteId !== row.toSiteId) throw SubmissionInvalid({ details: [{ path: 'columnId', message: '只能采用到报送目标网站的栏目' }] });
    const item = await findItem(tx, row.itemId);
    if (!item) throw libraryErrors.ItemNotFound();
    const placement = await addPlacementInTx(tx, input.actor, { id: item.id, siteId: item.siteId, title: item.title }, { columnId });
    const decided = await repo.decideSubmission(tx, row.id, {
      state: 'accepted',
      comment: input.comment?.trim() || null,
      decidedBy: input.actor.userId,
      decidedByName: input.actor.displayName,
      decidedAt: tx.now().toISOString(),
      placementId: placement.id,
      toColumnId: columnId,
    });
    if (!decided) throw SubmissionClosed();
    await recordAudit(tx, {
      actor: input.actor,
      action: 'syndication.submission.accept',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: row.toSiteId,
      summary: `采用报送信息“${item.title}”到“${column.name}”栏目`,
    });
    return toView(tx, decided);
  });
}

/** The receiving editor returns a submission with a reason. */
export async function returnSubmission(ctx: Ctx, input: { actor: Actor; submissionId: number; comment: string }): Promise<SubmissionView> {
  const comment = input.comment.trim();
  if (!comment || comment.length > 500) throw SubmissionInvalid({ details: [{ path: 'comment', message: '请填写退回原因（500字以内）' }] });
  return transaction(ctx, async (tx) => {
    const row = await pendingFor(tx, input.actor, input.submissionId);
    const decided = await repo.decideSubmission(tx, row.id, {
      state: 'returned',
      comment,
      decidedBy: input.actor.userId,
      decidedByName: input.actor.displayName,
      decidedAt: tx.now().toISOString(),
    });
    if (!decided) throw SubmissionClosed();
    const item = await findItem(tx, row.itemId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'syndication.submission.return',
      targetType: 'library_item',
      targetId: row.itemId,
      targetLabel: item?.title ?? null,
      siteId: row.toSiteId,
      summary: `退回报送信息“${item?.title ?? row.itemId}”，原因：${comment}`,
    });
    return toView(tx, decided);
  });
}

const cursorShape = z.object({ id: z.number().int() });

/** Incoming (to sites the actor edits) or outgoing (from sites the actor submits for) submissions. */
export async function listSubmissions(
  ctx: Ctx,
  input: { actor: Actor; direction: 'incoming' | 'outgoing'; siteId?: number; state?: string; cursor?: string; limit?: number },
): Promise<Page<SubmissionView>> {
  const siteIds = await scopedSiteIds(ctx, input.actor, input.direction === 'incoming' ? 'content.edit' : 'content.submit');
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const after = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listSubmissions(ctx, { direction: input.direction, siteIds, siteId: input.siteId, state: input.state, beforeId: after?.id, limit: limit + 1 });
  const page = await Promise.all(rows.slice(0, limit).map((r) => toView(ctx, r)));
  return keysetPage(page, rows.length > limit);
}

export interface SubmissionStatsRow {
  fromSiteId: number;
  fromSiteName: string;
  submitted: number;
  accepted: number;
  returned: number;
  pending: number;
  /** accepted / decided, 0–1; null before any decision. */
  acceptanceRate: number | null;
}

/** Statistics per submitting unit for a receiving site (报送统计). */
export async function submissionStatistics(ctx: Ctx, input: { actor: Actor; siteId: number; from?: string; to?: string }): Promise<SubmissionStatsRow[]> {
  await authorize(ctx, input.actor, 'content.read', { siteId: input.siteId });
  const rows = await repo.submissionStats(ctx, input.siteId, input.from, input.to);
  const bySite = new Map<number, SubmissionStatsRow>();
  for (const r of rows) {
    let entry = bySite.get(r.fromSiteId);
    if (!entry) {
      const site = await findSiteById(ctx, r.fromSiteId);
      entry = { fromSiteId: r.fromSiteId, fromSiteName: site?.shortName ?? String(r.fromSiteId), submitted: 0, accepted: 0, returned: 0, pending: 0, acceptanceRate: null };
      bySite.set(r.fromSiteId, entry);
    }
    entry.submitted += r.n;
    if (r.state === 'accepted') entry.accepted += r.n;
    if (r.state === 'returned') entry.returned += r.n;
    if (r.state === 'pending') entry.pending += r.n;
  }
  for (const e of bySite.values()) {
    const decided = e.accepted + e.returned;
    e.acceptanceRate = decided ? e.accepted / decided : null;
  }
  return [...bySite.values()].sort((a, b) => b.submitted - a.submitted);
}

export interface SubmissionTarget {
  siteId: number;
  siteName: string;
  columns: Array<{ id: number; parentId: number | null; name: string; kind: string; isPlaceable: boolean }>;
}

/**
 * Where a site may submit to: the sites above it (its parent, up to the portal) with their column
 * trees, so a department editor who cannot otherwise see the portal can choose a column there.
 * Needs content.submit on the submitting site.
 */
export async function listSubmissionTargets(ctx: Ctx, input: { actor: Actor; fromSiteId: number }): Promise<SubmissionTarget[]> {
  await authorize(ctx, input.actor, 'content.submit', { siteId: input.fromSiteId });
  const out: SubmissionTarget[] = [];
  let site = await findSiteById(ctx, input.fromSiteId);
  for (let depth = 0; site?.parentId && depth < 10; depth++) {
    const parent = await findSiteById(ctx, site.parentId);
    if (!parent || parent.status === 'closed') break;
    const columns = (await listSiteColumns(ctx, parent.id)).filter((c) => !c.isHidden);
    out.push({
      siteId: parent.id,
      siteName: parent.shortName,
      columns: columns.map((c) => ({ id: c.id, parentId: c.parentId, name: c.name, kind: c.kind, isPlaceable: ['list', 'single_page', 'topic'].includes(c.kind) })),
    });
    site = parent;
  }
  return out;
}
