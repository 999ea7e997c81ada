/**
 * Permissions are fixed strings that code checks; roles are data that bundle them (accounts_roles).
 * Later modules' permissions are listed here already so that built-in roles mean the same thing
 * from the first start on.
 */
export const permissions = {
  'sites.read': '查看网站',
  'sites.create': '开设网站（申请）',
  'sites.update': '修改网站信息',
  'sites.approve': '审批网站开设、下线与关闭',
  'sites.lifecycle': '申请网站状态变更',
  'columns.read': '查看栏目',
  'columns.manage': '管理栏目',
  'orgunits.read': '查看组织机构',
  'orgunits.manage': '管理组织机构',
  'users.read': '查看用户',
  'users.manage': '管理用户',
  'roles.manage': '管理角色',
  'grants.manage': '授权与撤销授权',
  'audit.read': '查看审计日志',
  'content.read': '查看信息',
  'content.edit': '采编信息',
  'content.submit': '提交审核',
  'content.review': '内容审核',
  'content.confidentiality_review': '保密审查',
  'content.publish': '发布与撤稿',
  'letters.read': '查看来信',
  'letters.handle': '办理来信',
  'letters.screen': '来信甄别与分办',
} as const;

export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}

/** Where a grant applies. A column grant covers the column's whole subtree. */
export type ScopeType = 'platform' | 'site' | 'column' | 'org_unit';

export interface BuiltinRole {
  key: string;
  name: string;
  description: string;
  permissions: Permission[];
}

export const builtinRoles: BuiltinRole[] = [
  { key: 'platform_admin', name: '平台管理员', description: '管理整个集约化平台：网站、用户、角色与授权', permissions: allPermissions },
  {
    key: 'site_admin',
    name: '网站管理员',
    description: '管理被授权网站的信息、栏目、人员授权，可申请开设下级网站',
    permissions: [
      'sites.read', 'sites.create', 'sites.update', 'sites.lifecycle', 'columns.read', 'columns.manage',
      'orgunits.read', 'users.read', 'grants.manage', 'audit.read',
      'content.read', 'content.edit', 'content.submit', 'content.review', 'content.publish',
    ],
  },
  {
    key: 'editor',
    name: '信息员（采编）',
    description: '在被授权的网站或栏目中采编信息并提交审核',
    permissions: ['sites.read', 'columns.read', 'content.read', 'content.edit', 'content.submit'],
  },
  {
    key: 'reviewer',
    name: '审核员',
    description: '审核被授权网站或栏目的信息',
    permissions: ['sites.read', 'columns.read', 'content.read', 'content.review'],
  },
  {
    key: 'confidentiality_reviewer',
    name: '保密审查员',
    description: '对拟发布信息进行保密审查',
    permissions: ['sites.read', 'columns.read', 'content.read', 'content.confidentiality_review'],
  },
  {
    key: 'handler',
    name: '办理人员',
    description: '办理分办到本单位的群众来信',
    permissions: ['letters.read', 'letters.handle', 'orgunits.read'],
  },
  {
    key: 'auditor',
    name: '审计员',
    description: '只读查看网站、用户与审计日志',
    permissions: ['sites.read', 'columns.read', 'orgunits.read', 'users.read', 'audit.read'],
  },
];
