import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../kernel/index.js';
import { listSiteColumns } from './columns.js';
import { isServedPublicly } from './lifecycle.js';
import {
  columnKindLabels,
  siteKindLabels,
  siteKinds,
  siteLanguageLabels,
  siteStatusLabels,
  type Column,
  type Site,
  type SiteStatus,
} from './model.js';
import { resolveSite, type ResolvedSite } from './resolve.js';
import { findSiteById, listOnlineChildSites } from './sites.js';

/*
 * TEMPORARY public pages: each site's homepage and a page per column, rendered per request.
 * The publishing module (a later issue) replaces this whole file with themed static pages; until
 * then it shows that host resolution works and that every page carries the national identity
 * elements (STANDARDS §2): the meta tags crawlers read and the footer monitors check. Plain
 * server-rendered HTML, no JavaScript, WCAG 2.1 AA (contrast ≥ 4.5:1, landmarks, skip link, lang).
 */

/** The national error-report (我为政府网站找错) entry; its address is recalled, so it is one constant. */
export const errorReportBaseUrl = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';
/** Where the 党政机关网站标识 is verified (the site's own mark id is not registered yet). */
export const conacUrl = 'https://bszs.conac.cn/';
export const icpLookupUrl = 'https://beian.miit.gov.cn/';
export const psbLookupUrl = 'https://beian.mps.gov.cn/#/query/webSearch';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => escapes[ch]!);
}

