import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { storageFor, transaction, type Ctx } from '../../kernel/index.js';
import { authorize, recordAudit, type Actor } from '../accounts/index.js';
import { findSiteById } from '../sites/index.js';
import { loadAuthorized } from './access.js';
import { AttachmentInvalid, AttachmentNotFound, AttachmentTooLarge, AttachmentTypeRefused } from './errors.js';
import type { AttachmentView } from './model.js';
import * as repo from './repository.js';
import { toAttachment } from './views.js';

type Kind = AttachmentView['kind'];

/**
 * What may be uploaded, by the type found in the file's own bytes (never the name or the
 * browser's claim alone), with the extensions a file of that type may carry. SVG is refused: it
 * can carry scripts. Office formats of the OOXML family and OFD (the national fixed-layout format)
 * are zip containers; the extension decides between them once the bytes say "zip".
 */
const accepted: Record<string, { kind: Kind; extensions: string[] }> = {
  'image/jpeg': { kind: 'image', extensions: ['jpg', 'jpeg'] },
  'image/png': { kind: 'image', extensions: ['png'] },
  'image/gif': { kind: 'image', extensions: ['gif'] },
  'image/webp': { kind: 'image', extensions: ['webp'] },
  'application/pdf': { kind: 'document', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'document', extensions: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', extensions: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { kind: 'document', extensions: ['pptx'] },
  'application/x-cfb': { kind: 'document', extensions: ['doc', 'xls', 'ppt', 'wps', 'et'] },
  'application/zip': { kind: 'document', extensions: ['zip', 'ofd'] },
  'audio/mpeg': { kind: 'audio', extensions: ['mp3'] },
  'audio/x-m4a': { kind: 'audio', extensions: ['m4a'] },
  'audio/mp4': { kind: 'audio', extensions: ['m4a'] },
  'audio/wav': { kind: 'audio', extensions: ['wav'] },
  'audio/ogg': { kind: 'audio', extensions: ['ogg', 'oga'] },
  'video/mp4': { kind: 'video', extensions: ['mp4', 'm4v'] },
  'video/webm': { kind: 'video', extensions: ['webm'] },
};

/** Plain-text formats have no magic bytes: accepted by extension when the bytes are UTF-8 text. */
const textExtensions: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };

function extensionOf(filename: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(filename);
  return m ? m[1]!.toLowerCase() : '';
}

