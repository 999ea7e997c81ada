import type { Ctx } from '../../kernel/index.js';
import {
  findSiteById,
  listOnlineChildSites,
  listSiteColumns,
  siteKindLabels,
  siteKinds,
  siteLanguageLabels,
  type Column,
  type Site,
} from '../sites/index.js';
import { sha256, siteOutputDir } from './output.js';
import * as repo from './repository.js';
import { createSiteRenderer, labels, themeAssets, type SiteRenderer } from './theme/renderer.js';
import type { LanguageLink, LinkView, NavEntry, PageLanguage, SiteView } from './view-model.js';

/*
 * Everything about a site that every page of it needs: the registry record, the column tree,
 * sub-sites, the renderer with the site's template overrides, and the URL scheme. Loaded once per
 * build and cached per platform until a site, column or template change invalidates it.
 */

export const errorReportBaseUrl = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';
export const conacUrl = 'https://bszs.conac.cn/';
export const icpLookupUrl = 'https://beian.miit.gov.cn/';
export const psbLookupUrl = 'https://beian.mps.gov.cn/#/query/webSearch';

/** Items per list page. */
export const pageSize = 20;

export interface SiteContext {
  site: Site;
  /** Visible columns (not hidden, no hidden ancestor), in tree order. */
  columns: Column[];
  byId: Map<number, Column>;
  parent: Site | null;
  subSites: Site[];
  outputDir: string;
  canonicalBase: string;
  renderer: SiteRenderer;
  templateRevision: string;
  /** Theme assets with their site-relative paths and a content-hash query. */
  assets: Array<{ path: string; content: Buffer }>;
  assetVersion: string;
  languages: PageLanguage[];
  /** Links to other sites use their domains (production) rather than `/sites/<code>/`. */
  isLinkedByDomain: boolean;
  siteView: Map<string, SiteView>;
  nav: Map<string, NavEntry[]>;
}

export function columnLanguage(column: Column): PageLanguage {
  return (column as Column & { language?: string }).language === 'en' ? 'en' : 'zh-CN';
}

/** The folder of a column's pages: `<slug>/`, English columns under `en/`. */
export function columnDir(column: Column): string {
  return `${columnLanguage(column) === 'en' ? 'en/' : ''}${column.slug}/`;
}

export function homePath(lang: PageLanguage): string {
  return lang === 'en' ? 'en/index.html' : 'index.html';
}

export function listPagePath(column: Column, page: number): string {
  return `${columnDir(column)}${page <= 1 ? 'index.html' : `index_${page}.html`}`;
}

const chinaOffsetMs = 8 * 3600_000;

/** An ISO instant as China time parts (UTC+8, no daylight saving). */
function china(iso: string): { y: string; m: string; d: string; hh: string; mm: string } {
  const t = new Date(Date.parse(iso) + chinaOffsetMs).toISOString();
  return { y: t.slice(0, 4), m: t.slice(5, 7), d: t.slice(8, 10), hh: t.slice(11, 13), mm: t.slice(14, 16) };
}

/** `YYYY-MM-DD HH:MM` in China time (STANDARDS §2). */
export function formatTime(iso: string | null): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const c = china(iso);
  return `${c.y}-${c.m}-${c.d} ${c.hh}:${c.mm}`;
}

export function formatDate(iso: string | null): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const c = china(iso);
  return `${c.y}-${c.m}-${c.d}`;
}

/** `<column dir><yyyymm>/t<yyyymmdd>_<id>.html`, dated by the item's creation so it never moves. */
export function itemPagePath(column: Column, item: { id: number; createdAt: string }): string {
  const c = china(item.createdAt);
  return `${columnDir(column)}${c.y}${c.m}/t${c.y}${c.m}${c.d}_${item.id}.html`;
}

/** `../` once per folder of `page`: the prefix from that page back to the site root. */
export function rootOf(page: string): string {
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth);
}

export function siteCanonicalBase(ctx: Ctx, site: Site): string {
  if (site.domains[0]) return `https://${site.domains[0]}`;
  const base = ctx.config.publicBaseUrl ?? `http://localhost:${ctx.config.port}`;
  return `${base}/sites/${site.code}`;
}

interface ContextCache {
  contexts: Map<number, Promise<SiteContext | null>>;
}
const caches = new WeakMap<object, ContextCache>();

