import { z } from 'zod';
import { AppError, readJson, transaction, writeJson, type Ctx, type ErrorDetail } from '../../kernel/index.js';
import { can, findOrgUnitByCode, findOrgUnitsByIds, recordAudit, type Actor } from '../accounts/index.js';
import { columnScope, findSiteByCode, findSiteById, listSiteColumns, type Column, type Site } from '../sites/index.js';
import { findContentType } from './content-types.js';
import { normalizeContent, rowValues, type NormalizedContent } from './items.js';
import { relationKinds, type ItemContent } from './model.js';
import * as repo from './repository.js';

/*
 * Bulk import and export of the library as JSON Lines (one item per line; format in
 * docs/import-format.md). Lines are validated with the same rules as the editor, checked by the
 * content-check hook the caller passes (the workflow's checks), and written in batches: a batch
 * is one transaction with multi-row inserts; when a batch fails in the database, its lines are
 * retried one by one so that only the bad line is lost and nothing is half-imported. Keys of
 * imported lines are stored, so a second run skips what the first one finished (resumable).
 */

const placementLine = z.strictObject({
  site: z.string().max(64),
  column: z.string().max(64),
  sortOrder: z.number().int().optional(),
  isPinned: z.boolean().optional(),
  publishAt: z.string().max(40).nullable().optional(),
  sourceName: z.string().max(100).nullable().optional(),
});

export const importLineSchema = z.strictObject({
  key: z.string().min(1).max(200),
  type: z.string().max(40),
  site: z.string().max(64),
  title: z.string().max(400),
  summary: z.string().max(2000).nullable().optional(),
  keywords: z.array(z.string().max(60)).max(40).optional(),
  author: z.string().max(200).nullable().optional(),
  source: z.string().max(400).nullable().optional(),
  body: z.string().max(4 * 1024 * 1024).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  indexNo: z.string().max(80).nullable().optional(),
  orgUnit: z.string().max(64).nullable().optional().describe('发布单位的机构代码'),
  placements: z.array(placementLine).max(50).optional(),
  relations: z.array(z.strictObject({ kind: z.enum(relationKinds), to: z.string().min(1).max(200) })).max(100).optional(),
  state: z.enum(['draft', 'published']).optional(),
  publishedAt: z.string().max(40).nullable().optional(),
});
export type ImportLine = z.infer<typeof importLineSchema>;

/** What the content checks say of a line: severe findings keep a line from being published. */
export type ImportCheck = (content: ItemContent) => { blocking: string[]; warnings: number };

export interface ImportProblem {
  line: number;
  key: string | null;
  code: string;
  message: string;
  details: ErrorDetail[];
}

export interface ImportReport {
  total: number;
  imported: number;
  published: number;
  /** Lines meant to be published that the checks held back as drafts. */
  held: Array<{ line: number; key: string; reasons: string[] }>;
  skipped: number;
  failed: ImportProblem[];
  relations: number;
  warnings: number;
}

const indexNoPattern = /^([^/\s]{1,40})\/(\d{4})-(\d{5})$/;

interface Prepared {
  lineNo: number;
  line: ImportLine;
  content: NormalizedContent;
  siteId: number;
  orgUnitId: number | null;
  unitCode: string | null;
  indexNo: string | null;
  hasIndexNo: boolean;
  placements: Array<{ siteId: number; columnId: number; sortOrder: number; isPinned: boolean; publishAt: string | null; isRepost: boolean; sourceName: string | null }>;
  isPublished: boolean;
  publishedAt: string;
  blocking: string[];
}

class LineError extends Error {
  constructor(public readonly code: string, message: string, public readonly details: ErrorDetail[] = []) {
    super(message);
  }
}

/** Caches of sites, columns, units and grants for one import run. */
class Lookup {
  private sites = new Map<string, Site | null>();
  private columns = new Map<number, Map<string, Column>>();
  private units = new Map<string, { id: number; code: string } | null>();
  private sponsorCodes = new Map<number, string | null>();
  private grants = new Map<number, boolean>();
  constructor(
    private readonly ctx: Ctx,
    readonly actor: Actor,
  ) {}

