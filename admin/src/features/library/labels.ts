import type { Attachment, LibraryItemState } from '../../api/types';

// Labels mirror server/src/modules/library/model.ts; the vocabulary endpoint is the source for
// types, relation kinds, validities and topics, these are for what the console decides itself.

export const itemStateLabels: Record<LibraryItemState, string> = {
  draft: '草稿',
  in_review: '审核中',
  approved: '待发布',
  published: '已发布',
  withdrawn: '已撤稿',
};

/** Tag colours whose text keeps 4.5:1 on their light backgrounds (theme.ts tokens). */
export const itemStateColors: Record<LibraryItemState, string> = {
  draft: 'default',
  in_review: 'processing',
  approved: 'warning',
  published: 'success',
  withdrawn: 'error',
};

export const attachmentKindLabels: Record<Attachment['kind'], string> = {
  image: '图片',
  document: '文档',
  audio: '音频',
  video: '视频',
};

/** Names of metadata fields, for version comparisons and error messages (the server sends keys). */
export const metadataFieldLabels: Record<string, string> = {
  publisher: '发布机构',
  writtenOn: '成文日期',
  issuedOn: '发布日期',
  docNo: '文号',
  docKind: '文种',
  topic: '主题分类',
  validity: '有效性',
  effectiveOn: '生效日期',
  expiresOn: '失效日期',
  isNormative: '规范性文件',
  audience: '服务对象',
  disclosureMethod: '公开方式',
  disclosureScope: '公开范围',
  issuer: '发布单位',
  validUntil: '有效期至',
  form: '解读形式',
  interpreter: '解读人或机构',
  imageIds: '图解图片',
  audioId: '音频',
  videoId: '视频',
  coverImageId: '封面图',
  pictureIds: '组图',
  event: '事件',
  isRumourRebuttal: '辟谣',
  name: '名称',
  title: '职务',
  portfolio: '工作分工',
  photoId: '照片',
  address: '办公地址',
  phone: '联系电话',
  hours: '办公时间',
  head: '负责人',
  year: '年度',
};

const metadataLabelsByType: Record<string, Record<string, string>> = {
  leader: { name: '姓名' },
  institution: { name: '机构名称' },
};

/** The Chinese name of a metadata field of an item of `type`. */
export function metadataLabel(type: string, key: string): string {
  return metadataLabelsByType[type]?.[key] ?? metadataFieldLabels[key] ?? key;
}

/** 12.3 KB, 4.5 MB */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function attachmentUrl(attachmentId: number): string {
  return `/api/admin/library/attachments/${attachmentId}/content`;
}
