import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-page.js';
import { decodeBody } from './charset.js';
import { findDate, findLabelledDate, findShortDate, parseDate } from './dates.js';
import { parseFeed } from './feed.js';
import { CrawlError, contentHash, normaliseUrl } from './index.js';
import { extractListLinks } from './list-page.js';

const ZHONGWEN_GBK = [0xd6, 0xd0, 0xce, 0xc4]; // 中文

describe('normaliseUrl', () => {
  it('resolves relative links and drops the fragment and utm_* parameters, keeping the rest as written', () => {
    const base = 'http://WWW.Example.gov.cn:80/zwgk/gzdt/index.html';
    expect(normaliseUrl('../tzgg/t20240315_1.html#top', base)).toBe('http://www.example.gov.cn/zwgk/tzgg/t20240315_1.html');
    expect(normaliseUrl('./a.jsp?b=%E4%B8%AD+1&utm_source=wx&id=7&UTM_Medium=x', base)).toBe(
      'http://www.example.gov.cn/zwgk/gzdt/a.jsp?b=%E4%B8%AD+1&id=7',
    );
    expect(normaliseUrl('https://example.gov.cn/a?utm_campaign=1')).toBe('https://example.gov.cn/a');
  });

  it.each(['javascript:alert(1)', 'ftp://example.gov.cn/a.html', 'mailto:a@b.cn', 'not a url'])('throws CRAWL_BAD_URL for %s', (url) => {
    expect(() => normaliseUrl(url)).toThrow(expect.objectContaining({ code: 'CRAWL_BAD_URL' }));
    expect(() => normaliseUrl(url)).toThrow(CrawlError);
  });
});

describe('contentHash', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the sha256 of title and body text with markup and whitespace removed', () => {
    expect(
      contentHash(' 关于 春节放假的通知 ', '<div><p>春节放假七天。</p>\n<p>请做好<b>值班</b>安排。</p><script>x()</script></div>'),
    ).toBe(sha256('关于春节放假的通知\n春节放假七天。请做好值班安排。'));
    expect(contentHash('通知', null)).toBe(sha256('通知\n'));
  });

  it('is the same for a copy laid out differently and differs when the text differs', () => {
    const original = contentHash('通知', '<p>放假七天。</p><p>做好值班。</p>');
    expect(contentHash('通知', '<section>\n  <p>放假&nbsp;七天。</p>\n\u3000\u3000<p>做好值班。</p>\n</section>')).toBe(original);
    expect(contentHash('通知', '<p>放假八天。</p><p>做好值班。</p>')).not.toBe(original);
    expect(contentHash('另一个通知', '<p>放假七天。</p><p>做好值班。</p>')).not.toBe(original);
  });
});

describe('decodeBody', () => {
  const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
  const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());

  it('decodes GBK declared in the Content-Type header', () => {
    expect(decodeBody(bytes(ZHONGWEN_GBK), 'text/html; charset=GBK')).toBe('中文');
    expect(decodeBody(bytes(ZHONGWEN_GBK), 'text/html; charset="gb2312"')).toBe('中文');
  });

  it('decodes GBK declared in <meta http-equiv>, <meta charset> or the XML declaration', () => {
    const httpEquiv = ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>');
    expect(decodeBody(bytes(httpEquiv, ZHONGWEN_GBK), 'text/html')).toBe(`${Buffer.from(httpEquiv).toString()}中文`);
    expect(decodeBody(bytes(ascii('<meta charset=gb18030>'), ZHONGWEN_GBK), null)).toBe('<meta charset=gb18030>中文');
    expect(decodeBody(bytes(ascii('<?xml version="1.0" encoding="GBK"?><a>'), ZHONGWEN_GBK), 'application/xml')).toBe(
      '<?xml version="1.0" encoding="GBK"?><a>中文',
    );
  });

  it('reads UTF-8 by default, honours a BOM, and falls back to GB18030 when "UTF-8" is not', () => {
    expect(decodeBody(new TextEncoder().encode('<p>中文</p>'), 'text/html')).toBe('<p>中文</p>');
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode('中文')]), 'text/html; charset=gbk')).toBe('中文');
    expect(decodeBody(bytes(ZHONGWEN_GBK), 'text/html; charset=utf-8')).toBe('中文');
  });

  it('uses the declared charset even when the bytes would pass for another one', () => {
    // 中文 in Big5 is A4 A4 A4 E5, which GB18030 reads as other characters
    expect(decodeBody(bytes(ascii('<meta charset="big5">'), [0xa4, 0xa4, 0xa4, 0xe5]), 'text/html')).toBe('<meta charset="big5">中文');
  });
});

