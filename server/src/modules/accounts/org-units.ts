import { transaction, ValidationFailed, type Ctx } from '../../kernel/index.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { authorize, scopedSiteIds } from './authorization.js';
import { OrgUnitCodeTaken, OrgUnitCycle, OrgUnitNotFound } from './errors.js';
import * as repo from './repository.js';
import type { OrgUnitRow } from './tables.js';

export type OrgUnitView = Pick<OrgUnitRow, 'id' | 'parentId' | 'name' | 'code' | 'kind' | 'sortOrder' | 'createdAt' | 'updatedAt'>;

export const orgUnitKinds = ['government', 'department', 'district', 'office', 'other'] as const;

const view = (row: OrgUnitRow): OrgUnitView => ({ id: row.id, parentId: row.parentId, name: row.name, code: row.code, kind: row.kind, sortOrder: row.sortOrder, createdAt: row.createdAt, updatedAt: row.updatedAt });

export async function findOrgUnitsByIds(ctx: Ctx, ids: number[]): Promise<OrgUnitView[]> {
  return (await repo.findOrgUnitsByIds(ctx, [...new Set(ids)])).map(view);
}

/** Throws VALIDATION_FAILED naming each unknown id, e.g. for a site's 主办单位. */
export async function assertOrgUnitsExist(ctx: Ctx, ids: Array<{ path: string; id: number | null | undefined }>): Promise<void> {
  const wanted = ids.filter((i): i is { path: string; id: number } => i.id !== null && i.id !== undefined);
  const found = new Set((await repo.findOrgUnitsByIds(ctx, [...new Set(wanted.map((w) => w.id))])).map((r) => r.id));
  const missing = wanted.filter((w) => !found.has(w.id));
  if (missing.length) throw ValidationFailed({ details: missing.map((m) => ({ path: m.path, message: '组织机构不存在' })) });
}

/** Every org unit, parents before children; the console builds the tree. Needs orgunits.read somewhere. */
export async function listOrgUnits(ctx: Ctx, params: { actor: Actor }): Promise<OrgUnitView[]> {
  const visible = await scopedSiteIds(ctx, params.actor, 'orgunits.read');
  if (visible !== 'all' && visible.length === 0) await authorize(ctx, params.actor, 'orgunits.read');
  return (await repo.listOrgUnits(ctx)).map(view);
}

export interface OrgUnitInput {
  actor: Actor;
  name: string;
  code?: string | null;
  kind?: string;
  parentId?: number | null;
  sortOrder?: number;
}

/** Creates an org unit. Needs orgunits.manage. Throws ACCOUNTS_ORG_UNIT_CODE_TAKEN, ACCOUNTS_ORG_UNIT_NOT_FOUND. */
export async function createOrgUnit(ctx: Ctx, input: OrgUnitInput): Promise<OrgUnitView> {
  await authorize(ctx, input.actor, 'orgunits.manage');
  return transaction(ctx, async (tx) => {
    if (input.parentId != null && !(await repo.findOrgUnitById(tx, input.parentId))) {
      throw OrgUnitNotFound({ details: [{ path: 'parentId', message: '上级机构不存在' }] });
    }
    if (input.code && (await repo.findOrgUnitByCode(tx, input.code))) throw OrgUnitCodeTaken({ details: [{ path: 'code', message: '机构代码已被使用' }] });
    const now = tx.now().toISOString();
    const row = await repo.insertOrgUnit(tx, {
      name: input.name.trim(),
      code: input.code ?? null,
      kind: input.kind ?? 'department',
      parentId: input.parentId ?? null,
      sortOrder: input.sortOrder ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { actor: input.actor, action: 'accounts.org_unit.create', targetType: 'org_unit', targetId: row.id, targetLabel: row.name, summary: `创建组织机构 ${row.name}`, after: view(row) });
    return view(row);
  });
}

/** Renames, recodes or moves an org unit; refuses a move under itself or a descendant. */
export async function updateOrgUnit(ctx: Ctx, input: Partial<OrgUnitInput> & { actor: Actor; orgUnitId: number }): Promise<OrgUnitView> {
  await authorize(ctx, input.actor, 'orgunits.manage');
  return transaction(ctx, async (tx) => {
    const before = await repo.findOrgUnitById(tx, input.orgUnitId);
    if (!before) throw OrgUnitNotFound();
    if (input.parentId != null && input.parentId !== before.parentId) {
      if (!(await repo.findOrgUnitById(tx, input.parentId))) throw OrgUnitNotFound({ details: [{ path: 'parentId', message: '上级机构不存在' }] });
      const ancestors = await repo.findOrgUnitAncestorIds(tx, input.parentId);
      if (ancestors.includes(before.id)) throw OrgUnitCycle({ details: [{ path: 'parentId', message: '不能移动到自身或下级机构之下' }] });
    }
    if (input.code && input.code !== before.code) {
      const other = await repo.findOrgUnitByCode(tx, input.code);
      if (other && other.id !== before.id) throw OrgUnitCodeTaken({ details: [{ path: 'code', message: '机构代码已被使用' }] });
    }
    const row = await repo.updateOrgUnit(tx, before.id, {
      name: input.name?.trim(),
      code: input.code,
      kind: input.kind,
      parentId: input.parentId,
      sortOrder: input.sortOrder,
    });
    const isMove = input.parentId !== undefined && input.parentId !== before.parentId;
    await recordAudit(tx, {
      actor: input.actor,
      action: isMove ? 'accounts.org_unit.move' : 'accounts.org_unit.update',
      targetType: 'org_unit',
      targetId: row.id,
      targetLabel: row.name,
      summary: isMove ? `移动组织机构 ${row.name}` : `修改组织机构 ${row.name}`,
      before: view(before),
      after: view(row),
    });
    return view(row);
  });
}

/** An org unit by its code, without access check (imports name units by code). */
export async function findOrgUnitByCode(ctx: Ctx, code: string): Promise<OrgUnitView | undefined> {
  const row = await repo.findOrgUnitByCode(ctx, code);
  return row ? view(row) : undefined;
}
