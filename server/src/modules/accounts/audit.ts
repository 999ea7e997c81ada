import { z } from 'zod';
import { decodeCursor, keysetPage, readJson, type Ctx, type Page } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import { authorize, scopedSiteIds } from './authorization.js';
import * as repo from './repository.js';
import type { AuditRow } from './tables.js';

export interface AuditEntryInput {
  actor: Actor;
  /** `<module>.<noun>.<verb>`, e.g. `sites.column.move`. */
  action: string;
  targetType: string;
  targetId?: string | number | null;
  targetLabel?: string | null;
  siteId?: number | null;
  /** One line a person understands, in Chinese. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

const maxSnapshot = 8_000;

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value, (key, v) => (/password|secret|token/i.test(key) ? '[redacted]' : v));
  return text.length > maxSnapshot ? `${text.slice(0, maxSnapshot)}…` : text;
}

/**
 * Appends one entry to the audit log. Call it inside the transaction of the change it records, so
 * that the change and its record stand or fall together. Secrets in before/after are redacted.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntryInput): Promise<void> {
  await repo.insertAudit(ctx, {
    at: ctx.now().toISOString(),
    actorId: entry.actor.userId,
    actorName: entry.actor.kind === 'system' ? entry.actor.displayName : `${entry.actor.displayName}（${entry.actor.username}）`,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
    targetLabel: entry.targetLabel ?? null,
    siteId: entry.siteId ?? null,
    summary: entry.summary,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    ip: entry.actor.ip ?? null,
    requestId: entry.actor.requestId ?? null,
  });
}

export interface AuditView {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string | null;
  siteId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

function toView(row: AuditRow): AuditView {
  return { ...row, before: readJson(row.before, null), after: readJson(row.after, null) };
}

export interface AuditQuery {
  q?: string;
  action?: string;
  actorId?: number;
  targetType?: string;
  targetId?: string;
  siteId?: number;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

const cursorShape = z.object({ id: z.number().int() });

/** Date-only bounds are days in China Standard Time; `to` includes its whole day. */
function bound(value: string | undefined, isEnd: boolean): string | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value).toISOString();
  const start = new Date(`${value}T00:00:00+08:00`);
  return new Date(start.getTime() + (isEnd ? 86_400_000 : 0)).toISOString();
}

/**
 * Searches the audit log, newest first, with keyset pagination. Platform auditors see everything;
 * an actor whose audit.read is scoped to sites sees only those sites' entries. Throws FORBIDDEN.
 */
export async function searchAudit(ctx: Ctx, params: { actor: Actor } & AuditQuery): Promise<Page<AuditView>> {
  const visible = await scopedSiteIds(ctx, params.actor, 'audit.read');
  if (visible !== 'all' && visible.length === 0) await authorize(ctx, params.actor, 'audit.read');
  const limit = Math.min(params.limit ?? 50, 200);
  const cursor = decodeCursor(params.cursor, cursorShape);
  const rows = await repo.listAudit(ctx, {
    ...params,
    from: bound(params.from, false),
    to: bound(params.to, true),
    visibleSiteIds: visible === 'all' ? undefined : visible,
    beforeId: cursor?.id,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map(toView);
  return keysetPage(items, rows.length > limit);
}

/** Streams matching entries as CSV (UTF-8 with BOM so that Excel reads Chinese), newest first. */
export async function* exportAuditCsv(ctx: Ctx, params: { actor: Actor } & Omit<AuditQuery, 'cursor' | 'limit'>): AsyncGenerator<string> {
  const header = ['编号', '时间', '操作人', '操作', '对象类型', '对象编号', '对象', '网站编号', '摘要', '变更前', '变更后', 'IP', '请求编号'];
  let cursor: string | undefined;
  yield '\ufeff';
  yield await csvLine(header);
  do {
    const page = await searchAudit(ctx, { ...params, cursor, limit: 200 });
    for (const e of page.items) {
      yield await csvLine([
        String(e.id), e.at, e.actorName, e.action, e.targetType, e.targetId ?? '', e.targetLabel ?? '',
        e.siteId === null ? '' : String(e.siteId), e.summary,
        e.before === null ? '' : JSON.stringify(e.before), e.after === null ? '' : JSON.stringify(e.after),
        e.ip ?? '', e.requestId ?? '',
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

async function csvLine(values: string[]): Promise<string> {
  const { stringify } = await import('csv-stringify');
  return new Promise((resolve, reject) => {
    stringify([values], (error, output) => (error ? reject(error) : resolve(output)));
  });
}
