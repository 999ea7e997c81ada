import { z } from 'zod';
import { decodeCursor, encodeCursor, transaction, type Ctx, type Page } from '../../kernel/index.js';
import { authorize, can, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import {
  findDueItems,
  findItem,
  findSubmissionProblems,
  libraryErrors,
  listPlacementsOfItem,
  markApproved,
  markInReview,
  publishApproved,
  returnToDraft,
  scopeOfItem,
  withdrawPublished,
  type Item,
} from '../library/index.js';
import { effectiveChain, stepRoles, type StepRole } from './chains.js';
import { isBlocking, runChecks, type FindingView } from './checking.js';
import { ChecksBlocking, CommentRequired, NotReady, ReasonRequired, SelfReview, TaskClosed, TaskNotFound } from './errors.js';
import * as repo from './repository.js';

export interface TaskView {
  id: number;
  itemId: number;
  itemVersion: number;
  itemTitle: string;
  itemType: string;
  siteId: number;
  stepIndex: number;
  stepCount: number;
  role: string;
  stepLabel: string;
  state: 'open' | 'approved' | 'returned' | 'cancelled';
  submittedBy: string;
  decidedBy: string | null;
  comment: string | null;
  createdAt: string;
  decidedAt: string | null;
  publishAt: string | null;
}

function toTask(row: repo.TaskRow, item: Pick<Item, 'title' | 'type' | 'publishAt'> | undefined): TaskView {
  return {
    id: row.id,
    itemId: row.itemId,
    itemVersion: row.itemVersion,
    itemTitle: item?.title ?? '（已删除）',
    itemType: item?.type ?? '',
    siteId: row.siteId,
    stepIndex: row.stepIndex,
    stepCount: row.stepCount,
    role: row.role,
    stepLabel: row.stepLabel,
    state: row.state as TaskView['state'],
    submittedBy: row.submittedByName,
    decidedBy: row.decidedByName,
    comment: row.comment,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    publishAt: item?.publishAt ?? null,
  };
}

async function itemOrThrow(ctx: Ctx, itemId: number): Promise<Item> {
  const item = await findItem(ctx, itemId);
  if (!item) throw libraryErrors.ItemNotFound();
  return item;
}

/** The column whose chain reviews the item: its first placement on its own site. */
async function homeColumn(ctx: Ctx, item: Item): Promise<number | null> {
  const placements = await listPlacementsOfItem(ctx, item.id);
  return placements.find((p) => p.siteId === item.siteId)?.columnId ?? null;
}

/**
 * Submits the item's current version for review: checks it is ready (placed, images with
 * alternative text), runs the content checks (severe findings not overridden block), then opens
 * the first step of the item's review chain.
 * Throws WORKFLOW_NOT_READY, WORKFLOW_CHECKS_BLOCKING, LIBRARY_ITEM_STALE, LIBRARY_ITEM_STATE_INVALID, FORBIDDEN.
 */
export async function submitItem(ctx: Ctx, input: { actor: Actor; itemId: number; version: number }): Promise<{ item: Item; findings: FindingView[]; task: TaskView }> {
  const outcome = await transaction(ctx, async (tx) => {
    const item = await itemOrThrow(tx, input.itemId);
    const scope = await scopeOfItem(tx, item.id);
    if (!(await can(tx, input.actor, 'content.read', scope))) throw libraryErrors.ItemNotFound();
    await authorize(tx, input.actor, 'content.submit', scope);
    if (item.version !== input.version) {
      throw libraryErrors.ItemStale({ details: [{ path: 'version', message: `当前版本为第${item.version}版，请先刷新` }] });
    }
    const problems = await findSubmissionProblems(tx, item.id);
    if (problems.length) throw NotReady({ details: problems });
    const findings = await runChecks(tx, item);
    const blocking = findings.filter(isBlocking);
    if (blocking.length) return { blocked: blocking } as const;
    const reviewed = await markInReview(tx, { itemId: item.id, version: item.version });
    const chain = await effectiveChain(tx, item.siteId, await homeColumn(tx, item));
    const first = chain.steps[0]!;
    const task = await repo.insertTask(tx, {
      itemId: item.id,
      itemVersion: item.version,
      siteId: item.siteId,
      stepIndex: 0,
      stepCount: chain.steps.length,
      role: first.role,
      stepLabel: first.label,
      state: 'open',
      submittedBy: input.actor.userId,
      submittedByName: input.actor.displayName,
      createdAt: tx.now().toISOString(),
      decidedAt: null,
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.item.submit',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `提交“${item.title}”第${item.version}版审核，流程：${chain.steps.map((s) => s.label).join(' → ')}${findings.length ? `；内容检查提示${findings.length}处` : ''}`,
    });
    tx.emit({ type: 'workflow.task.opened', payload: { taskId: task.id, itemId: item.id, role: task.role, siteId: item.siteId } });
    return { item: reviewed, findings, task: toTask(task, reviewed) } as const;
  });
  // The findings that block are stored (committed above) so the editor can show them inline.
  if ('blocked' in outcome && outcome.blocked) {
    throw ChecksBlocking({ details: outcome.blocked.map((f) => ({ path: f.field, message: `${f.message}：“${f.match}”` })) });
  }
  if (!('item' in outcome)) throw new Error('unreachable');
  return outcome;
}

async function openTaskFor(tx: Ctx, actor: Actor, taskId: number): Promise<{ task: repo.TaskRow; item: Item; scope: { siteId: number; columnIds: number[] } }> {
  const task = await repo.findTask(tx, taskId);
  if (!task) throw TaskNotFound();
  const scope = await scopeOfItem(tx, task.itemId);
  const permission = stepRoles[task.role as StepRole]?.permission ?? 'content.review';
  await authorize(tx, actor, permission, scope);
  if (task.state !== 'open') throw TaskClosed();
  const item = await itemOrThrow(tx, task.itemId);
  return { task, item, scope };
}

/** Job payload of a scheduled publication: who answers for it. */
interface PublishJob {
  itemId: number;
  version: number;
  publisher: { userId: number | null; username: string; displayName: string };
}

/**
 * Approves a review step. The next step opens, or after the last one the item is approved and
 * goes live now, or at its scheduled time through a job (and the minute sweep as a safety net).
 * The last approver is recorded as the publisher (谁发布谁负责).
 * Throws WORKFLOW_TASK_NOT_FOUND, WORKFLOW_TASK_CLOSED, WORKFLOW_SELF_REVIEW, FORBIDDEN.
 */
export async function approveTask(ctx: Ctx, input: { actor: Actor; taskId: number; comment?: string | null }): Promise<{ task: TaskView; item: Item }> {
  return transaction(ctx, async (tx) => {
    const { task, item } = await openTaskFor(tx, input.actor, input.taskId);
    if (input.actor.kind === 'user' && task.submittedBy === input.actor.userId) throw SelfReview();
    const now = tx.now().toISOString();
    const decided = await repo.decideTask(tx, task.id, {
      state: 'approved',
      decidedBy: input.actor.userId,
      decidedByName: input.actor.displayName,
      comment: input.comment?.trim() || null,
      decidedAt: now,
    });
    if (!decided) throw TaskClosed();
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.task.approve',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `${task.stepLabel}通过“${item.title}”第${task.itemVersion}版${input.comment ? `，意见：${input.comment}` : ''}`,
    });
    let current = item;
    if (task.stepIndex + 1 < task.stepCount) {
      const chain = await effectiveChain(tx, item.siteId, await homeColumn(tx, item));
      const step = chain.steps[task.stepIndex + 1] ?? { role: 'reviewer', label: '审核' };
      const next = await repo.insertTask(tx, {
        itemId: item.id,
        itemVersion: task.itemVersion,
        siteId: item.siteId,
        stepIndex: task.stepIndex + 1,
        stepCount: task.stepCount,
        role: step.role,
        stepLabel: step.label,
        state: 'open',
        submittedBy: task.submittedBy,
        submittedByName: task.submittedByName,
        createdAt: now,
        decidedAt: null,
      });
      tx.emit({ type: 'workflow.task.opened', payload: { taskId: next.id, itemId: item.id, role: next.role, siteId: item.siteId } });
    } else {
      current = await markApproved(tx, { itemId: item.id });
      const publisher = { userId: input.actor.userId, username: input.actor.username, displayName: input.actor.displayName };
      if (current.publishAt && current.publishAt > now) {
        tx.enqueue('workflow.publish', { itemId: item.id, version: current.version, publisher } satisfies PublishJob, {
          runAt: new Date(current.publishAt),
          singletonKey: `${item.id}:${current.version}`,
        });
      } else {
        current = (await publishApproved(tx, { itemId: item.id, publishedBy: input.actor })) ?? current;
      }
    }
    return { task: toTask(decided, current), item: current };
  });
}

