import { defineError } from '../../kernel/index.js';

// Every error the publishing module can answer with. Listed in README.md.
export const TemplateInvalid = defineError('TEMPLATE_INVALID', 422, '模板有错误，未保存');
export const TemplateNotFound = defineError('PUBLISHING_TEMPLATE_NOT_FOUND', 404, '没有这个模板');
export const SiteNotFound = defineError('PUBLISHING_SITE_NOT_FOUND', 404, '网站不存在');
export const PreviewUnavailable = defineError('PUBLISHING_PREVIEW_UNAVAILABLE', 409, '这条信息还没有放入本站可显示的栏目，无法预览');
