import type { Column } from '../sites/index.js';
import { columnKindLabels } from '../sites/index.js';
import {
  findContentType,
  topicValues,
  validityLabels,
  type LiveEntry,
  type LiveItem,
  type LiveRelated,
  type Placement,
} from '../library/index.js';
import {
  ancestorsOf,
  columnDir,
  columnLanguage,
  columnUrl,
  formatDate,
  formatTime,
  homePath,
  itemPagePath,
  labels,
  listPagePath,
  navFor,
  pageSize,
  rootOf,
  siteView,
  topAncestor,
  type SiteContext,
} from './site-context.js';
import type {
  AttachmentLink,
  ColumnView,
  EntryView,
  HomeBlock,
  HomeView,
  ItemView,
  LinkView,
  MetadataRow,
  PageLanguage,
  PageView,
  PaginationView,
  RelatedLink,
} from './view-model.js';

/*
 * Page views: the plain objects templates render, built from a site context and live library
 * content, each with the dependencies (page graph) it was built from: 'i:<item>' for every item
 * it shows, 'c:<column>' for every column whose list it shows.
 */

export interface BuiltPage {
  path: string;
  kind: 'home' | 'list' | 'single' | 'item' | 'not_found';
  itemId: number | null;
  view: PageView;
  deps: string[];
}

/** Resolves an item's page on any site: relative on the same site, absolute on another. */
export type ItemLocator = (page: string, item: { id: number; createdAt: string; placements: Placement[] }) => string | null;

/** The column an item's page lives under on this site: its first visible placement here. */
export function primaryColumn(sc: SiteContext, placements: Placement[]): Column | null {
  for (const p of placements) {
    if (p.siteId !== sc.site.id) continue;
    const c = sc.byId.get(p.columnId);
    if (c && c.kind !== 'link') return c;
  }
  return null;
}

export function itemPathOn(sc: SiteContext, item: { id: number; createdAt: string; placements: Placement[] }): string | null {
  const column = primaryColumn(sc, item.placements);
  return column ? itemPagePath(column, item) : null;
}

const labelCache = new Map<PageLanguage, Record<string, string>>();

/** UI labels, one shared object per language (the renderer caches header and footer by identity). */
function t(lang: PageLanguage): Record<string, string> {
  let cached = labelCache.get(lang);
  if (!cached) labelCache.set(lang, (cached = labels(lang)));
  return cached;
}

const assetCache = new WeakMap<SiteContext, Map<string, PageView['assets']>>();

function assetsFor(sc: SiteContext, page: string): PageView['assets'] {
  const root = rootOf(page);
  let byRoot = assetCache.get(sc);
  if (!byRoot) assetCache.set(sc, (byRoot = new Map()));
  const cached = byRoot.get(root);
  if (cached) return cached;
  const v = `?v=${sc.assetVersion}`;
  const assets = {
    css: `${root}assets/site.css${v}`,
    toolbarJs: `${root}assets/toolbar.js${v}`,
    toolbarCss: `${root}assets/toolbar.css${v}`,
    printCss: `${root}assets/print.css${v}`,
  };
  byRoot.set(root, assets);
  return assets;
}

function columnView(sc: SiteContext, page: string, c: Column): ColumnView {
  const dir = rootOf(page) + columnDir(c);
  return {
    id: c.id,
    name: c.name,
    slug: c.slug,
    kind: c.kind,
    purpose: c.purpose,
    url: columnUrl(page, c),
    feedUrl: `${dir}rss.xml`,
    atomUrl: `${dir}atom.xml`,
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
  };
}

interface MetaInput {
  column?: Column;
  title?: string;
  pubDate?: string;
  source?: string;
  keywords?: string;
  author?: string;
  description?: string;
  image?: string;
  url: string;
}

