import { Forbidden, readJson, type Ctx } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import type { Permission } from './permissions.js';
import * as repo from './repository.js';

/**
 * What an action touches. A check passes when the actor holds a grant carrying the permission whose
 * scope covers this: a platform grant covers everything; a site grant covers `siteId`; a column
 * grant covers any column in `columnIds` (pass the column and its ancestors, so that a grant on a
 * column covers its subtree); an org-unit grant covers `orgUnitId` and the units beneath it.
 * With no scope, only platform grants count.
 */
export interface Scope {
  siteId?: number;
  columnIds?: number[];
  orgUnitId?: number;
}

async function grantsCarrying(ctx: Ctx, actor: Actor, permission: Permission) {
  if (actor.userId === null) return [];
  const grants = await repo.findGrantsOfUser(ctx, actor.userId);
  return grants.filter((g) => readJson<string[]>(g.rolePermissions, []).includes(permission));
}

/** True when the actor may do `permission` within `scope`. */
export async function can(ctx: Ctx, actor: Actor, permission: Permission, scope: Scope = {}): Promise<boolean> {
  if (actor.kind === 'system') return true;
  const grants = await grantsCarrying(ctx, actor, permission);
  if (grants.some((g) => g.scopeType === 'platform')) return true;
  if (scope.siteId !== undefined && grants.some((g) => g.scopeType === 'site' && g.siteId === scope.siteId)) return true;
  if (scope.columnIds?.length && grants.some((g) => g.scopeType === 'column' && g.columnId !== null && scope.columnIds!.includes(g.columnId))) {
    return true;
  }
  if (scope.orgUnitId !== undefined) {
    const unitGrants = grants.filter((g) => g.scopeType === 'org_unit');
    if (unitGrants.length) {
      const ancestors = await repo.findOrgUnitAncestorIds(ctx, scope.orgUnitId);
      if (unitGrants.some((g) => g.orgUnitId !== null && ancestors.includes(g.orgUnitId))) return true;
    }
  }
  return false;
}

/** Like `can`, but throws FORBIDDEN (403). */
export async function authorize(ctx: Ctx, actor: Actor, permission: Permission, scope: Scope = {}): Promise<void> {
  if (!(await can(ctx, actor, permission, scope))) throw Forbidden();
}

export type SiteVisibility = 'all' | number[];

/**
 * The sites in which the actor holds `permission` (through a site grant or a grant on one of its
 * columns), or 'all' with a platform grant. Lists use it to show each person only their sites.
 */
export async function scopedSiteIds(ctx: Ctx, actor: Actor, permission: Permission): Promise<SiteVisibility> {
  if (actor.kind === 'system') return 'all';
  const grants = await grantsCarrying(ctx, actor, permission);
  if (grants.some((g) => g.scopeType === 'platform')) return 'all';
  return [...new Set(grants.filter((g) => g.siteId !== null).map((g) => g.siteId!))];
}

/**
 * Where the actor holds `permission`, split by grant kind: whole sites ('all' with a platform
 * grant) and single columns (each covering its subtree). Lists that must not show a column-scoped
 * user the rest of the site use it instead of scopedSiteIds.
 */
export async function scopedGrants(ctx: Ctx, actor: Actor, permission: Permission): Promise<{ siteIds: SiteVisibility; columnIds: number[] }> {
  if (actor.kind === 'system') return { siteIds: 'all', columnIds: [] };
  const grants = await grantsCarrying(ctx, actor, permission);
  if (grants.some((g) => g.scopeType === 'platform')) return { siteIds: 'all', columnIds: [] };
  return {
    siteIds: [...new Set(grants.filter((g) => g.scopeType === 'site' && g.siteId !== null).map((g) => g.siteId!))],
    columnIds: [...new Set(grants.filter((g) => g.scopeType === 'column' && g.columnId !== null).map((g) => g.columnId!))],
  };
}
