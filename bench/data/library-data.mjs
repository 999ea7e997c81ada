// Deterministic library data for bench/library-list.mjs (rows bulk-inserted straight into the
// tables) and bench/library-import.mjs (JSON Lines for `jiyue import`). Fixed seeds: every run, on
// either database, gets the same items.
//
// Shape, meant to look like a city's library after three years (facts used: the demo platform of
// server/src/modules/sites/demo.ts — 5 sites with the same column slugs — and the content types of
// server/src/modules/library/content-types.ts):
//   - sites: portal 30 %, 发改委 20 %, 教育局 18 %, 卫健委 17 %, 临湖区 15 %
//   - types: news 52 %, policy 16 %, notice 14 %, interpretation 8 %, response 6 %, the rest 4 %
//   - states: published ≈ 90 %, withdrawn 5 %, draft 4.5 %, in review / approved 1 % (a third of the
//     last 30 days' items are not yet published)
//   - 主题分类 and 有效性 on policies only (the only type whose metadata has them); first-level topics
//     Zipf-distributed (s = 1.5: the first ≈ 45 % of policies, the rarest ≈ 0.5 %), 85 % with a second level
//   - created_by: 8 bench editors per site plus the demo editor of 发改委 and of the portal
//   - ids follow creation time over 3 years; updated_at mostly right after creation, 5 % much later
//   - titles built from government phrasing; the search terms below occur at known rates
//   - bodies 1–4 KB of HTML paragraphs (the bodies make the table as large as a real one: ≈ 3 GB)
//   - 1–2 placements per item into leaf columns of the item's own site

