import { z } from 'zod';
import {
  decodeCursor,
  keysetPage,
  Forbidden,
  readJson,
  transaction,
  writeJson,
  type Ctx,
  type ErrorDetail,
  type Page,
} from '../../kernel/index.js';
import { assertOrgUnitsExist, authorize, findOrgUnitsByIds, recordAudit, scopedSiteIds, type Actor } from '../accounts/index.js';
import {
  SiteClosed,
  SiteCodeInvalid,
  SiteCodeTaken,
  SiteDomainInvalid,
  SiteDomainTaken,
  SiteFieldInvalid,
  SiteFilingInvalid,
  SiteIdentifierInvalid,
  SiteIdentifierTaken,
  SiteLanguageInUse,
  SiteNotFound,
  SiteOnlineRequirementsMissing,
  SiteParentInvalid,
  SiteTransitionInvalid,
  SiteTransitionReasonRequired,
} from './errors.js';
import { requiresFullIdentity, transitionRule } from './lifecycle.js';
import {
  siteLanguageLabels,
  siteLanguages,
  siteStatusLabels,
  type OrgUnitRef,
  type Site,
  type SiteContact,
  type SiteEventPayload,
  type SiteHistoryEntry,
  type SiteKind,
  type SiteLanguage,
  type SiteStatus,
  type SiteTransitionedPayload,
  type SiteTreeNode,
} from './model.js';
import * as repo from './repository.js';
import {
  normalizeDomains,
  normalizeFiling,
  validateEmail,
  validateIcpNumber,
  validateIdentifierCode,
  validatePhone,
  validatePostcode,
  validatePsbNumber,
  validateSiteCode,
} from './validation.js';

/** The editable identity of a site: what createSite takes and updateSite may change. */
export interface SiteFields {
  legalName: string;
  shortName: string;
  code: string;
  kind: SiteKind;
  parentId?: number | null;
  identifierCode?: string | null;
  domains?: string[];
  icpNumber?: string | null;
  psbNumber?: string | null;
  supervisingUnitId?: number | null;
  sponsorUnitId?: number | null;
  operatorUnitId?: number | null;
  contact?: Partial<SiteContact>;
  languages?: SiteLanguage[];
  themeKey?: string;
}

export type CreateSiteInput = SiteFields & {
  actor: Actor;
  /** Only holders of sites.approve may create a site already approved or online. */
  status?: 'applied' | 'approved' | 'online';
};

export type UpdateSiteInput = Partial<SiteFields> & { actor: Actor; siteId: number };

const themeKeyPattern = /^[a-z][a-z0-9-]{0,31}$/;

/** Field names as the audit summary shows them. */
const siteFieldLabels: Partial<Record<keyof Site, string>> = {
  code: '网站代码',
  kind: '类型',
  parentId: '上级网站',
  legalName: '网站名称',
  shortName: '简称',
  identifierCode: '网站标识码',
  domains: '域名',
  icpNumber: 'ICP备案号',
  psbNumber: '公安机关备案号',
  supervisingUnit: '主管单位',
  sponsorUnit: '主办单位',
  operatorUnit: '承办单位',
  contact: '联系方式',
  languages: '语言版本',
  themeKey: '主题',
};

// ---- views ----------------------------------------------------------------------------------

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

