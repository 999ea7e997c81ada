import { Readable } from 'node:stream';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx } from '../../kernel/index.js';
import { requireActor, type Actor } from './actor.js';
import { exportAuditCsv, searchAudit } from './audit.js';
import { changeOwnPassword, describeUser, disableTotp, enableTotp, login, logout, sessionCookieName, setupTotp } from './auth.js';
import { createRole, grantRole, listGrants, listRoles, revokeGrant, updateRole } from './grants.js';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './org-units.js';
import { permissions } from './permissions.js';
import * as repo from './repository.js';
import * as s from './schemas.js';
import { createUser, getUser, listUsers, resetPassword, unlockUser, updateUser } from './users.js';

function isSecureRequest(ctx: Ctx, request: FastifyRequest): boolean {
  const setting = ctx.config.session.cookieSecure;
  return setting === 'on' || (setting === 'auto' && request.protocol === 'https');
}

/** Accounts' HTTP surface under /api/admin. Handlers only translate HTTP to use-case calls. */
export async function accountsRoutes(root: FastifyInstance, ctx: Ctx): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await app.register(rateLimit, { global: false });
  const tags = ['accounts'];
  const me = (request: FastifyRequest): Actor => requireActor(request);

  app.post('/api/admin/auth/login', {
    schema: { tags, summary: '登录', body: s.loginBody, response: { 200: s.sessionResponse } },
    config: { rateLimit: { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const session = await login(ctx, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'], requestId: String(request.id) });
    reply.setCookie(sessionCookieName, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: isSecureRequest(ctx, request),
      maxAge: ctx.config.session.maxHours * 3600,
    });
    return { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  });

  app.post('/api/admin/auth/logout', { schema: { tags, summary: '退出登录', response: { 200: s.okResponse } } }, async (request, reply) => {
    if (request.actor) await logout(ctx, { actor: request.actor });
    reply.clearCookie(sessionCookieName, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/admin/auth/session', { schema: { tags, summary: '当前会话', response: { 200: s.sessionResponse } } }, async (request) => {
    const actor = me(request);
    const user = (await repo.findUserById(ctx, actor.userId!))!;
    return { user: await describeUser(ctx, user), csrfToken: request.csrfToken! };
  });

  app.post('/api/admin/auth/password', { schema: { tags, summary: '修改本人密码', body: s.changePasswordBody, response: { 200: s.okResponse } } }, async (request) => {
    await changeOwnPassword(ctx, { actor: me(request), ...request.body });
    return { ok: true as const };
  });
  app.post('/api/admin/auth/totp/setup', { schema: { tags, summary: '生成双因素认证密钥', response: { 200: s.totpSetupResponse } } }, async (request) => setupTotp(ctx, { actor: me(request) }));
  app.post('/api/admin/auth/totp/enable', { schema: { tags, summary: '启用双因素认证', body: s.totpEnableBody, response: { 200: s.okResponse } } }, async (request) => {
    await enableTotp(ctx, { actor: me(request), code: request.body.code });
    return { ok: true as const };
  });
  app.post('/api/admin/auth/totp/disable', { schema: { tags, summary: '关闭双因素认证', body: s.totpDisableBody, response: { 200: s.okResponse } } }, async (request) => {
    await disableTotp(ctx, { actor: me(request), password: request.body.password });
    return { ok: true as const };
  });

  // ---- users ----
  app.get('/api/admin/users', { schema: { tags, summary: '用户列表', querystring: s.userListQuery, response: { 200: s.userPage } } }, async (request) =>
    listUsers(ctx, { actor: me(request), ...request.query }),
  );
  app.post('/api/admin/users', { schema: { tags, summary: '创建用户', body: s.createUserBody, response: { 201: s.userViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createUser(ctx, { actor: me(request), ...request.body })),
  );
  app.get('/api/admin/users/:userId', { schema: { tags, summary: '用户详情', params: s.userIdParams, response: { 200: s.userViewSchema } } }, async (request) =>
    getUser(ctx, { actor: me(request), userId: request.params.userId }),
  );
  app.patch('/api/admin/users/:userId', { schema: { tags, summary: '修改或停用用户', params: s.userIdParams, body: s.updateUserBody, response: { 200: s.userViewSchema } } }, async (request) =>
    updateUser(ctx, { actor: me(request), userId: request.params.userId, ...request.body }),
  );
  app.post('/api/admin/users/:userId/reset-password', { schema: { tags, summary: '重置密码', params: s.userIdParams, body: s.resetPasswordBody, response: { 200: s.userViewSchema } } }, async (request) =>
    resetPassword(ctx, { actor: me(request), userId: request.params.userId, ...request.body }),
  );
  app.post('/api/admin/users/:userId/unlock', { schema: { tags, summary: '解除登录锁定', params: s.userIdParams, response: { 200: s.userViewSchema } } }, async (request) =>
    unlockUser(ctx, { actor: me(request), userId: request.params.userId }),
  );

  // ---- org units ----
  app.get('/api/admin/org-units', { schema: { tags, summary: '组织机构（平铺，含上级编号）', response: { 200: s.orgUnitSchema.array() } } }, async (request) =>
    listOrgUnits(ctx, { actor: me(request) }),
  );
  app.post('/api/admin/org-units', { schema: { tags, summary: '创建组织机构', body: s.createOrgUnitBody, response: { 201: s.orgUnitSchema } } }, async (request, reply) =>
    reply.status(201).send(await createOrgUnit(ctx, { actor: me(request), ...request.body })),
  );
  app.patch('/api/admin/org-units/:orgUnitId', { schema: { tags, summary: '修改或移动组织机构', params: s.orgUnitIdParams, body: s.updateOrgUnitBody, response: { 200: s.orgUnitSchema } } }, async (request) =>
    updateOrgUnit(ctx, { actor: me(request), orgUnitId: request.params.orgUnitId, ...request.body }),
  );

  // ---- roles and grants ----
  app.get('/api/admin/permissions', { schema: { tags, summary: '权限清单', response: { 200: s.permissionSchema.array() } } }, async (request) => {
    me(request);
    return Object.entries(permissions).map(([key, label]) => ({ key, label }));
  });
  app.get('/api/admin/roles', { schema: { tags, summary: '角色列表', response: { 200: s.roleSchema.array() } } }, async (request) => {
    me(request);
    return listRoles(ctx);
  });
  app.post('/api/admin/roles', { schema: { tags, summary: '创建角色', body: s.createRoleBody, response: { 201: s.roleSchema } } }, async (request, reply) =>
    reply.status(201).send(await createRole(ctx, { actor: me(request), ...request.body })),
  );
  app.patch('/api/admin/roles/:roleId', { schema: { tags, summary: '修改自定义角色', params: s.roleIdParams, body: s.updateRoleBody, response: { 200: s.roleSchema } } }, async (request) =>
    updateRole(ctx, { actor: me(request), roleId: request.params.roleId, ...request.body }),
  );
  app.get('/api/admin/grants', { schema: { tags, summary: '授权列表', querystring: s.grantsQuery, response: { 200: s.grantViewSchema.array() } } }, async (request) =>
    listGrants(ctx, { actor: me(request), ...request.query }),
  );
  app.post('/api/admin/grants', { schema: { tags, summary: '授予角色', body: s.createGrantBody, response: { 201: s.grantViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await grantRole(ctx, { actor: me(request), ...request.body })),
  );
  app.delete('/api/admin/grants/:grantId', { schema: { tags, summary: '撤销授权', params: s.grantIdParams, response: { 200: s.okResponse } } }, async (request) => {
    await revokeGrant(ctx, { actor: me(request), grantId: request.params.grantId });
    return { ok: true as const };
  });

  // ---- audit ----
  app.get('/api/admin/audit', { schema: { tags, summary: '审计日志（按时间倒序，游标分页）', querystring: s.auditQuery, response: { 200: s.auditPage } } }, async (request) =>
    searchAudit(ctx, { actor: me(request), ...request.query }),
  );
  app.get('/api/admin/audit/export.csv', { schema: { tags, summary: '导出审计日志 CSV', querystring: s.auditQuery.omit({ cursor: true, limit: true }) } }, async (request, reply) => {
    const actor = me(request);
    // Check the permission before the stream starts, so a refusal is a proper error answer.
    await searchAudit(ctx, { actor, limit: 1 });
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
      .header('cache-control', 'no-store');
    return reply.send(Readable.from(exportAuditCsv(ctx, { actor, ...request.query })));
  });
}
