import { readJson } from '../../kernel/index.js';
import type { AttachmentView, Item, ItemContent, ItemState, Placement } from './model.js';
import type { AttachmentRow, ItemListRow, ItemRow, PlacementRow } from './repository.js';

export function toItem(row: ItemRow | (ItemListRow & { body?: string })): Item {
  return {
    id: row.id,
    type: row.type,
    siteId: row.siteId,
    orgUnitId: row.orgUnitId,
    title: row.title,
    state: row.state as ItemState,
    version: row.version,
    publishedVersion: row.publishedVersion,
    summary: row.summary,
    keywords: readJson<string[]>(row.keywords, []),
    author: row.author,
    source: row.source,
    body: 'body' in row && typeof row.body === 'string' ? row.body : '',
    metadata: readJson<Record<string, unknown>>(row.metadata, {}),
    indexNo: row.indexNo,
    validity: row.validity,
    publishAt: row.publishAt,
    unpublishAt: row.unpublishAt,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedByName ? { id: row.publishedBy, name: row.publishedByName } : null,
    withdrawnReason: row.withdrawnReason,
    createdBy: { id: row.createdBy, name: row.createdByName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function contentOf(item: Pick<Item, 'title' | 'summary' | 'keywords' | 'author' | 'source' | 'body' | 'metadata'>): ItemContent {
  return {
    title: item.title,
    summary: item.summary,
    keywords: item.keywords,
    author: item.author,
    source: item.source,
    body: item.body,
    metadata: item.metadata,
  };
}

export function toPlacement(row: PlacementRow): Placement {
  return {
    id: row.id,
    itemId: row.itemId,
    siteId: row.siteId,
    columnId: row.columnId,
    sortOrder: row.sortOrder,
    isPinned: Boolean(row.isPinned),
    publishAt: row.publishAt,
    isRepost: Boolean(row.isRepost),
    sourceName: row.sourceName,
    createdAt: row.createdAt,
  };
}

export function toAttachment(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    itemId: row.itemId,
    siteId: row.siteId,
    kind: row.kind as AttachmentView['kind'],
    filename: row.filename,
    mimeType: row.mimeType,
    size: Number(row.size),
    sha256: row.sha256,
    altText: row.altText,
    createdAt: row.createdAt,
  };
}
