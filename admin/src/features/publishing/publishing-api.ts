import { isApiError, request, requestText } from '../../api/client';

// The publishing module's admin API (/tmp/pub-contract.md, "Admin API"). Called through the untyped
// `request` helpers so that the console compiles whether or not the generated schema has these
// routes yet; the shapes below are the contract agreed with the server. After `npm run gen:api`
// these can move to the typed client.

/**
 * Who may open 网站发布 and 模板管理: the server authorizes the template routes with `sites.update`
 * on the site (修改网站信息, held by 网站管理员 and 平台管理员).
 */
export const publishingPermission = 'sites.update';

export interface BuildSummary {
  /** queued / running while the build goes on; then succeeded or failed (other words are shown as they are). */
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  pages: number;
  /** A count, or the messages of the pages that failed. */
  errors: number | string[];
}

export interface VerifyReport {
  checkedAt: string;
  /** Site-relative paths of served files whose content differs from the manifest. */
  changed: string[];
  /** Files in the output folder the manifest does not know. */
  added: string[];
  /** Files of the manifest missing from the output folder. */
  missing: string[];
}

export interface PublishingStatus {
  siteId: number;
  code: string;
  /** Where the published site can be read (absolute URL or a path on this host). */
  outputUrl: string;
  pages: number;
  lastBuild: BuildSummary | null;
  lastVerify: VerifyReport | null;
}

export interface TemplateSummary {
  name: string;
  description: string;
  isOverridden: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface TemplateDetail {
  name: string;
  description: string;
  /** The site's own source when overridden, else the theme's. */
  source: string;
  themeSource: string;
  isOverridden: boolean;
}

export type PreviewSample = 'home' | 'list' | 'item';

const siteBase = (siteId: number) => `/api/admin/publishing/sites/${siteId}`;
const templatePath = (siteId: number, name: string) => `${siteBase(siteId)}/templates/${encodeURIComponent(name)}`;

export function getPublishingStatus(siteId: number): Promise<PublishingStatus> {
  return request<PublishingStatus>('GET', siteBase(siteId));
}

/** Starts a full rebuild of the site as a job (202). */
export function rebuildSite(siteId: number): Promise<{ buildId: number | string }> {
  return request('POST', `${siteBase(siteId)}/rebuild`, {});
}

/** Compares the served files with the manifest now and answers the report. */
export function verifySite(siteId: number): Promise<VerifyReport> {
  return request<VerifyReport>('POST', `${siteBase(siteId)}/verify`, {});
}

export function listTemplates(siteId: number): Promise<{ items: TemplateSummary[] }> {
  return request('GET', `${siteBase(siteId)}/templates`);
}

export function getTemplate(siteId: number, name: string): Promise<TemplateDetail> {
  return request<TemplateDetail>('GET', templatePath(siteId, name));
}

/** Saves the site's own version of a template. Errors: 422 TEMPLATE_INVALID (see templateProblem). */
export function saveTemplate(siteId: number, name: string, source: string): Promise<TemplateDetail> {
  return request<TemplateDetail>('PUT', templatePath(siteId, name), { source });
}

/** Deletes the site's version: the theme's template applies again. */
export function resetTemplate(siteId: number, name: string): Promise<void> {
  return request<void>('DELETE', templatePath(siteId, name));
}

/** The page rendered with an unsaved source, as complete HTML. Errors: 422 TEMPLATE_INVALID. */
export function previewTemplate(
  siteId: number,
  body: { name: string; source: string; sample?: PreviewSample; itemId?: number },
): Promise<string> {
  return requestText('POST', `${siteBase(siteId)}/templates/preview`, body);
}

/** Where an editor previews an item's current draft as it will look (opened in a new tab). */
export function itemPreviewUrl(itemId: number): string {
  return `/api/admin/publishing/preview/items/${itemId}`;
}

export interface TemplateProblem {
  message: string;
  line: number | null;
  column: number | null;
  reason: string | null;
}

const asPosition = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * Reads a TEMPLATE_INVALID error. The server sends `details: [{ path: 'source:<line>:<column>',
 * message: <reason> }]` (a field list like every 400); `{line, column, reason}` as first agreed in
 * the contract is understood too, and the message (`模板第3行第5列有错误：…`) is the last resort.
 * Answers null for any other error.
 */
export function templateProblem(error: unknown): TemplateProblem | null {
  if (!isApiError(error, 'TEMPLATE_INVALID')) return null;
  const raw = Array.isArray(error.rawDetails) ? error.rawDetails[0] : error.rawDetails;
  type Raw = { line?: unknown; column?: unknown; reason?: unknown; message?: unknown; path?: unknown };
  const details = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const fromPath = typeof details.path === 'string' ? /^source:(\d+):(\d+)$/.exec(details.path) : null;
  const fromMessage = /第\s*(\d+)\s*行(?:第\s*(\d+)\s*列)?/.exec(error.message);
  const reason = typeof details.reason === 'string' ? details.reason : typeof details.message === 'string' ? details.message : null;
  return {
    message: error.message,
    line: asPosition(details.line) ?? asPosition(fromPath?.[1]) ?? asPosition(fromMessage?.[1]),
    column: asPosition(details.column) ?? asPosition(fromPath?.[2]) ?? asPosition(fromMessage?.[2]),
    reason,
  };
}
