import { readJson, type Ctx } from '../../kernel/index.js';
import type { Actor } from '../accounts/index.js';
import { loadAuthorized } from './access.js';
import { VersionNotFound } from './errors.js';
import { updateItem } from './items.js';
import type { Item, ItemContent, VersionView } from './model.js';
import * as repo from './repository.js';
import { bodyText } from './sanitize.js';

/** Every version of an item, newest first. Throws LIBRARY_ITEM_NOT_FOUND. */
export async function listVersions(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<VersionView[]> {
  const item = await loadAuthorized(ctx, input.actor, 'content.read', input.itemId);
  return (await repo.listVersions(ctx, item.id)).map((v) => ({
    itemId: v.itemId,
    version: v.version,
    title: v.title,
    note: v.note,
    createdBy: { id: v.createdBy, name: v.createdByName },
    createdAt: v.createdAt,
    isPublished: item.publishedVersion === v.version,
  }));
}

async function snapshotOf(ctx: Ctx, itemId: number, version: number): Promise<ItemContent> {
  const row = await repo.findVersion(ctx, itemId, version);
  if (!row) throw VersionNotFound({ details: [{ path: 'version', message: `没有第${version}版` }] });
  return readJson<ItemContent>(row.snapshot, { title: row.title, summary: null, keywords: [], author: null, source: null, body: '', metadata: {} });
}

/** One version's full content. Throws LIBRARY_VERSION_NOT_FOUND. */
export async function getVersion(ctx: Ctx, input: { actor: Actor; itemId: number; version: number }): Promise<ItemContent & { version: number }> {
  await loadAuthorized(ctx, input.actor, 'content.read', input.itemId);
  return { ...(await snapshotOf(ctx, input.itemId, input.version)), version: input.version };
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldDiff {
  field: string;
  label: string;
  parts: DiffPart[];
}

const fieldLabels: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  keywords: '关键词',
  author: '作者',
  source: '来源',
  body: '正文',
};

function flatten(content: ItemContent): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [
    ['title', fieldLabels.title!, content.title],
    ['summary', fieldLabels.summary!, content.summary ?? ''],
    ['keywords', fieldLabels.keywords!, content.keywords.join('，')],
    ['author', fieldLabels.author!, content.author ?? ''],
    ['source', fieldLabels.source!, content.source ?? ''],
    ['body', fieldLabels.body!, bodyText(content.body)],
  ];
  for (const [key, value] of Object.entries(content.metadata)) {
    out.push([`metadata.${key}`, key, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  return out;
}

/**
 * What changed between two versions, field by field (only changed fields). Chinese text has no
 * spaces between words, so text is compared character by character; long bodies word by word
 * first to keep the comparison fast. Throws LIBRARY_VERSION_NOT_FOUND.
 */
export async function diffVersions(ctx: Ctx, input: { actor: Actor; itemId: number; from: number; to: number }): Promise<FieldDiff[]> {
  await loadAuthorized(ctx, input.actor, 'content.read', input.itemId);
  const before = new Map(flatten(await snapshotOf(ctx, input.itemId, input.from)).map(([f, l, v]) => [f, { l, v }]));
  const after = new Map(flatten(await snapshotOf(ctx, input.itemId, input.to)).map(([f, l, v]) => [f, { l, v }]));
  const { diffChars, diffWordsWithSpace } = await import('diff');
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  const out: FieldDiff[] = [];
  for (const field of fields) {
    const a = before.get(field)?.v ?? '';
    const b = after.get(field)?.v ?? '';
    if (a === b) continue;
    const parts = a.length + b.length > 40_000 ? diffWordsWithSpace(a, b) : diffChars(a, b);
    out.push({
      field,
      label: after.get(field)?.l ?? before.get(field)?.l ?? field,
      parts: parts.map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })),
    });
  }
  return out;
}

/**
 * Restores an earlier version's content as a new version (history is never rewritten).
 * `version` is the current version the editor saw (optimistic locking).
 * Throws LIBRARY_VERSION_NOT_FOUND, LIBRARY_ITEM_STALE, LIBRARY_ITEM_LOCKED.
 */
export async function restoreVersion(ctx: Ctx, input: { actor: Actor; itemId: number; restore: number; version: number }): Promise<Item> {
  await loadAuthorized(ctx, input.actor, 'content.edit', input.itemId);
  const content = await snapshotOf(ctx, input.itemId, input.restore);
  return updateItem(ctx, { actor: input.actor, itemId: input.itemId, version: input.version, ...content, note: `恢复到第${input.restore}版` });
}
