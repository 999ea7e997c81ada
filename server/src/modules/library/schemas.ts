import { z } from 'zod';
import { pageSchema } from '../../kernel/index.js';
import { itemStates, relationKinds } from './model.js';

// Request and response schemas of the library's admin API (validation + OpenAPI). Metadata is
// validated by the item's content type in the use case, so the CLI and imports get the same errors.

const id = z.number().int().positive();
const optionalText = (max: number) => z.string().max(max).nullable().optional();
const isoTime = z.string().max(40).nullable().optional().describe('ISO 8601 时间，如 2026-11-23T09:00:00+08:00');

export const itemIdParams = z.strictObject({ itemId: z.coerce.number().int().positive() });
export const placementIdParams = z.strictObject({ placementId: z.coerce.number().int().positive() });
export const relationIdParams = z.strictObject({ relationId: z.coerce.number().int().positive() });
export const attachmentIdParams = z.strictObject({ attachmentId: z.coerce.number().int().positive() });
export const versionParams = z.strictObject({ itemId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

export const placementInput = z.strictObject({
  columnId: id,
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  isPinned: z.boolean().optional(),
  publishAt: isoTime,
  sourceName: optionalText(100).describe('转载时注明的来源；默认为原发布网站名称'),
});

const contentFields = {
  title: z.string().max(400),
  summary: optionalText(2000),
  keywords: z.array(z.string().max(60)).max(40).optional(),
  author: optionalText(200),
  source: optionalText(400),
  body: z.string().max(4 * 1024 * 1024).optional().describe('富文本正文（HTML），保存时按白名单清理'),
  metadata: z.record(z.string(), z.unknown()).optional().describe('按信息类型校验的元数据'),
  publishAt: isoTime.describe('定时发布：审核通过后于此时发布'),
  unpublishAt: isoTime.describe('定时撤下'),
  orgUnitId: id.nullable().optional().describe('发布单位（组织机构）；默认为网站主办单位'),
};

export const createItemBody = z.strictObject({
  type: z.string().max(40),
  siteId: id,
  ...contentFields,
  placements: z.array(placementInput).max(50).optional(),
  note: optionalText(200),
});

export const updateItemBody = z.strictObject({
  version: z.number().int().positive().describe('编辑所基于的版本号（乐观锁）'),
  ...contentFields,
  title: contentFields.title.optional(),
  note: optionalText(200).describe('版本说明'),
});

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listItemsQuery = z.strictObject({
  siteId: z.coerce.number().int().positive().optional(),
  columnId: z.coerce.number().int().positive().optional(),
  type: z.string().max(40).optional(),
  state: z.enum(itemStates).optional(),
  topic: z.string().max(100).optional(),
  validity: z.string().max(40).optional(),
  authorId: z.coerce.number().int().positive().optional(),
  from: z.string().max(40).optional().describe('最后修改时间下限（含）'),
  to: z.string().max(40).optional().describe('最后修改时间上限（不含）'),
  q: z.string().max(100).optional().describe('标题包含，或索引号、文号精确匹配'),
  isLive: booleanQuery.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const actorRef = z.object({ id: z.number().nullable(), name: z.string() });

export const itemSchema = z.object({
  id: z.number(),
  type: z.string(),
  siteId: z.number(),
  orgUnitId: z.number().nullable(),
  title: z.string(),
  state: z.enum(itemStates),
  version: z.number(),
  publishedVersion: z.number().nullable(),
  summary: z.string().nullable(),
  keywords: z.array(z.string()),
  author: z.string().nullable(),
  source: z.string().nullable(),
  body: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  indexNo: z.string().nullable(),
  validity: z.string().nullable(),
  publishAt: z.string().nullable(),
  unpublishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: actorRef.nullable(),
  withdrawnReason: z.string().nullable(),
  createdBy: actorRef,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const itemPageSchema = pageSchema(itemSchema);

export const placementSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  siteId: z.number(),
  columnId: z.number(),
  sortOrder: z.number(),
  isPinned: z.boolean(),
  publishAt: z.string().nullable(),
  isRepost: z.boolean(),
  sourceName: z.string().nullable(),
  createdAt: z.string(),
});

export const updatePlacementBody = z.strictObject({
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  isPinned: z.boolean().optional(),
  publishAt: isoTime,
});

export const relationSchema = z.object({
  id: z.number(),
  kind: z.enum(relationKinds),
  direction: z.enum(['forward', 'inverse']),
  label: z.string(),
  item: z.object({ id: z.number(), type: z.string(), title: z.string(), state: z.enum(itemStates), siteId: z.number(), validity: z.string().nullable() }),
});

export const addRelationBody = z.strictObject({ kind: z.enum(relationKinds), targetId: id });

export const attachmentSchema = z.object({
  id: z.number(),
  itemId: z.number().nullable(),
  siteId: z.number(),
  kind: z.enum(['image', 'document', 'audio', 'video']),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  altText: z.string().nullable(),
  createdAt: z.string(),
});

export const updateAttachmentBody = z.strictObject({ altText: optionalText(200), itemId: id.nullable().optional() });

export const uploadQuery = z.strictObject({
  siteId: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive().optional(),
  altText: z.string().max(200).optional(),
});

export const itemDetailSchema = z.object({
  item: itemSchema,
  placements: z.array(placementSchema),
  relations: z.array(relationSchema),
  attachments: z.array(attachmentSchema),
});

export const versionSchema = z.object({
  itemId: z.number(),
  version: z.number(),
  title: z.string(),
  note: z.string().nullable(),
  createdBy: actorRef,
  createdAt: z.string(),
  isPublished: z.boolean(),
});

export const versionContentSchema = z.object({
  version: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  keywords: z.array(z.string()),
  author: z.string().nullable(),
  source: z.string().nullable(),
  body: z.string(),
  metadata: z.record(z.string(), z.unknown()),
});

export const diffQuery = z.strictObject({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });
export const diffSchema = z.object({
  fields: z.array(z.object({ field: z.string(), label: z.string(), parts: z.array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() })) })),
});
export const restoreBody = z.strictObject({ version: z.number().int().positive().describe('当前版本号（乐观锁）') });

export const contentTypeSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  hasIndexNo: z.boolean(),
  metadataSchema: z.unknown().describe('元数据的 JSON Schema'),
});

export const vocabularySchema = z.object({
  types: z.array(contentTypeSchema),
  states: z.array(z.object({ key: z.string(), label: z.string() })),
  relationKinds: z.array(z.object({ key: z.string(), forward: z.string(), inverse: z.string() })),
  validities: z.array(z.object({ key: z.string(), label: z.string() })),
  docKinds: z.array(z.string()),
  interpretationForms: z.array(z.object({ key: z.string(), label: z.string() })),
  topics: z.array(z.object({ name: z.string(), children: z.array(z.string()) })),
});
