import { Forbidden, readJson, transaction, writeJson, type Ctx, type ErrorDetail } from '../../kernel/index.js';
import { authorize, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import {
  ColumnCycle,
  ColumnHasChildren,
  ColumnInvalid,
  ColumnLanguageInvalid,
  ColumnNotFound,
  ColumnParentInvalid,
  ColumnSlugTaken,
  SiteClosed,
  SiteNotFound,
} from './errors.js';
import {
  columnKindLabels,
  siteLanguageLabels,
  type Column,
  type ColumnEventPayload,
  type ColumnKind,
  type ColumnMovedPayload,
  type SiteLanguage,
} from './model.js';
import * as repo from './repository.js';
import { isCalendarDate, validateColumnSlug, validateLinkUrl } from './validation.js';

export interface ColumnFields {
  kind: ColumnKind;
  name: string;
  slug: string;
  /** 栏目说明 (A4): required — a column that cannot say what it is for should not exist. */
  purpose: string;
  linkUrl?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  updateIntervalDays?: number | null;
  isHidden?: boolean;
  keywords?: string[];
  description?: string | null;
  /**
   * The language version (one of the site's languages). Default on create: the parent's language,
   * else zh-CN. A child always has its parent's language; changing a top-level column's language
   * changes its whole subtree.
   */
  language?: SiteLanguage;
}

export type CreateColumnInput = ColumnFields & {
  actor: Actor;
  siteId: number;
  parentId?: number | null;
  /** 0-based place among the new siblings; default: last. */
  position?: number;
};

export type UpdateColumnInput = Partial<ColumnFields> & { actor: Actor; columnId: number };

/** Field names as the audit summary shows them. */
const columnFieldLabels: Partial<Record<keyof Column, string>> = {
  kind: '类型',
  language: '语言',
  name: '名称',
  slug: '标识',
  purpose: '栏目说明',
  linkUrl: '链接地址',
  startsOn: '开始日期',
  endsOn: '结束日期',
  updateIntervalDays: '更新周期',
  isHidden: '是否隐藏',
  keywords: '关键词',
  description: '描述',
};

/** Kinds that are leaves: a link points elsewhere, a single page is its own content. */
const leafKinds: ReadonlySet<ColumnKind> = new Set(['link', 'single_page']);

// ---- extension point: delete guards ----------------------------------------------------------

/**
 * Something that may refuse a column's deletion by throwing a coded error (the library module
 * registers one that refuses while items are placed in the column). Guards run inside the delete
 * transaction, before the row goes, so their check and the delete are atomic.
 */
export type ColumnDeleteGuard = (tx: Ctx, column: Column) => Promise<void>;

// Keyed by the platform's event bus: one registry per running platform, so several platforms in one
// process (the tests) do not share guards.
const deleteGuards = new WeakMap<object, ColumnDeleteGuard[]>();

/** Registers a delete guard for this platform; call from a module's `wire(ctx)`. */
export function registerColumnDeleteGuard(ctx: Ctx, guard: ColumnDeleteGuard): void {
  const list = deleteGuards.get(ctx.events) ?? [];
  list.push(guard);
  deleteGuards.set(ctx.events, list);
}

// ---- views and helpers ----------------------------------------------------------------------

export function toColumn(row: repo.ColumnRow): Column {
  return {
    id: row.id,
    siteId: row.siteId,
    parentId: row.parentId,
    kind: row.kind as ColumnKind,
    language: row.language as SiteLanguage,
    name: row.name,
    slug: row.slug,
    purpose: row.purpose,
    linkUrl: row.linkUrl,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    updateIntervalDays: row.updateIntervalDays,
    sortOrder: row.sortOrder,
    // Boolean() also covers a SQLite 1/0 that reached us unconverted.
    isHidden: Boolean(row.isHidden),
    keywords: readJson<string[]>(row.keywords, []),
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Ancestor ids of `columnId`, nearest first, walked over the site's id → parent map. */
function ancestorIds(links: Array<{ id: number; parentId: number | null }>, columnId: number): number[] {
  const parentOf = new Map(links.map((l) => [l.id, l.parentId]));
  const out: number[] = [];
  // The bound stops a walk on a corrupted (cyclic) tree instead of looping forever.
  for (let at = parentOf.get(columnId) ?? null; at !== null && out.length <= links.length; at = parentOf.get(at) ?? null) out.push(at);
  return out;
}

/**
 * The columns above `columnId`, from the top-level column down to its parent (empty for a
 * top-level column). Other modules pass `[columnId, ...ids]` to `authorize` as `columnIds`.
 * Throws SITES_COLUMN_NOT_FOUND.
 */
export async function findColumnAncestors(ctx: Ctx, columnId: number): Promise<Column[]> {
  const row = await repo.findColumnById(ctx, columnId);
  if (!row) throw ColumnNotFound();
  const ids = ancestorIds(await repo.findColumnLinks(ctx, row.siteId), columnId);
  const byId = new Map((await repo.listColumnRows(ctx, row.siteId)).map((r) => [r.id, r]));
  return ids.reverse().map((id) => toColumn(byId.get(id)!));
}

/** The authorization scope of a column: its site and the column with all its ancestors. */
export async function columnScope(ctx: Ctx, column: Pick<Column, 'id' | 'siteId'>): Promise<{ siteId: number; columnIds: number[] }> {
  return { siteId: column.siteId, columnIds: [column.id, ...ancestorIds(await repo.findColumnLinks(ctx, column.siteId), column.id)] };
}

/** A column by id without any access check, for other modules' trusted reads. */
export async function findColumnById(ctx: Ctx, columnId: number): Promise<Column | undefined> {
  const row = await repo.findColumnById(ctx, columnId);
  return row ? toColumn(row) : undefined;
}

async function writableSite(ctx: Ctx, siteId: number): Promise<repo.SiteRow> {
  const site = await repo.findSiteById(ctx, siteId);
  if (!site) throw SiteNotFound();
  if (site.status === 'closed') throw SiteClosed({ message: '网站已关停，不能再调整栏目' });
  return site;
}

async function authorizeManageUnder(ctx: Ctx, actor: Actor, siteId: number, parentId: number | null): Promise<void> {
  if (parentId === null) return authorize(ctx, actor, 'columns.manage', { siteId });
  return authorize(ctx, actor, 'columns.manage', await columnScope(ctx, { id: parentId, siteId }));
}

/** A parent must be a column of the same site that can hold children. */
async function assertParentColumn(ctx: Ctx, siteId: number, parentId: number | null): Promise<repo.ColumnRow | null> {
  if (parentId === null) return null;
  const parent = await repo.findColumnById(ctx, parentId);
  if (!parent) throw ColumnParentInvalid({ details: [{ path: 'parentId', message: '上级栏目不存在' }] });
  if (parent.siteId !== siteId) throw ColumnParentInvalid({ details: [{ path: 'parentId', message: '不能把栏目放到其他网站的栏目之下' }] });
  if (leafKinds.has(parent.kind as ColumnKind)) {
    throw ColumnParentInvalid({ details: [{ path: 'parentId', message: `${columnKindLabels[parent.kind as ColumnKind]}不能有子栏目` }] });
  }
  return parent;
}

const languageLabel = (language: string) => siteLanguageLabels[language as SiteLanguage] ?? language;

/**
 * The language a column may have: one of its site's language versions, and its parent's language
 * when it has a parent. Throws SITES_COLUMN_LANGUAGE_INVALID naming `language`.
 */
function assertColumnLanguage(site: repo.SiteRow, parent: repo.ColumnRow | null, language: string): void {
  const siteLanguages = readJson<string[]>(site.languages, ['zh-CN']);
  if (!siteLanguages.includes(language)) {
    throw ColumnLanguageInvalid({
      details: [
        {
          path: 'language',
          message: `网站“${site.shortName}”没有${languageLabel(language)}版本（现有：${siteLanguages.map(languageLabel).join('、')}），请先在网站信息中添加`,
        },
      ],
    });
  }
  if (parent && parent.language !== language) {
    throw ColumnLanguageInvalid({
      details: [
        {
          path: 'language',
          message: `上级栏目“${parent.name}”属于${languageLabel(parent.language)}版本，下级栏目须使用同一语言，不能是${languageLabel(language)}`,
        },
      ],
    });
  }
}

/** Ids of every column below `columnId` (its whole subtree, without itself). */
function descendantIds(links: Array<{ id: number; parentId: number | null }>, columnId: number): number[] {
  const children = new Map<number, number[]>();
  for (const l of links) if (l.parentId !== null) children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.id]);
  const out: number[] = [];
  const queue = [...(children.get(columnId) ?? [])];
  // The bound stops a walk on a corrupted (cyclic) tree, as in ancestorIds.
  while (queue.length && out.length <= links.length) {
    const id = queue.shift()!;
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

interface NormalizedColumn {
  kind: ColumnKind;
  name: string;
  slug: string;
  purpose: string;
  linkUrl: string | null;
  startsOn: string | null;
  endsOn: string | null;
  updateIntervalDays: number | null;
  isHidden: boolean;
  keywords: string[];
  description: string | null;
}

/**
 * Checks a column's complete field set (the stored values merged with the change, since the rules
 * depend on the kind). Throws SITES_COLUMN_INVALID with every problem.
 */
function normalizeColumn(merged: ColumnFields, given: Partial<ColumnFields>): NormalizedColumn {
  const problems: ErrorDetail[] = [];
  const name = merged.name.trim();
  if (!name || name.length > 50) problems.push({ path: 'name', message: '栏目名称须为1至50个字' });
  const slug = merged.slug.trim();
  problems.push(...validateColumnSlug(slug));
  const purpose = merged.purpose.trim();
  if (!purpose) problems.push({ path: 'purpose', message: '请填写栏目说明：这个栏目发布什么、为谁服务' });
  if (purpose.length > 500) problems.push({ path: 'purpose', message: '栏目说明不超过500字' });

  let linkUrl: string | null = null;
  if (merged.kind === 'link') {
    linkUrl = merged.linkUrl?.trim() || null;
    if (!linkUrl) problems.push({ path: 'linkUrl', message: '链接栏目须填写链接地址' });
    else problems.push(...validateLinkUrl(linkUrl));
  } else if (given.linkUrl) {
    problems.push({ path: 'linkUrl', message: '只有链接栏目需要链接地址' });
  }

  let startsOn: string | null = null;
  let endsOn: string | null = null;
  if (merged.kind === 'topic') {
    startsOn = merged.startsOn ?? null;
    endsOn = merged.endsOn ?? null;
    if (!startsOn) problems.push({ path: 'startsOn', message: '专题栏目须填写开始日期' });
    else if (!isCalendarDate(startsOn)) problems.push({ path: 'startsOn', message: '日期格式应为 YYYY-MM-DD' });
    if (!endsOn) problems.push({ path: 'endsOn', message: '专题栏目须填写结束日期' });
    else if (!isCalendarDate(endsOn)) problems.push({ path: 'endsOn', message: '日期格式应为 YYYY-MM-DD' });
    if (startsOn && endsOn && isCalendarDate(startsOn) && isCalendarDate(endsOn) && endsOn < startsOn) {
      problems.push({ path: 'endsOn', message: '结束日期不能早于开始日期' });
    }
  } else if (given.startsOn || given.endsOn) {
    problems.push({ path: given.startsOn ? 'startsOn' : 'endsOn', message: '只有专题栏目需要起止日期' });
  }

  const updateIntervalDays = merged.updateIntervalDays ?? null;
  if (updateIntervalDays !== null && (!Number.isInteger(updateIntervalDays) || updateIntervalDays < 1 || updateIntervalDays > 3650)) {
    problems.push({ path: 'updateIntervalDays', message: '更新周期须为1至3650天' });
  }
  const keywords = [...new Set((merged.keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  if (keywords.length > 20) problems.push({ path: 'keywords', message: '关键词不超过20个' });
  keywords.forEach((k, i) => {
    if (k.length > 30) problems.push({ path: `keywords.${i}`, message: '每个关键词不超过30个字' });
  });
  const description = merged.description?.trim() || null;
  if (description && description.length > 500) problems.push({ path: 'description', message: '栏目描述不超过500字' });
  if (problems.length) throw ColumnInvalid({ details: problems });
  return {
    kind: merged.kind,
    name,
    slug,
    purpose,
    linkUrl,
    startsOn,
    endsOn,
    updateIntervalDays,
    isHidden: merged.isHidden ?? false,
    keywords,
    description,
  };
}

async function assertSlugFree(ctx: Ctx, siteId: number, slug: string, exceptColumnId?: number): Promise<void> {
  const other = await repo.findColumnBySlug(ctx, siteId, slug);
  if (other && other.id !== exceptColumnId) {
    throw ColumnSlugTaken({ details: [{ path: 'slug', message: `栏目标识“${slug}”已被栏目“${other.name}”使用` }] });
  }
}

function rethrowUnique(error: unknown, slug: string): never {
  if (repo.violatedUniqueIndex(error) === 'sites_columns_slug') {
    throw ColumnSlugTaken({ details: [{ path: 'slug', message: `栏目标识“${slug}”已被使用` }] });
  }
  throw error;
}

/**
 * Puts `columnId` at `position` among the children of `parentId` and renumbers them 0..n-1, so
 * the order is always dense and a move is one transaction. Returns the position actually used.
 */
async function placeAmongSiblings(
  tx: Ctx,
  siteId: number,
  parentId: number | null,
  columnId: number,
  position: number | undefined,
): Promise<number> {
  const siblings = (await repo.findSiblings(tx, siteId, parentId)).filter((s) => s.id !== columnId);
  const at = position === undefined ? siblings.length : Math.max(0, Math.min(position, siblings.length));
  const ordered = [...siblings.slice(0, at), { id: columnId, sortOrder: -1 }, ...siblings.slice(at)];
  for (const [index, s] of ordered.entries()) {
    if (s.sortOrder !== index) await repo.setSortOrder(tx, s.id, index);
  }
  return at;
}

/** Closes the gap a column left behind among its former siblings. */
async function renumberSiblings(tx: Ctx, siteId: number, parentId: number | null): Promise<void> {
  for (const [index, s] of (await repo.findSiblings(tx, siteId, parentId)).entries()) {
    if (s.sortOrder !== index) await repo.setSortOrder(tx, s.id, index);
  }
}

// ---- use cases ------------------------------------------------------------------------------

/**
 * Every column of a site, parents before children and siblings in display order (a depth-first
 * walk), each with its parentId: the console builds the tree. Needs `columns.read` somewhere in
 * the site (a column-scoped editor sees the whole tree to find their place in it).
 */
export async function listColumns(ctx: Ctx, input: { actor: Actor; siteId: number }): Promise<Column[]> {
  const site = await repo.findSiteById(ctx, input.siteId);
  if (!site) throw SiteNotFound();
  const visible = await scopedSiteIds(ctx, input.actor, 'columns.read');
  if (visible !== 'all' && !visible.includes(site.id)) throw Forbidden();
  return orderedTree((await repo.listColumnRows(ctx, site.id)).map(toColumn));
}

/** Depth-first order over columns already sorted by sortOrder. */
export function orderedTree(columns: Column[]): Column[] {
  const children = new Map<number | null, Column[]>();
  for (const c of columns) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: Column[] = [];
  const visit = (parentId: number | null) => {
    for (const c of children.get(parentId) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

/** Columns of a site for public pages: no access check (the public sees what is not hidden). */
export async function listSiteColumns(ctx: Ctx, siteId: number): Promise<Column[]> {
  return orderedTree((await repo.listColumnRows(ctx, siteId)).map(toColumn));
}

/**
 * Adds a column under `parentId` (null: top level) at `position` (default: last). Needs
 * `columns.manage` on the site or on the parent's subtree. Throws SITES_SITE_NOT_FOUND,
 * SITES_SITE_CLOSED, SITES_COLUMN_INVALID, SITES_COLUMN_PARENT_INVALID, SITES_COLUMN_SLUG_TAKEN, FORBIDDEN.
 */
export async function createColumn(ctx: Ctx, input: CreateColumnInput): Promise<Column> {
  const { actor, siteId } = input;
  const parentId = input.parentId ?? null;
  await writableSite(ctx, siteId);
  await authorizeManageUnder(ctx, actor, siteId, parentId);
  const fields = normalizeColumn(input, input);
  return transaction(ctx, async (tx) => {
    const site = await writableSite(tx, siteId);
    const parent = await assertParentColumn(tx, siteId, parentId);
    const language = input.language ?? (parent?.language as SiteLanguage | undefined) ?? 'zh-CN';
    assertColumnLanguage(site, parent, language);
    await assertSlugFree(tx, siteId, fields.slug);
    const now = tx.now().toISOString();
    let row: repo.ColumnRow;
    try {
      row = await repo.insertColumn(tx, {
        ...fields,
        keywords: writeJson(fields.keywords),
        language,
        siteId,
        parentId,
        sortOrder: 0,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      rethrowUnique(error, fields.slug);
    }
    const position = await placeAmongSiblings(tx, siteId, parentId, row.id, input.position);
    const column = toColumn((await repo.findColumnById(tx, row.id))!);
    await recordAudit(tx, {
      actor,
      action: 'sites.column.create',
      targetType: 'column',
      targetId: column.id,
      targetLabel: column.name,
      siteId,
      summary: `在网站“${site.shortName}”${parent ? `的栏目“${parent.name}”下` : ''}新建${language === 'zh-CN' ? '' : `${languageLabel(language)}版`}${columnKindLabels[column.kind]}“${column.name}”（第${position + 1}位）`,
      after: column,
    });
    tx.emit({ type: 'sites.column.created', payload: { siteId, columnId: column.id } satisfies ColumnEventPayload });
    return column;
  });
}

/** Checks `columns.manage` on the column's subtree before a change. Throws SITES_COLUMN_NOT_FOUND, FORBIDDEN. */
async function authorizeColumnChange(ctx: Ctx, actor: Actor, columnId: number): Promise<void> {
  const existing = await repo.findColumnById(ctx, columnId);
  if (!existing) throw ColumnNotFound();
  await authorize(ctx, actor, 'columns.manage', await columnScope(ctx, existing));
}

/** Re-reads the column inside the transaction and checks its site may still change. */
async function writableColumn(tx: Ctx, columnId: number) {
  const row = await repo.findColumnById(tx, columnId);
  if (!row) throw ColumnNotFound();
  await writableSite(tx, row.siteId);
  return row;
}

/**
 * Renames, re-describes, hides/shows or changes the kind or language of a column. Only a top-level
 * column can change its language (a child follows its parent), and its whole subtree changes with
 * it. Needs `columns.manage` on the column's subtree. Throws SITES_COLUMN_NOT_FOUND,
 * SITES_SITE_CLOSED, SITES_COLUMN_INVALID, SITES_COLUMN_LANGUAGE_INVALID, SITES_COLUMN_SLUG_TAKEN,
 * FORBIDDEN.
 */
export async function updateColumn(ctx: Ctx, input: UpdateColumnInput): Promise<Column> {
  const { actor, columnId } = input;
  await authorizeColumnChange(ctx, actor, columnId);
  return transaction(ctx, async (tx) => {
    const row = await writableColumn(tx, columnId);
    const before = toColumn(row);
    const given: Partial<ColumnFields> = {};
    for (const key of [
      'kind',
      'name',
      'slug',
      'purpose',
      'linkUrl',
      'startsOn',
      'endsOn',
      'updateIntervalDays',
      'isHidden',
      'keywords',
      'description',
    ] as const) {
      if (input[key] !== undefined) (given as Record<string, unknown>)[key] = input[key];
    }
    const fields = normalizeColumn({ ...before, ...given } as ColumnFields, given);
    if (fields.kind !== before.kind && leafKinds.has(fields.kind) && (await repo.countChildren(tx, columnId)) > 0) {
      throw ColumnInvalid({ details: [{ path: 'kind', message: `栏目有子栏目，不能改为${columnKindLabels[fields.kind]}` }] });
    }
    if (fields.slug !== before.slug) await assertSlugFree(tx, row.siteId, fields.slug, columnId);
    const language = input.language ?? before.language;
    let subtree: number[] = [];
    if (language !== before.language) {
      const site = (await repo.findSiteById(tx, row.siteId))!;
      const parent = row.parentId === null ? null : ((await repo.findColumnById(tx, row.parentId)) ?? null);
      assertColumnLanguage(site, parent, language);
      subtree = descendantIds(await repo.findColumnLinks(tx, row.siteId), columnId);
    }
    let updated: repo.ColumnRow;
    try {
      updated = await repo.updateColumnRow(tx, columnId, {
        ...fields,
        keywords: writeJson(fields.keywords),
        language,
        updatedAt: tx.now().toISOString(),
      });
      await repo.setColumnLanguage(tx, subtree, language, tx.now().toISOString());
    } catch (error) {
      rethrowUnique(error, fields.slug);
    }
    const after = toColumn(updated);
    const changed = (Object.keys(after) as Array<keyof Column>).filter(
      (k) => k !== 'updatedAt' && JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    const visibility = after.isHidden !== before.isHidden ? (after.isHidden ? '，已隐藏' : '，已显示') : '';
    const relanguaged = subtree.length ? `，${subtree.length}个下级栏目随之改为${languageLabel(language)}` : '';
    await recordAudit(tx, {
      actor,
      action: 'sites.column.update',
      targetType: 'column',
      targetId: columnId,
      targetLabel: after.name,
      siteId: after.siteId,
      summary: `修改栏目“${after.name}”：${changed.map((k) => columnFieldLabels[k] ?? k).join('、') || '无变化'}${visibility}${relanguaged}`,
      before,
      after,
    });
    tx.emit({ type: 'sites.column.updated', payload: { siteId: after.siteId, columnId } satisfies ColumnEventPayload });
    for (const id of subtree)
      tx.emit({ type: 'sites.column.updated', payload: { siteId: after.siteId, columnId: id } satisfies ColumnEventPayload });
    return after;
  });
}

/**
 * Moves a column (with its subtree) under `parentId` (null: top level) at `position` among the new
 * siblings; with the same parent this reorders. Needs `columns.manage` on the column's subtree
 * and under the destination. Throws SITES_COLUMN_NOT_FOUND, SITES_COLUMN_PARENT_INVALID (another
 * site's column, a leaf), SITES_COLUMN_CYCLE (itself or its own descendant),
 * SITES_COLUMN_LANGUAGE_INVALID (a parent of another language), SITES_SITE_CLOSED, FORBIDDEN.
 */
export async function moveColumn(
  ctx: Ctx,
  input: { actor: Actor; columnId: number; parentId: number | null; position: number },
): Promise<Column> {
  const { actor, columnId, parentId } = input;
  await authorizeColumnChange(ctx, actor, columnId);
  return transaction(ctx, async (tx) => {
    const row = await writableColumn(tx, columnId);
    if (parentId !== null) {
      if (parentId === columnId) throw ColumnCycle({ details: [{ path: 'parentId', message: '不能把栏目移动到它自己之下' }] });
      const target = await repo.findColumnById(tx, parentId);
      if (target && target.siteId === row.siteId && ancestorIds(await repo.findColumnLinks(tx, row.siteId), parentId).includes(columnId)) {
        throw ColumnCycle({ details: [{ path: 'parentId', message: '不能把栏目移动到它自己的下级栏目之下' }] });
      }
    }
    const parent = await assertParentColumn(tx, row.siteId, parentId);
    // The subtree keeps its language, so a new parent must have the same one.
    if (parent && parent.language !== row.language) {
      throw ColumnLanguageInvalid({
        details: [
          {
            path: 'parentId',
            message: `栏目“${row.name}”属于${languageLabel(row.language)}版本，不能移到${languageLabel(parent.language)}栏目“${parent.name}”之下`,
          },
        ],
      });
    }
    if (parentId !== row.parentId) await authorizeManageUnder(tx, actor, row.siteId, parentId);
    const before = toColumn(row);
    if (parentId !== row.parentId) await repo.updateColumnRow(tx, columnId, { parentId, updatedAt: tx.now().toISOString() });
    const position = await placeAmongSiblings(tx, row.siteId, parentId, columnId, input.position);
    if (parentId !== row.parentId) await renumberSiblings(tx, row.siteId, row.parentId);
    const after = toColumn((await repo.findColumnById(tx, columnId))!);
    await recordAudit(tx, {
      actor,
      action: 'sites.column.move',
      targetType: 'column',
      targetId: columnId,
      targetLabel: after.name,
      siteId: after.siteId,
      summary:
        parentId === before.parentId
          ? `调整栏目“${after.name}”的顺序：第${before.sortOrder + 1}位 → 第${position + 1}位`
          : `移动栏目“${after.name}”到${parentId === null ? '顶层' : `栏目 #${parentId} 下`}第${position + 1}位`,
      before: { parentId: before.parentId, sortOrder: before.sortOrder },
      after: { parentId: after.parentId, sortOrder: after.sortOrder },
    });
    tx.emit({
      type: 'sites.column.moved',
      payload: {
        siteId: after.siteId,
        columnId,
        fromParentId: before.parentId,
        toParentId: parentId,
        position,
      } satisfies ColumnMovedPayload,
    });
    return after;
  });
}

/**
 * Deletes a column that has no children. Registered delete guards (registerColumnDeleteGuard)
 * may refuse — the library module refuses while content is placed in it. Needs `columns.manage`
 * on the column's subtree. Throws SITES_COLUMN_NOT_FOUND, SITES_COLUMN_HAS_CHILDREN,
 * SITES_SITE_CLOSED, FORBIDDEN, and whatever a guard throws.
 */
export async function deleteColumn(ctx: Ctx, input: { actor: Actor; columnId: number }): Promise<void> {
  const { actor, columnId } = input;
  await authorizeColumnChange(ctx, actor, columnId);
  await transaction(ctx, async (tx) => {
    const row = await writableColumn(tx, columnId);
    const children = await repo.countChildren(tx, columnId);
    if (children > 0) throw ColumnHasChildren({ details: [{ path: 'columnId', message: `栏目下还有${children}个子栏目` }] });
    const column = toColumn(row);
    for (const guard of deleteGuards.get(tx.events) ?? []) await guard(tx, column);
    await repo.deleteColumnRow(tx, columnId);
    await renumberSiblings(tx, row.siteId, row.parentId);
    await recordAudit(tx, {
      actor,
      action: 'sites.column.delete',
      targetType: 'column',
      targetId: columnId,
      targetLabel: column.name,
      siteId: column.siteId,
      summary: `删除栏目“${column.name}”（${column.slug}）`,
      before: column,
    });
    tx.emit({ type: 'sites.column.deleted', payload: { siteId: column.siteId, columnId } satisfies ColumnEventPayload });
  });
}
