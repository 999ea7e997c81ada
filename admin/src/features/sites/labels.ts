import type { ColumnKind, SiteKind, SiteStatus } from '../../api/types';

// Labels mirror server/src/modules/sites/model.ts; the lifecycle mirrors sites/lifecycle.ts (the
// server checks every transition again, this only decides which buttons to offer).

export const siteKindLabels: Record<SiteKind, string> = {
  portal: '门户网站',
  department: '部门网站',
  district: '区县网站',
  topic: '专题网站',
};

export const siteStatusLabels: Record<SiteStatus, string> = {
  applied: '已申请',
  approved: '已批准',
  online: '运行中',
  offline: '临时下线',
  migrating: '迁移整合中',
  closed: '已关停',
};

/** Tag colours chosen for contrast (WCAG AA) on their light backgrounds. */
export const siteStatusColors: Record<SiteStatus, string> = {
  applied: 'default',
  approved: 'processing',
  online: 'success',
  offline: 'warning',
  migrating: 'purple',
  closed: 'error',
};

export const columnKindLabels: Record<ColumnKind, string> = {
  list: '列表栏目',
  single_page: '单页栏目',
  link: '链接栏目',
  catalogue: '目录栏目',
  topic: '专题栏目',
};

export const siteLanguageLabels: Record<string, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
  bo: '藏文',
  ug: '维吾尔文',
  mn: '蒙古文',
  ii: '彝文',
  za: '壮文',
  kk: '哈萨克文',
  ko: '朝鲜文',
};

export interface TransitionAction {
  to: SiteStatus;
  label: string;
  permission: 'sites.approve' | 'sites.lifecycle';
  isReasonRequired: boolean;
  isDanger?: boolean;
}

const approve = (to: SiteStatus, label: string, isReasonRequired = false, isDanger = false): TransitionAction => ({ to, label, permission: 'sites.approve', isReasonRequired, isDanger });
const lifecycle = (to: SiteStatus, label: string, isReasonRequired = false): TransitionAction => ({ to, label, permission: 'sites.lifecycle', isReasonRequired });
const close = approve('closed', '关停网站', true, true);

export const transitionActions: Record<SiteStatus, TransitionAction[]> = {
  applied: [approve('approved', '批准开设'), close],
  approved: [lifecycle('online', '上线'), close],
  online: [lifecycle('offline', '临时下线', true), lifecycle('migrating', '迁移整合', true), close],
  offline: [lifecycle('online', '恢复上线'), lifecycle('migrating', '迁移整合', true), close],
  migrating: [lifecycle('online', '恢复上线'), lifecycle('offline', '临时下线', true), close],
  closed: [],
};