// One main colour (#1f4e8c) plus dark text and a light ground: STANDARDS §2 "at most 3 colours".
// Every text/background pair here is ≥ 7:1 except the focus ring, which is not text.
const css = `
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2329;background:#fff;line-height:1.7;font-size:16px}
a{color:#1f4e8c}
a:focus-visible,main:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.wrap{max-width:1100px;margin:0 auto;padding:0 16px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;color:#1f4e8c;padding:8px 16px;z-index:10}
.skip:focus{left:8px;top:8px}
.site-header{background:#1f4e8c;color:#fff}
.site-header a{color:#fff}
.brand{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:8px;padding:20px 16px 12px}
.site-name{margin:0;font-size:1.75rem;font-weight:700;letter-spacing:.05em}
.site-name a{text-decoration:none}
.site-meta{margin:0;font-size:.875rem;display:flex;flex-wrap:wrap;gap:12px}
.languages{list-style:none;margin:0;padding:0;display:inline-flex;gap:12px}
.languages [aria-current]{font-weight:700}
.nav{background:#173e72}
.nav>ul{list-style:none;margin:0 auto;padding:0 16px;max-width:1100px;display:flex;flex-wrap:wrap}
.nav li{position:relative}
.nav>ul>li>a{display:block;padding:10px 16px;text-decoration:none;font-weight:700}
.nav>ul>li>a:hover,.nav>ul>li>a[aria-current]{background:#fff;color:#173e72}
.nav li ul{display:none;position:absolute;left:0;top:100%;min-width:12em;list-style:none;margin:0;padding:4px 0;background:#fff;border:1px solid #173e72;z-index:5}
.nav li:hover>ul,.nav li:focus-within>ul{display:block}
.nav li ul a{display:block;padding:6px 16px;color:#1f4e8c;text-decoration:none}
.nav li ul a:hover{text-decoration:underline}
.notice{background:#fff4e5;color:#7a4100;padding:10px 16px;margin:0;text-align:center}
main{display:block;padding:0 0 40px}
main>.wrap{padding-top:24px}
h1{font-size:1.5rem;margin:0 0 8px}
h2{font-size:1.25rem;margin:0 0 4px}
.lead{color:#4b5563;margin-top:0}
.columns{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
.columns>li{border:1px solid #c9d3e0;border-top:3px solid #1f4e8c;padding:12px 16px}
.columns p{margin:4px 0;color:#4b5563}
.children{margin:8px 0 0;padding-left:1.2em}
.children .purpose{display:block;font-size:.875rem;color:#4b5563}
.kind{font-size:.8125rem;color:#4b5563}
.zhanqun{margin-top:32px}
.zhanqun h3{font-size:1rem;margin:16px 0 4px}
.subsites{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px 24px}
.crumbs ol{list-style:none;margin:0 0 16px;padding:0;display:flex;flex-wrap:wrap;gap:4px;font-size:.875rem}
.crumbs li+li::before{content:"›";margin-right:4px;color:#4b5563}
.site-footer{background:#eef2f7;border-top:3px solid #1f4e8c;padding:20px 0;font-size:.875rem}
.footer-links{list-style:none;margin:0 0 12px;padding:0;display:flex;flex-wrap:wrap;gap:16px;font-weight:700}
.identity{margin:0;display:flex;flex-wrap:wrap;gap:4px 24px}
.identity div{display:flex;gap:4px}
.identity dt::after{content:"："}
.identity dd{margin:0}
.psb-mark{vertical-align:-3px;margin-right:2px}
`;
const cssHash = crypto.createHash('sha256').update(css).digest('base64');
const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${cssHash}'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'`;

interface PageParts {
  site: Site | null;
  basePath: string;
  title: string;
  /** The absolute URL of this page, for the error-report link. */
  pageUrl: string;
  meta: Array<[string, string]>;
  nav: Column[];
  currentTopId?: number;
  isHeaderHeading: boolean;
  notice?: string;
  main: string;
  isIndexable: boolean;
}

function layout(p: PageParts): string {
  const site = p.site;
  const metaTags = p.meta.map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`).join('\n');
  const header = site
    ? `<header class="site-header">
<div class="wrap brand">
${p.isHeaderHeading ? `<h1 class="site-name"><a href="${escapeHtml(p.basePath)}/">${escapeHtml(site.legalName)}</a></h1>` : `<p class="site-name"><a href="${escapeHtml(p.basePath)}/">${escapeHtml(site.legalName)}</a></p>`}
<div class="site-meta">${site.domains[0] ? `<span>${escapeHtml(site.domains[0])}</span>` : ''}${languageList(site)}</div>
</div>
${navigation(p.nav, p.basePath, p.currentTopId)}
</header>`
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
${metaTags}
${p.isIndexable ? '' : '<meta name="robots" content="noindex">\n'}<style>${css}</style>
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
${header}
<main id="main" tabindex="-1">${p.notice ? `<p class="notice">${escapeHtml(p.notice)}</p>` : ''}<div class="wrap">
${p.main}
</div></main>
${site ? footer(site, p.pageUrl) : ''}
</body>
</html>
`;
}

function languageList(site: Site): string {
  if (site.languages.length < 2) return '';
  // Other language versions are published by the publishing module; until then they are listed, not linked.
  const items = site.languages
    .map(
      (lang) =>
        `<li lang="${escapeHtml(lang)}"${lang === 'zh-CN' ? ' aria-current="true"' : ''}>${escapeHtml(siteLanguageLabels[lang])}</li>`,
    )
    .join('');
  return `<ul class="languages" aria-label="语言版本">${items}</ul>`;
}

function columnHref(column: Column, basePath: string): string {
  return column.kind === 'link' && column.linkUrl ? column.linkUrl : `${basePath}/${column.slug}/`;
}

/** Top-level columns with their children; hidden columns (and everything under them) left out. */
function visibleTree(columns: Column[]): Array<{ column: Column; children: Column[] }> {
  const visible = columns.filter((c) => !c.isHidden);
  return visible
    .filter((c) => c.parentId === null)
    .map((column) => ({ column, children: visible.filter((c) => c.parentId === column.id) }));
}

function navigation(columns: Column[], basePath: string, currentTopId?: number): string {
  const tree = visibleTree(columns);
  const items = [
    `<li><a href="${escapeHtml(basePath)}/"${currentTopId === undefined ? ' aria-current="page"' : ''}>首页</a></li>`,
    ...tree.map(({ column, children }) => {
      const sub = children.length
        ? `<ul>${children.map((c) => `<li><a href="${escapeHtml(columnHref(c, basePath))}">${escapeHtml(c.name)}</a></li>`).join('')}</ul>`
        : '';
      const current = column.id === currentTopId ? ' aria-current="true"' : '';
      return `<li><a href="${escapeHtml(columnHref(column, basePath))}"${current}>${escapeHtml(column.name)}</a>${sub}</li>`;
    }),
  ];
  return `<nav class="nav" aria-label="主导航"><ul>${items.join('')}</ul></nav>`;
}

function psbMark(): string {
  // A small shield standing in for the public-security filing mark; decorative, the text says it.
  return '<svg class="psb-mark" aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16"><path d="M8 1 2 3v4.5C2 11 4.6 14 8 15c3.4-1 6-4 6-7.5V3z" fill="#1f4e8c"/><path d="M5 8l2 2 4-4" stroke="#fff" stroke-width="1.6" fill="none"/></svg>';
}

function footer(site: Site, pageUrl: string): string {
  const rows: Array<[string, string]> = [['主办单位', escapeHtml(site.sponsorUnit?.name || site.legalName)]];
  if (site.operatorUnit?.name) rows.push(['承办单位', escapeHtml(site.operatorUnit.name)]);
  if (site.identifierCode) rows.push(['网站标识码', escapeHtml(site.identifierCode)]);
  if (site.icpNumber) rows.push(['ICP备案号', `<a href="${icpLookupUrl}">${escapeHtml(site.icpNumber)}</a>`]);
  if (site.psbNumber) {
    const digits = site.psbNumber.replace(/\D/g, '');
    rows.push([
      '公安机关备案号',
      `<a href="${escapeHtml(`${psbLookupUrl}?code=${digits}`)}">${psbMark()}${escapeHtml(site.psbNumber)}</a>`,
    ]);
  }
  const c = site.contact;
  const contact = [
    c.address ? `地址：${escapeHtml(c.address)}` : '',
    c.postcode ? `邮编：${escapeHtml(c.postcode)}` : '',
    c.phone ? `电话：${escapeHtml(c.phone)}` : '',
    c.email ? `邮箱：<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>` : '',
  ].filter(Boolean);
  if (contact.length) rows.push(['联系方式', contact.join('　')]);
  const errorReport = `${errorReportBaseUrl}?site_code=${encodeURIComponent(site.identifierCode ?? '')}&url=${encodeURIComponent(pageUrl)}`;
  return `<footer class="site-footer"><div class="wrap">
