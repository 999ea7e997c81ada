import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, crawlSource, type CrawlOptions, type CrawledEntry } from './index.js';

// A sub-site served from 127.0.0.1: a GBK list page, feeds, robots.txt and the pages that go wrong.

/** A GBK encoder for the fixtures, built from Node's GBK decoder (Node has no GBK encoder). */
function makeGbkEncoder(): (text: string) => Buffer {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(char);
        if (!pair) throw new Error(`no GBK code for ${char}`);
        bytes.push(...pair);
      }
    }
    return Buffer.from(bytes);
  };
}
const gbk = makeGbkEncoder();

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface Site {
  origin: string;
  /** Paths requested (with query), in order, robots.txt included. */
  requests: Array<{ path: string; at: number; userAgent: string | undefined }>;
  close(): Promise<void>;
}

async function startSite(routes: Record<string, Handler>): Promise<Site> {
  const requests: Site['requests'] = [];
  const server = http.createServer((req, res) => {
    res.on('error', () => {});
    requests.push({ path: req.url ?? '', at: performance.now(), userAgent: req.headers['user-agent'] });
    const handler = routes[(req.url ?? '').split('?')[0] ?? ''];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404</h1>');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const send =
  (body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };
const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };
const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>` +
  `<div class="header"><a href="/">首页</a> <a href="/gzdt/index.html">工作动态</a></div>${body}</body></html>`;

const ROBOTS = ['User-agent: *', 'Disallow: /private/', 'Crawl-delay: 2', '', 'User-agent: OtherBot', 'Disallow: /', ''].join('\n');

const LIST_GBK = gbk(
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>工作动态</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/gzdt/index.html">工作动态</a> <a href="index_1.html">下一页</a>
<a href="/files/t20240301_1.pdf">附件：全市经济运行情况表</a></div>
<ul class="list">
<li><a href="./202403/t20240315_1001.html">中文标题：全市经济运行情况…</a><span>2024-03-15</span></li>
<li><a href="../gzdt/202403/t20240314_1002.html?utm_source=wx&amp;id=7#top">市政府召开常务会议研究部署春季工作</a><span>[03-14]</span></li>
<li><a href="/gzdt/202403/t20240314_1002.html?id=7">市政府召开常务会议研究部署春季工作</a></li>
<li><a href="http://other.example/gzdt/t20240313_1.html">外站转载的文章不应被抓取</a></li>
<li><a href="/private/t20240312_1003.html">关于2024年4月1日内部会议的通知</a> 2024年3月12日</li>
</ul>
<div class="pages"><a href="index_1.html">2</a> <a href="index_2.html">3</a></div>
</body></html>`,
);

const ARTICLE_1001 = gbk(
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="ArticleTitle" content="中文标题：全市经济运行情况新闻发布会召开">
<meta name="PubDate" content="2024-03-15 09:30">
<meta name="Description" content="发布会介绍了一季度经济运行情况。">
<title>中文标题_工作动态_某某市人民政府</title></head><body>
<h1>某某市人民政府</h1>
<div class="TRS_Editor"><p>3月15日上午，市政府新闻办召开发布会。</p><p><img src="./W020240315.jpg"></p></div>
</body></html>`,
);

const ARTICLE_1002 = page(
  '市政府召开常务会议_某某市人民政府',
  `<h1>某某市人民政府</h1><div class="meta">发布时间：2024-03-14 18:00</div>
<div class="main"><div class="links"><a href="/a/1001.html">相关链接一</a><a href="/a/1002.html">相关链接二</a></div>
<div class="text"><p>会议研究部署春季农业生产和森林防火工作。</p><p>会议强调，要压实责任。</p></div></div>`,
);

const sites: Site[] = [];
let site: Site;
/** A short crawl-delay cap keeps the file fast; the timeout stays generous for a loaded machine. */
const fast: CrawlOptions = { timeoutMs: 2_000, maxCrawlDelayMs: 10, now: () => new Date('2024-11-22T08:00:00Z') };

const slowTimers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  site = await startSite({
    '/robots.txt': send(ROBOTS, 'text/plain'),
    '/gzdt/index.html': send(LIST_GBK, 'text/html'),
    '/gzdt/202403/t20240315_1001.html': send(ARTICLE_1001, 'text/html'),
    '/gzdt/202403/t20240314_1002.html': send(ARTICLE_1002),
    '/private/t20240312_1003.html': send(page('内部', '<p>内部</p>')),

    // errors
    '/errors/list.html': send(
      page(
        '错误',
        ['101', '102', '103', '104', '105', '106', '107', '108', '109']
          .map((n) => `<p><a href="/errors/a/${n}.html">错误示例文章${n}</a></p>`)
          .join(''),
      ),
    ),
    '/errors/a/101.html': (_req, res) => {
      slowTimers.add(setTimeout(() => res.end(page('慢', '<p>太慢了</p>')), 3_000));
    },
    '/errors/a/102.html': (_req, res) => {
      // No Content-Length: the cap must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = `<p>${'很长的内容'.repeat(1000)}</p>`;
      for (let i = 0; i < 100; i++) res.write(chunk);
      res.end();
    },
    '/errors/a/103.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>');
    },
    '/errors/a/104.html': redirect('/loop/a'),
    '/loop/a': redirect('/loop/b'),
    '/loop/b': redirect('/loop/a'),
    '/errors/a/106.html': redirect('/errors/moved/106.html', 301),
    '/errors/moved/106.html': send(page('已迁移', '<div id="content"><p>这篇文章已经迁移到新的地址，内容保持不变。</p></div>')),
    '/errors/a/107.html': send(Buffer.from('%PDF-1.4'), 'application/pdf'),
    '/errors/a/108.html': redirect('ftp://127.0.0.1/file.html'),
    '/errors/a/109.html': (req) => {
      req.socket.destroy();
    },

    // duplicates by content, knownUrls, maxItems
    '/dup/list.html': send(
      page(
        '重复',
        `<ul><li><a href="/dup/a/201.html">关于春节放假的通知</a></li><li><a href="/dup/b/202.html">关于春节放假的通知</a></li>` +
          `<li><a href="/dup/c/203.html">关于元宵节活动的通知</a></li></ul>`,
      ),
    ),
    '/dup/a/201.html': send(
      page('通知', '<h1>关于春节放假的通知</h1><div id="content"><p>春节放假七天。</p><p>请各单位做好值班安排。</p></div>'),
    ),
    '/dup/b/202.html': send(
      page(
        '通知',
        '<h1>关于春节放假的通知</h1><div id="content">\n  <p>春节放假<b>七天</b>。</p>\n  <p>请各单位做好 值班安排。</p>\n</div>',
      ),
    ),
    '/dup/c/203.html': send(page('通知', '<h1>关于元宵节活动的通知</h1><div id="content"><p>元宵节举办灯会，欢迎市民参加。</p></div>')),

    // feeds
    '/feed/rss.xml': (req, res) =>
      send(
        gbk(`<?xml version="1.0" encoding="GBK"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>政务动态</title><link>/</link>
<item><title>全文条目</title><link>/feed/items/1.html?utm_medium=rss</link><description>摘要 &lt;b&gt;文字&lt;/b&gt;</description>
<content:encoded><![CDATA[<p>全文 <img src="/img/1.png"></p>]]></content:encoded><pubDate>Fri, 15 Mar 2024 10:00:00 +0800</pubDate></item>
<item><title>只有描述的条目</title><link>http://${req.headers.host}/feed/items/2.html</link><description>&lt;p&gt;描述就是正文&lt;/p&gt;</description><pubDate>2024-03-14 08:00:00</pubDate></item>
<item><title>没有正文的条目</title><link>/feed/items/3.html</link><pubDate>Wed, 13 Mar 2024 02:00:00 GMT</pubDate></item>
<item><title>全文条目</title><link>/feed/items/1.html#again</link><description>重复</description></item>
<item><title>没有链接的条目</title><guid isPermaLink="false">abc-123</guid><description>无链接</description></item>
</channel></rss>`),
        'application/rss+xml',
      )(req, res),
    '/feed/items/3.html': send(
      page('没有正文的条目_政务动态', '<div class="detail"><p>从网页抓取的正文。</p></div><div class="share">分享到微信</div>'),
    ),
    '/feed/atom.xml': send(
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>通知公告</title>
<entry><title type="html">HTML &lt;em&gt;标题&lt;/em&gt;</title><link rel="alternate" href="items/a1.html"/><link rel="enclosure" href="/a1.mp3"/>
<published>2024-03-15T08:00:00+08:00</published><updated>2024-03-16T08:00:00+08:00</updated>
<summary>第一条摘要</summary><content type="html">&lt;p&gt;第一条 &amp;amp; 正文&lt;/p&gt;</content></entry>
<entry><title>XHTML 条目</title><link href="items/a2.html"/><updated>2024-03-14T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>第二条<strong>正文</strong></p></div></content></entry>
<entry><title>只有摘要的条目</title><link href="items/a3.html"/><summary>只有摘要</summary></entry>
</feed>`,
      'application/atom+xml; charset=utf-8',
    ),
    '/feed/items/a3.html': send(page('只有摘要的条目', '<article><p>第三条的正文在网页上，足够长的一段文字。</p></article>')),

    // sources that fail as a whole
    '/broken/list.html': send('<h1>维护中</h1>', 'text/html', 500),
    '/private/list.html': send(page('内部', '<p>内部</p>')),
  });
  sites.push(site);
});

