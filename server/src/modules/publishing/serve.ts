import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../kernel/index.js';
import { resolveSite, type SiteStatus } from '../sites/index.js';
import { convertPage, type ConvertibleKind } from './traditional.js';

/*
 * Serving the published sites through the app (issue 4, "Serving"). Production puts nginx in front
 * (deploy/nginx/jiyue.conf, docs/nginx.md); this path must still be fast, because a small
 * deployment runs without nginx and every site on a shared host (/sites/<code>/) and every
 * traditional page (/zh-tw/) comes through here.
 *
 * Fast path: file bodies and their precompressed .gz/.br siblings are held in memory (LRU bounded
 * by bytes), so a hit costs a Map lookup and a write. Each cached file is checked against the disk
 * (stat of the file and its siblings) at most once a second: the publisher replaces files by
 * rename, so after a rebuild a page can be served stale for up to one second — accepted.
 */

export interface PublicSiteDeps {
  /** Absolute folder of a site's published files (`<DATA_DIR>/public/<code>`). */
  outputDir(siteCode: string): string;
  /**
   * Where a path that has no file went (slug changes leave redirects). Gets the decoded in-site
   * path (`/old-slug/`, always starting with '/', without basePath or /zh-tw); answers an absolute
   * URL, an in-site path starting with '/' (basePath and /zh-tw are added here), or null.
   */
  findRedirect(siteId: number, path: string): Promise<string | null>;
  /** A themed HTML page explaining why the site cannot be read now. */
  messagePage(siteId: number, kind: 'offline' | 'migrating' | 'closed' | 'building'): Promise<string>;
  /** Whether the site offers a traditional Chinese edition (`/zh-tw/`). */
  offersTraditional(siteId: number): Promise<boolean>;
}

const cacheBudgetBytes = 256 * 1024 * 1024;
const traditionalBudgetBytes = 64 * 1024 * 1024;
/** Larger files (big attachments) are streamed from disk, never held in memory. */
const maxCachedFileBytes = 4 * 1024 * 1024;
/** How long a stat result is trusted (see the note at the top). */
const statTtlMs = 1000;
const maxRememberedMisses = 10_000;

