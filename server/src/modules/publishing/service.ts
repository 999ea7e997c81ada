import type { Ctx } from '../../kernel/index.js';
import { systemActor } from '../accounts/index.js';
import { findItem, type ItemPublicationEvent } from '../library/index.js';
import { listSites, type ColumnEventPayload, type SiteEventPayload } from '../sites/index.js';
import { finishBuild, planShards, publishChanges, renderColumnTail, renderShard, renderSitePages, type PublishStats } from './publisher.js';
import * as repo from './repository.js';
import { columnDir, invalidateSiteContext, loadSiteContext } from './site-context.js';

/*
 * Orchestration: full builds as jobs several workers share, incremental publishing of pending
 * changes (recorded durably by event subscribers, drained at once in this process and by a
 * periodic job after a crash), and the wiring to other modules' events.
 */

export interface BuildPart {
  buildId: number;
  siteId: number;
  startedAt: string;
  part: 'site' | { afterId: number; uptoId: number };
}

async function runPart(ctx: Ctx, part: BuildPart): Promise<PublishStats> {
  return part.part === 'site' ? renderSitePages(ctx, part.siteId) : renderShard(ctx, { siteId: part.siteId, ...part.part });
}

/** Records a finished part; the part that finishes the build writes the sitemap and removes leftovers. */
async function completePart(ctx: Ctx, part: BuildPart, stats: PublishStats): Promise<void> {
  const build = await repo.finishShard(ctx, part.buildId, stats.pages, stats.errors);
  if (build.shardsDone >= build.shardsTotal && build.status === 'running') {
    const last = await finishBuild(ctx, part.siteId, part.startedAt);
    await repo.setBuildStatus(ctx, part.buildId, 'done', { pages: build.pages + last.pages });
    ctx.logger.info({ siteId: part.siteId, buildId: part.buildId, pages: build.pages }, 'site build finished');
  }
}

/**
 * Starts a full build of a site. With jobs on, each part (site pages, then item shards of
 * `shardSize` items) is a job any worker may take; otherwise (`inline`, the CLI, tests) the parts
 * run here in order. Returns the build id.
 */
export async function startFullBuild(ctx: Ctx, siteId: number, reason: string, options: { inline?: boolean } = {}): Promise<number> {
  invalidateSiteContext(ctx, siteId);
  const startedAt = ctx.now().toISOString();
  const shards = await planShards(ctx, siteId);
  const build = await repo.insertBuild(ctx, siteId, reason, shards.length + 1);
  const parts: BuildPart[] = [
    { buildId: build.id, siteId, startedAt, part: 'site' },
    ...shards.map((s) => ({ buildId: build.id, siteId, startedAt, part: s })),
  ];
  if (options.inline || !ctx.config.areJobsEnabled) {
    try {
      for (const part of parts) await completePart(ctx, part, await runPart(ctx, part));
    } catch (error) {
      await repo.setBuildStatus(ctx, build.id, 'failed', { errors: [(error as Error).message] });
      throw error;
    }
  } else {
    for (const part of parts) await ctx.jobs.enqueue('publishing.build-part', part);
  }
  return build.id;
}

/** Full builds of every site that is served (online or approved) — first start, `jiyue publish --all`. */
export async function buildAllSites(ctx: Ctx, reason: string, options: { inline?: boolean } = {}): Promise<number[]> {
  const ids: number[] = [];
  for (const site of await servedSites(ctx)) ids.push(await startFullBuild(ctx, site.id, reason, options));
  return ids;
}

