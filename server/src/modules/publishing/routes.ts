import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../kernel/index.js';
import { authorize, requireActor } from '../accounts/index.js';
import { getPreviewItem } from '../library/index.js';
import { PreviewUnavailable, SiteNotFound } from './errors.js';
import { rebase } from './pages.js';
import { previewItemView, renderView, sampleView } from './publisher.js';
import * as repo from './repository.js';
import { startFullBuild } from './service.js';
import { invalidateSiteContext, loadSiteContext, type SiteContext } from './site-context.js';
import { assertTemplateValid, getSiteTemplate, listSiteTemplates, resetSiteTemplate, saveSiteTemplate } from './templates.js';
import { createSiteRenderer } from './theme/renderer.js';
import { verifySite } from './verify.js';
import type { PageView } from './view-model.js';

const security = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];
const tags = ['publishing'];

const siteIdParams = z.object({ siteId: z.coerce.number().int().positive() });
const templateParams = siteIdParams.extend({ name: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, '模板名称不正确') });
const itemIdParams = z.object({ itemId: z.coerce.number().int().positive() });

const buildSchema = z.object({
  id: z.number(),
  status: z.string(),
  reason: z.string(),
  pages: z.number(),
  shardsTotal: z.number(),
  shardsDone: z.number(),
  errors: z.array(z.string()),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
const verifySchema = z.object({
  checkedAt: z.string(),
  changed: z.array(z.string()),
  added: z.array(z.string()),
  missing: z.array(z.string()),
});
const statusSchema = z.object({
  siteId: z.number(),
  code: z.string(),
  outputUrl: z.string(),
  pages: z.number(),
  lastBuild: buildSchema.nullable(),
  lastVerify: verifySchema.nullable(),
});
const templateSummarySchema = z.object({
  name: z.string(),
  description: z.string(),
  isOverridden: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
const templateSchema = z.object({
  name: z.string(),
  description: z.string(),
  source: z.string(),
  themeSource: z.string(),
  isOverridden: z.boolean(),
});
const sourceBody = z.object({ source: z.string().max(200_000, '模板过长（不超过20万字符）') }).strict();
const previewBody = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, '模板名称不正确'),
    source: z.string().max(200_000, '模板过长（不超过20万字符）'),
    sample: z.enum(['home', 'list', 'item']).default('item'),
    itemId: z.number().int().positive().optional(),
  })
  .strict();

async function siteContextOf(ctx: Ctx, siteId: number): Promise<SiteContext> {
  const sc = await loadSiteContext(ctx, siteId);
  if (!sc) throw SiteNotFound();
  return sc;
}

/** Preview HTML: never cached, never indexed, same CSP as the public pages. */
function sendPreview(reply: FastifyReply, html: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    )
    .send(html);
}

/** Links of a preview point at the published site on this host (`/sites/<code>/…`). */
function forPreview(sc: SiteContext, view: PageView): PageView {
  const rebased = rebase(view, view.root, `/sites/${sc.site.code}/`);
  rebased.isIndexable = false;
  return rebased;
}