export const htmlContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
/** An SVG opened directly is a document: it must not run script on the site's origin. */
const svgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const immutable = 'public, max-age=31536000, immutable';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.ofd': 'application/ofd',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.wps': 'application/vnd.ms-works',
  '.et': 'application/vnd.ms-excel',
  '.zip': 'application/zip',
  '.rar': 'application/vnd.rar',
  '.7z': 'application/x-7z-compressed',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.gz': 'application/gzip',
  '.br': 'application/octet-stream',
};
const convertibleKinds: Record<string, ConvertibleKind> = { '.html': 'html', '.htm': 'html', '.xml': 'xml', '.txt': 'txt' };
const compressible = new Set(['.html', '.htm', '.xml', '.txt', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.ico']);
/** Pages and feeds are revalidated on every use (a 304 is cheap); see cacheControl(). */
const revalidated = new Set(['.html', '.htm', '.xml', '.txt', '.json']);

/** One published file as served: the body and its precompressed variants. */
interface Representation {
  etag: string;
  ext: string;
  identity: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  bytes: number;
}

interface CachedFile extends Representation {
  /** size:mtime of the file, its .gz and its .br: any change means reload. */
  signature: string;
  checkedAt: number;
}

/** A file too large to hold: streamed from disk on each request. */
interface LargeFile {
  file: string;
  signature: string;
  checkedAt: number;
  etag: string;
  ext: string;
  size: number;
  bytes: number;
  isLarge: true;
}

type Entry = CachedFile | LargeFile;

/** An LRU bounded by the sum of the entries' `bytes` (an entry larger than the budget is not kept). */
function byteLru<V extends { bytes: number }>(budget: number): LRUCache<string, V> {
  return new LRUCache<string, V>({ maxSize: budget, sizeCalculation: (v) => Math.max(1, v.bytes) });
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Compresses a text body once (a file published without siblings, or a converted page). */
async function compress(body: Buffer): Promise<{ gzip: Buffer | null; br: Buffer | null }> {
  if (body.length < 256) return { gzip: null, br: null };
  const [gz, br] = await Promise.all([
    gzip(body, { level: 9 }),
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  ]);
  return { gzip: gz.length < body.length ? gz : null, br: br.length < body.length ? br : null };
}

const etagOf = (...parts: Array<Buffer | string>) => {
  const hash = crypto.createHash('sha1');
  for (const p of parts) hash.update(p);
  return `W/"${hash.digest('base64url').slice(0, 22)}"`;
};

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null; // ENOTDIR, EACCES …: not servable
  }
}

const stamp = (st: fs.Stats | null) => (st && st.isFile() ? `${st.size}:${st.mtimeMs}` : '-');

/** The in-memory side of serving: cached files, remembered misses, converted pages. */
class FileStore {
  private readonly files = byteLru<Entry>(cacheBudgetBytes);
  private readonly traditional = byteLru<Representation>(traditionalBudgetBytes);
  /** Paths that are not a file (missing or a folder), remembered like stats: at most a second. */
  private readonly misses = new Map<string, { checkedAt: number; isDirectory: boolean }>();
  private readonly loading = new Map<string, Promise<Entry | null>>();
  private readonly converting = new Map<string, Promise<Representation>>();

  /** The file at `abs`, or null (then `isDirectory(abs)` tells a folder from nothing). */
  async lookup(abs: string, now = Date.now()): Promise<Entry | null> {
    const entry = this.files.get(abs);
    if (entry !== undefined && now - entry.checkedAt < statTtlMs) return entry;
    const miss = this.misses.get(abs);
    if (miss !== undefined && now - miss.checkedAt < statTtlMs) return null;
    let pending = this.loading.get(abs);
    if (pending === undefined) {
      pending = this.refresh(abs, entry, now).finally(() => this.loading.delete(abs));
      this.loading.set(abs, pending);
    }
    return pending;
  }

  isDirectory(abs: string): boolean {
    return this.misses.get(abs)?.isDirectory ?? false;
  }

  private rememberMiss(abs: string, now: number, isDirectory: boolean): null {
    this.files.delete(abs);
    this.misses.delete(abs);
    if (this.misses.size >= maxRememberedMisses) this.misses.delete(this.misses.keys().next().value!);
    this.misses.set(abs, { checkedAt: now, isDirectory });
    return null;
  }

  private async refresh(abs: string, previous: Entry | undefined, now: number): Promise<Entry | null> {
    const st = statOrNull(abs);
    if (!st || !st.isFile()) return this.rememberMiss(abs, now, st?.isDirectory() ?? false);
    this.misses.delete(abs);
    const ext = path.extname(abs).toLowerCase();
    const isCompressible = compressible.has(ext);
    const gzStat = isCompressible ? statOrNull(`${abs}.gz`) : null;
    const brStat = isCompressible ? statOrNull(`${abs}.br`) : null;
    const signature = `${stamp(st)}|${stamp(gzStat)}|${stamp(brStat)}`;
    if (previous !== undefined && previous.signature === signature) {
      previous.checkedAt = now;
      this.files.set(abs, previous);
      return previous;
    }
    if (st.size > maxCachedFileBytes) {
      const large: LargeFile = {
        file: abs,
        signature,
        checkedAt: now,
        etag: etagOf(signature),
        ext,
        size: st.size,
        bytes: 200,
        isLarge: true,
      };
      this.files.set(abs, large);
      return large;
    }
    let identity: Buffer;
    let gz: Buffer | null = null;
    let br: Buffer | null = null;
    try {
      [identity, gz, br] = await Promise.all([
        fs.promises.readFile(abs),
        gzStat?.isFile() ? fs.promises.readFile(`${abs}.gz`) : null,
        brStat?.isFile() ? fs.promises.readFile(`${abs}.br`) : null,
      ]);
    } catch {
      // Replaced or removed between stat and read (a rebuild): the next request looks again.
      return this.rememberMiss(abs, now - statTtlMs, false);
    }
    if (isCompressible && !gz && !br) ({ gzip: gz, br } = await compress(identity));
    const file: CachedFile = {
      signature,
      checkedAt: now,
      etag: etagOf(identity),
      ext,
      identity,
      gzip: gz,
      br,
      bytes: identity.length + (gz?.length ?? 0) + (br?.length ?? 0) + 200,
    };
    this.files.set(abs, file);
    return file;
  }

  /** The /zh-tw/ variant of a cached page; converted and compressed once per source ETag and URL. */
  async traditionalOf(
    file: CachedFile,
    kind: ConvertibleKind,
    simplifiedUrl: string,
    traditionalUrl: string,
    englishUrl: string,
  ): Promise<Representation> {
    const key = `${file.etag}\n${traditionalUrl}`;
    const hit = this.traditional.get(key);
    if (hit !== undefined) return hit;
    let pending = this.converting.get(key);
    if (pending === undefined) {
      pending = (async () => {
        const identity = Buffer.from(convertPage(file.identity.toString('utf8'), { kind, simplifiedUrl, traditionalUrl, englishUrl }));
        const { gzip: gz, br } = await compress(identity);
        const converted: Representation = {
          etag: etagOf('zh-TW', key),
          ext: file.ext,
          identity,
          gzip: gz,
          br,
          bytes: identity.length + (gz?.length ?? 0) + (br?.length ?? 0) + 200,
        };
        this.traditional.set(key, converted);
        return converted;
      })().finally(() => this.converting.delete(key));
      this.converting.set(key, pending);
    }
    return pending;
  }
}

// ---- request helpers --------------------------------------------------------------------------

type Encoding = 'br' | 'gzip' | null;
const encodingChoices = new Map<string, { br: boolean; gzip: boolean }>();

/** Which codings the client accepts (q-values: q=0 refuses; `*` stands for the unnamed ones). */
function acceptedEncodings(header: string | undefined): { br: boolean; gzip: boolean } {
  if (!header) return { br: false, gzip: false };
  let known = encodingChoices.get(header);
  if (known !== undefined) return known;
  const q: Record<string, number> = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name!.trim().toLowerCase();
    if (!coding) continue;
    let quality = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) quality = Number(m[1]);
    }
    q[coding === 'x-gzip' ? 'gzip' : coding] = Number.isNaN(quality) ? 0 : quality;
  }
  const accepts = (coding: string) => (q[coding] ?? q['*'] ?? 0) > 0;
  known = { br: accepts('br'), gzip: accepts('gzip') };
  if (encodingChoices.size > 500) encodingChoices.clear();
  encodingChoices.set(header, known);
  return known;
}

