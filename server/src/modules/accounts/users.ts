import { z } from 'zod';
import { decodeCursor, keysetPage, transaction, type Ctx, type Page } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { authorize, scopedSiteIds } from './authorization.js';
import { LastPlatformAdmin, OrgUnitNotFound, RoleNotFound, UsernameTaken, UserNotFound } from './errors.js';
import { assertPasswordPolicy, hashPassword } from './passwords.js';
import * as repo from './repository.js';
import type { UserRow } from './tables.js';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  orgUnitId: number | null;
  isDisabled: boolean;
  isTotpEnabled: boolean;
  mustChangePassword: boolean;
  isLocked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toUserView(row: UserRow, lockedUntil?: string | null, now = new Date()): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    orgUnitId: row.orgUnitId,
    isDisabled: row.isDisabled,
    isTotpEnabled: row.isTotpEnabled,
    mustChangePassword: row.mustChangePassword,
    isLocked: Boolean(lockedUntil && new Date(lockedUntil) > now),
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const countUsers = repo.countUsers;

export async function findUserByUsername(ctx: Ctx, username: string): Promise<UserView | undefined> {
  const row = await repo.findUserByUsername(ctx, username);
  return row ? toUserView(row) : undefined;
}

async function assertOrgUnit(ctx: Ctx, orgUnitId: number | null | undefined): Promise<void> {
  if (orgUnitId === null || orgUnitId === undefined) return;
  if (!(await repo.findOrgUnitById(ctx, orgUnitId))) {
    throw OrgUnitNotFound({ details: [{ path: 'orgUnitId', message: '组织机构不存在' }] });
  }
}

export interface CreateUserInput {
  actor: Actor;
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  phone?: string | null;
  orgUnitId?: number | null;
  /** Platform-scoped roles to grant at once (the CLI and first start use it). */
  roleKeys?: string[];
  mustChangePassword?: boolean;
}

/**
 * Creates a user. Needs users.manage on the platform. Throws ACCOUNTS_USERNAME_TAKEN,
 * ACCOUNTS_PASSWORD_WEAK, ACCOUNTS_ORG_UNIT_NOT_FOUND, ACCOUNTS_ROLE_NOT_FOUND.
 */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserView> {
  await authorize(ctx, input.actor, 'users.manage');
  const username = input.username.trim().toLowerCase();
  assertPasswordPolicy(input.password, username);
  const passwordHash = await hashPassword(input.password);
  return transaction(ctx, async (tx) => {
    if (await repo.findUserByUsername(tx, username)) throw UsernameTaken({ details: [{ path: 'username', message: '用户名已被使用' }] });
    await assertOrgUnit(tx, input.orgUnitId);
    const now = tx.now().toISOString();
    const row = await repo.insertUser(tx, {
      username,
      displayName: input.displayName.trim(),
      email: input.email ?? null,
      phone: input.phone ?? null,
      orgUnitId: input.orgUnitId ?? null,
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: input.mustChangePassword ?? false,
      isDisabled: false,
      isTotpEnabled: false,
      createdAt: now,
      updatedAt: now,
    });
    for (const key of input.roleKeys ?? []) {
      const role = await repo.findRoleByKey(tx, key);
      if (!role) throw RoleNotFound({ details: [{ path: 'roleKeys', message: `角色 ${key} 不存在` }] });
      await repo.insertGrant(tx, { userId: row.id, roleId: role.id, scopeType: 'platform', createdBy: input.actor.userId, createdAt: now });
    }
    const view = toUserView(row);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'accounts.user.create',
      targetType: 'user',
      targetId: row.id,
      targetLabel: `${row.displayName}（${row.username}）`,
      summary: `创建用户 ${row.username}${input.roleKeys?.length ? `，授予平台角色 ${input.roleKeys.join('、')}` : ''}`,
      after: view,
    });
    tx.emit({ type: 'accounts.user.created', payload: { userId: row.id } });
    return view;
  });
}

export interface UpdateUserInput {
  actor: Actor;
  userId: number;
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  orgUnitId?: number | null;
  isDisabled?: boolean;
}

async function countActivePlatformAdmins(ctx: Ctx, exceptUserId: number): Promise<number> {
  return repo.countActiveUsersWithRole(ctx, { roleKey: 'platform_admin', scopeType: 'platform', exceptUserId });
}

