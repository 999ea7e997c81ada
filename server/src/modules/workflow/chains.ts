import { readJson, transaction, writeJson, type Ctx } from '../../kernel/index.js';
import { authorize, recordAudit, type Actor, type Permission } from '../accounts/index.js';
import { findColumnAncestors, findColumnById, findSiteById } from '../sites/index.js';
import { ChainInvalid, ChainNotFound } from './errors.js';
import * as repo from './repository.js';

/**
 * A review step is done by a role. Each step role maps to the permission that lets someone act on
 * it, so a custom role carrying that permission can take the step too.
 */
export const stepRoles = {
  reviewer: { label: '审核', permission: 'content.review' },
  confidentiality_reviewer: { label: '保密审查', permission: 'content.confidentiality_review' },
  publisher: { label: '签发', permission: 'content.publish' },
} as const satisfies Record<string, { label: string; permission: Permission }>;

export type StepRole = keyof typeof stepRoles;

export interface ChainStep {
  role: StepRole;
  label: string;
}

export interface ChainView {
  id: number | null;
  siteId: number;
  columnId: number | null;
  steps: ChainStep[];
  /** Where the effective chain comes from. */
  source: 'column' | 'site' | 'default';
}

/** Without a configured chain: the department's review, then the confidentiality review (B3). */
export const defaultSteps: ChainStep[] = [
  { role: 'reviewer', label: '部门审核' },
  { role: 'confidentiality_reviewer', label: '保密审查' },
];

function toView(row: repo.ChainRow, source: ChainView['source']): ChainView {
  return { id: row.id, siteId: row.siteId, columnId: row.columnId, steps: readJson<ChainStep[]>(row.steps, []), source };
}

/**
 * The chain that reviews an item placed in `columnId` of `siteId`: the nearest column chain up the
 * column's ancestors, else the site's chain, else the default.
 */
export async function effectiveChain(ctx: Ctx, siteId: number, columnId: number | null): Promise<ChainView> {
  if (columnId !== null) {
    const ids = [columnId, ...(await findColumnAncestors(ctx, columnId)).map((c) => c.id).reverse()];
    for (const id of ids) {
      const row = await repo.findChain(ctx, siteId, id);
      if (row) return toView(row, 'column');
    }
  }
  const siteRow = await repo.findChain(ctx, siteId, null);
  if (siteRow) return toView(siteRow, 'site');
  return { id: null, siteId, columnId: null, steps: defaultSteps, source: 'default' };
}

export async function listChains(ctx: Ctx, input: { actor: Actor; siteId: number }): Promise<{ chains: ChainView[]; siteDefault: ChainView }> {
  await authorize(ctx, input.actor, 'columns.read', { siteId: input.siteId });
  const rows = await repo.listChains(ctx, input.siteId);
  return {
    chains: rows.map((r) => toView(r, r.columnId === null ? 'site' : 'column')),
    siteDefault: await effectiveChain(ctx, input.siteId, null),
  };
}

/**
 * Sets the review chain of a site (columnId null) or of a column subtree. Needs columns.manage on
 * the site. Throws WORKFLOW_CHAIN_INVALID.
 */
export async function setChain(ctx: Ctx, input: { actor: Actor; siteId: number; columnId: number | null; steps: ChainStep[] }): Promise<ChainView> {
  const problems: Array<{ path: string; message: string }> = [];
  if (!input.steps.length) problems.push({ path: 'steps', message: '至少设置一个审核环节' });
  if (input.steps.length > 10) problems.push({ path: 'steps', message: '审核环节不超过10个' });
  input.steps.forEach((s, i) => {
    if (!Object.hasOwn(stepRoles, s.role)) problems.push({ path: `steps.${i}.role`, message: '审核角色须为审核、保密审查或签发' });
    if (!s.label.trim() || s.label.length > 30) problems.push({ path: `steps.${i}.label`, message: '环节名称为1至30个字' });
  });
  if (problems.length) throw ChainInvalid({ details: problems });
  return transaction(ctx, async (tx) => {
    const site = await findSiteById(tx, input.siteId);
    if (!site) throw ChainInvalid({ details: [{ path: 'siteId', message: '网站不存在' }] });
    await authorize(tx, input.actor, 'columns.manage', { siteId: site.id });
    if (input.columnId !== null) {
      const column = await findColumnById(tx, input.columnId);
      if (!column || column.siteId !== site.id) throw ChainInvalid({ details: [{ path: 'columnId', message: '栏目不属于这个网站' }] });
    }
    const steps = input.steps.map((s) => ({ role: s.role, label: s.label.trim() }));
    const existing = await repo.findChain(tx, site.id, input.columnId);
    const values = { steps: writeJson(steps), updatedBy: input.actor.userId, updatedAt: tx.now().toISOString() };
    const row = existing ? await repo.updateChain(tx, existing.id, values) : await repo.insertChain(tx, { siteId: site.id, columnId: input.columnId, ...values });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.chain.set',
      targetType: 'workflow_chain',
      targetId: row.id,
      targetLabel: site.shortName,
      siteId: site.id,
      summary: `设置${input.columnId === null ? '网站' : '栏目'}审核流程：${steps.map((s) => s.label).join(' → ')}`,
    });
    return toView(row, input.columnId === null ? 'site' : 'column');
  });
}

export async function deleteChain(ctx: Ctx, input: { actor: Actor; chainId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await repo.findChainById(tx, input.chainId);
    if (!row) throw ChainNotFound();
    await authorize(tx, input.actor, 'columns.manage', { siteId: row.siteId });
    await repo.deleteChain(tx, row.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'workflow.chain.delete',
      targetType: 'workflow_chain',
      targetId: row.id,
      siteId: row.siteId,
      summary: `删除${row.columnId === null ? '网站' : '栏目'}审核流程，改用上级或默认流程`,
    });
  });
}
