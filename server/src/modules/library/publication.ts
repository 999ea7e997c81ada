import { readJson, transaction, writeJson, type Ctx } from '../../kernel/index.js';
import { recordAudit, type Actor } from '../accounts/index.js';
import { ItemNotFound, ItemStateInvalid } from './errors.js';
import { validityLabels, type Validity } from './content-types.js';
import type { Item, ItemContent, ItemPublicationEvent } from './model.js';
import * as repo from './repository.js';
import { imagesWithoutAlt } from './sanitize.js';
import { toItem } from './views.js';

/*
 * State transitions of an item. The workflow module drives them (submit, approve, return,
 * publish, withdraw); each is guarded by the state it starts from, so two workers racing to
 * publish the same item change it once.
 */

async function placementsOf(ctx: Ctx, itemId: number) {
  return (await repo.listPlacements(ctx, itemId)).map((p) => ({ siteId: p.siteId, columnId: p.columnId }));
}

/**
 * What must be fixed before an item can be submitted: no placement, images without alternative
 * text (in the body or among its image attachments). Empty when ready.
 */
export async function findSubmissionProblems(ctx: Ctx, itemId: number): Promise<Array<{ path: string; message: string }>> {
  const row = await repo.findItemById(ctx, itemId);
  if (!row) throw ItemNotFound();
  const problems: Array<{ path: string; message: string }> = [];
  if (!(await repo.listPlacements(ctx, itemId)).length) problems.push({ path: 'placements', message: '请先选择发布栏目' });
  const missing = imagesWithoutAlt(row.body);
  if (missing.length) problems.push({ path: 'body', message: `正文中有${missing.length}张图片没有替代文本（供读屏软件朗读），请补充` });
  for (const a of await repo.listAttachments(ctx, itemId)) {
    if (a.kind === 'image' && !a.altText?.trim()) problems.push({ path: `attachments.${a.id}.altText`, message: `图片“${a.filename}”缺少替代文本` });
  }
  return problems;
}

/** draft → in_review at `version`. Throws LIBRARY_ITEM_STATE_INVALID when not a draft at that version. */
export async function markInReview(ctx: Ctx, input: { itemId: number; version: number }): Promise<Item> {
  const row = await repo.updateItemState(ctx, input.itemId, ['draft', 'withdrawn'], { state: 'in_review', updatedAt: ctx.now().toISOString() }, input.version);
  if (!row) throw ItemStateInvalid({ message: '只有草稿可以送审，且须是最新版本' });
  return toItem(row);
}

/** in_review → approved. */
export async function markApproved(ctx: Ctx, input: { itemId: number }): Promise<Item> {
  const row = await repo.updateItemState(ctx, input.itemId, ['in_review'], { state: 'approved', updatedAt: ctx.now().toISOString() });
  if (!row) throw ItemStateInvalid({ message: '信息不在审核中' });
  return toItem(row);
}

/** in_review | approved → draft (returned by a reviewer, or recalled by its editor). */
export async function returnToDraft(ctx: Ctx, input: { itemId: number }): Promise<Item> {
  const row = await repo.updateItemState(ctx, input.itemId, ['in_review', 'approved'], { state: 'draft', updatedAt: ctx.now().toISOString() });
  if (!row) throw ItemStateInvalid({ message: '信息不在审核中或待发布状态' });
  return toItem(row);
}

/**
 * approved → published: the approved version goes live. `publishedBy` is who answers for it
 * (谁发布谁负责): the last approver, even when a scheduled job does the publishing. Returns null
 * when the item was no longer waiting (someone else published or recalled it first).
 * A published document that amends or repeals another marks that one (see markReplaced).
 */
export async function publishApproved(ctx: Ctx, input: { itemId: number; publishedBy: Actor }): Promise<Item | null> {
  return transaction(ctx, async (tx) => {
    const current = await repo.findItemById(tx, input.itemId);
    if (!current) throw ItemNotFound();
    const now = tx.now().toISOString();
    const row = await repo.updateItemState(tx, input.itemId, ['approved'], {
      state: 'published',
      publishedVersion: current.version,
      publishedAt: current.publishedAt ?? now,
      publishedBy: input.publishedBy.userId,
      publishedByName: input.publishedBy.displayName,
      withdrawnReason: null,
      updatedAt: now,
    }, current.version);
    if (!row) return null;
    await recordAudit(tx, {
      actor: input.publishedBy,
      action: 'library.item.publish',
      targetType: 'library_item',
      targetId: row.id,
      targetLabel: row.title,
      siteId: row.siteId,
      summary: `发布“${row.title}”第${row.version}版（发布责任人：${input.publishedBy.displayName}）`,
    });
    const payload: ItemPublicationEvent = { itemId: row.id, version: row.version, type: row.type, siteId: row.siteId, placements: await placementsOf(tx, row.id) };
    tx.emit({ type: 'library.item.published', payload });
    for (const rel of await repo.listRelationsOf(tx, row.id)) {
      if (rel.fromItemId !== row.id) continue;
      if (rel.kind === 'repeals') await markReplaced(tx, { itemId: rel.toItemId, validity: 'repealed', by: row, actor: input.publishedBy });
      if (rel.kind === 'amends') await markReplaced(tx, { itemId: rel.toItemId, validity: 'amended', by: row, actor: input.publishedBy });
    }
    return toItem(row);
  });
}