afterAll(async () => {
  slowTimers.forEach((timer) => clearTimeout(timer));
  await Promise.all(sites.map((s) => s.close()));
});

beforeEach(() => {
  site.requests.length = 0;
});

const paths = () => site.requests.map((request) => request.path);
const withHash = (entry: Omit<CrawledEntry, 'contentHash'>): CrawledEntry => ({
  ...entry,
  contentHash: contentHash(entry.title, entry.bodyHtml),
});

describe('crawlSource on an HTML list page', () => {
  it('reads a GBK list page, resolves and dedupes its links, and takes titles, dates and bodies from the item pages', async () => {
    const result = await crawlSource({ url: `${site.origin}/gzdt/index.html`, kind: 'html' }, fast);

    const o = site.origin;
    expect(result.entries).toEqual([
      withHash({
        url: `${o}/gzdt/202403/t20240315_1001.html`,
        title: '中文标题：全市经济运行情况新闻发布会召开',
        publishedAt: '2024-03-15T01:30:00.000Z',
        summary: '发布会介绍了一季度经济运行情况。',
        bodyHtml: `<p>3月15日上午，市政府新闻办召开发布会。</p><p><img src="${o}/gzdt/202403/W020240315.jpg"></p>`,
      }),
      withHash({
        url: `${o}/gzdt/202403/t20240314_1002.html?id=7`,
        title: '市政府召开常务会议研究部署春季工作',
        // the list's "[03-14]" (year from `now`) beats the labelled 发布时间 in the page text
        publishedAt: '2024-03-13T16:00:00.000Z',
        summary: null,
        bodyHtml: '<p>会议研究部署春季农业生产和森林防火工作。</p><p>会议强调，要压实责任。</p>',
      }),
    ]);
    expect(result.errors).toEqual([
      {
        url: `${o}/private/t20240312_1003.html`,
        code: 'CRAWL_ROBOTS_DISALLOWED',
        message: expect.stringContaining('robots.txt'),
      },
    ]);
    // robots.txt once, the list, then only the two allowed item pages (the duplicate link once)
    expect(paths()).toEqual([
      '/robots.txt',
      '/gzdt/index.html',
      '/gzdt/202403/t20240315_1001.html',
      '/gzdt/202403/t20240314_1002.html?id=7',
    ]);
    expect(site.requests.every((request) => request.userAgent === 'JiyueCrawler/1.0 (+https://github.com/jiyue)')).toBe(true);
  });

  it('proves the fixture really is GBK: 中文 is D6 D0 CE C4 on the wire', () => {
    expect([...gbk('中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    expect(LIST_GBK.includes(Buffer.from('中文', 'utf8'))).toBe(false);
  });

  it('takes only links matching linkPattern and the body from contentSelector', async () => {
    const result = await crawlSource(
      {
        url: `${site.origin}/gzdt/index.html`,
        kind: 'html',
        linkPattern: '/t20240314_\\d+\\.html',
        contentSelector: '.text p:first-child',
      },
      fast,
    );
    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => [entry.url, entry.bodyHtml])).toEqual([
      [`${site.origin}/gzdt/202403/t20240314_1002.html?id=7`, '会议研究部署春季农业生产和森林防火工作。'],
    ]);
  });

  it('reports an item whose page lacks the configured contentSelector, and goes on', async () => {
    const result = await crawlSource({ url: `${site.origin}/gzdt/index.html`, kind: 'html', contentSelector: '.TRS_Editor' }, fast);
    expect(result.entries.map((entry) => entry.url)).toEqual([`${site.origin}/gzdt/202403/t20240315_1001.html`]);
    expect(result.errors.map((error) => [error.code, error.url])).toEqual([
      ['CRAWL_PARSE_FAILED', `${site.origin}/gzdt/202403/t20240314_1002.html?id=7`],
      ['CRAWL_ROBOTS_DISALLOWED', `${site.origin}/private/t20240312_1003.html`],
    ]);
    expect(result.errors[0]?.message).toBe(`页面中找不到正文（选择器 .TRS_Editor）：${site.origin}/gzdt/202403/t20240314_1002.html?id=7`);
  });

  it('reports each failing item with its own code and keeps the ones that work', async () => {
    const o = site.origin;
    const started = performance.now();
    const result = await crawlSource(
      { url: `${o}/errors/list.html`, kind: 'html', linkPattern: '/errors/a/\\d+\\.html$' },
      { ...fast, timeoutMs: 300, maxBytes: 50_000 },
    );
    expect(performance.now() - started).toBeLessThan(2_500); // the slow page (3 s) was abandoned

    expect(result.entries).toEqual([
      withHash({
        url: `${o}/errors/a/106.html`,
        title: '错误示例文章106',
        publishedAt: null,
        summary: null,
        bodyHtml: '<p>这篇文章已经迁移到新的地址，内容保持不变。</p>',
      }),
    ]);
    const a = (n: number) => `${o}/errors/a/${n}.html`;
    expect(result.errors).toEqual([
      { url: a(101), code: 'CRAWL_TIMEOUT', message: `请求超时（0.3 秒内未完成）：${a(101)}` },
      { url: a(102), code: 'CRAWL_TOO_LARGE', message: `响应内容超过 49 KB，已停止下载：${a(102)}` },
      { url: a(103), code: 'CRAWL_TOO_LARGE', message: `响应内容超过 49 KB，已停止下载：${a(103)}` },
      { url: a(104), code: 'CRAWL_TOO_MANY_REDIRECTS', message: `重定向超过 5 次，已停止：${a(104)}` },
      { url: a(105), code: 'CRAWL_HTTP_STATUS', status: 404, message: `对方服务器返回 HTTP 404：${a(105)}` },
      {
        url: a(107),
        code: 'CRAWL_PARSE_FAILED',
        message: `不是网页或订阅源（内容类型 application/pdf）：${a(107)}`,
      },
      { url: a(108), code: 'CRAWL_BAD_URL', message: '只能抓取 http 或 https 地址：ftp://127.0.0.1/file.html' },
      { url: a(109), code: 'CRAWL_NETWORK', message: expect.stringMatching(/^网络错误（.+）：/) },
    ]);
    // the loop was cut after 5 redirects: 104 plus 5 hops
    expect(paths().filter((path) => path.startsWith('/loop/'))).toHaveLength(5);
  });

  it('keeps one entry when two URLs carry the same article', async () => {
    const result = await crawlSource({ url: `${site.origin}/dup/list.html`, kind: 'html' }, fast);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => [entry.url, entry.title])).toEqual([
      [`${site.origin}/dup/a/201.html`, '关于春节放假的通知'],
      [`${site.origin}/dup/c/203.html`, '关于元宵节活动的通知'],
    ]);
    // both copies were fetched: the second was dropped by its content hash, not by its URL
    expect(paths()).toContain('/dup/b/202.html');
  });

  it('does not fetch the pages the caller already has, and stops at maxItems', async () => {
    const asked: string[][] = [];
    const result = await crawlSource(
      { url: `${site.origin}/dup/list.html`, kind: 'html', maxItems: 1 },
      {
        ...fast,
        knownUrls: async (urls) => {
          asked.push(urls);
          return new Set([`${site.origin}/dup/a/201.html`]);
        },
      },
    );
    expect(asked).toEqual([[`${site.origin}/dup/a/201.html`, `${site.origin}/dup/b/202.html`, `${site.origin}/dup/c/203.html`]]);
    expect(result.entries.map((entry) => entry.url)).toEqual([`${site.origin}/dup/b/202.html`]);
    expect(paths()).toEqual(['/robots.txt', '/dup/list.html', '/dup/b/202.html']);
  });
});

