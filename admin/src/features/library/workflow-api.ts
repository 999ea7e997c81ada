import { request } from '../../api/client';
import type { LibraryItem } from '../../api/types';

// The workflow module's admin API (content checks, submission, recall, withdrawal). Called through
// the untyped `request` helper so that the console compiles whether or not the generated schema
// has these routes yet; the shapes below are the contract agreed with the server.

export type CheckerKey = 'dictionary' | 'privacy' | 'spam' | 'hidden_link';
export type Severity = 'block' | 'warn';

export interface Finding {
  id: number;
  checker: CheckerKey;
  rule: string;
  severity: Severity;
  /** The checked field: title, summary, body, metadata.x … */
  field: string;
  start: number;
  end: number;
  match: string;
  excerpt: string;
  suggestion?: string | null;
  message: string;
  override: null | { reason: string; by: string; at: string };
}

export interface CheckResult {
  findings: Finding[];
  isBlocked: boolean;
}

const base = (itemId: number) => `/api/admin/workflow/items/${itemId}`;

/** Runs the content checks on the item's current version. */
export function checkItem(itemId: number): Promise<CheckResult> {
  return request<CheckResult>('POST', `${base(itemId)}/check`, {});
}

/** The findings of the last check. */
export function getFindings(itemId: number): Promise<CheckResult> {
  return request<CheckResult>('GET', `${base(itemId)}/findings`);
}

/**
 * Submits `version` for review. Errors: 409 WORKFLOW_CHECKS_BLOCKING (details: the blocking
 * findings), 400 WORKFLOW_NOT_READY (details: what is missing, e.g. path 'body' or 'placements').
 */
export function submitItem(itemId: number, version: number): Promise<{ item: LibraryItem; findings: Finding[] }> {
  return request('POST', `${base(itemId)}/submit`, { version });
}

/** Takes an item back from review (it becomes a draft again). */
export function recallItem(itemId: number): Promise<LibraryItem> {
  return request<LibraryItem>('POST', `${base(itemId)}/recall`, {});
}

/** 撤稿: takes a published item off the sites (content.publish). */
export function withdrawItem(itemId: number, reason: string): Promise<unknown> {
  return request<unknown>('POST', `${base(itemId)}/withdraw`, { reason });
}

export const checkerLabels: Record<CheckerKey, string> = {
  dictionary: '敏感词与规范用语',
  privacy: '个人信息',
  spam: '广告与垃圾信息',
  hidden_link: '暗链',
};