<ul class="footer-links">
<li><a href="${escapeHtml(errorReport)}">我为政府网站找错</a></li>
<li><a href="${conacUrl}">党政机关网站标识</a></li>
</ul>
<dl class="identity">${rows.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('')}</dl>
</div></footer>`;
}

function siteMeta(site: Site, host: string): Array<[string, string]> {
  return [
    ['SiteName', site.legalName],
    ['SiteDomain', site.domains[0] ?? host],
    ['SiteIDCode', site.identifierCode ?? ''],
  ];
}

function topicDates(column: Column): string {
  return column.kind === 'topic' && column.startsOn && column.endsOn
    ? `<p class="kind">专题时间：${escapeHtml(column.startsOn)} 至 ${escapeHtml(column.endsOn)}</p>`
    : '';
}

function homeMain(site: Site, columns: Column[], basePath: string): string {
  const tree = visibleTree(columns);
  if (tree.length === 0) return `<h2>栏目</h2><p>本网站正在建设栏目。</p>`;
  const items = tree
    .map(({ column, children }) => {
      const sub = children.length
        ? `<ul class="children">${children
            .map(
              (c) =>
                `<li><a href="${escapeHtml(columnHref(c, basePath))}">${escapeHtml(c.name)}</a><span class="purpose">${escapeHtml(c.purpose)}</span></li>`,
            )
            .join('')}</ul>`
        : '';
      return `<li><h3><a href="${escapeHtml(columnHref(column, basePath))}">${escapeHtml(column.name)}</a></h3>
<p>${escapeHtml(column.purpose)}</p>${topicDates(column)}${sub}</li>`;
    })
    .join('\n');
  return `<h2>栏目导航</h2>
