import crypto from 'node:crypto';
import { Liquid, type FS, type Template } from 'liquidjs';
import { LRUCache } from 'lru-cache';
import type { PageView } from '../view-model.js';
import { sampleViews } from './fixtures.js';
import { readThemeAssets, readThemeTemplates } from './theme-files.js';

export { labels } from './labels.js';

/*
 * The safe renderer: LiquidJS only (no code runs on the server), output escaped unless a field
 * named `...Html` is written with `| raw`, no property lookups on prototypes, no file system (the
 * templates live in memory; names are checked against a pattern, so `../` cannot reach a file),
 * and each render is stopped after a time and memory budget.
 *
 * Speed: a page is rendered in three pieces. The header (with nav and toolbar) and the footer
 * depend only on the site, the language, the page depth and the current channel, so each is
 * rendered once and kept as a string; the footer's per-page 我为政府网站找错 link is put in with a
 * string replace. Per page, only the kind's template and the `layout` (head + the pieces) run.
 */

export interface TemplateSet {
  themeKey: string;
  /** The site's own templates by name; they win over the theme's. */
  overrides: ReadonlyMap<string, string>;
  /** Changes whenever the overrides change (e.g. the newest updated_at of the site's templates). */
  revision: string;
}

export interface SiteRenderer {
  /** The whole HTML document of a page. Throws only when the theme itself is broken. */
  render(view: PageView): string;
}

export type TemplateValidation = { ok: true } | { ok: false; line: number; column: number; reason: string };

/** Names of templates, partials and themes: no dots, no slashes. */
export const templateNamePattern = /^[a-z][a-z0-9-]{0,40}$/;

const BUILT_IN_THEME = 'default';

const templateCatalogue: Array<{ name: string; description: string }> = [
  { name: 'layout', description: '页面外框：<head>（标题、国家规定的元数据标签、Open Graph、样式）、跳转链接，并组合页眉、正文和页脚' },
  { name: 'header', description: '页眉：网站名称、域名、语言版本、无障碍工具条、主导航（随站点、语言和当前频道缓存）' },
  {
    name: 'footer',
    description: '页脚：我为政府网站找错、党政机关网站标识、网站标识码、ICP备案号、公安机关备案号、主办单位、联系方式、站群导航',
  },
  { name: 'toolbar', description: '无障碍工具条（适老化）：字号、高对比度、行距、大鼠标、十字线、纯文本、朗读、简繁切换' },
  { name: 'home', description: '首页：头条、要闻、通知公告、政策文件、政策解读等区块，办事服务与互动交流入口，专题专栏' },
  { name: 'list', description: '栏目列表页：信息列表（标题、文件、人物、图文四种样式）、下级栏目、分页' },
  { name: 'single', description: '单页栏目：只有一篇内容的栏目，如机构简介' },
  { name: 'item', description: '信息页：标题、发布时间、来源、文件信息表、正文、附件、解读、有效性提示、回应进展、相关链接、分享' },
  { name: 'item-leader', description: '领导信息页：照片、姓名、职务、工作分工、简历' },
  { name: 'item-institution', description: '机构信息页：名称、负责人、地址、电话、办公时间、主要职责' },
  { name: 'not-found', description: '404 页面：页面不存在' },
  { name: 'message', description: '提示页面：网站维护、关停等提示' },
  { name: 'entries', description: '部件：简短信息列表（标题、日期），首页区块和下级栏目共用' },
  { name: 'pagination', description: '部件：列表分页导航' },
];

/** Templates the renderer runs itself (not only through include), so every page-level scope variable is known there. */
const topLevelNames = new Set([
  'layout',
  'header',
  'footer',
  'toolbar',
  'home',
  'list',
  'single',
  'item',
  'item-leader',
  'item-institution',
  'not-found',
  'message',
]);
const chromeNames = new Set(['header', 'footer', 'toolbar']);

/** Validation refuses a template that takes a second on a sample page; publishing stops a render after ten (a runaway loop). */
const VALIDATION_RENDER_LIMIT_MS = 1000;
const RENDER_LIMIT_MS = 10_000;
const MEMORY_LIMIT = 20_000_000;
const PARSE_LIMIT = 2_000_000;
const CACHE_SIZE = 200;

/** Marks where the per-page error-report URL goes in the cached footer. Letters only, so escaping leaves it alone. */
const ERROR_REPORT_MARKER = 'JIYUEERRORREPORTURLMARKER';

