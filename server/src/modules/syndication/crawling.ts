import { z } from 'zod';
import { decodeCursor, keysetPage, transaction, type Ctx, type Page } from '../../kernel/index.js';
import { authorize, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import { createItem, sanitizeBody, type Item } from '../library/index.js';
import { findColumnById } from '../sites/index.js';
import type { CrawlOptions } from './crawl/index.js';
import { CrawlEntryClosed, CrawlEntryNotFound, CrawlSourceInvalid, CrawlSourceNotFound } from './errors.js';
import * as repo from './repository.js';

export interface CrawlSourceView {
  id: number;
  siteId: number;
  columnId: number;
  name: string;
  url: string;
  kind: 'feed' | 'html';
  linkPattern: string | null;
  contentSelector: string | null;
  intervalMinutes: number;
  isEnabled: boolean;
  lastRunAt: string | null;
  lastStatus: string | null;
  lastMessage: string | null;
}

export interface CrawlEntryView {
  id: number;
  sourceId: number;
  url: string;
  title: string;
  publishedAt: string | null;
  summary: string | null;
  body: string | null;
  state: 'pending' | 'accepted' | 'rejected';
  itemId: number | null;
  decidedBy: string | null;
  fetchedAt: string;
}

const toSource = (r: repo.CrawlSourceRow): CrawlSourceView => ({
  id: r.id,
  siteId: r.siteId,
  columnId: r.columnId,
  name: r.name,
  url: r.url,
  kind: r.kind as CrawlSourceView['kind'],
  linkPattern: r.linkPattern,
  contentSelector: r.contentSelector,
  intervalMinutes: r.intervalMinutes,
  isEnabled: Boolean(r.isEnabled),
  lastRunAt: r.lastRunAt,
  lastStatus: r.lastStatus,
  lastMessage: r.lastMessage,
});

const toEntry = (r: repo.CrawlEntryRow): CrawlEntryView => ({
  id: r.id,
  sourceId: r.sourceId,
  url: r.url,
  title: r.title,
  publishedAt: r.publishedAt,
  summary: r.summary,
  body: r.body,
  state: r.state as CrawlEntryView['state'],
  itemId: r.itemId,
  decidedBy: r.decidedByName,
  fetchedAt: r.fetchedAt,
});

export interface CrawlSourceFields {
  columnId: number;
  name: string;
  url: string;
  kind: 'feed' | 'html';
  linkPattern?: string | null;
  contentSelector?: string | null;
  intervalMinutes?: number;
  isEnabled?: boolean;
}

function validateSource(f: CrawlSourceFields) {
  const problems: Array<{ path: string; message: string }> = [];
  const name = f.name.trim();
  if (!name || name.length > 100) problems.push({ path: 'name', message: '名称为1至100个字' });
  let url = f.url.trim();
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') problems.push({ path: 'url', message: '只支持 http 或 https 地址' });
    url = parsed.toString();
  } catch {
    problems.push({ path: 'url', message: '地址格式不正确' });
  }
  if (f.kind !== 'feed' && f.kind !== 'html') problems.push({ path: 'kind', message: '类型须为订阅源（RSS/Atom）或列表页' });
  const linkPattern = f.linkPattern?.trim() || null;
  if (linkPattern) {
    try {
      new RegExp(linkPattern);
    } catch {
      problems.push({ path: 'linkPattern', message: '链接规则不是有效的正则表达式' });
    }
  }
  const intervalMinutes = f.intervalMinutes ?? 60;
  if (!Number.isInteger(intervalMinutes) || intervalMinutes < 5 || intervalMinutes > 7 * 24 * 60) {
    problems.push({ path: 'intervalMinutes', message: '抓取间隔为5分钟至7天' });
  }
  if (problems.length) throw CrawlSourceInvalid({ details: problems });
  return { name, url, kind: f.kind, linkPattern, contentSelector: f.contentSelector?.trim() || null, intervalMinutes, isEnabled: f.isEnabled ?? true };
}

/** Adds a crawl source feeding a column's review queue. Needs columns.manage on the receiving site. */
export async function createCrawlSource(ctx: Ctx, input: CrawlSourceFields & { actor: Actor }): Promise<CrawlSourceView> {
  const fields = validateSource(input);
  return transaction(ctx, async (tx) => {
    const column = await findColumnById(tx, input.columnId);
    if (!column) throw CrawlSourceInvalid({ details: [{ path: 'columnId', message: '栏目不存在' }] });
    await authorize(tx, input.actor, 'columns.manage', { siteId: column.siteId });
    const now = tx.now().toISOString();
    const row = await repo.insertSource(tx, { ...fields, siteId: column.siteId, columnId: column.id, createdBy: input.actor.userId, createdAt: now, updatedAt: now });
    await recordAudit(tx, { actor: input.actor, action: 'syndication.crawl.source.create', targetType: 'crawl_source', targetId: row.id, targetLabel: row.name, siteId: row.siteId, summary: `新增抓取源“${row.name}”（${row.url}）` });
    return toSource(row);
  });
}

