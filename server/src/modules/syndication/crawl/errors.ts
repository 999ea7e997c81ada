/**
 * Error codes of the crawler. Per-item failures are reported as data in `CrawlResult.errors`
 * (`{url, code, message}`), never thrown, so one broken page cannot abort a run; only
 * `normaliseUrl` throws, with a CrawlError. Messages are for operators, in Simplified Chinese.
 * The codes are plain strings here (no kernel `defineError`): they never reach an HTTP client
 * directly, and the syndication module that stores them decides how to surface them.
 */
export const crawlErrorMessages = {
  CRAWL_BAD_URL: '地址不正确，只能抓取 http 或 https 地址',
  CRAWL_BAD_CONFIG: '抓取源配置不正确',
  CRAWL_ROBOTS_DISALLOWED: '对方网站的 robots.txt 不允许抓取此地址',
  CRAWL_TIMEOUT: '请求超时',
  CRAWL_HTTP_STATUS: '对方服务器返回了错误状态',
  CRAWL_TOO_LARGE: '响应内容过大',
  CRAWL_TOO_MANY_REDIRECTS: '重定向次数过多',
  CRAWL_NETWORK: '网络错误，无法连接对方服务器',
  CRAWL_PARSE_FAILED: '无法解析页面或订阅源内容',
} as const;

export type CrawlErrorCode = keyof typeof crawlErrorMessages;

export class CrawlError extends Error {
  constructor(
    public readonly code: CrawlErrorCode,
    message: string = crawlErrorMessages[code],
    /** HTTP status, for CRAWL_HTTP_STATUS. */
    public readonly status?: number,
  ) {
    super(message);
    this.name = 'CrawlError';
  }
}