  async site(code: string, path: string): Promise<Site> {
    if (!this.sites.has(code)) this.sites.set(code, (await findSiteByCode(this.ctx, code)) ?? null);
    const site = this.sites.get(code);
    if (!site) throw new LineError('LIBRARY_IMPORT_LINE_INVALID', '网站不存在', [{ path, message: `没有代码为“${code}”的网站` }]);
    if (site.status === 'closed') throw new LineError('LIBRARY_IMPORT_LINE_INVALID', '网站已关停', [{ path, message: `网站“${code}”已关停` }]);
    return site;
  }

  async column(site: Site, slug: string, path: string): Promise<Column> {
    if (!this.columns.has(site.id)) this.columns.set(site.id, new Map((await listSiteColumns(this.ctx, site.id)).map((c) => [c.slug, c])));
    const column = this.columns.get(site.id)!.get(slug);
    if (!column) throw new LineError('LIBRARY_IMPORT_LINE_INVALID', '栏目不存在', [{ path, message: `网站“${site.code}”没有标识为“${slug}”的栏目` }]);
    if (!['list', 'single_page', 'topic'].includes(column.kind)) {
      throw new LineError('LIBRARY_PLACEMENT_INVALID', '栏目不能发布信息', [{ path, message: `“${column.name}”是目录或链接栏目` }]);
    }
    if (!this.grants.has(column.id)) this.grants.set(column.id, await can(this.ctx, this.actor, 'content.edit', await columnScope(this.ctx, column)));
    if (!this.grants.get(column.id)) throw new LineError('FORBIDDEN', '没有在该栏目发布信息的权限', [{ path, message: `无权在“${column.name}”栏目发布` }]);
    return column;
  }

  async unitByCode(code: string): Promise<{ id: number; code: string } | null> {
    if (!this.units.has(code)) {
      const unit = await findOrgUnitByCode(this.ctx, code);
      this.units.set(code, unit?.code ? { id: unit.id, code: unit.code } : null);
    }
    return this.units.get(code) ?? null;
  }

  async sponsorCode(site: Site): Promise<string | null> {
    if (!this.sponsorCodes.has(site.id)) {
      const [unit] = site.sponsorUnit ? await findOrgUnitsByIds(this.ctx, [site.sponsorUnit.id]) : [];
      this.sponsorCodes.set(site.id, unit?.code ?? null);
    }
    return this.sponsorCodes.get(site.id) ?? null;
  }
}

/** A line that passed the checks that need no database: parsed, validated, sanitised, content-checked. */
export interface ValidLine {
  ok: true;
  lineNo: number;
  line: ImportLine;
  content: NormalizedContent;
  blocking: string[];
  warnings: number;
}
export type ValidatedLine = ValidLine | { ok: false; problem: ImportProblem };

/**
 * The CPU-heavy half of importing a line (JSON, schema, metadata, sanitising, content checks),
 * without the database: the CLI runs it in a worker thread while the main thread writes.
 */
export function validateLine(lineNo: number, text: string, check: ImportCheck | undefined): ValidatedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { line: lineNo, key: null, code: 'LIBRARY_IMPORT_LINE_INVALID', message: '这一行不是有效的 JSON', details: [] } };
  }
  const result = importLineSchema.safeParse(parsed);
  if (!result.success) {
    const key = typeof (parsed as { key?: unknown })?.key === 'string' ? (parsed as { key: string }).key : null;
    return { ok: false, problem: problemOf(lineNo, key, result.error) };
  }
  const line = result.data;
  const type = findContentType(line.type);
  if (!type) {
    return { ok: false, problem: problemOf(lineNo, line.key, new LineError('LIBRARY_CONTENT_TYPE_UNKNOWN', '没有这种信息类型', [{ path: 'type', message: `没有“${line.type}”这种信息类型` }])) };
  }
  try {
    const content = normalizeContent(type, { ...line, orgUnitId: null, publishAt: null, unpublishAt: null });
    const checked = check?.(content) ?? { blocking: [], warnings: 0 };
    return { ok: true, lineNo, line, content, blocking: checked.blocking, warnings: checked.warnings };
  } catch (error) {
    return { ok: false, problem: problemOf(lineNo, line.key, error instanceof AppError ? new LineError(error.code, error.message, error.details) : error) };
  }
}