/** Updates a user's profile or disables them (their sessions end). Needs users.manage. */
export async function updateUser(ctx: Ctx, input: UpdateUserInput): Promise<UserView> {
  await authorize(ctx, input.actor, 'users.manage');
  return transaction(ctx, async (tx) => {
    const before = await repo.findUserById(tx, input.userId);
    if (!before) throw UserNotFound();
    await assertOrgUnit(tx, input.orgUnitId);
    if (input.isDisabled === true && !before.isDisabled) {
      const grants = await repo.findGrantsOfUser(tx, before.id);
      const isPlatformAdmin = grants.some((g) => g.roleKey === 'platform_admin' && g.scopeType === 'platform');
      if (isPlatformAdmin && (await countActivePlatformAdmins(tx, before.id)) === 0) throw LastPlatformAdmin();
    }
    const row = await repo.updateUser(tx, before.id, {
      displayName: input.displayName?.trim(),
      email: input.email,
      phone: input.phone,
      orgUnitId: input.orgUnitId,
      isDisabled: input.isDisabled,
    });
    if (input.isDisabled) await repo.deleteSessionsOfUser(tx, row.id);
    const view = toUserView(row);
    await recordAudit(tx, {
      actor: input.actor,
      action: input.isDisabled === true && !before.isDisabled ? 'accounts.user.disable' : 'accounts.user.update',
      targetType: 'user',
      targetId: row.id,
      targetLabel: `${row.displayName}（${row.username}）`,
      summary: input.isDisabled === true && !before.isDisabled ? `停用用户 ${row.username}` : `修改用户 ${row.username}`,
      before: toUserView(before),
      after: view,
    });
    return view;
  });
}

/**
 * Sets a new password for a user (the operator's reset). The user must change it at next login and
 * all their sessions end. Needs users.manage. Throws ACCOUNTS_PASSWORD_WEAK, ACCOUNTS_USER_NOT_FOUND.
 */
export async function resetPassword(ctx: Ctx, input: { actor: Actor; userId?: number; username?: string; password: string; mustChange?: boolean }): Promise<UserView> {
  await authorize(ctx, input.actor, 'users.manage');
  const user = input.userId !== undefined ? await repo.findUserById(ctx, input.userId) : await repo.findUserByUsername(ctx, input.username ?? '');
  if (!user) throw UserNotFound();
  assertPasswordPolicy(input.password, user.username);
  const passwordHash = await hashPassword(input.password);
  return transaction(ctx, async (tx) => {
    const row = await repo.updateUser(tx, user.id, {
      passwordHash,
      passwordChangedAt: tx.now().toISOString(),
      mustChangePassword: input.mustChange ?? true,
    });
    await repo.deleteSessionsOfUser(tx, user.id);
    await repo.deleteLoginFailure(tx, user.username);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'accounts.user.reset_password',
      targetType: 'user',
      targetId: user.id,
      targetLabel: `${user.displayName}（${user.username}）`,
      summary: `重置用户 ${user.username} 的密码`,
    });
    return toUserView(row);
  });
}

/** Lifts a temporary login lock. Needs users.manage. */
export async function unlockUser(ctx: Ctx, input: { actor: Actor; userId: number }): Promise<UserView> {
  await authorize(ctx, input.actor, 'users.manage');
  return transaction(ctx, async (tx) => {
    const user = await repo.findUserById(tx, input.userId);
    if (!user) throw UserNotFound();
    await repo.deleteLoginFailure(tx, user.username);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'accounts.user.unlock',
      targetType: 'user',
      targetId: user.id,
      targetLabel: `${user.displayName}（${user.username}）`,
      summary: `解除用户 ${user.username} 的登录锁定`,
    });
    return toUserView(user);
  });
}

const cursorShape = z.object({ id: z.number().int() });

/**
 * Lists users newest first with keyset pagination. Anyone holding users.read anywhere may list
 * (site administrators pick users to grant roles on their site).
 */
export async function listUsers(ctx: Ctx, params: { actor: Actor; q?: string; orgUnitId?: number; cursor?: string; limit?: number }): Promise<Page<UserView>> {
  const visible = await scopedSiteIds(ctx, params.actor, 'users.read');
  if (visible !== 'all' && visible.length === 0) await authorize(ctx, params.actor, 'users.read');
  const limit = Math.min(params.limit ?? 50, 200);
  const cursor = decodeCursor(params.cursor, cursorShape);
  const rows = await repo.listUsers(ctx, { q: params.q, orgUnitId: params.orgUnitId, afterId: cursor?.id, limit: limit + 1 });
  const now = ctx.now();
  const page = rows.slice(0, limit);
  const locks = new Map((await repo.findLoginFailures(ctx, page.map((r) => r.username))).map((f) => [f.usernameKey, f.lockedUntil]));
  const items = page.map((r) => toUserView(r, locks.get(r.username), now));
  return keysetPage(items, rows.length > limit);
}

export async function getUser(ctx: Ctx, params: { actor: Actor; userId: number }): Promise<UserView> {
  const visible = await scopedSiteIds(ctx, params.actor, 'users.read');
  if (visible !== 'all' && visible.length === 0) await authorize(ctx, params.actor, 'users.read');
  const row = await repo.findUserById(ctx, params.userId);
  if (!row) throw UserNotFound();
  const lock = await repo.findLoginFailure(ctx, row.username);
  return toUserView(row, lock?.lockedUntil, ctx.now());
}