/** mulberry32: a small deterministic PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from [[value, weight], …]. */
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  const cum = [];
  let acc = 0;
  for (const [v, w] of pairs) cum.push([v, (acc += w / total)]);
  return (rand) => {
    const r = rand();
    for (const [v, c] of cum) if (r < c) return v;
    return cum[cum.length - 1][0];
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// ---- vocabulary -------------------------------------------------------------------------------

export const siteShares = { minghu: 0.3, fgw: 0.2, jyj: 0.18, wjw: 0.17, linhu: 0.15 };

const typeOf = weighted([
  ['news', 0.52], ['policy', 0.16], ['notice', 0.14], ['interpretation', 0.08], ['response', 0.06],
  ['leader', 0.012], ['institution', 0.012], ['annual_report', 0.012], ['overview', 0.002], ['disclosure_guide', 0.002],
]);

/** Leaf columns an item of a type goes to first, then (40 %) a second one. */
const homeColumns = {
  news: ['gzdt'], policy: ['gfxwj', 'qtwj'], notice: ['tzgg'], interpretation: ['zcjd'], response: ['gzdt', 'zxts'],
  leader: ['ldxx'], institution: ['nsjg'], annual_report: ['gknb'], overview: ['dwjj'], disclosure_guide: ['gkzn'],
};
const secondColumns = {
  news: ['topic', 'bszn', 'fdzdgk'], policy: ['fdzdgk', 'topic'], notice: ['fdzdgk', 'gzdt'], interpretation: ['topic', 'fdzdgk'],
  response: ['topic', 'zjdc'], leader: ['fdzdgk'], institution: ['fdzdgk'], annual_report: ['fdzdgk'], overview: ['fdzdgk'], disclosure_guide: ['gkzd'],
};

/**
 * Subjects of titles with their weights. The search terms measured: `营商环境` (4 characters, in
 * ≈ 1.5 % of titles), `医保` (2 characters, ≈ 0.8 %), and two rare ones, `土壤普查` and `彩票`
 * (≈ 0.01 % each: ≈ 100 titles in a million).
 */
const subjectOf = weighted([
  ['营商环境', 2], ['优化营商环境', 1], ['城乡居民医保参保', 1], ['医保基金监管', 0.5], ['义务教育招生', 6], ['学前教育', 4], ['高校毕业生就业', 5],
  ['职业技能培训', 5], ['老旧小区改造', 5], ['重大建设项目', 6], ['价格监测', 4], ['节能降耗', 4], ['粮食安全', 3], ['安全生产', 8],
  ['食品安全', 5], ['疫苗接种', 3], ['家庭医生签约服务', 3], ['乡村振兴', 7], ['生态环境保护', 6], ['河湖长制', 3], ['防汛抗旱', 4],
  ['森林防火', 3], ['数字政府建设', 5], ['一网通办', 4], ['政务公开', 6], ['统计调查', 3], ['电力保供', 3], ['新能源汽车推广', 3],
  ['托育服务', 2], ['养老服务', 5], ['基层医疗卫生', 4], ['传染病防控', 3], ['爱国卫生运动', 2], ['全民健身', 3], ['文明城市创建', 4],
  ['12345热线', 3], ['消费券发放', 2], ['科技创新', 6], ['专精特新企业培育', 3], ['招商引资', 5], ['稳就业', 4], ['减税降费', 3],
  ['交通运输', 4], ['城市更新', 4], ['住房保障', 4], ['政府采购', 3], ['审计整改', 2], ['社会信用体系建设', 3],
  ['第三次全国土壤普查', 0.022], ['福利彩票公益金使用', 0.022],
]);
export const searchTerms = { common4: '营商环境', common2: '医保', rare4: '土壤普查', rare2: '彩票' };

const newsPatterns = [
  (u, s) => `${u}召开${s}工作推进会`, (u, s) => `${u}部署${s}重点工作`, (u, s) => `${u}开展${s}专项检查`,
  (u, s) => `${u}主要负责同志调研${s}工作`, (u, s) => `${u}举办${s}业务培训班`, (u, s) => `我市${s}工作取得阶段性成效`,
  (u, s) => `${u}召开${s}座谈会`, (u, s) => `${s}宣传周活动在${u}启动`,
];
const planKinds = ['实施方案', '若干措施', '管理办法', '工作方案', '三年行动计划', '实施细则', '指导意见'];
const noticePatterns = [
  (u, s) => `关于开展${s}工作的通知`, (u, s) => `关于${s}有关事项的公告`, (u, s) => `${u}关于${s}的公示`,
  (u, s) => `关于征集${s}意见建议的公告`, (u, s) => `关于做好${s}工作的通知`,
];
const docKinds = ['通知', '意见', '决定', '通告', '公告', '批复', '函'];

/** 主题分类 first levels in Zipf order (common first); the rare tail has a few hundred policies. */
export const topicRanking = [
  '国民经济管理、国有资产监管', '综合政务', '城乡建设、环境保护', '科技、教育', '卫生、体育', '劳动、人事、监察', '农业、林业、水利',
  '财政、金融、审计', '市场监管、安全生产监管', '工业、交通', '商贸、海关、旅游', '民政、扶贫、救灾', '国土资源、能源',
  '文化、广电、新闻出版', '公安、安全、司法', '人口与计划生育、妇女儿童工作', '国务院组织机构', '对外事务', '民族、宗教',
  '港澳台侨工作', '国防', '其他',
];
/** Zipf (s = 1.5) over the ranking: the first ≈ 45 % of policies, the tail ≈ 0.5 % each. */
const topicOf = weighted(topicRanking.map((t, i) => [t, 1 / (i + 1) ** 1.5]));
const validityOf = weighted([['in_force', 0.7], ['amended', 0.07], ['repealed', 0.1], ['expired', 0.11], ['not_yet_effective', 0.02]]);

const SENTENCES = [
  '各地区、各部门要建立健全政府网站信息发布机制，及时准确发布重要会议、重要活动和重大决策信息',
  '按照统一分类、统一元数据、统一数据格式的要求，对平台上各政府网站的信息资源实行集中管理',
  '对社会公众关注的热点问题，要邀请相关业务部门作出权威、正面的回应，阐明政策，解疑释惑',
  '细化规范办事指南，列明依据条件、流程时限、收费标准、注意事项、办理机构和联系方式',
  '政府网站要对发布的信息和数据进行科学分类、及时更新，确保准确权威，便于公众使用',
  '建立网民意见建议的审看、处理和反馈机制，做到件件有落实、事事有回音',
  '以人民为中心，深入推进“放管服”改革，持续优化营商环境，不断提升政务服务水平',
  '加强网络安全监测预警技术能力建设，定期开展网站安全管理和防护检查',
  '重要政策文件发布后，应同步发布由文件起草部门提供的解读材料和解读产品',
  '全面贯彻落实党中央、国务院决策部署，坚持稳中求进工作总基调',
  '推动一网通办、跨省通办，让数据多跑路、群众少跑腿',
  '市政府办公厅负责全市政府网站集约化工作的统筹推进、组织协调和考核管理',
  '对收集到的意见建议要认真研判，有参考价值的政策建议要按程序转送业务部门研究办理',
  '会议强调，要压实工作责任，细化任务分工，确保各项措施落地见效',
  '下一步，将进一步完善工作机制，加强督促检查，推动工作常态化、制度化',
  '各区县、各有关单位要高度重视，结合实际制定具体实施方案，于每季度末报送工作进展情况',
];

/** A body of about `bytes` bytes of HTML paragraphs. */
export function makeBody(rand, bytes) {
  const parts = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const k = 2 + Math.floor(rand() * 3);
    const s = [];
    for (let i = 0; i < k; i += 1) s.push(pick(rand, SENTENCES));
    let p = `<p>${s.join('；')}。</p>`;
    if (n % 5 === 3) p = `<h3>${['一', '二', '三', '四', '五', '六', '七', '八'][Math.floor(n / 5) % 8]}、${pick(rand, ['工作目标', '主要任务', '保障措施', '职责分工', '进度安排'])}</h3>${p}`;
    parts.push(p);
    size += Buffer.byteLength(p);
    n += 1;
  }
  return parts.join('');
}

