import { transaction, type Ctx } from '../../kernel/index.js';
import { authorize, can, recordAudit, type Actor } from '../accounts/index.js';
import { findItem, libraryErrors, scopeOfItem, type Item } from '../library/index.js';
import { createContentChecker, type ContentChecker, type DictionaryCategory, type DictionaryEntry, type Severity } from './checks/index.js';
import { FindingNotFound, ReasonRequired } from './errors.js';
import * as repo from './repository.js';

export interface FindingView {
  id: number;
  itemId: number;
  itemVersion: number;
  checker: string;
  rule: string;
  severity: Severity;
  field: string;
  start: number;
  end: number;
  match: string;
  excerpt: string;
  suggestion: string | null;
  message: string;
  override: { reason: string; by: string; at: string } | null;
}

export function toFinding(row: repo.FindingRow): FindingView {
  return {
    id: row.id,
    itemId: row.itemId,
    itemVersion: row.itemVersion,
    checker: row.checker,
    rule: row.rule,
    severity: row.severity as Severity,
    field: row.field,
    start: row.startPos,
    end: row.endPos,
    match: row.matchText,
    excerpt: row.excerpt,
    suggestion: row.suggestion,
    message: row.message,
    override: row.overrideReason ? { reason: row.overrideReason, by: row.overriddenByName ?? '', at: row.overriddenAt ?? '' } : null,
  };
}

/** Blocking = severe and not overridden. */
export const isBlocking = (f: FindingView) => f.severity === 'block' && !f.override;

// One matcher per platform, rebuilt when the dictionary's revision moves (any process may edit it).
const checkers = new WeakMap<object, { revision: number; checker: ContentChecker }>();

/** The check dictionary as stored (operators' edits included). */
export async function loadDictionary(ctx: Ctx): Promise<DictionaryEntry[]> {
  return (await repo.allDictionaryEntries(ctx)).map((e) => ({
    word: e.word,
    category: e.category as DictionaryCategory,
    severity: e.severity as Severity,
    replacement: e.replacement,
    note: e.note,
  }));
}

export async function currentChecker(ctx: Ctx): Promise<ContentChecker> {
  const revision = await repo.dictionaryRevision(ctx);
  const cached = checkers.get(ctx.events);
  if (cached && cached.revision === revision) return cached.checker;
  const checker = createContentChecker(await loadDictionary(ctx));
  checkers.set(ctx.events, { revision, checker });
  return checker;
}

/** The plain-text and rich-text fields of an item that the checks read. */
export function checkInputOf(item: Pick<Item, 'title' | 'summary' | 'keywords' | 'author' | 'source' | 'body' | 'metadata'>) {
  const text: Record<string, string> = { title: item.title };
  if (item.summary) text.summary = item.summary;
  if (item.keywords.length) text.keywords = item.keywords.join('，');
  if (item.author) text.author = item.author;
  if (item.source) text.source = item.source;
  for (const [key, value] of Object.entries(item.metadata)) if (typeof value === 'string' && value) text[`metadata.${key}`] = value;
  return { text, html: { body: item.body } };
}

/**
 * Runs the content checks on an item's current version and stores the findings with that
 * version. An override given earlier to the same finding (same rule, field and text) carries over:
 * a reviewer does not have to explain the same exception twice.
 */
export async function runChecks(ctx: Ctx, item: Item): Promise<FindingView[]> {
  const checker = await currentChecker(ctx);
  const findings = checker.check(checkInputOf(item));
  const overrides = await repo.listOverrides(ctx, item.id);
  const keyOf = (f: { rule: string; field: string; match: string }) => `${f.rule}\u0000${f.field}\u0000${f.match}`;
  const carried = new Map<string, repo.FindingRow>();
  for (const o of overrides) if (!carried.has(keyOf({ rule: o.rule, field: o.field, match: o.matchText }))) carried.set(keyOf({ rule: o.rule, field: o.field, match: o.matchText }), o);
  const now = ctx.now().toISOString();
  await repo.replaceFindings(
    ctx,
    item.id,
    item.version,
    findings.map((f) => {
      const o = carried.get(keyOf(f));
      return {
        itemId: item.id,
        itemVersion: item.version,
        checker: f.checker,
        rule: f.rule,
        severity: f.severity,
        field: f.field,
        startPos: f.start,
        endPos: f.end,
        matchText: f.match,
        excerpt: f.excerpt,
        suggestion: f.suggestion ?? null,
        message: f.message,
        overrideReason: o?.overrideReason ?? null,
        overriddenBy: o?.overriddenBy ?? null,
        overriddenByName: o?.overriddenByName ?? null,
        overriddenAt: o?.overriddenAt ?? null,
        createdAt: now,
      };
    }),
  );
  return (await repo.listFindings(ctx, item.id, item.version)).map(toFinding);
}

