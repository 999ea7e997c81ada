import { defineError } from '../../kernel/index.js';

// Every error the workflow module can answer with. Listed in README.md.
export const ChecksBlocking = defineError('WORKFLOW_CHECKS_BLOCKING', 409, '内容检查发现严重问题，须修改或经审核人员说明理由后放行，才能提交审核');
export const NotReady = defineError('WORKFLOW_NOT_READY', 400, '信息还不能提交审核');
export const TaskNotFound = defineError('WORKFLOW_TASK_NOT_FOUND', 404, '审核任务不存在');
export const TaskClosed = defineError('WORKFLOW_TASK_CLOSED', 409, '审核任务已处理');
export const SelfReview = defineError('WORKFLOW_SELF_REVIEW', 409, '不能审核自己提交的信息');
export const CommentRequired = defineError('WORKFLOW_COMMENT_REQUIRED', 400, '请填写退回意见');
export const ReasonRequired = defineError('WORKFLOW_REASON_REQUIRED', 400, '请填写理由');
export const ChainInvalid = defineError('WORKFLOW_CHAIN_INVALID', 400, '审核流程设置不正确');
export const ChainNotFound = defineError('WORKFLOW_CHAIN_NOT_FOUND', 404, '审核流程不存在');
export const FindingNotFound = defineError('WORKFLOW_FINDING_NOT_FOUND', 404, '检查结果不存在');
export const DictionaryEntryInvalid = defineError('WORKFLOW_DICTIONARY_ENTRY_INVALID', 400, '词条不符合要求');
export const DictionaryEntryTaken = defineError('WORKFLOW_DICTIONARY_ENTRY_TAKEN', 409, '词库中已有这个词条');
export const DictionaryEntryNotFound = defineError('WORKFLOW_DICTIONARY_ENTRY_NOT_FOUND', 404, '词条不存在');
