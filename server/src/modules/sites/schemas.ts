import { z } from 'zod';
import { pageSchema } from '../../kernel/index.js';
import { columnKinds, siteKinds, siteLanguages, siteStatuses } from './model.js';

// Request and response schemas of the admin API (validation at the edge + OpenAPI). Shapes and
// lengths are checked here; the domain rules (patterns of 网站标识码, domains, filings, slugs) are
// checked by the use cases, so the CLI gets the same coded errors as the API.

const id = z.number().int().positive();
const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const siteIdParams = z.strictObject({ siteId: z.coerce.number().int().positive() });
export const columnIdParams = z.strictObject({ columnId: z.coerce.number().int().positive() });

const contactInput = z.strictObject({
  address: optionalText(200),
  phone: optionalText(60),
  email: optionalText(120),
  postcode: optionalText(12),
});

const siteFields = {
  legalName: z.string().max(200).describe('网站名称：主办单位法定名称，显示在页头'),
  shortName: z.string().max(100).describe('简称'),
  code: z.string().max(64).describe('网站代码：小写字母开头，用于 /sites/<code>/ 路径'),
  kind: z.enum(siteKinds),
  parentId: id.nullable().optional().describe('上级网站；门户网站为空'),
  identifierCode: optionalText(32).describe('网站标识码：地方6位区划代码+4位顺序号，部门 bm+8位数字'),
  domains: z
    .array(z.string().max(253))
    .max(20)
    .optional()
    .describe('域名，第一个为主域名；须以 .gov.cn 或 .政务 结尾（开发用 localhost、*.localhost、IPv4 除外）'),
  icpNumber: optionalText(64).describe('ICP备案号'),
  psbNumber: optionalText(64).describe('公安机关备案号'),
  supervisingUnitId: id.nullable().optional().describe('主管单位（组织机构编号）'),
  sponsorUnitId: id.nullable().optional().describe('主办单位（组织机构编号）'),
  operatorUnitId: id.nullable().optional().describe('承办单位（组织机构编号）'),
  contact: contactInput.optional(),
  languages: z.array(z.enum(siteLanguages)).max(siteLanguages.length).optional().describe('语言版本；总含 zh-CN'),
  themeKey: z.string().max(64).optional(),
};

export const createSiteBody = z.strictObject({
  ...siteFields,
  status: z.enum(['applied', 'approved', 'online']).optional().describe('初始状态；非 applied 须平台审批权限'),
});

export const updateSiteBody = z.strictObject({
  legalName: siteFields.legalName.optional(),
  shortName: siteFields.shortName.optional(),
  code: siteFields.code.optional(),
  kind: siteFields.kind.optional(),
  parentId: siteFields.parentId,
  identifierCode: siteFields.identifierCode,
  domains: siteFields.domains,
  icpNumber: siteFields.icpNumber,
  psbNumber: siteFields.psbNumber,
  supervisingUnitId: siteFields.supervisingUnitId,
  sponsorUnitId: siteFields.sponsorUnitId,
  operatorUnitId: siteFields.operatorUnitId,
  contact: siteFields.contact,
  languages: siteFields.languages,
  themeKey: siteFields.themeKey,
});

export const listSitesQuery = z.strictObject({
  q: z.string().max(100).optional(),
  kind: z.enum(siteKinds).optional(),
  status: z.enum(siteStatuses).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const transitionBody = z.strictObject({
  to: z.enum(siteStatuses),
  reason: z.string().max(1000).nullable().optional().describe('下线、迁移、关停时必填'),
});

const orgUnitRef = z.object({ id: z.number(), name: z.string() }).nullable();

export const siteSchema = z.object({
  id: z.number(),
  code: z.string(),
  kind: z.enum(siteKinds),
  status: z.enum(siteStatuses),
  parentId: z.number().nullable(),
  legalName: z.string(),
  shortName: z.string(),
  identifierCode: z.string().nullable(),
  domains: z.array(z.string()),
  icpNumber: z.string().nullable(),
  psbNumber: z.string().nullable(),
  supervisingUnit: orgUnitRef,
  sponsorUnit: orgUnitRef,
  operatorUnit: orgUnitRef,
  contact: z.object({
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    postcode: z.string().nullable(),
  }),
  languages: z.array(z.enum(siteLanguages)),
  themeKey: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const sitePageSchema = pageSchema(siteSchema);

// Flat rather than nested: a recursive schema would need shared components in the OpenAPI document.
export const siteTreeSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      parentId: z.number().nullable(),
      depth: z.number(),
      code: z.string(),
      kind: z.enum(siteKinds),
      status: z.enum(siteStatuses),
      legalName: z.string(),
      shortName: z.string(),
    }),
  ),
});

export const historySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      siteId: z.number(),
      fromStatus: z.enum(siteStatuses).nullable(),
      toStatus: z.enum(siteStatuses),
      reason: z.string().nullable(),
      actorUserId: z.number().nullable(),
      actorName: z.string(),
      createdAt: z.string(),
    }),
  ),
});

const columnFields = {
  kind: z.enum(columnKinds),
  name: z.string().max(100).describe('栏目名称'),
  slug: z.string().max(100).describe('栏目标识：小写字母、数字、连字符，本网站内唯一'),
  purpose: z.string().max(1000).describe('栏目说明：栏目发布什么、为谁服务'),
  linkUrl: optionalText(2000).describe('链接栏目的地址'),
  startsOn: optionalText(10).describe('专题开始日期 YYYY-MM-DD'),
  endsOn: optionalText(10).describe('专题结束日期 YYYY-MM-DD'),
  updateIntervalDays: z.number().int().nullable().optional().describe('预期更新周期（天）'),
  isHidden: z.boolean().optional(),
  keywords: z.array(z.string().max(60)).max(40).optional(),
  description: optionalText(1000),
  language: z
    .enum(siteLanguages)
    .optional()
    .describe('语言版本：须为本网站的语言之一；新建时缺省取上级栏目的语言，顶级栏目为 zh-CN；下级栏目须与上级栏目同一语言'),
};

export const createColumnBody = z.strictObject({
  ...columnFields,
  parentId: id.nullable().optional(),
  position: z.number().int().min(0).optional().describe('在同级栏目中的位置（从0起），缺省排在最后'),
});

export const updateColumnBody = z.strictObject({
  kind: columnFields.kind.optional(),
  name: columnFields.name.optional(),
  slug: columnFields.slug.optional(),
  purpose: columnFields.purpose.optional(),
  linkUrl: columnFields.linkUrl,
  startsOn: columnFields.startsOn,
  endsOn: columnFields.endsOn,
  updateIntervalDays: columnFields.updateIntervalDays,
  isHidden: columnFields.isHidden,
  keywords: columnFields.keywords,
  description: columnFields.description,
  language: columnFields.language,
});

export const moveColumnBody = z.strictObject({
  parentId: id.nullable().describe('新的上级栏目；null 为顶层'),
  position: z.number().int().min(0).describe('在新的同级栏目中的位置（从0起）'),
});

export const columnSchema = z.object({
  id: z.number(),
  siteId: z.number(),
  parentId: z.number().nullable(),
  kind: z.enum(columnKinds),
  language: z.enum(siteLanguages),
  name: z.string(),
  slug: z.string(),
  purpose: z.string(),
  linkUrl: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  updateIntervalDays: z.number().nullable(),
  sortOrder: z.number(),
  isHidden: z.boolean(),
  keywords: z.array(z.string()),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const columnListSchema = z.object({ items: z.array(columnSchema) });
