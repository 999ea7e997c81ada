import { z } from 'zod';
import { topicValues } from './topics.js';

/*
 * The registry of content types. Each type names its metadata schema (validated on every save),
 * whether its items get a 索引号, and which metadata fields lists filter on. New types are added by
 * registering a schema (registerContentType), e.g. by a later module's `wire`.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v), '日期不存在');
const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`);
const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label}不超过${max}字`).nullish();

/** 公文文种 (GB/T 9704 and the 党政机关公文处理工作条例): the fifteen kinds. */
export const docKinds = ['决议', '决定', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;

/** 有效性 of a document (B2). */
export const validities = ['in_force', 'amended', 'repealed', 'expired', 'not_yet_effective'] as const;
export type Validity = (typeof validities)[number];
export const validityLabels: Record<Validity, string> = {
  in_force: '有效',
  amended: '已修改',
  repealed: '已废止',
  expired: '已失效',
  not_yet_effective: '尚未生效',
};

export const interpretationForms = ['text', 'graphic', 'audio', 'video', 'expert', 'media'] as const;
export const interpretationFormLabels: Record<(typeof interpretationForms)[number], string> = {
  text: '文字解读',
  graphic: '图解',
  audio: '音频解读',
  video: '视频解读',
  expert: '专家解读',
  media: '媒体评论',
};

const topic = z
  .string()
  .refine((v) => topicValues.has(v), '主题分类须取自国家政策文件库的主题分类（一级\\二级）');
const attachmentRef = z.number().int().positive();

const policyMetadata = z
  .object({
    publisher: text(100, '发布机构'),
    writtenOn: date,
    issuedOn: date,
    docNo: optionalText(60, '文号'),
    docKind: z.enum(docKinds, { message: '文种须为党政机关公文的十五种文种之一' }),
    topic,
    validity: z.enum(validities),
    effectiveOn: date.nullish(),
    expiresOn: date.nullish(),
    isNormative: z.boolean().default(false),
    audience: optionalText(50, '服务对象'),
    disclosureMethod: optionalText(20, '公开方式'),
    disclosureScope: optionalText(20, '公开范围'),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.writtenOn > m.issuedOn) ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: '发布日期不能早于成文日期' });
    if (m.effectiveOn && m.expiresOn && m.expiresOn < m.effectiveOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: '失效日期不能早于生效日期' });
    }
  });

export interface ContentType {
  key: string;
  label: string;
  description: string;
  metadata: z.ZodType<Record<string, unknown>>;
  /** Items of this type get a 索引号 `<unit code>/<year>-<5-digit serial>` (disclosure items). */
  hasIndexNo: boolean;
}

const builtins: ContentType[] = [
  {
    key: 'news',
    label: '政务动态',
    description: '工作动态、要闻，注明来源和作者，可带封面图、图片和视频',
    hasIndexNo: false,
    metadata: z
      .object({
        coverImageId: attachmentRef.nullish(),
        pictureIds: z.array(attachmentRef).max(100).default([]),
        videoId: attachmentRef.nullish(),
      })
      .strict(),
  },
  {
    key: 'notice',
    label: '通知公告',
    description: '需要社会公众知晓的通知、公告、公示',
    hasIndexNo: true,
    metadata: z.object({ issuer: text(100, '发布单位'), docNo: optionalText(60, '文号'), validUntil: date.nullish() }).strict(),
  },
  {
    key: 'policy',
    label: '政策文件',
    description: '法规、规章、规范性文件和其他政策文件，带完整的公开元数据和有效性',
    hasIndexNo: true,
    metadata: policyMetadata as unknown as z.ZodType<Record<string, unknown>>,
  },
  {
    key: 'interpretation',
    label: '政策解读',
    description: '文字、图解、音视频、专家解读和媒体评论，与所解读的政策双向关联',
    hasIndexNo: true,
    metadata: z
      .object({
        form: z.enum(interpretationForms),
        interpreter: optionalText(100, '解读人或机构'),
        imageIds: z.array(attachmentRef).max(50).default([]),
        audioId: attachmentRef.nullish(),
        videoId: attachmentRef.nullish(),
      })
      .strict(),
  },
  {
    key: 'response',
    label: '回应关切',
    description: '围绕一个事件持续发布的回应、进展和辟谣',
    hasIndexNo: false,
    metadata: z.object({ event: text(100, '事件名称'), isRumourRebuttal: z.boolean().default(false) }).strict(),
  },
  {
    key: 'leader',
    label: '领导信息',
    description: '领导姓名、照片、职务、简历和工作分工',
    hasIndexNo: false,
    metadata: z
      .object({
        name: text(20, '姓名'),
        title: text(100, '职务'),
        portfolio: text(1000, '工作分工'),
        photoId: attachmentRef.nullish(),
      })
      .strict(),
  },
  {
    key: 'institution',
    label: '机构信息',
    description: '机构名称、主要职责、负责人、地址、电话和办公时间',
    hasIndexNo: false,
    metadata: z
      .object({
        name: text(100, '机构名称'),
        address: text(200, '办公地址'),
        phone: text(50, '联系电话'),
        hours: text(200, '办公时间'),
        head: optionalText(50, '负责人'),
      })
      .strict(),
  },
  { key: 'overview', label: '概况', description: '单位简介、市情区情等单页内容', hasIndexNo: false, metadata: z.object({}).strict() },
  {
    key: 'disclosure_guide',
    label: '政府信息公开指南',
    description: '公开的范围、方式、途径和依申请公开的办理',
    hasIndexNo: true,
    metadata: z.object({}).strict(),
  },
  {
    key: 'annual_report',
    label: '政府信息公开年报',
    description: '上一年度政府信息公开工作年度报告',
    hasIndexNo: true,
    metadata: z.object({ year: z.number().int().min(2008).max(2100) }).strict(),
  },
];

const registry = new Map<string, ContentType>(builtins.map((t) => [t.key, t]));

/** Adds a content type (a later module's own kind of item). Throws when the key is taken. */
export function registerContentType(type: ContentType): void {
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(type.key)) throw new Error(`invalid content type key ${type.key}`);
  if (registry.has(type.key)) throw new Error(`content type ${type.key} registered twice`);
  registry.set(type.key, type);
}

export function findContentType(key: string): ContentType | undefined {
  return registry.get(key);
}

export function listContentTypes(): ContentType[] {
  return [...registry.values()];
}

/** The metadata fields copied into indexed columns, so lists can filter on them. */
export interface PromotedFields {
  docNo: string | null;
  topic: string | null;
  validity: string | null;
  writtenOn: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
}

export function promotedFields(metadata: Record<string, unknown>): PromotedFields {
  const str = (key: string) => (typeof metadata[key] === 'string' && metadata[key] !== '' ? (metadata[key] as string) : null);
  return {
    docNo: str('docNo'),
    topic: str('topic'),
    validity: str('validity'),
    writtenOn: str('writtenOn'),
    issuedOn: str('issuedOn'),
    effectiveOn: str('effectiveOn'),
    expiresOn: str('expiresOn'),
  };
}
