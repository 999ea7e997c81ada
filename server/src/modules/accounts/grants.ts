import { readJson, transaction, type Ctx } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { authorize, can, scopedSiteIds } from './authorization.js';
import { GrantDuplicate, GrantNotFound, GrantScopeInvalid, LastPlatformAdmin, OrgUnitNotFound, RoleBuiltin, RoleKeyTaken, RoleNotFound, UserNotFound } from './errors.js';
import { isPermission, type ScopeType } from './permissions.js';
import * as repo from './repository.js';
import type { GrantWithRole } from './repository.js';

/**
 * Sites and columns belong to the sites module, which depends on this one; it tells accounts how to
 * check them at start (inversion instead of an import the wrong way).
 */
export interface ScopeResolver {
  /** The site's display name, or null when no such site exists. */
  siteLabel(ctx: Ctx, siteId: number): Promise<string | null>;
  /** The column's site and name, or null when no such column exists. */
  column(ctx: Ctx, columnId: number): Promise<{ siteId: number; label: string } | null>;
}

let resolver: ScopeResolver | undefined;

export function setScopeResolver(value: ScopeResolver): void {
  resolver = value;
}

export interface GrantScopeInput {
  type: ScopeType;
  siteId?: number | null;
  columnId?: number | null;
  orgUnitId?: number | null;
}

export interface GrantView {
  id: number;
  userId: number;
  roleKey: string;
  roleName: string;
  scopeType: string;
  siteId: number | null;
  columnId: number | null;
  orgUnitId: number | null;
  createdAt: string;
}

const view = (g: GrantWithRole): GrantView => ({
  id: g.id, userId: g.userId, roleKey: g.roleKey, roleName: g.roleName, scopeType: g.scopeType,
  siteId: g.siteId, columnId: g.columnId, orgUnitId: g.orgUnitId, createdAt: g.createdAt,
});

/** Resolves and checks a scope; returns the normalised ids and a label for the audit log. */
async function normaliseScope(ctx: Ctx, scope: GrantScopeInput) {
  const bad = (path: string, message: string) => GrantScopeInvalid({ details: [{ path: `scope.${path}`, message }] });
  switch (scope.type) {
    case 'platform':
      return { siteId: null, columnId: null, orgUnitId: null, label: '全平台' };
    case 'site': {
      if (scope.siteId == null) throw bad('siteId', '请选择网站');
      const label = resolver ? await resolver.siteLabel(ctx, scope.siteId) : null;
      if (!label) throw bad('siteId', '网站不存在');
      return { siteId: scope.siteId, columnId: null, orgUnitId: null, label: `网站「${label}」` };
    }
    case 'column': {
      if (scope.columnId == null) throw bad('columnId', '请选择栏目');
      const column = resolver ? await resolver.column(ctx, scope.columnId) : null;
      if (!column) throw bad('columnId', '栏目不存在');
      if (scope.siteId != null && scope.siteId !== column.siteId) throw bad('columnId', '栏目不属于所选网站');
      return { siteId: column.siteId, columnId: scope.columnId, orgUnitId: null, label: `栏目「${column.label}」` };
    }
    case 'org_unit': {
      if (scope.orgUnitId == null) throw bad('orgUnitId', '请选择组织机构');
      const unit = await repo.findOrgUnitById(ctx, scope.orgUnitId);
      if (!unit) throw OrgUnitNotFound({ details: [{ path: 'scope.orgUnitId', message: '组织机构不存在' }] });
      return { siteId: null, columnId: null, orgUnitId: unit.id, label: `机构「${unit.name}」` };
    }
  }
}

/**
 * Checks that the actor may hand out (or take back) a grant of this role in this scope: a platform
 * grants.manage may do anything; a site-scoped one only site or column grants inside that site, and
 * never the platform administrator role.
 */
async function assertMayManage(ctx: Ctx, actor: Actor, roleKey: string, scope: { siteId: number | null; columnId: number | null; orgUnitId: number | null }, scopeType: string): Promise<void> {
  if (await can(ctx, actor, 'grants.manage')) return;
  if (roleKey === 'platform_admin' || scopeType === 'platform' || scopeType === 'org_unit' || scope.siteId === null) {
    await authorize(ctx, actor, 'grants.manage');
  }
  await authorize(ctx, actor, 'grants.manage', { siteId: scope.siteId ?? undefined });
}

/** Grants a role to a user within a scope. Throws ACCOUNTS_GRANT_DUPLICATE, ACCOUNTS_GRANT_SCOPE_INVALID, FORBIDDEN. */
export async function grantRole(ctx: Ctx, input: { actor: Actor; userId: number; roleKey: string; scope: GrantScopeInput }): Promise<GrantView> {
  return transaction(ctx, async (tx) => {
    const role = await repo.findRoleByKey(tx, input.roleKey);
    if (!role) throw RoleNotFound({ details: [{ path: 'roleKey', message: '角色不存在' }] });
    const scope = await normaliseScope(tx, input.scope);
    await assertMayManage(tx, input.actor, role.key, scope, input.scope.type);
    const user = await repo.findUserById(tx, input.userId);
    if (!user) throw UserNotFound({ details: [{ path: 'userId', message: '用户不存在' }] });
    const existing = await repo.findGrantsOfUser(tx, user.id);
    if (existing.some((g) => g.roleId === role.id && g.scopeType === input.scope.type && g.siteId === scope.siteId && g.columnId === scope.columnId && g.orgUnitId === scope.orgUnitId)) {
      throw GrantDuplicate();
    }
    const row = await repo.insertGrant(tx, {
      userId: user.id,
      roleId: role.id,
      scopeType: input.scope.type,
      siteId: scope.siteId,
      columnId: scope.columnId,
      orgUnitId: scope.orgUnitId,
      createdBy: input.actor.userId,
      createdAt: tx.now().toISOString(),
    });
    const grant = (await repo.findGrantById(tx, row.id))!;
    await recordAudit(tx, {
      actor: input.actor,
      action: 'accounts.grant.create',
      targetType: 'user',
      targetId: user.id,
      targetLabel: `${user.displayName}（${user.username}）`,
      siteId: scope.siteId,
      summary: `授予 ${user.username} 角色「${role.name}」，范围：${scope.label}`,
      after: view(grant),
    });
    return view(grant);
  });
}