export async function updateCrawlSource(ctx: Ctx, input: Partial<CrawlSourceFields> & { actor: Actor; sourceId: number }): Promise<CrawlSourceView> {
  return transaction(ctx, async (tx) => {
    const row = await repo.findSource(tx, input.sourceId);
    if (!row) throw CrawlSourceNotFound();
    await authorize(tx, input.actor, 'columns.manage', { siteId: row.siteId });
    const current = toSource(row);
    const fields = validateSource({
      columnId: input.columnId ?? current.columnId,
      name: input.name ?? current.name,
      url: input.url ?? current.url,
      kind: input.kind ?? current.kind,
      linkPattern: input.linkPattern !== undefined ? input.linkPattern : current.linkPattern,
      contentSelector: input.contentSelector !== undefined ? input.contentSelector : current.contentSelector,
      intervalMinutes: input.intervalMinutes ?? current.intervalMinutes,
      isEnabled: input.isEnabled ?? current.isEnabled,
    });
    if (input.columnId !== undefined) {
      const column = await findColumnById(tx, input.columnId);
      if (!column || column.siteId !== row.siteId) throw CrawlSourceInvalid({ details: [{ path: 'columnId', message: '栏目须属于同一网站' }] });
    }
    const updated = await repo.updateSource(tx, row.id, { ...fields, columnId: input.columnId ?? row.columnId, updatedAt: tx.now().toISOString() });
    await recordAudit(tx, { actor: input.actor, action: 'syndication.crawl.source.update', targetType: 'crawl_source', targetId: row.id, targetLabel: updated.name, siteId: row.siteId, summary: `修改抓取源“${updated.name}”` });
    return toSource(updated);
  });
}

export async function deleteCrawlSource(ctx: Ctx, input: { actor: Actor; sourceId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await repo.findSource(tx, input.sourceId);
    if (!row) throw CrawlSourceNotFound();
    await authorize(tx, input.actor, 'columns.manage', { siteId: row.siteId });
    await repo.deleteSource(tx, row.id);
    await recordAudit(tx, { actor: input.actor, action: 'syndication.crawl.source.delete', targetType: 'crawl_source', targetId: row.id, targetLabel: row.name, siteId: row.siteId, summary: `删除抓取源“${row.name}”` });
  });
}

export async function listCrawlSources(ctx: Ctx, input: { actor: Actor }): Promise<CrawlSourceView[]> {
  return (await repo.listSources(ctx, await scopedSiteIds(ctx, input.actor, 'content.edit'))).map(toSource);
}

/**
 * Runs one source now: fetches its list or feed (robots, timeouts and size caps in the crawler),
 * skips URLs and contents already known, and queues the new entries for review.
 * Network work happens outside any transaction.
 */
export async function runCrawlSource(ctx: Ctx, sourceId: number, options: Pick<CrawlOptions, 'fetchImpl' | 'timeoutMs'> = {}): Promise<{ added: number; skipped: number; errors: number }> {
  const source = await repo.findSource(ctx, sourceId);
  if (!source) throw CrawlSourceNotFound();
  // Loaded on first use: the HTML and feed parsers would otherwise lengthen every start-up.
  const { crawlSource } = await import('./crawl/index.js');
  const result = await crawlSource(
    { url: source.url, kind: source.kind as 'feed' | 'html', linkPattern: source.linkPattern, contentSelector: source.contentSelector, maxItems: 20 },
    { ...options, knownUrls: (urls) => repo.knownUrls(ctx, urls), now: () => ctx.now() },
  );
  let added = 0;
  let skipped = 0;
  await transaction(ctx, async (tx) => {
    for (const entry of result.entries) {
      if ((await repo.knownUrls(tx, [entry.url])).size || (await repo.isKnownHash(tx, entry.contentHash))) {
        skipped++;
        continue;
      }
      await repo.insertEntry(tx, {
        sourceId: source.id,
        url: entry.url,
        contentHash: entry.contentHash,
        title: entry.title.slice(0, 200),
        publishedAt: entry.publishedAt,
        summary: entry.summary?.slice(0, 1000) ?? null,
        body: entry.bodyHtml ? sanitizeBody(entry.bodyHtml) : null,
        state: 'pending',
        itemId: null,
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
        fetchedAt: tx.now().toISOString(),
      });
      added++;
    }
    const status = result.errors.length && !result.entries.length ? 'failed' : result.errors.length ? 'partial' : 'ok';
    await repo.updateSource(tx, source.id, {
      lastRunAt: tx.now().toISOString(),
      lastStatus: status,
      lastMessage: result.errors.length ? result.errors.slice(0, 3).map((e) => `${e.message}（${e.url}）`).join('；').slice(0, 1000) : `新增${added}条`,
    });
  });
  return { added, skipped, errors: result.errors.length };
}

