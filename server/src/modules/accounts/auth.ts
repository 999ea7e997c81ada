import crypto from 'node:crypto';
import { readJson, transaction, type Ctx } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { InvalidCredentials, LoginLocked, PasswordWeak, TotpInvalid, TotpNotPending, TotpRequired, UserNotFound } from './errors.js';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repository.js';
import type { UserRow } from './tables.js';

export interface Me {
  id: number;
  username: string;
  displayName: string;
  isTotpEnabled: boolean;
  mustChangePassword: boolean;
  /** True when admins must use TOTP and this user has not enrolled yet. */
  mustEnrolTotp: boolean;
  permissions: string[];
  grants: Array<{ id: number; roleKey: string; roleName: string; scopeType: string; siteId: number | null; columnId: number | null; orgUnitId: number | null }>;
}

export interface SessionInfo {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: Me;
}

export const sessionCookieName = 'jiyue_session';

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export async function describeUser(ctx: Ctx, user: Pick<UserRow, 'id' | 'username' | 'displayName' | 'isTotpEnabled' | 'mustChangePassword'>): Promise<Me> {
  const grants = await repo.findGrantsOfUser(ctx, user.id);
  const isPlatformAdmin = grants.some((g) => g.roleKey === 'platform_admin' && g.scopeType === 'platform');
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    isTotpEnabled: user.isTotpEnabled,
    mustChangePassword: user.mustChangePassword,
    mustEnrolTotp: ctx.config.isAdminTotpRequired && !user.isTotpEnabled && isPlatformAdmin,
    permissions: [...new Set(grants.flatMap((g) => readJson<string[]>(g.rolePermissions, [])))].sort(),
    grants: grants.map((g) => ({ id: g.id, roleKey: g.roleKey, roleName: g.roleName, scopeType: g.scopeType, siteId: g.siteId, columnId: g.columnId, orgUnitId: g.orgUnitId })),
  };
}

async function checkTotp(ctx: Ctx, secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  // One step of clock drift either way; a code is accepted once (replay protection by time step).
  // Loaded on first use: only TOTP users need it, and start-up stays fast.
  const { verify: verifyTotpToken } = await import('otplib');
  const result = await verifyTotpToken({ secret, token: code, epochTolerance: 30, ...(lastStep !== null ? { afterTimeStep: lastStep } : {}) });
  if (!result.valid) return null;
  return 'timeStep' in result ? result.timeStep : Math.floor(Date.now() / 30_000);
}

async function recordFailure(ctx: Ctx, usernameKey: string): Promise<void> {
  const now = ctx.now();
  const previous = await repo.findLoginFailure(ctx, usernameKey);
  // Failures older than the lock window no longer count.
  const windowStart = now.getTime() - ctx.config.login.lockMinutes * 60_000;
  const isStale = previous && new Date(previous.lastFailureAt).getTime() < windowStart;
  const failures = (isStale ? 0 : (previous?.failures ?? 0)) + 1;
  const lockedUntil = failures >= ctx.config.login.maxFailures ? new Date(now.getTime() + ctx.config.login.lockMinutes * 60_000).toISOString() : null;
  await repo.upsertLoginFailure(ctx, { usernameKey, failures: lockedUntil ? 0 : failures, lockedUntil, lastFailureAt: now.toISOString() });
}

/**
 * Signs in with username, password and, when enabled, a TOTP code. A wrong name or password gives
 * one generic error (ACCOUNTS_INVALID_CREDENTIALS) and counts toward a temporary lock of that name
 * (ACCOUNTS_LOGIN_LOCKED), whether or not the user exists. A right password without a code gives
 * ACCOUNTS_TOTP_REQUIRED; a wrong code ACCOUNTS_TOTP_INVALID (and counts too).
 */
