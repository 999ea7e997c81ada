import { CrawlError } from './errors.js';

/**
 * Absolute, canonical form of a link, used as the dedup key: resolved against `base`, http/https
 * only, fragment dropped, `utm_*` tracking parameters removed. The rest of the query keeps its
 * original spelling and order, because many government CMSs route on exact query strings.
 * Throws CrawlError CRAWL_BAD_URL.
 */
export function normaliseUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    throw new CrawlError('CRAWL_BAD_URL', `地址不正确：${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CrawlError('CRAWL_BAD_URL', `只能抓取 http 或 https 地址：${url}`);
  }
  parsed.hash = '';
  if (parsed.search) {
    const kept = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTrackingParam(pair));
    parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  }
  return parsed.href;
}

function isTrackingParam(pair: string): boolean {
  const rawKey = pair.split('=', 1)[0] ?? '';
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    // keep the raw key: a malformed escape is not a tracking parameter
  }
  return key.toLowerCase().startsWith('utm_');
}

/** Normalised URL, or null when `url` is not a usable http(s) link. */
export function tryNormaliseUrl(url: string, base?: string): string | null {
  try {
    return normaliseUrl(url, base);
  } catch {
    return null;
  }
}
