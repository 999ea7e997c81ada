import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../kernel/index.js';
import { requireActor } from '../accounts/index.js';
import { itemSchema } from '../library/index.js';
import { deleteChain, listChains, setChain } from './chains.js';
import { checkItem, getFindings, isBlocking, overrideFinding } from './checking.js';
import { addDictionaryEntry, deleteDictionaryEntry, listDictionary, updateDictionaryEntry } from './dictionary.js';
import { approveTask, itemReviewHistory, listInbox, recallItem, returnTask, submitItem, withdrawItem } from './review.js';
import {
  approveBody,
  chainIdParams,
  chainListSchema,
  chainSchema,
  chainsQuery,
  decisionSchema,
  dictionaryEntryBody,
  dictionaryEntrySchema,
  dictionaryPageSchema,
  dictionaryPatchBody,
  dictionaryQuery,
  entryIdParams,
  findingIdParams,
  findingSchema,
  findingsSchema,
  inboxQuery,
  itemIdParam,
  reasonBody,
  returnBody,
  setChainBody,
  submitBody,
  submitResultSchema,
  taskIdParams,
  taskPageSchema,
  taskSchema,
} from './schemas.js';

const security = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

/** Admin API of the workflow: review, content checks, chains and the dictionary. */
export function registerWorkflowRoutes(fastify: FastifyInstance, ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];

  app.post(
    '/api/admin/workflow/items/:itemId/check',
    { schema: { tags, summary: '内容检查（错敏词、个人信息、赌博垃圾链接、隐藏链接）', security: writeSecurity, params: itemIdParam, response: { 200: findingsSchema } } },
    async (request) => {
      const findings = await checkItem(ctx, { actor: requireActor(request), itemId: request.params.itemId });
      return { findings, isBlocked: findings.some(isBlocking) };
    },
  );

  app.get(
    '/api/admin/workflow/items/:itemId/findings',
    { schema: { tags, summary: '当前版本的内容检查结果', security, params: itemIdParam, response: { 200: findingsSchema } } },
    async (request) => {
      const findings = await getFindings(ctx, { actor: requireActor(request), itemId: request.params.itemId });
      return { findings, isBlocked: findings.some(isBlocking) };
    },
  );

  app.post(
    '/api/admin/workflow/findings/:findingId/override',
    { schema: { tags, summary: '审核人员说明理由后放行一处检查问题', security: writeSecurity, params: findingIdParams, body: reasonBody, response: { 200: findingSchema } } },
    async (request) => overrideFinding(ctx, { actor: requireActor(request), findingId: request.params.findingId, reason: request.body.reason }),
  );

  app.post(
    '/api/admin/workflow/items/:itemId/submit',
    { schema: { tags, summary: '提交审核', security: writeSecurity, params: itemIdParam, body: submitBody, response: { 200: submitResultSchema } } },
    async (request) => submitItem(ctx, { actor: requireActor(request), itemId: request.params.itemId, version: request.body.version }),
  );

  app.post(
    '/api/admin/workflow/items/:itemId/recall',
    { schema: { tags, summary: '撤回送审', security: writeSecurity, params: itemIdParam, response: { 200: itemSchema } } },
    async (request) => recallItem(ctx, { actor: requireActor(request), itemId: request.params.itemId }),
  );

  app.post(
    '/api/admin/workflow/items/:itemId/withdraw',
    { schema: { tags, summary: '撤稿（从所有网站撤下）', security: writeSecurity, params: itemIdParam, body: reasonBody, response: { 200: itemSchema } } },
    async (request) => withdrawItem(ctx, { actor: requireActor(request), itemId: request.params.itemId, reason: request.body.reason }),
  );

  app.get(
    '/api/admin/workflow/items/:itemId/history',
    { schema: { tags, summary: '审核记录', security, params: itemIdParam, response: { 200: z.object({ items: z.array(taskSchema) }) } } },
    async (request) => ({ items: await itemReviewHistory(ctx, { actor: requireActor(request), itemId: request.params.itemId }) }),
  );

  app.get(
    '/api/admin/workflow/tasks',
    { schema: { tags, summary: '我的待办（审核任务）', security, querystring: inboxQuery, response: { 200: taskPageSchema } } },
    async (request) => listInbox(ctx, { actor: requireActor(request), ...request.query }),
  );

  app.post(
    '/api/admin/workflow/tasks/:taskId/approve',
    { schema: { tags, summary: '审核通过', security: writeSecurity, params: taskIdParams, body: approveBody, response: { 200: decisionSchema } } },
    async (request) => approveTask(ctx, { actor: requireActor(request), taskId: request.params.taskId, comment: request.body.comment }),
  );

  app.post(
    '/api/admin/workflow/tasks/:taskId/return',
    { schema: { tags, summary: '退回修改', security: writeSecurity, params: taskIdParams, body: returnBody, response: { 200: decisionSchema } } },
    async (request) => returnTask(ctx, { actor: requireActor(request), taskId: request.params.taskId, comment: request.body.comment }),
  );

  app.get(
    '/api/admin/workflow/chains',
    { schema: { tags, summary: '网站与栏目的审核流程', security, querystring: chainsQuery, response: { 200: chainListSchema } } },
    async (request) => listChains(ctx, { actor: requireActor(request), siteId: request.query.siteId }),
  );

  app.put(
    '/api/admin/workflow/chains',
    { schema: { tags, summary: '设置网站或栏目的审核流程', security: writeSecurity, body: setChainBody, response: { 200: chainSchema } } },
    async (request) => setChain(ctx, { actor: requireActor(request), ...request.body }),
  );

  app.delete(
    '/api/admin/workflow/chains/:chainId',
    { schema: { tags, summary: '删除审核流程（改用上级或默认流程）', security: writeSecurity, params: chainIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteChain(ctx, { actor: requireActor(request), chainId: request.params.chainId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/workflow/dictionary',
    { schema: { tags, summary: '内容检查词库', security, querystring: dictionaryQuery, response: { 200: dictionaryPageSchema } } },
    async (request) => listDictionary(ctx, { actor: requireActor(request), ...request.query }),
  );

  app.post(
    '/api/admin/workflow/dictionary',
    { schema: { tags, summary: '新增词条', security: writeSecurity, body: dictionaryEntryBody, response: { 201: dictionaryEntrySchema } } },
    async (request, reply) => reply.status(201).send(await addDictionaryEntry(ctx, { actor: requireActor(request), ...request.body })),
  );

  app.patch(
    '/api/admin/workflow/dictionary/:entryId',
    { schema: { tags, summary: '修改词条', security: writeSecurity, params: entryIdParams, body: dictionaryPatchBody, response: { 200: dictionaryEntrySchema } } },
    async (request) => updateDictionaryEntry(ctx, { actor: requireActor(request), entryId: request.params.entryId, ...request.body }),
  );

  app.delete(
    '/api/admin/workflow/dictionary/:entryId',
    { schema: { tags, summary: '删除词条', security: writeSecurity, params: entryIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDictionaryEntry(ctx, { actor: requireActor(request), entryId: request.params.entryId });
      return reply.status(204).send(null);
    },
  );
}
