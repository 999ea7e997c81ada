// Public surface of the publishing module: the only file other modules may import.
import type { Ctx, JiyueModule } from '../../kernel/index.js';
import { publishingTables } from './migrations/2026112310_publishing_tables.js';
import { siteOutputDir } from './output.js';
import { buildMessage } from './pages.js';
import { renderColumnTail, renderView } from './publisher.js';
import { registerShareRoutes } from './qr.js';
import { registerPublishingRoutes } from './routes.js';
import { registerPublicSite } from './serve.js';
import {
  buildAllSites,
  completePart,
  drainPending,
  findRedirect,
  kickDrain,
  runPart,
  servedSites,
  subscribe,
  type BuildPart,
} from './service.js';
import { loadSiteContext } from './site-context.js';
import { verifySite } from './verify.js';

export { startFullBuild, buildAllSites, drainPending, whenIdle, findRedirect, servedSites } from './service.js';
export { publishChanges, renderShard, renderSitePages, finishBuild, type PublishStats, type ChangeSet } from './publisher.js';
export { verifySite, type VerifyReport } from './verify.js';
export { siteOutputDir } from './output.js';
export { listSiteTemplates, getSiteTemplate, saveSiteTemplate, resetSiteTemplate } from './templates.js';
export * as publishingErrors from './errors.js';

const messages: Record<'offline' | 'migrating' | 'closed' | 'building', [string, string]> = {
  offline: ['网站维护中', '本网站正在维护，暂时无法访问，请稍后再来。给您带来不便，敬请谅解。'],
  migrating: ['网站迁移整合中', '本网站正在进行迁移整合，暂时无法访问，请稍后再来。给您带来不便，敬请谅解。'],
  closed: ['网站已关停', '本网站已关停，不再提供服务。如需查询相关信息，请访问上级政府门户网站。'],
  building: ['网站正在发布', '网站页面正在生成，请稍候片刻后刷新本页。'],
};

/** Queues the next periodic run of a job; the key names the slot, so one job waits however many processes run. */
async function scheduleEvery(ctx: Ctx, name: string, everyMs: number): Promise<void> {
  const next = new Date(Math.floor(Date.now() / everyMs + 1) * everyMs);
  await ctx.jobs.enqueue(name, {}, { runAt: next, singletonKey: next.toISOString() });
}

export const publishingModule: JiyueModule = {
  name: 'publishing',
  migrations: [publishingTables],
  routes(app, ctx) {
    registerPublishingRoutes(app, ctx);
    registerShareRoutes(app, ctx);
    registerPublicSite(app, ctx, {
      outputDir: (code) => siteOutputDir(ctx.config, code),
      async findRedirect(siteId, path) {
        const to = await findRedirect(ctx, siteId, path.replace(/^\/+/, ''));
        return to === null ? null : `/${to}`;
      },
      async offersTraditional(siteId) {
        const sc = await loadSiteContext(ctx, siteId);
        return Boolean(sc?.site.languages.includes('zh-TW'));
      },
      async messagePage(siteId, kind) {
        const sc = await loadSiteContext(ctx, siteId);
        const [heading, text] = messages[kind];
        if (!sc)
          return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${heading}</title></head><body><main><h1>${heading}</h1><p>${text}</p></main></body></html>`;
        return renderView(sc, buildMessage(sc, heading, text));
      },
    });
  },
  wire(ctx) {
    subscribe(ctx);
    ctx.jobs.define<BuildPart>(
      'publishing.build-part',
      async (part) => {
        await completePart(ctx, part, await runPart(ctx, part));
      },
      { leaseSeconds: 600 },
    );
    ctx.jobs.define<{ siteId: number; columnId: number }>('publishing.column-tail', async (payload) => {
      await renderColumnTail(ctx, payload);
    });
    // Changes left pending by a crash (or written by another process) are published here.
    ctx.jobs.define('publishing.drain', async () => {
      try {
        await drainPending(ctx);
      } finally {
        await scheduleEvery(ctx, 'publishing.drain', 60_000);
      }
    });
    // Tamper check of every served site, hourly.
    ctx.jobs.define('publishing.verify', async () => {
      try {
        for (const site of await servedSites(ctx)) await verifySite(ctx, site.id);
      } finally {
        await scheduleEvery(ctx, 'publishing.verify', 3_600_000);
      }
    });
  },
  async start(ctx) {
    await scheduleEvery(ctx, 'publishing.drain', 60_000);
    await scheduleEvery(ctx, 'publishing.verify', 3_600_000);
    void kickDrain(ctx);
  },
  // Runs after the library and workflow demo content: a newcomer's first start shows complete sites.
  async seedDemoContent(ctx) {
    await buildAllSites(ctx, '首次启动发布演示网站', { inline: true });
  },
};