describe('crawlSource on feeds', () => {
  it('reads a GBK RSS 2.0 feed, fetching the page only for the item without a body', async () => {
    const o = site.origin;
    const result = await crawlSource({ url: `${o}/feed/rss.xml`, kind: 'feed', contentSelector: '.detail' }, fast);
    expect(result.entries).toEqual([
      withHash({
        url: `${o}/feed/items/1.html`,
        title: '全文条目',
        publishedAt: '2024-03-15T02:00:00.000Z',
        summary: '摘要 文字',
        bodyHtml: '<p>全文 <img src="/img/1.png"></p>',
      }),
      withHash({
        url: `${o}/feed/items/2.html`,
        title: '只有描述的条目',
        publishedAt: '2024-03-14T00:00:00.000Z',
        summary: null,
        bodyHtml: '<p>描述就是正文</p>',
      }),
      withHash({
        url: `${o}/feed/items/3.html`,
        title: '没有正文的条目',
        publishedAt: '2024-03-13T02:00:00.000Z',
        summary: null,
        bodyHtml: '<p>从网页抓取的正文。</p>',
      }),
    ]);
    expect(result.errors).toEqual([
      { url: `${o}/feed/rss.xml`, code: 'CRAWL_PARSE_FAILED', message: '订阅源中的条目“没有链接的条目”没有可用的链接' },
    ]);
    expect(paths()).toEqual(['/robots.txt', '/feed/rss.xml', '/feed/items/3.html']);
  });

  it('reads an Atom feed: html and xhtml content, and the page for a summary-only entry', async () => {
    const o = site.origin;
    const result = await crawlSource({ url: `${o}/feed/atom.xml`, kind: 'feed' }, fast);
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      withHash({
        url: `${o}/feed/items/a1.html`,
        title: 'HTML 标题',
        publishedAt: '2024-03-15T00:00:00.000Z',
        summary: '第一条摘要',
        bodyHtml: '<p>第一条 &amp; 正文</p>',
      }),
      withHash({
        url: `${o}/feed/items/a2.html`,
        title: 'XHTML 条目',
        publishedAt: '2024-03-14T00:00:00.000Z',
        summary: null,
        bodyHtml: '<p>第二条<strong>正文</strong></p>',
      }),
      withHash({
        url: `${o}/feed/items/a3.html`,
        title: '只有摘要的条目',
        publishedAt: null,
        summary: '只有摘要',
        bodyHtml: '<p>第三条的正文在网页上，足够长的一段文字。</p>',
      }),
    ]);
  });
});