function cacheFor(ctx: Ctx): ContextCache {
  let cache = caches.get(ctx.events);
  if (!cache) {
    cache = { contexts: new Map() };
    caches.set(ctx.events, cache);
  }
  return cache;
}

/** Forgets cached site contexts (all, or one site's). */
export function invalidateSiteContext(ctx: Ctx, siteId?: number): void {
  const cache = cacheFor(ctx);
  if (siteId === undefined) cache.contexts.clear();
  else cache.contexts.delete(siteId);
}

export function loadSiteContext(ctx: Ctx, siteId: number): Promise<SiteContext | null> {
  const cache = cacheFor(ctx);
  let loading = cache.contexts.get(siteId);
  if (!loading) {
    loading = buildSiteContext(ctx, siteId).catch((error: unknown) => {
      cache.contexts.delete(siteId);
      throw error;
    });
    cache.contexts.set(siteId, loading);
  }
  return loading;
}

async function buildSiteContext(ctx: Ctx, siteId: number): Promise<SiteContext | null> {
  const site = await findSiteById(ctx, siteId);
  if (!site) return null;
  const [all, subSites, parent, overrides] = await Promise.all([
    listSiteColumns(ctx, siteId),
    listOnlineChildSites(ctx, siteId),
    site.parentId ? findSiteById(ctx, site.parentId) : Promise.resolve(undefined),
    repo.listTemplateOverrides(ctx, siteId),
  ]);
  const allById = new Map(all.map((c) => [c.id, c]));
  const isVisible = (c: Column): boolean =>
    !c.isHidden && (c.parentId === null || (allById.has(c.parentId) && isVisible(allById.get(c.parentId)!)));
  const columns = all.filter(isVisible);
  const templateRevision = overrides.map((o) => `${o.name}@${o.updatedAt}`).join('|') || 'theme';
  const renderer = createSiteRenderer({
    themeKey: site.themeKey,
    overrides: new Map(overrides.map((o) => [o.name, o.source])),
    revision: `${site.id}:${templateRevision}`,
  });
  const assets = themeAssets(site.themeKey);
  const assetVersion = sha256(Buffer.concat(assets.map((a) => a.content))).slice(0, 10);
  const languages: PageLanguage[] = ['zh-CN'];
  if (site.languages.includes('en') && columns.some((c) => columnLanguage(c) === 'en')) languages.push('en');
  return {
    site,
    columns,
    byId: new Map(columns.map((c) => [c.id, c])),
    parent: parent && parent.status === 'online' ? parent : null,
    subSites,
    outputDir: siteOutputDir(ctx.config, site.code),
    canonicalBase: siteCanonicalBase(ctx, site),
    renderer,
    templateRevision,
    assets,
    assetVersion,
    languages,
    isLinkedByDomain: Boolean(ctx.config.publicBaseUrl),
    siteView: new Map(),
    nav: new Map(),
  };
}

/** The site as templates see it, with links relative to `page`. */
export function siteView(sc: SiteContext, lang: PageLanguage, page: string): SiteView {
  const root = rootOf(page);
  // One object per language and depth: the renderer caches header and footer by identity.
  const cached = sc.siteView.get(`${lang}:${root}`);
  if (cached) return cached;
  const base = sc.siteView.get(lang) ?? makeSiteView(sc, lang);
  sc.siteView.set(lang, base);
  // Links inside the view are stored root-relative ('§' marks the root) and resolved per page.
  const rel = (url: string) => (url.startsWith('§') ? root + url.slice(1) || './' : url);
  const view = { ...base, languages: base.languages.map((l) => ({ ...l, url: rel(l.url) })) };
  sc.siteView.set(`${lang}:${root}`, view);
  return view;
}

