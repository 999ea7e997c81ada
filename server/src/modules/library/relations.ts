import { transaction, type Ctx } from '../../kernel/index.js';
import { recordAudit, type Actor } from '../accounts/index.js';
import { canOnItem, loadAuthorized } from './access.js';
import { RelationInvalid, RelationTargetNotFound } from './errors.js';
import { relationKinds, relationLabels, type ItemState, type RelationKind, type RelationView } from './model.js';
import * as repo from './repository.js';

/** Which item types each relation may join (from → to); absent means any. */
const allowedTypes: Partial<Record<RelationKind, { from?: string[]; to?: string[] }>> = {
  interprets: { from: ['interpretation'], to: ['policy', 'notice'] },
  amends: { from: ['policy', 'notice'], to: ['policy', 'notice'] },
  repeals: { from: ['policy', 'notice'], to: ['policy', 'notice'] },
  responds_to: { from: ['response'] },
  speech_of: { to: ['leader'] },
};

/**
 * Links `itemId` → `targetId` with a typed relation (stored once, shown both ways). The actor
 * needs content.edit on the item and content.read on the target.
 * Throws LIBRARY_RELATION_INVALID, LIBRARY_RELATION_TARGET_NOT_FOUND, LIBRARY_ITEM_NOT_FOUND, FORBIDDEN.
 */
export async function addRelation(ctx: Ctx, input: { actor: Actor; itemId: number; kind: RelationKind; targetId: number }): Promise<RelationView> {
  if (!relationKinds.includes(input.kind)) throw RelationInvalid({ details: [{ path: 'kind', message: '没有这种关联类型' }] });
  return transaction(ctx, async (tx) => {
    const item = await loadAuthorized(tx, input.actor, 'content.edit', input.itemId);
    if (input.targetId === item.id) throw RelationInvalid({ details: [{ path: 'targetId', message: '不能关联信息自身' }] });
    const target = await repo.findItemById(tx, input.targetId);
    if (!target || !(await canOnItem(tx, input.actor, 'content.read', target))) {
      throw RelationTargetNotFound({ details: [{ path: 'targetId', message: `编号为 ${input.targetId} 的信息不存在` }] });
    }
    const rule = allowedTypes[input.kind];
    if (rule?.from && !rule.from.includes(item.type)) {
      throw RelationInvalid({ details: [{ path: 'kind', message: `这类信息不能“${relationLabels[input.kind].forward}”其他信息` }] });
    }
    if (rule?.to && !rule.to.includes(target.type)) {
      throw RelationInvalid({ details: [{ path: 'targetId', message: `“${target.title}”不能作为“${relationLabels[input.kind].forward}”的对象` }] });
    }
    const row = await repo.insertRelation(tx, {
      fromItemId: item.id,
      kind: input.kind,
      toItemId: target.id,
      createdBy: input.actor.userId,
      createdAt: tx.now().toISOString(),
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.relation.add',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `“${item.title}”${relationLabels[input.kind].forward}“${target.title}”`,
    });
    tx.emit({ type: 'library.relation.changed', payload: { itemIds: [item.id, target.id] } });
    return view(row!, item.id, target);
  });
}

/** Removes a relation. Throws LIBRARY_RELATION_INVALID (not found), FORBIDDEN. */
export async function removeRelation(ctx: Ctx, input: { actor: Actor; relationId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await repo.findRelation(tx, input.relationId);
    if (!row) throw RelationInvalid({ details: [{ path: 'relationId', message: '关联不存在' }] });
    const item = await loadAuthorized(tx, input.actor, 'content.edit', row.fromItemId);
    await repo.deleteRelation(tx, row.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.relation.remove',
      targetType: 'library_item',
      targetId: item.id,
      targetLabel: item.title,
      siteId: item.siteId,
      summary: `删除“${item.title}”的关联（${relationLabels[row.kind as RelationKind]?.forward ?? row.kind}）`,
    });
    tx.emit({ type: 'library.relation.changed', payload: { itemIds: [row.fromItemId, row.toItemId] } });
  });
}

function view(row: repo.RelationRow, selfId: number, other: repo.ItemRow): RelationView {
  const kind = row.kind as RelationKind;
  const direction = row.fromItemId === selfId ? 'forward' : 'inverse';
  return {
    id: row.id,
    kind,
    direction,
    label: relationLabels[kind][direction],
    item: { id: other.id, type: other.type, title: other.title, state: other.state as ItemState, siteId: other.siteId, validity: other.validity },
  };
}

/** Both directions of an item's relations (trusted read; the caller checked the item). */
export async function listRelations(ctx: Ctx, itemId: number): Promise<RelationView[]> {
  const rows = await repo.listRelationsOf(ctx, itemId);
  const others = new Map((await repo.findItemsByIds(ctx, rows.map((r) => (r.fromItemId === itemId ? r.toItemId : r.fromItemId)))).map((i) => [i.id, i]));
  return rows.flatMap((r) => {
    const other = others.get(r.fromItemId === itemId ? r.toItemId : r.fromItemId);
    return other ? [view(r, itemId, other)] : [];
  });
}

/** Relations of an item for an actor who may read it. */
export async function getRelations(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<RelationView[]> {
  await loadAuthorized(ctx, input.actor, 'content.read', input.itemId, { allowPublicRead: true });
  return listRelations(ctx, input.itemId);
}