/**
 * The original of an amended or repealed document takes its new validity the moment the
 * replacing document is published: a new version of the original is written with the changed
 * 有效性 and, when the original is live without pending edits, that version goes live at once.
 */
async function markReplaced(tx: Ctx, input: { itemId: number; validity: Validity; by: repo.ItemRow; actor: Actor }): Promise<void> {
  const row = await repo.findItemById(tx, input.itemId);
  if (!row || row.validity === input.validity) return;
  const metadata = { ...readJson<Record<string, unknown>>(row.metadata, {}), validity: input.validity };
  const next = row.version + 1;
  const isLiveAsIs = row.state === 'published';
  const now = tx.now().toISOString();
  const updated = await repo.updateItemAtVersion(tx, row.id, row.version, {
    metadata: writeJson(metadata),
    validity: input.validity,
    version: next,
    ...(isLiveAsIs ? { publishedVersion: next } : {}),
    updatedAt: now,
  });
  if (!updated) return;
  const item = toItem(updated);
  const content: ItemContent = { title: item.title, summary: item.summary, keywords: item.keywords, author: item.author, source: item.source, body: item.body, metadata };
  const note = `因《${input.by.title}》发布，有效性变更为“${validityLabels[input.validity]}”`;
  await repo.insertVersion(tx, { itemId: row.id, version: next, title: row.title, snapshot: writeJson(content), note, createdBy: input.actor.userId, createdByName: input.actor.displayName, createdAt: now });
  await recordAudit(tx, {
    actor: input.actor,
    action: 'library.item.validity',
    targetType: 'library_item',
    targetId: row.id,
    targetLabel: row.title,
    siteId: row.siteId,
    summary: note,
  });
  if (isLiveAsIs) {
    tx.emit({ type: 'library.item.published', payload: { itemId: row.id, version: next, type: row.type, siteId: row.siteId, placements: await placementsOf(tx, row.id) } satisfies ItemPublicationEvent });
  }
}

/**
 * Takes an item off every site (撤稿): the live version is withdrawn, the reason kept.
 * Throws LIBRARY_ITEM_STATE_INVALID when nothing is live.
 */
export async function withdrawPublished(ctx: Ctx, input: { itemId: number; actor: Actor; reason: string }): Promise<Item> {
  return transaction(ctx, async (tx) => {
    const current = await repo.findItemById(tx, input.itemId);
    if (!current) throw ItemNotFound();
    if (current.publishedVersion === null) throw ItemStateInvalid({ message: '信息未发布，无需撤稿' });
    // A pending draft of a live item is withdrawn too: its review, if any, is void.
    const row = await repo.updateItemState(tx, input.itemId, ['published', 'draft', 'in_review', 'approved'], {
      state: 'withdrawn',
      publishedVersion: null,
      withdrawnReason: input.reason,
      unpublishAt: null,
      updatedAt: tx.now().toISOString(),
    });
    if (!row) throw ItemStateInvalid();
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.item.withdraw',
      targetType: 'library_item',
      targetId: row.id,
      targetLabel: row.title,
      siteId: row.siteId,
      summary: `撤稿“${row.title}”，原因：${input.reason}`,
    });
    tx.emit({ type: 'library.item.unpublished', payload: { itemId: row.id, version: null, type: row.type, siteId: row.siteId, placements: await placementsOf(tx, row.id) } satisfies ItemPublicationEvent });
    return toItem(row);
  });
}

/** Items approved for a time that has come, and live items whose withdrawal time has come. */
export async function findDueItems(ctx: Ctx, limit = 100): Promise<{ toPublish: Item[]; toWithdraw: Item[] }> {
  const at = ctx.now().toISOString();
  const toPublish = (await repo.findDue(ctx, 'publishAt', 'approved', at, limit)).map(toItem);
  const toWithdraw = (await repo.findDue(ctx, 'unpublishAt', 'published', at, limit)).map(toItem);
  return { toPublish, toWithdraw };
}

/**
 * The live version of an item as readers see it: its published snapshot, or undefined when
 * nothing is live. For the publishing and search modules.
 */
export async function getPublishedItem(ctx: Ctx, itemId: number): Promise<(Item & { content: ItemContent }) | undefined> {
  const row = await repo.findItemById(ctx, itemId);
  if (!row || row.publishedVersion === null) return undefined;
  const version = await repo.findVersion(ctx, itemId, row.publishedVersion);
  if (!version) return undefined;
  const content = readJson<ItemContent>(version.snapshot, null as unknown as ItemContent);
  return { ...toItem(row), ...content, content };
}