function chooseEncoding(header: string | undefined, r: Representation): Encoding {
  if (r.br === null && r.gzip === null) return null;
  const accepted = acceptedEncodings(header);
  if (r.br !== null && accepted.br) return 'br';
  if (r.gzip !== null && accepted.gzip) return 'gzip';
  return null;
}

function isNotModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((token) => {
    const t = token.trim();
    return t === '*' || t.replace(/^W\//, '') === opaque;
  });
}

function cacheControl(ext: string, query: string): string {
  if (revalidated.has(ext)) return 'no-cache';
  // Theme assets are linked as `site.css?v=<hash>`: that exact URL never changes.
  return /(?:^|&)v=/.test(query) ? immutable : 'no-cache';
}

/**
 * The in-site path as a relative file path, or null when it must not be served: undecodable
 * percent-encoding, NUL, backslash, empty, `.` or `..` segments, hidden names (`.git`, `.env`)
 * and the publisher's temp files (`*.tmp`).
 */
export function safeRelativePath(sitePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  for (let i = 1; i < segments.length; i += 1) {
    const s = segments[i]!;
    if (s === '') {
      if (i === segments.length - 1) break; // the trailing slash of a folder
      return null;
    }
    if (s.startsWith('.') || s.endsWith('.tmp')) return null;
  }
  return decoded.endsWith('/') ? `${decoded.slice(1)}index.html` : decoded.slice(1);
}

/** Platform prefixes: unmatched paths under them are API/console 404s, not site pages. */
function isPlatformPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/') || p === '/admin' || p.startsWith('/admin/') || p === '/healthz' || p === '/metrics';
}

/** Header-safe Location: characters outside printable ASCII percent-encoded, '%' escapes kept. */
const toLocation = (target: string) => target.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));

