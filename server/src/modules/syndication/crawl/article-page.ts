import * as cheerio from 'cheerio';
import { collapseWhitespace } from './content-hash.js';
import { findLabelledDate, parseDate } from './dates.js';
import { CrawlError } from './errors.js';
import { tryNormaliseUrl } from './url.js';

export interface ArticlePage {
  title: string | null;
  /** From `<meta name="PubDate">` or `article:published_time`. */
  publishedAt: string | null;
  /** A labelled date in the page text (`发布时间：2024-03-15`): weaker than a list or feed date. */
  labelledDate: string | null;
  summary: string | null;
  bodyHtml: string | null;
}

export interface ArticlePageOptions {
  contentSelector: string | null;
  /** The title the list page or feed gave, possibly truncated ("…"). */
  knownTitle: string | null;
}

/**
 * Body containers of the CMSs Chinese government sites run on (TRS, 开普云/UCAP, the `zoom` font
 * switcher of many templates), then generic ones. The first with real text wins; otherwise the
 * densest text block.
 */
const BODY_SELECTORS = ['.TRS_Editor', '#UCAP-CONTENT', '#zoom', '.zoom', 'article', '.article', '.article-content', '#content'];
/** Characters (whitespace not counted) a container needs to count as the body: a short notice is real. */
const MIN_BODY_TEXT = 10;

type AnyNode = Parameters<typeof cheerio.contains>[1];
type Selection = cheerio.Cheerio<AnyNode>;

/**
 * Title, date, summary and body of an article page.
 * Title: `<meta name="ArticleTitle">` (the national government-site meta tags), else — when the
 * known title is cut short — the `<h1>` or `<title>` it begins, else the known title, else
 * `<h1>`, else `<title>`. A page's own `<h1>` is often the site name, so it does not override a
 * complete known title. Dates: `<meta name="PubDate">` or `article:published_time`, and apart a
 * labelled date (`发布时间：2024-03-15`) in the page text.
 * Summary: `<meta name="Description">`. Body: inner HTML of `contentSelector` or of the heuristic
 * container, with relative `src`/`href` made absolute so it still works once copied.
 * Throws CrawlError CRAWL_PARSE_FAILED when a configured contentSelector matches nothing (the
 * site's template has probably changed, which an operator should hear about).
 */
export function extractArticle(html: string, pageUrl: string, options: ArticlePageOptions): ArticlePage {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && tryNormaliseUrl(baseHref, pageUrl)) || pageUrl;

  const meta = (name: string): string | null => {
    const element = $('meta').filter((_, el) => {
      const key = $(el).attr('name') ?? $(el).attr('property') ?? '';
      return key.toLowerCase() === name.toLowerCase();
    });
    const content = collapseWhitespace(element.first().attr('content') ?? '');
    return content === '' ? null : content;
  };

  let body: Selection | null = null;
  if (options.contentSelector) {
    let matched: Selection;
    try {
      matched = $(options.contentSelector).first();
    } catch {
      throw new CrawlError('CRAWL_BAD_CONFIG', `正文选择器写法不正确：${options.contentSelector}`);
    }
    if (matched.length === 0) {
      throw new CrawlError('CRAWL_PARSE_FAILED', `页面中找不到正文（选择器 ${options.contentSelector}）：${pageUrl}`);
    }
    body = matched;
  } else {
    body = findBody($);
  }

  let bodyHtml: string | null = null;
  if (body) {
    absolutiseLinks($, body, base);
    bodyHtml = body.html()?.trim() || null;
  }

  return {
    title: chooseTitle($, meta('ArticleTitle'), options.knownTitle),
    publishedAt: parseDate(meta('PubDate')) ?? parseDate(meta('article:published_time')),
    labelledDate: findLabelledDate(collapseWhitespace($('body').text())),
    summary: meta('Description'),
    bodyHtml,
  };
}

function chooseTitle($: cheerio.CheerioAPI, articleTitle: string | null, knownTitle: string | null): string | null {
  if (articleTitle) return articleTitle;
  const h1 = collapseWhitespace($('h1').first().text()) || null;
  const pageTitle = collapseWhitespace($('title').first().text()) || null;
  const known = knownTitle ? collapseWhitespace(knownTitle) : '';
  const truncated = /(?:\.{2,}|…+)$/.exec(known);
  if (known && truncated) {
    const prefix = known.slice(0, truncated.index).trim();
    const full = [h1, pageTitle].find((candidate) => candidate && prefix && candidate.startsWith(prefix));
    if (full) return full;
  }
  return known || h1 || pageTitle;
}

function findBody($: cheerio.CheerioAPI): Selection | null {
  for (const selector of BODY_SELECTORS) {
    const element = $(selector).first();
    if (element.length > 0 && visibleTextLength(element) >= MIN_BODY_TEXT) return element;
  }
  return densestBlock($);
}

/**
 * The element holding the most paragraph text directly (its own text nodes and child `<p>`-like
 * elements, link text excluded): the article body in a page that is mostly navigation.
 */
function densestBlock($: cheerio.CheerioAPI): Selection | null {
  let best: Selection | null = null;
  let bestScore = MIN_BODY_TEXT - 1;
  $('body')
    .find('div, td, section, article, main')
    .each((_, element) => {
      const block = $(element);
      let score = 0;
      block.contents().each((_, child) => {
        if (child.type === 'text') {
          score += textLength($(child).text());
        } else if (child.type === 'tag' && /^(?:p|span|font|strong|b|em|h[2-6]|blockquote|pre)$/.test(child.name)) {
          const paragraph = $(child);
          score += visibleTextLength(paragraph) - textLength(paragraph.find('a').text());
        }
      });
      if (score > bestScore) {
        best = block;
        bestScore = score;
      }
    });
  return best;
}

function visibleTextLength(element: Selection): number {
  const clone = element.clone();
  clone.find('script, style, noscript').remove();
  return textLength(clone.text());
}

function textLength(text: string): number {
  return text.replace(/[\s\u00a0\u3000]+/g, '').length;
}

function absolutiseLinks($: cheerio.CheerioAPI, body: Selection, base: string): void {
  body.find('[src], [href]').each((_, element) => {
    const node = $(element);
    for (const attribute of ['src', 'href'] as const) {
      const value = node.attr(attribute)?.trim();
      if (!value || value.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(value)) continue;
      try {
        node.attr(attribute, new URL(value, base).href);
      } catch {
        // leave an unparseable reference as it was; the sanitiser decides what to keep
      }
    }
  });
}
