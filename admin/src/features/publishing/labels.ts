/** Build states as the console names them (unknown states are shown as the server sends them). */
export const buildStatusLabels: Record<string, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'processing' },
  pending: { label: '排队中', color: 'processing' },
  running: { label: '正在发布', color: 'processing' },
  succeeded: { label: '已完成', color: 'success' },
  success: { label: '已完成', color: 'success' },
  done: { label: '已完成', color: 'success' },
  finished: { label: '已完成', color: 'success' },
  completed: { label: '已完成', color: 'success' },
  failed: { label: '失败', color: 'error' },
  cancelled: { label: '已取消', color: 'default' },
};

/** While a build is in one of these states the 网站发布 screen keeps asking for its progress. */
export function isBuildRunning(status: string | undefined): boolean {
  return status === 'queued' || status === 'pending' || status === 'running';
}

/** Titles of the publishing errors a screen may meet, by code. */
export const publishingErrorTitles: Record<string, string> = {
  TEMPLATE_INVALID: '模板有错误',
  ROUTE_NOT_FOUND: '发布服务尚未启用',
};

/** What every template screen tells its users: a template cannot run code on the server. */
export const templateSafetyNote = '模板仅支持 Liquid 标签，不能执行代码：保存的模板只能显示网站的数据，不会影响服务器。';
