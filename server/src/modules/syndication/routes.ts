import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../kernel/index.js';
import { requireActor } from '../accounts/index.js';
import {
  acceptCrawlEntry,
  createCrawlSource,
  deleteCrawlSource,
  listCrawlEntries,
  listCrawlSources,
  rejectCrawlEntry,
  runCrawlSourceNow,
  updateCrawlSource,
} from './crawling.js';
import { listRepostRequests, requestRepost } from './reposts.js';
import * as s from './schemas.js';
import { acceptSubmission, listSubmissions, listSubmissionTargets, returnSubmission, submissionStatistics, submitToSite } from './submissions.js';

const security = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

/** Admin API of cross-site flow: 信息报送, 转载要求, 网上抓取. */
export function registerSyndicationRoutes(fastify: FastifyInstance, ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['syndication'];

  app.get('/api/admin/syndication/submissions', { schema: { tags, summary: '报送记录（收到的或报出的）', security, querystring: s.listSubmissionsQuery, response: { 200: s.submissionPageSchema } } }, async (request) =>
    listSubmissions(ctx, { actor: requireActor(request), ...request.query }),
  );
  app.post('/api/admin/syndication/submissions', { schema: { tags, summary: '信息报送', security: writeSecurity, body: s.createSubmissionBody, response: { 201: s.submissionSchema } } }, async (request, reply) =>
    reply.status(201).send(await submitToSite(ctx, { actor: requireActor(request), ...request.body })),
  );
  app.post(
    '/api/admin/syndication/submissions/:submissionId/accept',
    { schema: { tags, summary: '采用报送信息（转载到本站栏目）', security: writeSecurity, params: s.submissionIdParams, body: s.acceptSubmissionBody, response: { 200: s.submissionSchema } } },
    async (request) => acceptSubmission(ctx, { actor: requireActor(request), submissionId: request.params.submissionId, ...request.body }),
  );
  app.post(
    '/api/admin/syndication/submissions/:submissionId/return',
    { schema: { tags, summary: '退回报送信息', security: writeSecurity, params: s.submissionIdParams, body: s.returnSubmissionBody, response: { 200: s.submissionSchema } } },
    async (request) => returnSubmission(ctx, { actor: requireActor(request), submissionId: request.params.submissionId, comment: request.body.comment }),
  );
  app.get('/api/admin/syndication/submissions/stats', { schema: { tags, summary: '报送统计（按报送单位）', security, querystring: s.statsQuery, response: { 200: s.statsSchema } } }, async (request) => ({
    items: await submissionStatistics(ctx, { actor: requireActor(request), ...request.query }),
  }));

  app.get('/api/admin/syndication/submission-targets', { schema: { tags, summary: '可报送的上级网站及其栏目', security, querystring: s.targetsQuery, response: { 200: s.targetsSchema } } }, async (request) => ({
    items: await listSubmissionTargets(ctx, { actor: requireActor(request), fromSiteId: request.query.fromSiteId }),
  }));

  app.get('/api/admin/syndication/repost-requests', { schema: { tags, summary: '转载要求及各下级网站的转载时效', security, querystring: s.pageQuery, response: { 200: s.repostPageSchema } } }, async (request) =>
    listRepostRequests(ctx, { actor: requireActor(request), ...request.query }),
  );
  app.post('/api/admin/syndication/repost-requests', { schema: { tags, summary: '要求下级网站转载', security: writeSecurity, body: s.createRepostBody, response: { 201: s.repostRequestSchema } } }, async (request, reply) =>
    reply.status(201).send(await requestRepost(ctx, { actor: requireActor(request), ...request.body })),
  );

  app.get('/api/admin/syndication/crawl-sources', { schema: { tags, summary: '抓取源', security, response: { 200: z.object({ items: z.array(s.crawlSourceSchema) }) } } }, async (request) => ({
    items: await listCrawlSources(ctx, { actor: requireActor(request) }),
  }));
  app.post('/api/admin/syndication/crawl-sources', { schema: { tags, summary: '新增抓取源', security: writeSecurity, body: s.createCrawlSourceBody, response: { 201: s.crawlSourceSchema } } }, async (request, reply) =>
    reply.status(201).send(await createCrawlSource(ctx, { actor: requireActor(request), ...request.body })),
  );
  app.patch(
    '/api/admin/syndication/crawl-sources/:sourceId',
    { schema: { tags, summary: '修改抓取源', security: writeSecurity, params: s.sourceIdParams, body: s.updateCrawlSourceBody, response: { 200: s.crawlSourceSchema } } },
    async (request) => updateCrawlSource(ctx, { actor: requireActor(request), sourceId: request.params.sourceId, ...request.body }),
  );
  app.delete('/api/admin/syndication/crawl-sources/:sourceId', { schema: { tags, summary: '删除抓取源', security: writeSecurity, params: s.sourceIdParams, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteCrawlSource(ctx, { actor: requireActor(request), sourceId: request.params.sourceId });
    return reply.status(204).send(null);
  });
  app.post('/api/admin/syndication/crawl-sources/:sourceId/run', { schema: { tags, summary: '立即抓取', security: writeSecurity, params: s.sourceIdParams, response: { 200: s.runResultSchema } } }, async (request) =>
    runCrawlSourceNow(ctx, { actor: requireActor(request), sourceId: request.params.sourceId }),
  );
  app.get('/api/admin/syndication/crawl-entries', { schema: { tags, summary: '抓取待审队列', security, querystring: s.listEntriesQuery, response: { 200: s.crawlEntryPageSchema } } }, async (request) =>
    listCrawlEntries(ctx, { actor: requireActor(request), ...request.query }),
  );
  app.post('/api/admin/syndication/crawl-entries/:entryId/accept', { schema: { tags, summary: '采用（入库为草稿）', security: writeSecurity, params: s.entryIdParams, response: { 200: s.acceptEntrySchema } } }, async (request) =>
    acceptCrawlEntry(ctx, { actor: requireActor(request), entryId: request.params.entryId }),
  );
  app.post('/api/admin/syndication/crawl-entries/:entryId/reject', { schema: { tags, summary: '不采用', security: writeSecurity, params: s.entryIdParams, response: { 200: s.crawlEntrySchema } } }, async (request) =>
    rejectCrawlEntry(ctx, { actor: requireActor(request), entryId: request.params.entryId }),
  );
}
