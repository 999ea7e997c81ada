import { decodeBody } from './charset.js';
import { CrawlError } from './errors.js';
import { normaliseUrl } from './url.js';

export interface FetchSettings {
  fetchImpl: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchedText {
  /** Final URL, after redirects. */
  url: string;
  contentType: string | null;
  text: string;
}

export const MAX_REDIRECTS = 5;

/**
 * GETs a text resource the careful way: http(s) only, redirects followed by hand (at most 5, each
 * target passed to `beforeRequest`, which may throw or wait), a timeout per request, the body
 * streamed and abandoned past `maxBytes`, and the charset decoded (GBK included).
 * Throws CrawlError: CRAWL_BAD_URL, CRAWL_TIMEOUT, CRAWL_HTTP_STATUS, CRAWL_TOO_LARGE,
 * CRAWL_TOO_MANY_REDIRECTS, CRAWL_NETWORK, CRAWL_PARSE_FAILED (not a text document), or whatever
 * `beforeRequest` throws.
 */
export async function fetchText(
  url: string,
  settings: FetchSettings,
  beforeRequest: (url: string) => Promise<void> = async () => {},
): Promise<FetchedText> {
  let current = normaliseUrl(url);
  for (let hop = 0; ; hop++) {
    await beforeRequest(current);
    const signal = AbortSignal.timeout(settings.timeoutMs);
    try {
      const response = await settings.fetchImpl(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': settings.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
          'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
        },
      });

      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (hop >= MAX_REDIRECTS) {
          throw new CrawlError('CRAWL_TOO_MANY_REDIRECTS', `重定向超过 ${MAX_REDIRECTS} 次，已停止：${url}`);
        }
        current = normaliseUrl(response.headers.get('location') ?? '', current);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => {});
        throw new CrawlError('CRAWL_HTTP_STATUS', `对方服务器返回 HTTP ${response.status}：${current}`, response.status);
      }

      const contentType = response.headers.get('content-type');
      if (!isTextual(contentType)) {
        await response.body?.cancel().catch(() => {});
        throw new CrawlError('CRAWL_PARSE_FAILED', `不是网页或订阅源（内容类型 ${contentType}）：${current}`);
      }
      const bytes = await readCapped(response, settings.maxBytes, current);
      return { url: current, contentType, text: decodeBody(bytes, contentType) };
    } catch (error) {
      if (error instanceof CrawlError) throw error;
      if (signal.aborted) {
        throw new CrawlError('CRAWL_TIMEOUT', `请求超时（${formatSeconds(settings.timeoutMs)} 秒内未完成）：${current}`);
      }
      throw new CrawlError('CRAWL_NETWORK', `网络错误（${describeNetworkError(error)}）：${current}`);
    }
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new CrawlError('CRAWL_TOO_LARGE', `响应内容超过 ${formatBytes(maxBytes)}，已停止下载：${url}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** HTML, XML feeds and plain text; a missing Content-Type is given the benefit of the doubt. */
function isTextual(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === '' || type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml');
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
