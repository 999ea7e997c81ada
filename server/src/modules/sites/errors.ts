import { defineError } from '../../kernel/index.js';

// Every error the sites module can answer with. Clients branch on the code; 400/409 errors carry
// `details: [{path, message}]` naming the offending field. Listed in README.md.
export const SiteNotFound = defineError('SITES_SITE_NOT_FOUND', 404, '网站不存在');
export const SiteCodeInvalid = defineError('SITES_CODE_INVALID', 400, '网站代码格式不正确');
export const SiteCodeTaken = defineError('SITES_CODE_TAKEN', 409, '网站代码已被其他网站使用');
export const SiteIdentifierInvalid = defineError('SITES_IDENTIFIER_INVALID', 400, '网站标识码格式不正确');
export const SiteIdentifierTaken = defineError('SITES_IDENTIFIER_TAKEN', 409, '网站标识码已被其他网站使用');
export const SiteDomainInvalid = defineError('SITES_DOMAIN_INVALID', 400, '域名不符合要求');
export const SiteDomainTaken = defineError('SITES_DOMAIN_TAKEN', 409, '域名已被其他网站使用');
export const SiteFilingInvalid = defineError('SITES_FILING_INVALID', 400, '备案号格式不正确');
export const SiteFieldInvalid = defineError('SITES_FIELD_INVALID', 400, '网站信息不符合要求');
export const SiteParentInvalid = defineError('SITES_PARENT_INVALID', 400, '上级网站设置不正确');
export const SiteClosed = defineError('SITES_SITE_CLOSED', 409, '网站已关停，不能再修改');
export const SiteTransitionInvalid = defineError('SITES_TRANSITION_INVALID', 409, '网站当前状态不能变更为目标状态');
export const SiteTransitionReasonRequired = defineError('SITES_TRANSITION_REASON_REQUIRED', 400, '请填写状态变更的原因');
export const SiteOnlineRequirementsMissing = defineError(
  'SITES_ONLINE_REQUIREMENTS_MISSING',
  409,
  '网站上线前须具备网站标识码、ICP备案号和公安机关备案号',
);
export const ColumnNotFound = defineError('SITES_COLUMN_NOT_FOUND', 404, '栏目不存在');
export const ColumnInvalid = defineError('SITES_COLUMN_INVALID', 400, '栏目信息不符合要求');
export const ColumnSlugTaken = defineError('SITES_COLUMN_SLUG_TAKEN', 409, '栏目标识已被本网站其他栏目使用');
export const ColumnParentInvalid = defineError('SITES_COLUMN_PARENT_INVALID', 400, '上级栏目设置不正确');
export const ColumnCycle = defineError('SITES_COLUMN_CYCLE', 409, '不能把栏目移动到它自己或它的下级栏目之下');
export const ColumnHasChildren = defineError('SITES_COLUMN_HAS_CHILDREN', 409, '栏目下还有子栏目，请先移走或删除子栏目');
export const ColumnLanguageInvalid = defineError('SITES_COLUMN_LANGUAGE_INVALID', 400, '栏目语言不符合要求');
export const SiteLanguageInUse = defineError('SITES_LANGUAGE_IN_USE', 409, '还有栏目使用这个语言版本，不能取消');
