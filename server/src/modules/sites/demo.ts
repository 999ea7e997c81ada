import { transaction, type Ctx } from '../../kernel/index.js';
import { createOrgUnit, createUser, grantRole, systemActor } from '../accounts/index.js';
import { createColumn, type ColumnFields } from './columns.js';
import type { Site, SiteKind, SiteLanguage } from './model.js';
import { createSite } from './sites.js';

/*
 * The demo platform: a fictional city, 明湖市 (Minghu), with its portal, three department sites
 * and one district site, each with the column tree a real government site has (政务公开, 政策文件,
 * 政策解读, 政务动态, 办事服务, 互动交流, 机构概况 and a 专题); the portal also has an English edition
 * of its own columns. Written for Jiyue, not copied.
 *
 * Everything identifying is visibly fictional: province code 99 does not exist, so the division
 * codes (990100, 990102) and 网站标识码 (9901000001, bm99010001…) cannot collide with a real site,
 * and the filing numbers use 「示」 (示例) where a real one has a province abbreviation.
 */

/** Password of the demo users (documented in the README; change or disable the demo in production). */
export const DEMO_PASSWORD = 'Demo-Passw0rd!';

/**
 * Demo users: one per role a department needs on the 发改委 site (including 保密审查), and the
 * portal's editor and reviewer, who receive the departments' submissions (信息报送).
 */
export const demoUsers = [
  { username: 'siteadmin-fgw', displayName: '市发展改革委网站管理员', roleKey: 'site_admin', site: 'fgw' },
  { username: 'editor-fgw', displayName: '市发展改革委信息员', roleKey: 'editor', site: 'fgw' },
  { username: 'reviewer-fgw', displayName: '市发展改革委审核员', roleKey: 'reviewer', site: 'fgw' },
  { username: 'secrecy-fgw', displayName: '市发展改革委保密审查员', roleKey: 'confidentiality_reviewer', site: 'fgw' },
  { username: 'editor-portal', displayName: '市政府门户网站编辑', roleKey: 'editor', site: 'minghu' },
  { username: 'reviewer-portal', displayName: '市政府门户网站审核员', roleKey: 'reviewer', site: 'minghu' },
] as const;

interface ColumnSeed extends Omit<ColumnFields, 'kind'> {
  kind?: ColumnFields['kind'];
  children?: ColumnSeed[];
}

interface SiteSeed {
  code: string;
  kind: SiteKind;
  legalName: string;
  shortName: string;
  identifierCode: string;
  domains: string[];
  icpNumber: string;
  psbNumber: string;
  unit: { name: string; code: string; kind: string };
  contact: { address: string; phone: string; email: string; postcode: string };
  languages?: SiteLanguage[];
  /** The 机构概况 column of a government is “走进…”, with a place overview instead of a unit introduction. */
  about: { name: string; introName: string; introPurpose: string; leadersName: string; unitsName: string };
  topic: { name: string; slug: string; purpose: string; startsOn: string; endsOn: string };
  /** What this unit's news column is called and covers. */
  newsPurpose: string;
  /** Top-level columns of other language versions (the portal's English edition), after the Chinese tree. */
  otherLanguageColumns?: ColumnSeed[];
}

