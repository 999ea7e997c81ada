/**
 * What templates see. The publisher builds these plain objects from the library and the sites
 * registry; the renderer turns them into HTML with the site's Liquid templates. Every string is
 * raw text (templates escape on output) except the fields named `...Html`, which are sanitised
 * HTML (item bodies were sanitised on save) or markup the platform itself produced.
 *
 * URLs inside a site are relative to the page (`root` + site-relative path), so the same files
 * work at `https://<domain>/` and at `/sites/<code>/` on a shared host, and under `/zh-tw/`.
 * Absolute URLs (canonical, Open Graph, feeds, sitemap) use the site's primary domain.
 */

export type PageLanguage = 'zh-CN' | 'en';

export type PageKind = 'home' | 'list' | 'single' | 'item' | 'not_found' | 'message';

export interface LinkView {
  name: string;
  url: string;
}

export interface NavEntry extends LinkView {
  isCurrent: boolean;
  children: LinkView[];
}

export interface LanguageLink {
  /** 'zh-CN', 'zh-TW' or 'en'. */
  code: string;
  label: string;
  url: string;
  isCurrent: boolean;
}

export interface SiteView {
  id: number;
  code: string;
  /** Legal name (网站名称 in the header is the body's legal name). */
  name: string;
  shortName: string;
  /** Primary domain, e.g. www.minghu.gov.cn; empty when the site has none yet. */
  domain: string;
  identifierCode: string;
  icpNumber: string;
  psbNumber: string;
  /** Digits of the 公安 filing number, for the lookup link. */
  psbCode: string;
  sponsor: string;
  operator: string;
  contact: { address: string; phone: string; email: string; postcode: string };
  /** Absolute origin and base of the site's canonical URLs, e.g. https://www.minghu.gov.cn */
  canonicalBase: string;
  languages: LanguageLink[];
  /** The 我为政府网站找错 address for this site (the page URL is appended per page). */
  errorReportBase: string;
  /** 党政机关网站标识 verification address. */
  conacUrl: string;
  icpLookupUrl: string;
  psbLookupUrl: string;
  /** Online sub-sites grouped by kind (站群导航), shown on the homepage and in the footer. */
  subSites: Array<{ kindLabel: string; sites: LinkView[] }>;
  /** The parent site (portal) when this is a department or district site. */
  parent: LinkView | null;
}

/** One row of a list page or a homepage block. */
export interface EntryView {
  id: number;
  title: string;
  url: string;
  /** `YYYY-MM-DD HH:MM` (STANDARDS §2). */
  publishedAt: string;
  /** `YYYY-MM-DD`, for compact lists. */
  date: string;
  type: string;
  typeLabel: string;
  summary: string;
  isPinned: boolean;
  /** 文号 for documents, else ''. */
  docNo: string;
  /** 有效性 label when not in force (已废止…), else ''. */
  validityLabel: string;
  /** Cover image or photo URL (news cover, leader photo), or ''. */
  imageUrl: string;
  imageAlt: string;
  /** A repost names its source. */
  source: string;
}

export interface PaginationView {
  current: number;
  total: number;
  /** Page 1, the last page and the pages within 3 of the current one, ascending (page 1 is the column's index). */
  pages: Array<{ number: number; url: string; isCurrent: boolean }>;
  prevUrl: string;
  nextUrl: string;
  firstUrl: string;
  lastUrl: string;
}

export interface ColumnView {
  id: number;
  name: string;
  slug: string;
  kind: string;
  /** 栏目说明. */
  purpose: string;
  url: string;
  feedUrl: string;
  atomUrl: string;
  /** Topic columns: 专题时间. */
  startsOn: string;
  endsOn: string;
}

export interface HomeBlock {
  /** Stable key: the column slug. */
  key: string;
  title: string;
  moreUrl: string;
  entries: EntryView[];
}

export interface HomeView {
  /** Top news with a picture, when there is one (要闻). */
  headline: EntryView | null;
  /** Blocks of latest items, one per list column that has published items (要闻, 通知公告, 政策文件…). */
  blocks: HomeBlock[];
  /** Entries of catalogue columns such as 办事服务 and 互动交流: their child columns as links. */
  entryGroups: Array<{ key: string; title: string; url: string; purpose: string; links: Array<LinkView & { purpose: string }> }>;
  /** Topic (专题) columns. */
  topics: ColumnView[];
}

