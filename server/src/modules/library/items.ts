import { z } from 'zod';
import {
  decodeCursor,
  keysetPage,
  transaction,
  writeJson,
  type Ctx,
  type ErrorDetail,
  type Page,
} from '../../kernel/index.js';
import { authorize, can, findOrgUnitsByIds, recordAudit, scopedGrants, type Actor } from '../accounts/index.js';
import { findColumnById, findSiteById, listSiteColumns, type Column } from '../sites/index.js';
import { itemScope, loadAuthorized } from './access.js';
import { getPublishedItem } from './publication.js';
import { findContentType, promotedFields, type ContentType } from './content-types.js';
import {
  ContentTypeUnknown,
  IndexNoTaken,
  IndexNoUnitCodeMissing,
  ItemInvalid,
  ItemLocked,
  ItemNotFound,
  ItemStale,
} from './errors.js';
import { itemStateLabels, type Item, type ItemContent, type ItemState } from './model.js';
import { addPlacementInTx, type PlacementInput } from './placements.js';
import * as repo from './repository.js';
import { sanitizeBody } from './sanitize.js';
import { toItem } from './views.js';

export interface ItemFieldsInput {
  title?: string;
  summary?: string | null;
  keywords?: string[];
  author?: string | null;
  source?: string | null;
  body?: string;
  metadata?: Record<string, unknown>;
  /** Scheduled publication (after approval) and withdrawal, ISO date-times. */
  publishAt?: string | null;
  unpublishAt?: string | null;
  orgUnitId?: number | null;
}

export interface CreateItemInput extends ItemFieldsInput {
  actor: Actor;
  type: string;
  siteId: number;
  title: string;
  placements?: PlacementInput[];
  /** Only imports give one; otherwise it is generated for types that carry a 索引号. */
  indexNo?: string | null;
  note?: string | null;
}

export interface UpdateItemInput extends ItemFieldsInput {
  actor: Actor;
  itemId: number;
  /** The version the editor started from; a different current version answers 409. */
  version: number;
  note?: string | null;
}

const maxBodyBytes = 2 * 1024 * 1024;
const indexNoPattern = /^([^/\s]{1,40})\/(\d{4})-(\d{5})$/;

/** Beijing time: the year of a 索引号 and the default dates follow the local calendar. */
function beijingYear(date: Date): number {
  return new Date(date.getTime() + 8 * 3600_000).getUTCFullYear();
}

export interface NormalizedContent extends ItemContent {
  publishAt: string | null;
  unpublishAt: string | null;
  orgUnitId: number | null;
}

function isoOrProblem(value: string | null | undefined, path: string, problems: ErrorDetail[]): string | null {
  if (value === null || value === undefined || value === '') return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) {
    problems.push({ path, message: '时间格式不正确' });
    return null;
  }
  return new Date(t).toISOString();
}

/**
 * Validates the complete content of an item of `type` (stored values merged with the change).
 * Throws LIBRARY_ITEM_INVALID listing every problem with its path.
 */
