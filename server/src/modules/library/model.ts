/**
 * The vocabulary of the library: item states, relation kinds and the shapes other modules see.
 * Glossary: 信息 item, 栏目 column, 发布位置 placement, 转载 repost, 索引号 index number,
 * 文号 document number, 主题分类 topic, 有效性 validity, 解读 interpretation.
 */

/**
 * draft → in_review → approved → published; published → withdrawn (撤稿). Editing a published
 * item starts a new draft while the published version stays live (`publishedVersion`).
 */
export const itemStates = ['draft', 'in_review', 'approved', 'published', 'withdrawn'] as const;
export type ItemState = (typeof itemStates)[number];
export const itemStateLabels: Record<ItemState, string> = {
  draft: '草稿',
  in_review: '审核中',
  approved: '待发布',
  published: '已发布',
  withdrawn: '已撤稿',
};

/**
 * Typed relations. Each is stored once (from → to) and shown both ways: the inverse label is what
 * the target item shows.
 */
export const relationKinds = ['interprets', 'amends', 'repeals', 'responds_to', 'related', 'speech_of'] as const;
export type RelationKind = (typeof relationKinds)[number];
export const relationLabels: Record<RelationKind, { forward: string; inverse: string }> = {
  interprets: { forward: '解读', inverse: '被解读（相关解读）' },
  amends: { forward: '修改', inverse: '被修改' },
  repeals: { forward: '废止', inverse: '被废止' },
  responds_to: { forward: '回应', inverse: '相关回应' },
  related: { forward: '相关', inverse: '相关' },
  speech_of: { forward: '讲话（领导）', inverse: '领导讲话' },
};

export interface Placement {
  id: number;
  itemId: number;
  siteId: number;
  columnId: number;
  sortOrder: number;
  isPinned: boolean;
  /** When the item appears in this column (null: as soon as the item is published). */
  publishAt: string | null;
  isRepost: boolean;
  /** A repost names its source (the owning site's name unless given). */
  sourceName: string | null;
  createdAt: string;
}

export interface RelationView {
  id: number;
  kind: RelationKind;
  /** 'forward': this item → other; 'inverse': other → this item. */
  direction: 'forward' | 'inverse';
  label: string;
  item: { id: number; type: string; title: string; state: ItemState; siteId: number; validity: string | null };
}

export interface AttachmentView {
  id: number;
  itemId: number | null;
  siteId: number;
  kind: 'image' | 'document' | 'audio' | 'video';
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  altText: string | null;
  createdAt: string;
}

/** An item as the admin API and other modules see it. */
export interface Item {
  id: number;
  type: string;
  siteId: number;
  orgUnitId: number | null;
  title: string;
  state: ItemState;
  version: number;
  publishedVersion: number | null;
  summary: string | null;
  keywords: string[];
  author: string | null;
  source: string | null;
  body: string;
  metadata: Record<string, unknown>;
  indexNo: string | null;
  validity: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
  publishedAt: string | null;
  /** 谁发布谁负责: who published the live version. */
  publishedBy: { id: number | null; name: string } | null;
  withdrawnReason: string | null;
  createdBy: { id: number | null; name: string };
  createdAt: string;
  updatedAt: string;
}

/** The content of one version, as stored in its snapshot. */
export interface ItemContent {
  title: string;
  summary: string | null;
  keywords: string[];
  author: string | null;
  source: string | null;
  body: string;
  metadata: Record<string, unknown>;
}

export interface VersionView {
  itemId: number;
  version: number;
  title: string;
  note: string | null;
  createdBy: { id: number | null; name: string };
  createdAt: string;
  isPublished: boolean;
}

/** Payload of library.item.published / library.item.unpublished. */
export interface ItemPublicationEvent {
  itemId: number;
  version: number | null;
  type: string;
  siteId: number;
  /** Where the item appears: its placements' sites and columns. */
  placements: Array<{ siteId: number; columnId: number }>;
}
