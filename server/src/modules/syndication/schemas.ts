import { z } from 'zod';
import { pageSchema } from '../../kernel/index.js';
import { itemSchema } from '../library/index.js';

const id = z.number().int().positive();
export const submissionIdParams = z.strictObject({ submissionId: z.coerce.number().int().positive() });
export const sourceIdParams = z.strictObject({ sourceId: z.coerce.number().int().positive() });
export const entryIdParams = z.strictObject({ entryId: z.coerce.number().int().positive() });

export const submissionSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  itemTitle: z.string(),
  itemType: z.string(),
  fromSiteId: z.number(),
  fromSiteName: z.string(),
  toSiteId: z.number(),
  toSiteName: z.string(),
  toColumnId: z.number(),
  toColumnName: z.string(),
  state: z.enum(['pending', 'accepted', 'returned']),
  note: z.string().nullable(),
  comment: z.string().nullable(),
  submittedBy: z.string(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export const submissionPageSchema = pageSchema(submissionSchema);
export const createSubmissionBody = z.strictObject({ itemId: id, toColumnId: id, note: z.string().max(1000).nullable().optional() });
export const acceptSubmissionBody = z.strictObject({ columnId: id.nullable().optional(), comment: z.string().max(1000).nullable().optional() });
export const returnSubmissionBody = z.strictObject({ comment: z.string().max(1000) });
export const listSubmissionsQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']),
  siteId: z.coerce.number().int().positive().optional(),
  state: z.enum(['pending', 'accepted', 'returned']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const statsQuery = z.strictObject({ siteId: z.coerce.number().int().positive(), from: z.string().max(40).optional(), to: z.string().max(40).optional() });
export const statsSchema = z.object({
  items: z.array(
    z.object({
      fromSiteId: z.number(),
      fromSiteName: z.string(),
      submitted: z.number(),
      accepted: z.number(),
      returned: z.number(),
      pending: z.number(),
      acceptanceRate: z.number().nullable(),
    }),
  ),
});

export const repostRequestSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  itemTitle: z.string(),
  fromSiteId: z.number(),
  fromSiteName: z.string(),
  windowHours: z.number(),
  dueAt: z.string(),
  note: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.string(),
  targets: z.array(z.object({ siteId: z.number(), siteName: z.string(), status: z.enum(['on_time', 'late', 'waiting', 'overdue']), repostedAt: z.string().nullable() })),
});
export const repostPageSchema = pageSchema(repostRequestSchema);
export const createRepostBody = z.strictObject({
  itemId: id,
  windowHours: z.number().int().min(1).max(720).optional().describe('转载时限（小时），默认12'),
  targetSiteIds: z.array(id).max(500).optional().describe('要求转载的下级网站；默认全部运行中的下级网站'),
  note: z.string().max(1000).nullable().optional(),
});
export const pageQuery = z.strictObject({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).optional() });

export const crawlSourceSchema = z.object({
  id: z.number(),
  siteId: z.number(),
  columnId: z.number(),
  name: z.string(),
  url: z.string(),
  kind: z.enum(['feed', 'html']),
  linkPattern: z.string().nullable(),
  contentSelector: z.string().nullable(),
  intervalMinutes: z.number(),
  isEnabled: z.boolean(),
  lastRunAt: z.string().nullable(),
  lastStatus: z.string().nullable(),
  lastMessage: z.string().nullable(),
});
const sourceFields = {
  columnId: id.describe('抓取内容进入的栏目（审核后发布于此）'),
  name: z.string().max(200),
  url: z.string().max(2000),
  kind: z.enum(['feed', 'html']).describe('feed：RSS/Atom 订阅源；html：列表页'),
  linkPattern: z.string().max(500).nullable().optional().describe('列表页中文章链接须匹配的正则表达式'),
  contentSelector: z.string().max(200).nullable().optional().describe('文章正文的 CSS 选择器'),
  intervalMinutes: z.number().int().min(5).max(10080).optional(),
  isEnabled: z.boolean().optional(),
};
export const createCrawlSourceBody = z.strictObject(sourceFields);
export const updateCrawlSourceBody = z.strictObject(sourceFields).partial();
export const runResultSchema = z.object({ added: z.number(), skipped: z.number(), errors: z.number() });
export const crawlEntrySchema = z.object({
  id: z.number(),
  sourceId: z.number(),
  url: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  summary: z.string().nullable(),
  body: z.string().nullable(),
  state: z.enum(['pending', 'accepted', 'rejected']),
  itemId: z.number().nullable(),
  decidedBy: z.string().nullable(),
  fetchedAt: z.string(),
});
export const crawlEntryPageSchema = pageSchema(crawlEntrySchema);
export const listEntriesQuery = z.strictObject({
  sourceId: z.coerce.number().int().positive().optional(),
  state: z.enum(['pending', 'accepted', 'rejected']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const acceptEntrySchema = z.object({ entry: crawlEntrySchema, item: itemSchema });

export const targetsQuery = z.strictObject({ fromSiteId: z.coerce.number().int().positive() });
export const targetsSchema = z.object({
  items: z.array(
    z.object({
      siteId: z.number(),
      siteName: z.string(),
      columns: z.array(z.object({ id: z.number(), parentId: z.number().nullable(), name: z.string(), kind: z.string(), isPlaceable: z.boolean() })),
    }),
  ),
});