export async function servedSites(ctx: Ctx): Promise<Array<{ id: number; code: string }>> {
  const served: Array<{ id: number; code: string }> = [];
  let cursor: string | undefined;
  do {
    const page = await listSites(ctx, { actor: systemActor, limit: 200, cursor });
    for (const s of page.items) if (s.status === 'online' || s.status === 'approved') served.push({ id: s.id, code: s.code });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return served;
}

// ---- pending changes --------------------------------------------------------------------------

interface Drainer {
  running: Promise<void> | null;
  again: boolean;
}
const drainers = new WeakMap<object, Drainer>();

function drainerOf(ctx: Ctx): Drainer {
  let d = drainers.get(ctx.events);
  if (!d) {
    d = { running: null, again: false };
    drainers.set(ctx.events, d);
  }
  return d;
}

/** Publishes pending changes now, in the background; calls while a drain runs coalesce into one more. */
export function kickDrain(ctx: Ctx): Promise<void> {
  const d = drainerOf(ctx);
  if (d.running) {
    d.again = true;
    return d.running;
  }
  d.running = (async () => {
    try {
      do {
        d.again = false;
        await drainPending(ctx);
      } while (d.again);
    } catch (error) {
      ctx.logger.error({ err: error }, 'publishing pending changes failed; the periodic job retries');
    } finally {
      d.running = null;
    }
  })();
  return d.running;
}

/** Resolves when this process has no drain running (tests, CLI). */
export async function whenIdle(ctx: Ctx): Promise<void> {
  for (let d = drainerOf(ctx); d.running;) await d.running;
}

/** Takes pending rows in batches and publishes them; a site-wide change becomes a full build. */
export async function drainPending(ctx: Ctx): Promise<{ items: number; builds: number }> {
  let items = 0;
  let builds = 0;
  for (;;) {
    const rows = await repo.takePending(ctx, 500);
    if (!rows.length) break;
    const siteRows = rows.filter((r) => r.kind === 'site');
    const fullSites = new Set(siteRows.map((r) => r.refId));
    for (const siteId of fullSites) {
      // A full build re-renders everything of the site; a job does it unless jobs are off.
      await startFullBuild(ctx, siteId, 'site changed');
      builds++;
    }
    const change = {
      itemIds: rows.filter((r) => r.kind === 'item').map((r) => r.refId),
      columnIds: rows.filter((r) => r.kind === 'column').map((r) => r.refId),
      siteIds: [...new Set(rows.flatMap((r) => r.siteIds))].filter((id) => !fullSites.has(id)),
    };
    if (change.itemIds.length || change.columnIds.length) {
      const { tails } = await publishChanges(ctx, change);
      items += change.itemIds.length;
      for (const t of tails) {
        if (ctx.config.areJobsEnabled) await ctx.jobs.enqueue('publishing.column-tail', t, { singletonKey: `${t.siteId}:${t.columnId}` });
        else await renderColumnTail(ctx, t);
      }
    }
    await repo.deletePending(
      ctx,
      rows.map((r) => r.id),
    );
  }
  return { items, builds };
}

/** Records changes durably and publishes them now. */
export async function queueChanges(ctx: Ctx, rows: Array<Omit<repo.PendingRow, 'id'>>): Promise<void> {
  await repo.insertPending(ctx, rows);
  void kickDrain(ctx);
}

// ---- events ---------------------------------------------------------------------------------

export function subscribe(ctx: Ctx): void {
  const onItem = (e: { payload: ItemPublicationEvent }) =>
    queueChanges(ctx, [
      { kind: 'item', refId: e.payload.itemId, siteIds: [...new Set(e.payload.placements.map((p) => p.siteId))] },
      ...e.payload.placements.map((p) => ({ kind: 'column' as const, refId: p.columnId, siteIds: [p.siteId] })),
    ]);
  ctx.events.subscribe<ItemPublicationEvent>('library.item.published', onItem);
  ctx.events.subscribe<ItemPublicationEvent>('library.item.unpublished', onItem);
  ctx.events.subscribe<{ itemId: number; siteId: number; columnId: number }>('library.placement.changed', async (e) => {
    // A draft's placements show nowhere yet; a live item's (added, moved or removed) change lists.
    const item = await findItem(ctx, e.payload.itemId);
    if (!item || item.publishedVersion === null) return;
    await queueChanges(ctx, [
      { kind: 'item', refId: e.payload.itemId, siteIds: [e.payload.siteId] },
      { kind: 'column', refId: e.payload.columnId, siteIds: [e.payload.siteId] },
    ]);
  });
  ctx.events.subscribe<{ itemIds: number[] }>('library.relation.changed', (e) =>
    queueChanges(
      ctx,
      e.payload.itemIds.map((id) => ({ kind: 'item' as const, refId: Number(id), siteIds: [] })),
    ),
  );
  ctx.events.subscribe<{ itemIds: number[] }>('library.items.imported', (e) =>
    queueChanges(
      ctx,
      e.payload.itemIds.map((id) => ({ kind: 'item' as const, refId: Number(id), siteIds: [] })),
    ),
  );
  // The navigation, header and footer are on every page: a site or column change rebuilds the site.
  const onSite = (e: { payload: SiteEventPayload | ColumnEventPayload }) => {
    invalidateSiteContext(ctx, e.payload.siteId);
    return queueChanges(ctx, [{ kind: 'site', refId: e.payload.siteId, siteIds: [e.payload.siteId] }]);
  };
  for (const type of [
    'sites.site.updated',
    'sites.site.transitioned',
    'sites.column.created',
    'sites.column.moved',
    'sites.column.deleted',
  ]) {
    ctx.events.subscribe(type, onSite);
  }
  // A column whose slug changed leaves a redirect from its old folder.
  ctx.events.subscribe<ColumnEventPayload>('sites.column.updated', async (e) => {
    const before = await loadSiteContext(ctx, e.payload.siteId).catch(() => null);
    const old = before?.byId.get(e.payload.columnId);
    invalidateSiteContext(ctx, e.payload.siteId);
    const after = await loadSiteContext(ctx, e.payload.siteId);
    const now = after?.byId.get(e.payload.columnId);
    if (old && now && columnDir(old) !== columnDir(now)) {
      await repo.saveRedirect(ctx, e.payload.siteId, { fromPath: columnDir(old), toPath: columnDir(now), isPrefix: true });
    }
    await queueChanges(ctx, [{ kind: 'site', refId: e.payload.siteId, siteIds: [e.payload.siteId] }]);
  });
}

/** Where a moved page went: an exact redirect, else the longest folder prefix that moved. */
export async function findRedirect(ctx: Ctx, siteId: number, path: string): Promise<string | null> {
  const rows = await repo.listRedirects(ctx, siteId);
  const exact = rows.find((r) => !r.isPrefix && r.fromPath === path);
  if (exact) return exact.toPath;
  const prefix = rows.filter((r) => r.isPrefix && path.startsWith(r.fromPath)).sort((a, b) => b.fromPath.length - a.fromPath.length)[0];
  return prefix ? prefix.toPath + path.slice(prefix.fromPath.length) : null;
}

export { runPart, completePart };