<p class="lead">${escapeHtml(site.shortName)}设有以下栏目，点击栏目名称查看。</p>
<ul class="columns">
${items}
</ul>`;
}

/**
 * 站群导航: links to the site's online sub-sites, grouped by kind. A visitor who reached this site by
 * its own domain is sent to the sub-site's domain; one on the shared host (/sites/<code>/ or the
 * portal on an unknown host, e.g. localhost) stays on it.
 */
function subSitesSection(children: Site[], isOnOwnDomain: boolean, protocol: string): string {
  if (children.length === 0) return '';
  const href = (s: Site) => (isOnOwnDomain && s.domains[0] ? `${protocol}://${s.domains[0]}/` : `/sites/${s.code}/`);
  const groups = siteKinds
    .map((kind) => ({ kind, sites: children.filter((s) => s.kind === kind) }))
    .filter((g) => g.sites.length > 0)
    .map(
      (g) =>
        `<h3>${escapeHtml(siteKindLabels[g.kind])}</h3><ul class="subsites">${g.sites
          .map((s) => `<li><a href="${escapeHtml(href(s))}">${escapeHtml(s.legalName)}</a></li>`)
          .join('')}</ul>`,
    )
    .join('\n');
  return `<section class="zhanqun" aria-labelledby="zhanqun"><h2 id="zhanqun">站群导航</h2>\n${groups}</section>`;
}

function columnMain(column: Column, ancestors: Column[], children: Column[], basePath: string): string {
  const crumbs = [
    `<li><a href="${escapeHtml(basePath)}/">首页</a></li>`,
    ...ancestors.map((a) => `<li><a href="${escapeHtml(columnHref(a, basePath))}">${escapeHtml(a.name)}</a></li>`),
    `<li aria-current="page">${escapeHtml(column.name)}</li>`,
  ];
  const sub = children.length
    ? `<h2>下级栏目</h2><ul class="columns">${children
        .map(
          (c) =>
            `<li><h3><a href="${escapeHtml(columnHref(c, basePath))}">${escapeHtml(c.name)}</a></h3><p>${escapeHtml(c.purpose)}</p>${topicDates(c)}</li>`,
        )
        .join('')}</ul>`
    : '<p>本栏目信息正在整理，敬请关注。</p>';
  return `<nav class="crumbs" aria-label="当前位置"><ol>${crumbs.join('')}</ol></nav>
<h1>${escapeHtml(column.name)}</h1>
<p class="lead">${escapeHtml(column.purpose)}</p>${topicDates(column)}
${sub}`;
}

function messagePage(title: string, heading: string, message: string, site: Site | null, basePath: string, pageUrl: string): string {
  return layout({
    site,
    basePath,
    title: site ? `${title} - ${site.legalName}` : title,
    pageUrl,
    meta: site ? siteMeta(site, '') : [],
    nav: [],
    isHeaderHeading: false,
    main: `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>`,
    isIndexable: false,
  });
}

const unavailableMessages: Partial<Record<SiteStatus, string>> = {
  offline: '本网站正在维护，暂时无法访问，请稍后再来。给您带来不便，敬请谅解。',
  migrating: '本网站正在进行迁移整合，暂时无法访问，请稍后再来。给您带来不便，敬请谅解。',
  closed: '本网站已关停，不再提供服务。如需查询相关信息，请访问上级政府门户网站。',
};

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', contentSecurityPolicy)
    .send(html);
}

