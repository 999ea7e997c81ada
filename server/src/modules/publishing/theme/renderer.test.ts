import { describe, expect, it } from 'vitest';
import type { PageView } from '../view-model.js';
import { samplePage, sampleViews, type SampleName } from './fixtures.js';
import { labels } from './labels.js';
import { createSiteRenderer, listTemplates, themeAssets, themeTemplateSource, validateTemplate } from './renderer.js';

const theme = () => createSiteRenderer({ themeKey: 'default', overrides: new Map(), revision: 'test' });

const nationalMeta = [
  'SiteName',
  'SiteDomain',
  'SiteIDCode',
  'ColumnName',
  'ColumnDescription',
  'ColumnKeywords',
  'ColumnType',
  'ArticleTitle',
  'PubDate',
  'ContentSource',
  'Keywords',
  'Author',
  'Description',
  'Image',
  'Url',
];

describe('default theme', () => {
  it.each(Object.keys(sampleViews) as SampleName[])('renders the %s sample as a whole document with every national element', (name) => {
    const view = sampleViews[name];
    const html = theme().render(view);
    expect(html).toMatch(/^<!doctype html>\n<html lang="(zh-CN|en)">/);
    expect(html).toContain(`<html lang="${view.lang}">`);
    for (const meta of nationalMeta) expect(html).toContain(`<meta name="${meta}" content=`);
    // Footer elements monitors check (STANDARDS §2).
    expect(html).toContain(view.t.errorReport);
    expect(html).toContain(`href="${view.errorReportUrl.replaceAll('&', '&amp;')}"`);
    expect(html).toContain(`href="${view.site.conacUrl.replaceAll('&', '&amp;')}"`);
    expect(html).toContain(view.site.identifierCode);
    expect(html).toContain(`<a href="${view.site.icpLookupUrl}">${view.site.icpNumber}</a>`);
    expect(html).toContain(`href="${view.site.psbLookupUrl}?code=${view.site.psbCode}"><svg class="psb-mark"`);
    expect(html).toContain(view.site.psbNumber);
    expect(html).toContain(view.site.sponsor);
    expect(html).toContain(view.site.operator);
    expect(html).toContain(view.site.contact.phone);
    expect(html).toContain('明湖县教育局'); // 站群导航
    // Identity and accessibility frame.
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<main id="main"');
    expect(html).toContain(`<script src="${view.assets.toolbarJs}" defer></script>`);
    expect(html).toContain(`>${view.t.toolbar}</`); // the toolbar partial is in the header
    expect(html).toContain(`<link rel="canonical" href="${view.canonicalUrl}">`);
    for (const property of ['og:title', 'og:type', 'og:url', 'og:site_name']) expect(html).toContain(`property="${property}"`);
    for (const l of view.site.languages) expect(html).toContain(`data-variant="${l.code}"`);
    // CSP: no inline style or script, no event handlers.
    expect(html).not.toMatch(/<style|style="|<script>|\son[a-z]+=/i);
    expect(html.includes('name="robots" content="noindex')).toBe(!view.isIndexable);
    expect((html.match(/<h1[ >]/g) ?? []).length).toBe(1);
  });

  it('puts the site name in h1 on the homepage only', () => {
    expect(theme().render(sampleViews.home)).toContain('<h1 class="site-name">');
    expect(theme().render(sampleViews.itemNews)).toContain('<p class="site-name">');
  });

  it('shows a policy with its metadata table, attachments, interpretations and the repeal banner', () => {
    const view = sampleViews.itemPolicyRepealed;
    const html = theme().render(view);
    expect(html).toContain('<th scope="row">文号</th><td>明政〔2023〕8号</td>');
    expect(html).toContain('<div class="banner" role="note">');
    expect(html).toContain('本文件已于2026年3月2日废止。');
    expect(html).toContain(`<a href="${view.item!.banner!.replacedBy!.url}">`);
    expect(html).toContain('《明湖县城区道路停车管理办法》政策解读');
    expect(html).toContain('停车收费标准.pdf</a><span class="meta">（PDF, 1.2 MB）</span>');
    expect(html).toContain('<time datetime="2023-05-10T10:00">2023-05-10 10:00</time>');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<img src="${view.item!.share.qrUrl}" alt="微信扫一扫：本页二维码"`);
    expect(html).toContain('分享到微博');
  });

  it('links an interpretation to its policy and shows a response series in order with the current one marked', () => {
    expect(theme().render(sampleViews.itemInterpretation)).toMatch(
      /解读的政策<\/h2>\s*<ul>\s*<li><a href="[^"]+t20230510_801\.html">明湖县城区道路停车管理办法<\/a>/,
    );
    const html = theme().render(sampleViews.itemResponse);
    const order = ['关于湖滨路自来水管网爆裂的情况通报', '网传“全城停水三天”不实', '抢修进展的情况通报（二）</span>'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toContain('<span class="tag tag-warn">辟谣</span>');
    expect(html).toContain('<span aria-current="page">关于湖滨路自来水管网抢修进展的情况通报（二）</span><span class="tag">本文</span>');
  });

  it('uses the per-type templates for leaders and institutions', () => {
    expect(theme().render(sampleViews.itemLeader)).toContain('<dt>工作分工</dt><dd>主持县政府全面工作。</dd>');
    expect(theme().render(sampleViews.itemInstitution)).toContain('<dt>办公时间</dt>');
  });

  it('lists documents with 文号 and validity, people with photos, and windows a long pagination', () => {
    const html = theme().render(sampleViews.listDocuments);
    expect(html).toContain('文号：明政〔2023〕8号');
    expect(html).toContain('有效性：已废止');
    expect(html).toContain('<span class="tag">置顶</span>');
    expect(html).toContain('<a href="index_5.html" aria-current="page" aria-label="第5页">5</a>');
    for (const shown of [1, 3, 4, 6, 7, 12]) expect(html).toContain(`aria-label="第${shown}页"`);
    for (const hidden of [9, 10]) expect(html).not.toContain(`aria-label="第${hidden}页"`);
    expect(html).toContain('<li class="gap" aria-hidden="true">…</li>');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(theme().render(sampleViews.listPeople)).toContain('alt="王明同志照片"');
    expect(theme().render(sampleViews.listCatalogue)).toContain('<h2 id="child-');
  });

  it('shows a preview notice on unpublished items', () => {
    expect(theme().render(sampleViews.itemPreview)).toContain('预览：本页尚未发布');
    expect(theme().render(sampleViews.itemNews)).not.toContain('预览：本页尚未发布');
  });

  it('writes the English edition with English labels', () => {
    const html = theme().render(sampleViews.itemEnglish);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Skip to main content');
    expect(html).toContain('我为政府网站找错 Report an error');
    expect(html).not.toContain('跳到主要内容');
  });

  it('has the same label keys in both languages', () => {
    expect(Object.keys(labels('en')).sort()).toEqual(Object.keys(labels('zh-CN')).sort());
  });

  it('puts the per-page error-report link into the cached footer', () => {
    const renderer = theme();
    const a = samplePage('itemNews');
    const b = samplePage('itemNews');
    b.errorReportUrl = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3406210001&url=other';
    expect(renderer.render(a)).toContain(a.errorReportUrl.replaceAll('&', '&amp;'));
    expect(renderer.render(b)).toContain('url=other"');
  });

  it('re-renders the header when the site changes', () => {
    const renderer = theme();
    const view = samplePage('itemNews');
    expect(renderer.render(view)).toContain('明湖县人民政府</a></p>');
    view.site = { ...view.site, name: '明湖县政府（新）' };
    expect(renderer.render(view)).toContain('明湖县政府（新）</a></p>');
  });
});

describe('escaping', () => {
  const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)'];

  /** Sets every string of the view (except sanitised *Html fields and the label catalogue) to the payload. */
  function poison(value: unknown, payload: string, key = ''): unknown {
    if (typeof value === 'string') return key.endsWith('Html') ? value : payload;
    if (Array.isArray(value)) return value.map((v) => poison(v, payload));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, ['kind', 'lang', 't', 'type', 'layout'].includes(k) ? v : poison(v, payload, k)]),
      );
    }
    return value;
  }

  it.each(payloads)('never lets %s through any field of any page', (payload) => {
    for (const [name, view] of Object.entries(sampleViews)) {
      const html = createSiteRenderer({ themeKey: 'default', overrides: new Map(), revision: `xss-${name}` }).render(
        poison(view, payload) as PageView,
      );
      expect(html, name).not.toContain('<script>alert');
      expect(html, name).not.toContain('<img src=x');
      expect(html, name).not.toMatch(/(href|src|content)="\s*javascript:/i);
      if (payload.includes('<')) expect(html, name).toContain('&lt;');
    }
  });
});

describe('site templates', () => {
  it('lets a site override win over the theme, and falls back to the theme when an override breaks at run time', () => {
    const overrides = new Map([['item', '<h1>{{ item.title }}</h1><p class="custom">本站样式</p>']]);
    const html = createSiteRenderer({ themeKey: 'default', overrides, revision: 'r1' }).render(sampleViews.itemNews);
    expect(html).toContain('<p class="custom">本站样式</p>');
    expect(html).not.toContain('class="article-meta"');
    const broken = new Map([['item', '{% include "nosuch" %}']]);
    expect(createSiteRenderer({ themeKey: 'default', overrides: broken, revision: 'r2' }).render(sampleViews.itemNews)).toContain(
      'class="article-meta"',
    );
  });

  it('accepts every theme template as it ships', () => {
    for (const { name } of listTemplates()) {
      const source = themeTemplateSource('default', name);
      expect(source, name).toBeDefined();
      expect(validateTemplate('default', new Map(), name, source!), name).toEqual({ ok: true });
    }
  });

  it('refuses a syntax error with its line', () => {
    const result = validateTemplate('default', new Map(), 'item', '<h1>{{ item.title }}</h1>\n\n{% if item.title %}\n<p>未闭合');
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(result.ok || result.reason).toMatch(/^第3行：/);
  });

  it('refuses an unknown variable, also in a branch the samples never take and inside a loop', () => {
    expect(validateTemplate('default', new Map(), 'item', '<h1>{{ item.title }}</h1>\n\n{{ item.titel }}')).toEqual({
      ok: false,
      line: 3,
      column: 4,
      reason: '第3行：未知变量 item.titel',
    });
    expect(validateTemplate('default', new Map(), 'item', '{% if false %}\n{{ site.nmae }}{% endif %}')).toMatchObject({
      ok: false,
      line: 2,
    });
    expect(validateTemplate('default', new Map(), 'list', '{% for e in list.entries %}\n<p>{{ e.tilte }}</p>{% endfor %}')).toMatchObject({
      ok: false,
      line: 2,
      reason: '第2行：未知变量 e.tilte',
    });
    expect(validateTemplate('default', new Map(), 'footer', '{{ item.title }}')).toMatchObject({
      ok: false,
      reason: '第1行：未知变量 item.title',
    });
  });

  it('refuses an unknown filter', () => {
    expect(validateTemplate('default', new Map(), 'item', '{{ item.title | shell }}')).toMatchObject({
      ok: false,
      reason: '第1行：未知过滤器 shell',
    });
  });

  it('refuses includes of unknown names, of paths outside the theme and of names chosen at run time', () => {
    expect(validateTemplate('default', new Map(), 'item', '<p>x</p>\n{% include "sidebar" %}')).toMatchObject({
      ok: false,
      line: 2,
      reason: '第2行：引用了不存在的模板“sidebar”',
    });
    expect(validateTemplate('default', new Map(), 'item', "{% render '../../../etc/passwd' %}")).toMatchObject({ ok: false, line: 1 });
    expect(validateTemplate('default', new Map(), 'item', "{% layout '/etc/passwd' %}")).toMatchObject({ ok: false, line: 1 });
    expect(validateTemplate('default', new Map(), 'item', '{% include item.title %}')).toMatchObject({ ok: false, line: 1 });
    expect(validateTemplate('default', new Map(), 'item', '{% liquid\n  echo item.title\n  include "nosuch"\n%}')).toMatchObject({
      ok: false,
      line: 3,
    });
    expect(validateTemplate('default', new Map(), '../item', '{{ item.title }}')).toMatchObject({ ok: false });
  });

  it('accepts an include of a site partial saved before', () => {
    const overrides = new Map([['notice-box', '<p class="box">{{ site.name }}</p>']]);
    expect(validateTemplate('default', overrides, 'item', "{% include 'notice-box' %}{{ item.title }}")).toEqual({ ok: true });
    expect(validateTemplate('default', new Map(), 'notice-box', '<p class="box">{{ site.name }}</p>')).toEqual({ ok: true });
  });

  it('stops a runaway loop', () => {
    const started = Date.now();
    const nested = validateTemplate(
      'default',
      new Map(),
      'item',
      '{% for i in (1..5000) %}{% for j in (1..5000) %}{{ j }}{% endfor %}{% endfor %}',
    );
    expect(nested).toMatchObject({ ok: false, line: 1 });
    expect(nested.ok || nested.reason).toMatch(/已停止/);
    expect(validateTemplate('default', new Map(), 'item', '{% for i in (1..1000000000) %}x{% endfor %}')).toMatchObject({ ok: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cannot reach prototypes or run code', () => {
    const result = validateTemplate('default', new Map(), 'item', '{{ item.constructor.constructor }}');
    expect(result.ok).toBe(false);
    const html = createSiteRenderer({
      themeKey: 'default',
      overrides: new Map([['item', '[{{ item.constructor }}][{{ item.title.constructor }}]']]),
      revision: 'proto',
    }).render(sampleViews.itemNews);
    expect(html).toContain('[][]');
  });
});

describe('theme catalogue', () => {
  it('lists every template with a Chinese description and ships its assets', () => {
    const names = listTemplates().map((t) => t.name);
    for (const name of [
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
    ]) {
      expect(names).toContain(name);
    }
    expect(listTemplates().every((t) => /[\u4e00-\u9fff]/.test(t.description))).toBe(true);
    const paths = themeAssets('default').map((a) => a.path);
    for (const p of ['assets/site.css', 'assets/print.css', 'assets/toolbar.js', 'assets/toolbar.css']) expect(paths).toContain(p);
    expect(themeTemplateSource('default', '../etc/passwd')).toBeUndefined();
    expect(themeAssets('no-such-theme').length).toBe(themeAssets('default').length);
  });

  it('keeps the stylesheet to one main colour family and readable line height', () => {
    const css = themeAssets('default')
      .find((a) => a.path === 'assets/site.css')!
      .content.toString('utf8');
    expect(css).toContain('#1f4e8c');
    expect(css).toMatch(/body \{[^}]*line-height: 1\.75/);
    expect(css).toContain(':focus-visible');
    const print = themeAssets('default')
      .find((a) => a.path === 'assets/print.css')!
      .content.toString('utf8');
    expect(print).toMatch(/\.main-nav[\s\S]*display: none/);
  });
});