describe('crawlSource when the source itself fails', () => {
  it.each([
    ['a list page answering 500', { url: '/broken/list.html', kind: 'html' as const }, 'CRAWL_HTTP_STATUS'],
    ['a list page robots.txt forbids', { url: '/private/list.html', kind: 'html' as const }, 'CRAWL_ROBOTS_DISALLOWED'],
    ['an HTML page read as a feed', { url: '/gzdt/202403/t20240314_1002.html', kind: 'feed' as const }, 'CRAWL_PARSE_FAILED'],
  ])('reports %s as one error and no entries', async (_name, source, code) => {
    const result = await crawlSource({ ...source, url: `${site.origin}${source.url}` }, fast);
    expect(result).toEqual({ entries: [], errors: [expect.objectContaining({ url: `${site.origin}${source.url}`, code })] });
  });

  it('carries the HTTP status of a failed list page', async () => {
    const result = await crawlSource({ url: `${site.origin}/broken/list.html`, kind: 'html' }, fast);
    expect(result.errors[0]?.status).toBe(500);
  });

  it('rejects a non-http source URL, an invalid linkPattern or contentSelector without fetching anything', async () => {
    expect(await crawlSource({ url: 'ftp://example.com/list', kind: 'html' }, fast)).toEqual({
      entries: [],
      errors: [{ url: 'ftp://example.com/list', code: 'CRAWL_BAD_URL', message: '只能抓取 http 或 https 地址：ftp://example.com/list' }],
    });
    const bad = await crawlSource({ url: `${site.origin}/gzdt/index.html`, kind: 'html', linkPattern: '(' }, fast);
    expect(bad.errors.map((error) => error.code)).toEqual(['CRAWL_BAD_CONFIG']);
    const badSelector = await crawlSource({ url: `${site.origin}/gzdt/index.html`, kind: 'html', contentSelector: 'div[' }, fast);
    expect(badSelector.errors).toEqual([
      { url: `${site.origin}/gzdt/index.html`, code: 'CRAWL_BAD_CONFIG', message: '正文选择器写法不正确：div[' },
    ]);
    expect(paths()).toEqual([]);
  });

  it('obeys the robots.txt group of its own user agent', async () => {
    const result = await crawlSource({ url: `${site.origin}/gzdt/index.html`, kind: 'html' }, { ...fast, userAgent: 'OtherBot/2.0' });
    expect(result.errors.map((error) => error.code)).toEqual(['CRAWL_ROBOTS_DISALLOWED']);
    expect(paths()).toEqual(['/robots.txt']);
  });
});

