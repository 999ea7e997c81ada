import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { transaction, type Ctx } from '../../kernel/index.js';
import {
  countLiveInColumn,
  findAttachments,
  getLiveEntries,
  getLiveItems,
  listLiveIdsInColumn,
  listLiveInColumn,
  listLiveItemIds,
  listPlacementsOfItems,
  openLiveAttachment,
  type LiveEntry,
  type LiveItem,
  type LiveRelated,
  type Placement,
} from '../library/index.js';
import type { Column } from '../sites/index.js';
import { listSiteFiles, removeSiteFile, writeSiteFile, type WrittenFile } from './output.js';
import {
  attachmentPath,
  buildHome,
  buildItemPage,
  buildListPage,
  buildNotFound,
  homeBlockColumns,
  itemPathOn,
  pageCount,
  type BuiltPage,
  type ItemLocator,
} from './pages.js';
import * as repo from './repository.js';
import { columnDir, columnLanguage, homePath, listPagePath, loadSiteContext, pageSize, rootOf, type SiteContext } from './site-context.js';
import { createSiteRenderer } from './theme/renderer.js';
import type { PageView } from './view-model.js';

/*
 * The publisher: turns live content into files. A full build renders every page of a site (as
 * shards that any worker may take); an incremental publish renders exactly the pages the page
 * graph says show the changed items and columns, plus the feeds and the sitemap part they are in.
 */

/** List pages re-rendered at once when a column changes; deeper pages follow in a job. */
export const eagerListPages = 3;
/** Items per rebuild shard (one job). */
export const shardSize = 2000;
/** Items per sitemap file. */
const sitemapChunk = 1_000;
/** Files written concurrently (compression runs on libuv's pool). */
const writeConcurrency = 16;

export interface PublishStats {
  pages: number;
  written: string[];
  removed: string[];
  errors: string[];
}

function emptyStats(): PublishStats {
  return { pages: 0, written: [], removed: [], errors: [] };
}

/*
 * The latest entries of a column, as homepage blocks and catalogue pages show them, kept per
 * process: an incremental publish re-reads only the columns it changed, not every block of the
 * homepage (each read orders the whole column). Entries expire after 30 s, so a change published
 * by another process shows within that time at the next render here.
 */
const latestTtlMs = 30_000;
const latestCaches = new WeakMap<object, Map<number, { at: number; entries: LiveEntry[] }>>();

function latestCache(ctx: Ctx): Map<number, { at: number; entries: LiveEntry[] }> {
  let cache = latestCaches.get(ctx.events);
  if (!cache) latestCaches.set(ctx.events, (cache = new Map()));
  return cache;
}

/** The first 7 entries of a column (homepage blocks use 7, catalogue pages 6). */
async function latestEntries(ctx: Ctx, columnId: number, limit: number): Promise<LiveEntry[]> {
  const cache = latestCache(ctx);
  const hit = cache.get(columnId);
  if (hit && Date.now() - hit.at < latestTtlMs) return hit.entries.slice(0, limit);
  const entries = await listLiveInColumn(ctx, columnId, { limit: 7, offset: 0 });
  cache.set(columnId, { at: Date.now(), entries });
  return entries.slice(0, limit);
}

/** Forgets the cached latest entries of changed columns (all when none are given). */
export function forgetLatestEntries(ctx: Ctx, columnIds?: Iterable<number>): void {
  const cache = latestCache(ctx);
  if (!columnIds) cache.clear();
  else for (const id of columnIds) cache.delete(id);
}

/**
 * Renders a view with the site's templates. A template that fails at render time (a site override
 * that passed validation but breaks on real data) falls back to the theme's template, so the
 * published site is never broken; the error is reported.
 */
export function renderView(sc: SiteContext, view: PageView, errors?: string[]): string {
  try {
    return sc.renderer.render(view);
  } catch (error) {
    errors?.push(`${view.path}: ${(error as Error).message}`);
    return createSiteRenderer({ themeKey: sc.site.themeKey, overrides: new Map(), revision: 'theme' }).render(view);
  }
}

/** Temporary files are named `<file>.<pid>.<n>.tmp`: one of a live process may be mid-write. */
function isWriterAlive(file: string): boolean {
  const pid = Number(/\.(\d+)\.\d+\.tmp$/.exec(file)?.[1]);
  if (!pid) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The 404 page is served at any depth: its relative links are resolved against the site root. */
function withBase(html: string): string {
  return html.replace(/<head>/i, '<head>\n<base href="/">');
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
    }
  });
  await Promise.all(workers);
}

