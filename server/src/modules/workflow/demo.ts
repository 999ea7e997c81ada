import type { Ctx } from '../../kernel/index.js';
import { findUserByUsername, systemActor, type Actor } from '../accounts/index.js';
import { addRelation, createItem, demoItems, findItem, type DemoItemSeed } from '../library/index.js';
import { findSiteByCode, listSiteColumns } from '../sites/index.js';
import { listTasksOfItem } from './repository.js';
import { approveTask, submitItem } from './review.js';

/*
 * Demo content of the library, entered the way editors enter it: created with placements, linked,
 * submitted (the content checks run), and approved through each step of the review chain. Each
 * item is "published" at its date in the demo data, so lists and dates look like a living site.
 * Three items of the 发改委 are left as drafts or in review, to fill the demo users' inboxes.
 */
export async function seedLibraryDemo(ctx: Ctx): Promise<void> {
  // Item by item, each use case in its own transaction: this runs while the server already answers,
  // and SQLite has one connection, so one long transaction would hold every request until it ends.
  await seedItems(ctx);
}

async function seedItems(ctx: Ctx): Promise<void> {
  const columnsBySite = new Map<string, Map<string, number>>();
  const siteIds = new Map<string, number>();
  for (const code of new Set(demoItems.flatMap((i) => [i.site, ...i.placements.map((p) => p.site)]))) {
    const site = await findSiteByCode(ctx, code);
    if (!site) return; // the sites demo did not run (e.g. a custom platform): nothing to place into
    siteIds.set(code, site.id);
    columnsBySite.set(code, new Map((await listSiteColumns(ctx, site.id)).map((c) => [c.slug, c.id])));
  }
  const editorFgw = await findUserByUsername(ctx, 'editor-fgw');
  const editorActor: Actor | null = editorFgw
    ? { kind: 'user', userId: editorFgw.id, username: editorFgw.username, displayName: editorFgw.displayName }
    : null;

  const at = (item: DemoItemSeed): Ctx => {
    const date = new Date(item.publishedAt);
    return { ...ctx, now: () => date };
  };
  const actorFor = (item: DemoItemSeed) => (item.state && item.state !== 'published' && editorActor ? editorActor : systemActor);

  const ids = new Map<string, number>();
  for (const seed of demoItems) {
    const item = await createItem(at(seed), {
      actor: actorFor(seed),
      type: seed.type,
      siteId: siteIds.get(seed.site)!,
      title: seed.title,
      summary: seed.summary ?? null,
      keywords: seed.keywords ?? [],
      author: seed.author ?? null,
      source: seed.source ?? null,
      body: seed.bodyHtml,
      metadata: seed.metadata,
      placements: seed.placements.map((p) => ({ columnId: columnsBySite.get(p.site)!.get(p.column)! })),
    });
    ids.set(seed.key, item.id);
  }
  for (const seed of demoItems) {
    for (const rel of seed.relations ?? []) {
      await addRelation(at(seed), { actor: systemActor, itemId: ids.get(seed.key)!, kind: rel.kind, targetId: ids.get(rel.to)! });
    }
  }
  for (const seed of demoItems) {
    const state = seed.state ?? 'published';
    if (state === 'draft') continue;
    const itemCtx = at(seed);
    const current = (await findItem(itemCtx, ids.get(seed.key)!))!;
    const { task } = await submitItem(itemCtx, { actor: actorFor(seed), itemId: current.id, version: current.version });
    if (state === 'in_review') continue;
    let taskId: number | null = task.id;
    for (let step = 0; taskId !== null && step < 10; step++) {
      await approveTask(itemCtx, { actor: systemActor, taskId });
      const open = (await listTasksOfItem(itemCtx, current.id)).find((t) => t.state === 'open');
      taskId = open?.id ?? null;
    }
  }
}