/**
 * Returns the item to its editor with comments; the rest of the chain is cancelled.
 * Throws WORKFLOW_COMMENT_REQUIRED, WORKFLOW_TASK_NOT_FOUND, WORKFLOW_TASK_CLOSED, FORBIDDEN.
 */
export async function returnTask(ctx: Ctx, input: { actor: Actor; taskId: number; comment: string }): Promise<{ task: TaskView; item: Item }> {
  const comment = input.comment.trim();
  if (!comment) throw CommentRequired({ details: [{ path: 'comment', message: '请写明退回的原因和修改意见' }] });
  return transaction(ctx, async (tx) => {
    const { task, item } = await openTaskFor(tx, input.actor, input.taskId);
    const now = tx.now().toISOString();
    const decided = await repo.decideTask(tx, task.id, {
      state: 'returned',
      decidedBy: input.actor.userId,
      decidedByName: input.actor.displayName,
      comment,
      decidedAt: now,
    });
    if (!decided) throw TaskClosed();
    await repo.cancelOpenTasks(tx, item.id, now);
    const back = await returnToDraft(tx, { itemId: item.id });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.task.return',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `${task.stepLabel}退回“${item.title}”，意见：${comment}`,
    });
    tx.emit({ type: 'workflow.item.returned', payload: { itemId: item.id, siteId: item.siteId, comment } });
    return { task: toTask(decided, back), item: back };
  });
}

