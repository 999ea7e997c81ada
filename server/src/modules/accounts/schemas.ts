import { z } from 'zod';
import { pageSchema } from '../../kernel/index.js';
import { orgUnitKinds } from './org-units.js';
import { allPermissions } from './permissions.js';

const id = z.coerce.number().int().positive();
const username = z.string().trim().min(2, '用户名至少 2 个字符').max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '用户名只能包含字母、数字、点、下划线和连字符');
const phone = z.string().trim().max(32).regex(/^[0-9+\-() ]*$/, '电话号码格式不正确');

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
  totpCode: z.string().trim().regex(/^\d{6}$/, '动态验证码为 6 位数字').optional(),
});

export const grantViewSchema = z.object({
  id: z.number(), userId: z.number(), roleKey: z.string(), roleName: z.string(), scopeType: z.string(),
  siteId: z.number().nullable(), columnId: z.number().nullable(), orgUnitId: z.number().nullable(), createdAt: z.string(),
});

export const meSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  isTotpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  mustEnrolTotp: z.boolean(),
  permissions: z.array(z.string()),
  grants: z.array(grantViewSchema.omit({ userId: true, createdAt: true })),
});

export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string(), expiresAt: z.string().optional() });

export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });
export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const totpEnableBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, '动态验证码为 6 位数字') });
export const totpDisableBody = z.strictObject({ password: z.string().min(1).max(256) });

export const userViewSchema = z.object({
  id: z.number(), username: z.string(), displayName: z.string(), email: z.string().nullable(), phone: z.string().nullable(),
  orgUnitId: z.number().nullable(), isDisabled: z.boolean(), isTotpEnabled: z.boolean(), mustChangePassword: z.boolean(),
  isLocked: z.boolean(), lastLoginAt: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
});
export const userPage = pageSchema(userViewSchema);

export const listQuery = z.object({
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const userListQuery = listQuery.extend({ orgUnitId: id.optional() });

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1, '请输入姓名').max(64),
  password: z.string().min(1).max(256),
  email: z.email('电子邮箱格式不正确').max(200).nullable().optional(),
  phone: phone.nullable().optional(),
  orgUnitId: z.number().int().positive().nullable().optional(),
  mustChangePassword: z.boolean().optional(),
});

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  email: z.email('电子邮箱格式不正确').max(200).nullable().optional(),
  phone: phone.nullable().optional(),
  orgUnitId: z.number().int().positive().nullable().optional(),
  isDisabled: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({ password: z.string().min(1).max(256), mustChange: z.boolean().optional() });
export const userIdParams = z.object({ userId: id });

export const orgUnitSchema = z.object({
  id: z.number(), parentId: z.number().nullable(), name: z.string(), code: z.string().nullable(), kind: z.string(),
  sortOrder: z.number(), createdAt: z.string(), updatedAt: z.string(),
});
const orgUnitCode = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, '机构代码只能包含字母、数字、下划线和连字符');
export const createOrgUnitBody = z.strictObject({
  name: z.string().trim().min(1, '请输入机构名称').max(100),
  code: orgUnitCode.nullable().optional(),
  kind: z.enum(orgUnitKinds).optional(),
  parentId: z.number().int().positive().nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export const updateOrgUnitBody = createOrgUnitBody.partial();
export const orgUnitIdParams = z.object({ orgUnitId: id });

export const roleSchema = z.object({ id: z.number(), key: z.string(), name: z.string(), description: z.string(), permissions: z.array(z.string()), isBuiltin: z.boolean() });
export const createRoleBody = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, '角色标识须为小写字母开头的字母、数字或下划线'),
  name: z.string().trim().min(1).max(50),
  description: z.string().trim().max(300).optional(),
  permissions: z.array(z.enum(allPermissions as [string, ...string[]])).max(100),
});
export const updateRoleBody = createRoleBody.omit({ key: true }).partial();
export const roleIdParams = z.object({ roleId: id });
export const permissionSchema = z.object({ key: z.string(), label: z.string() });

export const grantsQuery = z.object({ userId: id.optional(), siteId: id.optional() });
export const createGrantBody = z.strictObject({
  userId: z.number().int().positive(),
  roleKey: z.string().min(1).max(40),
  scope: z.strictObject({
    type: z.enum(['platform', 'site', 'column', 'org_unit']),
    siteId: z.number().int().positive().nullable().optional(),
    columnId: z.number().int().positive().nullable().optional(),
    orgUnitId: z.number().int().positive().nullable().optional(),
  }),
});
export const grantIdParams = z.object({ grantId: id });

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, '日期格式应为 YYYY-MM-DD');
export const auditQuery = z.object({
  q: z.string().trim().max(100).optional(),
  action: z.string().trim().max(80).optional(),
  actorId: id.optional(),
  targetType: z.string().trim().max(40).optional(),
  targetId: z.string().trim().max(40).optional(),
  siteId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const auditEntrySchema = z.object({
  id: z.number(), at: z.string(), actorId: z.number().nullable(), actorName: z.string(), action: z.string(),
  targetType: z.string(), targetId: z.string().nullable(), targetLabel: z.string().nullable(), siteId: z.number().nullable(),
  summary: z.string(), before: z.unknown(), after: z.unknown(), ip: z.string().nullable(), requestId: z.string().nullable(),
});
export const auditPage = pageSchema(auditEntrySchema);
export const okResponse = z.object({ ok: z.literal(true) });
