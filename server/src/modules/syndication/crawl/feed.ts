import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { collapseWhitespace, htmlToText } from './content-hash.js';
import { parseDate } from './dates.js';
import { CrawlError } from './errors.js';
import { tryNormaliseUrl } from './url.js';

export interface FeedItem {
  url: string;
  title: string;
  publishedAt: string | null;
  summary: string | null;
  /** Null when the feed carries no body: the item page must be fetched. */
  bodyHtml: string | null;
}

export interface ParsedFeed {
  items: FeedItem[];
  /** Messages about items that could not be used (no usable link). */
  problems: string[];
}

type Node = unknown;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false, // a title like "2024" stays a string
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content may be inline XHTML, which the object tree cannot hold in order; keep it raw.
  stopNodes: ['feed.entry.content'],
});

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, links resolved against `feedUrl`.
 * RSS: body = content:encoded, else description (many Chinese CMSs put the full text there),
 * summary = description when content:encoded is present. Atom: body = content, summary = summary;
 * an entry with only a summary has no body, so its page is fetched.
 * Throws CrawlError CRAWL_PARSE_FAILED when the document is not a feed.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let doc: Record<string, Node>;
  try {
    doc = parser.parse(xml) as Record<string, Node>;
  } catch (error) {
    throw new CrawlError('CRAWL_PARSE_FAILED', `订阅源不是有效的 XML（${(error as Error).message}）：${feedUrl}`);
  }
  const rss = asRecord(doc['rss']);
  const rdf = asRecord(doc['rdf:RDF']);
  const atom = asRecord(doc['feed']);
  const problems: string[] = [];
  let items: Array<FeedItem | null>;
  if (rss) {
    items = asArray(asRecord(rss['channel'])?.['item']).map((item) => rssItem(item, feedUrl, problems));
  } else if (rdf) {
    items = asArray(rdf['item']).map((item) => rssItem(item, feedUrl, problems));
  } else if (atom) {
    items = asArray(atom['entry']).map((entry) => atomEntry(entry, feedUrl, problems));
  } else {
    throw new CrawlError('CRAWL_PARSE_FAILED', `不是 RSS 或 Atom 订阅源：${feedUrl}`);
  }
  return { items: items.filter((item): item is FeedItem => item !== null), problems };
}

function rssItem(node: Node, feedUrl: string, problems: string[]): FeedItem | null {
  const item = asRecord(node) ?? {};
  const guid = item['guid'];
  const guidIsLink = asRecord(guid)?.['@_isPermaLink'] !== 'false';
  const link = firstText(item['link']) ?? (guidIsLink ? textOf(guid) : null);
  const title = plainTitle(textOf(item['title']));
  const url = link ? tryNormaliseUrl(link, feedUrl) : null;
  if (!url) {
    problems.push(`订阅源中的条目“${title || '（无标题）'}”没有可用的链接`);
    return null;
  }
  const encoded = nonEmpty(textOf(item['content:encoded']));
  const description = nonEmpty(textOf(item['description']));
  return {
    url,
    title,
    publishedAt: parseDate(textOf(item['pubDate']) ?? textOf(item['dc:date'])),
    summary: encoded && description ? nonEmpty(htmlToText(description)) : null,
    bodyHtml: encoded ?? description,
  };
}

function atomEntry(node: Node, feedUrl: string, problems: string[]): FeedItem | null {
  const entry = asRecord(node) ?? {};
  const links = asArray(entry['link']).map((link) => asRecord(link) ?? {});
  const alternate = links.find((link) => !link['@_rel'] || link['@_rel'] === 'alternate') ?? links[0];
  const href = textOf(alternate?.['@_href']);
  const title = plainTitle(textOf(entry['title']), textOf(asRecord(entry['title'])?.['@_type']));
  const url = href ? tryNormaliseUrl(href, feedUrl) : null;
  if (!url) {
    problems.push(`订阅源中的条目“${title || '（无标题）'}”没有可用的链接`);
    return null;
  }
  const summary = textOf(entry['summary']);
  return {
    url,
    title,
    publishedAt: parseDate(textOf(entry['published']) ?? textOf(entry['updated'])),
    summary: summary ? nonEmpty(htmlToText(summary)) : null,
    bodyHtml: atomContent(entry['content']),
  };
}

/** Body HTML of an Atom <content> kept raw by the parser (see stopNodes). */
function atomContent(node: Node): string | null {
  const record = asRecord(node);
  const raw = record ? textOf(record['#text']) : textOf(node);
  if (!raw) return null;
  if (record?.['@_src']) return null; // out-of-line content: fetch the page
  if (record?.['@_type'] === 'xhtml') {
    // Inline XHTML is markup already, wrapped in one <div> that is not part of the content.
    // Cut the wrapper as text: re-serialising through an XML DOM would turn every Chinese
    // character into a numeric entity.
    const wrapped = /^\s*<div\b[^>]*>([\s\S]*)<\/div>\s*$/.exec(raw);
    return nonEmpty(wrapped ? wrapped[1] : raw);
  }
  // type="html" (escaped markup or CDATA) and type="text" both read as the decoded text.
  return nonEmpty(cheerio.load(raw, { xml: true }).root().text());
}

function plainTitle(title: string | null, type?: string | null): string {
  if (!title) return '';
  return type === 'html' || type === 'xhtml' ? htmlToText(title) : collapseWhitespace(title);
}

function textOf(node: Node): string | null {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.length > 0 ? textOf(node[0]) : null;
  const record = asRecord(node);
  return record ? textOf(record['#text']) : null;
}

function firstText(node: Node): string | null {
  for (const value of asArray(node)) {
    const text = nonEmpty(textOf(value));
    if (text) return text;
  }
  return null;
}

function nonEmpty(text: string | null | undefined): string | null {
  return text && text.trim() !== '' ? text.trim() : null;
}

function asRecord(node: Node): Record<string, Node> | null {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, Node>) : null;
}

function asArray(node: Node): Node[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}