/** The editor takes a submission back (in review or waiting for its scheduled time). */
export async function recallItem(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<Item> {
  return transaction(ctx, async (tx) => {
    const item = await itemOrThrow(tx, input.itemId);
    await authorize(tx, input.actor, 'content.submit', await scopeOfItem(tx, item.id));
    const back = await returnToDraft(tx, { itemId: item.id });
    await repo.cancelOpenTasks(tx, item.id, tx.now().toISOString());
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.item.recall',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `撤回送审“${item.title}”`,
    });
    return back;
  });
}

/**
 * 撤稿: takes a published item off every site, with a reason. Needs content.publish.
 * Throws WORKFLOW_REASON_REQUIRED, LIBRARY_ITEM_STATE_INVALID, FORBIDDEN.
 */
export async function withdrawItem(ctx: Ctx, input: { actor: Actor; itemId: number; reason: string }): Promise<Item> {
  const reason = input.reason.trim();
  if (reason.length < 2 || reason.length > 500) throw ReasonRequired({ details: [{ path: 'reason', message: '请填写撤稿原因（2至500字）' }] });
  return transaction(ctx, async (tx) => {
    const item = await itemOrThrow(tx, input.itemId);
    await authorize(tx, input.actor, 'content.publish', await scopeOfItem(tx, item.id));
    await repo.cancelOpenTasks(tx, item.id, tx.now().toISOString());
    return withdrawPublished(tx, { itemId: item.id, actor: input.actor, reason });
  });
}

const cursorShape = z.object({ id: z.number().int() });

/**
 * The actor's task inbox: open steps of roles they may take, in sites where they hold the step's
 * permission (a column grant is checked task by task).
 */
