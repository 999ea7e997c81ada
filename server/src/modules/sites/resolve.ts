import type { Ctx } from '../../kernel/index.js';
import type { SiteKind, SiteStatus } from './model.js';
import * as repo from './repository.js';
import { normalizeHostname } from './validation.js';

/** What a public request needs to know about the site it reached. */
export interface ResolvedSite {
  site: { id: number; code: string; kind: SiteKind; status: SiteStatus; legalName: string; primaryDomain: string | null };
  /** How it was found: its own domain, the `/sites/<code>/` path, or the portal as the default. */
  via: 'host' | 'path' | 'portal';
  /** The prefix of the site's URL space on this host: '' or '/sites/<code>'. */
  basePath: string;
  /** The rest of the path within the site, always starting with '/'. */
  path: string;
}

interface DirectoryEntry {
  id: number;
  code: string;
  kind: SiteKind;
  status: SiteStatus;
  legalName: string;
  primaryDomain: string | null;
}

interface Directory {
  byHost: Map<string, DirectoryEntry>;
  byCode: Map<string, DirectoryEntry>;
  portal: DirectoryEntry | undefined;
}

/**
 * The domain map is read on every public request, so it is held in memory and rebuilt lazily
 * after any site change (sites.site.* events, delivered after commit). Keyed by the platform's
 * event bus so that each running platform (several in one test process) has its own. Events are
 * in-process only, so with several app processes a change made through another process is seen
 * here when the copy expires (maxAgeMs) — see README, "Several processes".
 */
const maxAgeMs = 30_000;

interface DirectoryCache {
  current: Directory | null;
  loadedAt: number;
  loading: Promise<Directory> | null;
  /** Bumped on every invalidation, so a load that raced a change is not kept. */
  generation: number;
}

const caches = new WeakMap<object, DirectoryCache>();

function cacheFor(ctx: Ctx): DirectoryCache {
  let cache = caches.get(ctx.events);
  if (!cache) {
    const created: DirectoryCache = { current: null, loadedAt: 0, loading: null, generation: 0 };
    const invalidate = () => {
      created.current = null;
      created.loading = null;
      created.generation += 1;
    };
    for (const type of ['sites.site.created', 'sites.site.updated', 'sites.site.transitioned']) ctx.events.subscribe(type, invalidate);
    caches.set(ctx.events, created);
    cache = created;
  }
  return cache;
}

/** Forgets the cached domain map of this platform (the next request reloads it). */
export function invalidateSiteDirectory(ctx: Ctx): void {
  const cache = cacheFor(ctx);
  cache.current = null;
  cache.loading = null;
  cache.generation += 1;
}

/** Portal preference when several exist: online before approved, then the oldest. */
const portalRank: Partial<Record<SiteStatus, number>> = { online: 0, approved: 1 };

async function loadDirectory(ctx: Ctx): Promise<Directory> {
  const [rows, domains] = await Promise.all([repo.listAllSiteRows(ctx), repo.findAllDomains(ctx)]);
  const byId = new Map<number, DirectoryEntry>();
  const byCode = new Map<string, DirectoryEntry>();
  let portal: DirectoryEntry | undefined;
  for (const r of rows) {
    const entry: DirectoryEntry = {
      id: r.id,
      code: r.code,
      kind: r.kind as SiteKind,
      status: r.status as SiteStatus,
      legalName: r.legalName,
      primaryDomain: null,
    };
    byId.set(r.id, entry);
    byCode.set(r.code, entry);
    const rank = portalRank[entry.status];
    if (entry.kind === 'portal' && rank !== undefined && (!portal || rank < portalRank[portal.status]!)) portal = entry;
  }
  const byHost = new Map<string, DirectoryEntry>();
  for (const d of domains) {
    const entry = byId.get(d.siteId);
    if (!entry) continue;
    entry.primaryDomain ??= d.hostname;
    byHost.set(d.hostname, entry);
  }
  return { byHost, byCode, portal };
}

async function directory(ctx: Ctx): Promise<Directory> {
  const cache = cacheFor(ctx);
  if (cache.current && Date.now() - cache.loadedAt < maxAgeMs) return cache.current;
  if (!cache.loading) {
    const generation = cache.generation;
    const loading = loadDirectory(ctx).then(
      (dir) => {
        if (cache.generation === generation) {
          cache.current = dir;
          cache.loadedAt = Date.now();
        }
        if (cache.loading === loading) cache.loading = null;
        return dir;
      },
      (error: unknown) => {
        if (cache.loading === loading) cache.loading = null;
        throw error;
      },
    );
    cache.loading = loading;
  }
  return cache.loading;
}

/** `Host` header value → hostname: lower case, port and trailing dot removed ([::1]:3000 → ::1). */
export function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  const raw = hostHeader.trim();
  if (raw.startsWith('[')) return raw.slice(1, raw.indexOf(']') > 0 ? raw.indexOf(']') : undefined).toLowerCase();
  return normalizeHostname(raw.replace(/:\d*$/, ''));
}

const sitePathPattern = /^\/sites\/([a-z][a-z0-9-]{1,31})(\/.*)?$/;

/**
 * Which site a public request is for, in this order:
 * 1. the path `/sites/<code>/…` names a registered site — the fallback that lets one host (a
 *    developer's localhost, a platform without wildcard DNS) serve every site;
 * 2. the `Host` header (port stripped) is one of a site's domains;
 * 3. the host is unknown and there is a portal (online, else approved): the portal answers.
 * Returns null when nothing matches (no portal on an unknown host). The site's status is returned
 * as is: deciding what a closed or offline site answers is the caller's business.
 */
export async function resolveSite(ctx: Ctx, request: { host: string | undefined; path: string }): Promise<ResolvedSite | null> {
  const dir = await directory(ctx);
  const pathOnly = request.path.split('?')[0] || '/';
  const match = sitePathPattern.exec(pathOnly);
  if (match) {
    const entry = dir.byCode.get(match[1]!);
    if (entry) return { site: { ...entry }, via: 'path', basePath: `/sites/${entry.code}`, path: match[2] || '/' };
  }
  const byHost = dir.byHost.get(hostnameOf(request.host));
  if (byHost) return { site: { ...byHost }, via: 'host', basePath: '', path: pathOnly };
  if (dir.portal) return { site: { ...dir.portal }, via: 'portal', basePath: '', path: pathOnly };
  return null;
}
