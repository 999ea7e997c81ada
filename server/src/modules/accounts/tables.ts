import type { Generated, Selectable } from 'kysely';

/** Row types of the tables this module owns (camelCase through Kysely's CamelCasePlugin). */
export interface AccountsTables {
  accountsOrgUnits: {
    id: Generated<number>;
    parentId: number | null;
    name: string;
    code: string | null;
    kind: string;
    sortOrder: number;
    createdAt: string;
    updatedAt: string;
  };
  accountsUsers: {
    id: Generated<number>;
    username: string;
    displayName: string;
    email: string | null;
    phone: string | null;
    orgUnitId: number | null;
    passwordHash: string;
    passwordChangedAt: string;
    mustChangePassword: boolean;
    isDisabled: boolean;
    isTotpEnabled: boolean;
    totpSecret: string | null;
    totpPendingSecret: string | null;
    totpLastStep: number | null;
    lastLoginAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  accountsLoginFailures: {
    usernameKey: string;
    failures: number;
    lockedUntil: string | null;
    lastFailureAt: string;
  };
  accountsSessions: {
    id: string;
    userId: number;
    csrfToken: string;
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  };
  accountsRoles: {
    id: Generated<number>;
    key: string;
    name: string;
    description: string;
    permissions: string;
    isBuiltin: boolean;
    createdAt: string;
    updatedAt: string;
  };
  accountsGrants: {
    id: Generated<number>;
    userId: number;
    roleId: number;
    scopeType: string;
    siteId: number | null;
    columnId: number | null;
    orgUnitId: number | null;
    createdBy: number | null;
    createdAt: string;
  };
  accountsAudit: {
    id: Generated<number>;
    at: string;
    actorId: number | null;
    actorName: string;
    action: string;
    targetType: string;
    targetId: string | null;
    targetLabel: string | null;
    siteId: number | null;
    summary: string;
    before: string | null;
    after: string | null;
    ip: string | null;
    requestId: string | null;
  };
}

export type UserRow = Selectable<AccountsTables['accountsUsers']>;
export type OrgUnitRow = Selectable<AccountsTables['accountsOrgUnits']>;
export type RoleRow = Selectable<AccountsTables['accountsRoles']>;
export type GrantRow = Selectable<AccountsTables['accountsGrants']>;
export type AuditRow = Selectable<AccountsTables['accountsAudit']>;
export type SessionRow = Selectable<AccountsTables['accountsSessions']>;