// ---------------------------------------------------------------------------------------------
// Output escaping

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const needsEscape = /[&<>"']/;
/** A value that a browser would run or load as a script if it landed in href/src: `javascript:`, `vbscript:`, non-image `data:`. */
const dangerousScheme = /^(?:javascript|vbscript|data(?!:image\/(?:png|gif|jpe?g|webp|avif)[;,])):/i;
// Browsers skip control characters and spaces inside a scheme (`java\tscript:`), so the check does too.
// eslint-disable-next-line no-control-regex
const ignoredInScheme = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

function escapeHtml(text: string): string {
  return needsEscape.test(text) ? text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch]!) : text;
}

/**
 * The default output filter. Besides HTML escaping, a value that starts like a script URL is
 * prefixed with `unsafe:` (as Angular does): the template cannot tell a URL from text, and text
 * beginning with `javascript:` is rare enough on a government site to show the prefix.
 */
function escapeOutput(value: unknown): string {
  const text = typeof value === 'string' ? value : value == null ? '' : Array.isArray(value) ? value.join('') : String(value);
  const head = text.length > 0 && text.charCodeAt(0) < 0x80 && text.indexOf(':') > 0 ? text.slice(0, 40).replace(ignoredInScheme, '') : '';
  return escapeHtml(head !== '' && dangerousScheme.test(head) ? `unsafe:${text}` : text);
}

/**
 * `{% head_tags %}`: the page's machine-read tags in <head> — the national meta tags (STANDARDS §2)
 * in the order the publisher gives, description and keywords, robots, canonical, Open Graph, the
 * column feeds on list pages, the theme's stylesheets and the toolbar script. Written in code
 * rather than Liquid because it is the same on every page and is the costliest part of a page
 * in Liquid (a loop of fifteen tags); a site template may still add tags of its own around it.
 */