function nationalMeta(sc: SiteContext, m: MetaInput): Array<{ name: string; content: string }> {
  const c = m.column;
  const pairs: Array<[string, string]> = [
    ['SiteName', sc.site.legalName],
    ['SiteDomain', sc.site.domains[0] ?? ''],
    ['SiteIDCode', sc.site.identifierCode ?? ''],
    ['ColumnName', c ? c.name : '首页'],
    ['ColumnDescription', c ? (c.description ?? c.purpose) : `${sc.site.legalName}首页`],
    ['ColumnKeywords', c ? c.keywords.join(',') : ''],
    ['ColumnType', c ? columnKindLabels[c.kind] : '首页'],
    ['ArticleTitle', m.title ?? ''],
    ['PubDate', m.pubDate ?? ''],
    ['ContentSource', m.source ?? ''],
    ['Keywords', m.keywords ?? ''],
    ['Author', m.author ?? ''],
    ['Description', m.description ?? ''],
    ['Image', m.image ?? ''],
    ['Url', m.url],
  ];
  return pairs.map(([name, content]) => ({ name, content }));
}

function basePage(
  sc: SiteContext,
  lang: PageLanguage,
  path: string,
  currentTop: Column | null,
): Omit<PageView, 'kind' | 'title' | 'description' | 'keywords' | 'image' | 'meta' | 'crumbs'> {
  const canonicalUrl = `${sc.canonicalBase}/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
  return {
    lang,
    t: t(lang),
    root: rootOf(path),
    path,
    canonicalUrl,
    isIndexable: sc.site.status === 'online',
    site: siteView(sc, lang, path),
    nav: navFor(sc, lang, path, currentTop?.id ?? null),
    errorReportUrl: `${siteView(sc, lang, path).errorReportBase}&url=${encodeURIComponent(canonicalUrl)}`,
    assets: assetsFor(sc, path),
  };
}

function crumbsFor(sc: SiteContext, lang: PageLanguage, page: string, column: Column | null, last?: string): LinkView[] {
  const home: LinkView = { name: t(lang).home ?? '首页', url: rootOf(page) + (lang === 'en' ? 'en/' : '') || './' };
  if (!column) return [home];
  const chain = [...ancestorsOf(sc, column), column];
  const crumbs = [home, ...chain.map((c) => ({ name: c.name, url: columnUrl(page, c) }))];
  if (last === undefined) crumbs[crumbs.length - 1] = { name: column.name, url: '' };
  else crumbs.push({ name: last, url: '' });
  return crumbs;
}

function typeLabel(type: string, lang: PageLanguage): string {
  return lang === 'en' ? (t(lang)[`type_${type}`] ?? type) : (findContentType(type)?.label ?? type);
}

function validityLabel(validity: string | null, lang: PageLanguage): string {
  if (!validity || validity === 'in_force') return '';
  return lang === 'en'
    ? (t(lang)[`validity_${validity}`] ?? validity)
    : (validityLabels[validity as keyof typeof validityLabels] ?? validity);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** A list row. `url` is null when the item has no page on this site (then it is skipped). */
export function entryView(
  sc: SiteContext,
  page: string,
  e: LiveEntry,
  placements: Placement[],
  lang: PageLanguage,
  images: Map<number, { path: string; alt: string }>,
): EntryView | null {
  const target = itemPathOn(sc, { id: e.itemId, createdAt: e.createdAt, placements });
  if (!target) return null;
  const meta = e.content.metadata ?? {};
  const imageId = Number(meta.coverImageId ?? meta.photoId ?? 0);
  const image = imageId ? images.get(imageId) : undefined;
  return {
    id: e.itemId,
    title: e.title,
    url: rootOf(page) + target,
    publishedAt: formatTime(e.publishedAt),
    date: formatDate(e.publishedAt),
    type: e.type,
    typeLabel: typeLabel(e.type, lang),
    summary: e.content.summary ?? '',
    isPinned: e.isPinned,
    docNo: str(meta.docNo),
    validityLabel: validityLabel(e.validity, lang),
    imageUrl: image ? rootOf(page) + image.path : '',
    imageAlt: image?.alt ?? '',
    source: e.isRepost ? (e.sourceName ?? '') : '',
  };
}

// ---- home -----------------------------------------------------------------------------------

/** Columns whose latest items the homepage lists: list columns of the language, in tree order. */
export function homeBlockColumns(sc: SiteContext, lang: PageLanguage): Column[] {
  return sc.columns.filter((c) => columnLanguage(c) === lang && c.kind === 'list');
}

export function buildHome(
  sc: SiteContext,
  lang: PageLanguage,
  blocks: Array<{ column: Column; entries: LiveEntry[] }>,
  placements: Map<number, Placement[]>,
  images: Map<number, { path: string; alt: string }>,
): BuiltPage {
  const path = homePath(lang);
  const base = basePage(sc, lang, path, null);
  const homeBlocks: HomeBlock[] = [];
  let headline: EntryView | null = null;
  // 要闻 and notices first, then documents and interpretations; people and yearly reports last.
  const order = ['news', 'notice', 'policy', 'interpretation', 'response'];
  const rank = (b: { entries: LiveEntry[] }) =>
    Math.min(order.length, ...b.entries.map((e) => (order.includes(e.type) ? order.indexOf(e.type) : order.length)));
  const ordered = [...blocks].sort((a, b) => rank(a) - rank(b));
  for (const b of ordered) {
    if (rank(b) >= 5 && homeBlocks.length >= 4) continue;
    const entries = b.entries
      .map((e) => entryView(sc, path, e, placements.get(e.itemId) ?? [], lang, images))
      .filter((e): e is EntryView => e !== null);
    if (!entries.length) continue;
    if (!headline) headline = entries.find((e) => e.type === 'news' && e.imageUrl) ?? null;
    if (homeBlocks.length < 8)
      homeBlocks.push({ key: b.column.slug, title: b.column.name, moreUrl: columnUrl(path, b.column), entries: entries.slice(0, 7) });
  }
  const mine = sc.columns.filter((c) => columnLanguage(c) === lang);
  const home: HomeView = {
    headline,
    blocks: homeBlocks,
    entryGroups: mine
      .filter((c) => c.parentId === null && c.kind === 'catalogue')
      .map((c) => ({
        key: c.slug,
        title: c.name,
        url: columnUrl(path, c),
        purpose: c.purpose,
        links: mine.filter((k) => k.parentId === c.id).map((k) => ({ name: k.name, url: columnUrl(path, k), purpose: k.purpose })),
      }))
      .filter((g) => g.links.length > 0),
    topics: mine.filter((c) => c.kind === 'topic').map((c) => columnView(sc, path, c)),
  };
  const description = `${sc.site.legalName}${lang === 'en' ? ' (English)' : '门户网站'}`;
  return {
    path,
    kind: 'home',
    itemId: null,
    deps: homeBlockColumns(sc, lang).map((c) => `c:${c.id}`),
    view: {
      ...base,
      kind: 'home',
      title: lang === 'en' ? `${sc.site.legalName} — English` : sc.site.legalName,
      description,
      keywords: '',
      image: '',
      meta: nationalMeta(sc, { url: base.canonicalUrl, description }),
      crumbs: [],
      home,
    },
  };
}

// ---- lists ----------------------------------------------------------------------------------

function pagination(column: Column, page: string, current: number, total: number): PaginationView {
  const url = (n: number) => rootOf(page) + (n === 1 ? columnDir(column) : listPagePath(column, n));
  return {
    current,
    total,
    // A window around the current page plus the first and last (the template shows ± 2 and a gap at 3):
    // listing every page on every page would cost O(pages²) for a long column.
    pages: [...new Set([1, ...Array.from({ length: 7 }, (_, i) => current - 3 + i), total])]
      .filter((n) => n >= 1 && n <= total)
      .sort((a, b) => a - b)
      .map((n) => ({ number: n, url: url(n), isCurrent: n === current })),
    prevUrl: current > 1 ? url(current - 1) : '',
    nextUrl: current < total ? url(current + 1) : '',
    firstUrl: url(1),
    lastUrl: url(total),
  };
}

function layoutOf(entries: LiveEntry[]): 'titles' | 'documents' | 'people' | 'cards' {
  const types = new Set(entries.map((e) => e.type));
  if (types.size === 1 && types.has('leader')) return 'people';
  if (types.size === 1 && types.has('institution')) return 'cards';
  if (entries.some((e) => e.type === 'policy' || e.type === 'notice')) return 'documents';
  return 'titles';
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function buildListPage(
  sc: SiteContext,
  column: Column,
  pageNo: number,
  total: number,
  entries: LiveEntry[],
  children: Array<{ column: Column; entries: LiveEntry[] }>,
  placements: Map<number, Placement[]>,
  images: Map<number, { path: string; alt: string }>,
): BuiltPage {
  const lang = columnLanguage(column);
  const path = listPagePath(column, pageNo);
  const base = basePage(sc, lang, path, topAncestor(sc, column));
  const views = entries
    .map((e) => entryView(sc, path, e, placements.get(e.itemId) ?? [], lang, images))
    .filter((e): e is EntryView => e !== null);
  const description = column.description ?? column.purpose;
  return {
    path,
    kind: 'list',
    itemId: null,
    deps: [`c:${column.id}`, ...children.map((c) => `c:${c.column.id}`)],
    view: {
      ...base,
      kind: 'list',
      title: `${column.name}${pageNo > 1 ? ` (${pageNo})` : ''} - ${sc.site.legalName}`,
      description,
      keywords: column.keywords.join(','),
      image: '',
      meta: nationalMeta(sc, { column, url: base.canonicalUrl, description }),
      crumbs: crumbsFor(sc, lang, path, column),
      list: {
        column: columnView(sc, path, column),
        children: children.map((c) => ({
          column: columnView(sc, path, c.column),
          entries: c.entries
            .map((e) => entryView(sc, path, e, placements.get(e.itemId) ?? [], lang, images))
            .filter((e): e is EntryView => e !== null),
        })),
        entries: views,
        pagination: pagination(column, path, pageNo, pageCount(total)),
        layout: layoutOf(entries),
      },
    },
  };
}

// ---- items ----------------------------------------------------------------------------------

export function attachmentPath(a: { id: number; filename: string }): string {
  const dot = a.filename.lastIndexOf('.');
  const ext =
    dot > 0
      ? a.filename
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 8)
      : '';
  const stem =
    (dot > 0 ? a.filename.slice(0, dot) : a.filename)
      .replace(/[^A-Za-z0-9_\-\u4e00-\u9fa5]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'file';
  return `files/${a.id}/${stem}${ext ? `.${ext}` : ''}`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Points body images and links at the published copies of the item's attachments. */
function resolveBody(html: string, page: string, attachments: Map<number, string>): string {
  const root = rootOf(page);
  return html
    .replace(/<img\b[^>]*>/g, (tag) => {
      const id = /data-attachment-id="(\d+)"/.exec(tag)?.[1];
      const file = id ? attachments.get(Number(id)) : undefined;
      return file ? tag.replace(/\ssrc="[^"]*"/, ` src="${root}${file}"`) : tag;
    })
    .replace(/href="\/api\/admin\/library\/attachments\/(\d+)\/content"/g, (whole, id: string) => {
      const file = attachments.get(Number(id));
      return file ? `href="${root}${file}"` : whole;
    });
}

const metadataLabels: Record<string, Record<PageLanguage, string>> = {
  indexNo: { 'zh-CN': '索引号', en: 'Index No.' },
  publisher: { 'zh-CN': '发布机构', en: 'Issued by' },
  issuer: { 'zh-CN': '发布单位', en: 'Issued by' },
  writtenOn: { 'zh-CN': '成文日期', en: 'Date of writing' },
  issuedOn: { 'zh-CN': '发布日期', en: 'Date of issue' },
  docNo: { 'zh-CN': '文号', en: 'Document No.' },
  docKind: { 'zh-CN': '文种', en: 'Document type' },
  topic: { 'zh-CN': '主题分类', en: 'Subject' },
  validity: { 'zh-CN': '有效性', en: 'Validity' },
  effectiveOn: { 'zh-CN': '生效日期', en: 'Effective from' },
  expiresOn: { 'zh-CN': '失效日期', en: 'Expires on' },
  validUntil: { 'zh-CN': '有效期至', en: 'Valid until' },
  form: { 'zh-CN': '解读形式', en: 'Form' },
  interpreter: { 'zh-CN': '解读机构', en: 'Interpreted by' },
  year: { 'zh-CN': '年度', en: 'Year' },
};

const interpretationForms: Record<string, string> = {
  text: '文字解读',
  graphic: '图解',
  audio: '音频解读',
  video: '视频解读',
  expert: '专家解读',
  media: '媒体评论',
};

function metadataRows(item: LiveItem, lang: PageLanguage): MetadataRow[] {
  const m = item.content.metadata ?? {};
  const rows: MetadataRow[] = [];
  const add = (key: string, value: string) => {
    if (value) rows.push({ label: metadataLabels[key]![lang], value });
  };
  if (item.indexNo) add('indexNo', item.indexNo);
  switch (item.type) {
    case 'policy':
      add('publisher', str(m.publisher));
      add('writtenOn', str(m.writtenOn));
      add('docNo', str(m.docNo));
      add('issuedOn', str(m.issuedOn));
      add('topic', topicValues.has(str(m.topic)) ? str(m.topic).replace('\\', ' / ') : str(m.topic));
      add('docKind', str(m.docKind));
      rows.push({
        label: metadataLabels.validity![lang],
        value: validityLabel(item.validity, lang) || (lang === 'en' ? 'In force' : '有效'),
      });
      add('effectiveOn', str(m.effectiveOn));
      add('expiresOn', str(m.expiresOn));
      break;
    case 'notice':
      add('issuer', str(m.issuer));
      add('docNo', str(m.docNo));
      add('validUntil', str(m.validUntil));
      break;
    case 'interpretation':
      add('form', lang === 'en' ? str(m.form) : (interpretationForms[str(m.form)] ?? ''));
      add('interpreter', str(m.interpreter));
      break;
    case 'annual_report':
      add('year', str(m.year));
      break;
    default:
      break;
  }
  return rows;
}

const bannerTexts: Record<string, Record<PageLanguage, string>> = {
  repealed: { 'zh-CN': '本文件已废止，仅供查阅，不再执行。', en: 'This document has been repealed and is kept for reference only.' },
  amended: { 'zh-CN': '本文件已被修改，请以修改后的规定为准。', en: 'This document has been amended; the amended provisions apply.' },
  expired: { 'zh-CN': '本文件已失效，仅供查阅。', en: 'This document has expired and is kept for reference only.' },
  not_yet_effective: { 'zh-CN': '本文件尚未生效。', en: 'This document is not yet in effect.' },
};

export interface ItemPageInput {
  item: LiveItem;
  /** The response series (anchor and responders), oldest first, when the item is a response. */
  series: LiveRelated[] | null;
  locate: ItemLocator;
  isPreview?: boolean;
  /** Renders the item as a single-page column's page at this path instead of its own page. */
  singlePagePath?: string;
}

export function buildItemPage(sc: SiteContext, input: ItemPageInput): BuiltPage | null {
  const { item } = input;
  const column = primaryColumn(sc, item.placements);
  if (!column) return null;
  const lang = columnLanguage(column);
  const path = input.singlePagePath ?? itemPagePath(column, item);
  const kind = input.singlePagePath ? ('single' as const) : ('item' as const);
  const base = basePage(sc, lang, path, topAncestor(sc, column));
  const root = rootOf(path);
  const files = new Map(item.attachments.map((a) => [a.id, attachmentPath(a)]));
  const link = (r: LiveRelated, label: string): RelatedLink | null => {
    const url = input.locate(path, r);
    return url ? { title: r.title, url, date: formatDate(r.publishedAt), label, typeLabel: typeLabel(r.type, lang) } : null;
  };
  const L = t(lang);
  const pick = (kind: string, direction: 'forward' | 'inverse', label: string) =>
    item.related
      .filter((r) => r.kind === kind && r.direction === direction)
      .map((r) => link(r, label))
      .filter((r): r is RelatedLink => r !== null);
  const interpretations = pick('interprets', 'inverse', L.interpretations ?? '政策解读');
  const interpretedPolicies = pick('interprets', 'forward', L.interpretedPolicy ?? '解读的政策');
  const replacedBy =
    pick('repeals', 'inverse', L.repealedBy ?? '废止文件')[0] ?? pick('amends', 'inverse', L.amendedBy ?? '修改文件')[0] ?? null;
  const shownIds = new Set<number>();
  for (const r of item.related) if (r.kind === 'interprets') shownIds.add(r.id);
  const relatedLabels: Record<string, { forward: string; inverse: string }> = {
    amends: { forward: L.amends ?? '修改的文件', inverse: L.amendedBy ?? '修改文件' },
    repeals: { forward: L.repeals ?? '废止的文件', inverse: L.repealedBy ?? '废止文件' },
    related: { forward: L.related ?? '相关信息', inverse: L.related ?? '相关信息' },
    speech_of: { forward: L.leader ?? '讲话领导', inverse: L.speeches ?? '领导讲话' },
    responds_to: { forward: L.respondsTo ?? '回应', inverse: L.responses ?? '相关回应' },
  };
  const related = item.related
    .filter((r) => r.kind !== 'interprets' && !(input.series && r.kind === 'responds_to'))
    .map((r) => link(r, relatedLabels[r.kind]?.[r.direction] ?? r.kind))
    .filter((r): r is RelatedLink => r !== null);
  const m = item.content.metadata ?? {};
  const validity = item.validity ?? '';
  const banner = bannerTexts[validity] ? { text: bannerTexts[validity][lang], replacedBy } : null;
  const series = (input.series ?? [])
    .map((r) => {
      const l =
        r.id === item.id ? { title: item.title, url: '', date: formatDate(item.publishedAt), label: '', typeLabel: '' } : link(r, '');
      return l ? { ...l, isCurrent: r.id === item.id, isRumourRebuttal: Boolean(r.metadata.isRumourRebuttal) } : null;
    })
    .filter((s): s is NonNullable<typeof s> => s !== null);
  const images: AttachmentLink[] = [];
  const attachments: AttachmentLink[] = [];
  for (const a of item.attachments) {
    const l: AttachmentLink = {
      name: a.filename,
      url: root + files.get(a.id)!,
      description: `${a.filename.split('.').pop()?.toUpperCase() ?? ''}, ${sizeText(a.size)}`,
      kind: a.kind,
      alt: a.altText ?? '',
    };
    // Images shown as the cover or photo are part of the page; other files are listed for download.
    if (a.kind === 'image') images.push(l);
    else attachments.push(l);
  }
  const photoId = Number(m.photoId ?? 0);
  const photo = photoId ? item.attachments.find((a) => a.id === photoId) : undefined;
  const person =
    item.type === 'leader'
      ? {
          name: str(m.name),
          title: str(m.title),
          portfolio: str(m.portfolio),
          photoUrl: photo ? root + files.get(photo.id)! : '',
          photoAlt: photo?.altText ?? str(m.name),
        }
      : null;
  const institution =
    item.type === 'institution'
      ? { name: str(m.name), address: str(m.address), phone: str(m.phone), hours: str(m.hours), head: str(m.head) }
      : null;
  const coverId = Number(m.coverImageId ?? m.photoId ?? 0);
  const cover = coverId ? item.attachments.find((a) => a.id === coverId) : undefined;
  const canonicalUrl = base.canonicalUrl;
  const description = item.content.summary ?? '';
  const itemView: ItemView = {
    id: item.id,
    type: item.type,
    typeLabel: typeLabel(item.type, lang),
    title: item.content.title,
    bodyHtml: resolveBody(item.content.body, path, files),
    summary: description,
    keywords: item.content.keywords,
    author: item.content.author ?? '',
    source: item.content.source ?? '',
    publishedAt: formatTime(item.publishedAt ?? item.updatedAt),
    metadata: metadataRows(item, lang),
    validity,
    validityLabel: validityLabel(item.validity, lang),
    banner,
    interpretations,
    interpretedPolicies,
    series,
    seriesEvent: input.series ? str(m.event) : '',
    related,
    attachments,
    images,
    person,
    institution,
    share: {
      weiboUrl: `https://service.weibo.com/share/share.php?url=${encodeURIComponent(canonicalUrl)}&title=${encodeURIComponent(item.content.title)}`,
      qrUrl: `/api/public/share/qr.svg?url=${encodeURIComponent(canonicalUrl)}`,
    },
    column: columnView(sc, path, column),
    isPreview: Boolean(input.isPreview),
  };
  const deps = [`i:${item.id}`, ...item.related.map((r) => `i:${r.id}`), ...(input.series ?? []).map((r) => `i:${r.id}`)];
  if (kind === 'single') deps.push(`c:${column.id}`);
  const view: PageView = {
    ...base,
    kind,
    title: `${item.content.title} - ${sc.site.legalName}`,
    description,
    keywords: item.content.keywords.join(','),
    image: cover ? `${sc.canonicalBase}/${files.get(cover.id)!}` : '',
    isIndexable: base.isIndexable && !input.isPreview,
    meta: nationalMeta(sc, {
      column,
      title: item.content.title,
      pubDate: formatTime(item.publishedAt ?? item.updatedAt),
      source: item.content.source ?? item.placements.find((p) => p.siteId === sc.site.id && p.isRepost)?.sourceName ?? sc.site.legalName,
      keywords: item.content.keywords.join(','),
      author: item.content.author ?? '',
      description,
      image: cover ? `${sc.canonicalBase}/${files.get(cover.id)!}` : '',
      url: canonicalUrl,
    }),
    crumbs: kind === 'single' ? crumbsFor(sc, lang, path, column) : crumbsFor(sc, lang, path, column, item.content.title),
    item: itemView,
  };
  return {
    path,
    kind,
    itemId: kind === 'item' ? item.id : null,
    view,
    deps: [...new Set(deps)],
  };
}