export async function login(ctx: Ctx, input: { username: string; password: string; totpCode?: string; ip?: string; userAgent?: string; requestId?: string }): Promise<SessionInfo> {
  const usernameKey = input.username.trim().toLowerCase();
  const failure = await repo.findLoginFailure(ctx, usernameKey);
  if (failure?.lockedUntil && new Date(failure.lockedUntil) > ctx.now()) throw LoginLocked();

  const user = await repo.findUserByUsername(ctx, usernameKey);
  const isPasswordRight = await verifyPassword(user && !user.isDisabled ? user.passwordHash : null, input.password);
  const actorOf = (u: UserRow): Actor => ({ kind: 'user', userId: u.id, username: u.username, displayName: u.displayName, ip: input.ip, requestId: input.requestId });
  if (!user || user.isDisabled || !isPasswordRight) {
    await transaction(ctx, async (tx) => {
      await recordFailure(tx, usernameKey);
      await recordAudit(tx, {
        actor: user ? actorOf(user) : { kind: 'user', userId: null, username: usernameKey.slice(0, 64), displayName: '未知用户', ip: input.ip, requestId: input.requestId },
        action: 'accounts.session.login_failed',
        targetType: 'user',
        targetId: user?.id ?? null,
        targetLabel: usernameKey.slice(0, 64),
        summary: '登录失败：用户名或密码错误',
      });
    });
    throw InvalidCredentials();
  }
  let totpStep: number | null = null;
  if (user.isTotpEnabled && user.totpSecret) {
    if (!input.totpCode) throw TotpRequired({ details: [{ path: 'totpCode', message: '请输入动态验证码' }] });
    totpStep = await checkTotp(ctx, user.totpSecret, input.totpCode, user.totpLastStep);
    if (totpStep === null) {
      await transaction(ctx, async (tx) => {
        await recordFailure(tx, usernameKey);
        await recordAudit(tx, { actor: actorOf(user), action: 'accounts.session.login_failed', targetType: 'user', targetId: user.id, targetLabel: user.username, summary: '登录失败：动态验证码错误' });
      });
      throw TotpInvalid({ details: [{ path: 'totpCode', message: '动态验证码错误或已使用' }] });
    }
  }

  const now = ctx.now();
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.session.maxHours * 3_600_000).toISOString();
  await transaction(ctx, async (tx) => {
    await repo.deleteLoginFailure(tx, usernameKey);
    await repo.insertSession(tx, {
      id: hashToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await repo.updateUser(tx, user.id, { lastLoginAt: now.toISOString(), ...(totpStep !== null ? { totpLastStep: totpStep } : {}) });
    await recordAudit(tx, { actor: actorOf(user), action: 'accounts.session.login', targetType: 'user', targetId: user.id, targetLabel: user.username, summary: `${user.username} 登录${totpStep !== null ? '（双因素认证）' : ''}` });
  });
  return { token, csrfToken, expiresAt, user: await describeUser(ctx, user) };
}

export async function logout(ctx: Ctx, input: { actor: Actor }): Promise<void> {
  if (!input.actor.sessionId) return;
  await transaction(ctx, async (tx) => {
    await repo.deleteSession(tx, input.actor.sessionId!);
    await recordAudit(tx, { actor: input.actor, action: 'accounts.session.logout', targetType: 'user', targetId: input.actor.userId, targetLabel: input.actor.username, summary: `${input.actor.username} 退出登录` });
  });
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
  isTotpEnabled: boolean;
}

/**
 * Looks up the session behind a cookie token. Expired (absolute or idle) sessions are deleted and
 * give null. Refreshes last-seen at most once a minute to keep reads cheap.
 */
export async function resolveSession(ctx: Ctx, token: string, request: { ip?: string; requestId?: string }): Promise<ResolvedSession | null> {
  const id = hashToken(token);
  const row = await repo.findSessionWithUser(ctx, id);
  if (!row) return null;
  const now = ctx.now();
  const idleLimit = now.getTime() - ctx.config.session.idleMinutes * 60_000;
  if (row.isDisabled || new Date(row.expiresAt) <= now || new Date(row.lastSeenAt).getTime() < idleLimit) {
    await repo.deleteSession(ctx, id);
    return null;
  }
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) await repo.touchSession(ctx, id, now.toISOString());
  return {
    actor: { kind: 'user', userId: row.userId, username: row.username, displayName: row.displayName, ip: request.ip, requestId: request.requestId, sessionId: id },
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
    isTotpEnabled: row.isTotpEnabled,
  };
}