interface OutputFile {
  path: string;
  kind: string;
  itemId: number | null;
  content: string | Buffer;
  deps?: string[];
}

/** Writes files, then records them in the manifest and the page graph. */
async function writeFiles(ctx: Ctx, sc: SiteContext, files: OutputFile[], stats: PublishStats): Promise<void> {
  const written: Array<WrittenFile & { kind: string; itemId: number | null }> = [];
  await pool(files, writeConcurrency, async (f) => {
    const w = await writeSiteFile(sc.outputDir, f.path, f.content);
    written.push({ ...w, kind: f.kind, itemId: f.itemId });
  });
  // One transaction for the batch's manifest and page-graph rows (many small statements).
  await transaction(ctx, async (tx) => {
    await repo.upsertManifest(
      tx,
      sc.site.id,
      written.map((w) => ({
        path: w.path,
        kind: w.kind,
        itemId: w.itemId,
        sha256: w.sha256,
        gzSha256: w.gzSha256,
        brSha256: w.brSha256,
        size: w.size,
      })),
    );
    const withDeps = files.filter((f) => f.deps);
    if (withDeps.length)
      await repo.replaceDeps(
        tx,
        sc.site.id,
        withDeps.map((f) => ({ path: f.path, deps: f.deps! })),
      );
  });
  for (const f of files) stats.written.push(f.path);
  stats.pages += files.filter((f) => f.kind !== 'asset' && f.kind !== 'file').length;
}

function pageFile(sc: SiteContext, page: BuiltPage, errors: string[]): OutputFile {
  let html = renderView(sc, page.view, errors);
  if (page.kind === 'not_found') html = withBase(html);
  return { path: page.path, kind: page.kind, itemId: page.itemId, content: html, deps: page.deps };
}

async function removeFiles(ctx: Ctx, sc: SiteContext, paths: string[], stats: PublishStats): Promise<void> {
  if (!paths.length) return;
  await pool(paths, writeConcurrency, (p) => removeSiteFile(sc.outputDir, p));
  await repo.deleteManifestRows(ctx, sc.site.id, paths);
  stats.removed.push(...paths);
}

// ---- shared loading -------------------------------------------------------------------------

interface EntryContext {
  placements: Map<number, Placement[]>;
  images: Map<number, { path: string; alt: string }>;
}

/** Placements (for page addresses) and cover/photo images of list entries, in two queries. */
async function entryContext(ctx: Ctx, entries: LiveEntry[]): Promise<EntryContext> {
  const ids = [...new Set(entries.map((e) => e.itemId))];
  const imageIds = [
    ...new Set(entries.map((e) => Number(e.content.metadata?.coverImageId ?? e.content.metadata?.photoId ?? 0)).filter((n) => n > 0)),
  ];
  const placements: Placement[] = [];
  const images: Awaited<ReturnType<typeof findAttachments>> = [];
  // In chunks: a database takes a bounded number of parameters per statement.
  for (let i = 0; i < ids.length; i += 500) placements.push(...(await listPlacementsOfItems(ctx, ids.slice(i, i + 500))));
  for (let i = 0; i < imageIds.length; i += 500) images.push(...(await findAttachments(ctx, imageIds.slice(i, i + 500))));
  const byItem = new Map<number, Placement[]>();
  for (const p of placements) {
    const list = byItem.get(p.itemId) ?? [];
    list.push(p);
    byItem.set(p.itemId, list);
  }
  return { placements: byItem, images: new Map(images.map((a) => [a.id, { path: attachmentPath(a), alt: a.altText ?? '' }])) };
}

/** Finds an item's page on this site, or on the site that owns it (absolute URL). */
async function makeLocator(ctx: Ctx, sc: SiteContext, items: Array<{ related: LiveRelated[] }>): Promise<ItemLocator> {
  const otherSites = new Map<number, SiteContext>();
  for (const item of items) {
    for (const r of item.related) {
      for (const p of r.placements) {
        if (p.siteId !== sc.site.id && !otherSites.has(p.siteId)) {
          const other = await loadSiteContext(ctx, p.siteId);
          if (other) otherSites.set(p.siteId, other);
        }
      }
    }
  }
  return (page, item) => {
    const here = itemPathOn(sc, item);
    if (here) return rootOf(page) + here;
    for (const p of item.placements) {
      const other = otherSites.get(p.siteId);
      const there = other ? itemPathOn(other, item) : null;
      if (other && there) return `${sc.isLinkedByDomain ? other.canonicalBase : `/sites/${other.site.code}`}/${there}`;
    }
    return null;
  };
}

