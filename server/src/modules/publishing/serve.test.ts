import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandling } from '../../kernel/http/errors.js';
import { ADMIN_PASSWORD, createTestApp, testDialect, type TestApp, type TestClient } from '../../test/harness.js';
import { resolveSite } from '../sites/index.js';
import { registerShareRoutes } from './qr.js';
import { registerPublicSite, safeRelativePath, type PublicSiteDeps } from './serve.js';

/*
 * Serving published files. The platform (database, sites, host resolution) is the real one from
 * the harness; the routes under test are mounted on their own Fastify instance with fake
 * publishing deps, so this file does not depend on how the publishing module wires them.
 */

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${title}</title><meta property="og:locale" content="zh_CN"><link rel="stylesheet" href="assets/site.css?v=abc"></head>
<body>
<ul class="languages"><li><a data-variant="zh-CN" href="./" aria-current="true">简体</a></li><li><a href="zh-tw/" data-variant="zh-TW">繁體</a></li><li><a data-variant="en" href="en/">English</a></li></ul>
<main id="main">${body}<p><a href="files/1/政府网站年报.pdf">政府网站年报</a></p></main>
</body>
</html>
`;

const secret = 'TOP-SECRET-OUTSIDE-THE-SITE';

describe(`serving published sites on ${testDialect}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let pub: FastifyInstance;
  let outputRoot: string;
  const redirects = new Map<string, string>();
  const messages: string[] = [];
  let isMessagePageBroken = false;
  const ids: Record<string, number> = {};

  /** Writes a published file with its .gz and .br siblings, as the publisher does. */
  function publish(code: string, rel: string, content: string | Buffer, options: { siblings?: boolean } = {}) {
    const file = path.join(outputRoot, code, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const body = Buffer.from(content);
    fs.writeFileSync(file, body);
    if (options.siblings !== false) {
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body));
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body));
    }
  }

  const get = (host: string, url: string, headers: Record<string, string> = {}) =>
    pub.inject({ method: 'GET', url, headers: { host, ...headers } });

  async function createSite(body: Record<string, unknown>): Promise<number> {
    const res = await admin.post('/api/admin/sites', body);
    expect(res.statusCode, res.body).toBe(201);
    ids[body.code as string] = res.json().id;
    return res.json().id;
  }

  function department(code: string, serial: number, extra: Record<string, unknown> = {}) {
    return {
      legalName: `测试市第${serial}局`,
      shortName: `测试${serial}局`,
      code,
      kind: 'department',
      parentId: ids.ceshi,
      identifierCode: `bm990100${serial}`,
      domains: [`${code}.ceshi.gov.cn`],
      icpNumber: `示ICP备990100${serial}号`,
      psbNumber: `示公网安备990100020000${serial}号`,
      status: 'online',
      ...extra,
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
    outputRoot = path.join(t.config.dataDir, 'public');
    await createSite({
      legalName: '测试市人民政府',
      shortName: '测试市政府门户网站',
      code: 'ceshi',
      kind: 'portal',
      status: 'online',
      identifierCode: '9901000001',
      domains: ['www.ceshi.gov.cn'],
      icpNumber: '示ICP备99010001号',
      psbNumber: '示公网安备99010002000001号',
    });
    await createSite(department('fgw', 11));
    await createSite(department('tingyong', 12));
    await createSite(department('kong', 13));
    await createSite(department('yulan', 14, { status: 'approved' }));
    await createSite(department('shenqing', 15, { status: undefined, identifierCode: null }));
    const offline = await admin.post(`/api/admin/sites/${ids.tingyong}/transitions`, { to: 'offline', reason: '安全加固' });
    expect(offline.statusCode, offline.body).toBe(200);

    publish('ceshi', 'index.html', page('测试市人民政府', '<h1>政府网站首页</h1>'));
    publish('ceshi', '404.html', page('页面不存在', '<h1>页面不存在</h1>'));
    publish('ceshi', 'zwgk/index.html', page('政务公开', '<h1>政务公开</h1>'));
    publish('ceshi', 'assets/site.css', 'body{color:#1f2329}'.repeat(50));
    publish('ceshi', 'assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', { siblings: false });
    publish('ceshi', 'files/1/政府网站年报.pdf', '%PDF-1.4 报告', { siblings: false });
    publish('ceshi', 'sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://www.ceshi.gov.cn/zwgk/</loc></url></urlset>');
    publish('ceshi', 'robots.txt', 'User-agent: *\nAllow: /\n');
    publish('fgw', 'index.html', page('测试市发展和改革委员会', '<h1>发改委</h1>'));
    publish('fgw', '404.html', page('页面不存在', '<h1>发改委页面不存在</h1>'));
    publish('yulan', 'index.html', page('预览', '<h1>预览</h1>'));
    fs.writeFileSync(path.join(outputRoot, 'secret.txt'), secret);
    fs.writeFileSync(path.join(t.config.dataDir, 'secret.txt'), secret);

    const deps: PublicSiteDeps = {
      outputDir: (code) => path.join(outputRoot, code),
      findRedirect: async (siteId, p) => redirects.get(`${siteId} ${p}`) ?? null,
      offersTraditional: async () => true,
      messagePage: async (siteId, kind) => {
        if (isMessagePageBroken) throw new Error('template broken');
        messages.push(`${siteId} ${kind}`);
        return `<!doctype html>\n<html lang="zh-CN"><body><main id="main"><h1>message:${kind}</h1></main></body></html>\n`;
      },
    };
    pub = Fastify({ logger: false });
    pub.setValidatorCompiler(validatorCompiler);
    pub.setSerializerCompiler(serializerCompiler);
    installErrorHandling(pub);
    await pub.register(swagger, { openapi: { openapi: '3.1.0', info: { title: 'test', version: '0' } }, transform: jsonSchemaTransform });
    registerShareRoutes(pub, t.platform.ctx);
    registerPublicSite(pub, t.platform.ctx, deps);
    await pub.ready();
  });
  afterAll(async () => {
    await pub?.close();
    await t?.close();
  });

  describe('which site answers', () => {
    it('resolves by Host (port stripped, any case), by /sites/<code>/ and falls back to the portal', async () => {
      const ctx = t.platform.ctx;
      expect(await resolveSite(ctx, { host: 'fgw.ceshi.gov.cn:8080', path: '/' })).toMatchObject({
        site: { code: 'fgw' },
        via: 'host',
        basePath: '',
      });
      expect(await resolveSite(ctx, { host: 'FGW.ceshi.gov.cn', path: '/zcwj/' })).toMatchObject({ site: { code: 'fgw' }, path: '/zcwj/' });
      expect(await resolveSite(ctx, { host: 'localhost:3000', path: '/sites/fgw/tzgg/?a=1' })).toMatchObject({
        site: { code: 'fgw' },
        via: 'path',
        basePath: '/sites/fgw',
        path: '/tzgg/',
      });
      expect(await resolveSite(ctx, { host: 'localhost:3000', path: '/' })).toMatchObject({
        site: { code: 'ceshi', kind: 'portal' },
        via: 'portal',
      });
      expect(await resolveSite(ctx, { host: undefined, path: '/' })).toMatchObject({ via: 'portal' });
    });

    it('serves each site’s homepage by Host, the portal for unknown hosts, and any site under /sites/<code>/', async () => {
      const fgw = await get('fgw.ceshi.gov.cn', '/');
      expect(fgw.statusCode).toBe(200);
      expect(fgw.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(fgw.body).toContain('<h1>发改委</h1>');
      expect((await get('www.ceshi.gov.cn', '/')).body).toContain('政府网站首页');
      expect((await get('localhost:3000', '/')).body).toContain('政府网站首页');
      expect((await get('localhost:3000', '/sites/fgw/')).body).toContain('<h1>发改委</h1>');
      const bare = await get('localhost:3000', '/sites/fgw?x=1');
      expect(bare.statusCode).toBe(301);
      expect(bare.headers.location).toBe('/sites/fgw/?x=1');
      // An unknown code is just a path of the portal, which has no such page.
      const unknown = await get('localhost', '/sites/nosuchsite/');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('<h1>页面不存在</h1>');
    });

    it('follows domain changes at once', async () => {
      expect((await get('fgw2.ceshi.gov.cn', '/')).body).toContain('政府网站首页');
      const res = await admin.patch(`/api/admin/sites/${ids.fgw}`, { domains: ['fgw.ceshi.gov.cn', 'fgw2.ceshi.gov.cn'] });
      expect(res.statusCode, res.body).toBe(200);
      expect((await get('fgw2.ceshi.gov.cn', '/')).body).toContain('<h1>发改委</h1>');
    });

    it('leaves API and platform 404s as JSON', async () => {
      for (const url of ['/api/nothing', '/api', '/admin/', '/healthz']) {
        const res = await get('www.ceshi.gov.cn', url);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
      }
    });
  });

  describe('sites that are not running', () => {
    it('answer 503 with Retry-After and the site’s message page while offline', async () => {
      const res = await get('tingyong.ceshi.gov.cn', '/');
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('3600');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('message:offline');
      expect(messages).toContain(`${ids.tingyong} offline`);
      expect((await get('localhost', '/sites/tingyong/zwgk/')).statusCode).toBe(503);
    });

    it('hide applied sites and show approved ones to people but not to search engines', async () => {
      const applied = await get('shenqing.ceshi.gov.cn', '/');
      expect(applied.statusCode).toBe(404);
      expect(applied.body).toContain('<html lang="zh-CN">');
      expect(applied.body).not.toContain('message:');
      const approved = await get('yulan.ceshi.gov.cn', '/');
      expect(approved.statusCode).toBe(200);
      expect(approved.headers['x-robots-tag']).toBe('noindex');
      expect((await get('fgw.ceshi.gov.cn', '/')).headers['x-robots-tag']).toBeUndefined();
    });

    it('answer 503 “being built” for an online site with nothing published yet', async () => {
      const res = await get('kong.ceshi.gov.cn', '/');
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('30');
      expect(res.body).toContain('message:building');
    });

    it('say closed for a day once a site is closed', async () => {
      const closed = await admin.post(`/api/admin/sites/${ids.tingyong}/transitions`, { to: 'closed', reason: '职能划转，网站关停' });
      expect(closed.statusCode, closed.body).toBe(200);
      const res = await get('tingyong.ceshi.gov.cn', '/');
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('86400');
      expect(res.body).toContain('message:closed');
    });

    it('still explain themselves when the themed message page cannot be rendered', async () => {
      isMessagePageBroken = true;
      try {
        const res = await get('tingyong.ceshi.gov.cn', '/');
        expect(res.statusCode).toBe(503);
        expect(res.body).toContain('<h1>网站已关停</h1>');
      } finally {
        isMessagePageBroken = false;
      }
    });
  });

  describe('paths', () => {
    it('serve folders as their index.html and redirect a folder without its slash', async () => {
      const dir = await get('www.ceshi.gov.cn', '/zwgk/');
      expect(dir.statusCode).toBe(200);
      expect(dir.body).toContain('<h1>政务公开</h1>');
      const noSlash = await get('www.ceshi.gov.cn', '/zwgk?from=nav');
      expect(noSlash.statusCode).toBe(301);
      expect(noSlash.headers.location).toBe('/zwgk/?from=nav');
      const shared = await get('localhost', '/sites/ceshi/zwgk');
      expect(shared.headers.location).toBe('/sites/ceshi/zwgk/');
      expect((await get('www.ceshi.gov.cn', '/index.html')).body).toContain('政府网站首页');
    });

    it('answer the site’s own 404 page for a missing file, and 301 where a redirect was left', async () => {
      const missing = await get('fgw.ceshi.gov.cn', '/no-such-page.html');
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('发改委页面不存在');
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
      redirects.set(`${ids.fgw} /old-slug/`, '/new-slug/');
      redirects.set(`${ids.fgw} /gone.html`, 'https://www.gov.cn/');
      const moved = await get('localhost', '/sites/fgw/old-slug/');
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe('/sites/fgw/new-slug/');
      expect((await get('fgw.ceshi.gov.cn', '/old-slug/')).headers.location).toBe('/new-slug/');
      expect((await get('fgw.ceshi.gov.cn', '/zh-tw/old-slug/')).headers.location).toBe('/zh-tw/new-slug/');
      expect((await get('fgw.ceshi.gov.cn', '/gone.html')).headers.location).toBe('https://www.gov.cn/');
    });

    it('never serve a file outside the site folder', async () => {
      const attempts = [
        '/..%2fsecret.txt',
        '/..%2f..%2fsecret.txt',
        '/..%2f..%2f..%2f..%2f..%2fetc/passwd',
        '/%2e%2e/secret.txt',
        '/zwgk/..%2f..%2fsecret.txt',
        '/sites/ceshi/..%2fsecret.txt',
        '/sites/fgw/..%2fceshi/index.html',
        '/..%5csecret.txt',
        '/zwgk%00/index.html',
        '/index.html%00.css',
        '/%E0%A4%A',
        '//secret.txt',
        '/.well-known/../../secret.txt',
        '/zh-tw/..%2fsecret.txt',
      ];
      for (const url of attempts) {
        const res = await get('www.ceshi.gov.cn', url);
        expect([404, 400], url).toContain(res.statusCode);
        expect(res.body, url).not.toContain(secret);
        expect(res.body, url).not.toContain('root:');
      }
      expect(safeRelativePath('/a\\..\\b')).toBeNull();
      expect(safeRelativePath('/.env')).toBeNull();
      expect(safeRelativePath('/zwgk/index.html.tmp')).toBeNull();
      expect(safeRelativePath('/files/1/%E6%94%BF.pdf')).toBe('files/1/政.pdf');
      expect(safeRelativePath('/zwgk/')).toBe('zwgk/index.html');
    });

    it('serve attachments with Chinese names and the right content types', async () => {
      const pdf = await get('www.ceshi.gov.cn', `/files/1/${encodeURIComponent('政府网站年报.pdf')}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.body).toContain('%PDF-1.4');
      expect(pdf.headers['content-security-policy']).toBeUndefined();
      const types: Array<[string, string]> = [
        ['/sitemap.xml', 'application/xml; charset=utf-8'],
        ['/robots.txt', 'text/plain; charset=utf-8'],
        ['/assets/site.css', 'text/css; charset=utf-8'],
        ['/assets/logo.svg', 'image/svg+xml'],
      ];
      for (const [url, type] of types) expect((await get('www.ceshi.gov.cn', url)).headers['content-type'], url).toBe(type);
      // An SVG opened directly may not run script on the site's origin.
      expect((await get('www.ceshi.gov.cn', '/assets/logo.svg')).headers['content-security-policy']).toMatch(/default-src 'none'/);
    });

    it('stream large files from disk instead of holding them', async () => {
      const big = Buffer.alloc(5 * 1024 * 1024, 'x');
      publish('ceshi', 'files/2/big.zip', big, { siblings: false });
      const res = await get('www.ceshi.gov.cn', '/files/2/big.zip');
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.length).toBe(big.length);
      expect(res.headers['content-type']).toBe('application/zip');
      const head = await pub.inject({ method: 'HEAD', url: '/files/2/big.zip', headers: { host: 'www.ceshi.gov.cn' } });
      expect(head.headers['content-length']).toBe(String(big.length));
      expect(head.rawPayload.length).toBe(0);
    });
  });

  describe('HTTP caching and compression', () => {
    it('answers 304 to a matching If-None-Match, with the same ETag', async () => {
      const first = await get('www.ceshi.gov.cn', '/zwgk/');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await get('www.ceshi.gov.cn', '/zwgk/', { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect((await get('www.ceshi.gov.cn', '/zwgk/', { 'if-none-match': `"other", ${etag}` })).statusCode).toBe(304);
      expect((await get('www.ceshi.gov.cn', '/zwgk/', { 'if-none-match': 'W/"other"' })).statusCode).toBe(200);
    });

    it('prefers brotli, then gzip, honouring q-values, and says it varies', async () => {
      const identity = (await get('www.ceshi.gov.cn', '/')).body;
      const br = await get('www.ceshi.gov.cn', '/', { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('accept-encoding');
      expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(identity);
      const gz = await get('www.ceshi.gov.cn', '/', { 'accept-encoding': 'gzip;q=1, br;q=0' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(identity);
      const none = await get('www.ceshi.gov.cn', '/', { 'accept-encoding': 'identity' });
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(none.headers.vary).toBe('accept-encoding');
      expect((await get('www.ceshi.gov.cn', '/', { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
      // Files that do not compress get no variants and no vary.
      expect(
        (await get('www.ceshi.gov.cn', '/files/1/%E6%94%BF%E5%BA%9C%E7%BD%91%E7%AB%99%E5%B9%B4%E6%8A%A5.pdf', { 'accept-encoding': 'br' }))
          .headers['content-encoding'],
      ).toBeUndefined();
    });

    it('revalidates pages, caches versioned assets for a year, and sends the CSP on pages', async () => {
      const html = await get('www.ceshi.gov.cn', '/');
      expect(html.headers['cache-control']).toBe('no-cache');
      expect(html.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
      );
      expect((await get('www.ceshi.gov.cn', '/assets/site.css?v=abc')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get('www.ceshi.gov.cn', '/assets/site.css')).headers['cache-control']).toBe('no-cache');
      expect((await get('www.ceshi.gov.cn', '/sitemap.xml?v=1')).headers['cache-control']).toBe('no-cache');
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      const got = await get('www.ceshi.gov.cn', '/', { 'accept-encoding': 'br' });
      const head = await pub.inject({ method: 'HEAD', url: '/', headers: { host: 'www.ceshi.gov.cn', 'accept-encoding': 'br' } });
      expect(head.statusCode).toBe(200);
      expect(head.rawPayload.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(got.rawPayload.length));
      expect(head.headers.etag).toBe(got.headers.etag);
      expect(head.headers['content-encoding']).toBe('br');
    });

    it('serves a rebuilt file within a second, with a new ETag', async () => {
      publish('ceshi', 'tzgg/index.html', page('通知公告', '<h1>第一版</h1>'));
      const before = await get('www.ceshi.gov.cn', '/tzgg/', { 'accept-encoding': 'br' });
      expect(zlib.brotliDecompressSync(before.rawPayload).toString()).toContain('第一版');
      publish('ceshi', 'tzgg/index.html', page('通知公告', '<h1>第二版（更新）</h1>'));
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const after = await get('www.ceshi.gov.cn', '/tzgg/', { 'accept-encoding': 'br' });
      expect(zlib.brotliDecompressSync(after.rawPayload).toString()).toContain('第二版（更新）');
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect((await get('www.ceshi.gov.cn', '/tzgg/', { 'if-none-match': before.headers.etag as string })).statusCode).toBe(200);
    });
  });

  describe('the fast path (answers remembered for a second, written before Fastify)', () => {
    let port: number;
    beforeAll(async () => {
      await pub.listen({ port: 0, host: '127.0.0.1' });
      port = (pub.server.address() as AddressInfo).port;
    });

    /** A request over a real socket (inject() does not go through the server's request event). */
    function request(method: string, url: string, headers: Record<string, string>) {
      return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path: url, headers, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    }
    const same = [
      'content-type',
      'etag',
      'cache-control',
      'vary',
      'content-encoding',
      'content-security-policy',
      'content-length',
      'x-robots-tag',
    ];

    it('answers a repeated request exactly like the full path did, with the platform headers', async () => {
      const headers = { host: 'www.ceshi.gov.cn', 'accept-encoding': 'gzip, br' };
      const first = await request('GET', '/zwgk/?from=nav', headers);
      const second = await request('GET', '/zwgk/?from=nav', headers);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      for (const name of same) expect(second.headers[name], name).toBe(first.headers[name]);
      expect(second.body.equals(first.body)).toBe(true);
      expect(zlib.brotliDecompressSync(second.body).toString()).toContain('<h1>政务公开</h1>');
      expect(second.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
      expect(second.headers['x-content-type-options']).toBe('nosniff');
      expect(second.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      const versioned = await request('GET', '/assets/site.css?v=abc', headers);
      expect((await request('GET', '/assets/site.css?v=abc', headers)).headers['cache-control']).toBe(versioned.headers['cache-control']);
      expect((await request('GET', '/assets/site.css', headers)).headers['cache-control']).toBe('no-cache');
    });

    it('answers 304 and HEAD like the full path', async () => {
      const got = await request('GET', '/', { host: 'www.ceshi.gov.cn', 'accept-encoding': 'br' });
      const notModified = await request('GET', '/', { host: 'www.ceshi.gov.cn', 'if-none-match': got.headers.etag as string });
      expect(notModified.status).toBe(304);
      expect(notModified.body.length).toBe(0);
      const head = await request('HEAD', '/', { host: 'www.ceshi.gov.cn', 'accept-encoding': 'br' });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(got.body.length));
      // Another host is another answer: the portal fallback is not reused for a department's domain.
      expect((await request('GET', '/', { host: 'fgw.ceshi.gov.cn' })).body.toString()).toContain('<h1>发改委</h1>');
    });

    it('forgets everything the moment a site changes', async () => {
      const headers = { host: 'yulan.ceshi.gov.cn' };
      await request('GET', '/', headers);
      expect((await request('GET', '/', headers)).headers['x-robots-tag']).toBe('noindex');
      const online = await admin.post(`/api/admin/sites/${ids.yulan}/transitions`, { to: 'online' });
      expect(online.statusCode, online.body).toBe(200);
      expect((await request('GET', '/', headers)).headers['x-robots-tag']).toBeUndefined();
      const offline = await admin.post(`/api/admin/sites/${ids.yulan}/transitions`, { to: 'offline', reason: '维护' });
      expect(offline.statusCode, offline.body).toBe(200);
      expect((await request('GET', '/', headers)).status).toBe(503);
    });
  });

  describe('traditional Chinese (/zh-tw/)', () => {
    it('converts the page, its lang and its language switch', async () => {
      const res = await get('www.ceshi.gov.cn', '/zh-tw/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1>政府網站首頁</h1>');
      expect(res.body).toMatch(/^<!doctype html>\n<html lang="zh-TW">/);
      expect(res.body).toContain('<meta property="og:locale" content="zh_TW">');
      expect(res.body).toContain('<a data-variant="zh-CN" href="/">簡體</a>');
      expect(res.body).toContain('<a data-variant="zh-TW" href="/zh-tw/" aria-current="true">繁體</a>');
      // Addresses are not converted: the attachment keeps its simplified file name.
      expect(res.body).toContain('<a href="files/1/政府网站年报.pdf">政府網站年報</a>');
      expect(res.headers.etag).not.toBe((await get('www.ceshi.gov.cn', '/')).headers.etag);
      expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    });

    it('links back to the simplified page on the shared host, for folders too', async () => {
      const res = await get('localhost', '/sites/ceshi/zh-tw/zwgk/');
      expect(res.body).toContain('<h1>政務公開</h1>');
      expect(res.body).toContain('<a data-variant="zh-CN" href="/sites/ceshi/zwgk/">');
      expect(res.body).toContain('<a data-variant="zh-TW" href="/sites/ceshi/zh-tw/zwgk/" aria-current="true">');
      const noSlash = await get('localhost', '/sites/ceshi/zh-tw');
      expect(noSlash.statusCode).toBe(301);
      expect(noSlash.headers.location).toBe('/sites/ceshi/zh-tw/');
      expect((await get('localhost', '/sites/ceshi/zh-tw/zwgk')).headers.location).toBe('/sites/ceshi/zh-tw/zwgk/');
    });

    it('compresses the converted page once and answers 304 to its own ETag', async () => {
      const plain = await get('www.ceshi.gov.cn', '/zh-tw/zwgk/');
      const br = await get('www.ceshi.gov.cn', '/zh-tw/zwgk/', { 'accept-encoding': 'br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
      const gz = await get('www.ceshi.gov.cn', '/zh-tw/zwgk/', { 'accept-encoding': 'gzip' });
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
      expect((await get('www.ceshi.gov.cn', '/zh-tw/zwgk/', { 'if-none-match': plain.headers.etag as string })).statusCode).toBe(304);
    });

    it('converts feeds and the 404 page, and serves assets and attachments as they are', async () => {
      const missing = await get('www.ceshi.gov.cn', '/zh-tw/no-such-page/');
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('<h1>頁面不存在</h1>');
      const css = await get('www.ceshi.gov.cn', '/zh-tw/assets/site.css?v=abc');
      expect(css.body).toBe((await get('www.ceshi.gov.cn', '/assets/site.css')).body);
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const pdf = await get('www.ceshi.gov.cn', `/zh-tw/files/1/${encodeURIComponent('政府网站年报.pdf')}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.body).toContain('%PDF-1.4 报告');
      const sitemap = await get('www.ceshi.gov.cn', '/zh-tw/sitemap.xml');
      expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    });
  });

  describe('share QR code', () => {
    it('draws an SVG QR code for a page address, cacheable for a day', async () => {
      const url = `/api/public/share/qr.svg?url=${encodeURIComponent('https://www.ceshi.gov.cn/zwgk/202611/t20261122_1.html')}`;
      const res = await pub.inject({ method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
      expect(res.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
      expect(res.body).toContain('<path');
      expect((await pub.inject({ method: 'GET', url })).body).toBe(res.body);
      const other = await pub.inject({
        method: 'GET',
        url: `/api/public/share/qr.svg?url=${encodeURIComponent('http://fgw.ceshi.gov.cn/')}`,
      });
      expect(other.body).not.toBe(res.body);
    });

    it('refuses anything but an absolute http(s) address of at most 500 characters', async () => {
      const bad = [
        'javascript:alert(1)',
        'ftp://www.ceshi.gov.cn/',
        '/zwgk/',
        '',
        `https://www.ceshi.gov.cn/${'a'.repeat(480)}`,
        'https://',
      ];
      for (const value of bad) {
        const res = await pub.inject({ method: 'GET', url: `/api/public/share/qr.svg?url=${encodeURIComponent(value)}` });
        expect(res.statusCode, value).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'SHARE_URL_INVALID', details: [{ path: 'url' }] });
      }
      expect((await pub.inject({ method: 'GET', url: '/api/public/share/qr.svg' })).statusCode).toBe(400);
    });

    it('is documented in the OpenAPI document under the tag public', () => {
      const doc = pub.swagger() as { paths: Record<string, { get?: { tags?: string[]; summary?: string } }> };
      expect(doc.paths['/api/public/share/qr.svg']?.get).toMatchObject({ tags: ['public'], summary: expect.stringContaining('二维码') });
      expect(Object.keys(doc.paths).some((p) => p.includes('*'))).toBe(false);
    });
  });
});

describe(`a platform without a portal on ${testDialect}`, () => {
  let t: TestApp;
  let pub: FastifyInstance;
  beforeAll(async () => {
    t = await createTestApp();
    pub = Fastify({ logger: false });
    installErrorHandling(pub);
    registerPublicSite(pub, t.platform.ctx, {
      outputDir: (code) => path.join(t.config.dataDir, 'public', code),
      findRedirect: async () => null,
      offersTraditional: async () => true,
      messagePage: async () => '',
    });
    await pub.ready();
  });
  afterAll(async () => {
    await pub?.close();
    await t?.close();
  });

  it('answers 404 pages in Chinese for any host', async () => {
    const res = await pub.inject({ method: 'GET', url: '/', headers: { host: 'www.unknown.gov.cn' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('页面不存在');
    expect(res.body).toContain('<main id="main"');
  });
});