/** Validates a batch of lines; the CLI swaps in one that runs in a worker thread. */
export type BatchValidator = (lines: Array<{ lineNo: number; text: string }>) => Promise<ValidatedLine[]>;

async function prepare(ctx: Ctx, lookup: Lookup, valid: ValidLine): Promise<Prepared> {
  const { lineNo, line } = valid;
  const type = findContentType(line.type)!;
  const site = await lookup.site(line.site, 'site');
  let orgUnitId: number | null = null;
  let unitCode: string | null = null;
  if (line.orgUnit) {
    const unit = await lookup.unitByCode(line.orgUnit);
    if (!unit) throw new LineError('LIBRARY_IMPORT_LINE_INVALID', '发布单位不存在', [{ path: 'orgUnit', message: `没有代码为“${line.orgUnit}”的机构` }]);
    orgUnitId = unit.id;
    unitCode = unit.code;
  } else {
    unitCode = await lookup.sponsorCode(site);
  }
  const content: NormalizedContent = { ...valid.content, orgUnitId };
  const placements: Prepared['placements'] = [];
  const seen = new Set<number>();
  for (const [i, p] of (line.placements ?? []).entries()) {
    const target = await lookup.site(p.site, `placements.${i}.site`);
    const column = await lookup.column(target, p.column, `placements.${i}.column`);
    if (seen.has(column.id)) continue;
    seen.add(column.id);
    const isRepost = target.id !== site.id;
    placements.push({
      siteId: target.id,
      columnId: column.id,
      sortOrder: p.sortOrder ?? 0,
      isPinned: p.isPinned ?? false,
      publishAt: p.publishAt ? new Date(p.publishAt).toISOString() : null,
      isRepost,
      sourceName: isRepost ? p.sourceName?.trim() || site.legalName : null,
    });
  }
  if (!placements.some((p) => p.siteId === site.id)) {
    const ok = await can(ctx, lookup.actor, 'content.edit', { siteId: site.id });
    if (!ok) throw new LineError('FORBIDDEN', '没有在该网站入库信息的权限', [{ path: 'site', message: `无权为网站“${site.code}”入库信息` }]);
  }
  let indexNo: string | null = null;
  if (line.indexNo) {
    if (!indexNoPattern.test(line.indexNo)) throw new LineError('LIBRARY_ITEM_INVALID', '索引号格式不正确', [{ path: 'indexNo', message: '索引号格式应为 单位代码/年份-五位流水号' }]);
    indexNo = line.indexNo;
  } else if (type.hasIndexNo && !unitCode) {
    throw new LineError('LIBRARY_INDEX_NO_UNIT_CODE_MISSING', '发布单位没有机构代码，无法生成索引号', [{ path: 'orgUnit', message: '请指定有机构代码的发布单位' }]);
  }
  const result = { blocking: valid.blocking };
  const wantsPublished = (line.state ?? 'published') === 'published';
  const publishedAt = line.publishedAt && !Number.isNaN(Date.parse(line.publishedAt)) ? new Date(line.publishedAt).toISOString() : ctx.now().toISOString();
  return {
    lineNo,
    line,
    content,
    siteId: site.id,
    orgUnitId,
    unitCode,
    indexNo,
    hasIndexNo: type.hasIndexNo,
    placements,
    isPublished: wantsPublished && result.blocking.length === 0,
    publishedAt,
    blocking: result.blocking,
  };
}