function columnTree(seed: SiteSeed): ColumnSeed[] {
  const who = seed.shortName;
  return [
    {
      name: '政务公开',
      slug: 'zwgk',
      kind: 'catalogue',
      purpose: `集中公开${who}的政府信息，按《中华人民共和国政府信息公开条例》的要求设置。`,
      keywords: ['政府信息公开', '政务公开'],
      children: [
        {
          name: '政府信息公开指南',
          slug: 'gkzn',
          kind: 'single_page',
          updateIntervalDays: 365,
          purpose: '说明本单位政府信息公开的范围、方式和途径，依申请公开的受理机构、办理流程和时限。',
        },
        {
          name: '政府信息公开制度',
          slug: 'gkzd',
          purpose: '发布本单位政府信息公开、保密审查、发布协调等工作制度。',
          updateIntervalDays: 365,
        },
        {
          name: '法定主动公开内容',
          slug: 'fdzdgk',
          purpose: '按条例第二十条等规定主动公开机构职能、规范性文件、规划计划、统计信息、财政预决算等内容。',
          updateIntervalDays: 30,
        },
        { name: '政府信息公开年报', slug: 'gknb', purpose: '每年1月31日前发布上一年度政府信息公开工作年度报告。', updateIntervalDays: 365 },
      ],
    },
    {
      name: '政策文件',
      slug: 'zcwj',
      kind: 'catalogue',
      purpose: `发布${who}制定的政策文件，标注发文字号、成文日期和有效性，便于公众查询。`,
      children: [
        {
          name: '规范性文件',
          slug: 'gfxwj',
          purpose: '发布本单位制定的行政规范性文件；文件修改、废止或失效时在原文处标注。',
          updateIntervalDays: 180,
        },
        { name: '其他文件', slug: 'qtwj', purpose: '发布规范性文件以外的政策性文件和工作文件。', updateIntervalDays: 180 },
      ],
    },
    {
      name: '政策解读',
      slug: 'zcjd',
      purpose: '对本单位出台的重要政策进行文字、图解和视频解读，与政策原文相互关联。',
      updateIntervalDays: 30,
    },
    {
      name: '政务动态',
      slug: 'zwdt',
      kind: 'catalogue',
      purpose: `发布${who}的工作信息和需要公众知晓的事项。`,
      children: [
        { name: '工作动态', slug: 'gzdt', purpose: seed.newsPurpose, updateIntervalDays: 14 },
        { name: '通知公告', slug: 'tzgg', purpose: '发布需要社会公众知晓的通知、公告和公示。', updateIntervalDays: 30 },
      ],
    },
    {
      name: '办事服务',
      slug: 'bsfw',
      kind: 'catalogue',
      purpose: `汇集${who}政务服务事项的办事指南、表格下载和在线办理入口。`,
      children: [
        {
          name: '办事指南',
          slug: 'bszn',
          purpose: '按事项公开设定依据、申请条件、办理材料、办理地点、办理时间、联系电话和办理流程。',
          updateIntervalDays: 90,
        },
        {
          name: '在线办理',
          slug: 'zxbl',
          kind: 'link',
          linkUrl: 'https://gjzwfw.www.gov.cn/',
          purpose: '进入全国一体化政务服务平台在线办理政务服务事项。',
        },
      ],
    },
    {
      name: '互动交流',
      slug: 'hdjl',
      kind: 'catalogue',
      purpose: '倾听群众意见建议，回应社会关切。',
      children: [
        { name: '领导信箱', slug: 'ldxxiang', purpose: '受理群众写给本单位负责人的来信，按期办理并公开答复。' },
        { name: '咨询投诉', slug: 'zxts', purpose: '受理公众对本单位职责范围内事项的咨询和投诉，限时答复。' },
        {
          name: '征集调查',
          slug: 'zjdc',
          purpose: '就重要政策和规划公开征求意见、开展问卷调查，并反馈意见采纳情况。',
          updateIntervalDays: 90,
        },
        { name: '在线访谈', slug: 'zxft', purpose: '邀请本单位负责人在线访谈，解读政策、回应关切。', updateIntervalDays: 180 },
      ],
    },
    {
      name: seed.about.name,
      slug: 'jggk',
      kind: 'catalogue',
      purpose: `介绍${who}的基本情况、领导分工和机构设置。`,
      children: [
        { name: seed.about.introName, slug: 'dwjj', kind: 'single_page', purpose: seed.about.introPurpose, updateIntervalDays: 365 },
        { name: seed.about.leadersName, slug: 'ldxx', purpose: '公开领导姓名、照片、简历和工作分工。', updateIntervalDays: 365 },
        { name: seed.about.unitsName, slug: 'nsjg', purpose: '公开机构名称、主要职责、负责人和联系电话。', updateIntervalDays: 365 },
      ],
    },
    {
      name: seed.topic.name,
      slug: seed.topic.slug,
      kind: 'topic',
      purpose: seed.topic.purpose,
      startsOn: seed.topic.startsOn,
      endsOn: seed.topic.endsOn,
    },
  ];
}

const departmentAbout = (unit: string) => ({
  name: '机构概况',
  introName: '单位简介',
  introPurpose: `介绍${unit}的主要职责、机构设置、办公地址和联系方式。`,
  leadersName: '领导信息',
  unitsName: '内设机构',
});

