import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../kernel/index.js';
import { requireActor } from '../accounts/index.js';
import { listItemAttachments, openAttachment, updateAttachment, uploadAttachment } from './attachments.js';
import { docKinds, interpretationFormLabels, listContentTypes, validityLabels } from './content-types.js';
import { AttachmentInvalid, AttachmentTooLarge } from './errors.js';
import { createItem, deleteDraft, getItem, listItems, updateItem } from './items.js';
import { itemStateLabels, relationLabels } from './model.js';
import { addPlacement, listPlacementsOfItem, removePlacement, updatePlacement } from './placements.js';
import { addRelation, getRelations, removeRelation } from './relations.js';
import {
  addRelationBody,
  attachmentIdParams,
  attachmentSchema,
  createItemBody,
  diffQuery,
  diffSchema,
  itemDetailSchema,
  itemIdParams,
  itemPageSchema,
  itemSchema,
  listItemsQuery,
  placementIdParams,
  placementInput,
  placementSchema,
  relationIdParams,
  relationSchema,
  restoreBody,
  updateAttachmentBody,
  updateItemBody,
  updatePlacementBody,
  uploadQuery,
  versionContentSchema,
  versionParams,
  versionSchema,
  vocabularySchema,
} from './schemas.js';
import { topicTree } from './topics.js';
import { diffVersions, getVersion, listVersions, restoreVersion } from './versions.js';

const security = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