/** Demo unit names (short forms in titles; the full ones as publishers). */
export const siteUnits = {
  minghu: { short: '市政府', full: '明湖市人民政府', docPrefix: '明政' },
  fgw: { short: '市发展改革委', full: '明湖市发展和改革委员会', docPrefix: '明发改' },
  jyj: { short: '市教育局', full: '明湖市教育局', docPrefix: '明教' },
  wjw: { short: '市卫生健康委', full: '明湖市卫生健康委员会', docPrefix: '明卫健' },
  linhu: { short: '临湖区', full: '明湖市临湖区人民政府', docPrefix: '临政' },
};

const iso = (ms) => new Date(ms).toISOString();
const day = 86_400_000;

function metadataFor(type, rand, site, subject, createdMs, docSerials, topicChildren) {
  const unit = siteUnits[site.code];
  const date = (ms) => iso(ms).slice(0, 10);
  switch (type) {
    case 'policy': {
      const first = topicOf(rand);
      const children = topicChildren.get(first);
      if (!children) throw new Error(`topic ${first} is not in topicTree`);
      const topic = children.length && rand() < 0.85 ? `${first}\\${pick(rand, children)}` : first;
      const writtenMs = createdMs - Math.floor(rand() * 10) * day;
      const year = iso(writtenMs).slice(0, 4);
      const key = `${site.code}${year}`;
      docSerials.set(key, (docSerials.get(key) ?? 0) + 1);
      const validity = validityOf(rand);
      return {
        publisher: unit.full,
        writtenOn: date(writtenMs),
        issuedOn: date(createdMs),
        docNo: `${unit.docPrefix}${rand() < 0.5 ? '规' : '发'}〔${year}〕${docSerials.get(key)}号`,
        docKind: pick(rand, docKinds),
        topic,
        validity,
        effectiveOn: date(createdMs + 30 * day),
        ...(validity === 'expired' ? { expiresOn: date(createdMs + 365 * day) } : {}),
        isNormative: rand() < 0.4,
      };
    }
    case 'notice':
      return { issuer: unit.full, ...(rand() < 0.3 ? { docNo: `${unit.docPrefix}函〔${iso(createdMs).slice(0, 4)}〕${1 + Math.floor(rand() * 300)}号` } : {}) };
    case 'news':
      return { pictureIds: [] };
    case 'interpretation':
      return { form: pick(rand, ['text', 'text', 'text', 'graphic', 'video', 'expert', 'media']), interpreter: unit.full, imageIds: [] };
    case 'response':
      return { event: `${subject}有关问题`, isRumourRebuttal: rand() < 0.1 };
    case 'leader':
      return { name: pick(rand, ['王建国', '李红梅', '张志强', '刘晓东', '陈静']), title: `${unit.short}副主任`, portfolio: `负责${subject}等方面工作。` };
    case 'institution':
      return { name: `${unit.short}${subject}处`, address: '明湖市政务中心路1号', phone: '0999-12345678', hours: '工作日 9:00—12:00，13:30—17:30' };
    case 'annual_report':
      return { year: Number(iso(createdMs).slice(0, 4)) - 1 };
    default:
      return {};
  }
}