/**
 * A copy of a view with its relative links rewritten for a page served from elsewhere (previews).
 * The copy matters: views share cached parts (site, navigation) with every page of the build.
 */
export function rebase(original: PageView, from: string, to: string): PageView {
  const view = structuredClone(original);
  const fix = (url: string) => (url.startsWith(from) && !/^[a-z]+:/.test(url) ? to + url.slice(from.length) : url);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (
          typeof v === 'string' &&
          (k === 'url' || k.endsWith('Url') || k === 'css' || k === 'toolbarJs' || k === 'toolbarCss' || k === 'printCss')
        ) {
          (value as Record<string, unknown>)[k] = from === '' ? (/^([a-z]+:|\/)/.test(v) ? v : to + v) : fix(v);
        } else if (typeof v === 'string' && k === 'bodyHtml') {
          (value as Record<string, unknown>)[k] = v.replace(/(src|href)="([^"]*)"/g, (w, attr: string, url: string) =>
            /^([a-z]+:|\/|#)/.test(url) ? w : `${attr}="${to}${from === '' ? url : url.startsWith(from) ? url.slice(from.length) : url}"`,
          );
        } else walk(v);
      }
    }
    return value;
  };
  walk(view);
  view.root = to;
  return view;
}

// ---- 404 ------------------------------------------------------------------------------------

/**
 * The 404 page. It is served at any depth, so its links are relative to the site root: the
 * publisher adds `<base href="/">` and serving rewrites it for `/sites/<code>/` and `/zh-tw/`.
 */
export function buildNotFound(sc: SiteContext): BuiltPage {
  const path = '404.html';
  const base = basePage(sc, 'zh-CN', path, null);
  return {
    path,
    kind: 'not_found',
    itemId: null,
    deps: [],
    view: {
      ...base,
      kind: 'not_found',
      title: `页面不存在 - ${sc.site.legalName}`,
      description: '',
      keywords: '',
      image: '',
      isIndexable: false,
      meta: nationalMeta(sc, { url: base.canonicalUrl }),
      crumbs: [],
    },
  };
}

export function buildMessage(sc: SiteContext, heading: string, text: string): PageView {
  const path = 'index.html';
  const base = basePage(sc, 'zh-CN', path, null);
  return {
    ...base,
    kind: 'message',
    title: `${heading} - ${sc.site.legalName}`,
    description: '',
    keywords: '',
    image: '',
    isIndexable: false,
    meta: nationalMeta(sc, { url: base.canonicalUrl }),
    crumbs: [],
    nav: [],
    message: { heading, text },
  };
}