function isUtf8Text(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** Decides the stored type of an upload, or throws LIBRARY_ATTACHMENT_TYPE_REFUSED. */
export async function classifyUpload(filename: string, data: Buffer): Promise<{ kind: Kind; mimeType: string }> {
  const ext = extensionOf(filename);
  // Loaded on first use, to keep start-up short.
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = await fileTypeFromBuffer(data);
  if (sniffed) {
    const rule = accepted[sniffed.mime];
    if (!rule) throw AttachmentTypeRefused({ message: `不支持上传这种文件（识别为 ${sniffed.ext}）` });
    if (!rule.extensions.includes(ext)) {
      throw AttachmentTypeRefused({ message: `文件扩展名 .${ext || '（无）'} 与文件内容（${sniffed.ext}）不符` });
    }
    return { kind: rule.kind, mimeType: sniffed.mime === 'application/zip' && ext === 'ofd' ? 'application/ofd' : sniffed.mime };
  }
  if (textExtensions[ext] && isUtf8Text(data)) return { kind: 'document', mimeType: textExtensions[ext] };
  throw AttachmentTypeRefused({ message: '无法识别的文件类型；支持图片、PDF、Office/WPS 文档、OFD、音频和视频' });
}

export interface UploadInput {
  actor: Actor;
  siteId: number;
  itemId?: number | null;
  filename: string;
  data: Buffer;
  altText?: string | null;
}

/**
 * Stores an upload after checking its size and type (nothing is stored when either fails), and
 * records it, attached to an item or (before the item exists) to the site.
 * Throws LIBRARY_ATTACHMENT_TOO_LARGE, LIBRARY_ATTACHMENT_TYPE_REFUSED, LIBRARY_ATTACHMENT_INVALID, FORBIDDEN.
 */
export async function uploadAttachment(ctx: Ctx, input: UploadInput): Promise<AttachmentView> {
  if (input.data.length > ctx.config.uploadMaxBytes) {
    throw AttachmentTooLarge({ message: `文件超过${Math.round(ctx.config.uploadMaxBytes / 1024 / 1024)}MB的限制` });
  }
  if (input.data.length === 0) throw AttachmentInvalid({ details: [{ path: 'file', message: '文件是空的' }] });
  const filename = input.filename.replace(/[\\/]/g, '_').trim().slice(0, 200);
  if (!filename) throw AttachmentInvalid({ details: [{ path: 'file', message: '文件没有名称' }] });
  const altText = input.altText?.trim() || null;
  if (altText && altText.length > 200) throw AttachmentInvalid({ details: [{ path: 'altText', message: '替代文本不超过200字' }] });
  const site = await findSiteById(ctx, input.siteId);
  if (!site) throw AttachmentInvalid({ details: [{ path: 'siteId', message: '网站不存在' }] });
  if (input.itemId) {
    const item = await loadAuthorized(ctx, input.actor, 'content.edit', input.itemId);
    if (item.siteId !== site.id) throw AttachmentInvalid({ details: [{ path: 'itemId', message: '附件须上传到信息所属的网站' }] });
  } else {
    await authorize(ctx, input.actor, 'content.edit', { siteId: site.id });
  }
  const { kind, mimeType } = await classifyUpload(filename, input.data);
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const now = ctx.now();
  const ext = extensionOf(filename);
  const key = `library/${site.id}/${now.toISOString().slice(0, 7)}/${randomUUID()}${ext ? `.${ext}` : ''}`;
  const storage = storageFor(ctx.config);
  await storage.put(key, input.data, mimeType);
  try {
    return await transaction(ctx, async (tx) => {
      const row = await repo.insertAttachment(tx, {
        itemId: input.itemId ?? null,
        siteId: site.id,
        kind,
        storageKey: key,
        filename,
        mimeType,
        size: input.data.length,
        sha256,
        altText,
        createdBy: input.actor.userId,
        createdAt: now.toISOString(),
      });
      await recordAudit(tx, {
        actor: input.actor,
        action: 'library.attachment.upload',
        targetType: 'library_attachment',
        targetId: row.id,
        targetLabel: filename,
        siteId: site.id,
        summary: `上传附件“${filename}”（${Math.ceil(input.data.length / 1024)} KB）`,
      });
      return toAttachment(row);
    });
  } catch (error) {
    // The record failed: do not leave an orphan file behind.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

async function loadAttachment(ctx: Ctx, actor: Actor, attachmentId: number, permission: 'content.read' | 'content.edit') {
  const row = await repo.findAttachment(ctx, attachmentId);
  if (!row) throw AttachmentNotFound();
  if (row.itemId) await loadAuthorized(ctx, actor, permission, row.itemId);
  else await authorize(ctx, actor, permission, { siteId: row.siteId });
  return row;
}

/** Sets an attachment's alternative text (images need one) or links it to an item. */
export async function updateAttachment(
  ctx: Ctx,
  input: { actor: Actor; attachmentId: number; altText?: string | null; itemId?: number | null },
): Promise<AttachmentView> {
  return transaction(ctx, async (tx) => {
    const row = await loadAttachment(tx, input.actor, input.attachmentId, 'content.edit');
    const altText = input.altText === undefined ? row.altText : input.altText?.trim() || null;
    if (altText && altText.length > 200) throw AttachmentInvalid({ details: [{ path: 'altText', message: '替代文本不超过200字' }] });
    let itemId = row.itemId;
    if (input.itemId !== undefined && input.itemId !== row.itemId) {
      if (input.itemId !== null) {
        const item = await loadAuthorized(tx, input.actor, 'content.edit', input.itemId);
        if (item.siteId !== row.siteId) throw AttachmentInvalid({ details: [{ path: 'itemId', message: '附件须属于信息所在的网站' }] });
      }
      itemId = input.itemId;
    }
    const updated = await repo.updateAttachment(tx, row.id, { altText, itemId });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'library.attachment.update',
      targetType: 'library_attachment',
      targetId: row.id,
      targetLabel: row.filename,
      siteId: row.siteId,
      summary: `修改附件“${row.filename}”的信息`,
    });
    return toAttachment(updated!);
  });
}

export async function listItemAttachments(ctx: Ctx, input: { actor: Actor; itemId: number }): Promise<AttachmentView[]> {
  await loadAuthorized(ctx, input.actor, 'content.read', input.itemId, { allowPublicRead: true });
  return (await repo.listAttachments(ctx, input.itemId)).map(toAttachment);
}

/** The file of an attachment, for staff who may read it. Throws LIBRARY_ATTACHMENT_NOT_FOUND. */
export async function openAttachment(ctx: Ctx, input: { actor: Actor; attachmentId: number }): Promise<{ attachment: AttachmentView; stream: Readable }> {
  const row = await loadAttachment(ctx, input.actor, input.attachmentId, 'content.read');
  const stream = await storageFor(ctx.config).get(row.storageKey).catch(() => {
    throw AttachmentNotFound({ message: '附件文件已丢失' });
  });
  return { attachment: toAttachment(row), stream };
}

/** Trusted read for the publishing module: attachments by id. */
export async function findAttachments(ctx: Ctx, ids: number[]): Promise<AttachmentView[]> {
  return (await repo.findAttachmentsByIds(ctx, ids)).map(toAttachment);
}