/** Runs a source at an operator's request (the console's 立即抓取 button). */
export async function runCrawlSourceNow(ctx: Ctx, input: { actor: Actor; sourceId: number }) {
  const source = await repo.findSource(ctx, input.sourceId);
  if (!source) throw CrawlSourceNotFound();
  await authorize(ctx, input.actor, 'columns.manage', { siteId: source.siteId });
  return runCrawlSource(ctx, source.id);
}

/** Sources whose interval has passed (for the scheduler). */
export async function dueSources(ctx: Ctx): Promise<number[]> {
  const now = ctx.now().getTime();
  return (await repo.listEnabledSources(ctx))
    .filter((s) => !s.lastRunAt || Date.parse(s.lastRunAt) + s.intervalMinutes * 60_000 <= now)
    .map((s) => s.id);
}

const cursorShape = z.object({ id: z.number().int() });

/** The review queue of crawled entries for the actor's sources. */
export async function listCrawlEntries(ctx: Ctx, input: { actor: Actor; sourceId?: number; state?: string; cursor?: string; limit?: number }): Promise<Page<CrawlEntryView>> {
  const sources = (await repo.listSources(ctx, await scopedSiteIds(ctx, input.actor, 'content.edit'))).map((s) => s.id);
  const sourceIds = input.sourceId !== undefined ? sources.filter((id) => id === input.sourceId) : sources;
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const after = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listEntries(ctx, { sourceIds, state: input.state, beforeId: after?.id, limit: limit + 1 });
  const page = rows.slice(0, limit).map(toEntry);
  return keysetPage(page, rows.length > limit);
}

/**
 * Accepts a crawled entry: it enters the library as a draft news item in the source's column,
 * naming its source and original address, and then goes through review like any other item.
 */
export async function acceptCrawlEntry(ctx: Ctx, input: { actor: Actor; entryId: number }): Promise<{ entry: CrawlEntryView; item: Item }> {
  return transaction(ctx, async (tx) => {
    const entry = await repo.findEntry(tx, input.entryId);
    if (!entry) throw CrawlEntryNotFound();
    const source = await repo.findSource(tx, entry.sourceId);
    if (!source) throw CrawlEntryNotFound();
    if (entry.state !== 'pending') throw CrawlEntryClosed();
    const item = await createItem(tx, {
      actor: input.actor,
      type: 'news',
      siteId: source.siteId,
      title: entry.title,
      summary: entry.summary,
      source: source.name,
      body: `${entry.body ?? ''}<p>原文链接：<a href="${entry.url.replace(/"/g, '%22')}">${entry.url.replace(/[<>&]/g, '')}</a></p>`,
      placements: [{ columnId: source.columnId }],
      note: `网上抓取：${entry.url}`,
    });
    const decided = await repo.decideEntry(tx, entry.id, { state: 'accepted', itemId: item.id, decidedBy: input.actor.userId, decidedByName: input.actor.displayName, decidedAt: tx.now().toISOString() });
    if (!decided) throw CrawlEntryClosed();
    return { entry: toEntry(decided), item };
  });
}

export async function rejectCrawlEntry(ctx: Ctx, input: { actor: Actor; entryId: number }): Promise<CrawlEntryView> {
  return transaction(ctx, async (tx) => {
    const entry = await repo.findEntry(tx, input.entryId);
    if (!entry) throw CrawlEntryNotFound();
    const source = await repo.findSource(tx, entry.sourceId);
    await authorize(tx, input.actor, 'content.edit', { siteId: source?.siteId ?? -1 });
    const decided = await repo.decideEntry(tx, entry.id, { state: 'rejected', decidedBy: input.actor.userId, decidedByName: input.actor.displayName, decidedAt: tx.now().toISOString() });
    if (!decided) throw CrawlEntryClosed();
    await recordAudit(tx, { actor: input.actor, action: 'syndication.crawl.entry.reject', targetType: 'crawl_entry', targetId: entry.id, targetLabel: entry.title, siteId: source?.siteId ?? null, summary: `不采用抓取的“${entry.title}”` });
    return toEntry(decided);
  });
}
