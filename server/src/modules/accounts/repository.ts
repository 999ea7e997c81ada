import { sql, type Insertable, type Updateable } from 'kysely';
import { containsInsensitive, tables, type Ctx } from '../../kernel/index.js';
import type { AccountsTables, AuditRow, GrantRow, OrgUnitRow, RoleRow, SessionRow, UserRow } from './tables.js';

const db = (ctx: Ctx) => tables<AccountsTables>(ctx.db);

// ---- users ----------------------------------------------------------------------------------

export async function countUsers(ctx: Ctx): Promise<number> {
  const row = await db(ctx).selectFrom('accountsUsers').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserById(ctx: Ctx, id: number): Promise<UserRow | undefined> {
  return db(ctx).selectFrom('accountsUsers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(ctx: Ctx, username: string): Promise<UserRow | undefined> {
  return db(ctx).selectFrom('accountsUsers').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

export async function insertUser(ctx: Ctx, values: Insertable<AccountsTables['accountsUsers']>): Promise<UserRow> {
  return db(ctx).insertInto('accountsUsers').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(ctx: Ctx, id: number, values: Updateable<AccountsTables['accountsUsers']>): Promise<UserRow> {
  return db(ctx)
    .updateTable('accountsUsers')
    .set({ ...values, updatedAt: ctx.now().toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Users ordered by id descending, after the cursor id. */
export function listUsers(ctx: Ctx, filter: { q?: string; orgUnitId?: number; afterId?: number; limit: number }): Promise<UserRow[]> {
  let query = db(ctx).selectFrom('accountsUsers').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.afterId !== undefined) query = query.where('id', '<', filter.afterId);
  if (filter.orgUnitId !== undefined) query = query.where('orgUnitId', '=', filter.orgUnitId);
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) =>
      eb.or([containsInsensitive(ctx.dialect, 'username', q), containsInsensitive(ctx.dialect, 'display_name', q)]),
    );
  }
  return query.execute();
}

// ---- login failures -------------------------------------------------------------------------

export function findLoginFailure(ctx: Ctx, usernameKey: string) {
  return db(ctx).selectFrom('accountsLoginFailures').selectAll().where('usernameKey', '=', usernameKey).executeTakeFirst();
}

export function findLoginFailures(ctx: Ctx, usernameKeys: string[]) {
  if (usernameKeys.length === 0) return Promise.resolve([]);
  return db(ctx).selectFrom('accountsLoginFailures').selectAll().where('usernameKey', 'in', usernameKeys).execute();
}

export async function upsertLoginFailure(ctx: Ctx, row: AccountsTables['accountsLoginFailures']): Promise<void> {
  await db(ctx)
    .insertInto('accountsLoginFailures')
    .values(row)
    .onConflict((oc) => oc.column('usernameKey').doUpdateSet({ failures: row.failures, lockedUntil: row.lockedUntil, lastFailureAt: row.lastFailureAt }))
    .execute();
}

export async function deleteLoginFailure(ctx: Ctx, usernameKey: string): Promise<void> {
  await db(ctx).deleteFrom('accountsLoginFailures').where('usernameKey', '=', usernameKey).execute();
}

// ---- sessions -------------------------------------------------------------------------------

export async function insertSession(ctx: Ctx, row: SessionRow): Promise<void> {
  await db(ctx).insertInto('accountsSessions').values(row).execute();
}

export function findSessionWithUser(ctx: Ctx, id: string) {
  return db(ctx)
    .selectFrom('accountsSessions as s')
    .innerJoin('accountsUsers as u', 'u.id', 's.userId')
    .select([
      's.id', 's.userId', 's.csrfToken', 's.lastSeenAt', 's.expiresAt', 's.createdAt',
      'u.username', 'u.displayName', 'u.isDisabled', 'u.mustChangePassword', 'u.isTotpEnabled',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(ctx: Ctx, id: string, lastSeenAt: string): Promise<void> {
  await db(ctx).updateTable('accountsSessions').set({ lastSeenAt }).where('id', '=', id).execute();
}

export async function deleteSession(ctx: Ctx, id: string): Promise<void> {
  await db(ctx).deleteFrom('accountsSessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(ctx: Ctx, userId: number, exceptId?: string): Promise<void> {
  let query = db(ctx).deleteFrom('accountsSessions').where('userId', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(ctx: Ctx, now: string, idleBefore: string): Promise<number> {
  const result = await db(ctx)
    .deleteFrom('accountsSessions')
    .where((eb) => eb.or([eb('expiresAt', '<', now), eb('lastSeenAt', '<', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---- org units ------------------------------------------------------------------------------

export function listOrgUnits(ctx: Ctx): Promise<OrgUnitRow[]> {
  return db(ctx).selectFrom('accountsOrgUnits').selectAll().orderBy('parentId').orderBy('sortOrder').orderBy('id').execute();
}

export function findOrgUnitById(ctx: Ctx, id: number): Promise<OrgUnitRow | undefined> {
  return db(ctx).selectFrom('accountsOrgUnits').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrgUnitsByIds(ctx: Ctx, ids: number[]): Promise<OrgUnitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db(ctx).selectFrom('accountsOrgUnits').selectAll().where('id', 'in', ids).execute();
}

export function findOrgUnitByCode(ctx: Ctx, code: string): Promise<OrgUnitRow | undefined> {
  return db(ctx).selectFrom('accountsOrgUnits').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertOrgUnit(ctx: Ctx, values: Insertable<AccountsTables['accountsOrgUnits']>): Promise<OrgUnitRow> {
  return db(ctx).insertInto('accountsOrgUnits').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateOrgUnit(ctx: Ctx, id: number, values: Updateable<AccountsTables['accountsOrgUnits']>): Promise<OrgUnitRow> {
  return db(ctx)
    .updateTable('accountsOrgUnits')
    .set({ ...values, updatedAt: ctx.now().toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The unit and all its ancestors, nearest first. */
export async function findOrgUnitAncestorIds(ctx: Ctx, id: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from accounts_org_units where id = ${id}
      union all
      select o.id, o.parent_id, up.depth + 1 from accounts_org_units o join up on o.id = up.parent_id where up.depth < 64
    )
    select id from up order by depth`.execute(ctx.db);
  return rows.rows.map((r) => Number(r.id));
}

// ---- roles and grants -----------------------------------------------------------------------

export function listRoles(ctx: Ctx): Promise<RoleRow[]> {
  return db(ctx).selectFrom('accountsRoles').selectAll().orderBy('id').execute();
}

export function findRoleByKey(ctx: Ctx, key: string): Promise<RoleRow | undefined> {
  return db(ctx).selectFrom('accountsRoles').selectAll().where('key', '=', key).executeTakeFirst();
}

export function findRoleById(ctx: Ctx, id: number): Promise<RoleRow | undefined> {
  return db(ctx).selectFrom('accountsRoles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRole(ctx: Ctx, values: Insertable<AccountsTables['accountsRoles']>): Promise<RoleRow> {
  return db(ctx).insertInto('accountsRoles').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateRole(ctx: Ctx, id: number, values: Updateable<AccountsTables['accountsRoles']>): Promise<RoleRow> {
  return db(ctx)
    .updateTable('accountsRoles')
    .set({ ...values, updatedAt: ctx.now().toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type GrantWithRole = GrantRow & { roleKey: string; roleName: string; rolePermissions: string };

function grantsWithRoles(ctx: Ctx) {
  return db(ctx)
    .selectFrom('accountsGrants as g')
    .innerJoin('accountsRoles as r', 'r.id', 'g.roleId')
    .selectAll('g')
    .select(['r.key as roleKey', 'r.name as roleName', 'r.permissions as rolePermissions']);
}

export function findGrantsOfUser(ctx: Ctx, userId: number): Promise<GrantWithRole[]> {
  return grantsWithRoles(ctx).where('g.userId', '=', userId).orderBy('g.id').execute();
}

export function findGrantsOfUsers(ctx: Ctx, userIds: number[]): Promise<GrantWithRole[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return grantsWithRoles(ctx).where('g.userId', 'in', userIds).orderBy('g.id').execute();
}

export function findGrantById(ctx: Ctx, id: number): Promise<GrantWithRole | undefined> {
  return grantsWithRoles(ctx).where('g.id', '=', id).executeTakeFirst();
}

export function listGrants(ctx: Ctx, filter: { userId?: number; siteId?: number }): Promise<GrantWithRole[]> {
  let query = grantsWithRoles(ctx).orderBy('g.id');
  if (filter.userId !== undefined) query = query.where('g.userId', '=', filter.userId);
  if (filter.siteId !== undefined) query = query.where('g.siteId', '=', filter.siteId);
  return query.execute();
}

/** Enabled users holding the role in that scope type, other than one. */
export async function countActiveUsersWithRole(ctx: Ctx, f: { roleKey: string; scopeType: string; exceptUserId: number }): Promise<number> {
  const row = await db(ctx)
    .selectFrom('accountsGrants as g')
    .innerJoin('accountsRoles as r', 'r.id', 'g.roleId')
    .innerJoin('accountsUsers as u', 'u.id', 'g.userId')
    .select(sql<number>`count(distinct u.id)`.as('n'))
    .where('r.key', '=', f.roleKey)
    .where('g.scopeType', '=', f.scopeType)
    .where('u.isDisabled', '=', false)
    .where('u.id', '!=', f.exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertGrant(ctx: Ctx, values: Insertable<AccountsTables['accountsGrants']>): Promise<GrantRow> {
  return db(ctx).insertInto('accountsGrants').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function deleteGrant(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('accountsGrants').where('id', '=', id).execute();
}

// ---- audit ----------------------------------------------------------------------------------

export async function insertAudit(ctx: Ctx, values: Insertable<AccountsTables['accountsAudit']>): Promise<void> {
  await db(ctx).insertInto('accountsAudit').values(values).execute();
}

export interface AuditFilter {
  q?: string;
  action?: string;
  actorId?: number;
  targetType?: string;
  targetId?: string;
  siteId?: number;
  /** Sites the reader may see; undefined means all. */
  visibleSiteIds?: number[];
  from?: string;
  to?: string;
  beforeId?: number;
  limit: number;
}

export function listAudit(ctx: Ctx, f: AuditFilter): Promise<AuditRow[]> {
  let query = db(ctx).selectFrom('accountsAudit').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  if (f.action) query = f.action.endsWith('.') ? query.where('action', 'like', `${f.action}%`) : query.where('action', '=', f.action);
  if (f.actorId !== undefined) query = query.where('actorId', '=', f.actorId);
  if (f.targetType) query = query.where('targetType', '=', f.targetType);
  if (f.targetId) query = query.where('targetId', '=', f.targetId);
  if (f.siteId !== undefined) query = query.where('siteId', '=', f.siteId);
  if (f.visibleSiteIds) query = f.visibleSiteIds.length ? query.where('siteId', 'in', f.visibleSiteIds) : query.where(sql<boolean>`1 = 0`);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        containsInsensitive(ctx.dialect, 'summary', q),
        containsInsensitive(ctx.dialect, 'target_label', q),
        containsInsensitive(ctx.dialect, 'actor_name', q),
      ]),
    );
  }
  return query.execute();
}