const sites: SiteSeed[] = [
  {
    code: 'minghu',
    kind: 'portal',
    legalName: '明湖市人民政府',
    shortName: '明湖市政府门户网站',
    identifierCode: '9901000001',
    domains: ['www.minghu.gov.cn'],
    icpNumber: '示ICP备99010001号',
    psbNumber: '示公网安备99010002000001号',
    unit: { name: '明湖市人民政府办公室', code: 'mh-zfb', kind: 'office' },
    contact: { address: '明湖市湖滨大道1号', phone: '0999-12345678', email: 'zwgk@minghu.gov.cn', postcode: '999001' },
    languages: ['zh-CN', 'zh-TW', 'en'],
    about: {
      name: '走进明湖',
      introName: '市情概况',
      introPurpose: '介绍明湖市的自然地理、历史沿革、行政区划、人口和经济社会发展概况。',
      leadersName: '市政府领导',
      unitsName: '政府机构',
    },
    topic: {
      name: '“十五五”规划编制',
      slug: 'sswgh',
      purpose: '集中发布明湖市国民经济和社会发展第十五个五年规划编制的进展、征求意见和解读。',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    },
    newsPurpose: '发布市政府常务会议、重要活动和重点工作进展。',
    // The English edition (REQUIREMENTS F3): its own columns, written for foreign residents,
    // investors and visitors rather than translated one to one from the Chinese tree.
    otherLanguageColumns: [
      {
        name: 'News',
        slug: 'en-news',
        language: 'en',
        purpose:
          'News from the Minghu Municipal People’s Government in English: major decisions, city development, events and public announcements of interest to international readers.',
        keywords: ['Minghu', 'news'],
        updateIntervalDays: 30,
      },
      {
        name: 'Policies',
        slug: 'en-policies',
        language: 'en',
        purpose:
          'English summaries of municipal policies on investment, business and daily life, with the document number and dates of the original. The Chinese text is the authoritative version.',
        keywords: ['policy', 'investment'],
        updateIntervalDays: 90,
      },
      {
        name: 'Living & Working in Minghu',
        slug: 'en-guide',
        language: 'en',
        purpose:
          'Practical guidance for foreign nationals who live, work or study in Minghu: residence registration, visas and permits, medical care, banking and other everyday services.',
        keywords: ['foreigners', 'residence', 'visa'],
        updateIntervalDays: 180,
      },
      {
        name: 'About Minghu',
        slug: 'en-about',
        kind: 'single_page',
        language: 'en',
        purpose: 'An introduction to Minghu: its geography, history, administrative divisions, population and economy.',
        updateIntervalDays: 365,
      },
    ],
  },
  {
    code: 'fgw',
    kind: 'department',
    legalName: '明湖市发展和改革委员会',
    shortName: '市发展改革委',
    identifierCode: 'bm99010001',
    domains: ['fgw.minghu.gov.cn'],
    icpNumber: '示ICP备99010001号-2',
    psbNumber: '示公网安备99010002000002号',
    unit: { name: '明湖市发展和改革委员会', code: 'mh-fgw', kind: 'department' },
    contact: { address: '明湖市湖滨大道1号市政府大楼3号楼', phone: '0999-12345601', email: 'fgw@minghu.gov.cn', postcode: '999001' },
    about: departmentAbout('市发展改革委'),
    topic: {
      name: '优化营商环境',
      slug: 'yhyshj',
      purpose: '发布优化营商环境的政策措施、改革举措和典型案例，受理营商环境问题线索。',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    },
    newsPurpose: '发布国民经济运行、重大项目建设、价格监测等工作动态。',
  },
  {
    code: 'jyj',
    kind: 'department',
    legalName: '明湖市教育局',
    shortName: '市教育局',
    identifierCode: 'bm99010002',
    domains: ['jyj.minghu.gov.cn'],
    icpNumber: '示ICP备99010001号-3',
    psbNumber: '示公网安备99010002000003号',
    unit: { name: '明湖市教育局', code: 'mh-jyj', kind: 'department' },
    contact: { address: '明湖市文昌路18号', phone: '0999-12345602', email: 'jyj@minghu.gov.cn', postcode: '999002' },
    about: departmentAbout('市教育局'),
    topic: {
      name: '2026年中考招生',
      slug: 'zkzs2026',
      purpose: '发布2026年初中学业水平考试和高中阶段学校招生的政策、日程和录取信息。',
      startsOn: '2026-04-01',
      endsOn: '2026-08-31',
    },
    newsPurpose: '发布全市教育系统重点工作、招生考试和校园安全等工作动态。',
  },
  {
    code: 'wjw',
    kind: 'department',
    legalName: '明湖市卫生健康委员会',
    shortName: '市卫生健康委',
    identifierCode: 'bm99010003',
    domains: ['wjw.minghu.gov.cn'],
    icpNumber: '示ICP备99010001号-4',
    psbNumber: '示公网安备99010002000004号',
    unit: { name: '明湖市卫生健康委员会', code: 'mh-wjw', kind: 'department' },
    contact: { address: '明湖市康宁路6号', phone: '0999-12345603', email: 'wjw@minghu.gov.cn', postcode: '999003' },
    about: departmentAbout('市卫生健康委'),
    topic: {
      name: '健康明湖行动',
      slug: 'jkmh',
      purpose: '发布健康明湖行动的实施方案、进展和健康科普知识。',
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
    },
    newsPurpose: '发布医疗卫生、疾病预防控制和健康促进等工作动态。',
  },
  {
    code: 'linhu',
    kind: 'district',
    legalName: '明湖市临湖区人民政府',
    shortName: '临湖区政府',
    identifierCode: '9901020001',
    domains: ['linhu.minghu.gov.cn'],
    icpNumber: '示ICP备99010002号',
    psbNumber: '示公网安备99010202000001号',
    unit: { name: '明湖市临湖区人民政府办公室', code: 'mh-lh-zfb', kind: 'district' },
    contact: { address: '明湖市临湖区政通路9号', phone: '0999-22345678', email: 'zwgk@linhu.minghu.gov.cn', postcode: '999011' },
    about: {
      name: '走进临湖',
      introName: '区情概况',
      introPurpose: '介绍临湖区的地理位置、行政区划、人口和经济社会发展概况。',
      leadersName: '区政府领导',
      unitsName: '政府机构',
    },
    topic: {
      name: '城乡环境综合整治',
      slug: 'cxhjzz',
      purpose: '发布城乡环境综合整治的工作方案、进展通报和群众监督渠道。',
      startsOn: '2026-03-01',
      endsOn: '2026-11-30',
    },
    newsPurpose: '发布区政府常务会议、重点项目和街道工作动态。',
  },
];

