import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { containsInsensitive, tables, type Ctx } from '../../kernel/index.js';

// All SQL of the workflow module.

export interface WorkflowChainsTable {
  id: Generated<number>;
  siteId: number;
  columnId: number | null;
  steps: string;
  updatedBy: number | null;
  updatedAt: Generated<string>;
}

export interface WorkflowTasksTable {
  id: Generated<number>;
  itemId: number;
  itemVersion: number;
  siteId: number;
  stepIndex: number;
  stepCount: number;
  role: string;
  stepLabel: string;
  state: string;
  submittedBy: number | null;
  submittedByName: string;
  decidedBy: number | null;
  decidedByName: string | null;
  comment: string | null;
  createdAt: Generated<string>;
  decidedAt: string | null;
}

export interface WorkflowFindingsTable {
  id: Generated<number>;
  itemId: number;
  itemVersion: number;
  checker: string;
  rule: string;
  severity: string;
  field: string;
  startPos: number;
  endPos: number;
  matchText: string;
  excerpt: string;
  suggestion: string | null;
  message: string;
  overrideReason: string | null;
  overriddenBy: number | null;
  overriddenByName: string | null;
  overriddenAt: string | null;
  createdAt: Generated<string>;
}

export interface WorkflowDictionaryTable {
  id: Generated<number>;
  word: string;
  category: string;
  severity: string;
  replacement: string | null;
  note: string | null;
  createdBy: number | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface WorkflowTables {
  workflowChains: WorkflowChainsTable;
  workflowTasks: WorkflowTasksTable;
  workflowFindings: WorkflowFindingsTable;
  workflowDictionary: WorkflowDictionaryTable;
  workflowDictionaryStamp: { id: number; revision: number };
}

export type ChainRow = Selectable<WorkflowChainsTable>;
export type TaskRow = Selectable<WorkflowTasksTable>;
export type FindingRow = Selectable<WorkflowFindingsTable>;
export type DictionaryRow = Selectable<WorkflowDictionaryTable>;

const db = (ctx: Ctx) => tables<WorkflowTables>(ctx.db);

// ---- chains ---------------------------------------------------------------------------------

export function listChains(ctx: Ctx, siteId: number): Promise<ChainRow[]> {
  return db(ctx).selectFrom('workflowChains').selectAll().where('siteId', '=', siteId).orderBy('id').execute();
}

export function findChain(ctx: Ctx, siteId: number, columnId: number | null): Promise<ChainRow | undefined> {
  return db(ctx)
    .selectFrom('workflowChains')
    .selectAll()
    .where('siteId', '=', siteId)
    .where('columnId', columnId === null ? 'is' : '=', columnId)
    .executeTakeFirst();
}

export function findChainById(ctx: Ctx, id: number): Promise<ChainRow | undefined> {
  return db(ctx).selectFrom('workflowChains').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertChain(ctx: Ctx, values: Insertable<WorkflowChainsTable>): Promise<ChainRow> {
  return db(ctx).insertInto('workflowChains').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateChain(ctx: Ctx, id: number, values: Updateable<WorkflowChainsTable>): Promise<ChainRow> {
  return db(ctx).updateTable('workflowChains').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteChain(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('workflowChains').where('id', '=', id).execute();
}

// ---- tasks ----------------------------------------------------------------------------------

export async function insertTask(ctx: Ctx, values: Insertable<WorkflowTasksTable>): Promise<TaskRow> {
  return db(ctx).insertInto('workflowTasks').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findTask(ctx: Ctx, id: number): Promise<TaskRow | undefined> {
  return db(ctx).selectFrom('workflowTasks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Decides an open task; undefined when it was no longer open (someone else decided first). */
export async function decideTask(ctx: Ctx, id: number, values: Updateable<WorkflowTasksTable>): Promise<TaskRow | undefined> {
  return db(ctx).updateTable('workflowTasks').set(values).where('id', '=', id).where('state', '=', 'open').returningAll().executeTakeFirst();
}

export async function cancelOpenTasks(ctx: Ctx, itemId: number, at: string): Promise<number> {
  const result = await db(ctx)
    .updateTable('workflowTasks')
    .set({ state: 'cancelled', decidedAt: at })
    .where('itemId', '=', itemId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function listTasksOfItem(ctx: Ctx, itemId: number): Promise<TaskRow[]> {
  return db(ctx).selectFrom('workflowTasks').selectAll().where('itemId', '=', itemId).orderBy('id').execute();
}

export interface TaskFilter {
  state: string;
  roles: string[];
  siteIds: number[] | 'all';
  beforeId?: number;
  limit: number;
}

export function listTasks(ctx: Ctx, f: TaskFilter): Promise<TaskRow[]> {
  let query = db(ctx).selectFrom('workflowTasks').selectAll().where('state', '=', f.state).orderBy('id', 'desc').limit(f.limit);
  query = query.where('role', 'in', f.roles.length ? f.roles : ['-']);
  if (f.siteIds !== 'all') query = query.where('siteId', 'in', f.siteIds.length ? f.siteIds : [-1]);
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  return query.execute();
}

/** The last approval of an item's version: who answers for its publication. */
export function findLastApproval(ctx: Ctx, itemId: number, version: number): Promise<TaskRow | undefined> {
  return db(ctx)
    .selectFrom('workflowTasks')
    .selectAll()
    .where('itemId', '=', itemId)
    .where('itemVersion', '=', version)
    .where('state', '=', 'approved')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

// ---- findings -------------------------------------------------------------------------------

export async function replaceFindings(ctx: Ctx, itemId: number, version: number, rows: Insertable<WorkflowFindingsTable>[]): Promise<void> {
  await db(ctx).deleteFrom('workflowFindings').where('itemId', '=', itemId).where('itemVersion', '=', version).execute();
  for (let i = 0; i < rows.length; i += 200) await db(ctx).insertInto('workflowFindings').values(rows.slice(i, i + 200)).execute();
}

export function listFindings(ctx: Ctx, itemId: number, version: number): Promise<FindingRow[]> {
  return db(ctx).selectFrom('workflowFindings').selectAll().where('itemId', '=', itemId).where('itemVersion', '=', version).orderBy('id').execute();
}

/** Overrides given on earlier versions of an item, newest first (they carry over to identical findings). */
export function listOverrides(ctx: Ctx, itemId: number): Promise<FindingRow[]> {
  return db(ctx)
    .selectFrom('workflowFindings')
    .selectAll()
    .where('itemId', '=', itemId)
    .where('overrideReason', 'is not', null)
    .orderBy('id', 'desc')
    .execute();
}

export function findFinding(ctx: Ctx, id: number): Promise<FindingRow | undefined> {
  return db(ctx).selectFrom('workflowFindings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateFinding(ctx: Ctx, id: number, values: Updateable<WorkflowFindingsTable>): Promise<FindingRow> {
  return db(ctx).updateTable('workflowFindings').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// ---- dictionary -----------------------------------------------------------------------------

export function allDictionaryEntries(ctx: Ctx): Promise<DictionaryRow[]> {
  return db(ctx).selectFrom('workflowDictionary').selectAll().execute();
}

export async function dictionaryRevision(ctx: Ctx): Promise<number> {
  const row = await db(ctx).selectFrom('workflowDictionaryStamp').select('revision').where('id', '=', 1).executeTakeFirst();
  return Number(row?.revision ?? 0);
}

export async function bumpDictionaryRevision(ctx: Ctx): Promise<void> {
  await db(ctx)
    .updateTable('workflowDictionaryStamp')
    .set({ revision: sql`revision + 1` })
    .where('id', '=', 1)
    .execute();
}

export interface DictionaryFilter {
  category?: string;
  q?: string;
  beforeId?: number;
  limit: number;
}

export function listDictionary(ctx: Ctx, f: DictionaryFilter): Promise<DictionaryRow[]> {
  let query = db(ctx).selectFrom('workflowDictionary').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.category) query = query.where('category', '=', f.category);
  if (f.q) query = query.where(containsInsensitive(ctx.dialect, 'word', f.q));
  if (f.beforeId !== undefined) query = query.where('id', '<', f.beforeId);
  return query.execute();
}

export function findDictionaryEntry(ctx: Ctx, id: number): Promise<DictionaryRow | undefined> {
  return db(ctx).selectFrom('workflowDictionary').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDictionaryWord(ctx: Ctx, word: string, category: string): Promise<DictionaryRow | undefined> {
  return db(ctx).selectFrom('workflowDictionary').selectAll().where('word', '=', word).where('category', '=', category).executeTakeFirst();
}

export async function insertDictionaryEntry(ctx: Ctx, values: Insertable<WorkflowDictionaryTable>): Promise<DictionaryRow> {
  return db(ctx).insertInto('workflowDictionary').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateDictionaryEntry(ctx: Ctx, id: number, values: Updateable<WorkflowDictionaryTable>): Promise<DictionaryRow> {
  return db(ctx).updateTable('workflowDictionary').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteDictionaryEntry(ctx: Ctx, id: number): Promise<void> {
  await db(ctx).deleteFrom('workflowDictionary').where('id', '=', id).execute();
}