/** Changes one's own password; other sessions of the user end. Throws ACCOUNTS_INVALID_CREDENTIALS, ACCOUNTS_PASSWORD_WEAK. */
export async function changeOwnPassword(ctx: Ctx, input: { actor: Actor; currentPassword: string; newPassword: string }): Promise<void> {
  const user = input.actor.userId !== null ? await repo.findUserById(ctx, input.actor.userId) : undefined;
  if (!user) throw UserNotFound();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw InvalidCredentials({ message: '当前密码错误', details: [{ path: 'currentPassword', message: '当前密码错误' }] });
  }
  assertPasswordPolicy(input.newPassword, user.username, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw PasswordWeak({ message: '新密码不能与当前密码相同', details: [{ path: 'newPassword', message: '新密码不能与当前密码相同' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await transaction(ctx, async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, passwordChangedAt: tx.now().toISOString(), mustChangePassword: false });
    await repo.deleteSessionsOfUser(tx, user.id, input.actor.sessionId);
    await recordAudit(tx, { actor: input.actor, action: 'accounts.user.change_password', targetType: 'user', targetId: user.id, targetLabel: user.username, summary: `${user.username} 修改了自己的密码` });
  });
}

/** Starts TOTP enrolment: a new secret, its otpauth URL and a QR code to scan. */
export async function setupTotp(ctx: Ctx, input: { actor: Actor }): Promise<{ secret: string; otpauthUrl: string; qrDataUrl: string }> {
  const user = input.actor.userId !== null ? await repo.findUserById(ctx, input.actor.userId) : undefined;
  if (!user) throw UserNotFound();
  const [{ generateSecret, generateURI }, { default: QRCode }] = await Promise.all([import('otplib'), import('qrcode')]);
  const secret = generateSecret();
  const otpauthUrl = generateURI({ issuer: 'Jiyue 集约', label: user.username, secret });
  await repo.updateUser(ctx, user.id, { totpPendingSecret: secret });
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 200 }) };
}

/** Confirms enrolment with a code from the authenticator app. Throws ACCOUNTS_TOTP_INVALID. */
export async function enableTotp(ctx: Ctx, input: { actor: Actor; code: string }): Promise<void> {
  const user = input.actor.userId !== null ? await repo.findUserById(ctx, input.actor.userId) : undefined;
  if (!user) throw UserNotFound();
  if (!user.totpPendingSecret) throw TotpNotPending();
  const step = await checkTotp(ctx, user.totpPendingSecret, input.code, null);
  if (step === null) throw TotpInvalid({ details: [{ path: 'code', message: '动态验证码错误' }] });
  await transaction(ctx, async (tx) => {
    await repo.updateUser(tx, user.id, { isTotpEnabled: true, totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step });
    await recordAudit(tx, { actor: input.actor, action: 'accounts.user.enable_totp', targetType: 'user', targetId: user.id, targetLabel: user.username, summary: `${user.username} 启用了双因素认证` });
  });
}

/** Turns TOTP off after re-entering the password. Throws ACCOUNTS_INVALID_CREDENTIALS. */
export async function disableTotp(ctx: Ctx, input: { actor: Actor; password: string }): Promise<void> {
  const user = input.actor.userId !== null ? await repo.findUserById(ctx, input.actor.userId) : undefined;
  if (!user) throw UserNotFound();
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw InvalidCredentials({ message: '密码错误', details: [{ path: 'password', message: '密码错误' }] });
  }
  await transaction(ctx, async (tx) => {
    await repo.updateUser(tx, user.id, { isTotpEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null });
    await recordAudit(tx, { actor: input.actor, action: 'accounts.user.disable_totp', targetType: 'user', targetId: user.id, targetLabel: user.username, summary: `${user.username} 关闭了双因素认证` });
  });
}

/** Deletes sessions past their absolute or idle limit (a periodic job). */
export async function purgeExpiredSessions(ctx: Ctx): Promise<number> {
  const now = ctx.now();
  return repo.deleteExpiredSessions(ctx, now.toISOString(), new Date(now.getTime() - ctx.config.session.idleMinutes * 60_000).toISOString());
}