/** For a response item: its series (anchor first, then responders), oldest first. */
async function seriesOf(ctx: Ctx, item: LiveItem): Promise<{ members: LiveRelated[] } | null> {
  if (item.type !== 'response') return null;
  const forward = item.related.find((r) => r.kind === 'responds_to' && r.direction === 'forward');
  let members: LiveRelated[];
  const self = (): LiveRelated => ({
    kind: 'responds_to',
    direction: 'forward',
    id: item.id,
    type: item.type,
    siteId: item.siteId,
    title: item.content.title,
    validity: item.validity,
    publishedAt: item.publishedAt ?? item.updatedAt,
    createdAt: item.createdAt,
    metadata: item.content.metadata,
    placements: item.placements,
  });
  if (forward) {
    const [anchorItem] = await getLiveItems(ctx, [forward.id]);
    if (!anchorItem) return null;
    members = [forward, ...anchorItem.related.filter((r) => r.kind === 'responds_to' && r.direction === 'inverse')];
  } else {
    const responders = item.related.filter((r) => r.kind === 'responds_to' && r.direction === 'inverse');
    if (!responders.length) return null;
    members = [self(), ...responders];
  }
  if (!members.some((m) => m.id === item.id)) members.push(self());
  members.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id);
  return { members };
}

// ---- page builders --------------------------------------------------------------------------

/** An item's page on a site, with its response series and links to related items (anywhere). */
async function itemPage(
  ctx: Ctx,
  sc: SiteContext,
  item: LiveItem,
  options: { locate?: ItemLocator; isPreview?: boolean; singlePagePath?: string } = {},
): Promise<BuiltPage | null> {
  const series = await seriesOf(ctx, item);
  return buildItemPage(sc, {
    item,
    series: series?.members ?? null,
    locate: options.locate ?? (await makeLocator(ctx, sc, [item])),
    isPreview: options.isPreview,
    singlePagePath: options.singlePagePath,
  });
}