function headTags(view: PageView): string {
  const attr = escapeOutput;
  let out = '';
  for (const m of view.meta) out += `<meta name="${attr(m.name)}" content="${attr(m.content)}">\n`;
  if (view.description) out += `<meta name="description" content="${attr(view.description)}">\n`;
  if (view.keywords) out += `<meta name="keywords" content="${attr(view.keywords)}">\n`;
  if (!view.isIndexable) out += '<meta name="robots" content="noindex, nofollow">\n';
  if (view.canonicalUrl)
    out += `<link rel="canonical" href="${attr(view.canonicalUrl)}">\n<meta property="og:url" content="${attr(view.canonicalUrl)}">\n`;
  out += `<meta property="og:title" content="${attr(view.title)}">\n`;
  out += `<meta property="og:type" content="${view.kind === 'item' ? 'article' : 'website'}">\n`;
  out += `<meta property="og:site_name" content="${attr(view.site.name)}">\n`;
  if (view.description) out += `<meta property="og:description" content="${attr(view.description)}">\n`;
  if (view.image) out += `<meta property="og:image" content="${attr(view.image)}">\n`;
  if (view.kind === 'list' && view.list) {
    const c = view.list.column;
    out += `<link rel="alternate" type="application/rss+xml" title="${attr(`${c.name} ${view.t.rssFeed ?? 'RSS'}`)}" href="${attr(c.feedUrl)}">\n`;
    out += `<link rel="alternate" type="application/atom+xml" title="${attr(`${c.name} ${view.t.atomFeed ?? 'Atom'}`)}" href="${attr(c.atomUrl)}">\n`;
  }
  const a = view.assets;
  out += `<link rel="stylesheet" href="${attr(a.css)}">\n<link rel="stylesheet" href="${attr(a.toolbarCss)}">\n`;
  out += `<link rel="stylesheet" href="${attr(a.printCss)}" media="print">\n<script src="${attr(a.toolbarJs)}" defer></script>`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Template sources and the in-memory file system

/** The lookup `[site overrides, theme, built-in]` flattened into one map. */
function mergeSources(themeKey: string, overrides: ReadonlyMap<string, string>): Map<string, string> {
  const merged = new Map(readThemeTemplates(BUILT_IN_THEME));
  if (themeKey !== BUILT_IN_THEME) for (const [name, source] of readThemeTemplates(themeKey)) merged.set(name, source);
  for (const [name, source] of overrides) if (templateNamePattern.test(name)) merged.set(name, source);
  return merged;
}

/** LiquidJS's `fs` option over a map: no disk, and a name outside the pattern resolves to nothing. */
function memoryFs(sources: ReadonlyMap<string, string>, onRead?: (name: string) => void): FS {
  const missing = '\u0000';
  return {
    exists: async (file) => sources.has(file),
    existsSync: (file) => sources.has(file),
    readFile: async (file) => readSync(file),
    readFileSync: readSync,
    resolve: (_dir, file) => (templateNamePattern.test(file) ? file : missing),
    contains: async () => true,
    containsSync: () => true,
    sep: '/',
    dirname: () => '',
  };
  function readSync(file: string): string {
    const source = sources.get(file);
    if (source === undefined) throw new Error(`ENOENT: ${file}`);
    onRead?.(file);
    return source;
  }
}

class ThemeEngine {
  readonly liquid: Liquid;
  private readonly parsed = new Map<string, Template[]>();

  constructor(
    readonly sources: ReadonlyMap<string, string>,
    readonly isStrict: boolean,
    private readonly onUse?: (name: string) => void,
  ) {
    const liquid = new Liquid({
      fs: memoryFs(sources, onUse),
      root: [''],
      relativeReference: false,
      extname: '',
      cache: true,
      jsTruthy: true,
      lenientIf: true,
      strictFilters: true,
      strictVariables: isStrict,
      ownPropertyOnly: true,
      outputEscape: escapeOutput,
      renderLimit: isStrict ? VALIDATION_RENDER_LIMIT_MS : RENDER_LIMIT_MS,
      memoryLimit: MEMORY_LIMIT,
      parseLimit: PARSE_LIMIT,
    });
    liquid.registerTag('head_tags', { render: (ctx) => headTags(ctx.environments as PageView) });
    this.liquid = liquid;
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  template(name: string): Template[] {
    this.onUse?.(name);
    let tpl = this.parsed.get(name);
    if (!tpl) {
      const source = this.sources.get(name);
      if (source === undefined) throw new Error(`template ${name} is missing from the theme`);
      tpl = this.liquid.parse(source, name);
      this.parsed.set(name, tpl);
    }
    return tpl;
  }

  renderNamed(name: string, scope: object, globals?: object): string {
    return this.liquid.renderSync(this.template(name), scope, globals ? { globals } : undefined) as string;
  }
}

/** The template a page kind uses: items by type (`item-<type>`) when the set has one. */
function pageTemplateName(engine: ThemeEngine, view: PageView): string {
  switch (view.kind) {
    case 'item': {
      const byType = `item-${view.item?.type ?? ''}`;
      return templateNamePattern.test(byType) && engine.has(byType) ? byType : 'item';
    }
    case 'not_found':
      return 'not-found';
    default:
      return view.kind;
  }
}

/** What the header, footer and toolbar see: nothing page-specific, so they can be cached. */
function chromeScope(view: PageView): Record<string, unknown> {
  return {
    site: view.site,
    nav: view.nav,
    lang: view.lang,
    t: view.t,
    root: view.root,
    assets: view.assets,
    isHome: view.kind === 'home',
    errorReportUrl: ERROR_REPORT_MARKER,
  };
}

interface Chrome {
  header: string;
  footerParts: string[];
}

function renderChrome(engine: ThemeEngine, view: PageView): Chrome {
  const scope = chromeScope(view);
  return {
    header: engine.renderNamed('header', scope),
    footerParts: engine.renderNamed('footer', scope).split(ERROR_REPORT_MARKER),
  };
}

function renderPage(engine: ThemeEngine, view: PageView, chrome: Chrome): string {
  const contentHtml = engine.renderNamed(pageTemplateName(engine, view), view);
  const footerHtml = chrome.footerParts.length === 1 ? chrome.footerParts[0] : chrome.footerParts.join(escapeOutput(view.errorReportUrl));
  return engine.renderNamed('layout', view, { headerHtml: chrome.header, footerHtml, contentHtml });
}

// ---------------------------------------------------------------------------------------------
// Site renderers

const contentIds = new Map<string, number>();
let lastContentId = 0;
const idByObject = new WeakMap<object, number>();
/**
 * A small number standing for an object's content: equal JSON, equal number. Remembered per
 * object, so a view reused for many pages (the publisher's site, nav and labels) costs one
 * WeakMap lookup; a fresh object costs one JSON.stringify.
 */
function contentId(value: object): number {
  let id = idByObject.get(value);
  if (id === undefined) {
    const json = JSON.stringify(value);
    id = contentIds.get(json);
    if (id === undefined) {
      if (contentIds.size >= 2_000) contentIds.clear(); // ids already handed out stay unique: the counter below never resets
      id = ++lastContentId;
      contentIds.set(json, id);
    }
    idByObject.set(value, id);
  }
  return id;
}
class CachingSiteRenderer implements SiteRenderer {
  private readonly chromes = new LRUCache<string, Chrome>({ max: CACHE_SIZE });

  constructor(
    private readonly engine: ThemeEngine,
    private readonly fallback: (() => SiteRenderer) | null,
  ) {}

  render(view: PageView): string {
    try {
      return renderPage(this.engine, view, this.chrome(view));
    } catch (error) {
      // A site template that fails at run time must not break the published site: the page is
      // rendered with the theme's own templates instead (site templates were validated on save,
      // so this is a safety net, not the normal path).
      if (this.fallback) return this.fallback().render(view);
      throw error;
    }
  }

  private chrome(view: PageView): Chrome {
    const key = `${view.lang} ${view.root} ${view.kind === 'home' ? 1 : 0} ${contentId(view.assets)} ${contentId(view.t)} ${contentId(view.nav)} ${contentId(view.site)}`;
    let chrome = this.chromes.get(key);
    if (!chrome) {
      chrome = renderChrome(this.engine, view);
      this.chromes.set(key, chrome);
    }
    return chrome;
  }
}

const renderers = new LRUCache<string, SiteRenderer>({ max: CACHE_SIZE });

function fingerprint(overrides: ReadonlyMap<string, string>): string {
  if (overrides.size === 0) return '-';
  const hash = crypto.createHash('sha1');
  for (const name of [...overrides.keys()].sort()) hash.update(name).update('\u0000').update(overrides.get(name)!).update('\u0000');
  return hash.digest('base64url');
}

/**
 * A renderer for one site's template set, parsed once and kept (LRU by theme, revision and the
 * overrides' content). `render` is synchronous.
 */
export function createSiteRenderer(set: TemplateSet): SiteRenderer {
  const themeKey = templateNamePattern.test(set.themeKey) ? set.themeKey : BUILT_IN_THEME;
  const key = `${themeKey}\u0000${set.revision}\u0000${fingerprint(set.overrides)}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    const engine = new ThemeEngine(mergeSources(themeKey, set.overrides), false);
    const fallback = set.overrides.size > 0 ? () => createSiteRenderer({ themeKey, overrides: new Map(), revision: '' }) : null;
    renderer = new CachingSiteRenderer(engine, fallback);
    renderers.set(key, renderer);
  }
  return renderer;
}

// ---------------------------------------------------------------------------------------------
// Theme catalogue

/** The templates a site may override, with what each one draws (Chinese, for the editor). */
export function listTemplates(): Array<{ name: string; description: string }> {
  return templateCatalogue.map((t) => ({ ...t }));
}

/** The theme's own source of a template (the built-in theme's when the theme has none), or undefined. */
export function themeTemplateSource(themeKey: string, name: string): string | undefined {
  if (!templateNamePattern.test(name)) return undefined;
  const key = templateNamePattern.test(themeKey) ? themeKey : BUILT_IN_THEME;
  return readThemeTemplates(key).get(name) ?? readThemeTemplates(BUILT_IN_THEME).get(name);
}

/** The theme's static files, paths like `assets/site.css`, for the publisher to write into each site. */
export function themeAssets(themeKey: string): Array<{ path: string; content: Buffer }> {
  return readThemeAssets(templateNamePattern.test(themeKey) ? themeKey : BUILT_IN_THEME);
}

// ---------------------------------------------------------------------------------------------
// Validation (on save, and before a preview)

type Shape = null | 'leaf' | ShapeArray | { [key: string]: Shape };
interface ShapeArray {
  element: Shape;
}

function isShapeArray(shape: Shape): shape is ShapeArray {
  return shape !== null && typeof shape === 'object' && 'element' in shape && Object.getPrototypeOf(shape) === ShapeArrayProto;
}
const ShapeArrayProto = {};

function shapeOf(value: unknown): Shape {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    let element: Shape = null;
    for (const v of value) element = mergeShape(element, shapeOf(v));
    return Object.assign(Object.create(ShapeArrayProto) as ShapeArray, { element });
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Shape } = {};
    for (const [k, v] of Object.entries(value)) out[k] = shapeOf(v);
    return out;
  }
  return 'leaf';
}

function mergeShape(a: Shape, b: Shape): Shape {
  if (a === null) return b;
  if (b === null) return a;
  if (isShapeArray(a) && isShapeArray(b))
    return Object.assign(Object.create(ShapeArrayProto) as ShapeArray, { element: mergeShape(a.element, b.element) });
  if (typeof a === 'object' && typeof b === 'object' && !isShapeArray(a) && !isShapeArray(b)) {
    const out: { [key: string]: Shape } = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? mergeShape(out[k]!, v) : v;
    return out;
  }
  return a;
}

let shapes: { page: { [key: string]: Shape }; chrome: { [key: string]: Shape } } | undefined;

function scopeShapes(): NonNullable<typeof shapes> {
  if (!shapes) {
    let page: Shape = { headerHtml: 'leaf', footerHtml: 'leaf', contentHtml: 'leaf' };
    let chrome: Shape = null;
    for (const view of Object.values(sampleViews)) {
      page = mergeShape(page, shapeOf(view));
      chrome = mergeShape(chrome, shapeOf(chromeScope(view)));
    }
    shapes = { page: page as { [key: string]: Shape }, chrome: chrome as { [key: string]: Shape } };
  }
  return shapes;
}

/** Returns the first segment that does not exist in the shape, or null when the path may exist. */
function unknownSegment(shape: Shape, segments: unknown[]): number | null {
  let at: Shape = shape;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (typeof seg !== 'string') return null; // an index or a nested variable: checked when rendered
    if (at === null) return null; // never set in the samples: cannot tell
    if (at === 'leaf') return seg === 'size' ? null : i;
    if (isShapeArray(at)) {
      if (seg === 'size') return null;
      if (seg === 'first' || seg === 'last') {
        at = at.element;
        continue;
      }
      return i;
    }
    if (!(seg in at)) return seg === 'size' ? null : i;
    at = at[seg]!;
  }
  return null;
}

function lineAndColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function refuse(line: number, column: number, reason: string, file?: string, name?: string): TemplateValidation {
  const where = file && name && file !== name ? `（模板 ${file}）` : '';
  return { ok: false, line, column, reason: `第${line}行${where}：${reason}` };
}

const referenceTag = /\{%-?\s*(include|render|layout)\b\s*([^%]*?)\s*-?%\}/g;
const liquidTagLine = /^\s*(include|render|layout)\b\s*(.*)$/gm;

/** Every include/render/layout must name a known template with a quoted literal. */
function checkReferences(source: string, sources: ReadonlyMap<string, string>): TemplateValidation | null {
  const found: Array<{ index: number; args: string }> = [];
  for (const m of source.matchAll(referenceTag)) found.push({ index: m.index, args: m[2] ?? '' });
  // Inside {% liquid %} blocks tags are written one per line without delimiters.
  for (const block of source.matchAll(/\{%-?\s*liquid\b([\s\S]*?)-?%\}/dg)) {
    const bodyStart = block.indices![1]![0];
    for (const m of block[1]!.matchAll(liquidTagLine))
      found.push({ index: bodyStart + m.index + m[0].length - m[0].trimStart().length, args: m[2] ?? '' });
  }
  for (const { index, args } of found) {
    const { line, column } = lineAndColumn(source, index);
    const literal = /^(['"])([^'"]*)\1/.exec(args);
    if (!literal) return refuse(line, column, "引用的模板名称必须写成带引号的固定名称，例如 {% include 'entries' %}");
    const target = literal[2]!;
    if (!templateNamePattern.test(target)) return refuse(line, column, `不允许引用“${target}”：模板名称只能包含小写字母、数字和连字符`);
    if (!sources.has(target)) return refuse(line, column, `引用了不存在的模板“${target}”`);
  }
  return null;
}

function checkVariablesStatically(engine: ThemeEngine, name: string, source: string): TemplateValidation | null {
  const { page, chrome } = scopeShapes();
  const shape = chromeNames.has(name) ? chrome : page;
  const isTopLevel = topLevelNames.has(name);
  const analysis = engine.liquid.analyzeSync(engine.liquid.parse(source, name), { partials: false });
  for (const variables of Object.values(analysis.globals)) {
    for (const variable of variables) {
      const segments = variable.toArray();
      const root = segments[0];
      if (typeof root !== 'string') continue;
      if (!(root in shape)) {
        if (isTopLevel) return refuse(variable.location.row, variable.location.col, `未知变量 ${variable.toString()}`);
        continue; // a partial's parameter, checked when rendered
      }
      const bad = unknownSegment(shape[root]!, segments.slice(1));
      if (bad !== null) return refuse(variable.location.row, variable.location.col, `未知变量 ${variable.toString()}`);
    }
  }
  return null;
}

interface LiquidErrorLike {
  name?: string;
  message?: string;
  token?: { getPosition?: () => [number, number]; file?: string };
  originalError?: unknown;
}

function describeError(error: unknown, name: string): TemplateValidation {
  let err = error as LiquidErrorLike;
  // The innermost error with a position names the real place (an include wraps nothing, a filter error does).
  while (err.originalError && (err.originalError as LiquidErrorLike).token) err = err.originalError as LiquidErrorLike;
  const [line, column] = err.token?.getPosition?.() ?? [1, 1];
  const file = err.token?.file;
  const message = String(err.message ?? error)
    .replace(/, (?:file:[^,\n]*|line:\d+|col:\d+)/g, '')
    .replace(/\n[\s\S]*$/, '')
    .replace(/^.*?(undefined variable|ENOENT)/, '$1');
  let reason: string;
  let m: RegExpExecArray | null;
  if ((m = /undefined variable: (.+)$/.exec(message))) reason = `未知变量 ${m[1]}`;
  else if ((m = /undefined filter: (\S+)/.exec(message))) reason = `未知过滤器 ${m[1]}`;
  else if ((m = /tag "?([^"\s]+)"? not found/.exec(message))) reason = `未知标签 ${m[1]}`;
  else if ((m = /tag (.+) not closed/.exec(message))) reason = `标签没有闭合：${m[1]}`;
  else if (/ENOENT|Failed to lookup/.test(message)) {
    const target = /"([^"]*)"/.exec(message)?.[1];
    reason = `引用了不存在的模板${target ? `“${target}”` : ''}`;
  } else if (/template render limit exceeded/.test(message))
    reason = `模板运行时间超过 ${VALIDATION_RENDER_LIMIT_MS} 毫秒，已停止（可能有过大的循环）`;
  else if (/memory alloc limit exceeded/.test(message)) reason = '模板占用内存过多，已停止（可能有过大的循环或范围）';
  else if (/parse length limit exceeded/.test(message)) reason = '模板过长';
  else if (err.name === 'TokenizationError' || err.name === 'ParseError') reason = `语法错误（${message}）`;
  else reason = `模板出错（${message}）`;
  return refuse(line, column, reason, file, name);
}

/**
 * Checks a site template before it is saved or previewed: syntax, include/render/layout names
 * (known templates only), unknown variables (statically for paths from the page, and by rendering
 * every sample page with strict variables and filters), and run-time limits. The reason is
 * Chinese, for editors, and starts with the line: `第3行：未知变量 item.titel`.
 */
export function validateTemplate(
  themeKey: string,
  overrides: ReadonlyMap<string, string>,
  name: string,
  source: string,
): TemplateValidation {
  if (!templateNamePattern.test(name))
    return { ok: false, line: 1, column: 1, reason: `模板名称“${name}”不合规：只能使用小写字母、数字和连字符，并以字母开头` };
  const candidate = new Map(overrides);
  candidate.set(name, source);
  const sources = mergeSources(templateNamePattern.test(themeKey) ? themeKey : BUILT_IN_THEME, candidate);
  let isReached = false;
  const engine = new ThemeEngine(sources, true, (used) => {
    if (used === name) isReached = true;
  });
  try {
    engine.liquid.parse(source, name);
  } catch (error) {
    return describeError(error, name);
  }
  const badReference = checkReferences(source, sources);
  if (badReference) return badReference;
  try {
    const badVariable = checkVariablesStatically(engine, name, source);
    if (badVariable) return badVariable;
  } catch (error) {
    return describeError(error, name);
  }
  for (const view of Object.values(sampleViews)) {
    try {
      renderPage(engine, view, renderChrome(engine, view));
    } catch (error) {
      return describeError(error, name);
    }
  }
  if (!isReached) {
    // A partial no page uses yet: it must at least render against one sample page.
    let firstError: unknown;
    for (const view of Object.values(sampleViews)) {
      try {
        engine.renderNamed(name, view);
        return { ok: true };
      } catch (error) {
        firstError ??= error;
      }
    }
    return describeError(firstError, name);
  }
  return { ok: true };
}
