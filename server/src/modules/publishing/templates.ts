import { transaction, type Ctx } from '../../kernel/index.js';
import { authorize, recordAudit, type Actor } from '../accounts/index.js';
import { TemplateInvalid, TemplateNotFound } from './errors.js';
import * as repo from './repository.js';
import { invalidateSiteContext, loadSiteContext } from './site-context.js';
import { queueChanges } from './service.js';
import { listTemplates, themeTemplateSource, validateTemplate } from './theme/renderer.js';
import { SiteNotFound } from './errors.js';

/*
 * Site template overrides. A site owner edits a copy of a theme template; it is validated before
 * it is stored (syntax, unknown variables, includes of unknown names) and the live site keeps its
 * last good templates when validation fails. Templates are Liquid: no code runs on the server.
 */

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
  source: string;
  themeSource: string;
  isOverridden: boolean;
}

async function siteOf(ctx: Ctx, siteId: number) {
  const sc = await loadSiteContext(ctx, siteId);
  if (!sc) throw SiteNotFound();
  return sc;
}

function known(name: string): { name: string; description: string } {
  const t = listTemplates().find((x) => x.name === name);
  if (!t) throw TemplateNotFound();
  return t;
}

export async function listSiteTemplates(ctx: Ctx, input: { actor: Actor; siteId: number }): Promise<TemplateSummary[]> {
  await authorize(ctx, input.actor, 'sites.update', { siteId: input.siteId });
  await siteOf(ctx, input.siteId);
  const overrides = new Map((await repo.listTemplateOverrides(ctx, input.siteId)).map((o) => [o.name, o]));
  return listTemplates().map((t) => {
    const o = overrides.get(t.name);
    return {
      name: t.name,
      description: t.description,
      isOverridden: Boolean(o),
      updatedAt: o?.updatedAt ?? null,
      updatedBy: o?.updatedByName ?? null,
    };
  });
}

export async function getSiteTemplate(ctx: Ctx, input: { actor: Actor; siteId: number; name: string }): Promise<TemplateDetail> {
  await authorize(ctx, input.actor, 'sites.update', { siteId: input.siteId });
  const sc = await siteOf(ctx, input.siteId);
  const t = known(input.name);
  const themeSource = themeTemplateSource(sc.site.themeKey, t.name) ?? '';
  const o = (await repo.listTemplateOverrides(ctx, input.siteId)).find((x) => x.name === t.name);
  return { name: t.name, description: t.description, source: o?.source ?? themeSource, themeSource, isOverridden: Boolean(o) };
}

/** Throws TEMPLATE_INVALID with the line, column and reason when `source` cannot be used. */
export async function assertTemplateValid(ctx: Ctx, siteId: number, name: string, source: string): Promise<void> {
  const sc = await siteOf(ctx, siteId);
  known(name);
  if (source.length > 200_000)
    throw TemplateInvalid({ message: '模板过长（不超过20万字符）', details: [{ path: 'source', message: '模板过长' }] });
  const overrides = new Map((await repo.listTemplateOverrides(ctx, siteId)).map((o) => [o.name, o.source]));
  overrides.set(name, source);
  const result = validateTemplate(sc.site.themeKey, overrides, name, source);
  if (!result.ok) {
    throw TemplateInvalid({
      message: `模板第${result.line}行第${result.column}列有错误：${result.reason}`,
      details: [{ path: `source:${result.line}:${result.column}`, message: result.reason }],
    });
  }
}

export async function saveSiteTemplate(
  ctx: Ctx,
  input: { actor: Actor; siteId: number; name: string; source: string },
): Promise<TemplateDetail> {
  await authorize(ctx, input.actor, 'sites.update', { siteId: input.siteId });
  await assertTemplateValid(ctx, input.siteId, input.name, input.source);
  await transaction(ctx, async (tx) => {
    await repo.saveTemplateOverride(tx, input.siteId, {
      name: input.name,
      source: input.source,
      updatedBy: input.actor.userId,
      updatedByName: input.actor.displayName,
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'publishing.template.save',
      targetType: 'site',
      targetId: input.siteId,
      siteId: input.siteId,
      summary: `修改网站模板“${input.name}”`,
      after: { name: input.name },
    });
  });
  invalidateSiteContext(ctx, input.siteId);
  await queueChanges(ctx, [{ kind: 'site', refId: input.siteId, siteIds: [input.siteId] }]);
  return getSiteTemplate(ctx, input);
}

export async function resetSiteTemplate(ctx: Ctx, input: { actor: Actor; siteId: number; name: string }): Promise<void> {
  await authorize(ctx, input.actor, 'sites.update', { siteId: input.siteId });
  known(input.name);
  const isDeleted = await transaction(ctx, async (tx) => {
    const deleted = await repo.deleteTemplateOverride(tx, input.siteId, input.name);
    if (deleted)
      await recordAudit(tx, {
        actor: input.actor,
        action: 'publishing.template.reset',
        targetType: 'site',
        targetId: input.siteId,
        siteId: input.siteId,
        summary: `网站模板“${input.name}”恢复为主题默认`,
        before: { name: input.name },
      });
    return deleted;
  });
  if (!isDeleted) return;
  invalidateSiteContext(ctx, input.siteId);
  await queueChanges(ctx, [{ kind: 'site', refId: input.siteId, siteIds: [input.siteId] }]);
}