export function normalizeContent(type: ContentType, merged: ItemFieldsInput & { title: string }): NormalizedContent {
  const problems: ErrorDetail[] = [];
  const title = merged.title.trim();
  if (!title) problems.push({ path: 'title', message: '请填写标题' });
  if (title.length > 200) problems.push({ path: 'title', message: '标题不超过200字' });
  const summary = merged.summary?.trim() || null;
  if (summary && summary.length > 1000) problems.push({ path: 'summary', message: '摘要不超过1000字' });
  const keywords = [...new Set((merged.keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  if (keywords.length > 20) problems.push({ path: 'keywords', message: '关键词不超过20个' });
  keywords.forEach((k, i) => {
    if (k.length > 30) problems.push({ path: `keywords.${i}`, message: '每个关键词不超过30字' });
  });
  const author = merged.author?.trim() || null;
  if (author && author.length > 100) problems.push({ path: 'author', message: '作者不超过100字' });
  const source = merged.source?.trim() || null;
  if (source && source.length > 200) problems.push({ path: 'source', message: '来源不超过200字' });
  const rawBody = merged.body ?? '';
  if (Buffer.byteLength(rawBody) > maxBodyBytes) problems.push({ path: 'body', message: '正文不超过2MB' });
  const body = sanitizeBody(rawBody);

  let metadata: Record<string, unknown> = {};
  const parsed = type.metadata.safeParse(merged.metadata ?? {});
  if (parsed.success) metadata = parsed.data;
  else {
    for (const issue of parsed.error.issues) {
      problems.push({ path: ['metadata', ...issue.path.map(String)].join('.'), message: issue.message });
    }
  }
  const publishAt = isoOrProblem(merged.publishAt, 'publishAt', problems);
  const unpublishAt = isoOrProblem(merged.unpublishAt, 'unpublishAt', problems);
  if (publishAt && unpublishAt && unpublishAt <= publishAt) {
    problems.push({ path: 'unpublishAt', message: '撤下时间应晚于发布时间' });
  }
  if (problems.length) throw ItemInvalid({ details: problems });
  return { title, summary, keywords, author, source, body, metadata, publishAt, unpublishAt, orgUnitId: merged.orgUnitId ?? null };
}

function contentType(key: string): ContentType {
  const type = findContentType(key);
  if (!type) throw ContentTypeUnknown({ details: [{ path: 'type', message: `没有“${key}”这种信息类型` }] });
  return type;
}

/**
 * The 索引号 of a new disclosure item: `<unit code>/<year>-<5-digit serial>`, the unit being the
 * item's org unit or else the site's sponsor (主办单位), the year that of 成文日期 when given.
 * Throws LIBRARY_INDEX_NO_UNIT_CODE_MISSING, LIBRARY_INDEX_NO_TAKEN.
 */
async function assignIndexNo(
  ctx: Ctx,
  site: { sponsorUnit: { id: number } | null },
  content: NormalizedContent,
  given: string | null | undefined,
): Promise<string> {
  if (given) {
    const m = indexNoPattern.exec(given.trim());
    if (!m) throw ItemInvalid({ details: [{ path: 'indexNo', message: '索引号格式应为 单位代码/年份-五位流水号' }] });
    // Raising the counter first locks its row, so a concurrent save of the same 索引号 waits here
    // and then sees this one's item instead of failing on the unique index.
    await repo.raiseIndexSerial(ctx, m[1]!, Number(m[2]), Number(m[3]));
    if (await repo.findItemByIndexNo(ctx, given.trim())) throw IndexNoTaken({ details: [{ path: 'indexNo', message: `索引号 ${given} 已被使用` }] });
    return given.trim();
  }
  const unitId = content.orgUnitId ?? site.sponsorUnit?.id;
  const [unit] = unitId ? await findOrgUnitsByIds(ctx, [unitId]) : [];
  if (!unit?.code) throw IndexNoUnitCodeMissing({ details: [{ path: 'orgUnitId', message: '请先为发布单位设置机构代码' }] });
  const writtenOn = typeof content.metadata.writtenOn === 'string' ? content.metadata.writtenOn : null;
  const year = writtenOn ? Number(writtenOn.slice(0, 4)) : beijingYear(ctx.now());
  const serial = await repo.nextIndexSerial(ctx, unit.code, year);
  return `${unit.code}/${year}-${String(serial).padStart(5, '0')}`;
}

export function rowValues(content: NormalizedContent) {
  return {
    title: content.title,
    summary: content.summary,
    keywords: writeJson(content.keywords),
    author: content.author,
    source: content.source,
    body: content.body,
    metadata: writeJson(content.metadata),
    publishAt: content.publishAt,
    unpublishAt: content.unpublishAt,
    orgUnitId: content.orgUnitId,
    ...promotedFields(content.metadata),
  };
}

async function writeVersion(ctx: Ctx, actor: Actor, itemId: number, version: number, content: ItemContent, note: string | null) {
  await repo.insertVersion(ctx, {
    itemId,
    version,
    title: content.title,
    snapshot: writeJson(content),
    note,
    createdBy: actor.userId,
    createdByName: actor.displayName,
    createdAt: ctx.now().toISOString(),
  });
}


/** Metadata fields that point at attachments, and the kind each must be. */
const attachmentFields: Record<string, 'image' | 'video' | 'audio'> = {
  coverImageId: 'image',
  pictureIds: 'image',
  imageIds: 'image',
  photoId: 'image',
  videoId: 'video',
  audioId: 'audio',
};

/**
 * Attachments named in metadata must exist, belong to the item's site (and to this item, once
 * attached to one) and be of the right kind. Throws LIBRARY_ITEM_INVALID naming the field.
 */
async function assertAttachmentRefs(ctx: Ctx, metadata: Record<string, unknown>, siteId: number, itemId: number | null): Promise<void> {
  const wanted: Array<{ path: string; id: number; kind: string }> = [];
  for (const [key, kind] of Object.entries(attachmentFields)) {
    const value = metadata[key];
    const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    ids.forEach((id, i) => {
      if (typeof id === 'number') wanted.push({ path: Array.isArray(value) ? `metadata.${key}.${i}` : `metadata.${key}`, id, kind });
    });
  }
  if (!wanted.length) return;
  const found = new Map((await repo.findAttachmentsByIds(ctx, [...new Set(wanted.map((w) => w.id))])).map((a) => [a.id, a]));
  const problems: ErrorDetail[] = [];
  for (const w of wanted) {
    const a = found.get(w.id);
    if (!a || a.siteId !== siteId || (a.itemId !== null && a.itemId !== itemId)) problems.push({ path: w.path, message: `附件 ${w.id} 不存在或不属于这条信息` });
    else if (a.kind !== w.kind) problems.push({ path: w.path, message: `附件“${a.filename}”不是${w.kind === 'image' ? '图片' : w.kind === 'video' ? '视频' : '音频'}` });
  }
  if (problems.length) throw ItemInvalid({ details: problems });
}

/**
 * Creates an item in the library (state draft, version 1) with its placements. The editor needs
 * content.edit on the owning site, or on the column of the first placement there.
 * Throws LIBRARY_CONTENT_TYPE_UNKNOWN, LIBRARY_ITEM_INVALID, LIBRARY_INDEX_NO_TAKEN,
 * LIBRARY_INDEX_NO_UNIT_CODE_MISSING, LIBRARY_PLACEMENT_INVALID, SITES_SITE_NOT_FOUND, FORBIDDEN.
 */
export async function createItem(ctx: Ctx, input: CreateItemInput): Promise<Item> {
  const type = contentType(input.type);
  const content = normalizeContent(type, input);
  return transaction(ctx, async (tx) => {
    const site = await findSiteById(tx, input.siteId);
    if (!site) throw ItemInvalid({ details: [{ path: 'siteId', message: '网站不存在' }] });
    if (site.status === 'closed') throw ItemInvalid({ details: [{ path: 'siteId', message: '网站已关停，不能再添加信息' }] });
    const placements = input.placements ?? [];
    await assertAttachmentRefs(tx, content.metadata, site.id, null);
    const indexNo = type.hasIndexNo || input.indexNo ? await assignIndexNo(tx, site, content, input.indexNo) : null;
    const now = tx.now().toISOString();
    const row = await repo.insertItem(tx, {
      type: type.key,
      siteId: site.id,
      state: 'draft',
      version: 1,
      publishedVersion: null,
      indexNo,
      createdBy: input.actor.userId,
      createdByName: input.actor.displayName,
      updatedBy: input.actor.userId,
      createdAt: now,
      updatedAt: now,
      ...rowValues(content),
    });
    await writeVersion(tx, input.actor, row.id, 1, content, input.note ?? '创建');
    let isPlacedAtHome = false;
    for (const [i, placement] of placements.entries()) {
      const added = await addPlacementInTx(tx, input.actor, row, placement, `placements.${i}`);
      if (added.siteId === site.id) isPlacedAtHome = true;
    }
    // Each placement checked its column's grant; without one on the owning site, a site grant is needed.
    if (!isPlacedAtHome) await authorize(tx, input.actor, 'content.edit', { siteId: site.id });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.item.create',
      targetType: 'library_item',
      targetId: row.id,
      targetLabel: row.title,
      siteId: row.siteId,
      summary: `新建${type.label}“${row.title}”${indexNo ? `，索引号 ${indexNo}` : ''}`,
    });
    tx.emit({ type: 'library.item.created', payload: { itemId: row.id, siteId: row.siteId, type: row.type } });
    return toItem(row);
  });
}

/**
 * Saves a new version of an item. `version` must be the current one (optimistic locking): a stale
 * save answers LIBRARY_ITEM_STALE (409) and changes nothing. An item in review or waiting to be
 * published is locked (LIBRARY_ITEM_LOCKED); a published or withdrawn item becomes a draft again
 * while its published version stays live until the new one is approved.
 * Throws LIBRARY_ITEM_NOT_FOUND, LIBRARY_ITEM_INVALID, LIBRARY_ITEM_STALE, LIBRARY_ITEM_LOCKED, FORBIDDEN.
 */
export async function updateItem(ctx: Ctx, input: UpdateItemInput): Promise<Item> {
  return transaction(ctx, async (tx) => {
    const row = await loadAuthorized(tx, input.actor, 'content.edit', input.itemId);
    if (row.version !== input.version) {
      throw ItemStale({ details: [{ path: 'version', message: `当前版本为第${row.version}版，您编辑的是第${input.version}版` }] });
    }
    if (row.state === 'in_review' || row.state === 'approved') {
      throw ItemLocked({ message: `信息${itemStateLabels[row.state as ItemState]}，不能修改；如需修改请先撤回送审` });
    }
    const current = toItem(row);
    const type = contentType(row.type);
    const content = normalizeContent(type, {
      title: input.title ?? current.title,
      summary: input.summary !== undefined ? input.summary : current.summary,
      keywords: input.keywords ?? current.keywords,
      author: input.author !== undefined ? input.author : current.author,
      source: input.source !== undefined ? input.source : current.source,
      body: input.body ?? current.body,
      metadata: input.metadata ?? current.metadata,
      publishAt: input.publishAt !== undefined ? input.publishAt : current.publishAt,
      unpublishAt: input.unpublishAt !== undefined ? input.unpublishAt : current.unpublishAt,
      orgUnitId: input.orgUnitId !== undefined ? input.orgUnitId : current.orgUnitId,
    });
    await assertAttachmentRefs(tx, content.metadata, row.siteId, row.id);
    const next = row.version + 1;
    const updated = await repo.updateItemAtVersion(tx, row.id, row.version, {
      ...rowValues(content),
      version: next,
      state: 'draft',
      updatedBy: input.actor.userId,
      updatedAt: tx.now().toISOString(),
    });
    if (!updated) throw ItemStale();
    await writeVersion(tx, input.actor, row.id, next, content, input.note ?? null);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.item.update',
      targetType: 'library_item',
      targetId: row.id,
      targetLabel: updated.title,
      siteId: row.siteId,
      summary: `保存“${updated.title}”第${next}版${input.note ? `（${input.note}）` : ''}`,
    });
    tx.emit({ type: 'library.item.updated', payload: { itemId: row.id, siteId: row.siteId, version: next } });
    return toItem(updated);
  });
}