async function createColumns(ctx: Ctx, siteId: number, seeds: ColumnSeed[], parentId: number | null): Promise<void> {
  for (const seed of seeds) {
    const { children, ...fields } = seed;
    const column = await createColumn(ctx, { actor: systemActor, siteId, parentId, kind: fields.kind ?? 'list', ...fields });
    if (children) await createColumns(ctx, siteId, children, column.id);
  }
}

/**
 * Seeds the demo platform on an empty database (bootstrap calls it when JIYUE_DEMO is on and no
 * site exists). One transaction, through the same use cases as the API, so the audit log shows it.
 */
export async function seedSitesDemo(ctx: Ctx): Promise<void> {
  await transaction(ctx, async (tx) => {
    const actor = systemActor;
    const city = await createOrgUnit(tx, { actor, name: '明湖市人民政府', code: 'mh', kind: 'government' });
    const dataCenter = await createOrgUnit(tx, { actor, name: '明湖市大数据中心', code: 'mh-dsjzx', kind: 'other', parentId: city.id });
    const district = await createOrgUnit(tx, { actor, name: '明湖市临湖区人民政府', code: 'mh-lh', kind: 'district', parentId: city.id });
    const created: Record<string, Site> = {};
    const units: Record<string, number> = {};
    for (const seed of sites) {
      const unit = await createOrgUnit(tx, { actor, ...seed.unit, parentId: seed.code === 'linhu' ? district.id : city.id });
      units[seed.code] = unit.id;
      const site = await createSite(tx, {
        actor,
        status: 'online',
        code: seed.code,
        kind: seed.kind,
        parentId: seed.kind === 'portal' ? null : created.minghu!.id,
        legalName: seed.legalName,
        shortName: seed.shortName,
        identifierCode: seed.identifierCode,
        domains: seed.domains,
        icpNumber: seed.icpNumber,
        psbNumber: seed.psbNumber,
        // The city government office supervises every government site of the city (主管); each
        // unit runs its own (主办); the city's big-data centre operates the shared platform (承办).
        supervisingUnitId: seed.kind === 'portal' ? city.id : (units.minghu ?? city.id),
        sponsorUnitId: unit.id,
        operatorUnitId: dataCenter.id,
        contact: seed.contact,
        languages: seed.languages ?? ['zh-CN'],
      });
      created[seed.code] = site;
      await createColumns(tx, site.id, [...columnTree(seed), ...(seed.otherLanguageColumns ?? [])], null);
    }
    for (const u of demoUsers) {
      const user = await createUser(tx, {
        actor,
        username: u.username,
        displayName: u.displayName,
        password: DEMO_PASSWORD,
        orgUnitId: units[u.site],
      });
      await grantRole(tx, { actor, userId: user.id, roleKey: u.roleKey, scope: { type: 'site', siteId: created[u.site]!.id } });
    }
  });
}
