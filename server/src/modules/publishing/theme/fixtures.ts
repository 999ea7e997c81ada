import type {
  ColumnView,
  EntryView,
  ItemView,
  LinkView,
  NavEntry,
  PageKind,
  PageLanguage,
  PageView,
  RelatedLink,
  SiteView,
} from '../view-model.js';
import { labels } from './labels.js';

/*
 * Sample pages of a made-up county (明湖县), one per page kind and per item shape. Site templates
 * are validated by rendering every one of them with strict variables, so a field a template may
 * use must appear here at least once with a non-null value. Tests use them too.
 */

const canonicalBase = 'https://www.minghu.gov.cn';

function siteView(root: string, lang: PageLanguage, path: string): SiteView {
  const zhPath = lang === 'en' ? path.replace(/^en\//, '') : path;
  return {
    id: 1,
    code: 'minghu',
    name: '明湖县人民政府',
    shortName: '明湖县',
    domain: 'www.minghu.gov.cn',
    identifierCode: '3406210001',
    icpNumber: '皖ICP备05001234号',
    psbNumber: '皖公网安备 34062102000123号',
    psbCode: '34062102000123',
    sponsor: '明湖县人民政府办公室',
    operator: '明湖县数据资源管理局',
    contact: { address: '安徽省明湖县政务新区湖滨路1号', phone: '0561-1234567', email: 'zwgk@minghu.gov.cn', postcode: '235000' },
    canonicalBase,
    languages: [
      { code: 'zh-CN', label: '简体', url: `${root}${zhPath}`, isCurrent: lang === 'zh-CN' },
      { code: 'zh-TW', label: '繁體', url: `/zh-tw/${zhPath}`, isCurrent: false },
      { code: 'en', label: 'English', url: `${root}en/`, isCurrent: lang === 'en' },
    ],
    errorReportBase: 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3406210001',
    conacUrl: 'https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D4E5F',
    icpLookupUrl: 'https://beian.miit.gov.cn/',
    psbLookupUrl: 'https://beian.mps.gov.cn/#/query/webSearch',
    subSites: [
      {
        kindLabel: '部门网站',
        sites: [
          { name: '明湖县发展和改革委员会', url: 'https://fgw.minghu.gov.cn/' },
          { name: '明湖县教育局', url: 'https://jyj.minghu.gov.cn/' },
        ],
      },
      { kindLabel: '乡镇网站', sites: [{ name: '湖滨镇人民政府', url: 'https://hbz.minghu.gov.cn/' }] },
    ],
    parent: { name: '淮北市人民政府', url: 'https://www.huaibei.gov.cn/' },
  };
}

function navView(root: string, current: string): NavEntry[] {
  const top: Array<[string, string, Array<[string, string]>]> = [
    [
      '要闻动态',
      'ywdt',
      [
        ['明湖要闻', 'mhyw'],
        ['通知公告', 'tzgg'],
        ['部门动态', 'bmdt'],
      ],
    ],
    [
      '政务公开',
      'zwgk',
      [
        ['政策文件', 'zcwj'],
        ['政策解读', 'zcjd'],
        ['领导信息', 'ldxx'],
        ['机构职能', 'jgzn'],
      ],
    ],
    [
      '政务服务',
      'zwfw',
      [
        ['办事指南', 'bszn'],
        ['便民服务', 'bmfw'],
      ],
    ],
    [
      '互动交流',
      'hdjl',
      [
        ['县长信箱', 'xzxx'],
        ['回应关切', 'hygq'],
      ],
    ],
    ['走进明湖', 'zjmh', [['明湖概况', 'mhgk']]],
  ];
  return top.map(([name, slug, children]) => ({
    name,
    url: `${root}${slug}/`,
    isCurrent: slug === current,
    children: children.map(([childName, childSlug]) => ({ name: childName, url: `${root}${slug}/${childSlug}/` })),
  }));
}

function column(root: string, name: string, slug: string, kind = 'list', purpose = ''): ColumnView {
  return {
    id: slug.length * 7 + name.length,
    name,
    slug,
    kind,
    purpose,
    url: `${root}${slug}/`,
    feedUrl: `${root}${slug}/rss.xml`,
    atomUrl: `${root}${slug}/atom.xml`,
    startsOn: '',
    endsOn: '',
  };
}

function entry(root: string, id: number, title: string, at: string, extra: Partial<EntryView> = {}): EntryView {
  const day = at.slice(0, 10);
  const compact = day.replaceAll('-', '');
  return {
    id,
    title,
    url: `${root}zwgk/zcwj/${compact.slice(0, 6)}/t${compact}_${id}.html`,
    publishedAt: at,
    date: day,
    type: 'news',
    typeLabel: '新闻',
    summary: '',
    isPinned: false,
    docNo: '',
    validityLabel: '',
    imageUrl: '',
    imageAlt: '',
    source: '',
    ...extra,
  };
}

function related(root: string, id: number, title: string, date: string, label: string, typeLabel: string): RelatedLink {
  const compact = date.replaceAll('-', '');
  return { title, url: `${root}zwgk/zcjd/${compact.slice(0, 6)}/t${compact}_${id}.html`, date, label, typeLabel };
}

const nationalMeta = (
  site: SiteView,
  col: { name: string; purpose: string; type: string },
  article?: {
    title: string;
    at: string;
    source: string;
    keywords: string;
    author: string;
    description: string;
    image: string;
    url: string;
  },
): Array<{ name: string; content: string }> => [
  { name: 'SiteName', content: site.name },
  { name: 'SiteDomain', content: site.domain },
  { name: 'SiteIDCode', content: site.identifierCode },
  { name: 'ColumnName', content: col.name },
  { name: 'ColumnDescription', content: col.purpose },
  { name: 'ColumnKeywords', content: col.name },
  { name: 'ColumnType', content: col.type },
  { name: 'ArticleTitle', content: article?.title ?? '' },
  { name: 'PubDate', content: article?.at ?? '' },
  { name: 'ContentSource', content: article?.source ?? '' },
  { name: 'Keywords', content: article?.keywords ?? '' },
  { name: 'Author', content: article?.author ?? '' },
  { name: 'Description', content: article?.description ?? '' },
  { name: 'Image', content: article?.image ?? '' },
  { name: 'Url', content: article?.url ?? '' },
];

function basePage(
  kind: PageKind,
  path: string,
  title: string,
  options: { lang?: PageLanguage; nav?: string; crumbs?: LinkView[] } = {},
): PageView {
  const lang = options.lang ?? 'zh-CN';
  const depth = path.split('/').length - 1;
  const root = '../'.repeat(depth);
  const site = siteView(root, lang, path);
  const canonicalUrl = `${canonicalBase}/${path.replace(/index\.html$/, '')}`;
  return {
    kind,
    lang,
    t: labels(lang),
    root,
    path,
    title,
    canonicalUrl,
    description: '',
    keywords: '',
    image: '',
    isIndexable: true,
    meta: nationalMeta(site, { name: title, purpose: '', type: '首页' }, undefined),
    site,
    nav: navView(lang === 'en' ? `${root}en/` : root, options.nav ?? ''),
    crumbs: options.crumbs ?? [],
    errorReportUrl: `${site.errorReportBase}&url=${encodeURIComponent(canonicalUrl)}`,
    assets: {
      css: `${root}assets/site.css?v=3f2a91c0`,
      toolbarJs: `${root}assets/toolbar.js?v=8d41e0aa`,
      toolbarCss: `${root}assets/toolbar.css?v=17c0be52`,
      printCss: `${root}assets/print.css?v=c90e7711`,
    },
  };
}

const policyBody =
  '<p>各乡镇人民政府，县政府各部门：</p><p>为进一步优化营商环境，激发市场主体活力，经县政府同意，现就有关事项通知如下。</p>' +
  '<h2>一、总体要求</h2><p>坚持以企业和群众需求为导向，持续推进“放管服”改革……</p><h2>二、主要措施</h2><ol><li>压缩企业开办时间至1个工作日以内。</li><li>推行“一网通办”，政务服务事项网上可办率达到100%。</li></ol>' +
  '<table><caption>任务分工</caption><thead><tr><th scope="col">任务</th><th scope="col">牵头单位</th></tr></thead><tbody><tr><td>企业开办</td><td>县市场监管局</td></tr><tr><td>一网通办</td><td>县数据资源局</td></tr></tbody></table>' +
  '<p class="signature">明湖县人民政府办公室</p><p class="signature">2026年3月2日</p>';

function itemView(root: string, base: Partial<ItemView> & Pick<ItemView, 'id' | 'type' | 'typeLabel' | 'title' | 'column'>): ItemView {
  return {
    bodyHtml: '<p>正文内容。</p>',
    summary: '',
    keywords: [],
    author: '',
    source: '',
    publishedAt: '2026-03-02 09:30',
    metadata: [],
    validity: '',
    validityLabel: '',
    banner: null,
    interpretations: [],
    interpretedPolicies: [],
    series: [],
    seriesEvent: '',
    related: [],
    attachments: [],
    images: [],
    person: null,
    institution: null,
    share: {
      weiboUrl: `https://service.weibo.com/share/share.php?url=${encodeURIComponent(`${canonicalBase}/x.html`)}&title=${encodeURIComponent(base.title)}`,
      qrUrl: `${root}assets/qr/t_${base.id}.png`,
    },
    isPreview: false,
    ...base,
  };
}

function itemPage(
  path: string,
  nav: string,
  crumbs: Array<[string, string]>,
  item: (root: string) => ItemView,
  lang: PageLanguage = 'zh-CN',
): PageView {
  const page = basePage('item', path, '', { lang, nav });
  const view = item(page.root);
  page.item = view;
  page.title = view.title;
  page.description = view.summary;
  page.keywords = view.keywords.join(',');
  page.crumbs = [
    { name: page.t.home!, url: lang === 'en' ? `${page.root}en/` : page.root },
    ...crumbs.map(([name, url]) => ({ name, url: `${page.root}${url}` })),
    { name: view.title, url: '' },
  ];
  page.image = view.images[0] ? `${canonicalBase}/${view.images[0].url.replace(/^(\.\.\/)+/, '')}` : '';
  page.meta = nationalMeta(
    page.site,
    { name: view.column.name, purpose: view.column.purpose, type: '信息列表' },
    {
      title: view.title,
      at: view.publishedAt,
      source: view.source,
      keywords: page.keywords,
      author: view.author,
      description: view.summary,
      image: page.image,
      url: page.canonicalUrl,
    },
  );
  return page;
}

function buildSamples() {
  const home = basePage('home', 'index.html', '明湖县人民政府');
  home.crumbs = [];
  home.description = '明湖县人民政府门户网站：政务公开、政务服务、互动交流。';
  home.home = {
    headline: entry('', 1201, '明湖县召开2026年优化营商环境推进大会', '2026-03-05 10:12', {
      summary: '会议总结2025年营商环境建设成效，部署2026年重点任务。',
      imageUrl: 'ywdt/mhyw/202603/W020260305_1201.jpg',
      imageAlt: '会场全景：与会人员在县政务中心报告厅听取工作报告',
    }),
    blocks: [
      {
        key: 'mhyw',
        title: '明湖要闻',
        moreUrl: 'ywdt/mhyw/',
        entries: [
          entry('', 1201, '明湖县召开2026年优化营商环境推进大会', '2026-03-05 10:12'),
          entry('', 1198, '县领导调研春季农业生产工作', '2026-03-03 16:40'),
        ],
      },
      {
        key: 'tzgg',
        title: '通知公告',
        moreUrl: 'ywdt/tzgg/',
        entries: [entry('', 1190, '关于2026年清明节期间祭扫安排的公告', '2026-03-01 08:00', { isPinned: true })],
      },
      {
        key: 'zcwj',
        title: '政策文件',
        moreUrl: 'zwgk/zcwj/',
        entries: [
          entry('', 1187, '明湖县人民政府办公室关于进一步优化营商环境的通知', '2026-03-02 09:30', {
            type: 'policy',
            typeLabel: '政策文件',
            docNo: '明政办〔2026〕3号',
          }),
        ],
      },
      {
        key: 'zcjd',
        title: '政策解读',
        moreUrl: 'zwgk/zcjd/',
        entries: [
          entry('', 1188, '一图读懂《关于进一步优化营商环境的通知》', '2026-03-02 15:00', {
            type: 'interpretation',
            typeLabel: '政策解读',
          }),
        ],
      },
    ],
    entryGroups: [
      {
        key: 'zwfw',
        title: '政务服务',
        url: 'zwfw/',
        purpose: '办事指南与便民服务',
        links: [
          { name: '办事指南', url: 'zwfw/bszn/', purpose: '个人办事和法人办事的指南' },
          { name: '便民服务', url: 'zwfw/bmfw/', purpose: '水电气暖、交通出行、医疗教育' },
        ],
      },
      {
        key: 'hdjl',
        title: '互动交流',
        url: 'hdjl/',
        purpose: '写信、留言与回应关切',
        links: [
          { name: '县长信箱', url: 'hdjl/xzxx/', purpose: '向县长反映问题、提出建议' },
          { name: '回应关切', url: 'hdjl/hygq/', purpose: '对社会关注事项的回应' },
        ],
      },
    ],
    topics: [{ ...column('', '优化营商环境专题', 'yhyshj', 'topic', '营商环境政策与进展'), startsOn: '2026-01-01', endsOn: '2026-12-31' }],
  };
  home.meta = nationalMeta(home.site, { name: '首页', purpose: '明湖县人民政府门户网站首页', type: '首页' });

  const listDocuments = basePage('list', 'zwgk/zcwj/index_5.html', '政策文件', { nav: 'zwgk' });
  const zcwj = { ...column(listDocuments.root, '政策文件', 'zwgk/zcwj', 'list', '县政府及办公室发布的规范性文件和其他文件'), slug: 'zcwj' };
  const pages = Array.from({ length: 12 }, (_, i) => ({
    number: i + 1,
    url: i === 0 ? 'index.html' : `index_${i + 1}.html`,
    isCurrent: i + 1 === 5,
  }));
  listDocuments.list = {
    column: zcwj,
    children: [],
    entries: [
      entry(listDocuments.root, 1187, '明湖县人民政府办公室关于进一步优化营商环境的通知', '2026-03-02 09:30', {
        type: 'policy',
        typeLabel: '政策文件',
        docNo: '明政办〔2026〕3号',
        isPinned: true,
      }),
      entry(listDocuments.root, 801, '明湖县城区道路停车管理办法', '2023-05-10 10:00', {
        type: 'policy',
        typeLabel: '政策文件',
        docNo: '明政〔2023〕8号',
        validityLabel: '已废止',
      }),
    ],
    pagination: {
      current: 5,
      total: 12,
      pages,
      prevUrl: 'index_4.html',
      nextUrl: 'index_6.html',
      firstUrl: 'index.html',
      lastUrl: 'index_12.html',
    },
    layout: 'documents',
  };
  listDocuments.crumbs = [
    { name: '首页', url: listDocuments.root },
    { name: '政务公开', url: `${listDocuments.root}zwgk/` },
    { name: '政策文件', url: '' },
  ];
  listDocuments.meta = nationalMeta(listDocuments.site, { name: '政策文件', purpose: zcwj.purpose, type: '信息列表' });

  const listPeople = basePage('list', 'zwgk/ldxx/index.html', '领导信息', { nav: 'zwgk' });
  listPeople.list = {
    column: column(listPeople.root, '领导信息', 'ldxx', 'list', '县政府领导的简历和分工'),
    children: [],
    entries: [
      entry(listPeople.root, 301, '王明', '2025-01-10 09:00', {
        type: 'leader',
        typeLabel: '领导',
        summary: '县长',
        imageUrl: '../../files/301/wangming.jpg',
        imageAlt: '王明同志照片',
      }),
      entry(listPeople.root, 302, '李华', '2025-01-10 09:00', {
        type: 'leader',
        typeLabel: '领导',
        summary: '副县长',
        imageUrl: '../../files/302/lihua.jpg',
        imageAlt: '李华同志照片',
      }),
    ],
    pagination: {
      current: 1,
      total: 1,
      pages: [{ number: 1, url: 'index.html', isCurrent: true }],
      prevUrl: '',
      nextUrl: '',
      firstUrl: 'index.html',
      lastUrl: 'index.html',
    },
    layout: 'people',
  };
  listPeople.crumbs = [
    { name: '首页', url: listPeople.root },
    { name: '政务公开', url: `${listPeople.root}zwgk/` },
    { name: '领导信息', url: '' },
  ];

  const listCatalogue = basePage('list', 'zwgk/index.html', '政务公开', { nav: 'zwgk' });
  listCatalogue.list = {
    column: column(listCatalogue.root, '政务公开', 'zwgk', 'catalogue', '政府信息公开目录'),
    children: [
      {
        column: column(listCatalogue.root, '政策文件', 'zwgk/zcwj', 'list', '规范性文件和其他文件'),
        entries: [entry(listCatalogue.root, 1187, '明湖县人民政府办公室关于进一步优化营商环境的通知', '2026-03-02 09:30')],
      },
      { column: column(listCatalogue.root, '政策解读', 'zwgk/zcjd', 'list', ''), entries: [] },
    ],
    entries: [],
    pagination: {
      current: 1,
      total: 1,
      pages: [{ number: 1, url: 'index.html', isCurrent: true }],
      prevUrl: '',
      nextUrl: '',
      firstUrl: 'index.html',
      lastUrl: 'index.html',
    },
    layout: 'titles',
  };
  listCatalogue.crumbs = [
    { name: '首页', url: listCatalogue.root },
    { name: '政务公开', url: '' },
  ];

  const single = basePage('single', 'zjmh/mhgk/index.html', '明湖概况', { nav: 'zjmh' });
  single.item = itemView(single.root, {
    id: 90,
    type: 'article',
    typeLabel: '文章',
    title: '明湖概况',
    column: column(single.root, '明湖概况', 'mhgk', 'single'),
    bodyHtml: '<p>明湖县位于安徽省北部，总面积1,986平方千米，辖8镇3乡，户籍人口62万。</p>',
  });
  single.crumbs = [
    { name: '首页', url: single.root },
    { name: '走进明湖', url: `${single.root}zjmh/` },
    { name: '明湖概况', url: '' },
  ];

  const zcwjCrumbs: Array<[string, string]> = [
    ['政务公开', 'zwgk/'],
    ['政策文件', 'zwgk/zcwj/'],
  ];
  const itemNews = itemPage(
    'ywdt/mhyw/202603/t20260305_1201.html',
    'ywdt',
    [
      ['要闻动态', 'ywdt/'],
      ['明湖要闻', 'ywdt/mhyw/'],
    ],
    (root) =>
      itemView(root, {
        id: 1201,
        type: 'news',
        typeLabel: '新闻',
        title: '明湖县召开2026年优化营商环境推进大会',
        column: column(root, '明湖要闻', 'mhyw'),
        summary: '会议总结2025年营商环境建设成效，部署2026年重点任务。',
        keywords: ['营商环境', '推进大会'],
        author: '张晓',
        source: '明湖县融媒体中心',
        publishedAt: '2026-03-05 10:12',
        bodyHtml: '<p>3月5日上午，明湖县召开2026年优化营商环境推进大会。</p><p>会议指出，2025年全县新增市场主体1.2万户……</p>',
        images: [
          {
            name: '会场全景',
            url: `${root}files/88/huichang.jpg`,
            description: 'JPEG, 320 KB',
            kind: 'image',
            alt: '会场全景：与会人员在县政务中心报告厅听取工作报告',
          },
        ],
        related: [related(root, 1187, '明湖县人民政府办公室关于进一步优化营商环境的通知', '2026-03-02', '相关文件', '政策文件')],
      }),
  );

  const policyMetadata = [
    { label: '索引号', value: '11341621003012345X/2023-00008' },
    { label: '发布机构', value: '明湖县人民政府' },
    { label: '成文日期', value: '2023-05-08' },
    { label: '发布日期', value: '2023-05-10' },
    { label: '文号', value: '明政〔2023〕8号' },
    { label: '主题分类', value: '城乡建设、环境保护\\城市规划' },
    { label: '有效性', value: '已废止' },
  ];
  const itemPolicyRepealed = itemPage('zwgk/zcwj/202305/t20230510_801.html', 'zwgk', zcwjCrumbs, (root) =>
    itemView(root, {
      id: 801,
      type: 'policy',
      typeLabel: '政策文件',
      title: '明湖县城区道路停车管理办法',
      column: column(root, '政策文件', 'zcwj', 'list', '规范性文件和其他文件'),
      summary: '规范城区道路停车泊位的设置、收费和管理。',
      keywords: ['停车', '管理办法'],
      source: '明湖县人民政府',
      publishedAt: '2023-05-10 10:00',
      metadata: policyMetadata,
      validity: 'repealed',
      validityLabel: '已废止',
      banner: {
        text: '本文件已于2026年3月2日废止。',
        replacedBy: related(root, 1187, '明湖县城区道路停车管理办法（2026年修订）', '2026-03-02', '废止本文件', '政策文件'),
      },
      interpretations: [
        related(root, 805, '《明湖县城区道路停车管理办法》政策解读', '2023-05-11', '相关解读', '文字解读'),
        related(root, 806, '一图读懂城区停车新规', '2023-05-12', '相关解读', '图解'),
      ],
      attachments: [
        {
          name: '明湖县城区道路停车泊位设置规划表.xlsx',
          url: `${root}files/811/bowei.xlsx`,
          description: 'XLSX, 48 KB',
          kind: 'document',
          alt: '',
        },
        { name: '停车收费标准.pdf', url: `${root}files/812/shoufei.pdf`, description: 'PDF, 1.2 MB', kind: 'document', alt: '' },
      ],
      bodyHtml: policyBody,
      related: [related(root, 700, '明湖县城市管理条例实施细则', '2021-09-01', '依据', '政策文件')],
    }),
  );

  const itemInterpretation = itemPage(
    'zwgk/zcjd/202305/t20230511_805.html',
    'zwgk',
    [
      ['政务公开', 'zwgk/'],
      ['政策解读', 'zwgk/zcjd/'],
    ],
    (root) =>
      itemView(root, {
        id: 805,
        type: 'interpretation',
        typeLabel: '政策解读',
        title: '《明湖县城区道路停车管理办法》政策解读',
        column: column(root, '政策解读', 'zcjd'),
        source: '明湖县住房和城乡建设局',
        author: '县住建局',
        publishedAt: '2023-05-11 15:30',
        bodyHtml: '<h2>一、出台背景</h2><p>近年来，城区机动车保有量快速增长……</p>',
        interpretedPolicies: [related(root, 801, '明湖县城区道路停车管理办法', '2023-05-10', '解读的政策', '政策文件')],
      }),
  );

  const itemResponse = itemPage(
    'hdjl/hygq/202603/t20260304_1195.html',
    'hdjl',
    [
      ['互动交流', 'hdjl/'],
      ['回应关切', 'hdjl/hygq/'],
    ],
    (root) => {
      const r = (id: number, title: string, date: string) => related(root, id, title, date, '回应', '回应关切');
      return itemView(root, {
        id: 1195,
        type: 'response',
        typeLabel: '回应关切',
        title: '关于湖滨路自来水管网抢修进展的情况通报（二）',
        column: column(root, '回应关切', 'hygq'),
        source: '明湖县水务局',
        publishedAt: '2026-03-04 18:00',
        seriesEvent: '湖滨路自来水管网爆裂',
        series: [
          { ...r(1191, '关于湖滨路自来水管网爆裂的情况通报', '2026-03-03'), isCurrent: false, isRumourRebuttal: false },
          { ...r(1193, '网传“全城停水三天”不实', '2026-03-03'), isCurrent: false, isRumourRebuttal: true },
          { ...r(1195, '关于湖滨路自来水管网抢修进展的情况通报（二）', '2026-03-04'), isCurrent: true, isRumourRebuttal: false },
        ],
      });
    },
  );

  const itemLeader = itemPage(
    'zwgk/ldxx/202501/t20250110_301.html',
    'zwgk',
    [
      ['政务公开', 'zwgk/'],
      ['领导信息', 'zwgk/ldxx/'],
    ],
    (root) =>
      itemView(root, {
        id: 301,
        type: 'leader',
        typeLabel: '领导',
        title: '王明',
        column: column(root, '领导信息', 'ldxx'),
        bodyHtml: '<p>王明，男，汉族，1975年6月生，研究生学历，中共党员。</p>',
        person: {
          name: '王明',
          title: '县委副书记、县长',
          portfolio: '主持县政府全面工作。',
          photoUrl: `${root}files/301/wangming.jpg`,
          photoAlt: '王明同志照片',
        },
        related: [related(root, 1201, '明湖县召开2026年优化营商环境推进大会', '2026-03-05', '活动', '新闻')],
      }),
  );

  const itemInstitution = itemPage(
    'zwgk/jgzn/202501/t20250110_401.html',
    'zwgk',
    [
      ['政务公开', 'zwgk/'],
      ['机构职能', 'zwgk/jgzn/'],
    ],
    (root) =>
      itemView(root, {
        id: 401,
        type: 'institution',
        typeLabel: '机构',
        title: '明湖县发展和改革委员会',
        column: column(root, '机构职能', 'jgzn'),
        bodyHtml: '<p>拟订并组织实施全县国民经济和社会发展战略、中长期规划和年度计划。</p>',
        institution: {
          name: '明湖县发展和改革委员会',
          address: '明湖县政务新区湖滨路1号3号楼',
          phone: '0561-1234500',
          hours: '工作日 8:30-12:00，14:30-17:30',
          head: '赵强',
        },
      }),
  );

  const itemPreview = itemPage('zwgk/zcwj/202603/t20260302_1187.html', 'zwgk', zcwjCrumbs, (root) =>
    itemView(root, {
      id: 1187,
      type: 'policy',
      typeLabel: '政策文件',
      title: '明湖县人民政府办公室关于进一步优化营商环境的通知',
      column: column(root, '政策文件', 'zcwj'),
      metadata: policyMetadata.map((row) => (row.label === '有效性' ? { ...row, value: '有效' } : row)),
      bodyHtml: policyBody,
      isPreview: true,
    }),
  );
  itemPreview.isIndexable = false;

  const itemEnglish = itemPage(
    'en/news/202603/t20260305_2201.html',
    'news',
    [['News', 'en/news/']],
    (root) =>
      itemView(root, {
        id: 2201,
        type: 'news',
        typeLabel: 'News',
        title: 'Minghu holds its 2026 conference on the business environment',
        column: column(root, 'News', 'en/news'),
        source: 'Minghu County Media Center',
        publishedAt: '2026-03-05 10:12',
        bodyHtml: '<p>On 5 March, Minghu County held its 2026 conference on improving the business environment.</p>',
      }),
    'en',
  );

  const notFound = basePage('not_found', '404.html', '页面不存在');
  notFound.isIndexable = false;

  const message = basePage('message', 'index.html', '网站维护');
  message.isIndexable = false;
  message.message = { heading: '网站维护中', text: '本网站正在维护，暂时无法访问，请稍后再来。给您带来不便，敬请谅解。' };

  return {
    home,
    listDocuments,
    listPeople,
    listCatalogue,
    single,
    itemNews,
    itemPolicyRepealed,
    itemInterpretation,
    itemResponse,
    itemLeader,
    itemInstitution,
    itemPreview,
    itemEnglish,
    notFound,
    message,
  } satisfies Record<string, PageView>;
}

export type SampleName = keyof ReturnType<typeof buildSamples>;

/** The sample pages, by name. Treat as read-only; use `samplePage` or `structuredClone` for a copy to change. */
export const sampleViews: Readonly<Record<SampleName, PageView>> = buildSamples();

const representative: Record<PageKind, SampleName> = {
  home: 'home',
  list: 'listDocuments',
  single: 'single',
  item: 'itemPolicyRepealed',
  not_found: 'notFound',
  message: 'message',
};

/** A fresh copy of a typical sample page of a kind (an item page is the repealed policy with interpretations). */
export function samplePage(kind: PageKind | SampleName): PageView {
  const name = (kind in representative ? representative[kind as PageKind] : kind) as SampleName;
  return structuredClone(sampleViews[name]);
}
