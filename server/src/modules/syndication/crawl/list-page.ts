import * as cheerio from 'cheerio';
import { collapseWhitespace } from './content-hash.js';
import { findDate, findShortDate } from './dates.js';
import { tryNormaliseUrl } from './url.js';

export interface ListLink {
  url: string;
  title: string;
  publishedAt: string | null;
}

export interface ListPageOptions {
  /** Only links whose absolute URL matches; null → the article-link heuristic below. */
  linkPattern: RegExp | null;
  now: Date;
}

/** Downloads, images and media: never article pages. */
const FILE_EXTENSION =
  /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|gz|tar|jpe?g|png|gif|bmp|webp|svg|mp[34]|avi|mov|wmv|flv|exe|apk|txt|xml|rss)$/i;
/** Column front pages and their pagination: `index.html`, `index_2.html`, `list_3.shtml`, `default.aspx`. */
const LIST_PAGE_NAME = /^(?:index|default|list|more)(?:[_-]\d+)?(?:\.\w+)?$/i;
const MIN_TITLE_LENGTH = 4;

type AnyNode = Parameters<typeof cheerio.contains>[1];
type Selection = cheerio.Cheerio<AnyNode>;

/**
 * The article links of a column list page, in page order, deduplicated by normalised URL.
 * Without a linkPattern a link counts as an article when it stays on the list page's origin, is
 * not a download or a list page itself, has a run of three or more digits in its path or query
 * (government CMSs number their articles: `t20240315_123456.html`, `art_1229_8876.html`,
 * `content?id=512`), and has a title of at least four characters (which drops 首页, 更多 and page
 * numbers). The title is the link text, or its `title` attribute when that is longer (lists
 * truncate titles with "…"). The date is one written beside the link, in the nearest enclosing
 * element that holds no other link.
 */
export function extractListLinks(html: string, pageUrl: string, options: ListPageOptions): ListLink[] {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && tryNormaliseUrl(baseHref, pageUrl)) || pageUrl;
  const pageOrigin = new URL(pageUrl).origin;

  const links = new Map<string, ListLink>();
  $('a[href]').each((_, element) => {
    const a = $(element);
    const href = a.attr('href')?.trim() ?? '';
    if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(href)) return;
    const url = tryNormaliseUrl(href, base);
    if (!url) return;

    const title = linkTitle(a.text(), a.attr('title'));
    if (options.linkPattern) {
      if (!options.linkPattern.test(url)) return;
    } else if (!looksLikeArticle(url, pageUrl, pageOrigin, title)) {
      return;
    }

    const existing = links.get(url);
    if (existing) {
      // The same article is often linked twice (thumbnail and text): keep the first position,
      // the fuller title and any date.
      if (title.length > existing.title.length) existing.title = title;
      existing.publishedAt ??= dateNear(a, options.now);
      return;
    }
    links.set(url, { url, title, publishedAt: dateNear(a, options.now) });
  });
  return [...links.values()];
}

function linkTitle(text: string, titleAttribute: string | undefined): string {
  const fromText = collapseWhitespace(text);
  const fromAttribute = collapseWhitespace(titleAttribute ?? '');
  const visible = fromText.replace(/(?:\.{2,}|…+)$/, '');
  return fromAttribute.length > visible.length ? fromAttribute : fromText;
}

function looksLikeArticle(url: string, pageUrl: string, pageOrigin: string, title: string): boolean {
  const parsed = new URL(url);
  if (parsed.origin !== pageOrigin || url === pageUrl) return false;
  if (title.length < MIN_TITLE_LENGTH) return false;
  const lastSegment = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
  if (FILE_EXTENSION.test(lastSegment)) return false;
  if (lastSegment === '' || LIST_PAGE_NAME.test(lastSegment)) return false;
  return /\d{3,}/.test(lastSegment) || /\d{3,}/.test(parsed.search) || /\/\d{3,}\//.test(parsed.pathname);
}

/** A date written next to the link: in the nearest ancestors (up to three) holding no other link. */
function dateNear(link: Selection, now: Date): string | null {
  const linkText = collapseWhitespace(link.text());
  let current: Selection = link;
  for (let depth = 0; depth < 3; depth++) {
    const parent = current.parent();
    if (parent.length === 0 || parent.is('body, html')) break;
    if (parent.find('a[href]').length > 1) break;
    // The title itself may contain a date ("关于2024年3月15日停水的通知"): look only beside it.
    const beside = collapseWhitespace(parent.text()).replace(linkText, ' ').trim();
    const date = findDate(beside) ?? findShortDate(beside, now);
    if (date) return date;
    current = parent;
  }
  return null;
}