/** Item pages of live items (and their attachments' files) on this site. */
async function itemFiles(ctx: Ctx, sc: SiteContext, items: LiveItem[], errors: string[], known: Set<string>): Promise<OutputFile[]> {
  const locate = await makeLocator(ctx, sc, items);
  const files: OutputFile[] = [];
  for (const item of items) {
    const page = await itemPage(ctx, sc, item, { locate });
    if (!page) continue;
    files.push(pageFile(sc, page, errors));
    for (const a of item.attachments) {
      const path = attachmentPath(a);
      if (known.has(path)) continue;
      const opened = await openLiveAttachment(ctx, a.id);
      if (!opened) continue;
      files.push({ path, kind: 'file', itemId: item.id, content: await readAll(opened.stream) });
    }
  }
  return files;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** List pages `from..to` of a column (all when `to` is undefined), its feeds, and stale pages beyond its end. */
async function columnFiles(
  ctx: Ctx,
  sc: SiteContext,
  column: Column,
  range: { from: number; to?: number; withFeeds?: boolean; orderedIds?: number[] },
  errors: string[],
): Promise<{ files: OutputFile[]; total: number; beyond: string[] }> {
  // One ordered read of the column's ids gives both the count and the pages' slices.
  const orderedIds = range.orderedIds ?? (await listLiveIdsInColumn(ctx, column.id));
  const total = orderedIds.length;
  const pages = pageCount(total);
  const from = Math.max(1, range.from);
  const to = Math.min(pages, range.to ?? pages);
  const files: OutputFile[] = [];
  const children = sc.columns.filter((c) => c.parentId === column.id && c.kind !== 'link');
  const childEntries =
    from === 1 && (column.kind === 'catalogue' || column.kind === 'topic')
      ? await Promise.all(children.map(async (c) => ({ column: c, entries: await latestEntries(ctx, c.id, 6) })))
      : [];
  if (column.kind === 'single_page' && from === 1) {
    // A single-page column shows its latest item as the column's page.
    const [item] = orderedIds.length ? await getLiveItems(ctx, [orderedIds[0]!]) : [];
    if (item) {
      const page = await itemPage(ctx, sc, item, { singlePagePath: listPagePath(column, 1) });
      if (page) return { files: [pageFile(sc, page, errors)], total, beyond: [] };
    }
  }
  if (from <= to) {
    const entries = await getLiveEntries(ctx, column.id, orderedIds.slice((from - 1) * pageSize, to * pageSize));
    const ec = await entryContext(ctx, [...entries, ...childEntries.flatMap((c) => c.entries)]);
    for (let n = from; n <= to; n++) {
      const slice = entries.slice((n - from) * pageSize, (n - from + 1) * pageSize);
      const page = buildListPage(sc, column, n, total, slice, n === 1 ? childEntries : [], ec.placements, ec.images);
      files.push(pageFile(sc, page, errors));
    }
    if (from === 1 && range.withFeeds !== false) files.push(...feedFiles(sc, column, entries.slice(0, pageSize), ec));
    // The column's latest entries are now known: homepage blocks and catalogue pages need not read them again.
    if (from === 1) latestCache(ctx).set(column.id, { at: Date.now(), entries: entries.slice(0, 7) });
  }
  // Pages past the end (the column shrank) are removed by the caller.
  const dir = columnDir(column);
  const existing = await repo.listPathsWithPrefix(ctx, sc.site.id, 'list', `${dir}index_`);
  const beyond = existing.filter((p) => {
    if (!p.startsWith(dir)) return false;
    const m = /^index_(\d+)\.html$/.exec(p.slice(dir.length));
    return m ? Number(m[1]) > pages : false;
  });
  return { files, total, beyond };
}

function xml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** RSS 2.0 and Atom feeds of a column's latest items. */
function feedFiles(sc: SiteContext, column: Column, entries: LiveEntry[], ec: EntryContext): OutputFile[] {
  const dir = columnDir(column);
  const base = sc.canonicalBase;
  const rows = entries
    .map((e) => ({ e, path: itemPathOn(sc, { id: e.itemId, createdAt: e.createdAt, placements: ec.placements.get(e.itemId) ?? [] }) }))
    .filter((r): r is { e: LiveEntry; path: string } => r.path !== null);
  const lang = columnLanguage(column) === 'en' ? 'en' : 'zh-cn';
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(`${column.name} - ${sc.site.legalName}`)}</title>
<link>${xml(`${base}/${dir}`)}</link>
<atom:link href="${xml(`${base}/${dir}rss.xml`)}" rel="self" type="application/rss+xml"/>
<description>${xml(column.purpose)}</description>
<language>${lang}</language>
${rows
  .map(
    ({ e, path }) => `<item>
<title>${xml(e.title)}</title>
<link>${xml(`${base}/${path}`)}</link>
<guid isPermaLink="true">${xml(`${base}/${path}`)}</guid>
<pubDate>${new Date(e.publishedAt).toUTCString()}</pubDate>${e.content.summary ? `\n<description>${xml(e.content.summary)}</description>` : ''}
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
  const updated = rows[0]?.e.publishedAt ?? new Date(0).toISOString();
  const atom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<title>${xml(`${column.name} - ${sc.site.legalName}`)}</title>
<id>${xml(`${base}/${dir}`)}</id>
<link href="${xml(`${base}/${dir}`)}"/>
<link rel="self" href="${xml(`${base}/${dir}atom.xml`)}"/>
<updated>${new Date(updated).toISOString()}</updated>
<author><name>${xml(sc.site.legalName)}</name></author>
${rows
  .map(
    ({ e, path }) => `<entry>
<title>${xml(e.title)}</title>
<id>${xml(`${base}/${path}`)}</id>
<link href="${xml(`${base}/${path}`)}"/>
<updated>${new Date(e.publishedAt).toISOString()}</updated>${e.content.summary ? `\n<summary>${xml(e.content.summary)}</summary>` : ''}
</entry>`,
  )
  .join('\n')}
</feed>
`;
  return [
    { path: `${dir}rss.xml`, kind: 'feed', itemId: null, content: rss, deps: [`c:${column.id}`] },
    { path: `${dir}atom.xml`, kind: 'feed', itemId: null, content: atom, deps: [`c:${column.id}`] },
  ];
}

async function homeFiles(ctx: Ctx, sc: SiteContext, errors: string[]): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const lang of sc.languages) {
    const blocks = await Promise.all(
      homeBlockColumns(sc, lang).map(async (column) => ({
        column,
        entries: await latestEntries(ctx, column.id, 7),
      })),
    );
    const ec = await entryContext(
      ctx,
      blocks.flatMap((b) => b.entries),
    );
    files.push(pageFile(sc, buildHome(sc, lang, blocks, ec.placements, ec.images), errors));
  }
  return files;
}