describe('dates', () => {
  it('reads the ways Chinese sites write dates, as China time', () => {
    expect(findDate('发布日期：2024-03-15')).toBe('2024-03-14T16:00:00.000Z');
    expect(findDate('2024年3月5日 09:30')).toBe('2024-03-05T01:30:00.000Z');
    expect(findDate('[2024/03/15 18:05:09]')).toBe('2024-03-15T10:05:09.000Z');
    expect(findDate('2024.3.15')).toBe('2024-03-14T16:00:00.000Z');
    expect(findDate('2024-02-30 or 2024-13-01')).toBeNull();
    expect(findDate('索引号：11370000/2024-00123')).toBeNull();
  });

  it('finds a labelled date rather than the first date on the page', () => {
    expect(findLabelledDate('今天是2024年11月22日 关于2024年4月1日停水的通知 发布时间：2024-03-15 10:00')).toBe('2024-03-15T02:00:00.000Z');
  });

  it('gives a year to list dates without one, never in the future', () => {
    const now = new Date('2024-01-10T00:00:00Z');
    expect(findShortDate('[01-05]', now)).toBe('2024-01-04T16:00:00.000Z');
    expect(findShortDate('12-28', now)).toBe('2023-12-27T16:00:00.000Z');
    expect(findShortDate('阅读 1234', now)).toBeNull();
  });

  it('parses feed dates with their zone, and bare ones as China time', () => {
    expect(parseDate('Fri, 15 Mar 2024 10:00:00 +0800')).toBe('2024-03-15T02:00:00.000Z');
    expect(parseDate('Fri, 15 Mar 2024 10:00:00 GMT')).toBe('2024-03-15T10:00:00.000Z');
    expect(parseDate('2024-03-15T10:00:00Z')).toBe('2024-03-15T10:00:00.000Z');
    expect(parseDate('2024-03-15 10:00:00')).toBe('2024-03-15T02:00:00.000Z');
    expect(parseDate('soon')).toBeNull();
  });
});

