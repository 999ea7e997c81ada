import * as OpenCC from 'opencc-js';

/*
 * Traditional Chinese is not published: `/zh-tw/<path>` serves the simplified file converted on
 * request (serve.ts caches the result by the source file's ETag). These are the pure parts.
 */

let converter: ((text: string) => string) | null = null;

/** Simplified → traditional (Taiwan standard characters). The dictionaries load once, lazily (~0.1 s). */
export function toTraditional(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

/** Published text files that have a traditional variant; everything else under /zh-tw/ is the original. */
export type ConvertibleKind = 'html' | 'xml' | 'txt';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (ch) => escapes[ch]!);

// Addresses must survive the conversion unchanged: an attachment named 政府网站.pdf is still
// files/12/政府网站.pdf in the traditional page. Such values are swapped for placeholders made of
// private-use characters (which OpenCC leaves alone) and put back afterwards.
const addressAttribute = /(\s(?:href|src|srcset|action|poster|data-src|cite)=)("[^"]*"|'[^']*')/gi;
const addressElement = /(<(loc|link|guid|id|uri)>)([^<]*)(<\/\2>)/gi;
const placeholder = /\uE000(\d+)\uE001/g;

function convertKeepingAddresses(source: string, kind: ConvertibleKind): string {
  if (kind === 'txt') return toTraditional(source);
  const kept: string[] = [];
  const keep = (value: string) => {
    // ASCII is never changed by OpenCC: only values with Chinese in them need protecting.
    if (!/[^\p{ASCII}]/u.test(value)) return value;
    kept.push(value);
    return `\uE000${kept.length - 1}\uE001`;
  };
  let text = source.replace(addressAttribute, (_m, name: string, value: string) => name + keep(value));
  if (kind === 'xml')
    text = text.replace(addressElement, (_m, open: string, _tag: string, value: string, close: string) => open + keep(value) + close);
  const converted = toTraditional(text);
  return kept.length ? converted.replace(placeholder, (_m, i: string) => kept[Number(i)] ?? '') : converted;
}

/** Sets (value string) or removes (null) one attribute of a start tag. */
function setAttribute(tag: string, name: string, value: string | null): string {
  const pattern = new RegExp(`\\s${name}=("[^"]*"|'[^']*'|[^\\s>]*)`, 'i');
  const without = tag.replace(pattern, '');
  if (value === null) return without;
  return without.replace(/\s*(\/?)>$/, ` ${name}="${escapeAttribute(value)}"$1>`);
}

function attributeValue(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? '') : null;
}

/**
 * The traditional variant of a published page.
 * - text converted with OpenCC cn → tw, addresses (href, src, sitemap `<loc>` …) left as they are;
 * - `<html lang="zh-CN">` → `zh-TW` (also RSS `<language>`, Atom `xml:lang`, `og:locale`);
 * - the language switch: the anchor `data-variant="zh-CN"` links to `simplifiedUrl` (the page's
 *   absolute path without /zh-tw), the anchor `data-variant="zh-TW"` to `traditionalUrl` and is the
 *   current one (`aria-current`). Both are absolute paths because relative links in a page under
 *   /zh-tw/ would stay under /zh-tw/.
 */
export function convertPage(
  source: string,
  options: { kind: ConvertibleKind; simplifiedUrl: string; traditionalUrl: string; englishUrl?: string },
): string {
  let text = convertKeepingAddresses(source, options.kind);
  if (options.kind === 'txt') return text;
  text = text
    .replace(/(<html\b[^>]*?\slang=["'])zh-CN(["'])/i, '$1zh-TW$2')
    .replace(/(\sxml:lang=["'])zh-CN(["'])/gi, '$1zh-TW$2')
    .replace(/<language>zh-cn<\/language>/gi, '<language>zh-TW</language>')
    .replace(/(<meta\s+property="og:locale"\s+content=")zh_CN(")/i, '$1zh_TW$2');
  if (options.kind !== 'html') return text;
  let currentValue = 'true';
  // The simplified page marks its zh-CN anchor current; keep its aria-current value for the zh-TW one.
  text.replace(/<a\b[^>]*\sdata-variant=["']zh-CN["'][^>]*>/gi, (tag) => {
    currentValue = attributeValue(tag, 'aria-current') ?? currentValue;
    return tag;
  });
  return text.replace(/<a\b[^>]*\sdata-variant=["'](zh-CN|zh-TW|en)["'][^>]*>/gi, (tag, variant: string) =>
    variant.toLowerCase() === 'zh-cn'
      ? setAttribute(setAttribute(tag, 'href', options.simplifiedUrl), 'aria-current', null)
      : variant.toLowerCase() === 'en'
        ? options.englishUrl
          ? setAttribute(setAttribute(tag, 'href', options.englishUrl), 'aria-current', null)
          : tag
        : setAttribute(setAttribute(tag, 'href', options.traditionalUrl), 'aria-current', currentValue),
  );
}