function makeSiteView(sc: SiteContext, lang: PageLanguage): SiteView {
  const site = sc.site;
  const languages: LanguageLink[] = [{ code: 'zh-CN', label: siteLanguageLabels['zh-CN'], url: '§', isCurrent: lang === 'zh-CN' }];
  if (site.languages.includes('zh-TW'))
    languages.push({ code: 'zh-TW', label: siteLanguageLabels['zh-TW'], url: '§zh-tw/', isCurrent: false });
  if (sc.languages.includes('en')) languages.push({ code: 'en', label: 'English', url: '§en/', isCurrent: lang === 'en' });
  const siteUrl = (s: Site) => siteCanonicalBaseFromSite(sc, s);
  const subSites = siteKinds
    .map((kind) => ({
      kindLabel: lang === 'en' ? (englishKind[kind] ?? kind) : siteKindLabels[kind],
      sites: sc.subSites.filter((s) => s.kind === kind).map((s): LinkView => ({ name: s.legalName, url: siteUrl(s) })),
    }))
    .filter((g) => g.sites.length > 0);
  return {
    id: site.id,
    code: site.code,
    name: site.legalName,
    shortName: site.shortName,
    domain: site.domains[0] ?? '',
    identifierCode: site.identifierCode ?? '',
    icpNumber: site.icpNumber ?? '',
    psbNumber: site.psbNumber ?? '',
    psbCode: (site.psbNumber ?? '').replace(/\D/g, ''),
    sponsor: site.sponsorUnit?.name || site.legalName,
    operator: site.operatorUnit?.name ?? '',
    contact: {
      address: site.contact.address ?? '',
      phone: site.contact.phone ?? '',
      email: site.contact.email ?? '',
      postcode: site.contact.postcode ?? '',
    },
    canonicalBase: sc.canonicalBase,
    languages,
    errorReportBase: `${errorReportBaseUrl}?site_code=${encodeURIComponent(site.identifierCode ?? '')}`,
    conacUrl,
    icpLookupUrl,
    psbLookupUrl,
    subSites,
    parent: sc.parent ? { name: sc.parent.legalName, url: siteUrl(sc.parent) } : null,
  };
}

const englishKind: Record<string, string> = { portal: 'Portal', department: 'Departments', district: 'Districts', topic: 'Topics' };

/**
 * A sub-site's or parent's address: its domain when the platform runs under its public address
 * (PUBLIC_BASE_URL set) and both sites have one, else its path on the shared host, which works on
 * any host (a newcomer's localhost included).
 */
function siteCanonicalBaseFromSite(sc: SiteContext, other: Site): string {
  if (sc.isLinkedByDomain && other.domains[0] && sc.site.domains[0]) return `https://${other.domains[0]}/`;
  // On a shared host (no domains) sites live under /sites/<code>/; root-absolute works there.
  return `/sites/${other.code}/`;
}

/** Top-level columns of a language with their children; `currentTopId` marks the open channel. */
export function navFor(sc: SiteContext, lang: PageLanguage, page: string, currentTopId: number | null): NavEntry[] {
  const key = `${lang}:${currentTopId ?? ''}`;
  let base = sc.nav.get(key);
  if (!base) {
    const mine = sc.columns.filter((c) => columnLanguage(c) === lang);
    base = mine
      .filter((c) => c.parentId === null)
      .map((c) => ({
        name: c.name,
        url: columnTarget(c),
        isCurrent: c.id === currentTopId,
        children: mine.filter((k) => k.parentId === c.id).map((k) => ({ name: k.name, url: columnTarget(k) })),
      }));
    sc.nav.set(key, base);
  }
  const root = rootOf(page);
  const resolvedKey = `${key}:${root}`;
  const resolved = sc.nav.get(resolvedKey);
  if (resolved) return resolved;
  const rel = (url: string) => (url.startsWith('§') ? root + url.slice(1) : url);
  const nav = base.map((n) => ({ ...n, url: rel(n.url), children: n.children.map((k) => ({ ...k, url: rel(k.url) })) }));
  sc.nav.set(resolvedKey, nav);
  return nav;
}

/** A column's address, root-relative ('§…') unless it is an outside link. */
function columnTarget(c: Column): string {
  return c.kind === 'link' && c.linkUrl ? c.linkUrl : `§${columnDir(c)}`;
}

export function columnUrl(page: string, c: Column): string {
  return c.kind === 'link' && c.linkUrl ? c.linkUrl : rootOf(page) + columnDir(c);
}

export function topAncestor(sc: SiteContext, column: Column): Column {
  let at = column;
  while (at.parentId !== null && sc.byId.has(at.parentId)) at = sc.byId.get(at.parentId)!;
  return at;
}

export function ancestorsOf(sc: SiteContext, column: Column): Column[] {
  const chain: Column[] = [];
  for (let at = column.parentId; at !== null && sc.byId.has(at); at = sc.byId.get(at)!.parentId) chain.unshift(sc.byId.get(at)!);
  return chain;
}

export { labels };