function robotsFile(sc: SiteContext): OutputFile {
  const isOnline = sc.site.status === 'online';
  const body = isOnline ? `User-agent: *\nAllow: /\n\nSitemap: ${sc.canonicalBase}/sitemap.xml\n` : 'User-agent: *\nDisallow: /\n';
  return { path: 'robots.txt', kind: 'robots', itemId: null, content: body };
}

function staticFiles(sc: SiteContext, errors: string[]): OutputFile[] {
  return [
    ...sc.assets.map((a) => ({ path: a.path, kind: 'asset', itemId: null, content: a.content })),
    robotsFile(sc),
    pageFile(sc, buildNotFound(sc), errors),
  ];
}

/** `sitemap-pages.xml`: homepages and column pages. */
function sitemapPagesFile(sc: SiteContext, now: string): OutputFile {
  const urls = [...sc.languages.map((l) => homePath(l)), ...sc.columns.filter((c) => c.kind !== 'link').map((c) => listPagePath(c, 1))].map(
    (p) => `${sc.canonicalBase}/${p.endsWith('index.html') ? p.slice(0, -'index.html'.length) : p}`,
  );
  return {
    path: 'sitemap-pages.xml',
    kind: 'sitemap',
    itemId: null,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${xml(u)}</loc><lastmod>${now.slice(0, 10)}</lastmod></url>`).join('\n')}
</urlset>
`,
  };
}

/** One sitemap part: the item pages whose ids fall in chunk `k`, read from the manifest. */
async function sitemapItemsFile(ctx: Ctx, sc: SiteContext, k: number): Promise<OutputFile | null> {
  const rows = await repo.listItemPagesInRange(ctx, sc.site.id, k * sitemapChunk, (k + 1) * sitemapChunk);
  if (!rows.length) return null;
  return {
    path: `sitemap-items-${k}.xml`,
    kind: 'sitemap',
    itemId: null,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${rows.map((r) => `<url><loc>${xml(`${sc.canonicalBase}/${r.path}`)}</loc><lastmod>${String(r.updatedAt).slice(0, 10)}</lastmod></url>`).join('\n')}
</urlset>
`,
  };
}

function sitemapIndexFile(sc: SiteContext, parts: string[], now: string): OutputFile {
  return {
    path: 'sitemap.xml',
    kind: 'sitemap-index',
    itemId: null,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((p) => `<sitemap><loc>${xml(`${sc.canonicalBase}/${p}`)}</loc><lastmod>${now.slice(0, 10)}</lastmod></sitemap>`).join('\n')}
</sitemapindex>
`,
  };
}

/** Rewrites the given sitemap parts (item-id chunks) and the index; drops empty parts. */
async function refreshSitemap(ctx: Ctx, sc: SiteContext, chunks: number[], stats: PublishStats): Promise<void> {
  const now = ctx.now().toISOString();
  const files: OutputFile[] = [sitemapPagesFile(sc, now)];
  const emptied: string[] = [];
  for (const k of [...new Set(chunks)]) {
    const f = await sitemapItemsFile(ctx, sc, k);
    if (f) files.push(f);
    else emptied.push(`sitemap-items-${k}.xml`);
  }
  const existing = new Set(await repo.listPathsWithPrefix(ctx, sc.site.id, 'sitemap', 'sitemap'));
  for (const f of files) existing.add(f.path);
  for (const e of emptied) existing.delete(e);
  files.push(sitemapIndexFile(sc, [...existing].sort(), now));
  await writeFiles(ctx, sc, files, stats);
  const stale = emptied.filter((e) => existing.has(e) === false);
  if (stale.length) await removeFiles(ctx, sc, stale, stats);
}

// ---- full builds ----------------------------------------------------------------------------

/** The item-id ranges of a full build, one per shard: (afterId, uptoId]. */
async function planShards(ctx: Ctx, siteId: number): Promise<Array<{ afterId: number; uptoId: number }>> {
  const shards: Array<{ afterId: number; uptoId: number }> = [];
  let after = 0;
  for (;;) {
    const ids = await listLiveItemIds(ctx, { siteId, afterId: after, limit: shardSize });
    if (!ids.length) break;
    const upto = ids[ids.length - 1]!;
    shards.push({ afterId: after, uptoId: upto });
    after = upto;
    if (ids.length < shardSize) break;
  }
  return shards;
}