async function readableItem(ctx: Ctx, actor: Actor, itemId: number): Promise<Item> {
  const item = await findItem(ctx, itemId);
  if (!item) throw libraryErrors.ItemNotFound();
  if (!(await can(ctx, actor, 'content.read', await scopeOfItem(ctx, itemId)))) throw libraryErrors.ItemNotFound();
  return item;
}

/** Checks an item now (the editor's 内容检查 button). */
export async function checkItem(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<FindingView[]> {
  return transaction(ctx, async (tx) => runChecks(tx, await readableItem(tx, input.actor, input.itemId)));
}

/** The findings stored for an item's current version (empty if never checked). */
export async function getFindings(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<FindingView[]> {
  const item = await readableItem(ctx, input.actor, input.itemId);
  return (await repo.listFindings(ctx, item.id, item.version)).map(toFinding);
}

/**
 * A reviewer lets a finding through with a reason (e.g. a phone number that is the office's
 * published service line). Needs content.review, content.confidentiality_review or content.publish
 * on the item; audited. Throws WORKFLOW_FINDING_NOT_FOUND, WORKFLOW_REASON_REQUIRED, FORBIDDEN.
 */
export async function overrideFinding(ctx: Ctx, input: { actor: Actor; findingId: number; reason: string }): Promise<FindingView> {
  const reason = input.reason.trim();
  if (reason.length < 2) throw ReasonRequired({ details: [{ path: 'reason', message: '请说明放行理由' }] });
  if (reason.length > 500) throw ReasonRequired({ details: [{ path: 'reason', message: '理由不超过500字' }] });
  return transaction(ctx, async (tx) => {
    const row = await repo.findFinding(tx, input.findingId);
    if (!row) throw FindingNotFound();
    const scope = await scopeOfItem(tx, row.itemId);
    const mayOverride =
      (await can(tx, input.actor, 'content.review', scope)) ||
      (await can(tx, input.actor, 'content.confidentiality_review', scope)) ||
      (await can(tx, input.actor, 'content.publish', scope));
    if (!mayOverride) await authorize(tx, input.actor, 'content.review', scope);
    const updated = await repo.updateFinding(tx, row.id, {
      overrideReason: reason,
      overriddenBy: input.actor.userId,
      overriddenByName: input.actor.displayName,
      overriddenAt: tx.now().toISOString(),
    });
    const item = await findItem(tx, row.itemId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.finding.override',
      targetType: 'library_item',
      targetId: row.itemId,
      targetLabel: item?.title ?? null,
      siteId: scope.siteId,
      summary: `放行内容检查问题“${row.matchText}”（${row.message}），理由：${reason}`,
    });
    return toFinding(updated);
  });
}

/**
 * The content checks as the bulk importer's hook: severe findings hold a line back from
 * publication (it is imported as a draft), others are counted as warnings.
 */
export async function importCheck(ctx: Ctx): Promise<(content: Parameters<typeof checkInputOf>[0]) => { blocking: string[]; warnings: number }> {
  return importCheckWith(await currentChecker(ctx));
}

/** The import hook over a given checker (the import worker builds its own from the dictionary). */
export function importCheckWith(checker: ContentChecker): (content: Parameters<typeof checkInputOf>[0]) => { blocking: string[]; warnings: number } {
  return (content) => {
    const findings = checker.check(checkInputOf(content));
    const blocking = findings.filter((f) => f.severity === 'block').map((f) => `${f.message}：“${f.match}”`);
    return { blocking, warnings: findings.length - blocking.length };
  };
}
