import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CsrfInvalid, type Ctx, type JiyueModule } from '../../kernel/index.js';
import { purgeExpiredSessions, resolveSession, sessionCookieName } from './auth.js';
import { PasswordChangeRequired, TotpEnrolmentRequired } from './errors.js';
import { accountsTables } from './migrations/2026112201_accounts_tables.js';
import { accountsBuiltinRoles } from './migrations/2026112202_accounts_builtin_roles.js';
import { accountsAuditSearch } from './migrations/2026112203_accounts_audit_search.js';
import * as repo from './repository.js';
import { accountsRoutes } from './routes.js';

declare module 'fastify' {
  interface FastifyRequest {
    csrfToken: string | null;
  }
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Reachable while a password change or TOTP enrolment is still owed.
const allowedWhileRestricted = /^\/api\/admin\/auth\//;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

async function isPlatformAdmin(ctx: Ctx, userId: number): Promise<boolean> {
  return (await repo.findGrantsOfUser(ctx, userId)).some((g) => g.roleKey === 'platform_admin' && g.scopeType === 'platform');
}

/**
 * Resolves the session cookie to `request.actor` for API requests, enforces the CSRF token on
 * state-changing requests of a signed-in user, and holds a user to /auth/ routes until they have
 * changed an initial password (and enrolled TOTP where admins must).
 */
async function sessionHook(ctx: Ctx, request: FastifyRequest): Promise<void> {
  request.actor = null;
  request.csrfToken = null;
  if (!request.url.startsWith('/api/')) return;
  const token = request.cookies[sessionCookieName];
  if (!token) return;
  const session = await resolveSession(ctx, token, { ip: request.ip, requestId: String(request.id) });
  if (!session) return;
  const path = request.url.split('?')[0]!;
  if (mutating.has(request.method) && path !== '/api/admin/auth/login') {
    const given = request.headers['x-csrf-token'];
    if (typeof given !== 'string' || !safeEqual(given, session.csrfToken)) throw CsrfInvalid();
  }
  request.actor = session.actor;
  request.csrfToken = session.csrfToken;
  if (path.startsWith('/api/admin/') && !allowedWhileRestricted.test(path)) {
    if (session.mustChangePassword) throw PasswordChangeRequired();
    if (ctx.config.isAdminTotpRequired && !session.isTotpEnabled && (await isPlatformAdmin(ctx, session.actor.userId!))) {
      throw TotpEnrolmentRequired();
    }
  }
}

/**
 * Queues the next hourly purge. The key names the hour, so however many processes start or finish
 * a run, one job waits per hour.
 */
async function schedulePurge(ctx: Ctx): Promise<void> {
  const next = new Date(Math.floor(Date.now() / 3_600_000 + 1) * 3_600_000);
  await ctx.jobs.enqueue('accounts.purge-sessions', {}, { runAt: next, singletonKey: next.toISOString() });
}

export const accountsModule: JiyueModule = {
  name: 'accounts',
  migrations: [accountsTables, accountsBuiltinRoles, accountsAuditSearch],
  async routes(app, ctx) {
    app.decorateRequest('actor', null);
    app.decorateRequest('csrfToken', null);
    app.addHook('onRequest', async (request) => sessionHook(ctx, request));
    await accountsRoutes(app, ctx);
  },
  wire(ctx) {
    ctx.jobs.define('accounts.purge-sessions', async () => {
      const removed = await purgeExpiredSessions(ctx);
      if (removed) ctx.logger.info({ removed }, 'expired sessions removed');
      await schedulePurge(ctx);
    });
  },
  async start(ctx) {
    await schedulePurge(ctx);
  },
};