/** Takes a grant back. Refuses to remove the last platform administrator. */
export async function revokeGrant(ctx: Ctx, input: { actor: Actor; grantId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const grant = await repo.findGrantById(tx, input.grantId);
    if (!grant) throw GrantNotFound();
    await assertMayManage(tx, input.actor, grant.roleKey, grant, grant.scopeType);
    if (grant.roleKey === 'platform_admin' && grant.scopeType === 'platform') {
      const others = await repo.countActiveUsersWithRole(tx, { roleKey: 'platform_admin', scopeType: 'platform', exceptUserId: grant.userId });
      if (others === 0) throw LastPlatformAdmin();
    }
    await repo.deleteGrant(tx, grant.id);
    const user = await repo.findUserById(tx, grant.userId);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'accounts.grant.revoke',
      targetType: 'user',
      targetId: grant.userId,
      targetLabel: user ? `${user.displayName}（${user.username}）` : String(grant.userId),
      siteId: grant.siteId,
      summary: `撤销 ${user?.username ?? grant.userId} 的角色「${grant.roleName}」（${grant.scopeType}）`,
      before: view(grant),
    });
  });
}

/** Lists grants; site-scoped managers see only grants inside their sites. */
export async function listGrants(ctx: Ctx, params: { actor: Actor; userId?: number; siteId?: number }): Promise<GrantView[]> {
  const visible = await scopedSiteIds(ctx, params.actor, 'grants.manage');
  const readable = visible === 'all' ? 'all' : visible;
  if (readable !== 'all' && readable.length === 0) {
    // Anyone may read their own grants.
    if (params.userId === undefined || params.userId !== params.actor.userId) await authorize(ctx, params.actor, 'grants.manage');
  }
  const grants = await repo.listGrants(ctx, { userId: params.userId, siteId: params.siteId });
  return grants
    .filter((g) => readable === 'all' || g.userId === params.actor.userId || (g.siteId !== null && readable.includes(g.siteId)))
    .map(view);
}

// ---- roles ----------------------------------------------------------------------------------

export interface RoleView {
  id: number;
  key: string;
  name: string;
  description: string;
  permissions: string[];
  isBuiltin: boolean;
}

export async function listRoles(ctx: Ctx): Promise<RoleView[]> {
  return (await repo.listRoles(ctx)).map((r) => ({ id: r.id, key: r.key, name: r.name, description: r.description, permissions: readJson<string[]>(r.permissions, []), isBuiltin: r.isBuiltin }));
}

function checkPermissions(list: string[]): string[] {
  const unknown = list.filter((p) => !isPermission(p));
  if (unknown.length) throw GrantScopeInvalid({ message: '包含未知的权限', details: unknown.map((p) => ({ path: 'permissions', message: `未知权限 ${p}` })) });
  return [...new Set(list)].sort();
}

/** Defines a custom role (roles are data). Needs roles.manage. */
export async function createRole(ctx: Ctx, input: { actor: Actor; key: string; name: string; description?: string; permissions: string[] }): Promise<RoleView> {
  await authorize(ctx, input.actor, 'roles.manage');
  return transaction(ctx, async (tx) => {
    if (await repo.findRoleByKey(tx, input.key)) throw RoleKeyTaken({ details: [{ path: 'key', message: '角色标识已被使用' }] });
    const now = tx.now().toISOString();
    const row = await repo.insertRole(tx, { key: input.key, name: input.name, description: input.description ?? '', permissions: JSON.stringify(checkPermissions(input.permissions)), isBuiltin: false, createdAt: now, updatedAt: now });
    const role = (await listRoles(tx)).find((r) => r.id === row.id)!;
    await recordAudit(tx, { actor: input.actor, action: 'accounts.role.create', targetType: 'role', targetId: row.id, targetLabel: row.name, summary: `创建角色「${row.name}」`, after: role });
    return role;
  });
}

/** Changes a custom role; built-in roles are fixed (ACCOUNTS_ROLE_BUILTIN). */
export async function updateRole(ctx: Ctx, input: { actor: Actor; roleId: number; name?: string; description?: string; permissions?: string[] }): Promise<RoleView> {
  await authorize(ctx, input.actor, 'roles.manage');
  return transaction(ctx, async (tx) => {
    const before = await repo.findRoleById(tx, input.roleId);
    if (!before) throw RoleNotFound();
    if (before.isBuiltin) throw RoleBuiltin();
    await repo.updateRole(tx, before.id, {
      name: input.name,
      description: input.description,
      permissions: input.permissions ? JSON.stringify(checkPermissions(input.permissions)) : undefined,
    });
    const role = (await listRoles(tx)).find((r) => r.id === before.id)!;
    await recordAudit(tx, { actor: input.actor, action: 'accounts.role.update', targetType: 'role', targetId: before.id, targetLabel: role.name, summary: `修改角色「${role.name}」`, before: { ...before, permissions: readJson(before.permissions, []) }, after: role });
    return role;
  });
}