async function writeBatch(ctx: Ctx, actor: Actor, batch: Prepared[]): Promise<void> {
  await transaction(ctx, async (tx) => {
    const ids = await repo.reserveItemIds(tx, batch.length);
    // 索引号: given ones must be free; the rest are taken in one reservation per unit and year.
    const given = batch.map((p) => p.indexNo).filter((v): v is string => v !== null);
    // Counters first (their row locks make a concurrent writer of the same 索引号 wait), then the check.
    for (const p of batch) {
      if (!p.indexNo) continue;
      const m = indexNoPattern.exec(p.indexNo)!;
      await repo.raiseIndexSerial(tx, m[1]!, Number(m[2]), Number(m[3]));
    }
    const taken = await repo.findTakenIndexNos(tx, given);
    if (taken.size || new Set(given).size !== given.length) {
      const clash = given.find((g) => taken.has(g)) ?? given.find((g, i) => given.indexOf(g) !== i);
      throw new LineError('LIBRARY_INDEX_NO_TAKEN', '索引号已被其他信息使用', [{ path: 'indexNo', message: `索引号 ${clash} 已被使用` }]);
    }
    const wanting = new Map<string, Prepared[]>();
    for (const p of batch) {
      if (p.indexNo || !p.hasIndexNo) continue;
      const writtenOn = typeof p.content.metadata.writtenOn === 'string' ? p.content.metadata.writtenOn : p.publishedAt;
      const k = `${p.unitCode}\u0000${writtenOn.slice(0, 4)}`;
      wanting.set(k, [...(wanting.get(k) ?? []), p]);
    }
    for (const [k, list] of wanting) {
      const [unit, year] = k.split('\u0000') as [string, string];
      const first = await repo.reserveIndexSerials(tx, unit, Number(year), list.length);
      list.forEach((p, i) => {
        p.indexNo = `${unit}/${year}-${String(first + i).padStart(5, '0')}`;
      });
    }
    const now = tx.now().toISOString();
    const items = batch.map((p, i) => ({
      id: ids[i]!,
      type: p.line.type,
      siteId: p.siteId,
      state: p.isPublished ? 'published' : 'draft',
      version: 1,
      publishedVersion: p.isPublished ? 1 : null,
      indexNo: p.indexNo,
      publishedAt: p.isPublished ? p.publishedAt : null,
      publishedBy: p.isPublished ? actor.userId : null,
      publishedByName: p.isPublished ? actor.displayName : null,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      updatedBy: actor.userId,
      createdAt: p.isPublished ? p.publishedAt : now,
      updatedAt: now,
      ...rowValues(p.content),
    }));
    await repo.bulkInsert(tx, 'libraryItems', items as never, 400);
    await repo.bulkInsert(
      tx,
      'libraryVersions',
      batch.map((p, i) => {
        const { publishAt: _a, unpublishAt: _b, orgUnitId: _c, ...content } = p.content;
        return { itemId: ids[i]!, version: 1, title: p.content.title, snapshot: writeJson(content), note: `导入（${p.line.key}）`, createdBy: actor.userId, createdByName: actor.displayName, createdAt: now };
      }),
      1000,
    );
    await repo.bulkInsert(
      tx,
      'libraryPlacements',
      batch.flatMap((p, i) => p.placements.map((pl) => ({ itemId: ids[i]!, ...pl, createdBy: actor.userId, createdAt: p.isPublished ? p.publishedAt : now }))),
      1000,
    );
    await repo.insertImportKeys(tx, batch.map((p, i) => ({ key: p.line.key, itemId: ids[i]!, createdAt: now })));
    await recordAudit(tx, {
      actor,
      action: 'library.item.import',
      targetType: 'library_item',
      targetId: `${ids[0]}-${ids[ids.length - 1]}`,
      summary: `导入${batch.length}条信息（第${batch[0]!.lineNo}至${batch[batch.length - 1]!.lineNo}行，其中发布${batch.filter((p) => p.isPublished).length}条）`,
    });
    tx.emit({ type: 'library.items.imported', payload: { itemIds: ids } });
  });
}