/** Renders the item pages of one shard. Any worker may run any shard. */
export async function renderShard(ctx: Ctx, input: { siteId: number; afterId: number; uptoId: number }): Promise<PublishStats> {
  const stats = emptyStats();
  const sc = await loadSiteContext(ctx, input.siteId);
  if (!sc) return stats;
  const known = new Set(await repo.listPathsWithPrefix(ctx, sc.site.id, 'file', 'files/'));
  let after = input.afterId;
  for (;;) {
    const ids = (await listLiveItemIds(ctx, { siteId: input.siteId, afterId: after, limit: 250 })).filter((id) => id <= input.uptoId);
    if (!ids.length) break;
    const items = await getLiveItems(ctx, ids);
    const files = await itemFiles(ctx, sc, items, stats.errors, known);
    await writeFiles(ctx, sc, files, stats);
    after = ids[ids.length - 1]!;
    if (after >= input.uptoId) break;
  }
  return stats;
}

/** Renders everything but item pages: homepages, column lists, feeds, assets, robots, 404. */
export async function renderSitePages(ctx: Ctx, siteId: number): Promise<PublishStats> {
  const stats = emptyStats();
  const sc = await loadSiteContext(ctx, siteId);
  if (!sc) return stats;
  forgetLatestEntries(ctx);
  // Temporary files a killed process left behind (never served: no page links them).
  const leftovers = (await listSiteFiles(sc.outputDir)).filter((f) => f.endsWith('.tmp') && !isWriterAlive(f));
  await pool(leftovers, writeConcurrency, (f) => fs.rm(path.join(sc.outputDir, f), { force: true }));
  await writeFiles(ctx, sc, staticFiles(sc, stats.errors), stats);
  for (const column of sc.columns) {
    if (column.kind === 'link') continue;
    await renderColumnPages(ctx, sc, column, 1, stats);
  }
  await writeFiles(ctx, sc, await homeFiles(ctx, sc, stats.errors), stats);
  return stats;
}

/** Finishes a full build: sitemap from the manifest, and removal of files no page produced. */
export async function finishBuild(ctx: Ctx, siteId: number, startedAt: string): Promise<PublishStats> {
  const stats = emptyStats();
  const sc = await loadSiteContext(ctx, siteId);
  if (!sc) return stats;
  const itemRows = await repo.listItemPagesInRange(ctx, siteId, 0, Number.MAX_SAFE_INTEGER);
  const chunks = [...new Set(itemRows.map((r) => Math.floor(r.itemId / sitemapChunk)))];
  // Remove leftovers first, so the sitemap lists only pages of this build.
  const stale = (await repo.listStaleManifest(ctx, siteId, startedAt)).filter((p) => !p.startsWith('sitemap'));
  await removeFiles(ctx, sc, stale, stats);
  const staleSitemaps = (await repo.listPathsWithPrefix(ctx, siteId, 'sitemap', 'sitemap')).filter(
    (p) => /^sitemap-items-\d+\.xml$/.test(p) && !chunks.includes(Number(/\d+/.exec(p)![0])),
  );
  await removeFiles(ctx, sc, staleSitemaps, stats);
  await refreshSitemap(ctx, sc, chunks, stats);
  return stats;
}

// ---- incremental publishing ------------------------------------------------------------------

export interface ChangeSet {
  /** Items published, updated or unpublished. */
  itemIds: number[];
  /** Columns whose lists changed (placements, imports), per site. */
  columnIds: number[];
  /** Sites to consider (the items' placement sites). */
  siteIds: number[];
}

/**
 * Publishes a set of changes: for each site, the pages of the changed items (written, moved or
 * removed), the pages that show them (page graph), the first list pages of their columns with
 * the homepages and catalogue pages listing those columns, the feeds and the sitemap parts.
 * Returns per-site stats and the columns whose deeper list pages still need a render.
 */
