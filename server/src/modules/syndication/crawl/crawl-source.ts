import * as cheerio from 'cheerio';
import { extractArticle } from './article-page.js';
import { contentHash } from './content-hash.js';
import { CrawlError, crawlErrorMessages, type CrawlErrorCode } from './errors.js';
import { parseFeed } from './feed.js';
import { extractListLinks } from './list-page.js';
import { PoliteFetcher } from './politeness.js';
import { normaliseUrl } from './url.js';

export interface CrawlSourceConfig {
  /** The list page or feed URL (http/https only). */
  url: string;
  /** RSS 2.0 / Atom feed, or an HTML list page. */
  kind: 'feed' | 'html';
  /** html: only links whose absolute URL matches this regex; default: same-origin article-like links. */
  linkPattern?: string | null;
  /** CSS selector of the article body on item pages; default: heuristic. */
  contentSelector?: string | null;
  /** Item pages fetched per run, default 20. */
  maxItems?: number;
}

export interface CrawledEntry {
  /** Absolute, normalised (no fragment, no utm_* parameters). */
  url: string;
  title: string;
  /** ISO date-time (UTC) when the feed, the page or the list gives one. */
  publishedAt: string | null;
  summary: string | null;
  /** Raw HTML of the article body, relative links made absolute; not sanitised. */
  bodyHtml: string | null;
  /** sha256 hex of the normalised text of title and body, see contentHash(). */
  contentHash: string;
}

export interface CrawlIssue {
  url: string;
  code: CrawlErrorCode;
  message: string;
  /** HTTP status, for CRAWL_HTTP_STATUS. */
  status?: number;
}

export interface CrawlResult {
  entries: CrawledEntry[];
  errors: CrawlIssue[];
}

export interface CrawlOptions {
  /** Default 'JiyueCrawler/1.0 (+https://github.com/jiyue)'; robots.txt groups match its product token. */
  userAgent?: string;
  /** Per request (each redirect hop is a request), default 10 000. */
  timeoutMs?: number;
  /** Per response, default 2 MB; larger → CRAWL_TOO_LARGE. */
  maxBytes?: number;
  /** Upper bound on a robots.txt Crawl-delay, default 5 000 ms. */
  maxCrawlDelayMs?: number;
  fetchImpl?: typeof fetch;
  /** Which of these normalised URLs the caller already has: they are not fetched again. */
  knownUrls?: (urls: string[]) => Promise<Set<string>>;
  /** The clock for dates written without a year in lists (`03-15`). */
  now?: () => Date;
}

export const DEFAULT_USER_AGENT = 'JiyueCrawler/1.0 (+https://github.com/jiyue)';
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_CRAWL_DELAY_MS = 5_000;
const DEFAULT_MAX_ITEMS = 20;

interface Candidate {
  url: string;
  title: string;
  publishedAt: string | null;
  summary: string | null;
  /** Null → fetch the item page for it. */
  bodyHtml: string | null;
}

/**
 * One crawl of one source: fetch the list page or feed, pick its items, drop the ones the caller
 * already has (`knownUrls`), fetch the rest's pages one at a time where the body is needed, and
 * return the entries, deduplicated by URL and by content hash. Nothing is thrown for a bad page or
 * a bad source: every problem is an entry in `errors` with a code (see errors.ts) and a message
 * for operators; the run goes on with the next item. Only `knownUrls` failing rejects the promise,
 * since then the caller cannot trust what it would store.
 */
