import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';

/** Plain text of an HTML fragment: scripts and styles dropped, whitespace collapsed. */
export function htmlToText(html: string): string {
  const $ = cheerio.load(html, null, false);
  $('script, style, noscript, template').remove();
  return collapseWhitespace($.root().text());
}

/** Collapses runs of whitespace, including the ideographic space U+3000 and &nbsp;. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/**
 * sha256 (hex) of an article's normalised plain text: title and body text, NFKC-normalised, with
 * all whitespace removed. Markup, attributes and layout do not count, so the same article
 * re-published at another URL or by another CMS hashes the same. Whitespace is removed rather
 * than collapsed because Chinese text has no word spaces: two copies differ mostly in how their
 * paragraphs are laid out (`<p>a</p><p>b</p>` versus `<p>a</p>\n<p>b</p>`).
 */
export function contentHash(title: string, bodyHtml: string | null): string {
  const strip = (text: string) => text.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  const body = bodyHtml ? strip(htmlToText(bodyHtml)) : '';
  return createHash('sha256')
    .update(`${strip(title)}\n${body}`, 'utf8')
    .digest('hex');
}