/** An item with everything the editor shows. Throws LIBRARY_ITEM_NOT_FOUND. */
export async function getItem(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<Item> {
  const row = await loadAuthorized(ctx, input.actor, 'content.read', input.itemId, { allowPublicRead: true });
  if (await can(ctx, input.actor, 'content.read', await itemScope(ctx, row))) return toItem(row);
  // Staff of another site, reading a published item: the live version only, never pending edits.
  const live = await getPublishedItem(ctx, row.id);
  if (!live) throw ItemNotFound();
  return { ...toItem(row), ...live.content, version: row.publishedVersion!, state: 'published' };
}

/**
 * Deletes a draft that was never published (a mistake), with its versions and placements.
 * Throws LIBRARY_ITEM_NOT_FOUND, LIBRARY_ITEM_STATE_INVALID, FORBIDDEN.
 */
export async function deleteDraft(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await loadAuthorized(tx, input.actor, 'content.edit', input.itemId);
    if (row.state !== 'draft' || row.publishedVersion !== null || row.publishedAt !== null) {
      throw ItemLocked({ message: '只能删除从未发布过的草稿；已发布的信息请撤稿' });
    }
    await repo.deleteItem(tx, row.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.item.delete',
      targetType: 'library_item',
      targetId: row.id,
      targetLabel: row.title,
      siteId: row.siteId,
      summary: `删除草稿“${row.title}”`,
    });
  });
}

