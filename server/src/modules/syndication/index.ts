// Public surface of the syndication module (cross-site flow): the only file other modules may import.
import type { Ctx, JiyueModule } from '../../kernel/index.js';
import { dueSources, runCrawlSource } from './crawling.js';
import { syndicationTables } from './migrations/2026112240_syndication_tables.js';
import { registerSyndicationRoutes } from './routes.js';

export { submitToSite, acceptSubmission, returnSubmission, listSubmissions, submissionStatistics, type SubmissionView } from './submissions.js';
export { requestRepost, listRepostRequests, repostStatus, defaultRepostWindowHours, type RepostRequestView } from './reposts.js';
export {
  createCrawlSource,
  updateCrawlSource,
  deleteCrawlSource,
  listCrawlSources,
  runCrawlSource,
  listCrawlEntries,
  acceptCrawlEntry,
  rejectCrawlEntry,
} from './crawling.js';

/** Every five minutes: queue a crawl for each source whose interval has passed. */
async function scheduleCrawlSweep(ctx: Ctx): Promise<void> {
  const next = new Date(Math.floor(Date.now() / 300_000 + 1) * 300_000);
  await ctx.jobs.enqueue('syndication.crawl-due', {}, { runAt: next, singletonKey: next.toISOString() });
}

export const syndicationModule: JiyueModule = {
  name: 'syndication',
  migrations: [syndicationTables],
  routes(app, ctx) {
    registerSyndicationRoutes(app, ctx);
  },
  wire(ctx) {
    ctx.jobs.define<{ sourceId: number }>(
      'syndication.crawl-source',
      async ({ sourceId }) => {
        const outcome = await runCrawlSource(ctx, sourceId);
        ctx.logger.info({ sourceId, ...outcome }, 'crawl source run');
      },
      { maxAttempts: 1, leaseSeconds: 600 },
    );
    ctx.jobs.define('syndication.crawl-due', async () => {
      try {
        const slot = new Date(Math.floor(Date.now() / 300_000) * 300_000).toISOString();
        for (const sourceId of await dueSources(ctx)) {
          await ctx.jobs.enqueue('syndication.crawl-source', { sourceId }, { singletonKey: `${sourceId}:${slot}` });
        }
      } finally {
        await scheduleCrawlSweep(ctx);
      }
    });
  },
  async start(ctx) {
    await scheduleCrawlSweep(ctx);
  },
};
