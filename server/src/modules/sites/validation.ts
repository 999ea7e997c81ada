import type { ErrorDetail } from '../../kernel/index.js';

/**
 * Pure field rules of the site registry and the column tree. The use cases call these (not the
 * HTTP schemas) so that the CLI and the API reject the same input with the same error codes.
 * Every function returns the problems found as `{path, message}` details, empty when valid.
 */

export const siteCodePattern = /^[a-z][a-z0-9-]{1,31}$/;
export const columnSlugPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * 网站标识码 (STANDARDS §2): 10 characters. Local government sites: 6-digit administrative
 * division code + 4-digit serial; department sites: `bm` + 8 digits. Checked by pattern only: the
 * national registry is the authority on which codes exist.
 */
export const identifierCodePattern = /^(?:\d{10}|bm\d{8})$/;

/** ICP备案号, loosely: province abbreviation + ICP备 + digits + 号, optionally -n for a sub-site. */
export const icpNumberPattern = /^\p{Script=Han}ICP备\d{6,12}号(?:-\d{1,4})?$/u;

/** 公安机关备案号, loosely: province abbreviation + 公网安备 + digits + 号. */
export const psbNumberPattern = /^\p{Script=Han}公网安备\d{10,16}号$/u;

/**
 * Paths the platform uses itself at the root of a site's URL space; a column slug may not take
 * them, since column pages live at `<site base>/<slug>/`.
 */
export const reservedColumnSlugs = new Set(['admin', 'api', 'assets', 'feed', 'search', 'sitemap', 'sites', 'static']);

export function validateSiteCode(code: string, path = 'code'): ErrorDetail[] {
  return siteCodePattern.test(code) ? [] : [{ path, message: '网站代码须以小写字母开头，由2至32位小写字母、数字或连字符组成' }];
}

export function validateIdentifierCode(value: string, path = 'identifierCode'): ErrorDetail[] {
  if (identifierCodePattern.test(value)) return [];
  return [{ path, message: '网站标识码应为10位：地方网站为6位行政区划代码加4位顺序号，部门网站为“bm”加8位数字' }];
}

/** Filing numbers are stored without whitespace: people copy them with stray spaces. */
export function normalizeFiling(value: string): string {
  return value.replace(/\s+/g, '');
}

export function validateIcpNumber(value: string, path = 'icpNumber'): ErrorDetail[] {
  return icpNumberPattern.test(value) ? [] : [{ path, message: 'ICP备案号格式应如“京ICP备05070218号”或“京ICP备05070218号-1”' }];
}

export function validatePsbNumber(value: string, path = 'psbNumber'): ErrorDetail[] {
  return psbNumberPattern.test(value) ? [] : [{ path, message: '公安机关备案号格式应如“京公网安备11010502030143号”' }];
}

/** Lower-cases and trims a hostname and drops a trailing dot, the form stored and matched. */
export function normalizeHostname(raw: string): string {
  return raw.trim().toLowerCase().replace(/\.$/, '');
}

const asciiLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const unicodeLabel = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * True for hosts that only exist on a developer's or tester's machine or an intranet staging
 * server: `localhost`, `*.localhost` (RFC 6761 reserves it for loopback) and IPv4 literals. These
 * are allowed so a platform can be tried before its .gov.cn domains are delegated.
 */
export function isDevelopmentHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (host.endsWith('.localhost'))
    return host
      .slice(0, -'.localhost'.length)
      .split('.')
      .every((l) => asciiLabel.test(l));
  return ipv4.test(host);
}

/**
 * A government site's domain must end in `.gov.cn` or `.政务` (STANDARDS §2), with at least one
 * label of its own before the suffix; development hosts (see isDevelopmentHost) are also accepted.
 * `host` must already be normalised.
 */
export function validateDomain(host: string, path: string): ErrorDetail[] {
  if (!host) return [{ path, message: '域名不能为空' }];
  if (/[:/\s@]/.test(host)) return [{ path, message: '只填写域名，不要包含协议、端口或路径' }];
  if (host.length > 253) return [{ path, message: '域名过长' }];
  if (isDevelopmentHost(host)) return [];
  const labels = host.split('.');
  if (host.endsWith('.gov.cn')) {
    const own = labels.slice(0, -2);
    if (own.length >= 1 && own.every((l) => asciiLabel.test(l))) return [];
    return [{ path, message: '域名格式不正确' }];
  }
  if (host.endsWith('.政务')) {
    const own = labels.slice(0, -1);
    if (own.length >= 1 && own.every((l) => unicodeLabel.test(l))) return [];
    return [{ path, message: '域名格式不正确' }];
  }
  return [{ path, message: '政府网站只能使用以 .gov.cn 或 .政务 结尾的域名' }];
}

/** Normalises and checks a list of domains: each valid, none repeated within the list. */
export function normalizeDomains(raw: string[], path = 'domains'): { domains: string[]; problems: ErrorDetail[] } {
  const domains = raw.map(normalizeHostname);
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  domains.forEach((host, i) => {
    problems.push(...validateDomain(host, `${path}.${i}`));
    if (seen.has(host)) problems.push({ path: `${path}.${i}`, message: '域名重复' });
    seen.add(host);
  });
  return { domains, problems };
}

export function validateColumnSlug(slug: string, path = 'slug'): ErrorDetail[] {
  if (!columnSlugPattern.test(slug)) return [{ path, message: '栏目标识须由小写字母、数字或连字符组成，以字母或数字开头，最长64位' }];
  if (reservedColumnSlugs.has(slug)) return [{ path, message: `“${slug}”是平台保留的路径，不能用作栏目标识` }];
  return [];
}

/** A link column points at an absolute http(s) URL or at a path on the same host. */
export function validateLinkUrl(url: string, path = 'linkUrl'): ErrorDetail[] {
  if (url.startsWith('/') && !url.startsWith('//') && !/\s/.test(url)) return [];
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return [];
  } catch {
    // fall through
  }
  return [{ path, message: '链接地址须为 http(s):// 开头的网址或以 / 开头的站内路径' }];
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function validateEmail(value: string, path: string): ErrorDetail[] {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? [] : [{ path, message: '电子邮箱格式不正确' }];
}

export function validatePhone(value: string, path: string): ErrorDetail[] {
  // Hotlines, extensions and several numbers are common ("0871-12345678 转 8001；12345").
  return /^[0-9+\-()（）、；;,， 转]{3,60}$/.test(value) && /\d{3}/.test(value) ? [] : [{ path, message: '联系电话格式不正确' }];
}

export function validatePostcode(value: string, path: string): ErrorDetail[] {
  return /^\d{6}$/.test(value) ? [] : [{ path, message: '邮政编码应为6位数字' }];
}