describe('robots.txt and crawl delay', () => {
  it('treats a missing or failing robots.txt as allowing everything', async () => {
    for (const robots of [undefined, send('oops', 'text/plain', 503)]) {
      const other = await startSite({
        ...(robots ? { '/robots.txt': robots } : {}),
        '/list.html': send(page('列表', '<p><a href="/private/301.html">没有 robots 的网站文章</a></p>')),
        '/private/301.html': send(page('文章', '<div id="content"><p>没有 robots.txt 的网站上的一篇文章。</p></div>')),
      });
      sites.push(other);
      const result = await crawlSource({ url: `${other.origin}/list.html`, kind: 'html' }, fast);
      expect(result.errors).toEqual([]);
      expect(result.entries.map((entry) => entry.url)).toEqual([`${other.origin}/private/301.html`]);
    }
  });

  it('waits the Crawl-delay between requests to the same host, capped by maxCrawlDelayMs', async () => {
    // Timed where the crawler sends, not where the server receives: a loaded machine delays arrivals.
    const sent: Array<{ path: string; at: number }> = [];
    const timedFetch: typeof fetch = (input, init) => {
      sent.push({ path: new URL(String(input)).pathname, at: performance.now() });
      return fetch(input, init);
    };
    const started = performance.now();
    await crawlSource({ url: `${site.origin}/dup/list.html`, kind: 'html' }, { ...fast, maxCrawlDelayMs: 150, fetchImpl: timedFetch });
    const pages = sent.filter((request) => request.path !== '/robots.txt');
    expect(pages.map((request) => request.path)).toEqual(['/dup/list.html', '/dup/a/201.html', '/dup/b/202.html', '/dup/c/203.html']);
    for (let i = 1; i < pages.length; i++) {
      expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(150);
    }
    // robots.txt asks for 2 s, which would make these three gaps take 6 s
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