function problemOf(lineNo: number, key: string | null, error: unknown): ImportProblem {
  if (error instanceof LineError || error instanceof AppError) {
    return { line: lineNo, key, code: (error as LineError).code, message: error.message, details: (error as LineError).details ?? [] };
  }
  if (error instanceof z.ZodError) {
    return { line: lineNo, key, code: 'LIBRARY_IMPORT_LINE_INVALID', message: '导入数据有误', details: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  return { line: lineNo, key, code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error), details: [] };
}

export interface ImportOptions {
  actor: Actor;
  lines: AsyncIterable<string> | Iterable<string>;
  check?: ImportCheck;
  /** Runs the validation half elsewhere (a worker thread); default: in this thread with `check`. */
  validate?: BatchValidator;
  batchSize?: number;
  onProgress?(done: number): void;
}

/**
 * Imports JSON Lines: items with metadata, placements and relations. Returns a report with one
 * entry per failed line (line number, code, details); nothing of a failed line is stored.
 * Validation of the next batch overlaps the writing of the current one when `validate` runs
 * elsewhere.
 */
export async function importItems(ctx: Ctx, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { total: 0, imported: 0, published: 0, held: [], skipped: 0, failed: [], relations: 0, warnings: 0 };
  const lookup = new Lookup(ctx, options.actor);
  const batchSize = options.batchSize ?? 500;
  const validate: BatchValidator = options.validate ?? (async (lines) => lines.map((l) => validateLine(l.lineNo, l.text, options.check)));
  const withRelations: Array<{ lineNo: number; key: string; relations: NonNullable<ImportLine['relations']> }> = [];
  const seenKeys = new Set<string>();

  const write = async (validated: ValidatedLine[], lastLineNo: number) => {
    const valid: ValidLine[] = [];
    for (const v of validated) {
      if (v.ok) valid.push(v);
      else report.failed.push(v.problem);
    }
    const known = await repo.findImportedKeys(ctx, valid.map((v) => v.line.key));
    const prepared: Prepared[] = [];
    for (const v of valid) {
      report.warnings += v.warnings;
      if (known.has(v.line.key)) {
        report.skipped++;
        if (v.line.relations?.length) withRelations.push({ lineNo: v.lineNo, key: v.line.key, relations: v.line.relations });
        continue;
      }
      if (seenKeys.has(v.line.key)) {
        report.failed.push(problemOf(v.lineNo, v.line.key, new LineError('LIBRARY_IMPORT_LINE_INVALID', '同一文件中键重复', [{ path: 'key', message: `键“${v.line.key}”重复` }])));
        continue;
      }
      try {
        prepared.push(await prepare(ctx, lookup, v));
        seenKeys.add(v.line.key);
      } catch (error) {
        report.failed.push(problemOf(v.lineNo, v.line.key, error));
      }
    }
    const record = (list: Prepared[]) => {
      for (const p of list) {
        report.imported++;
        if (p.isPublished) report.published++;
        else if ((p.line.state ?? 'published') === 'published') report.held.push({ line: p.lineNo, key: p.line.key, reasons: p.blocking });
        if (p.line.relations?.length) withRelations.push({ lineNo: p.lineNo, key: p.line.key, relations: p.line.relations });
      }
    };
    try {
      if (prepared.length) await writeBatch(ctx, options.actor, prepared);
      record(prepared);
    } catch {
      // Find the bad line: one transaction per line, so the others still go in whole.
      for (const p of prepared) {
        try {
          await writeBatch(ctx, options.actor, [p]);
          record([p]);
        } catch (error) {
          report.failed.push(problemOf(p.lineNo, p.line.key, error));
          seenKeys.delete(p.line.key);
        }
      }
    }
    options.onProgress?.(lastLineNo);
  };

  // At most one batch validating while one is written: memory stays bounded, both cores work.
  let writing: Promise<void> = Promise.resolve();
  let pending: Array<{ lineNo: number; text: string }> = [];
  let lineNo = 0;
  const dispatch = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const validated = validate(batch);
    const previous = writing;
    writing = (async () => {
      await previous;
      await write(await validated, batch[batch.length - 1]!.lineNo);
    })();
    // Awaited below or at the end; this only keeps an early failure from counting as unhandled.
    writing.catch(() => undefined);
    await previous;
  };
  for await (const raw of options.lines) {
    lineNo++;
    const text = raw.trim();
    if (!text) continue;
    report.total++;
    pending.push({ lineNo, text });
    if (pending.length >= batchSize) await dispatch();
  }
  await dispatch();
  await writing;

  // Relations last, when every key of the file is known.
  if (withRelations.length) {
    const keys = await repo.findImportedKeys(ctx, [...new Set(withRelations.flatMap((w) => [w.key, ...w.relations.map((r) => r.to)]))]);
    const rows: Array<{ fromItemId: number; kind: string; toItemId: number; createdBy: number | null; createdAt: string }> = [];
    const now = ctx.now().toISOString();
    for (const w of withRelations) {
      const from = keys.get(w.key);
      if (from === undefined) continue;
      const missing = w.relations.filter((r) => !keys.has(r.to));
      if (missing.length) {
        report.failed.push({
          line: w.lineNo,
          key: w.key,
          code: 'LIBRARY_RELATION_TARGET_NOT_FOUND',
          message: '要关联的信息不存在（该行的信息已导入，这些关联未建立）',
          details: missing.map((m) => ({ path: 'relations', message: `没有键为“${m.to}”的信息` })),
        });
      }
      for (const r of w.relations) {
        const to = keys.get(r.to);
        if (to !== undefined && to !== from) rows.push({ fromItemId: from, kind: r.kind, toItemId: to, createdBy: options.actor.userId, createdAt: now });
      }
    }
    await transaction(ctx, async (tx) => repo.bulkInsert(tx, 'libraryRelations', rows, 1000));
    report.relations = rows.length;
  }
  return report;
}