export async function publishChanges(
  ctx: Ctx,
  change: ChangeSet,
): Promise<{ stats: PublishStats; tails: Array<{ siteId: number; columnId: number }> }> {
  const stats = emptyStats();
  const tails: Array<{ siteId: number; columnId: number }> = [];
  const itemIds = [...new Set(change.itemIds)];
  const live = await getLiveItems(ctx, itemIds);
  const liveIds = new Set(live.map((i) => i.id));
  // Pages that show the items or list the columns, on any site.
  const itemDeps = itemIds.map((id) => `i:${id}`);
  const columnIds = new Set(change.columnIds);
  for (const item of live) for (const p of item.placements) columnIds.add(p.columnId);
  // The changed items' columns are read again for homepage blocks and catalogue pages.
  forgetLatestEntries(ctx, columnIds);
  // Deeper list pages (index_<n>) depend on their own column only, which is rendered below anyway.
  const dependent = (await repo.findDependentPages(ctx, [...itemDeps, ...[...columnIds].map((id) => `c:${id}`)])).filter(
    (d) => !/(^|\/)index_\d+\.html$/.test(d.path),
  );
  const oldPages = await repo.findItemPagesOf(ctx, itemIds);
  const siteIds = new Set<number>([...change.siteIds, ...dependent.map((d) => d.siteId), ...oldPages.map((p) => p.siteId)]);
  for (const item of live) for (const p of item.placements) siteIds.add(p.siteId);

  for (const siteId of siteIds) {
    const sc = await loadSiteContext(ctx, siteId);
    if (!sc) continue;
    const files: OutputFile[] = [];
    const removals: string[] = [];
    const manifest = await repo.findManifestRows(
      ctx,
      siteId,
      dependent.filter((d) => d.siteId === siteId).map((d) => d.path),
    );
    // 1. The changed items' own pages, and item pages that show them.
    const showing = [...manifest.values()].filter((m) => m.kind === 'item' && m.itemId !== null).map((m) => m.itemId!);
    const relatedIds = live.flatMap((i) => i.related.map((r) => r.id));
    const toRender = [...new Set([...live.map((i) => i.id), ...showing, ...relatedIds])];
    const others = toRender.filter((id) => !liveIds.has(id));
    const items = [...live, ...(others.length ? await getLiveItems(ctx, others) : [])].filter((i) => itemPathOn(sc, i) !== null);
    // Siblings of a response series show each other.
    for (const item of items.filter((i) => liveIds.has(i.id) && i.type === 'response')) {
      const series = await seriesOf(ctx, item);
      const missing = (series?.members ?? []).map((m) => m.id).filter((id) => !items.some((i) => i.id === id));
      if (missing.length) items.push(...(await getLiveItems(ctx, missing)).filter((i) => itemPathOn(sc, i) !== null));
    }
    // Attachments already published are not copied again.
    const attachmentPaths = items.flatMap((i) => i.attachments.map((a) => attachmentPath(a)));
    const known = new Set((await repo.findManifestRows(ctx, siteId, attachmentPaths)).keys());
    files.push(...(await itemFiles(ctx, sc, items, stats.errors, known)));
    const rendered = new Set(items.map((i) => i.id));
    const chunks: number[] = [];
    for (const old of oldPages.filter((p) => p.siteId === siteId)) {
      chunks.push(Math.floor(old.itemId / sitemapChunk));
      const now = items.find((i) => i.id === old.itemId);
      const newPath = now ? itemPathOn(sc, now) : null;
      if (newPath === old.path) continue;
      removals.push(old.path);
      if (newPath) await repo.saveRedirect(ctx, siteId, { fromPath: old.path, toPath: newPath, isPrefix: false });
    }
    for (const id of itemIds) if (rendered.has(id)) chunks.push(Math.floor(id / sitemapChunk));
    // 2. Column lists (first pages now, the rest in a job) and pages listing those columns.
    const siteColumns = sc.columns.filter((c) => columnIds.has(c.id) && c.kind !== 'link');
    for (const column of siteColumns) {
      const { files: listFiles, total, beyond } = await columnFiles(ctx, sc, column, { from: 1, to: eagerListPages }, stats.errors);
      files.push(...listFiles);
      removals.push(...beyond);
      if (pageCount(total) > eagerListPages) tails.push({ siteId, columnId: column.id });
    }
    const handled = new Set(siteColumns.map((c) => c.id));
    let isHomeDue = false;
    for (const m of manifest.values()) {
      if (m.kind === 'home') isHomeDue = true;
      if (m.kind !== 'list') continue;
      // A catalogue page listing a changed child column.
      const column = sc.columns.find((c) => m.path === listPagePath(c, 1));
      if (column && !handled.has(column.id)) {
        handled.add(column.id);
        const { files: listFiles } = await columnFiles(ctx, sc, column, { from: 1, to: 1, withFeeds: false }, stats.errors);
        files.push(...listFiles);
      }
    }
    if (isHomeDue || siteColumns.some((c) => homeBlockColumns(sc, columnLanguage(c)).includes(c)))
      files.push(...(await homeFiles(ctx, sc, stats.errors)));
    await writeFiles(ctx, sc, dedupe(files), stats);
    await removeFiles(ctx, sc, [...new Set(removals)], stats);
    if (chunks.length) await refreshSitemap(ctx, sc, chunks, stats);
  }
  return { stats, tails };
}