async function toSites(ctx: Ctx, rows: repo.SiteRow[]): Promise<Site[]> {
  if (rows.length === 0) return [];
  const domains = await repo.findDomainsOfSites(
    ctx,
    rows.map((r) => r.id),
  );
  const unitIds = rows.flatMap((r) => [r.supervisingUnitId, r.sponsorUnitId, r.operatorUnitId]).filter((id): id is number => id !== null);
  const units = new Map<number, OrgUnitRef>(
    unitIds.length ? (await findOrgUnitsByIds(ctx, unitIds)).map((u) => [u.id, { id: u.id, name: u.name }]) : [],
  );
  const unit = (id: number | null) => (id === null ? null : (units.get(id) ?? { id, name: '' }));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind as SiteKind,
    status: r.status as SiteStatus,
    parentId: r.parentId,
    legalName: r.legalName,
    shortName: r.shortName,
    identifierCode: r.identifierCode,
    domains: domains.filter((d) => d.siteId === r.id).map((d) => d.hostname),
    icpNumber: r.icpNumber,
    psbNumber: r.psbNumber,
    supervisingUnit: unit(r.supervisingUnitId),
    sponsorUnit: unit(r.sponsorUnitId),
    operatorUnit: unit(r.operatorUnitId),
    contact: { address: r.contactAddress, phone: r.contactPhone, email: r.contactEmail, postcode: r.contactPostcode },
    languages: readJson<SiteLanguage[]>(r.languages, ['zh-CN']),
    themeKey: r.themeKey,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

async function toSite(ctx: Ctx, row: repo.SiteRow): Promise<Site> {
  return (await toSites(ctx, [row]))[0]!;
}

// ---- validation -----------------------------------------------------------------------------

interface NormalizedFields {
  legalName?: string;
  shortName?: string;
  code?: string;
  identifierCode?: string | null;
  domains?: string[];
  icpNumber?: string | null;
  psbNumber?: string | null;
  contact?: Partial<SiteContact>;
  languages?: SiteLanguage[];
  themeKey?: string;
}

/**
 * Normalises the given fields and throws the first category of problems found, each with every
 * offending path: SITES_CODE_INVALID, SITES_IDENTIFIER_INVALID, SITES_DOMAIN_INVALID,
 * SITES_FILING_INVALID, SITES_FIELD_INVALID.
 */
function normalizeFields(input: Partial<SiteFields>): NormalizedFields {
  const out: NormalizedFields = {};
  const fieldProblems: ErrorDetail[] = [];
  if (input.legalName !== undefined) {
    out.legalName = input.legalName.trim();
    if (!out.legalName || out.legalName.length > 100)
      fieldProblems.push({ path: 'legalName', message: '网站名称（主办单位法定名称）须为1至100个字' });
  }
  if (input.shortName !== undefined) {
    out.shortName = input.shortName.trim();
    if (!out.shortName || out.shortName.length > 50) fieldProblems.push({ path: 'shortName', message: '网站简称须为1至50个字' });
  }
  if (input.code !== undefined) {
    out.code = input.code.trim();
    const problems = validateSiteCode(out.code);
    if (problems.length) throw SiteCodeInvalid({ details: problems });
  }
  if (input.identifierCode !== undefined) {
    out.identifierCode = emptyToNull(input.identifierCode);
    if (out.identifierCode !== null) {
      const problems = validateIdentifierCode(out.identifierCode);
      if (problems.length) throw SiteIdentifierInvalid({ details: problems });
    }
  }
  if (input.domains !== undefined) {
    const { domains, problems } = normalizeDomains(input.domains);
    if (problems.length) throw SiteDomainInvalid({ details: problems });
    out.domains = domains;
  }
  const filingProblems: ErrorDetail[] = [];
  if (input.icpNumber !== undefined) {
    out.icpNumber = input.icpNumber === null ? null : emptyToNull(normalizeFiling(input.icpNumber));
    if (out.icpNumber) filingProblems.push(...validateIcpNumber(out.icpNumber));
  }
  if (input.psbNumber !== undefined) {
    out.psbNumber = input.psbNumber === null ? null : emptyToNull(normalizeFiling(input.psbNumber));
    if (out.psbNumber) filingProblems.push(...validatePsbNumber(out.psbNumber));
  }
  if (filingProblems.length) throw SiteFilingInvalid({ details: filingProblems });
  if (input.contact !== undefined) {
    const c: Partial<SiteContact> = {};
    for (const key of ['address', 'phone', 'email', 'postcode'] as const) {
      if (input.contact[key] !== undefined) c[key] = emptyToNull(input.contact[key]);
    }
    if (c.address && c.address.length > 200) fieldProblems.push({ path: 'contact.address', message: '地址过长' });
    if (c.phone) fieldProblems.push(...validatePhone(c.phone, 'contact.phone'));
    if (c.email) fieldProblems.push(...validateEmail(c.email, 'contact.email'));
    if (c.postcode) fieldProblems.push(...validatePostcode(c.postcode, 'contact.postcode'));
    out.contact = c;
  }
  if (input.languages !== undefined) {
    input.languages.forEach((lang, i) => {
      if (!(siteLanguages as readonly string[]).includes(lang)) fieldProblems.push({ path: `languages.${i}`, message: '不支持的语言' });
    });
    // Simplified Chinese is always offered, and first.
    out.languages = ['zh-CN', ...new Set(input.languages.filter((l) => l !== 'zh-CN'))];
  }
  if (input.themeKey !== undefined) {
    out.themeKey = input.themeKey.trim();
    if (!themeKeyPattern.test(out.themeKey))
      fieldProblems.push({ path: 'themeKey', message: '主题标识须为小写字母开头的字母、数字或连字符' });
  }
  if (fieldProblems.length) throw SiteFieldInvalid({ details: fieldProblems });
  return out;
}

/** Throws the 409s for values another site already holds. */
async function assertUnique(ctx: Ctx, fields: NormalizedFields, exceptSiteId?: number): Promise<void> {
  if (fields.code !== undefined) {
    const other = await repo.findSiteByCode(ctx, fields.code);
    if (other && other.id !== exceptSiteId) {
      throw SiteCodeTaken({ details: [{ path: 'code', message: `网站代码已被“${other.shortName}”使用` }] });
    }
  }
  if (fields.identifierCode) {
    const other = await repo.findSiteByIdentifierCode(ctx, fields.identifierCode);
    if (other && other.id !== exceptSiteId) {
      throw SiteIdentifierTaken({ details: [{ path: 'identifierCode', message: `网站标识码已被“${other.shortName}”使用` }] });
    }
  }
  if (fields.domains?.length) {
    const owners = await repo.findDomainOwners(ctx, fields.domains, exceptSiteId);
    if (owners.length) {
      throw SiteDomainTaken({
        details: owners.map((o) => ({
          path: `domains.${fields.domains!.indexOf(o.hostname)}`,
          message: `域名 ${o.hostname} 已被其他网站使用`,
        })),
      });
    }
  }
}

/**
 * A portal is the root of the site tree; every other site hangs under a parent that exists, is
 * not closed, and is not the site itself or one of its descendants.
 */
async function assertParent(ctx: Ctx, kind: SiteKind, parentId: number | null, siteId?: number): Promise<void> {
  const problem = (message: string) => SiteParentInvalid({ details: [{ path: 'parentId', message }] });
  if (kind === 'portal') {
    if (parentId !== null) throw problem('门户网站是网站树的根，不能设置上级网站');
    return;
  }
  if (parentId === null) throw problem('部门、区县和专题网站须设置上级网站');
  const parent = await repo.findSiteById(ctx, parentId);
  if (!parent) throw problem('上级网站不存在');
  if (parent.status === 'closed') throw problem('上级网站已关停');
  if (siteId !== undefined) {
    const parentOf = new Map((await repo.findSiteParentLinks(ctx)).map((l) => [l.id, l.parentId]));
    for (let at: number | null | undefined = parentId, steps = 0; at != null && steps <= parentOf.size; at = parentOf.get(at), steps += 1) {
      if (at === siteId) throw problem('不能把网站设为它自己或它的下级网站的下级');
    }
  }
}

/** A site that is (or is about to be) online must carry its full identity (STANDARDS §2 footer). */
function assertOnlineRequirements(row: Pick<repo.SiteRow, 'identifierCode' | 'icpNumber' | 'psbNumber'>): void {
  const missing: ErrorDetail[] = [];
  if (!row.identifierCode) missing.push({ path: 'identifierCode', message: '缺少网站标识码' });
  if (!row.icpNumber) missing.push({ path: 'icpNumber', message: '缺少ICP备案号' });
  if (!row.psbNumber) missing.push({ path: 'psbNumber', message: '缺少公安机关备案号' });
  if (missing.length) throw SiteOnlineRequirementsMissing({ details: missing });
}

/** Maps a unique-index race (two writers at once) to the same coded error as the pre-check. */
function rethrowUnique(error: unknown): never {
  const index = repo.violatedUniqueIndex(error);
  if (index === 'sites_sites_code') throw SiteCodeTaken({ details: [{ path: 'code', message: '网站代码已被使用' }] });
  if (index === 'sites_sites_identifier_code')
    throw SiteIdentifierTaken({ details: [{ path: 'identifierCode', message: '网站标识码已被使用' }] });
  if (index === 'sites_domains_hostname') throw SiteDomainTaken({ details: [{ path: 'domains', message: '域名已被其他网站使用' }] });
  throw error;
}

// ---- use cases ------------------------------------------------------------------------------

/**
 * Registers a site. Needs `sites.create` on the parent site (a site admin applies for a sub-site
 * of their site) or on the platform (for a portal). It starts `applied` unless the actor holds
 * `sites.approve` on the platform and asks for `approved` or `online`.
 * Throws SITES_CODE_INVALID, SITES_IDENTIFIER_INVALID, SITES_DOMAIN_INVALID, SITES_FILING_INVALID,
 * SITES_FIELD_INVALID, SITES_PARENT_INVALID, SITES_CODE_TAKEN, SITES_IDENTIFIER_TAKEN,
 * SITES_DOMAIN_TAKEN, SITES_ONLINE_REQUIREMENTS_MISSING, VALIDATION_FAILED (unknown org unit), FORBIDDEN.
 */
export async function createSite(ctx: Ctx, input: CreateSiteInput): Promise<Site> {
  const { actor } = input;
  const parentId = input.parentId ?? null;
  await authorize(ctx, actor, 'sites.create', parentId === null ? {} : { siteId: parentId });
  const status = input.status ?? 'applied';
  if (status !== 'applied') await authorize(ctx, actor, 'sites.approve');
  const fields = normalizeFields({ ...input, languages: input.languages ?? ['zh-CN'] });

  return transaction(ctx, async (tx) => {
    await assertParent(tx, input.kind, parentId);
    await assertUnique(tx, fields);
    await assertOrgUnitsExist(tx, [
      { path: 'supervisingUnitId', id: input.supervisingUnitId },
      { path: 'sponsorUnitId', id: input.sponsorUnitId },
      { path: 'operatorUnitId', id: input.operatorUnitId },
    ]);
    const now = tx.now().toISOString();
    const values: repo.NewSiteRow = {
      code: fields.code!,
      kind: input.kind,
      status,
      parentId,
      legalName: fields.legalName!,
      shortName: fields.shortName!,
      identifierCode: fields.identifierCode ?? null,
      icpNumber: fields.icpNumber ?? null,
      psbNumber: fields.psbNumber ?? null,
      supervisingUnitId: input.supervisingUnitId ?? null,
      sponsorUnitId: input.sponsorUnitId ?? null,
      operatorUnitId: input.operatorUnitId ?? null,
      contactAddress: fields.contact?.address ?? null,
      contactPhone: fields.contact?.phone ?? null,
      contactEmail: fields.contact?.email ?? null,
      contactPostcode: fields.contact?.postcode ?? null,
      languages: writeJson(fields.languages ?? ['zh-CN']),
      themeKey: fields.themeKey ?? 'default',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    if (requiresFullIdentity(status))
      assertOnlineRequirements({
        identifierCode: values.identifierCode ?? null,
        icpNumber: values.icpNumber ?? null,
        psbNumber: values.psbNumber ?? null,
      });
    let row: repo.SiteRow;
    try {
      row = await repo.insertSite(tx, values);
      await repo.replaceDomains(tx, row.id, fields.domains ?? []);
    } catch (error) {
      rethrowUnique(error);
    }
    await repo.insertHistory(tx, {
      siteId: row.id,
      fromStatus: null,
      toStatus: status,
      reason: status === 'applied' ? '提交开设申请' : '经审批权限直接开设',
      actorUserId: actor.userId,
      actorName: actor.displayName,
      createdAt: now,
    });
    const site = await toSite(tx, row);
    await recordAudit(tx, {
      actor,
      action: 'sites.site.create',
      targetType: 'site',
      targetId: site.id,
      targetLabel: site.legalName,
      siteId: site.id,
      summary: `开设网站“${site.legalName}”（${site.code}），状态：${siteStatusLabels[status]}`,
      after: site,
    });
    tx.emit({ type: 'sites.site.created', payload: { siteId: site.id, code: site.code } satisfies SiteEventPayload });
    return site;
  });
}

/** A language version is only dropped once no column of the site belongs to it. Throws SITES_LANGUAGE_IN_USE. */
async function assertDroppedLanguagesUnused(tx: Ctx, row: repo.SiteRow, next: SiteLanguage[]): Promise<void> {
  const dropped = readJson<string[]>(row.languages, ['zh-CN']).filter((l) => !(next as string[]).includes(l));
  const inUse = await repo.findColumnsInLanguages(tx, row.id, dropped);
  if (inUse.length === 0) return;
  const details: ErrorDetail[] = dropped.flatMap((language) => {
    const columns = inUse.filter((c) => c.language === language);
    if (columns.length === 0) return [];
    const names = columns
      .slice(0, 5)
      .map((c) => `“${c.name}”`)
      .join('、');
    const label = siteLanguageLabels[language as SiteLanguage] ?? language;
    return [
      {
        path: 'languages',
        message: `${label}版本还有${columns.length}个栏目（${names}${columns.length > 5 ? '等' : ''}），请先删除这些栏目或改为其他语言`,
      },
    ];
  });
  throw SiteLanguageInUse({ details });
}

/**
 * Changes a site's identity. Needs `sites.update` on the site; moving it under another parent
 * also needs `sites.create` there. A closed site cannot change (SITES_SITE_CLOSED); an online site
 * cannot drop its 网站标识码 or filings (SITES_ONLINE_REQUIREMENTS_MISSING); a language version
 * that columns still use cannot be dropped (SITES_LANGUAGE_IN_USE). Other errors as createSite.
 */
export async function updateSite(ctx: Ctx, input: UpdateSiteInput): Promise<Site> {
  const { actor, siteId } = input;
  const existing = await repo.findSiteById(ctx, siteId);
  if (!existing) throw SiteNotFound();
  await authorize(ctx, actor, 'sites.update', { siteId });
  const nextParentId = input.parentId === undefined ? existing.parentId : input.parentId;
  if (nextParentId !== existing.parentId && nextParentId !== null) await authorize(ctx, actor, 'sites.create', { siteId: nextParentId });
  if (nextParentId !== existing.parentId && nextParentId === null) await authorize(ctx, actor, 'sites.create');
  const fields = normalizeFields(input);

  return transaction(ctx, async (tx) => {
    const row = await repo.findSiteById(tx, siteId);
    if (!row) throw SiteNotFound();
    if (row.status === 'closed') throw SiteClosed();
    const before = await toSite(tx, row);
    const kind = input.kind ?? (row.kind as SiteKind);
    if (input.kind !== undefined || input.parentId !== undefined) await assertParent(tx, kind, nextParentId, siteId);
    await assertUnique(tx, fields, siteId);
    if (fields.languages !== undefined) await assertDroppedLanguagesUnused(tx, row, fields.languages);
    await assertOrgUnitsExist(tx, [
      { path: 'supervisingUnitId', id: input.supervisingUnitId },
      { path: 'sponsorUnitId', id: input.sponsorUnitId },
      { path: 'operatorUnitId', id: input.operatorUnitId },
    ]);
    const patch: repo.SiteRowPatch = { updatedAt: tx.now().toISOString() };
    if (fields.code !== undefined) patch.code = fields.code;
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.parentId !== undefined) patch.parentId = nextParentId;
    if (fields.legalName !== undefined) patch.legalName = fields.legalName;
    if (fields.shortName !== undefined) patch.shortName = fields.shortName;
    if (fields.identifierCode !== undefined) patch.identifierCode = fields.identifierCode;
    if (fields.icpNumber !== undefined) patch.icpNumber = fields.icpNumber;
    if (fields.psbNumber !== undefined) patch.psbNumber = fields.psbNumber;
    if (input.supervisingUnitId !== undefined) patch.supervisingUnitId = input.supervisingUnitId;
    if (input.sponsorUnitId !== undefined) patch.sponsorUnitId = input.sponsorUnitId;
    if (input.operatorUnitId !== undefined) patch.operatorUnitId = input.operatorUnitId;
    if (fields.contact?.address !== undefined) patch.contactAddress = fields.contact.address;
    if (fields.contact?.phone !== undefined) patch.contactPhone = fields.contact.phone;
    if (fields.contact?.email !== undefined) patch.contactEmail = fields.contact.email;
    if (fields.contact?.postcode !== undefined) patch.contactPostcode = fields.contact.postcode;
    if (fields.languages !== undefined) patch.languages = writeJson(fields.languages);
    if (fields.themeKey !== undefined) patch.themeKey = fields.themeKey;
    let updated: repo.SiteRow;
    try {
      updated = await repo.updateSiteRow(tx, siteId, patch);
      if (fields.domains !== undefined) await repo.replaceDomains(tx, siteId, fields.domains);
    } catch (error) {
      rethrowUnique(error);
    }
    if (requiresFullIdentity(updated.status as SiteStatus)) assertOnlineRequirements(updated);
    const after = await toSite(tx, updated);
    const changed = (Object.keys(after) as Array<keyof Site>).filter(
      (k) => k !== 'updatedAt' && JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    await recordAudit(tx, {
      actor,
      action: 'sites.site.update',
      targetType: 'site',
      targetId: siteId,
      targetLabel: after.legalName,
      siteId,
      summary: changed.length
        ? `修改网站“${after.legalName}”：${changed.map((k) => siteFieldLabels[k] ?? k).join('、')}`
        : `保存网站“${after.legalName}”（无变化）`,
      before,
      after,
    });
    tx.emit({ type: 'sites.site.updated', payload: { siteId, code: after.code } satisfies SiteEventPayload });
    return after;
  });
}

/**
 * Moves a site along its lifecycle (see lifecycle.ts for the rules and who may do what). Writes a
 * history entry and an audit entry. Throws SITES_SITE_NOT_FOUND, FORBIDDEN, SITES_TRANSITION_INVALID,
 * SITES_TRANSITION_REASON_REQUIRED, SITES_ONLINE_REQUIREMENTS_MISSING.
 */
export async function transitionSite(
  ctx: Ctx,
  input: { actor: Actor; siteId: number; to: SiteStatus; reason?: string | null },
): Promise<Site> {
  const { actor, siteId, to } = input;
  const existing = await repo.findSiteById(ctx, siteId);
  if (!existing) throw SiteNotFound();
  await authorize(ctx, actor, 'sites.read', { siteId });
  const from = existing.status as SiteStatus;
  const rule = transitionRule(from, to);
  if (!rule) {
    throw SiteTransitionInvalid({
      details: [{ path: 'to', message: `网站当前为“${siteStatusLabels[from]}”，不能变更为“${siteStatusLabels[to]}”` }],
    });
  }
  await authorize(ctx, actor, rule.permission, { siteId });
  const reason = emptyToNull(input.reason);
  if (rule.isReasonRequired && !reason)
    throw SiteTransitionReasonRequired({ details: [{ path: 'reason', message: `变更为“${siteStatusLabels[to]}”须说明原因` }] });
  if (reason && reason.length > 1000) throw SiteFieldInvalid({ details: [{ path: 'reason', message: '原因不超过1000字' }] });
  if (to === 'online') assertOnlineRequirements(existing);

  return transaction(ctx, async (tx) => {
    if (to === 'closed') {
      const openChildren = await repo.findOpenChildSites(tx, siteId);
      if (openChildren.length) {
        throw SiteTransitionInvalid({
          details: [{ path: 'to', message: `请先关停或迁移下级网站：${openChildren.map((c) => c.shortName).join('、')}` }],
        });
      }
    }
    const now = tx.now().toISOString();
    const isUpdated = await repo.updateSiteStatus(tx, siteId, from, to, now);
    // Someone else changed the status between our read and this write: refuse rather than guess.
    if (!isUpdated) throw SiteTransitionInvalid({ details: [{ path: 'to', message: '网站状态已被他人修改，请刷新后重试' }] });
    await repo.insertHistory(tx, {
      siteId,
      fromStatus: from,
      toStatus: to,
      reason,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      createdAt: now,
    });
    const site = await toSite(tx, (await repo.findSiteById(tx, siteId))!);
    await recordAudit(tx, {
      actor,
      action: 'sites.site.transition',
      targetType: 'site',
      targetId: siteId,
      targetLabel: site.legalName,
      siteId,
      summary: `网站“${site.legalName}”由“${siteStatusLabels[from]}”变更为“${siteStatusLabels[to]}”${reason ? `，原因：${reason}` : ''}`,
      before: { status: from },
      after: { status: to, reason },
    });
    tx.emit({ type: 'sites.site.transitioned', payload: { siteId, code: site.code, from, to, reason } satisfies SiteTransitionedPayload });
    return site;
  });
}

/** One site. Needs `sites.read` on it. Throws SITES_SITE_NOT_FOUND, FORBIDDEN. */
export async function getSite(ctx: Ctx, input: { actor: Actor; siteId: number }): Promise<Site> {
  const row = await repo.findSiteById(ctx, input.siteId);
  if (!row) throw SiteNotFound();
  await authorize(ctx, input.actor, 'sites.read', { siteId: row.id });
  return toSite(ctx, row);
}

/** A site by id without any access check, for other modules' trusted reads (publishing). */
export async function findSiteById(ctx: Ctx, siteId: number): Promise<Site | undefined> {
  const row = await repo.findSiteById(ctx, siteId);
  return row ? toSite(ctx, row) : undefined;
}

/** A site by its code (the CLI and public pages use it); no access check. */
export async function findSiteByCode(ctx: Ctx, code: string): Promise<Site | undefined> {
  const row = await repo.findSiteByCode(ctx, code);
  return row ? toSite(ctx, row) : undefined;
}

/** Online sub-sites of a site, for the public 站群导航 (no access check: the public sees online sites). */
export async function listOnlineChildSites(ctx: Ctx, siteId: number): Promise<Site[]> {
  return toSites(
    ctx,
    (await repo.findOpenChildSites(ctx, siteId)).filter((r) => r.status === 'online'),
  );
}

/** Number of registered sites, whatever their status; bootstrap seeds the demo only when zero. */
export async function countSites(ctx: Ctx): Promise<number> {
  return repo.countSites(ctx);
}

export interface ListSitesInput {
  actor: Actor;
  q?: string;
  kind?: SiteKind;
  status?: SiteStatus;
  cursor?: string;
  limit?: number;
}

const cursorShape = z.object({ id: z.number().int() });

/** The sites the actor may read, in id order, keyset-paginated. Throws FORBIDDEN when none. */
export async function listSites(ctx: Ctx, input: ListSitesInput): Promise<Page<Site>> {
  const visible = await visibleSiteIds(ctx, input.actor);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const cursor = decodeCursor(input.cursor, cursorShape);
  const rows = await repo.listSiteRows(ctx, {
    q: input.q,
    kind: input.kind,
    status: input.status,
    visibleSiteIds: visible === 'all' ? undefined : visible,
    afterId: cursor?.id,
    limit: limit + 1,
  });
  const items = await toSites(ctx, rows.slice(0, limit));
  return keysetPage(items, rows.length > limit);
}

/**
 * The sites the actor may read, as a tree flattened depth-first (parents before children) with
 * parentId and depth; the console nests it. A visible site whose parent is hidden from the actor is
 * a root (depth 0) of what they see. Throws FORBIDDEN when the actor may read no site at all.
 */
export async function getSiteTree(ctx: Ctx, input: { actor: Actor }): Promise<SiteTreeNode[]> {
  const visible = await visibleSiteIds(ctx, input.actor);
  const rows = (await repo.listAllSiteRows(ctx)).filter((r) => visible === 'all' || visible.includes(r.id));
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, repo.SiteRow[]>();
  for (const r of rows) {
    const key = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: SiteTreeNode[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const r of children.get(parentId) ?? []) {
      out.push({
        id: r.id,
        parentId: r.parentId,
        depth,
        code: r.code,
        kind: r.kind as SiteKind,
        status: r.status as SiteStatus,
        legalName: r.legalName,
        shortName: r.shortName,
      });
      visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Status history of a site, newest first. Needs `sites.read` on it. */
export async function listSiteHistory(ctx: Ctx, input: { actor: Actor; siteId: number }): Promise<SiteHistoryEntry[]> {
  const row = await repo.findSiteById(ctx, input.siteId);
  if (!row) throw SiteNotFound();
  await authorize(ctx, input.actor, 'sites.read', { siteId: row.id });
  return (await repo.listHistory(ctx, row.id)).map((h) => ({
    id: h.id,
    siteId: h.siteId,
    fromStatus: h.fromStatus as SiteStatus | null,
    toStatus: h.toStatus as SiteStatus,
    reason: h.reason,
    actorUserId: h.actorUserId,
    actorName: h.actorName,
    createdAt: h.createdAt,
  }));
}

/** The sites the actor may read; FORBIDDEN when none (the same rule as accounts' lists). */
async function visibleSiteIds(ctx: Ctx, actor: Actor): Promise<'all' | number[]> {
  const visible = await scopedSiteIds(ctx, actor, 'sites.read');
  if (visible !== 'all' && visible.length === 0) throw Forbidden();
  return visible;
}