export function registerPublishingRoutes(fastify: FastifyInstance, ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/admin/publishing/sites/:siteId',
    {
      schema: {
        tags,
        summary: '网站发布状态：页面数、最近一次发布和防篡改检查',
        security,
        params: siteIdParams,
        response: { 200: statusSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { siteId } = request.params;
      await authorize(ctx, actor, 'sites.read', { siteId });
      const sc = await siteContextOf(ctx, siteId);
      const [pages, lastBuild, lastVerify] = await Promise.all([
        repo.countManifest(ctx, siteId),
        repo.findLastBuild(ctx, siteId),
        repo.findLastVerification(ctx, siteId),
      ]);
      return {
        siteId,
        code: sc.site.code,
        outputUrl: `/sites/${sc.site.code}/`,
        pages,
        lastBuild: lastBuild ? { ...lastBuild } : null,
        lastVerify: lastVerify ?? null,
      };
    },
  );

  app.post(
    '/api/admin/publishing/sites/:siteId/rebuild',
    {
      schema: {
        tags,
        summary: '全量重新发布网站（后台任务，多个工作进程分片执行）',
        security: writeSecurity,
        params: siteIdParams,
        response: { 202: z.object({ buildId: z.number() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { siteId } = request.params;
      await authorize(ctx, actor, 'sites.update', { siteId });
      await siteContextOf(ctx, siteId);
      invalidateSiteContext(ctx, siteId);
      // With jobs on, the parts are queued for the workers; without, the build runs before the answer.
      const buildId = await startFullBuild(ctx, siteId, `${actor.displayName}手动发布`);
      return reply.status(202).send({ buildId });
    },
  );

  app.post(
    '/api/admin/publishing/sites/:siteId/verify',
    {
      schema: {
        tags,
        summary: '防篡改检查：比对已发布文件与发布清单',
        security: writeSecurity,
        params: siteIdParams,
        response: { 200: verifySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { siteId } = request.params;
      await authorize(ctx, actor, 'sites.read', { siteId });
      await siteContextOf(ctx, siteId);
      const report = await verifySite(ctx, siteId);
      return { checkedAt: report.checkedAt, changed: report.changed, added: report.added, missing: report.missing };
    },
  );

  app.get(
    '/api/admin/publishing/sites/:siteId/templates',
    {
      schema: {
        tags,
        summary: '网站模板列表',
        security,
        params: siteIdParams,
        response: { 200: z.object({ items: z.array(templateSummarySchema) }) },
      },
    },
    async (request) => ({ items: await listSiteTemplates(ctx, { actor: requireActor(request), siteId: request.params.siteId }) }),
  );

  app.get(
    '/api/admin/publishing/sites/:siteId/templates/:name',
    {
      schema: {
        tags,
        summary: '查看网站模板（本站自定义或主题默认）',
        security,
        params: templateParams,
        response: { 200: templateSchema },
      },
    },
    async (request) => getSiteTemplate(ctx, { actor: requireActor(request), ...request.params }),
  );

  app.put(
    '/api/admin/publishing/sites/:siteId/templates/:name',
    {
      schema: {
        tags,
        summary: '保存网站模板（先校验语法、变量和引用，出错不保存，线上网站继续使用原模板）',
        security: writeSecurity,
        params: templateParams,
        body: sourceBody,
        response: { 200: templateSchema },
      },
    },
    async (request) => saveSiteTemplate(ctx, { actor: requireActor(request), ...request.params, source: request.body.source }),
  );

  app.delete(
    '/api/admin/publishing/sites/:siteId/templates/:name',
    { schema: { tags, summary: '模板恢复为主题默认', security: writeSecurity, params: templateParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await resetSiteTemplate(ctx, { actor: requireActor(request), ...request.params });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/publishing/sites/:siteId/templates/preview',
    {
      schema: {
        tags,
        summary: '用未保存的模板预览页面（首页、列表页或信息页），返回 HTML',
        security: writeSecurity,
        params: siteIdParams,
        body: previewBody,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { siteId } = request.params;
      await authorize(ctx, actor, 'sites.update', { siteId });
      await assertTemplateValid(ctx, siteId, request.body.name, request.body.source);
      const sc = await siteContextOf(ctx, siteId);
      const view = await sampleView(ctx, sc, request.body.sample, request.body.itemId);
      if (!view) throw PreviewUnavailable({ message: '本站还没有可用于预览的已发布信息' });
      const overrides = new Map((await repo.listTemplateOverrides(ctx, siteId)).map((o) => [o.name, o.source]));
      overrides.set(request.body.name, request.body.source);
      const renderer = createSiteRenderer({ themeKey: sc.site.themeKey, overrides, revision: `preview:${Date.now()}:${Math.random()}` });
      return sendPreview(reply, renderer.render(forPreview(sc, view)));
    },
  );

  app.get(
    '/api/admin/publishing/preview/items/:itemId',
    {
      schema: {
        tags,
        summary: '预览信息（当前版本，含未发布的修改），仅登录用户可见',
        security,
        params: itemIdParams,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const item = await getPreviewItem(ctx, { actor: requireActor(request), itemId: request.params.itemId });
      const found = await previewItemView(ctx, item);
      if (!found) throw PreviewUnavailable();
      return sendPreview(reply, renderView(found.sc, forPreview(found.sc, found.view)));
    },
  );
}
