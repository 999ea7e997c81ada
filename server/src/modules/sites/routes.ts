import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx } from '../../kernel/index.js';
import { requireActor } from '../accounts/index.js';
import { createColumn, deleteColumn, listColumns, moveColumn, updateColumn } from './columns.js';
import {
  columnIdParams,
  columnListSchema,
  columnSchema,
  createColumnBody,
  createSiteBody,
  historySchema,
  listSitesQuery,
  moveColumnBody,
  sitePageSchema,
  siteIdParams,
  siteSchema,
  siteTreeSchema,
  transitionBody,
  updateColumnBody,
  updateSiteBody,
} from './schemas.js';
import { createSite, getSite, getSiteTree, listSiteHistory, listSites, transitionSite, updateSite } from './sites.js';

const security = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

/** Admin API of the sites module: each handler is one call to a use case. */
export function registerAdminRoutes(fastify: FastifyInstance, ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const sites = ['sites'];
  const columns = ['columns'];

  app.get(
    '/api/admin/sites',
    {
      schema: {
        tags: sites,
        summary: '网站列表（仅有权查看的网站）',
        security,
        querystring: listSitesQuery,
        response: { 200: sitePageSchema },
      },
    },
    async (request) => listSites(ctx, { actor: requireActor(request), ...request.query }),
  );

  app.post(
    '/api/admin/sites',
    {
      schema: {
        tags: sites,
        summary: '开设网站（申请或直接开设）',
        security: writeSecurity,
        body: createSiteBody,
        response: { 201: siteSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createSite(ctx, { actor: requireActor(request), ...request.body })),
  );

  app.get(
    '/api/admin/sites/tree',
    { schema: { tags: sites, summary: '网站树', security, response: { 200: siteTreeSchema } } },
    async (request) => ({ items: await getSiteTree(ctx, { actor: requireActor(request) }) }),
  );

  app.get(
    '/api/admin/sites/:siteId',
    { schema: { tags: sites, summary: '网站详情', security, params: siteIdParams, response: { 200: siteSchema } } },
    async (request) => getSite(ctx, { actor: requireActor(request), siteId: request.params.siteId }),
  );

  app.patch(
    '/api/admin/sites/:siteId',
    {
      schema: {
        tags: sites,
        summary: '修改网站信息',
        security: writeSecurity,
        params: siteIdParams,
        body: updateSiteBody,
        response: { 200: siteSchema },
      },
    },
    async (request) => updateSite(ctx, { actor: requireActor(request), siteId: request.params.siteId, ...request.body }),
  );

  app.post(
    '/api/admin/sites/:siteId/transitions',
    {
      schema: {
        tags: sites,
        summary: '变更网站状态（审批、上线、下线、迁移、关停）',
        security: writeSecurity,
        params: siteIdParams,
        body: transitionBody,
        response: { 200: siteSchema },
      },
    },
    async (request) => transitionSite(ctx, { actor: requireActor(request), siteId: request.params.siteId, ...request.body }),
  );

  app.get(
    '/api/admin/sites/:siteId/history',
    { schema: { tags: sites, summary: '网站状态变更记录', security, params: siteIdParams, response: { 200: historySchema } } },
    async (request) => ({ items: await listSiteHistory(ctx, { actor: requireActor(request), siteId: request.params.siteId }) }),
  );

  app.get(
    '/api/admin/sites/:siteId/columns',
    {
      schema: {
        tags: columns,
        summary: '网站的全部栏目（先父后子，同级按顺序）',
        security,
        params: siteIdParams,
        response: { 200: columnListSchema },
      },
    },
    async (request) => ({ items: await listColumns(ctx, { actor: requireActor(request), siteId: request.params.siteId }) }),
  );

  app.post(
    '/api/admin/sites/:siteId/columns',
    {
      schema: {
        tags: columns,
        summary: '新建栏目',
        security: writeSecurity,
        params: siteIdParams,
        body: createColumnBody,
        response: { 201: columnSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createColumn(ctx, { actor: requireActor(request), siteId: request.params.siteId, ...request.body })),
  );

  app.patch(
    '/api/admin/columns/:columnId',
    {
      schema: {
        tags: columns,
        summary: '修改栏目（含隐藏/显示）',
        security: writeSecurity,
        params: columnIdParams,
        body: updateColumnBody,
        response: { 200: columnSchema },
      },
    },
    async (request) => updateColumn(ctx, { actor: requireActor(request), columnId: request.params.columnId, ...request.body }),
  );

  app.post(
    '/api/admin/columns/:columnId/move',
    {
      schema: {
        tags: columns,
        summary: '移动栏目或调整顺序',
        security: writeSecurity,
        params: columnIdParams,
        body: moveColumnBody,
        response: { 200: columnSchema },
      },
    },
    async (request) => moveColumn(ctx, { actor: requireActor(request), columnId: request.params.columnId, ...request.body }),
  );

  app.delete(
    '/api/admin/columns/:columnId',
    { schema: { tags: columns, summary: '删除栏目（须无子栏目）', security: writeSecurity, params: columnIdParams } },
    async (request, reply) => {
      await deleteColumn(ctx, { actor: requireActor(request), columnId: request.params.columnId });
      return reply.status(204).send();
    },
  );
}
