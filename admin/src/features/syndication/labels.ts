import type { CrawlEntryState, RepostStatus, SubmissionState } from './types';

// Labels mirror server/src/modules/syndication (reposts.ts repostStatusLabels and the states).

export const submissionStateLabels: Record<SubmissionState, string> = {
  pending: '待处理',
  accepted: '已采用',
  returned: '已退回',
};

/** Tag colours whose text keeps 4.5:1 on their light backgrounds (theme.ts tokens). */
export const submissionStateColors: Record<SubmissionState, string> = {
  pending: 'processing',
  accepted: 'success',
  returned: 'error',
};

export const repostStatusLabels: Record<RepostStatus, string> = {
  on_time: '按时转载',
  late: '超时转载',
  waiting: '待转载',
  overdue: '逾期未转载',
};

export const repostStatusColors: Record<RepostStatus, string> = {
  on_time: 'success',
  late: 'warning',
  waiting: 'processing',
  overdue: 'error',
};

export const crawlEntryStateLabels: Record<CrawlEntryState, string> = {
  pending: '待审',
  accepted: '已采用',
  rejected: '不采用',
};

export const crawlKindLabels: Record<'feed' | 'html', string> = {
  feed: '订阅源（RSS/Atom）',
  html: '列表页',
};

export const crawlStatusLabels: Record<string, string> = {
  ok: '成功',
  partial: '部分失败',
  failed: '失败',
};

export const syndicationErrorTitles: Record<string, string> = {
  SYNDICATION_SUBMISSION_INVALID: '报送信息不符合要求',
  SYNDICATION_SUBMISSION_DUPLICATE: '这条信息已报送到该栏目，正在等待处理',
  SYNDICATION_SUBMISSION_NOT_FOUND: '报送记录不存在',
  SYNDICATION_SUBMISSION_CLOSED: '该报送已被处理',
  SYNDICATION_REPOST_REQUEST_INVALID: '转载要求不符合要求',
  SYNDICATION_CRAWL_SOURCE_INVALID: '抓取源设置不正确',
  SYNDICATION_CRAWL_SOURCE_NOT_FOUND: '抓取源不存在',
  SYNDICATION_CRAWL_ENTRY_NOT_FOUND: '抓取的信息不存在',
  SYNDICATION_CRAWL_ENTRY_CLOSED: '该条信息已被处理',
  LIBRARY_ITEM_NOT_FOUND: '信息不存在或无权查看',
  FORBIDDEN: '没有权限',
};
