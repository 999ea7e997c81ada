/**
 * The vocabulary of the sites module: kinds, statuses and the shapes other modules see.
 * Glossary: 主管单位 supervising unit, 主办单位 sponsor unit, 承办单位 operator unit,
 * 网站标识码 identifier code, ICP备案号 ICP number, 公安机关备案号 PSB number (public-security bureau),
 * 栏目 column, 栏目说明 purpose, 专题 topic.
 */

export const siteKinds = ['portal', 'department', 'district', 'topic'] as const;
export type SiteKind = (typeof siteKinds)[number];

export const siteKindLabels: Record<SiteKind, string> = {
  portal: '门户网站',
  department: '部门网站',
  district: '区县网站',
  topic: '专题网站',
};

export const siteStatuses = ['applied', 'approved', 'online', 'offline', 'migrating', 'closed'] as const;
export type SiteStatus = (typeof siteStatuses)[number];

export const siteStatusLabels: Record<SiteStatus, string> = {
  applied: '已申请',
  approved: '已批准',
  online: '运行中',
  offline: '临时下线',
  migrating: '迁移整合中',
  closed: '已关停',
};

export const columnKinds = ['list', 'single_page', 'link', 'catalogue', 'topic'] as const;
export type ColumnKind = (typeof columnKinds)[number];

export const columnKindLabels: Record<ColumnKind, string> = {
  list: '列表栏目',
  single_page: '单页栏目',
  link: '链接栏目',
  catalogue: '目录栏目',
  topic: '专题栏目',
};

/**
 * Language versions a site may offer. Simplified Chinese is always on; the minority languages are
 * those with official status in autonomous regions (藏、维吾尔、蒙古、彝、壮、哈萨克、朝鲜).
 */
export const siteLanguages = ['zh-CN', 'zh-TW', 'en', 'bo', 'ug', 'mn', 'ii', 'za', 'kk', 'ko'] as const;
export type SiteLanguage = (typeof siteLanguages)[number];

export const siteLanguageLabels: Record<SiteLanguage, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
  bo: 'བོད་ཡིག',
  ug: 'ئۇيغۇرچە',
  mn: 'ᠮᠣᠩᠭᠣᠯ',
  ii: 'ꆈꌠꉙ',
  za: 'Vahcuengh',
  kk: 'قازاقشا',
  ko: '조선어',
};

export interface OrgUnitRef {
  id: number;
  name: string;
}

export interface SiteContact {
  address: string | null;
  phone: string | null;
  email: string | null;
  postcode: string | null;
}

/** A site as every reader (API, CLI, other modules) sees it. */
export interface Site {
  id: number;
  code: string;
  kind: SiteKind;
  status: SiteStatus;
  parentId: number | null;
  legalName: string;
  shortName: string;
  identifierCode: string | null;
  /** Hostnames in order; the first is the primary domain shown in the header and meta tags. */
  domains: string[];
  icpNumber: string | null;
  psbNumber: string | null;
  supervisingUnit: OrgUnitRef | null;
  sponsorUnit: OrgUnitRef | null;
  operatorUnit: OrgUnitRef | null;
  contact: SiteContact;
  languages: SiteLanguage[];
  themeKey: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One row of the site tree: visible sites in depth-first order (parents before children, siblings
 * by id), each with its parent and its depth in the part of the tree the actor can see.
 */
export interface SiteTreeNode {
  id: number;
  /** The real parent; it may be missing from the list when the actor cannot see it. */
  parentId: number | null;
  depth: number;
  code: string;
  kind: SiteKind;
  status: SiteStatus;
  legalName: string;
  shortName: string;
}

export interface SiteHistoryEntry {
  id: number;
  siteId: number;
  /** null for the entry written when the site was created. */
  fromStatus: SiteStatus | null;
  toStatus: SiteStatus;
  reason: string | null;
  actorUserId: number | null;
  actorName: string;
  createdAt: string;
}

export interface Column {
  id: number;
  siteId: number;
  parentId: number | null;
  kind: ColumnKind;
  /**
   * The language version the column belongs to (one of its site's `languages`); the English
   * edition of a site is its columns in `en`. A child always has its parent's language.
   */
  language: SiteLanguage;
  name: string;
  slug: string;
  /** 栏目说明: what the column is for (A4: every column states its purpose). */
  purpose: string;
  linkUrl: string | null;
  /** Topic columns only: YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
  /** How often the column is expected to get new content; monitoring flags it when stale. */
  updateIntervalDays: number | null;
  sortOrder: number;
  isHidden: boolean;
  keywords: string[];
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Event payloads (`sites.site.*`, `sites.column.*`), delivered after commit. */
export interface SiteEventPayload {
  siteId: number;
  code: string;
}
export interface SiteTransitionedPayload extends SiteEventPayload {
  from: SiteStatus;
  to: SiteStatus;
  reason: string | null;
}
export interface ColumnEventPayload {
  siteId: number;
  columnId: number;
}
export interface ColumnMovedPayload extends ColumnEventPayload {
  fromParentId: number | null;
  toParentId: number | null;
  position: number;
}