/** Serves the homepage (`slug` undefined) or a column page of the site a request resolves to. */
async function servePublic(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { slug?: string; isPathRequired?: boolean },
): Promise<FastifyReply> {
  const pageUrl = `${request.protocol}://${request.host}${request.url}`;
  const resolved: ResolvedSite | null = await resolveSite(ctx, { host: request.headers.host, path: request.url });
  if (!resolved || (options.isPathRequired && resolved.via !== 'path') || resolved.site.status === 'applied') {
    return send(reply, 404, messagePage('页面不存在', '页面不存在', '您访问的网站或页面不存在，请检查网址是否正确。', null, '', pageUrl));
  }
  const site = await findSiteById(ctx, resolved.site.id);
  if (!site) return send(reply, 404, messagePage('页面不存在', '页面不存在', '您访问的网站不存在。', null, '', pageUrl));
  const { basePath } = resolved;
  if (!isServedPublicly(site.status)) {
    reply.header('retry-after', site.status === 'closed' ? '86400' : '3600');
    return send(
      reply,
      503,
      messagePage(
        siteStatusLabels[site.status],
        `网站${siteStatusLabels[site.status]}`,
        unavailableMessages[site.status] ?? '本网站暂时无法访问。',
        site,
        basePath,
        pageUrl,
      ),
    );
  }
  const columns = await listSiteColumns(ctx, site.id);
  const host = request.host.replace(/:\d+$/, '');
  const notice = site.status === 'approved' ? '本网站已批准开设，尚未正式上线，当前为预览。' : undefined;
  const isIndexable = site.status === 'online';
  if (options.slug === undefined) {
    return send(
      reply,
      200,
      layout({
        site,
        basePath,
        title: site.legalName,
        pageUrl,
        meta: siteMeta(site, host),
        nav: columns,
        isHeaderHeading: true,
        notice,
        main:
          homeMain(site, columns, basePath) +
          subSitesSection(await listOnlineChildSites(ctx, site.id), resolved.via === 'host', request.protocol),
        isIndexable,
      }),
    );
  }
  const byId = new Map(columns.map((c) => [c.id, c]));
  const column = columns.find((c) => c.slug === options.slug);
  const ancestors: Column[] = [];
  for (let at = column?.parentId ?? null; at !== null; at = byId.get(at)?.parentId ?? null) ancestors.unshift(byId.get(at)!);
  if (!column || column.isHidden || ancestors.some((a) => a.isHidden)) {
    return send(
      reply,
      404,
      layout({
        site,
        basePath,
        title: `页面不存在 - ${site.legalName}`,
        pageUrl,
        meta: siteMeta(site, host),
        nav: columns,
        isHeaderHeading: false,
        notice,
        main: '<h1>页面不存在</h1><p>您访问的栏目不存在或已调整，请从导航进入。</p>',
        isIndexable: false,
      }),
    );
  }
  if (column.kind === 'link' && column.linkUrl) return reply.redirect(column.linkUrl, 302);
  const meta: Array<[string, string]> = [
    ...siteMeta(site, host),
    ['ColumnName', column.name],
    ['ColumnDescription', column.description ?? column.purpose],
    ['ColumnKeywords', column.keywords.join(',')],
    ['ColumnType', columnKindLabels[column.kind]],
  ];
  const children = columns.filter((c) => c.parentId === column.id && !c.isHidden);
  return send(
    reply,
    200,
    layout({
      site,
      basePath,
      title: `${column.name} - ${site.legalName}`,
      pageUrl,
      meta,
      nav: columns,
      currentTopId: ancestors[0]?.id ?? column.id,
      isHeaderHeading: false,
      notice,
      main: columnMain(column, ancestors, children, basePath),
      isIndexable,
    }),
  );
}

/**
 * Public routes: `/` and `/<slug>/` by host; `/sites/<code>/` and `/sites/<code>/<slug>/` on any
 * host. Static routes registered by other modules (/admin/, /healthz, /api/…) take precedence.
 */
export function registerPublicRoutes(app: FastifyInstance, ctx: Ctx): void {
  const hide = { schema: { hide: true } };
  app.get('/', hide, (request, reply) => servePublic(ctx, request, reply, {}));
  app.get<{ Params: { code: string } }>('/sites/:code', hide, (request, reply) =>
    reply.redirect(`/sites/${encodeURIComponent(request.params.code)}/`, 301),
  );
  app.get('/sites/:code/', hide, (request, reply) => servePublic(ctx, request, reply, { isPathRequired: true }));
  app.get<{ Params: { code: string; slug: string } }>('/sites/:code/:slug/', hide, (request, reply) =>
    servePublic(ctx, request, reply, { slug: request.params.slug, isPathRequired: true }),
  );
  app.get<{ Params: { slug: string } }>('/:slug/', hide, (request, reply) =>
    servePublic(ctx, request, reply, { slug: request.params.slug }),
  );
}