export async function listInbox(ctx: Ctx, input: { actor: Actor; state?: 'open' | 'approved' | 'returned'; cursor?: string; limit?: number }): Promise<Page<TaskView>> {
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const after = decodeCursor(input.cursor, cursorShape);
  const roleSites = new Map<string, 'all' | number[]>();
  for (const [role, def] of Object.entries(stepRoles)) {
    const sites = await scopedSiteIds(ctx, input.actor, def.permission);
    if (sites === 'all' || sites.length) roleSites.set(role, sites);
  }
  if (!roleSites.size) return { items: [], nextCursor: null };
  const everySite = [...roleSites.values()].some((s) => s === 'all');
  const siteIds: 'all' | number[] = everySite ? 'all' : [...new Set([...roleSites.values()].flat() as number[])];
  const out: TaskView[] = [];
  let beforeId = after?.id;
  let hasMore = false;
  // Read in batches and keep what the actor may act on, until a page is full.
  for (let round = 0; round < 10 && out.length <= limit; round++) {
    const rows = await repo.listTasks(ctx, { state: input.state ?? 'open', roles: [...roleSites.keys()], siteIds, beforeId, limit: 100 });
    for (const row of rows) {
      const sites = roleSites.get(row.role);
      const permission = stepRoles[row.role as StepRole].permission;
      const isAllowed = sites === 'all' || (sites?.includes(row.siteId) && (await can(ctx, input.actor, permission, await scopeOfItem(ctx, row.itemId).catch(() => ({ siteId: -1, columnIds: [] })))));
      if (isAllowed) out.push(toTask(row, await findItem(ctx, row.itemId)));
      if (out.length > limit) break;
    }
    if (rows.length < 100 || out.length > limit) {
      hasMore = out.length > limit;
      break;
    }
    beforeId = rows[rows.length - 1]!.id;
  }
  const page = out.slice(0, limit);
  return { items: page, nextCursor: hasMore ? encodeCursor({ id: page[page.length - 1]!.id }) : null };
}

/** The review history of an item: every step of every submission. */
export async function itemReviewHistory(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<TaskView[]> {
  const item = await itemOrThrow(ctx, input.itemId);
  if (!(await can(ctx, input.actor, 'content.read', await scopeOfItem(ctx, item.id)))) throw libraryErrors.ItemNotFound();
  return (await repo.listTasksOfItem(ctx, item.id)).map((t) => toTask(t, item));
}

/** Publishes an approved item whose time has come (job handler and sweep). Idempotent. */
export async function publishDue(ctx: Ctx, job: PublishJob): Promise<boolean> {
  return transaction(ctx, async (tx) => {
    const item = await findItem(tx, job.itemId);
    if (!item || item.state !== 'approved' || item.version !== job.version) return false;
    if (item.publishAt && item.publishAt > tx.now().toISOString()) return false;
    const actor: Actor = { kind: 'user', ...job.publisher };
    return (await publishApproved(tx, { itemId: item.id, publishedBy: actor })) !== null;
  });
}

/**
 * The minute sweep: publishes approved items whose time has come and withdraws live items whose
 * withdrawal time has come. It catches what a lost job would miss (jobs are sent after commit).
 */
export async function sweepDue(ctx: Ctx): Promise<{ published: number; withdrawn: number }> {
  const due = await findDueItems(ctx);
  let published = 0;
  let withdrawn = 0;
  for (const item of due.toPublish) {
    const approval = await repo.findLastApproval(ctx, item.id, item.version);
    const publisher = approval
      ? { userId: approval.decidedBy, username: `user-${approval.decidedBy ?? 'system'}`, displayName: approval.decidedByName ?? '系统' }
      : { userId: null, username: 'system', displayName: '系统（定时发布）' };
    if (await publishDue(ctx, { itemId: item.id, version: item.version, publisher })) published++;
  }
  for (const item of due.toWithdraw) {
    await transaction(ctx, async (tx) => {
      const fresh = await findItem(tx, item.id);
      if (!fresh || fresh.state !== 'published' || !fresh.unpublishAt || fresh.unpublishAt > tx.now().toISOString()) return;
      await withdrawPublished(tx, { itemId: item.id, actor: { kind: 'system', userId: null, username: 'system', displayName: '系统（定时撤下）' }, reason: '到达定时撤下时间' });
      withdrawn++;
    });
  }
  return { published, withdrawn };
}

export type { PublishJob };