function titleFor(type, rand, site, subject, createdMs) {
  const unit = siteUnits[site.code];
  const year = iso(createdMs).slice(0, 4);
  switch (type) {
    case 'news': return pick(rand, newsPatterns)(unit.short, subject);
    case 'policy': return `${unit.full}关于印发《明湖市${subject}${pick(rand, planKinds)}》的通知`;
    case 'notice': return pick(rand, noticePatterns)(unit.short, subject);
    case 'interpretation': return `${pick(rand, ['', '图解：', '一图读懂'])}《明湖市${subject}${pick(rand, planKinds)}》政策解读`;
    case 'response': return `关于${subject}有关问题的回应`;
    case 'leader': return `${unit.short}领导（${subject}分管）`;
    case 'institution': return `${unit.short}${subject}处`;
    case 'annual_report': return `${unit.full}${Number(year) - 1}年政府信息公开工作年度报告`;
    case 'overview': return `${unit.short}概况`;
    default: return `${unit.full}政府信息公开指南`;
  }
}

/**
 * The rows for `library_items` and `library_placements`, in id order, `chunk` items at a time.
 * `sites`: [{ id, code, unitCode, columns: Map(slug → id), topicColumnId, authors: [{ id, name }] }].
 * Items get ids firstId, firstId+1, … and creation times spread over the 3 years before `now`.
 * `topicTree`: server/src/modules/library/topics.ts's (the benchmark loads it through tsx).
 * `serials`: Map('<unit code>/<year>' → last 索引号 serial), continued and updated in place.
 */