/** Writes the library as JSON Lines, in id order, in the import format (round trip). */
export async function* exportItems(ctx: Ctx, options: { siteCode?: string; type?: string }): AsyncGenerator<string> {
  let siteId: number | undefined;
  if (options.siteCode) {
    const site = await findSiteByCode(ctx, options.siteCode);
    if (!site) throw new LineError('LIBRARY_IMPORT_LINE_INVALID', `没有代码为“${options.siteCode}”的网站`);
    siteId = site.id;
  }
  const siteCodes = new Map<number, string>();
  const columnSlugs = new Map<number, string>();
  const siteCode = async (id: number) => {
    if (!siteCodes.has(id)) {
      const site = await findSiteById(ctx, id);
      siteCodes.set(id, site?.code ?? String(id));
      for (const c of await listSiteColumns(ctx, id)) columnSlugs.set(c.id, c.slug);
    }
    return siteCodes.get(id)!;
  };
  let afterId = 0;
  for (;;) {
    const rows = await repo.listItemsForExport(ctx, { siteId, type: options.type, afterId, limit: 500 });
    if (!rows.length) return;
    const ids = rows.map((r) => r.id);
    const keys = await repo.findKeysOfItems(ctx, ids);
    const placements = await repo.listPlacementsOfItems(ctx, ids);
    const relations = await repo.listRelationsFrom(ctx, ids);
    const targetKeys = await repo.findKeysOfItems(ctx, [...new Set(relations.map((r) => r.toItemId))]);
    for (const row of rows) {
      const line: ImportLine = {
        key: keys.get(row.id) ?? `item-${row.id}`,
        type: row.type,
        site: await siteCode(row.siteId),
        title: row.title,
        summary: row.summary,
        keywords: readJson<string[]>(row.keywords, []),
        author: row.author,
        source: row.source,
        body: row.body,
        metadata: readJson<Record<string, unknown>>(row.metadata, {}),
        indexNo: row.indexNo,
        placements: [],
        relations: relations
          .filter((r) => r.fromItemId === row.id)
          .map((r) => ({ kind: r.kind as (typeof relationKinds)[number], to: targetKeys.get(r.toItemId) ?? `item-${r.toItemId}` })),
        state: row.publishedVersion !== null ? 'published' : 'draft',
        publishedAt: row.publishedAt,
      };
      for (const p of placements.filter((pl) => pl.itemId === row.id)) {
        const code = await siteCode(p.siteId);
        line.placements!.push({ site: code, column: columnSlugs.get(p.columnId) ?? String(p.columnId), sortOrder: p.sortOrder, isPinned: Boolean(p.isPinned), publishAt: p.publishAt, ...(p.isRepost ? { sourceName: p.sourceName } : {}) });
      }
      yield JSON.stringify(line);
    }
    afterId = rows[rows.length - 1]!.id;
  }
}
