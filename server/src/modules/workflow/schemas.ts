import { z } from 'zod';
import { pageSchema } from '../../kernel/index.js';
import { itemSchema } from '../library/index.js';

const itemIdParam = z.strictObject({ itemId: z.coerce.number().int().positive() });
export { itemIdParam };
export const taskIdParams = z.strictObject({ taskId: z.coerce.number().int().positive() });
export const findingIdParams = z.strictObject({ findingId: z.coerce.number().int().positive() });
export const chainIdParams = z.strictObject({ chainId: z.coerce.number().int().positive() });
export const entryIdParams = z.strictObject({ entryId: z.coerce.number().int().positive() });

export const findingSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  itemVersion: z.number(),
  checker: z.string(),
  rule: z.string(),
  severity: z.enum(['block', 'warn']),
  field: z.string(),
  start: z.number(),
  end: z.number(),
  match: z.string(),
  excerpt: z.string(),
  suggestion: z.string().nullable(),
  message: z.string(),
  override: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export const findingsSchema = z.object({ findings: z.array(findingSchema), isBlocked: z.boolean() });

export const taskSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  itemVersion: z.number(),
  itemTitle: z.string(),
  itemType: z.string(),
  siteId: z.number(),
  stepIndex: z.number(),
  stepCount: z.number(),
  role: z.string(),
  stepLabel: z.string(),
  state: z.enum(['open', 'approved', 'returned', 'cancelled']),
  submittedBy: z.string(),
  decidedBy: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  publishAt: z.string().nullable(),
});
export const taskPageSchema = pageSchema(taskSchema);

export const submitBody = z.strictObject({ version: z.number().int().positive() });
export const submitResultSchema = z.object({ item: itemSchema, findings: z.array(findingSchema), task: taskSchema });
export const approveBody = z.strictObject({ comment: z.string().max(1000).nullable().optional() });
export const returnBody = z.strictObject({ comment: z.string().max(1000) });
export const reasonBody = z.strictObject({ reason: z.string().max(500) });
export const decisionSchema = z.object({ task: taskSchema, item: itemSchema });
export const inboxQuery = z.strictObject({
  state: z.enum(['open', 'approved', 'returned']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const stepSchema = z.object({ role: z.enum(['reviewer', 'confidentiality_reviewer', 'publisher']), label: z.string().max(30) });
export const chainSchema = z.object({
  id: z.number().nullable(),
  siteId: z.number(),
  columnId: z.number().nullable(),
  steps: z.array(stepSchema),
  source: z.enum(['column', 'site', 'default']),
});
export const chainsQuery = z.strictObject({ siteId: z.coerce.number().int().positive() });
export const chainListSchema = z.object({ chains: z.array(chainSchema), siteDefault: chainSchema });
export const setChainBody = z.strictObject({
  siteId: z.number().int().positive(),
  columnId: z.number().int().positive().nullable(),
  steps: z.array(z.strictObject({ role: stepSchema.shape.role, label: z.string().max(30) })).max(10),
});

const categories = ['sensitive', 'wrong_term', 'leader', 'spam'] as const;
export const dictionaryEntrySchema = z.object({
  id: z.number(),
  word: z.string(),
  category: z.enum(categories),
  severity: z.enum(['block', 'warn']),
  replacement: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export const dictionaryPageSchema = pageSchema(dictionaryEntrySchema);
export const dictionaryQuery = z.strictObject({
  category: z.enum(categories).optional(),
  q: z.string().max(50).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const dictionaryEntryBody = z.strictObject({
  word: z.string().max(100),
  category: z.enum(categories),
  severity: z.enum(['block', 'warn']),
  replacement: z.string().max(100).nullable().optional(),
  note: z.string().max(400).nullable().optional(),
});
export const dictionaryPatchBody = dictionaryEntryBody.partial();