/** Admin API of the library: each handler is one call to a use case. */
export function registerLibraryRoutes(fastify: FastifyInstance, ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['library'];

  app.get(
    '/api/admin/library/vocabulary',
    { schema: { tags, summary: '信息类型、状态、关联类型、文种、主题分类等词表', security, response: { 200: vocabularySchema } } },
    async (request) => {
      requireActor(request);
      return {
        types: listContentTypes().map((t) => ({
          key: t.key,
          label: t.label,
          description: t.description,
          hasIndexNo: t.hasIndexNo,
          metadataSchema: z.toJSONSchema(t.metadata, { unrepresentable: 'any', io: 'input' }),
        })),
        states: Object.entries(itemStateLabels).map(([key, label]) => ({ key, label })),
        relationKinds: Object.entries(relationLabels).map(([key, l]) => ({ key, ...l })),
        validities: Object.entries(validityLabels).map(([key, label]) => ({ key, label })),
        docKinds: [...docKinds],
        interpretationForms: Object.entries(interpretationFormLabels).map(([key, label]) => ({ key, label })),
        topics: topicTree.map((t) => ({ name: t.name, children: [...t.children] })),
      };
    },
  );

  app.get(
    '/api/admin/library/items',
    { schema: { tags, summary: '信息资源库列表（筛选、游标分页）', security, querystring: listItemsQuery, response: { 200: itemPageSchema } } },
    async (request) => {
      const page = await listItems(ctx, { actor: requireActor(request), ...request.query });
      return page;
    },
  );

  app.post(
    '/api/admin/library/items',
    { schema: { tags, summary: '新建信息（入库）', security: writeSecurity, body: createItemBody, response: { 201: itemSchema } } },
    async (request, reply) => reply.status(201).send(await createItem(ctx, { actor: requireActor(request), ...request.body })),
  );

  app.get(
    '/api/admin/library/items/:itemId',
    { schema: { tags, summary: '信息详情（含发布位置、关联、附件）', security, params: itemIdParams, response: { 200: itemDetailSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const { itemId } = request.params;
      const item = await getItem(ctx, { actor, itemId });
      return {
        item,
        placements: await listPlacementsOfItem(ctx, itemId),
        relations: await getRelations(ctx, { actor, itemId }),
        attachments: await listItemAttachments(ctx, { actor, itemId }),
      };
    },
  );

  app.put(
    '/api/admin/library/items/:itemId',
    { schema: { tags, summary: '保存信息（生成新版本；版本号不符时返回 409）', security: writeSecurity, params: itemIdParams, body: updateItemBody, response: { 200: itemSchema } } },
    async (request) => updateItem(ctx, { actor: requireActor(request), itemId: request.params.itemId, ...request.body }),
  );

  app.delete(
    '/api/admin/library/items/:itemId',
    { schema: { tags, summary: '删除从未发布的草稿', security: writeSecurity, params: itemIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDraft(ctx, { actor: requireActor(request), itemId: request.params.itemId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/library/items/:itemId/placements',
    { schema: { tags, summary: '发布到栏目（他站栏目为转载）', security: writeSecurity, params: itemIdParams, body: placementInput, response: { 201: placementSchema } } },
    async (request, reply) => reply.status(201).send(await addPlacement(ctx, { actor: requireActor(request), itemId: request.params.itemId, ...request.body })),
  );

  app.patch(
    '/api/admin/library/placements/:placementId',
    { schema: { tags, summary: '调整排序、置顶或栏目发布时间', security: writeSecurity, params: placementIdParams, body: updatePlacementBody, response: { 200: placementSchema } } },
    async (request) => updatePlacement(ctx, { actor: requireActor(request), placementId: request.params.placementId, ...request.body }),
  );

  app.delete(
    '/api/admin/library/placements/:placementId',
    { schema: { tags, summary: '从栏目撤下', security: writeSecurity, params: placementIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removePlacement(ctx, { actor: requireActor(request), placementId: request.params.placementId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/library/items/:itemId/relations',
    { schema: { tags, summary: '添加关联（解读、修改、废止、回应、相关、讲话）', security: writeSecurity, params: itemIdParams, body: addRelationBody, response: { 201: relationSchema } } },
    async (request, reply) => reply.status(201).send(await addRelation(ctx, { actor: requireActor(request), itemId: request.params.itemId, ...request.body })),
  );

  app.delete(
    '/api/admin/library/relations/:relationId',
    { schema: { tags, summary: '删除关联', security: writeSecurity, params: relationIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeRelation(ctx, { actor: requireActor(request), relationId: request.params.relationId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/library/items/:itemId/versions',
    { schema: { tags, summary: '版本历史', security, params: itemIdParams, response: { 200: z.object({ items: z.array(versionSchema) }) } } },
    async (request) => ({ items: await listVersions(ctx, { actor: requireActor(request), itemId: request.params.itemId }) }),
  );

  app.get(
    '/api/admin/library/items/:itemId/versions/:version',
    { schema: { tags, summary: '某一版本的内容', security, params: versionParams, response: { 200: versionContentSchema } } },
    async (request) => getVersion(ctx, { actor: requireActor(request), ...request.params }),
  );

  app.get(
    '/api/admin/library/items/:itemId/diff',
    { schema: { tags, summary: '比较两个版本', security, params: itemIdParams, querystring: diffQuery, response: { 200: diffSchema } } },
    async (request) => ({ fields: await diffVersions(ctx, { actor: requireActor(request), itemId: request.params.itemId, ...request.query }) }),
  );

  app.post(
    '/api/admin/library/items/:itemId/versions/:version/restore',
    { schema: { tags, summary: '恢复到此版本（生成新版本）', security: writeSecurity, params: versionParams, body: restoreBody, response: { 200: itemSchema } } },
    async (request) =>
      restoreVersion(ctx, { actor: requireActor(request), itemId: request.params.itemId, restore: request.params.version, version: request.body.version }),
  );

  app.post(
    '/api/admin/library/attachments',
    {
      schema: {
        tags,
        summary: '上传附件（multipart/form-data，字段 file；按文件内容识别类型）',
        security: writeSecurity,
        querystring: uploadQuery,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) throw AttachmentInvalid({ details: [{ path: 'file', message: '请以 multipart/form-data 上传文件' }] });
      const file = await request.file();
      if (!file) throw AttachmentInvalid({ details: [{ path: 'file', message: '没有收到文件' }] });
      let data: Buffer;
      try {
        data = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw AttachmentTooLarge({ message: `文件超过${Math.round(ctx.config.uploadMaxBytes / 1024 / 1024)}MB的限制` });
        }
        throw error;
      }
      const attachment = await uploadAttachment(ctx, { actor, ...request.query, filename: file.filename, data });
      return reply.status(201).send(attachment);
    },
  );

  app.patch(
    '/api/admin/library/attachments/:attachmentId',
    { schema: { tags, summary: '修改附件替代文本或所属信息', security: writeSecurity, params: attachmentIdParams, body: updateAttachmentBody, response: { 200: attachmentSchema } } },
    async (request) => updateAttachment(ctx, { actor: requireActor(request), attachmentId: request.params.attachmentId, ...request.body }),
  );

  app.get(
    '/api/admin/library/attachments/:attachmentId/content',
    { schema: { tags, summary: '下载附件（工作人员）', security, params: attachmentIdParams } },
    async (request, reply) => {
      const { attachment, stream } = await openAttachment(ctx, { actor: requireActor(request), attachmentId: request.params.attachmentId });
      return reply
        .header('content-type', attachment.mimeType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );
}
