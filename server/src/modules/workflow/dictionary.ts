import { z } from 'zod';
import { decodeCursor, keysetPage, transaction, type Ctx, type Page } from '../../kernel/index.js';
import { authorize, recordAudit, type Actor } from '../accounts/index.js';
import type { DictionaryCategory, Severity } from './checks/index.js';
import { DictionaryEntryInvalid, DictionaryEntryNotFound, DictionaryEntryTaken } from './errors.js';
import * as repo from './repository.js';

export const dictionaryCategories = ['sensitive', 'wrong_term', 'leader', 'spam'] as const;
export const dictionaryCategoryLabels: Record<DictionaryCategory, string> = {
  sensitive: '敏感词',
  wrong_term: '错误表述（规范用语）',
  leader: '领导人姓名职务错误',
  spam: '赌博及垃圾广告',
};

export interface DictionaryEntryView {
  id: number;
  word: string;
  category: DictionaryCategory;
  severity: Severity;
  replacement: string | null;
  note: string | null;
  updatedAt: string;
}

const toView = (r: repo.DictionaryRow): DictionaryEntryView => ({
  id: r.id,
  word: r.word,
  category: r.category as DictionaryCategory,
  severity: r.severity as Severity,
  replacement: r.replacement,
  note: r.note,
  updatedAt: r.updatedAt,
});

/*
 * The check dictionary is platform-wide (one library, one set of rules): editing it needs a
 * platform grant of content.review, i.e. the platform's operators.
 */
async function authorizeEdit(ctx: Ctx, actor: Actor) {
  await authorize(ctx, actor, 'content.review');
}

const cursorShape = z.object({ id: z.number().int() });

export async function listDictionary(ctx: Ctx, input: { actor: Actor; category?: DictionaryCategory; q?: string; cursor?: string; limit?: number }): Promise<Page<DictionaryEntryView>> {
  await authorize(ctx, input.actor, 'content.read');
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const after = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listDictionary(ctx, { category: input.category, q: input.q?.trim() || undefined, beforeId: after?.id, limit: limit + 1 });
  const page = rows.slice(0, limit).map(toView);
  return keysetPage(page, rows.length > limit);
}

interface EntryFields {
  word: string;
  category: DictionaryCategory;
  severity: Severity;
  replacement?: string | null;
  note?: string | null;
}

function normalize(fields: EntryFields): EntryFields {
  const problems: Array<{ path: string; message: string }> = [];
  const word = fields.word.trim();
  if (!word || word.length > 50) problems.push({ path: 'word', message: '词条为1至50个字' });
  if (!dictionaryCategories.includes(fields.category)) problems.push({ path: 'category', message: '分类不正确' });
  if (fields.severity !== 'block' && fields.severity !== 'warn') problems.push({ path: 'severity', message: '级别须为严重或提示' });
  const replacement = fields.replacement?.trim() || null;
  if (fields.category === 'wrong_term' && !replacement) problems.push({ path: 'replacement', message: '错误表述须填写正确写法' });
  if (replacement && replacement.length > 50) problems.push({ path: 'replacement', message: '正确写法不超过50字' });
  const note = fields.note?.trim() || null;
  if (note && note.length > 200) problems.push({ path: 'note', message: '说明不超过200字' });
  if (problems.length) throw DictionaryEntryInvalid({ details: problems });
  return { word, category: fields.category, severity: fields.severity, replacement, note };
}

/** Adds a word. Throws WORKFLOW_DICTIONARY_ENTRY_INVALID, WORKFLOW_DICTIONARY_ENTRY_TAKEN, FORBIDDEN. */
export async function addDictionaryEntry(ctx: Ctx, input: EntryFields & { actor: Actor }): Promise<DictionaryEntryView> {
  const fields = normalize(input);
  return transaction(ctx, async (tx) => {
    await authorizeEdit(tx, input.actor);
    if (await repo.findDictionaryWord(tx, fields.word, fields.category)) throw DictionaryEntryTaken();
    const now = tx.now().toISOString();
    const row = await repo.insertDictionaryEntry(tx, { ...fields, replacement: fields.replacement ?? null, note: fields.note ?? null, createdBy: input.actor.userId, createdAt: now, updatedAt: now });
    await repo.bumpDictionaryRevision(tx);
    await recordAudit(tx, { actor: input.actor, action: 'workflow.dictionary.add', targetType: 'workflow_dictionary', targetId: row.id, targetLabel: row.word, summary: `词库新增“${row.word}”（${dictionaryCategoryLabels[fields.category]}）` });
    return toView(row);
  });
}

export async function updateDictionaryEntry(ctx: Ctx, input: Partial<EntryFields> & { actor: Actor; entryId: number }): Promise<DictionaryEntryView> {
  return transaction(ctx, async (tx) => {
    await authorizeEdit(tx, input.actor);
    const row = await repo.findDictionaryEntry(tx, input.entryId);
    if (!row) throw DictionaryEntryNotFound();
    const fields = normalize({
      word: input.word ?? row.word,
      category: (input.category ?? row.category) as DictionaryCategory,
      severity: (input.severity ?? row.severity) as Severity,
      replacement: input.replacement !== undefined ? input.replacement : row.replacement,
      note: input.note !== undefined ? input.note : row.note,
    });
    const clash = await repo.findDictionaryWord(tx, fields.word, fields.category);
    if (clash && clash.id !== row.id) throw DictionaryEntryTaken();
    const updated = await repo.updateDictionaryEntry(tx, row.id, { ...fields, replacement: fields.replacement ?? null, note: fields.note ?? null, updatedAt: tx.now().toISOString() });
    await repo.bumpDictionaryRevision(tx);
    await recordAudit(tx, { actor: input.actor, action: 'workflow.dictionary.update', targetType: 'workflow_dictionary', targetId: row.id, targetLabel: updated.word, summary: `修改词条“${row.word}”` });
    return toView(updated);
  });
}

export async function deleteDictionaryEntry(ctx: Ctx, input: { actor: Actor; entryId: number }): Promise<void> {
  await transaction(ctx, async (tx) => {
    await authorizeEdit(tx, input.actor);
    const row = await repo.findDictionaryEntry(tx, input.entryId);
    if (!row) throw DictionaryEntryNotFound();
    await repo.deleteDictionaryEntry(tx, row.id);
    await repo.bumpDictionaryRevision(tx);
    await recordAudit(tx, { actor: input.actor, action: 'workflow.dictionary.delete', targetType: 'workflow_dictionary', targetId: row.id, targetLabel: row.word, summary: `删除词条“${row.word}”` });
  });
}