const plainPage = (heading: string, text: string) => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${heading}</title></head>
<body><main id="main"><h1>${heading}</h1><p>${text}</p></main></body>
</html>
`;
const plainMessages = {
  offline: plainPage('网站维护中', '本网站正在维护，暂时无法访问，请稍后再来。'),
  migrating: plainPage('网站迁移整合中', '本网站正在进行迁移整合，暂时无法访问，请稍后再来。'),
  closed: plainPage('网站已关停', '本网站已关停，不再提供服务。'),
  building: plainPage('网站正在发布', '网站页面正在生成，请稍候片刻后刷新本页。'),
};

const notFoundHtml = plainPage('页面不存在', '您访问的网站或页面不存在，请检查网址是否正确。');

/** The headers of a 200 (or 404) answer with `representation`, before content negotiation. */
function representationHeaders(representation: Representation, status: number, query: string, isNoindex: boolean): Record<string, string> {
  const { etag, ext } = representation;
  const headers: Record<string, string> = {
    'content-type': contentTypes[ext] ?? 'application/octet-stream',
    etag,
    'cache-control': status === 200 ? cacheControl(ext, query) : 'no-cache',
  };
  if (compressible.has(ext)) headers.vary = 'accept-encoding';
  if (ext === '.html' || ext === '.htm') headers['content-security-policy'] = htmlContentSecurityPolicy;
  else if (ext === '.svg') headers['content-security-policy'] = svgContentSecurityPolicy;
  if (isNoindex) headers['x-robots-tag'] = 'noindex';
  return headers;
}

const bodyOf = (r: Representation, encoding: Encoding) => (encoding === 'br' ? r.br! : encoding === 'gzip' ? r.gzip! : r.identity);

/** What the last full answer to a URL was, reusable without Fastify until the file is due for a stat. */
interface Remembered {
  representation: Representation;
  isNoindex: boolean;
  expiresAt: number;
}

/**
 * The fast path. Going through Fastify (routing, reply object, hooks of every module, a child
 * logger, metrics) costs more than serving a file from memory: measured here, the app answered
 * ~26k req/s against ~64k for a bare Node server (bench/publish-serve.mjs). So a URL that was just
 * answered 200 from the in-memory cache is remembered by `Host` + path, and until its file is due
 * for the next stat (≤ 1 s) or any site changes (sites.site.* events), the same answer is written
 * straight from Node's request event, before Fastify. What this skips, it does itself: the
 * platform headers (x-request-id, nosniff, referrer policy), ETag/304, encoding, HEAD. What it does
 * not do: count the request in the HTTP duration histogram (like the hits nginx serves in
 * production) and log (this route logs warnings only anyway).
 */
class FastAnswers {
  private readonly answers = new Map<string, Remembered>();
  private isClosing = false;

  remember(key: string, value: Remembered): void {
    if (this.answers.size >= 20_000) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, value);
  }

  forget(): void {
    this.answers.clear();
  }

  close(): void {
    this.isClosing = true;
    this.answers.clear();
  }

  /** Answers the request if it can; false hands it to Fastify. */
  answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.isClosing || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const key = `${req.headers.host ?? ''}\n${q < 0 ? url : url.slice(0, q)}`;
    const hit = this.answers.get(key);
    if (hit === undefined) return false;
    if (Date.now() >= hit.expiresAt) {
      this.answers.delete(key);
      return false;
    }
    const { representation } = hit;
    const headers = representationHeaders(representation, 200, q < 0 ? '' : url.slice(q + 1), hit.isNoindex);
    const given = req.headers['x-request-id'];
    headers['x-request-id'] = typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    headers['x-content-type-options'] = 'nosniff';
    headers['referrer-policy'] = 'strict-origin-when-cross-origin';
    if (isNotModified(req.headers['if-none-match'], representation.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding'], representation);
    if (encoding !== null) headers['content-encoding'] = encoding;
    const body = bodyOf(representation, encoding);
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  key(request: FastifyRequest, rawPath: string): string {
    return `${request.headers.host ?? ''}\n${rawPath}`;
  }
}

/** Puts `fast` in front of Fastify's own handler of the server's request event. */
function installFastPath(app: FastifyInstance, fast: FastAnswers): void {
  const server = app.server as Server;
  const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (handlers.length !== 1) return; // not the plain HTTP server we know: stay on the Fastify path
  const fastify = handlers[0]!;
  server.removeListener('request', fastify);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    let isAnswered = false;
    try {
      isAnswered = fast.answer(req, res);
    } catch {
      isAnswered = res.headersSent;
    }
    if (!isAnswered) fastify(req, res);
  });
  app.addHook('preClose', async () => fast.close());
}

const retryAfter: Partial<Record<SiteStatus, string>> = { offline: '3600', migrating: '3600', closed: '86400' };

/**
 * The public sites: a catch-all GET/HEAD for every path no other route claims (registered routes
 * under /api, /admin, /healthz, /metrics win; unmatched ones there stay JSON 404s).
 *
 * Site by `resolveSite` (`/sites/<code>/…` path, Host header, portal fallback). Status: applied →
 * 404; offline, migrating, closed → 503 with Retry-After and the site's message page; approved →
 * served with `x-robots-tag: noindex`; online → served. Path → file under `deps.outputDir(code)`
 * (see safeRelativePath); `/dir/` → `dir/index.html`, `/dir` → 301 `/dir/`; no file → the
 * redirect from `deps.findRedirect` (301), else the site's `404.html` (404), else — nothing built
 * yet — the `building` message page (503, Retry-After 30). `/zh-tw/<path>` is the traditional
 * variant of html/xml/txt files (traditional.ts); other files there are the originals.
 * ETag + If-None-Match (304), br > gzip > identity by Accept-Encoding with `vary`.
 */
export function registerPublicSite(app: FastifyInstance, ctx: Ctx, deps: PublicSiteDeps): void {
  const store = new FileStore();
  const fast = new FastAnswers();
  for (const type of ['sites.site.created', 'sites.site.updated', 'sites.site.transitioned'])
    ctx.events.subscribe(type, () => fast.forget());
  installFastPath(app, fast);
  const roots = new Map<string, string>();
  const rootOf = (code: string) => {
    let root = roots.get(code);
    if (root === undefined) {
      root = path.resolve(deps.outputDir(code));
      roots.set(code, root);
    }
    return root;
  };

  const sendHtml = (reply: FastifyReply, status: number, html: string) =>
    reply
      .code(status)
      .headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': htmlContentSecurityPolicy,
      })
      .send(html);

  /** The site's themed message page; a plain one if rendering it fails (the reader still learns why). */
  async function messagePage(
    request: FastifyRequest,
    siteId: number,
    kind: 'offline' | 'migrating' | 'closed' | 'building',
  ): Promise<string> {
    try {
      return await deps.messagePage(siteId, kind);
    } catch (error) {
      request.log.error({ err: error, siteId, kind }, 'message page failed');
      return plainMessages[kind];
    }
  }

  async function serve(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const url = request.url;
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    if (isPlatformPath(rawPath)) {
      reply.callNotFound();
      return reply;
    }

    const resolved = await resolveSite(ctx, { host: request.headers.host, path: rawPath });
    if (resolved === null || resolved.site.status === 'applied') return sendHtml(reply, 404, notFoundHtml);
    const { site, basePath } = resolved;
    const suffix = q < 0 ? '' : url.slice(q);
    // `/sites/<code>` must end in '/' or the pages' relative links would leave the site.
    if (resolved.via === 'path' && rawPath === basePath) return reply.redirect(`${basePath}/${suffix}`, 301);
    const retry = retryAfter[site.status];
    if (retry !== undefined) {
      const html = await messagePage(request, site.id, site.status as 'offline' | 'migrating' | 'closed');
      reply.header('retry-after', retry);
      return sendHtml(reply, 503, html);
    }

    if (site.status === 'approved') reply.header('x-robots-tag', 'noindex');

    let sitePath = resolved.path;
    let isTraditional = false;
    if (sitePath === '/zh-tw') return reply.redirect(`${rawPath}/${suffix}`, 301);
    // A site without a traditional edition has no /zh-tw/ pages (they answer 404).
    if (sitePath.startsWith('/zh-tw/') && (await deps.offersTraditional(site.id))) {
      isTraditional = true;
      sitePath = sitePath.slice('/zh-tw'.length);
    }
    const relative = safeRelativePath(sitePath);
    const root = rootOf(site.code);
    const abs = relative === null ? null : path.join(root, relative);
    if (abs === null || !abs.startsWith(root + path.sep)) return notFound();

    const now = Date.now();
    const entry = await store.lookup(abs, now);
    if (entry !== null) return send(entry, 200);
    if (store.isDirectory(abs) && (await store.lookup(path.join(abs, 'index.html'), now)) !== null) {
      return reply.redirect(`${rawPath}/${suffix}`, 301);
    }
    return notFound();

    async function notFound(): Promise<FastifyReply> {
      const decoded = relative === null ? null : `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
      const target = decoded === null ? null : await deps.findRedirect(site.id, decoded);
      if (target) {
        const location = /^https?:\/\//i.test(target)
          ? target
          : target.startsWith('/') && !target.startsWith('//')
            ? `${basePath}${isTraditional ? '/zh-tw' : ''}${target}`
            : null;
        if (location !== null) return reply.redirect(toLocation(location), 301);
      }
      const page = await store.lookup(path.join(root, '404.html'));
      if (page !== null && 'isLarge' in page === false && (basePath || isTraditional)) {
        // The 404 page resolves its links against <base href="/">: the site's root on its own domain.
        let html = (page as CachedFile).identity.toString('utf8');
        if (isTraditional) {
          html = convertPage(html, {
            kind: 'html',
            simplifiedUrl: `${basePath}${sitePath}`,
            traditionalUrl: `${basePath}/zh-tw${sitePath}`,
            englishUrl: `${basePath}/en/`,
          });
        }
        return sendHtml(reply, 404, html.replace('<base href="/">', `<base href="${basePath}${isTraditional ? '/zh-tw' : ''}/">`));
      }
      if (page !== null) return send(page, 404);
      const html = await messagePage(request, site.id, 'building');
      reply.header('retry-after', '30');
      return sendHtml(reply, 503, html);
    }

    async function send(file: Entry, status: number): Promise<FastifyReply> {
      if ('isLarge' in file) return sendLarge(file, status);
      let representation: Representation = file;
      const kind = isTraditional ? convertibleKinds[file.ext] : undefined;
      if (kind !== undefined) {
        const simplifiedUrl = `${basePath}${sitePath}`;
        representation = await store.traditionalOf(file, kind, simplifiedUrl, `${basePath}/zh-tw${sitePath}`, `${basePath}/en/`);
      }
      const headers = representationHeaders(representation, status, query, site.status === 'approved');
      if (status === 200)
        fast.remember(fast.key(request, rawPath), {
          representation,
          isNoindex: site.status === 'approved',
          expiresAt: file.checkedAt + statTtlMs,
        });
      if (status === 200 && isNotModified(request.headers['if-none-match'], representation.etag)) {
        return reply.code(304).headers(headers).send();
      }
      const encoding = chooseEncoding(request.headers['accept-encoding'], representation);
      if (encoding !== null) headers['content-encoding'] = encoding;
      // HEAD: Node's response drops the body and keeps content-length.
      return reply.code(status).headers(headers).send(bodyOf(representation, encoding));
    }

    function sendLarge(file: LargeFile, status: number): FastifyReply {
      const headers: Record<string, string> = {
        'content-type': contentTypes[file.ext] ?? 'application/octet-stream',
        etag: file.etag,
        'cache-control': status === 200 ? cacheControl(file.ext, query) : 'no-cache',
        'content-length': String(file.size),
      };
      if (status === 200 && isNotModified(request.headers['if-none-match'], file.etag)) {
        delete headers['content-length'];
        return reply.code(304).headers(headers).send();
      }
      reply.code(status).headers(headers);
      return request.method === 'HEAD' ? reply.send() : reply.send(fs.createReadStream(file.file));
    }
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    // At thousands of requests a second the two info lines per request cost more than serving.
    logLevel: 'warn',
    schema: { hide: true },
    handler: serve,
  });
}