export interface ListView {
  column: ColumnView;
  /** Child columns of a catalogue column, with their latest entries. */
  children: Array<{ column: ColumnView; entries: EntryView[] }>;
  entries: EntryView[];
  pagination: PaginationView;
  /** Show leader/institution style cards instead of a title list. */
  layout: 'titles' | 'documents' | 'people' | 'cards';
}

export interface MetadataRow {
  label: string;
  value: string;
}

export interface AttachmentLink {
  name: string;
  url: string;
  /** e.g. "PDF, 1.2 MB". */
  description: string;
  kind: 'image' | 'document' | 'audio' | 'video';
  alt: string;
}

export interface RelatedLink {
  title: string;
  url: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The relation as this page shows it, e.g. 相关解读, 解读的政策, 被废止. */
  label: string;
  typeLabel: string;
}

export interface ItemView {
  id: number;
  type: string;
  typeLabel: string;
  title: string;
  /** Sanitised body HTML (sanitised on save); attachment references resolved to published URLs. */
  bodyHtml: string;
  summary: string;
  keywords: string[];
  author: string;
  source: string;
  publishedAt: string;
  /** The document metadata table (索引号, 发布机构, 成文日期, 文号, 主题分类, 有效性…), empty for news. */
  metadata: MetadataRow[];
  validity: string;
  validityLabel: string;
  /** Set when the document is repealed, amended or expired: the banner text and what replaced it. */
  banner: { text: string; replacedBy: RelatedLink | null } | null;
  /** On a policy: its interpretations. */
  interpretations: RelatedLink[];
  /** On an interpretation: the policy it explains. */
  interpretedPolicies: RelatedLink[];
  /** Response series on one event, oldest first, including this item (isCurrent). */
  series: Array<RelatedLink & { isCurrent: boolean; isRumourRebuttal: boolean }>;
  seriesEvent: string;
  /** Every other relation (amends, repeals, related, speeches…). */
  related: RelatedLink[];
  attachments: AttachmentLink[];
  images: AttachmentLink[];
  /** Leader pages: name, title, portfolio, photo; institution pages: name, address, phone, hours, head. */
  person: { name: string; title: string; portfolio: string; photoUrl: string; photoAlt: string } | null;
  institution: { name: string; address: string; phone: string; hours: string; head: string } | null;
  /** Share links: Weibo share URL and the QR code image for WeChat (generated by this platform). */
  share: { weiboUrl: string; qrUrl: string };
  /** The column the page lives in. */
  column: ColumnView;
  /** Preview of an unpublished version: the page shows a notice and is never indexed. */
  isPreview: boolean;
}

export interface PageView {
  /** Which template renders this page. */
  kind: PageKind;
  lang: PageLanguage;
  /** UI labels for the language (see theme i18n). */
  t: Record<string, string>;
  /** Prefix from this page to the site root: '', '../', '../../'… */
  root: string;
  /** The page's path in the site folder, e.g. `zwgk/gfxwj/202611/t20261122_42.html`. */
  path: string;
  title: string;
  /** Absolute canonical URL. */
  canonicalUrl: string;
  description: string;
  keywords: string;
  /** Absolute image URL for Open Graph, or ''. */
  image: string;
  isIndexable: boolean;
  /** National meta tags (STANDARDS §2) in order: SiteName … Url. */
  meta: Array<{ name: string; content: string }>;
  site: SiteView;
  nav: NavEntry[];
  /** Breadcrumbs; the last has url ''. */
  crumbs: LinkView[];
  /** The 我为政府网站找错 link for this page. */
  errorReportUrl: string;
  /** Asset URLs (relative), with a content hash query for caching. */
  assets: { css: string; toolbarJs: string; toolbarCss: string; printCss: string };
  home?: HomeView;
  list?: ListView;
  item?: ItemView;
  message?: { heading: string; text: string };
}
