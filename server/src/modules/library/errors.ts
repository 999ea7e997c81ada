import { defineError } from '../../kernel/index.js';

// Every error the library module can answer with. Clients branch on the code; 400 errors carry
// `details: [{path, message}]` naming the offending field. Listed in README.md.
export const ItemNotFound = defineError('LIBRARY_ITEM_NOT_FOUND', 404, '信息不存在');
export const ItemInvalid = defineError('LIBRARY_ITEM_INVALID', 400, '信息内容不符合要求');
export const ContentTypeUnknown = defineError('LIBRARY_CONTENT_TYPE_UNKNOWN', 400, '没有这种信息类型');
export const ItemStale = defineError('LIBRARY_ITEM_STALE', 409, '这条信息已被他人修改，请刷新后合并您的修改再保存');
export const ItemLocked = defineError('LIBRARY_ITEM_LOCKED', 409, '信息正在审核或待发布，不能修改；如需修改请先撤回送审');
export const ItemStateInvalid = defineError('LIBRARY_ITEM_STATE_INVALID', 409, '信息当前状态不能执行此操作');
export const IndexNoTaken = defineError('LIBRARY_INDEX_NO_TAKEN', 409, '索引号已被其他信息使用');
export const IndexNoUnitCodeMissing = defineError('LIBRARY_INDEX_NO_UNIT_CODE_MISSING', 409, '发布单位没有机构代码，无法生成索引号');
export const PlacementInvalid = defineError('LIBRARY_PLACEMENT_INVALID', 400, '发布位置不正确');
export const PlacementNotFound = defineError('LIBRARY_PLACEMENT_NOT_FOUND', 404, '发布位置不存在');
export const RelationInvalid = defineError('LIBRARY_RELATION_INVALID', 400, '关联关系不正确');
export const RelationTargetNotFound = defineError('LIBRARY_RELATION_TARGET_NOT_FOUND', 400, '要关联的信息不存在');
export const VersionNotFound = defineError('LIBRARY_VERSION_NOT_FOUND', 404, '版本不存在');
export const AttachmentNotFound = defineError('LIBRARY_ATTACHMENT_NOT_FOUND', 404, '附件不存在');
export const AttachmentTypeRefused = defineError('LIBRARY_ATTACHMENT_TYPE_REFUSED', 415, '不支持这种文件类型');
export const AttachmentTooLarge = defineError('LIBRARY_ATTACHMENT_TOO_LARGE', 413, '文件超过大小限制');
export const AttachmentInvalid = defineError('LIBRARY_ATTACHMENT_INVALID', 400, '附件信息不符合要求');
export const ColumnNotEmpty = defineError('LIBRARY_COLUMN_NOT_EMPTY', 409, '栏目中还有信息，请先移走或撤下');
export const ImportLineInvalid = defineError('LIBRARY_IMPORT_LINE_INVALID', 400, '导入数据有误');