function dedupe(files: OutputFile[]): OutputFile[] {
  const byPath = new Map<string, OutputFile>();
  for (const f of files) byPath.set(f.path, f);
  return [...byPath.values()];
}

/** Renders list pages after the eager ones (a job, after an incremental publish). */
export async function renderColumnTail(ctx: Ctx, input: { siteId: number; columnId: number }): Promise<PublishStats> {
  const stats = emptyStats();
  const sc = await loadSiteContext(ctx, input.siteId);
  const column = sc?.byId.get(input.columnId);
  if (!sc || !column) return stats;
  await renderColumnPages(ctx, sc, column, eagerListPages + 1, stats);
  return stats;
}

/** A column's list pages from page `from` to its end, 25 pages at a time, then stale pages removed. */
async function renderColumnPages(ctx: Ctx, sc: SiteContext, column: Column, from: number, stats: PublishStats): Promise<void> {
  const orderedIds = await listLiveIdsInColumn(ctx, column.id);
  const pages = pageCount(orderedIds.length);
  let beyond: string[] = [];
  for (let at = from; at <= pages; at += 25) {
    const window = await columnFiles(
      ctx,
      sc,
      column,
      { from: at, to: Math.min(pages, at + 24), withFeeds: at === 1, orderedIds },
      stats.errors,
    );
    await writeFiles(ctx, sc, window.files, stats);
    beyond = window.beyond;
  }
  if (from > pages) beyond = (await columnFiles(ctx, sc, column, { from, to: from - 1, orderedIds }, stats.errors)).beyond;
  await removeFiles(ctx, sc, beyond, stats);
}

export { planShards };

// ---- previews -------------------------------------------------------------------------------

/** A page view for the template editor's preview: the homepage, a list page or an item page. */
export async function sampleView(ctx: Ctx, sc: SiteContext, sample: 'home' | 'list' | 'item', itemId?: number): Promise<PageView | null> {
  if (sample === 'home') {
    const blocks = await Promise.all(
      homeBlockColumns(sc, 'zh-CN').map(async (column) => ({
        column,
        entries: await latestEntries(ctx, column.id, 7),
      })),
    );
    const ec = await entryContext(
      ctx,
      blocks.flatMap((b) => b.entries),
    );
    return buildHome(sc, 'zh-CN', blocks, ec.placements, ec.images).view;
  }
  const lists = sc.columns.filter((c) => c.kind === 'list' && columnLanguage(c) === 'zh-CN');
  let firstEntries: LiveEntry[] = [];
  let listColumn: Column | undefined;
  for (const c of lists) {
    firstEntries = await listLiveInColumn(ctx, c.id, { limit: pageSize, offset: 0 });
    if (firstEntries.length) {
      listColumn = c;
      break;
    }
  }
  if (sample === 'list') {
    const column = listColumn ?? lists[0];
    if (!column) return null;
    const ec = await entryContext(ctx, firstEntries);
    return buildListPage(sc, column, 1, await countLiveInColumn(ctx, column.id), firstEntries, [], ec.placements, ec.images).view;
  }
  const id = itemId ?? firstEntries[0]?.itemId;
  if (!id) return null;
  const [item] = await getLiveItems(ctx, [id]);
  if (!item) return null;
  return (await itemPage(ctx, sc, item))?.view ?? null;
}

/** The page of an item with its current, unpublished content, linked to the published site. */
export async function previewItemView(ctx: Ctx, item: LiveItem): Promise<{ sc: SiteContext; view: PageView } | null> {
  const siteIds = [...new Set([item.siteId, ...item.placements.map((p) => p.siteId)])];
  for (const siteId of siteIds) {
    const sc = await loadSiteContext(ctx, siteId);
    if (!sc) continue;
    const page = await itemPage(ctx, sc, item, { isPreview: true });
    if (page) return { sc, view: page.view };
  }
  return null;
}