export function* libraryRows({ count, firstId, sites, topicTree, now, serials = new Map(), seed = 20261122, chunk = 5000 }) {
  const rand = prng(seed);
  const topicChildren = new Map(topicTree.map((t) => [t.name, t.children]));
  const siteOf = weighted(sites.map((s) => [s, siteShares[s.code] ?? 0.1]));
  const start = now - 3 * 365 * day;
  const docSerials = new Map();
  let items = [];
  let placements = [];
  for (let i = 0; i < count; i += 1) {
    const id = firstId + i;
    const createdMs = Math.floor(start + ((now - 3600_000 - start) * i) / count);
    const site = siteOf(rand);
    const type = typeOf(rand);
    const subject = subjectOf(rand);
    const isRecent = now - createdMs < 30 * day;
    const r = rand();
    const state = isRecent
      ? r < 0.2 ? 'draft' : r < 0.3 ? 'in_review' : r < 0.33 ? 'approved' : 'published'
      : r < 0.04 ? 'draft' : r < 0.045 ? 'in_review' : r < 0.047 ? 'approved' : r < 0.097 ? 'withdrawn' : 'published';
    const u = rand();
    const updatedMs = Math.min(now, u < 0.7 ? createdMs + Math.floor(rand() * 3600_000) : u < 0.95 ? createdMs + Math.floor(rand() * 30 * day) : createdMs + Math.floor(rand() * (now - createdMs)));
    const metadata = metadataFor(type, rand, site, subject, createdMs, docSerials, topicChildren);
    let indexNo = null;
    if (['notice', 'policy', 'interpretation', 'disclosure_guide', 'annual_report'].includes(type)) {
      const year = (metadata.writtenOn ?? iso(createdMs)).slice(0, 4);
      const key = `${site.unitCode}/${year}`;
      serials.set(key, (serials.get(key) ?? 0) + 1);
      indexNo = `${key}-${String(serials.get(key)).padStart(5, '0')}`;
    }
    const author = site.authors[Math.floor(rand() ** 1.5 * site.authors.length)];
    const isPublishedOnce = state === 'published' || state === 'withdrawn' || (state === 'draft' && rand() < 0.1);
    const keywords = rand() < 0.6 ? [subject.slice(0, 4)] : [];
    items.push({
      id,
      type,
      site_id: site.id,
      title: titleFor(type, rand, site, subject, createdMs),
      state,
      version: 1 + Math.floor(rand() ** 3 * 4),
      published_version: state === 'published' || (state === 'draft' && isPublishedOnce) ? 1 : null,
      summary: rand() < 0.6 ? `${pick(rand, SENTENCES).slice(0, 60)}。` : null,
      keywords: JSON.stringify(keywords),
      author: type === 'news' && rand() < 0.3 ? pick(rand, ['张明', '李华', '王芳', '赵磊', '陈晨']) : null,
      source: siteUnits[site.code].full,
      body: makeBody(rand, 1024 + Math.floor(rand() * 3072)),
      metadata: JSON.stringify(metadata),
      index_no: indexNo,
      doc_no: metadata.docNo ?? null,
      topic: metadata.topic ?? null,
      validity: metadata.validity ?? null,
      written_on: metadata.writtenOn ?? null,
      issued_on: metadata.issuedOn ?? null,
      effective_on: metadata.effectiveOn ?? null,
      expires_on: metadata.expiresOn ?? null,
      published_at: isPublishedOnce ? iso(createdMs + 3600_000) : null,
      published_by: isPublishedOnce ? author.id : null,
      published_by_name: isPublishedOnce ? author.name : null,
      withdrawn_reason: state === 'withdrawn' ? '信息已过时效' : null,
      created_by: author.id,
      created_by_name: author.name,
      updated_by: author.id,
      created_at: iso(createdMs),
      updated_at: iso(updatedMs),
    });
    const columns = [homeColumns[type][Math.floor(rand() * homeColumns[type].length)]];
    if (rand() < 0.4) columns.push(pick(rand, secondColumns[type]));
    for (const slug of new Set(columns)) {
      const columnId = slug === 'topic' ? site.topicColumnId : site.columns.get(slug);
      if (columnId === undefined) continue;
      placements.push({ item_id: id, site_id: site.id, column_id: columnId, created_at: iso(createdMs) });
    }
    if (items.length === chunk) {
      yield { items, placements };
      items = [];
      placements = [];
    }
  }
  if (items.length) yield { items, placements };
}

// ---- import lines -----------------------------------------------------------------------------

/**
 * `count` JSON Lines in the format of importLineSchema (server/src/modules/library/import-export.ts):
 * every content type with valid metadata, bodies of 1–4 KB, placements by site code and column slug
 * (every 5th item also reposted to the portal), relations from interpretations to policies of the
 * same file. `sites`: [{ code, topicSlug }]. No 索引号 given: the import generates them.
 */