describe('extractListLinks', () => {
  const now = new Date('2024-11-22T00:00:00Z');
  const pageUrl = 'https://www.example.gov.cn/zwgk/tzgg/index.html';

  it('keeps article links only, with the full title and the date beside them', () => {
    const html = `<html><body>
      <a href="/">首页</a><a href="index_2.html">下一页</a><a href="/zwgk/">政务公开栏目首页</a>
      <a href="/files/t20240301_9.pdf">附件：2024年预算表</a><a href="https://other.gov.cn/a/t20240301_1.html">外站的一篇文章</a>
      <table>
        <tr><td><a href="t20240315_101.html" title="关于做好2024年春季森林防火工作的通知">关于做好2024年春季…</a></td><td>2024-03-15</td></tr>
        <tr><td><a href="content.jsp?id=1024">关于2024年4月1日停水的通知</a></td><td>03-10</td></tr>
        <tr><td><a href="t20240301_103.html">无日期的一篇通知公告</a></td></tr>
      </table>
      <p><a href="t20240315_101.html#main">查看通知全文</a></p>
    </body></html>`;
    expect(extractListLinks(html, pageUrl, { linkPattern: null, now })).toEqual([
      {
        url: 'https://www.example.gov.cn/zwgk/tzgg/t20240315_101.html',
        title: '关于做好2024年春季森林防火工作的通知',
        publishedAt: '2024-03-14T16:00:00.000Z',
      },
      {
        url: 'https://www.example.gov.cn/zwgk/tzgg/content.jsp?id=1024',
        title: '关于2024年4月1日停水的通知',
        publishedAt: '2024-03-09T16:00:00.000Z', // the date beside the link, not the one in its title
      },
      { url: 'https://www.example.gov.cn/zwgk/tzgg/t20240301_103.html', title: '无日期的一篇通知公告', publishedAt: null },
    ]);
  });

  it('does not give one date to every link of a container', () => {
    const html = '<div>2024-03-15 <a href="/a/t1001.html">第一篇通知公告</a> <a href="/a/t1002.html">第二篇通知公告</a></div>';
    expect(extractListLinks(html, pageUrl, { linkPattern: null, now }).map((link) => link.publishedAt)).toEqual([null, null]);
  });

  it('uses linkPattern instead of the heuristic, on the absolute URL', () => {
    const html =
      '<a href="/zwgk/tzgg/202403/t1.html"><img src="t1.jpg"></a><a href="/zwgk/tzgg/202403/t1.html">第一篇</a>' +
      '<a href="/zwgk/gzdt/202403/t2.html">第二篇</a><a href="/">首页</a>';
    // the thumbnail link comes first; the text link that follows gives the title
    expect(extractListLinks(html, pageUrl, { linkPattern: /\/tzgg\/\d+\//, now })).toEqual([
      { url: 'https://www.example.gov.cn/zwgk/tzgg/202403/t1.html', title: '第一篇', publishedAt: null },
    ]);
  });
});

describe('extractArticle', () => {
  const url = 'https://www.example.gov.cn/zwgk/tzgg/202403/t20240315_101.html';
  const options = { contentSelector: null, knownTitle: '关于做好春季森林防火工作的通知' };

  it('finds the densest text block, makes its links absolute, and keeps a known title over a site-name <h1>', () => {
    const html = `<html><head><title>某某市人民政府</title></head><body>
      <h1>某某市人民政府</h1>
      <div class="nav"><a href="/1">首页</a><a href="/2">政务公开</a><a href="/3">政务服务</a><a href="/4">互动交流</a></div>
      <div class="main"><div class="info">来源：市林业局</div>
        <div class="body"><p>各区县人民政府，市政府各部门：</p><p>为做好春季森林防火工作，现将有关事项通知如下。</p>
        <p><a href="../../files/a.pdf">附件下载</a></p></div></div>
      <div class="footer">版权所有：某某市人民政府 地址：某某路1号</div></body></html>`;
    expect(extractArticle(html, url, options)).toEqual({
      title: '关于做好春季森林防火工作的通知',
      publishedAt: null,
      labelledDate: null,
      summary: null,
      bodyHtml:
        '<p>各区县人民政府，市政府各部门：</p><p>为做好春季森林防火工作，现将有关事项通知如下。</p>\n' +
        '        <p><a href="https://www.example.gov.cn/zwgk/files/a.pdf">附件下载</a></p>',
    });
  });

  it('completes a truncated title from the page and reads the national meta tags', () => {
    const html = `<html><head><meta name="pubdate" content="2024-03-15"><title>关于做好春季森林防火工作的通知_某某市</title></head>
      <body><div id="zoom"><p>正文第一段，足够长的文字。</p></div></body></html>`;
    const article = extractArticle(html, url, { contentSelector: null, knownTitle: '关于做好春季森林…' });
    expect(article.title).toBe('关于做好春季森林防火工作的通知_某某市');
    expect(article.publishedAt).toBe('2024-03-14T16:00:00.000Z');
    expect(article.bodyHtml).toBe('<p>正文第一段，足够长的文字。</p>');
  });

  it('reports an invalid contentSelector as a configuration error', () => {
    expect(() => extractArticle('<p>x</p>', url, { contentSelector: 'div[', knownTitle: null })).toThrow(
      expect.objectContaining({ code: 'CRAWL_BAD_CONFIG' }),
    );
  });
});

describe('parseFeed', () => {
  it('reads RSS 1.0 (RDF) items too', () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>t</title></channel>
      <item><title>条目</title><link>https://example.gov.cn/a/1.html</link><description>正文</description><dc:date>2024-03-15T08:00:00+08:00</dc:date></item>
      </rdf:RDF>`;
    expect(parseFeed(xml, 'https://example.gov.cn/rss.xml')).toEqual({
      items: [
        {
          url: 'https://example.gov.cn/a/1.html',
          title: '条目',
          publishedAt: '2024-03-15T00:00:00.000Z',
          summary: null,
          bodyHtml: '正文',
        },
      ],
      problems: [],
    });
  });

  it('rejects a document that is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://example.gov.cn/')).toThrow(
      expect.objectContaining({ code: 'CRAWL_PARSE_FAILED' }),
    );
  });
});