export async function crawlSource(source: CrawlSourceConfig, options: CrawlOptions = {}): Promise<CrawlResult> {
  const errors: CrawlIssue[] = [];
  const report = (url: string, error: unknown) => errors.push(toIssue(url, error));

  let sourceUrl: string;
  let linkPattern: RegExp | null = null;
  try {
    sourceUrl = normaliseUrl(source.url);
    if (source.kind !== 'feed' && source.kind !== 'html') {
      throw new CrawlError('CRAWL_BAD_CONFIG', `抓取源类型不正确：${String(source.kind)}`);
    }
    if (source.linkPattern) linkPattern = compilePattern(source.linkPattern);
    if (source.contentSelector?.trim()) checkSelector(source.contentSelector.trim());
  } catch (error) {
    report(source.url, error);
    return { entries: [], errors };
  }
  const maxItems =
    source.maxItems !== undefined && Number.isFinite(source.maxItems) && source.maxItems >= 1
      ? Math.floor(source.maxItems)
      : DEFAULT_MAX_ITEMS;
  const contentSelector = source.contentSelector?.trim() || null;
  const now = options.now ?? (() => new Date());
  const fetcher = new PoliteFetcher(
    {
      fetchImpl: options.fetchImpl ?? fetch,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    },
    options.maxCrawlDelayMs ?? DEFAULT_MAX_CRAWL_DELAY_MS,
  );

  // 1. The list page or feed.
  let candidates: Candidate[];
  try {
    const page = await fetcher.fetchPage(sourceUrl);
    if (source.kind === 'feed') {
      const feed = parseFeed(page.text, page.url);
      for (const problem of feed.problems) errors.push({ url: sourceUrl, code: 'CRAWL_PARSE_FAILED', message: problem });
      candidates = feed.items;
    } else {
      candidates = extractListLinks(page.text, page.url, { linkPattern, now: now() }).map((link) => ({
        ...link,
        summary: null,
        bodyHtml: null,
      }));
    }
  } catch (error) {
    report(sourceUrl, error);
    return { entries: [], errors };
  }

  // 2. New items only, first maxItems in page order (lists and feeds put the newest first, and
  // whatever is left over is picked up by the next run).
  candidates = uniqueBy(candidates, (candidate) => candidate.url);
  if (options.knownUrls && candidates.length > 0) {
    const known = await options.knownUrls(candidates.map((candidate) => candidate.url));
    candidates = candidates.filter((candidate) => !known.has(candidate.url));
  }
  candidates = candidates.slice(0, maxItems);

  // 3. Item pages, one at a time (PoliteFetcher keeps the crawl delay), and hash dedup.
  const entries: CrawledEntry[] = [];
  const seenHashes = new Set<string>();
  for (const candidate of candidates) {
    let entry: Omit<CrawledEntry, 'contentHash'>;
    try {
      entry = candidate.bodyHtml !== null ? candidate : await completeFromPage(candidate, fetcher, contentSelector);
    } catch (error) {
      report(candidate.url, error);
      continue;
    }
    if (!entry.title) {
      errors.push({ url: candidate.url, code: 'CRAWL_PARSE_FAILED', message: `找不到文章标题：${candidate.url}` });
      continue;
    }
    const hash = contentHash(entry.title, entry.bodyHtml);
    if (seenHashes.has(hash)) continue; // the same article under a second URL
    seenHashes.add(hash);
    entries.push({ ...entry, contentHash: hash });
  }
  return { entries, errors };
}

async function completeFromPage(
  candidate: Candidate,
  fetcher: PoliteFetcher,
  contentSelector: string | null,
): Promise<Omit<CrawledEntry, 'contentHash'>> {
  const page = await fetcher.fetchPage(candidate.url);
  const article = extractArticle(page.text, page.url, { contentSelector, knownTitle: candidate.title || null });
  return {
    url: candidate.url,
    title: article.title ?? '',
    // The page's PubDate meta is what its CMS recorded; a date the list or feed shows comes next;
    // a date found by its label in the page text last.
    publishedAt: article.publishedAt ?? candidate.publishedAt ?? article.labelledDate,
    summary: candidate.summary ?? article.summary,
    bodyHtml: article.bodyHtml,
  };
}

function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw new CrawlError('CRAWL_BAD_CONFIG', `链接规则不是有效的正则表达式：${pattern}`);
  }
}

function checkSelector(selector: string): void {
  try {
    cheerio.load('')(selector);
  } catch {
    throw new CrawlError('CRAWL_BAD_CONFIG', `正文选择器写法不正确：${selector}`);
  }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toIssue(url: string, error: unknown): CrawlIssue {
  if (error instanceof CrawlError) {
    return error.status !== undefined
      ? { url, code: error.code, message: error.message, status: error.status }
      : { url, code: error.code, message: error.message };
  }
  // A bug in a parser must not end the run either; the message keeps the cause for the log.
  const detail = error instanceof Error ? error.message : String(error);
  return { url, code: 'CRAWL_PARSE_FAILED', message: `${crawlErrorMessages.CRAWL_PARSE_FAILED}（${detail}）：${url}` };
}
