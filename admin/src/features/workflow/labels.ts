import type { DictionaryCategory, Severity, StepRole, TaskState } from './types';

// Labels mirror server/src/modules/workflow (chains.ts stepRoles, dictionary.ts categories).

export const stepRoleLabels: Record<StepRole, string> = {
  reviewer: '审核',
  confidentiality_reviewer: '保密审查',
  publisher: '签发',
};

export const taskStateLabels: Record<TaskState | 'cancelled', string> = {
  open: '待审核',
  approved: '已通过',
  returned: '已退回',
  cancelled: '已取消',
};

/** Tag colours whose text keeps 4.5:1 on their light backgrounds (theme.ts tokens). */
export const taskStateColors: Record<TaskState | 'cancelled', string> = {
  open: 'processing',
  approved: 'success',
  returned: 'error',
  cancelled: 'default',
};

export const dictionaryCategoryLabels: Record<DictionaryCategory, string> = {
  sensitive: '敏感词',
  wrong_term: '错误表述',
  leader: '领导人姓名职务错误',
  spam: '赌博及垃圾广告',
};

export const severityLabels: Record<Severity, string> = { block: '严重', warn: '提示' };
export const severityColors: Record<Severity, string> = { block: 'error', warn: 'warning' };

export const checkerLabels: Record<string, string> = {
  dictionary: '敏感词与规范用语',
  privacy: '个人信息',
  spam: '广告与垃圾信息',
  hidden_link: '暗链',
};

export const itemFieldLabels: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  keywords: '关键词',
  author: '作者',
  source: '来源',
  body: '正文',
};

/**
 * What the console says about a workflow error, by code. The server's own message is shown with
 * it (it may carry details such as the current version).
 */
export const workflowErrorTitles: Record<string, string> = {
  WORKFLOW_SELF_REVIEW: '不能审核本人提交的信息',
  WORKFLOW_TASK_CLOSED: '该审核任务已被处理',
  WORKFLOW_TASK_NOT_FOUND: '审核任务不存在',
  WORKFLOW_COMMENT_REQUIRED: '请填写退回意见',
  WORKFLOW_REASON_REQUIRED: '请填写放行理由',
  WORKFLOW_FINDING_NOT_FOUND: '检查结果不存在（信息可能已修改）',
  WORKFLOW_CHAIN_INVALID: '审核流程设置不正确',
  WORKFLOW_CHAIN_NOT_FOUND: '审核流程不存在',
  FORBIDDEN: '没有权限',
};
