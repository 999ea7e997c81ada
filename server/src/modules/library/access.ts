import type { Ctx } from '../../kernel/index.js';
import { authorize, can, scopedSiteIds, type Actor, type Permission } from '../accounts/index.js';
import { columnScope } from '../sites/index.js';
import { ItemNotFound } from './errors.js';
import * as repo from './repository.js';

/**
 * The authorization scope of an item: its owning site, and every column of that site it is placed
 * in (with ancestors), so that an editor granted one column may work on what is placed there.
 */
export async function itemScope(ctx: Ctx, item: Pick<repo.ItemRow, 'id' | 'siteId'>): Promise<{ siteId: number; columnIds: number[] }> {
  const placements = (await repo.listPlacements(ctx, item.id)).filter((p) => p.siteId === item.siteId);
  const columnIds = new Set<number>();
  for (const p of placements) for (const id of (await columnScope(ctx, { id: p.columnId, siteId: p.siteId })).columnIds) columnIds.add(id);
  return { siteId: item.siteId, columnIds: [...columnIds] };
}

/**
 * Whether the actor may read the item: with content.read in its scope, or — since a published
 * item is public anyway — with content.read on any site, so that a lower site's editor can find
 * and repost what the upper level published.
 */
export async function canReadItem(ctx: Ctx, actor: Actor, item: Pick<repo.ItemRow, 'id' | 'siteId' | 'publishedVersion'>, scope?: { siteId: number; columnIds: number[] }): Promise<boolean> {
  if (await can(ctx, actor, 'content.read', scope ?? (await itemScope(ctx, item)))) return true;
  if (item.publishedVersion === null) return false;
  const sites = await scopedSiteIds(ctx, actor, 'content.read');
  return sites === 'all' || sites.length > 0;
}

export async function canOnItem(ctx: Ctx, actor: Actor, permission: Permission, item: Pick<repo.ItemRow, 'id' | 'siteId' | 'publishedVersion'>): Promise<boolean> {
  if (permission === 'content.read') return canReadItem(ctx, actor, item);
  return can(ctx, actor, permission, await itemScope(ctx, item));
}

/**
 * Loads an item and checks `permission` on it. Throws LIBRARY_ITEM_NOT_FOUND, FORBIDDEN.
 * `allowPublicRead` lets staff of other sites through to a published item (to repost it, see its
 * relations); versions, diffs and drafts stay with those who read the item's own scope.
 */
export async function loadAuthorized(ctx: Ctx, actor: Actor, permission: Permission, itemId: number, options: { allowPublicRead?: boolean } = {}): Promise<repo.ItemRow> {
  const row = await repo.findItemById(ctx, itemId);
  if (!row) throw ItemNotFound();
  // Someone who may not even read the item learns nothing about it: answer 404, not 403.
  const scope = await itemScope(ctx, row);
  const mayRead = options.allowPublicRead ? await canReadItem(ctx, actor, row, scope) : await can(ctx, actor, 'content.read', scope);
  if (!mayRead) throw ItemNotFound();
  if (permission !== 'content.read') await authorize(ctx, actor, permission, scope);
  return row;
}