export interface ListItemsInput {
  actor: Actor;
  siteId?: number;
  columnId?: number;
  type?: string;
  state?: ItemState;
  topic?: string;
  validity?: string;
  authorId?: number;
  from?: string;
  to?: string;
  q?: string;
  isLive?: boolean;
  cursor?: string;
  limit?: number;
}

const cursorShape = z.object({ id: z.number().int(), updatedAt: z.string().optional() });

/** The library list: newest first, filtered, only items of sites the actor may read. */
export async function listItems(ctx: Ctx, input: ListItemsInput): Promise<Page<Item>> {
  const grants = await scopedGrants(ctx, input.actor, 'content.read');
  const readsSomething = grants.siteIds === 'all' || grants.siteIds.length > 0 || grants.columnIds.length > 0;
  // Published items are public: anyone who reads some site's library may list every site's live items.
  const isPublicList = input.isLive === true && readsSomething;
  const visible = isPublicList ? 'all' : grants.siteIds;
  // A column grant shows what is placed in the column and its subtree, not the rest of the site.
  let visibleColumnIds: number[] = [];
  if (!isPublicList && grants.siteIds !== 'all' && grants.columnIds.length) {
    const columns = await Promise.all(grants.columnIds.map((id) => findColumnById(ctx, id)));
    const bySite = new Map<number, Column[]>();
    for (const c of columns) if (c && !bySite.has(c.siteId)) bySite.set(c.siteId, await listSiteColumns(ctx, c.siteId));
    const subtree = new Set<number>();
    for (const root of grants.columnIds) {
      const all = [...bySite.values()].flat();
      const stack = [root];
      while (stack.length) {
        const id = stack.pop()!;
        if (subtree.has(id)) continue;
        subtree.add(id);
        for (const child of all) if (child.parentId === id) stack.push(child.id);
      }
    }
    visibleColumnIds = [...subtree];
  }
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const after = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listItems(ctx, {
    siteIds: visible,
    columnIds: visibleColumnIds,
    siteId: input.siteId,
    columnId: input.columnId,
    type: input.type,
    state: input.state,
    topic: input.topic,
    validity: input.validity,
    authorId: input.authorId,
    from: input.from,
    to: input.to,
    q: input.q?.trim() || undefined,
    isLive: input.isLive,
    before: after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit).map((r) => toItem(r));
  // Lists filtered by date are ordered by modification time, and their cursor carries it.
  return keysetPage(page, rows.length > limit, (last): Record<string, string | number> => (input.from || input.to ? { id: last.id, updatedAt: last.updatedAt } : { id: last.id }));
}

/** Trusted read for other modules (no access check). */
export async function findItem(ctx: Ctx, itemId: number): Promise<Item | undefined> {
  const row = await repo.findItemById(ctx, itemId);
  return row ? toItem(row) : undefined;
}

/** The authorization scope of an item, for other modules' checks (workflow, syndication). */
export async function scopeOfItem(ctx: Ctx, itemId: number): Promise<{ siteId: number; columnIds: number[] }> {
  const row = await repo.findItemById(ctx, itemId);
  if (!row) throw ItemNotFound();
  return itemScope(ctx, row);
}