export function* importLines({ count, sites, topicTree, now, seed = 20261123, keyPrefix = 'bench' }) {
  const rand = prng(seed);
  const topicChildren = new Map(topicTree.map((t) => [t.name, t.children]));
  const siteOf = weighted(sites.map((s) => [s, siteShares[s.code] ?? 0.1]));
  const start = now - 3 * 365 * day;
  const policyKeys = new Map();
  const docSerials = new Map();
  const typeCycle = ['news', 'policy', 'notice', 'interpretation', 'response', 'leader', 'institution', 'annual_report', 'overview', 'disclosure_guide'];
  for (let i = 0; i < count; i += 1) {
    const site = siteOf(rand);
    // Every type at least once in the first lines, then the usual shares.
    const type = i < typeCycle.length ? typeCycle[i] : typeOf(rand);
    const subject = subjectOf(rand);
    const createdMs = Math.floor(start + ((now - start) * i) / count);
    const key = `${keyPrefix}-${String(i + 1).padStart(7, '0')}`;
    const metadata = metadataFor(type, rand, { code: site.code }, subject, createdMs, docSerials, topicChildren);
    if (type === 'policy') policyKeys.set(site.code, [...(policyKeys.get(site.code) ?? []).slice(-20), key]);
    const columns = [homeColumns[type][Math.floor(rand() * homeColumns[type].length)]];
    if (rand() < 0.4) columns.push(pick(rand, secondColumns[type]));
    const placements = [...new Set(columns)].map((slug) => ({ site: site.code, column: slug === 'topic' ? site.topicSlug : slug }));
    if (type === 'news' && i % 5 === 0 && site.code !== 'minghu') placements.push({ site: 'minghu', column: 'gzdt', sourceName: siteUnits[site.code].full });
    const relations = [];
    if (type === 'interpretation' && policyKeys.get(site.code)?.length) relations.push({ kind: 'interprets', to: pick(rand, policyKeys.get(site.code)) });
    if (type === 'policy' && rand() < 0.05 && policyKeys.get(site.code)?.length > 1) relations.push({ kind: 'amends', to: policyKeys.get(site.code)[0] });
    const line = {
      key,
      type,
      site: site.code,
      title: titleFor(type, rand, site, subject, createdMs),
      summary: rand() < 0.6 ? `${pick(rand, SENTENCES).slice(0, 60)}。` : null,
      keywords: rand() < 0.6 ? [subject.slice(0, 4)] : [],
      author: type === 'news' && rand() < 0.3 ? pick(rand, ['张明', '李华', '王芳', '赵磊', '陈晨']) : null,
      source: siteUnits[site.code].full,
      body: makeBody(rand, 1024 + Math.floor(rand() * 3072)),
      metadata,
      placements,
      ...(relations.length ? { relations } : {}),
      state: rand() < 0.9 ? 'published' : 'draft',
      publishedAt: iso(createdMs + 3600_000),
    };
    yield JSON.stringify(line);
  }
}

// ---- bulk insert helpers ----------------------------------------------------------------------

/** Multi-row INSERTs of `rows` (objects keyed by column) on better-sqlite3, inside the caller's transaction. */
export function insertSqliteRows(raw, table, columns, rows, perStatement = 100) {
  const statements = new Map();
  const statement = (n) => {
    if (!statements.has(n)) {
      const tuple = `(${columns.map(() => '?').join(',')})`;
      statements.set(n, raw.prepare(`insert into ${table} (${columns.join(',')}) values ${Array(n).fill(tuple).join(',')}`));
    }
    return statements.get(n);
  };
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    const values = [];
    for (const r of part) for (const c of columns) values.push(r[c] ?? null);
    statement(part.length).run(values);
  }
}

/**
 * One `insert … select * from unnest($1::type[], …)` per call: a handful of parameters however many
 * rows, so PostgreSQL parses and plans once per chunk. `types`: { column: 'text' | 'bigint' | … }.
 */
export async function insertPgRows(client, table, types, rows) {
  const columns = Object.keys(types);
  const arrays = columns.map((c) => rows.map((r) => r[c] ?? null));
  const params = columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ');
  await client.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${params})`, arrays);
}

export const itemColumnTypes = {
  id: 'bigint', type: 'text', site_id: 'bigint', title: 'text', state: 'text', version: 'integer', published_version: 'integer',
  summary: 'text', keywords: 'jsonb', author: 'text', source: 'text', body: 'text', metadata: 'jsonb', index_no: 'text', doc_no: 'text',
  topic: 'text', validity: 'text', written_on: 'text', issued_on: 'text', effective_on: 'text', expires_on: 'text',
  published_at: 'timestamptz', published_by: 'bigint', published_by_name: 'text', withdrawn_reason: 'text', created_by: 'bigint',
  created_by_name: 'text', updated_by: 'bigint', created_at: 'timestamptz', updated_at: 'timestamptz',
};
export const placementColumnTypes = { item_id: 'bigint', site_id: 'bigint', column_id: 'bigint', created_at: 'timestamptz' };
