/*
 * Demo content of the unified resource library for the fictional city of 明湖市 (Minghu): news,
 * notices, policy documents with their interpretations, a response series, leaders, internal
 * units, single pages, disclosure guides and 2025 annual reports, on the five demo sites of
 * ../sites/demo.ts, and the portal's English edition (news, policy summaries, guides for foreign
 * residents, About Minghu). Written for Jiyue; every person, number and event is fictional.
 *
 * Pure data: the library's demo seeding feeds these items through the editorial use cases.
 * Relations refer to keys; `demoItems` is sorted by publishedAt, so most targets come first.
 *
 * Documents older than 2026 (the 2023 and 2024 fgw policies) carry their real dates in the
 * metadata (writtenOn/issuedOn/effectiveOn); their publishedAt is the day they were migrated
 * into the library (2026-01-05).
 */

export type DemoItemType =
  | 'news'
  | 'notice'
  | 'policy'
  | 'interpretation'
  | 'response'
  | 'leader'
  | 'institution'
  | 'overview'
  | 'disclosure_guide'
  | 'annual_report';

export type DemoRelationKind = 'interprets' | 'amends' | 'repeals' | 'responds_to' | 'related' | 'speech_of';

export interface DemoItemSeed {
  /** Unique stable key, e.g. 'fgw-policy-yshj-2026'; relations refer to keys. */
  key: string;
  type: DemoItemType;
  /** Owning site. */
  site: 'minghu' | 'fgw' | 'jyj' | 'wjw' | 'linhu';
  title: string;
  summary?: string;
  keywords?: string[];
  /** Only <p>, <h2>, <h3>, <ol>, <ul>, <li>, <strong>, <em>, table elements and <blockquote>. */
  bodyHtml: string;
  /** 作者 / 撰稿 */
  author?: string;
  /** 来源 */
  source?: string;
  metadata: Record<string, unknown>;
  /** Leaf column slugs; the first placement is on the owning site; repost: true names its source. */
  placements: { site: string; column: string; repost?: boolean }[];
  relations?: { kind: DemoRelationKind; to: string }[];
  /** ISO 8601 with +08:00. */
  publishedAt: string;
  /** Defaults to published. */
  state?: 'published' | 'draft' | 'in_review';
}

/** Joins a multi-line template into compact HTML: line breaks and the indentation after them are dropped. */
function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += String(value) + (strings[i + 1] ?? '');
  });
  return out.replace(/\n\s*/g, '');
}

const HOURS = '周一至周五上午8:30—12:00，下午14:30—17:30（法定节假日除外）';

interface GuideSeed {
  /** Full name of the disclosing body. */
  unit: string;
  /** Unit-specific sentence on what is disclosed proactively. */
  scope: string;
  /** 受理机构 */
  office: string;
  address: string;
  postcode: string;
  phone: string;
  email?: string;
  /** Where complaints go (上一级行政机关 or 政府信息公开工作主管部门). */
  supervisor: string;
}

/** 政府信息公开指南: the structure every guide follows, with the unit's own particulars. */
function disclosureGuide(g: GuideSeed): string {
  const email = g.email ? `<li>电子邮箱：${g.email}</li>` : '';
  return html`
    <p>为便于公民、法人和其他组织依法获取${g.unit}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。本指南于2026年1月更新，今后每年更新一次。</p>
    <h2>一、主动公开</h2>
    <h3>（一）公开范围</h3>
    <p>${g.scope}具体内容见本网站“政务公开”栏目下的“法定主动公开内容”。</p>
    <h3>（二）公开方式和时限</h3>
    <p>主动公开的政府信息以本网站为第一平台发布，同时通过新闻发布会、政务新媒体、政务服务大厅和市档案馆、市图书馆政府信息查阅点等途径公开。属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开；法律、法规对公开时限另有规定的，从其规定。</p>
    <h2>二、依申请公开</h2>
    <h3>（一）受理机构</h3>
    <p>${g.office}负责受理向${g.unit}提出的政府信息公开申请。</p>
    <ul>
      <li>地址：${g.address}</li>
      <li>邮政编码：${g.postcode}</li>
      <li>联系电话：${g.phone}</li>
      ${email}
      <li>受理时间：${HOURS}</li>
    </ul>
    <h3>（二）申请方式</h3>
    <p>申请人可以当面提交、邮寄信函或者通过本网站“依申请公开”在线平台提出申请。申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。</p>
    <h3>（三）办理时限</h3>
    <p>能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日。申请内容不明确的，在收到申请之日起7个工作日内一次性告知申请人补正，答复期限自收到补正的申请之日起计算。</p>
    <h3>（四）收费</h3>
    <p>提供政府信息不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照国家有关规定收取信息处理费。</p>
    <h2>三、监督和救济</h2>
    <p>公民、法人或者其他组织认为${g.unit}在政府信息公开工作中侵犯其合法权益的，可以向${g.supervisor}投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>`;
}

interface ReportSeed {
  unit: string;
  /** 总体情况, as HTML paragraphs. */
  overview: string;
  /** 规章: made, repealed, in force this year (only a government with rule-making power has them). */
  rules?: [number, number, number];
  /** 行政规范性文件: made, repealed, in force. */
  norms: [number, number, number];
  requests: {
    received: number;
    carried: number;
    granted: number;
    partial: number;
    refused: number;
    unavailable: number;
    notHandled: number;
    other: number;
  };
  reviews: number;
  lawsuits: number;
  corrected: number;
  /** 存在的主要问题及改进情况, as HTML paragraphs. */
  problems: string;
}

/** 政府信息公开工作年度报告 for 2025, in the sections of the national template. */
function annualReport(r: ReportSeed): string {
  const q = r.requests;
  const handled = q.granted + q.partial + q.refused + q.unavailable + q.notHandled + q.other;
  const pending = q.received + q.carried - handled;
  const row = (name: string, [made, repealed, inForce]: [number, number, number]) =>
    `<tr><td>${name}</td><td>${made}</td><td>${repealed}</td><td>${inForce}</td></tr>`;
  return html`
    <p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开工作年度报告格式要求编制。报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。</p>
    <h2>一、总体情况</h2>
    ${r.overview}
    <h2>二、主动公开政府信息情况</h2>
    <table>
      <thead><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr></thead>
      <tbody>${r.rules ? row('规章', r.rules) : ''}${row('行政规范性文件', r.norms)}</tbody>
    </table>
    <h2>三、收到和处理政府信息公开申请情况</h2>
    <table>
      <thead><tr><th>项目</th><th>数量（件）</th></tr></thead>
      <tbody>
        <tr><td>本年新收政府信息公开申请</td><td>${q.received}</td></tr>
        <tr><td>上年结转政府信息公开申请</td><td>${q.carried}</td></tr>
        <tr><td>予以公开</td><td>${q.granted}</td></tr>
        <tr><td>部分公开</td><td>${q.partial}</td></tr>
        <tr><td>不予公开</td><td>${q.refused}</td></tr>
        <tr><td>本机关不掌握相关政府信息等无法提供</td><td>${q.unavailable}</td></tr>
        <tr><td>不予处理</td><td>${q.notHandled}</td></tr>
        <tr><td>其他处理</td><td>${q.other}</td></tr>
        <tr><td>办理结果总计</td><td>${handled}</td></tr>
        <tr><td>结转下年度继续办理</td><td>${pending}</td></tr>
      </tbody>
    </table>
    <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
    <p>2025年，${r.unit}因政府信息公开工作被申请行政复议${r.reviews}件、提起行政诉讼${r.lawsuits}件，其中结果被纠正${r.corrected}件。</p>
    <h2>五、存在的主要问题及改进情况</h2>
    ${r.problems}
    <h2>六、其他需要报告的事项</h2>
    <p>本年度未收取政府信息公开信息处理费。</p>`;
}

// ───────────────────────────── 明湖市人民政府 (portal) ─────────────────────────────

const minghu: DemoItemSeed[] = [
  {
    key: 'minghu-overview',
    type: 'overview',
    site: 'minghu',
    title: '明湖市市情概况',
    summary: '明湖市的自然地理、历史沿革、行政区划、人口和经济社会发展概况。',
    keywords: ['市情', '明湖概况'],
    source: '明湖市人民政府办公室',
    bodyHtml: html`
      <h3>自然地理</h3>
      <p>明湖市位于明江中游冲积平原，因城中明湖而得名。全市总面积8216平方公里，其中明湖水面62平方公里。市境地势西高东低，西部为丘陵山地，东部为平原水网，属亚热带季风气候，四季分明，年平均气温16.8℃，年平均降水量1260毫米。</p>
      <h3>历史沿革</h3>
      <p>明湖建城史可追溯至两千多年前，明清时期为州府治所，水陆通达，商贾云集，素有“湖上商埠”之称。1949年设市，1983年实行市管县体制，2016年经批准撤销临湖县设立临湖区。</p>
      <h3>行政区划</h3>
      <p>全市辖临湖区、湖滨区、明东区3个区和清溪县、桃岭县2个县，代管县级云渡市，共有38个街道、52个镇、16个乡。市人民政府驻湖滨区湖滨大道1号。</p>
      <h3>人口</h3>
      <p>2025年末，全市常住人口426.3万人，其中城镇人口283.5万人，常住人口城镇化率66.5%。</p>
      <h3>经济社会发展</h3>
      <p>2025年，全市地区生产总值3218.6亿元，比上年增长5.6%；一般公共预算收入236.4亿元；城镇和农村居民人均可支配收入分别为52100元和26300元。装备制造、新材料、绿色食品和文化旅游已成为全市优势产业。全市有普通高等学校6所、三级医院9家，明湖湿地公园、古城墙遗址和桃岭茶园是远近闻名的旅游目的地。</p>`,
    metadata: {},
    placements: [{ site: 'minghu', column: 'dwjj' }],
    publishedAt: '2026-01-08T09:00:00+08:00',
  },
  {
    key: 'minghu-gkzn',
    type: 'disclosure_guide',
    site: 'minghu',
    title: '明湖市人民政府政府信息公开指南',
    source: '明湖市人民政府办公室',
    bodyHtml: disclosureGuide({
      unit: '明湖市人民政府',
      scope:
        '主动公开市政府的机构职能、政府规章和行政规范性文件、国民经济和社会发展规划、财政预算决算、重大建设项目、政府常务会议、人事任免、突发事件应对等信息。',
      office: '明湖市人民政府办公室（市政务公开办公室）',
      address: '明湖市湖滨大道1号市政府大楼1号楼一楼政务公开受理窗口',
      postcode: '999001',
      phone: '0999-12345678',
      email: 'zwgk@minghu.gov.cn',
      supervisor: '明湖市人民政府办公室（市政务公开办公室）',
    }),
    metadata: {},
    placements: [{ site: 'minghu', column: 'gkzn' }],
    publishedAt: '2026-01-12T10:00:00+08:00',
  },
  {
    key: 'minghu-gknb-2025',
    type: 'annual_report',
    site: 'minghu',
    title: '明湖市人民政府2025年政府信息公开工作年度报告',
    keywords: ['政府信息公开', '年度报告'],
    source: '明湖市人民政府办公室',
    bodyHtml: annualReport({
      unit: '明湖市人民政府',
      overview: html`
        <p>2025年，市政府坚持以公开为常态、不公开为例外，围绕稳增长、优环境、惠民生加强政策公开和解读回应，全年通过门户网站主动公开政府信息1.86万条，其中政策文件426件，发布政策解读118篇，举办新闻发布会46场。</p>
        <p>全面完成行政规范性文件集中清理，在门户网站政策文件库逐件标注有效性；建成统一资源库，市级部门和各区县网站共享政策文件，实现“一处发布、多处引用”。</p>`,
      rules: [2, 1, 18],
      norms: [9, 4, 76],
      requests: { received: 312, carried: 14, granted: 158, partial: 37, refused: 21, unavailable: 64, notHandled: 18, other: 11 },
      reviews: 9,
      lawsuits: 3,
      corrected: 1,
      problems: html`
        <p>一是部分部门政策解读形式较为单一，图解、视频解读比例偏低；二是基层政务公开标准目录动态调整不够及时。</p>
        <p>2026年，市政府将推行重要政策“文件与解读同步起草、同步审签、同步发布”，按季度开展网站和政务新媒体检查，督促各区县每半年更新一次标准目录。</p>`,
    }),
    metadata: { year: 2025 },
    placements: [{ site: 'minghu', column: 'gknb' }],
    publishedAt: '2026-01-27T10:00:00+08:00',
  },
  {
    key: 'minghu-leader-sz',
    type: 'leader',
    site: 'minghu',
    title: '沈立衡',
    bodyHtml: html`
      <p>沈立衡，男，汉族，1971年9月生，明湖市清溪县人，研究生学历，经济学博士，1994年7月参加工作，中共党员。</p>
      <p>现任明湖市委副书记、市长，市政府党组书记。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1994年7月至2003年6月，历任明湖市计划委员会综合处科员、副主任科员、副处长；</li>
        <li>2003年6月至2011年3月，历任明湖市发展计划委员会综合处处长，市发展和改革委员会副主任；</li>
        <li>2011年3月至2016年10月，任桃岭县委副书记、县长，桃岭县委书记；</li>
        <li>2016年10月至2021年9月，任明湖市发展和改革委员会党组书记、主任；</li>
        <li>2021年9月至2024年1月，任明湖市人民政府副市长；</li>
        <li>2024年1月起，任明湖市委副书记、市长。</li>
      </ul>`,
    source: '明湖市人民政府办公室',
    metadata: { name: '沈立衡', title: '市委副书记、市长', portfolio: '主持市政府全面工作。负责审计方面工作。' },
    placements: [{ site: 'minghu', column: 'ldxx' }],
    publishedAt: '2026-01-06T09:00:00+08:00',
  },
  {
    key: 'minghu-leader-cwfsz',
    type: 'leader',
    site: 'minghu',
    title: '顾文博',
    bodyHtml: html`
      <p>顾文博，男，汉族，1974年4月生，明湖市明东区人，大学学历，管理学硕士，1996年8月参加工作，中共党员。</p>
      <p>现任明湖市委常委、常务副市长，市政府党组副书记。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1996年8月至2008年5月，历任明湖市财政局预算科科员、副科长、科长；</li>
        <li>2008年5月至2015年2月，任明湖市财政局副局长、党组成员；</li>
        <li>2015年2月至2020年7月，任云渡市委副书记、市长；</li>
        <li>2020年7月至2023年12月，任明湖市财政局党组书记、局长；</li>
        <li>2023年12月起，任明湖市委常委、常务副市长。</li>
      </ul>`,
    source: '明湖市人民政府办公室',
    metadata: {
      name: '顾文博',
      title: '市委常委、常务副市长',
      portfolio: '负责市政府常务工作。负责发展改革、财政、税务、统计、国有资产监管、金融、优化营商环境等方面工作。',
    },
    placements: [{ site: 'minghu', column: 'ldxx' }],
    publishedAt: '2026-01-06T09:10:00+08:00',
  },
  {
    key: 'minghu-leader-fsz',
    type: 'leader',
    site: 'minghu',
    title: '陶雅琴',
    bodyHtml: html`
      <p>陶雅琴，女，汉族，1976年11月生，明湖市临湖区人，研究生学历，医学硕士，1999年7月参加工作，九三学社社员。</p>
      <p>现任明湖市人民政府副市长。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1999年7月至2010年8月，历任明湖市第一人民医院内科医师、主治医师、副主任医师；</li>
        <li>2010年8月至2017年3月，任明湖市第一人民医院副院长；</li>
        <li>2017年3月至2022年1月，任明湖市卫生健康委员会副主任；</li>
        <li>2022年1月起，任明湖市人民政府副市长。</li>
      </ul>`,
    source: '明湖市人民政府办公室',
    metadata: {
      name: '陶雅琴',
      title: '副市长',
      portfolio: '负责教育、卫生健康、医疗保障、民政、水务、应急管理方面工作。',
    },
    placements: [{ site: 'minghu', column: 'ldxx' }],
    publishedAt: '2026-01-06T09:20:00+08:00',
  },
  {
    key: 'minghu-inst-zfb',
    type: 'institution',
    site: 'minghu',
    title: '明湖市人民政府办公室',
    bodyHtml: html`
      <p>明湖市人民政府办公室是市政府工作部门，协助市政府领导同志处理市政府日常工作。主要职责是：</p>
      <ol>
        <li>负责市政府会议的准备工作，协助市政府领导同志组织会议决定事项的实施；</li>
        <li>协助市政府领导同志组织起草或者审核以市政府、市政府办公室名义发布的公文；</li>
        <li>研究各区县政府和市政府各部门请示市政府的事项，提出审核意见，报市政府领导同志审批；</li>
        <li>督促检查市政府各部门和各区县政府对市政府公文、会议决定事项及市政府领导同志指示的贯彻落实情况；</li>
        <li>负责全市政务公开、政府网站和政务新媒体的统筹协调和监督指导工作；</li>
        <li>承办市政府交办的其他事项。</li>
      </ol>`,
    source: '明湖市人民政府办公室',
    metadata: {
      name: '明湖市人民政府办公室',
      address: '明湖市湖滨大道1号市政府大楼1号楼',
      phone: '0999-12345641',
      hours: HOURS,
      head: '何晋安',
    },
    placements: [{ site: 'minghu', column: 'nsjg' }],
    publishedAt: '2026-01-07T09:00:00+08:00',
  },
  {
    key: 'minghu-inst-swj',
    type: 'institution',
    site: 'minghu',
    title: '明湖市水务局',
    bodyHtml: html`
      <p>明湖市水务局是市政府工作部门，主要职责是：</p>
      <ol>
        <li>负责保障水资源的合理开发利用，组织编制全市水资源规划、城乡供水和排水规划；</li>
        <li>负责城乡供水、节约用水和城市排水管理，指导供水企业做好水质管理和应急供水工作；</li>
        <li>负责水利工程建设和运行管理，组织指导明湖、明江堤防和中小型水库的安全运行；</li>
        <li>承担市防汛抗旱指挥部的日常工作，组织编制洪水干旱防治规划和防御洪水应急预案；</li>
        <li>负责水土保持和河湖管理保护工作，承担全市河湖长制工作的组织协调；</li>
        <li>完成市政府交办的其他任务。</li>
      </ol>`,
    source: '明湖市水务局',
    metadata: {
      name: '明湖市水务局',
      address: '明湖市滨河路21号',
      phone: '0999-12345645',
      hours: HOURS,
      head: '严嘉禾',
    },
    placements: [{ site: 'minghu', column: 'nsjg' }],
    publishedAt: '2026-01-07T09:10:00+08:00',
  },
  {
    key: 'minghu-notice-sswgh-zj',
    type: 'notice',
    site: 'minghu',
    title: '关于公开征求《明湖市国民经济和社会发展第十五个五年规划纲要（草案）》意见建议的公告',
    summary: '1月6日至1月15日，公开征求社会各界对“十五五”规划纲要草案的意见建议。',
    keywords: ['十五五', '规划纲要', '征求意见'],
    bodyHtml: html`
      <p>为广泛听取社会各界意见建议，提高规划编制的科学性和民主性，现将《明湖市国民经济和社会发展第十五个五年规划纲要（草案）》全文在本网站“‘十五五’规划编制”专题公布，公开征求意见。</p>
      <h3>一、征求意见时间</h3>
      <p>2026年1月6日至2026年1月15日。</p>
      <h3>二、反馈方式</h3>
      <ol>
        <li>在本网站“互动交流—征集调查”栏目在线提交意见；</li>
        <li>发送电子邮件至sswgh@minghu.gov.cn，邮件主题请注明“十五五规划意见”；</li>
        <li>邮寄信函至明湖市湖滨大道1号市政府大楼3号楼明湖市发展和改革委员会发展规划科（邮政编码999001），信封上注明“十五五规划意见”。</li>
      </ol>
      <h3>三、有关说明</h3>
      <p>请在意见中注明具体章节和修改理由，并留下联系方式以便进一步沟通。意见采纳情况将在征求意见结束后汇总反馈。</p>
      <p>咨询电话：0999-12345606。</p>
      <p>明湖市人民政府办公室</p>
      <p>2026年1月6日</p>`,
    source: '明湖市人民政府办公室',
    metadata: { issuer: '明湖市人民政府办公室' },
    placements: [
      { site: 'minghu', column: 'tzgg' },
      { site: 'minghu', column: 'sswgh' },
    ],
    publishedAt: '2026-01-06T15:00:00+08:00',
  },
  {
    key: 'minghu-notice-gfxwjql',
    type: 'notice',
    site: 'minghu',
    title: '明湖市人民政府关于公布行政规范性文件清理结果的公告',
    summary: '经清理，继续有效的市政府行政规范性文件76件，宣布废止4件、失效3件。',
    keywords: ['规范性文件', '清理'],
    bodyHtml: html`
      <p>为维护法制统一，根据上位法修改和经济社会发展需要，市政府对截至2025年12月31日以市政府、市政府办公室名义制发的行政规范性文件进行了全面清理。现将清理结果公告如下：</p>
      <ol>
        <li>继续有效的行政规范性文件76件，目录见附件1；</li>
        <li>决定废止的行政规范性文件4件，目录见附件2，自本公告发布之日起停止执行；</li>
        <li>宣布失效的行政规范性文件3件，目录见附件3。</li>
      </ol>
      <p>市政府各部门要根据清理结果，对本部门依据上述文件制定的配套文件同步开展清理，并在各自网站政策文件栏目标注文件有效性。未列入继续有效目录的市政府行政规范性文件，不再作为行政管理的依据。</p>
      <p>本次清理结果已同步更新至门户网站政策文件库，公众可按文号、标题或有效性查询。</p>
      <p>明湖市人民政府</p>
      <p>2026年1月20日</p>`,
    source: '明湖市司法局',
    metadata: { issuer: '明湖市人民政府', docNo: '明政告〔2026〕1号' },
    placements: [{ site: 'minghu', column: 'tzgg' }],
    publishedAt: '2026-01-20T16:00:00+08:00',
  },
  {
    key: 'minghu-news-sswgh',
    type: 'news',
    site: 'minghu',
    title: '全市“十五五”规划纲要实施动员会召开',
    summary: '会议对规划纲要确定的目标任务进行分解，明确牵头单位和完成时限。',
    keywords: ['十五五', '规划纲要'],
    bodyHtml: html`
      <p>2月26日，全市“十五五”规划纲要实施动员会召开。市长沈立衡出席会议并讲话，常务副市长顾文博主持会议。</p>
      <p>会议指出，《明湖市国民经济和社会发展第十五个五年规划纲要》经市第十七届人民代表大会第五次会议审查批准，描绘了今后五年明湖发展的蓝图。规划纲要编制过程中，通过网站征集、座谈调研等方式收集意见建议1260余条，采纳吸收218条。</p>
      <p>会议要求，各地各部门要把规划纲要确定的目标任务逐项分解到年度计划，明确牵头单位、责任人和完成时限。市发展改革委要会同有关部门抓紧编制重点专项规划，建立“十五五”重大项目库，实行动态管理；要健全规划实施监测评估机制，每年向社会公布规划实施情况，接受人大监督和社会监督。</p>
      <p>会上，市发展改革委解读了规划纲要主要内容，临湖区、市教育局、市卫生健康委作了表态发言。</p>`,
    author: '徐逸凡',
    source: '明湖市人民政府办公室',
    metadata: {},
    placements: [
      { site: 'minghu', column: 'gzdt' },
      { site: 'minghu', column: 'sswgh' },
    ],
    relations: [{ kind: 'related', to: 'minghu-notice-sswgh-zj' }],
    publishedAt: '2026-02-26T18:00:00+08:00',
  },
  {
    key: 'minghu-news-yshjdh',
    type: 'news',
    site: 'minghu',
    title: '沈立衡在全市优化营商环境大会上强调：对标一流 持续擦亮“明湖办事不求人”品牌',
    summary: '市长沈立衡在全市优化营商环境大会上部署2026年营商环境重点工作。',
    keywords: ['营商环境', '讲话'],
    bodyHtml: html`
      <p>3月5日，全市优化营商环境大会召开。市长沈立衡出席会议并讲话。</p>
      <p>沈立衡指出，营商环境就是生产力。过去一年，全市企业开办时间压缩至1个工作日，工程建设项目审批全流程控制在60个工作日以内，“免申即享”兑现惠企资金4.6亿元，市场主体总量增长9.2%。</p>
      <p>沈立衡强调，要对标先进地区做法，把《明湖市持续优化营商环境若干措施（2026年版）》各项任务落到实处。一要在“快”上下功夫，推进“高效办成一件事”，让企业和群众少跑腿；二要在“准”上下功夫，惠企政策精准推送、直达快享；三要在“稳”上下功夫，规范涉企行政检查，坚决杜绝随意检查、重复检查；四要在“实”上下功夫，建立问题线索受理、转办、反馈闭环机制，让企业的每一件诉求都有回音。</p>
      <p>沈立衡要求，各级领导干部要当好服务企业的“店小二”，以真心实意的服务赢得市场主体的信任。</p>
      <p>常务副市长顾文博主持会议。会上通报了2025年度各区县营商环境评价结果。</p>`,
    author: '徐逸凡',
    source: '明湖市人民政府办公室',
    metadata: {},
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [
      { kind: 'speech_of', to: 'minghu-leader-sz' },
      { kind: 'related', to: 'fgw-policy-yshj-2026' },
    ],
    publishedAt: '2026-03-05T17:30:00+08:00',
  },
  {
    key: 'minghu-news-cwhy',
    type: 'news',
    site: 'minghu',
    title: '市政府召开第42次常务会议',
    summary: '会议研究一季度经济运行工作，审议通过《明湖市促进民营经济高质量发展若干措施》。',
    keywords: ['常务会议'],
    bodyHtml: html`
      <p>3月13日，市长沈立衡主持召开市政府第42次常务会议，研究部署一季度经济运行、民营经济发展和春季森林防火等工作。</p>
      <p>会议听取了1—2月全市经济运行情况汇报。会议指出，开年以来全市经济运行总体平稳，工业生产、固定资产投资保持增长。要紧盯一季度目标，加快重大项目开工进度，抓好企业用工、用能保障，确保实现“开门红”。</p>
      <p>会议审议并原则通过《明湖市促进民营经济高质量发展若干措施》。会议强调，要在市场准入、要素保障、融资支持、权益保护等方面拿出真招实招，政策出台后同步做好解读，推动政策直达快享。</p>
      <p>会议还研究了春季森林防火工作，要求严格落实野外火源管控措施，加强清明节期间重点林区巡查。</p>`,
    author: '徐逸凡',
    source: '明湖市人民政府办公室',
    metadata: {},
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'related', to: 'minghu-policy-myjj' }],
    publishedAt: '2026-03-13T18:30:00+08:00',
  },
  {
    key: 'minghu-policy-myjj',
    type: 'policy',
    site: 'minghu',
    title: '明湖市人民政府关于印发明湖市促进民营经济高质量发展若干措施的通知',
    summary: '从市场准入、要素保障、融资支持、权益保护4个方面提出8条措施。',
    keywords: ['民营经济', '惠企政策'],
    bodyHtml: html`
      <p>各区县人民政府，市政府各部门：</p>
      <p>《明湖市促进民营经济高质量发展若干措施》已经市政府第42次常务会议审议通过，现印发给你们，请认真贯彻执行。</p>
      <h2>明湖市促进民营经济高质量发展若干措施</h2>
      <p><strong>一、放宽市场准入</strong></p>
      <p>（一）全面落实市场准入负面清单制度，清单之外的行业、领域、业务，各类经营主体皆可依法平等进入。</p>
      <p>（二）市级重大项目每年向民间资本推介不少于30个，推介项目清单在市政府门户网站公开。</p>
      <p><strong>二、强化要素保障</strong></p>
      <p>（三）对民营企业新建工业项目，按照“标准地”方式供地，实现“拿地即开工”。</p>
      <p>（四）民营企业引进的高层次人才，与国有企事业单位人才同等享受住房、子女入学和医疗保障待遇。</p>
      <p><strong>三、加大融资支持</strong></p>
      <p>（五）市政府性融资担保机构对小微民营企业的担保费率不高于1%。</p>
      <p>（六）设立2亿元应急转贷资金，为到期贷款续贷有困难的民营企业提供短期周转。</p>
      <p><strong>四、保护合法权益</strong></p>
      <p>（七）严格规范涉企行政检查，同一部门对同一企业的检查原则上每年不超过1次。</p>
      <p>（八）政府机关、事业单位和国有企业拖欠民营企业账款的，列入年度绩效考核。</p>
      <p>本措施自2026年4月20日起施行，有效期5年。本措施由市发展改革委负责解读，具体实施细则由各牵头部门另行制定。</p>
      <p>明湖市人民政府</p>
      <p>2026年3月16日</p>`,
    source: '明湖市人民政府',
    metadata: {
      publisher: '明湖市人民政府',
      writtenOn: '2026-03-16',
      issuedOn: '2026-03-20',
      docNo: '明政规〔2026〕1号',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\经济体制改革',
      validity: 'in_force',
      effectiveOn: '2026-04-20',
      expiresOn: '2031-04-19',
      isNormative: true,
    },
    placements: [
      { site: 'minghu', column: 'gfxwj' },
      { site: 'linhu', column: 'gfxwj', repost: true },
    ],
    publishedAt: '2026-03-20T16:00:00+08:00',
  },
  {
    key: 'minghu-interp-myjj',
    type: 'interpretation',
    site: 'minghu',
    title: '《明湖市促进民营经济高质量发展若干措施》政策解读',
    summary: '解读出台背景、主要内容和政策兑现方式。',
    keywords: ['民营经济', '政策解读'],
    bodyHtml: html`
      <h3>一、出台背景</h3>
      <p>民营经济贡献了全市六成以上的税收、七成以上的地区生产总值和八成以上的城镇就业。当前，民营企业在融资、用地和账款回收等方面仍面临一些困难。为进一步激发民营经济活力，市发展改革委会同有关部门在深入走访280家企业的基础上起草了《若干措施》。</p>
      <h3>二、主要内容</h3>
      <p>《若干措施》共4个方面8条，重点回应企业反映集中的问题：</p>
      <ul>
        <li><strong>准入更宽：</strong>市级重大项目每年向民间资本推介不少于30个；</li>
        <li><strong>要素更足：</strong>工业项目“标准地”供地，“拿地即开工”；</li>
        <li><strong>融资更易：</strong>小微企业担保费率不高于1%，设立2亿元应急转贷资金；</li>
        <li><strong>权益更有保障：</strong>同一部门对同一企业的检查原则上每年不超过1次，拖欠账款纳入绩效考核。</li>
      </ul>
      <h3>三、如何享受政策</h3>
      <p>符合条件的企业无需申请，由各牵头部门通过“免申即享”方式直接兑现；确需申请的事项，统一在市政务服务中心“惠企政策服务专窗”办理。政策咨询电话：0999-12345601。</p>`,
    author: '市发展改革委',
    source: '明湖市发展和改革委员会',
    metadata: { form: 'text', interpreter: '明湖市发展和改革委员会' },
    placements: [{ site: 'minghu', column: 'zcjd' }],
    relations: [{ kind: 'interprets', to: 'minghu-policy-myjj' }],
    publishedAt: '2026-03-20T16:30:00+08:00',
  },
  {
    key: 'minghu-policy-fx',
    type: 'policy',
    site: 'minghu',
    title: '明湖市人民政府办公室关于做好2026年防汛抗旱工作的通知',
    summary: '部署2026年汛期防汛抗旱工作，压实责任，强化城市内涝和供水安全保障。',
    keywords: ['防汛', '应急管理', '城市供水'],
    bodyHtml: html`
      <p>各区县人民政府，市政府各部门：</p>
      <p>据气象部门预测，今年汛期我市降水总体偏多，发生区域性暴雨洪涝的可能性较大。为切实做好2026年防汛抗旱工作，经市政府同意，现就有关事项通知如下：</p>
      <h3>一、压实防汛责任</h3>
      <p>全面落实以行政首长负责制为核心的防汛责任制，明确每一座水库、每一段堤防、每一处易涝点的责任人，并于5月1日前在本地政府网站公布。</p>
      <h3>二、抓好隐患排查整治</h3>
      <p>各区县要在5月15日前完成堤防、水库、排涝泵站、地下空间和在建工地的汛前检查，对发现的隐患建立台账、限期整改。</p>
      <h3>三、强化城市内涝和供水安全保障</h3>
      <p>市水务局要督促供水企业对水厂、加压泵站和主干管网开展全面检查，储备应急抢修物资和应急供水车辆；发生停水的，要及时向社会发布停水范围、原因和预计恢复时间，设置临时供水点。</p>
      <h3>四、做好监测预警和信息发布</h3>
      <p>气象、水文、水务、应急管理部门要加强会商研判，及时发布预警信息。突发险情发生后，有关部门要第一时间发布权威信息，回应社会关切。</p>
      <p>明湖市人民政府办公室</p>
      <p>2026年4月22日</p>`,
    source: '明湖市人民政府办公室',
    metadata: {
      publisher: '明湖市人民政府办公室',
      writtenOn: '2026-04-22',
      issuedOn: '2026-04-24',
      docNo: '明政办发〔2026〕15号',
      docKind: '通知',
      topic: '综合政务\\应急管理',
      validity: 'in_force',
      effectiveOn: '2026-04-24',
      isNormative: false,
    },
    placements: [{ site: 'minghu', column: 'qtwj' }],
    publishedAt: '2026-04-24T15:00:00+08:00',
  },
  {
    key: 'minghu-news-fxjc',
    type: 'news',
    site: 'minghu',
    title: '陶雅琴检查防汛备汛工作',
    summary: '副市长陶雅琴检查明江堤防、城东水厂和城区易涝点的防汛准备情况。',
    keywords: ['防汛', '检查'],
    bodyHtml: html`
      <p>5月20日，副市长陶雅琴带队检查全市防汛备汛工作，先后来到明江堤防临湖段、城东水厂和湖滨区解放路下穿通道等处，实地察看防汛物资储备、应急供水保障和易涝点整治情况。</p>
      <p>在城东水厂，陶雅琴详细了解了水厂双电源保障、应急抢修队伍和备用水源情况。她指出，供水安全是防汛工作的重要内容，要完善停水应急预案，一旦发生管网受损，要做到抢修快、信息发得早、临时供水跟得上。</p>
      <p>陶雅琴强调，当前我市已进入汛期，各地各部门要克服麻痹思想，严格执行24小时值班和领导带班制度，落实易涝点“一点一策”，确保安全度汛。</p>
      <p>市水务局、市应急管理局负责同志参加检查。</p>`,
    author: '林子安',
    source: '明湖市人民政府办公室',
    metadata: {},
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'related', to: 'minghu-policy-fx' }],
    publishedAt: '2026-05-20T17:00:00+08:00',
  },
  // Response series on one event: the first item is the anchor, the later ones respond to it.
  {
    key: 'minghu-resp-ts-1',
    type: 'response',
    site: 'minghu',
    title: '关于城东片区因强降雨临时停水的情况通报',
    summary: '7月13日夜间强降雨致城东水厂出厂主管受损，城东片区约3.2万户停水，正在全力抢修。',
    keywords: ['停水', '强降雨', '情况通报'],
    bodyHtml: html`
      <p>7月13日夜间，我市城区出现短时强降雨，最大小时雨量达86毫米。受强降雨引发的道路塌陷影响，城东水厂一条直径1000毫米的出厂主管于14日凌晨2时许发生破损，造成明东区东湖街道、望江街道部分区域约3.2万户停水。</p>
      <p>险情发生后，市水务局立即启动供水突发事件应急预案，组织供水企业抢修队伍赶赴现场，关闭破损管段阀门，并通过管网调度从城西水厂向城东片区补水。目前，抢修工作正在进行中。</p>
      <p>为保障停水区域群众生活用水，已在东湖街道办事处、望江社区服务中心等8处设置临时供水点，并安排12辆送水车为高层住宅、医院和学校送水。临时供水点位置可拨打供水服务热线0999-12345646查询。</p>
      <p>抢修进展将持续通报，请广大市民提前储水、节约用水，不信谣、不传谣。</p>
      <p>明湖市水务局</p>
      <p>2026年7月14日</p>`,
    source: '明湖市水务局',
    metadata: { event: '2026年7月城东片区强降雨停水', isRumourRebuttal: false },
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'related', to: 'minghu-policy-fx' }],
    publishedAt: '2026-07-14T07:30:00+08:00',
  },
  {
    key: 'minghu-resp-ts-2',
    type: 'response',
    site: 'minghu',
    title: '城东片区供水抢修进展情况（第二次通报）',
    summary: '破损管段已完成开挖和更换，预计15日6时前逐步恢复供水。',
    keywords: ['停水', '抢修进展'],
    bodyHtml: html`
      <p>截至7月14日18时，城东水厂出厂主管破损处已完成开挖、排水和破损管段切除，新管段正在吊装焊接。经现场评估，预计15日6时前完成管道焊接、冲洗和水质检测，随后由近及远逐步恢复供水，高层住宅水压恢复时间可能稍晚。</p>
      <p>14日白天，通过城西水厂跨区调度，停水范围已由约3.2万户缩小至约1.9万户。8处临时供水点和12辆送水车继续保障群众生活用水，共送水约860吨，医院、学校和养老机构用水已全部得到保障。</p>
      <p>抢修期间，东湖路（望江路至临江路段）实行半幅通行，请过往车辆绕行。</p>
      <p>明湖市水务局</p>
      <p>2026年7月14日</p>`,
    source: '明湖市水务局',
    metadata: { event: '2026年7月城东片区强降雨停水', isRumourRebuttal: false },
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'responds_to', to: 'minghu-resp-ts-1' }],
    publishedAt: '2026-07-14T19:00:00+08:00',
  },
  {
    key: 'minghu-resp-ts-3',
    type: 'response',
    site: 'minghu',
    title: '网传“城东片区自来水受到污染不能饮用”不实',
    summary: '恢复供水后的水质检测全部合格，网传自来水受污染的说法不实。',
    keywords: ['辟谣', '水质', '停水'],
    bodyHtml: html`
      <p>7月15日上午，有网民在社交平台发布“城东片区恢复供水后自来水受到污染、喝了会生病”的信息，引起部分市民担忧。经核实，该信息不实。</p>
      <p>15日5时40分，破损管段更换完成后，供水企业按照规范对新管段进行了冲洗消毒。市疾病预防控制中心于恢复供水前后在管网末梢设置14个采样点，对浑浊度、余氯、菌落总数、总大肠菌群等指标进行检测，结果全部符合《生活饮用水卫生标准》。</p>
      <p>部分用户恢复供水初期出现的水色发黄、有少量气泡，是管网重新充水时带出的沉积物和空气所致，打开水龙头放水3至5分钟即可恢复正常，不影响饮用。如放水后仍有异常，请拨打供水服务热线0999-12345646，供水企业将上门检测。</p>
      <p>请广大市民以官方发布的信息为准，不信谣、不传谣。</p>
      <p>明湖市水务局 明湖市卫生健康委员会</p>
      <p>2026年7月15日</p>`,
    source: '明湖市水务局',
    metadata: { event: '2026年7月城东片区强降雨停水', isRumourRebuttal: true },
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'responds_to', to: 'minghu-resp-ts-1' }],
    publishedAt: '2026-07-15T11:00:00+08:00',
  },
  {
    key: 'minghu-resp-ts-4',
    type: 'response',
    site: 'minghu',
    title: '城东片区已全面恢复正常供水（第三次通报）',
    summary: '7月16日18时城东片区全部恢复正常供水，临时供水点撤除。',
    keywords: ['恢复供水'],
    bodyHtml: html`
      <p>7月16日18时，城东片区受影响的约3.2万户已全部恢复正常供水，管网压力和水质各项指标稳定，临时供水点和送水车于当日20时撤除。东湖路破损路面已完成回填，17日起恢复双向通行。</p>
      <p>此次停水事件中，抢修人员连续作业30余小时，8处临时供水点和送水车累计供水约1500吨。感谢广大市民的理解和支持。</p>
      <p>下一步，市水务局将对城区供水主管和道路塌陷隐患开展全面排查，对与排水管道交叉、埋深不足的管段制定改造计划，并研究建设城东水厂第二条出厂主管，提高供水系统抗风险能力。</p>
      <p>明湖市水务局</p>
      <p>2026年7月16日</p>`,
    source: '明湖市水务局',
    metadata: { event: '2026年7月城东片区强降雨停水', isRumourRebuttal: false },
    placements: [{ site: 'minghu', column: 'gzdt' }],
    relations: [{ kind: 'responds_to', to: 'minghu-resp-ts-1' }],
    publishedAt: '2026-07-16T20:30:00+08:00',
  },
];

// ─────────────────────── 明湖市人民政府 English edition (portal, language en) ───────────────────────
// Written for foreign residents, investors and visitors, not translated sentence by sentence: the
// news and policy summaries follow Chinese items above (linked as related), the guides are the
// English edition's own. Policy summaries carry the original's metadata (dates, validity, document
// number in the usual English form) and say that the Chinese text prevails.

const EN_SOURCE = 'General Office of the Minghu Municipal People’s Government';

const minghuEnglish: DemoItemSeed[] = [
  {
    key: 'minghu-en-about',
    type: 'overview',
    site: 'minghu',
    title: 'About Minghu',
    summary: 'Geography, history, administrative divisions, population and economy of Minghu.',
    keywords: ['Minghu', 'city profile'],
    source: EN_SOURCE,
    bodyHtml: html`
      <h3>Geography</h3>
      <p>Minghu lies on the alluvial plain of the middle reaches of the Ming River and takes its name from Ming Lake (Minghu) in the heart of the city. The municipality covers 8,216 square kilometres, of which the lake accounts for 62. The land is hilly in the west and flat, with many waterways, in the east. The climate is subtropical monsoon with four distinct seasons, an average annual temperature of 16.8°C and about 1,260 millimetres of rain a year.</p>
      <h3>History</h3>
      <p>The city has more than 2,000 years of history. In the Ming and Qing dynasties it was the seat of a prefecture and a busy river port, known as the “trading port on the lake”. Minghu became a city in 1949; Linhu County became Linhu District in 2016.</p>
      <h3>Administrative divisions</h3>
      <p>Minghu administers three districts (Linhu, Hubin and Mingdong), two counties (Qingxi and Taoling) and the county-level city of Yundu, with 38 subdistricts, 52 towns and 16 townships. The Municipal People’s Government is at 1 Hubin Avenue, Hubin District.</p>
      <h3>Population</h3>
      <p>At the end of 2025 Minghu had 4.263 million permanent residents, 2.835 million of them in urban areas, an urbanisation rate of 66.5%.</p>
      <h3>Economy and society</h3>
      <p>In 2025 the city’s GDP reached 321.86 billion yuan, up 5.6% on the previous year, and general public budget revenue was 23.64 billion yuan. Per capita disposable income was 52,100 yuan for urban residents and 26,300 yuan for rural residents. Equipment manufacturing, new materials, green food and cultural tourism are the leading industries. The city has six universities and colleges and nine top-grade (tertiary) hospitals. Minghu Wetland Park, the remains of the old city wall and the tea gardens of Taoling are its best-known sights.</p>`,
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-about' }],
    relations: [{ kind: 'related', to: 'minghu-overview' }],
    publishedAt: '2026-01-12T10:00:00+08:00',
  },
  {
    key: 'minghu-en-news-plan',
    type: 'news',
    site: 'minghu',
    title: 'Minghu Sets to Work on Its 15th Five-Year Plan',
    summary: 'The city has divided the targets of its 2026–2030 development plan among government departments, each with a deadline.',
    keywords: ['15th Five-Year Plan', 'development'],
    bodyHtml: html`
      <p>Minghu held a citywide meeting on 26 February to start implementing its Outline of the 15th Five-Year Plan for Economic and Social Development (2026–2030). Mayor Shen Liheng addressed the meeting, which was chaired by Executive Vice Mayor Gu Wenbo.</p>
      <p>The plan was approved by the Minghu Municipal People’s Congress earlier this year. While it was being drafted, residents and businesses sent in more than 1,260 comments and suggestions through the government website and public consultations; 218 of them were taken up in the final text.</p>
      <p>Every target in the plan is now assigned to a lead department with a named person responsible and a deadline, and will be written into the city’s annual work plans. The Development and Reform Commission will prepare the specialised plans that follow from it and keep a list of major projects for the period. Progress will be published every year.</p>`,
    author: 'Xu Yifan',
    source: EN_SOURCE,
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-news' }],
    relations: [{ kind: 'related', to: 'minghu-news-sswgh' }],
    publishedAt: '2026-02-27T10:00:00+08:00',
  },
  {
    key: 'minghu-en-policy-yshj',
    type: 'policy',
    site: 'minghu',
    title: 'Measures to Further Improve the Business Environment of Minghu (2026 Edition): Summary',
    summary: 'Faster approvals, fewer inspections, subsidies paid without application and a single channel for business complaints; in force from 1 April 2026.',
    keywords: ['business environment', 'investment'],
    bodyHtml: html`
      <p>The Minghu Municipal Development and Reform Commission issued the 2026 edition of the city’s measures to improve the business environment on 27 February 2026 (Ming Fa Gai Gui [2026] No. 1). The measures take effect on 1 April 2026, are valid for five years and replace the 2023 edition. This English summary is for reference only; the Chinese text prevails.</p>
      <h3>Main points</h3>
      <ul>
        <li><strong>One-stop services.</strong> A company can be registered within one working day. Twenty common procedures, such as changing company details, hiring staff and registering real estate, can be completed with one application form.</li>
        <li><strong>Faster construction approvals.</strong> Approval of ordinary private investment projects takes no more than 60 working days in total. Low-risk industrial projects can start construction as soon as the land is acquired.</li>
        <li><strong>Fewer inspections.</strong> As a rule, one government department inspects the same company no more than once a year. The list of inspection items is published on the government portal; nothing outside the list may be inspected.</li>
        <li><strong>Support without paperwork.</strong> Business support policies are published in one place. Wherever possible, subsidies are paid automatically to eligible companies without an application, within 15 working days.</li>
        <li><strong>Complaints followed up.</strong> The city’s business environment office takes complaints and problems from companies, passes them to the responsible department within one working day and replies within ten working days for ordinary matters.</li>
      </ul>
      <p>Enquiries: Minghu Business Environment Office, 0999-12345615 (working days).</p>`,
    source: 'Minghu Municipal Development and Reform Commission',
    metadata: {
      publisher: 'Minghu Municipal Development and Reform Commission',
      writtenOn: '2026-02-24',
      issuedOn: '2026-03-06',
      docNo: 'Ming Fa Gai Gui [2026] No. 1',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\经济体制改革',
      validity: 'in_force',
      effectiveOn: '2026-04-01',
      expiresOn: '2031-03-31',
      isNormative: false,
      audience: 'Companies and investors',
    },
    placements: [{ site: 'minghu', column: 'en-policies' }],
    relations: [{ kind: 'related', to: 'fgw-policy-yshj-2026' }],
    publishedAt: '2026-03-06T16:00:00+08:00',
  },
  {
    key: 'minghu-en-policy-myjj',
    type: 'policy',
    site: 'minghu',
    title: 'Measures to Promote the High-Quality Development of the Private Economy in Minghu: Summary',
    summary: 'Eight measures on market access, land, financing and the protection of private companies’ rights; in force from 20 April 2026 for five years.',
    keywords: ['private economy', 'financing'],
    bodyHtml: html`
      <p>The Minghu Municipal People’s Government issued eight measures to support private businesses on 20 March 2026 (Ming Zheng Gui [2026] No. 1). They apply from 20 April 2026 to 19 April 2031. This English summary is for reference only; the Chinese text prevails.</p>
      <h3>Market access</h3>
      <ol>
        <li>Any sector, field or business not on China’s national negative list for market access is open to all kinds of companies on equal terms.</li>
        <li>Every year the city offers at least 30 major municipal projects to private investors; the list is published on the government portal.</li>
      </ol>
      <h3>Land and talent</h3>
      <ol start="3">
        <li>Land for new industrial projects of private companies is supplied as ready-to-build plots with the planning conditions set in advance, so that construction can start once the land is acquired.</li>
        <li>Highly qualified professionals recruited by private companies receive the same housing, schooling and medical support as those of state-owned employers.</li>
      </ol>
      <h3>Financing</h3>
      <ol start="5">
        <li>Government-backed guarantee institutions charge small and micro private companies a guarantee fee of no more than 1%.</li>
        <li>A fund of 200 million yuan provides short-term bridging loans to companies that have difficulty renewing a maturing bank loan.</li>
      </ol>
      <h3>Protection of rights</h3>
      <ol start="7">
        <li>As a rule, one government department inspects the same company no more than once a year.</li>
        <li>Late payment to private companies by government bodies, public institutions and state-owned enterprises counts against them in their annual performance assessment.</li>
      </ol>
      <p>Most benefits are granted automatically to eligible companies. Where an application is needed, it is handled at the business support counter of the Minghu Government Service Centre. Enquiries: 0999-12345601 (working days).</p>`,
    source: EN_SOURCE,
    metadata: {
      publisher: 'Minghu Municipal People’s Government',
      writtenOn: '2026-03-16',
      issuedOn: '2026-03-23',
      docNo: 'Ming Zheng Gui [2026] No. 1',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\经济体制改革',
      validity: 'in_force',
      effectiveOn: '2026-04-20',
      expiresOn: '2031-04-19',
      isNormative: false,
      audience: 'Private companies and investors',
    },
    placements: [{ site: 'minghu', column: 'en-policies' }],
    relations: [{ kind: 'related', to: 'minghu-policy-myjj' }],
    publishedAt: '2026-03-23T16:00:00+08:00',
  },
  {
    key: 'minghu-en-news-myjj',
    type: 'news',
    site: 'minghu',
    title: 'Minghu Adopts Eight Measures to Support Private Businesses',
    summary: 'Lower guarantee fees, a bridging loan fund and fewer inspections are among the new measures, which apply from 20 April.',
    keywords: ['private economy', 'business'],
    bodyHtml: html`
      <p>Private companies in Minghu will pay less for loan guarantees, face fewer inspections and be offered at least 30 major city projects a year under measures published by the Municipal People’s Government on 20 March.</p>
      <p>The eight measures were adopted at an executive meeting of the municipal government chaired by Mayor Shen Liheng on 13 March. Private businesses generate more than 60% of the city’s tax revenue and over 80% of its urban jobs, but many have reported difficulties with financing, land and late payments.</p>
      <p>Before drafting the measures, the Development and Reform Commission and other departments visited 280 companies. The resulting package caps guarantee fees for small and micro companies at 1%, sets up a 200-million-yuan fund for bridging loans and limits inspections by any one department to one a year per company as a rule. Government bodies and state-owned enterprises that pay private suppliers late will be marked down in their annual assessments.</p>
      <p>Most benefits will be paid automatically to eligible companies. The measures apply from 20 April 2026 for five years.</p>`,
    author: 'Xu Yifan',
    source: EN_SOURCE,
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-news' }],
    relations: [
      { kind: 'related', to: 'minghu-en-policy-myjj' },
      { kind: 'related', to: 'minghu-news-cwhy' },
    ],
    publishedAt: '2026-03-24T10:00:00+08:00',
  },
  {
    key: 'minghu-en-guide-residence',
    type: 'overview',
    site: 'minghu',
    title: 'Residence Registration, Visas and Residence Permits',
    summary: 'What foreign nationals must do after arriving in Minghu: register where they stay within 24 hours, and apply for a residence permit within 30 days when they come to work or study.',
    keywords: ['residence permit', 'visa', 'registration'],
    bodyHtml: html`
      <h3>Registering where you stay</h3>
      <p>Every foreign national must register their place of stay with the local police within 24 hours of arrival. If you stay in a hotel, the hotel registers you when you check in. If you stay in a rented flat or with friends or family, you must register yourself, in person or together with your landlord or host, at the police station responsible for the address. Bring your passport and your tenancy agreement or your host’s details. Register again each time you move or re-enter China.</p>
      <h3>Residence permits</h3>
      <p>If you come to Minghu to work, study or join your family for longer than 180 days, you must apply for a residence permit within 30 days of entry at the Exit-Entry Administration of the Minghu Municipal Public Security Bureau. You will usually need:</p>
      <ul>
        <li>your passport with the visa you entered on, and a completed application form;</li>
        <li>a recent passport-style photo (many service halls take one on site);</li>
        <li>the registration of your place of stay;</li>
        <li>documents for the purpose of your stay, for example a work permit and a letter from your employer, a letter of admission from your school, or proof of your family relationship.</li>
      </ul>
      <p>Applications are decided within 15 days. While your application is processed the office usually keeps your passport and gives you a receipt, which serves as your identity document in China in the meantime, so plan any travel abroad around it.</p>
      <h3>Extending a visa or permit</h3>
      <p>Apply to extend a visa at least 7 days before it expires, and to renew a residence permit at least 30 days before it expires. Staying beyond the permitted time is an offence that can lead to a fine or detention, so check the dates on your documents.</p>
      <h3>Where to go</h3>
      <ul>
        <li>Exit-Entry Administration Service Hall, Minghu Municipal Public Security Bureau, Minghu Government Service Centre, Hubin District</li>
        <li>Monday to Friday, 9:00–12:00 and 14:00–17:30, except public holidays</li>
        <li>Enquiries: 0999-12345660</li>
        <li>National Immigration Administration service hotline 12367, 24 hours a day, in Chinese and English</li>
      </ul>
      <p>Visa rules change from time to time, including visa-free entry for some nationalities. Please check the latest requirements with a Chinese embassy or consulate before you travel.</p>`,
    source: 'Minghu Municipal Public Security Bureau',
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-guide' }],
    publishedAt: '2026-04-08T10:00:00+08:00',
  },
  {
    key: 'minghu-en-guide-medical',
    type: 'overview',
    site: 'minghu',
    title: 'Seeing a Doctor in Minghu',
    summary: 'How to get medical care: emergencies, registering at a hospital, paying for treatment and health insurance.',
    keywords: ['medical care', 'hospital', 'health insurance'],
    bodyHtml: html`
      <h3>In an emergency</h3>
      <p>Call <strong>120</strong> for an ambulance. The emergency departments of the large hospitals are open 24 hours a day. For fire call 119, and for the police 110.</p>
      <h3>Going to hospital</h3>
      <p>Most medical care in China is given in the outpatient departments of hospitals rather than by family doctors. To see a doctor you first register for a department, such as internal medicine, surgery or paediatrics. You can register at the hospital counter or self-service machines, or book in advance through the hospital’s online booking service, which often needs a Chinese mobile number. Bring your passport: it is your identity document for registration, prescriptions and records.</p>
      <p>You usually pay the registration fee first, and then pay for tests and medicines before you receive them. Keep your receipts and your medical record booklet for insurance claims.</p>
      <h3>Help in English</h3>
      <p>The International Medical Service Centre of Minghu First People’s Hospital offers appointments with English-speaking doctors and help with registration, payment and insurance paperwork (Monday to Friday, 8:30–17:00; enquiries 0999-12345670). Community health centres can treat common illnesses, give vaccinations and refer you to a hospital.</p>
      <h3>Health insurance</h3>
      <p>Foreign nationals who are employed in Minghu take part in China’s social insurance, including basic medical insurance, through their employer; it covers part of the cost of treatment at designated hospitals. Many foreign residents also hold private international health insurance: check before treatment whether the hospital can bill your insurer directly or whether you need to pay and claim afterwards.</p>
      <h3>Pharmacies</h3>
      <p>Pharmacies are easy to find. Common medicines are sold over the counter; prescription medicines need a prescription from a doctor in China.</p>`,
    source: 'Minghu Municipal Health Commission',
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-guide' }],
    publishedAt: '2026-04-15T10:00:00+08:00',
  },
  {
    key: 'minghu-en-guide-bank',
    type: 'overview',
    site: 'minghu',
    title: 'Opening a Bank Account',
    summary: 'What to bring when you open a bank account in Minghu, and how to pay in everyday life.',
    keywords: ['bank account', 'payments'],
    bodyHtml: html`
      <h3>At the bank</h3>
      <p>Foreign nationals can open a personal account at any bank branch in Minghu. Accounts are opened in person: bring</p>
      <ul>
        <li>your valid passport (and residence permit, if you have one);</li>
        <li>a Chinese mobile phone number registered in your own name, for security codes and notifications;</li>
        <li>if the bank asks for it, proof of why you need the account, such as an employment contract, a letter from your employer or school, or a tenancy agreement.</li>
      </ul>
      <p>Banks are required to check the identity of every customer and the purpose of each new account, so they may ask further questions or take a few days to decide. The main branches of the large banks in Hubin District have staff who speak English. Opening an account and issuing a debit card is normally free.</p>
      <h3>Paying day to day</h3>
      <p>Most shops, restaurants and taxis in Minghu accept mobile payments. The major mobile payment apps also accept many foreign bank cards, so you can pay before you open a local account. Cash in renminbi must still be accepted everywhere, and it is useful to carry some.</p>
      <h3>Keep your money safe</h3>
      <p>Never tell anyone your PIN or the security codes sent to your phone. Banks, the police and government offices will never ask you to transfer money to a “safe account”. If you suspect fraud, call the police on <strong>110</strong> and contact your bank at once.</p>`,
    source: EN_SOURCE,
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-guide' }],
    publishedAt: '2026-04-22T10:00:00+08:00',
  },
  {
    key: 'minghu-en-news-water',
    type: 'news',
    site: 'minghu',
    title: 'Water Supply Fully Restored in Eastern Minghu after Heavy Rain',
    summary: 'All 32,000 households affected by the burst water main had their supply back by 18:00 on 16 July; tests show the tap water is safe to drink.',
    keywords: ['water supply', 'heavy rain'],
    bodyHtml: html`
      <p>Normal water supply was restored to all of the roughly 32,000 households in eastern Minghu that lost it after heavy rain, the Municipal Water Authority said on 16 July.</p>
      <p>During the night of 13 July up to 86 millimetres of rain fell in one hour. A road collapsed and damaged a main pipe leading from the Chengdong Waterworks, cutting off water to parts of Donghu and Wangjiang subdistricts in Mingdong District. Repair crews worked for more than 30 hours to replace the damaged section. In the meantime, eight temporary water points and delivery trucks supplied about 1,500 tonnes of water, and hospitals, schools and care homes were supplied first.</p>
      <p>Tests at 14 sampling points by the Municipal Center for Disease Control and Prevention showed that the water met national drinking water standards. Reports online that the tap water was contaminated are untrue. Water that looks yellowish or cloudy when supply resumes is caused by sediment and air in the pipes and clears after the tap has run for three to five minutes.</p>
      <p>The Water Authority will inspect all main pipes in the city for similar risks and is studying a second main from the Chengdong Waterworks.</p>`,
    author: 'Lin Zian',
    source: 'Minghu Municipal Water Authority',
    metadata: {},
    placements: [{ site: 'minghu', column: 'en-news' }],
    relations: [{ kind: 'related', to: 'minghu-resp-ts-4' }],
    publishedAt: '2026-07-17T10:00:00+08:00',
  },
];

// ───────────────────────────── 市发展改革委 (fgw) ─────────────────────────────

const FGW = '明湖市发展和改革委员会';
const FGW_ADDRESS = '明湖市湖滨大道1号市政府大楼3号楼';

const fgw: DemoItemSeed[] = [
  {
    key: 'fgw-overview',
    type: 'overview',
    site: 'fgw',
    title: '明湖市发展和改革委员会单位简介',
    bodyHtml: html`
      <p>明湖市发展和改革委员会是市政府工作部门，加挂市优化营商环境工作办公室牌子，为正处级。</p>
      <h3>主要职责</h3>
      <ul>
        <li>拟订并组织实施全市国民经济和社会发展战略、中长期规划和年度计划，统筹协调经济社会发展；</li>
        <li>负责宏观经济运行的监测预测和分析，提出促进经济稳定运行的政策建议；</li>
        <li>负责全市固定资产投资综合管理，审批、核准、备案固定资产投资项目，组织推进重大项目建设；</li>
        <li>负责价格管理工作，组织拟订政府定价目录和重要商品、服务价格，开展价格监测；</li>
        <li>统筹推进优化营商环境工作，组织开展营商环境评价；</li>
        <li>完成市委、市政府交办的其他任务。</li>
      </ul>
      <h3>机构设置</h3>
      <p>委机关设办公室、发展规划科、国民经济综合科、固定资产投资科、营商环境建设科、价格管理科、能源与资源节约科等11个内设机构，下设市价格认证中心、市重点项目服务中心2个事业单位。</p>
      <h3>联系方式</h3>
      <p>办公地址：${FGW_ADDRESS}；邮政编码：999001；联系电话：0999-12345601；电子邮箱：fgw@minghu.gov.cn；办公时间：${HOURS}。</p>`,
    source: '市发展改革委',
    metadata: {},
    placements: [{ site: 'fgw', column: 'dwjj' }],
    publishedAt: '2026-01-07T10:00:00+08:00',
  },
  {
    key: 'fgw-gkzn',
    type: 'disclosure_guide',
    site: 'fgw',
    title: '明湖市发展和改革委员会政府信息公开指南',
    source: '市发展改革委',
    bodyHtml: disclosureGuide({
      unit: FGW,
      scope:
        '主动公开本委的机构职能、行政规范性文件、国民经济和社会发展规划及年度计划、重大建设项目批准和实施、政府定价和收费标准、价格监测信息、营商环境政策措施、部门预算决算等信息。',
      office: '明湖市发展和改革委员会办公室',
      address: `${FGW_ADDRESS}301室`,
      postcode: '999001',
      phone: '0999-12345601',
      email: 'fgw@minghu.gov.cn',
      supervisor: '明湖市人民政府办公室（市政务公开办公室）',
    }),
    metadata: {},
    placements: [{ site: 'fgw', column: 'gkzn' }],
    publishedAt: '2026-01-09T10:00:00+08:00',
  },
  {
    key: 'fgw-gknb-2025',
    type: 'annual_report',
    site: 'fgw',
    title: '明湖市发展和改革委员会2025年政府信息公开工作年度报告',
    keywords: ['政府信息公开', '年度报告'],
    source: '市发展改革委',
    bodyHtml: annualReport({
      unit: FGW,
      overview: html`
        <p>2025年，市发展改革委围绕经济运行、重大项目、价格管理和营商环境等重点领域，全年主动公开政府信息1362条，其中政策文件38件、政策解读21篇，按月发布全市重要商品价格监测信息。</p>
        <p>建立政策文件“有效性标注”制度，对本委现行有效的12件行政规范性文件逐件标注施行日期和有效期；重大建设项目批准和实施信息按项目全流程公开。</p>`,
      norms: [3, 2, 12],
      requests: { received: 47, carried: 2, granted: 23, partial: 6, refused: 3, unavailable: 11, notHandled: 2, other: 1 },
      reviews: 2,
      lawsuits: 0,
      corrected: 0,
      problems: html`
        <p>一是重大建设项目信息更新不够及时，部分项目的实施进度信息滞后；二是政策解读以文字为主，通俗易懂的图解解读偏少。</p>
        <p>2026年，将建立重大项目信息按季度更新机制，对涉企政策全部配发图解解读，并在营商环境专题开设问题线索受理入口。</p>`,
    }),
    metadata: { year: 2025 },
    placements: [{ site: 'fgw', column: 'gknb' }],
    publishedAt: '2026-01-22T10:00:00+08:00',
  },
  {
    key: 'fgw-leader-zr',
    type: 'leader',
    site: 'fgw',
    title: '韩启明',
    bodyHtml: html`
      <p>韩启明，男，汉族，1975年2月生，明湖市桃岭县人，研究生学历，经济学硕士，1997年7月参加工作，中共党员。</p>
      <p>现任明湖市发展和改革委员会党组书记、主任。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1997年7月至2009年4月，历任明湖市计划委员会、市发展和改革委员会投资科科员、副科长、科长；</li>
        <li>2009年4月至2016年8月，任明湖市发展和改革委员会副主任；</li>
        <li>2016年8月至2021年10月，任清溪县委副书记、县长；</li>
        <li>2021年10月起，任明湖市发展和改革委员会党组书记、主任。</li>
      </ul>`,
    source: '市发展改革委',
    metadata: { name: '韩启明', title: '党组书记、主任', portfolio: '主持委全面工作。负责发展规划、财务审计方面工作。分管办公室、发展规划科。' },
    placements: [{ site: 'fgw', column: 'ldxx' }],
    publishedAt: '2026-01-07T10:10:00+08:00',
  },
  {
    key: 'fgw-leader-fzr',
    type: 'leader',
    site: 'fgw',
    title: '许清扬',
    bodyHtml: html`
      <p>许清扬，女，汉族，1980年6月生，明湖市湖滨区人，研究生学历，管理学硕士，2004年7月参加工作，中共党员。</p>
      <p>现任明湖市发展和改革委员会党组成员、副主任，市优化营商环境工作办公室主任。</p>
      <h3>主要经历</h3>
      <ul>
        <li>2004年7月至2013年5月，历任明湖市物价局价格管理科科员、副科长；</li>
        <li>2013年5月至2019年3月，任明湖市发展和改革委员会价格管理科科长；</li>
        <li>2019年3月至2022年6月，任明湖市政务服务管理局副局长；</li>
        <li>2022年6月起，任明湖市发展和改革委员会党组成员、副主任。</li>
      </ul>`,
    source: '市发展改革委',
    metadata: {
      name: '许清扬',
      title: '党组成员、副主任',
      portfolio: '负责国民经济综合、优化营商环境、价格管理方面工作。分管国民经济综合科、营商环境建设科、价格管理科、市价格认证中心。',
    },
    placements: [{ site: 'fgw', column: 'ldxx' }],
    publishedAt: '2026-01-07T10:20:00+08:00',
  },
  {
    key: 'fgw-inst-zhk',
    type: 'institution',
    site: 'fgw',
    title: '国民经济综合科',
    bodyHtml: html`
      <p>国民经济综合科主要职责：</p>
      <ol>
        <li>监测分析全市宏观经济和社会发展态势，承担经济运行的预测预警工作；</li>
        <li>拟订并组织实施年度国民经济和社会发展计划，起草年度计划执行情况报告；</li>
        <li>协调解决经济运行中的重大问题，提出稳增长的政策建议；</li>
        <li>承担委内综合性文稿的起草工作，按季度发布全市经济运行情况；</li>
        <li>承担市政府经济形势分析会的组织和会务工作。</li>
      </ol>`,
    source: '市发展改革委',
    metadata: { name: '国民经济综合科', address: `${FGW_ADDRESS}305室`, phone: '0999-12345612', hours: HOURS, head: '陆承泽' },
    placements: [{ site: 'fgw', column: 'nsjg' }],
    publishedAt: '2026-01-07T10:30:00+08:00',
  },
  {
    key: 'fgw-inst-tzk',
    type: 'institution',
    site: 'fgw',
    title: '固定资产投资科',
    bodyHtml: html`
      <p>固定资产投资科主要职责：</p>
      <ol>
        <li>监测分析全市固定资产投资状况，提出投资调控目标和政策建议；</li>
        <li>负责市级政府投资项目的审批和企业投资项目的核准、备案管理；</li>
        <li>编制市级重大项目建设计划，组织开展重大项目集中开工和调度推进；</li>
        <li>负责政府投资项目的稽察和后评价工作；</li>
        <li>负责重大建设项目批准和实施信息的公开工作。</li>
      </ol>
      <p>投资项目审批咨询电话：0999-12345616。</p>`,
    source: '市发展改革委',
    metadata: { name: '固定资产投资科', address: `${FGW_ADDRESS}312室`, phone: '0999-12345616', hours: HOURS, head: '程远' },
    placements: [{ site: 'fgw', column: 'nsjg' }],
    publishedAt: '2026-01-07T10:40:00+08:00',
  },
  {
    key: 'fgw-inst-yshj',
    type: 'institution',
    site: 'fgw',
    title: '营商环境建设科',
    bodyHtml: html`
      <p>营商环境建设科（市优化营商环境工作办公室秘书科）主要职责：</p>
      <ol>
        <li>拟订全市优化营商环境的政策措施和年度工作要点，并组织实施；</li>
        <li>组织开展全市营商环境评价，通报评价结果并督促整改；</li>
        <li>受理、转办和督办企业反映的营商环境问题线索，按期向企业反馈办理结果；</li>
        <li>总结推广优化营商环境的典型经验做法。</li>
      </ol>
      <p>营商环境问题线索受理电话：0999-12345615。</p>`,
    source: '市发展改革委',
    metadata: { name: '营商环境建设科', address: `${FGW_ADDRESS}318室`, phone: '0999-12345615', hours: HOURS, head: '葛宁' },
    placements: [{ site: 'fgw', column: 'nsjg' }],
    publishedAt: '2026-01-07T10:50:00+08:00',
  },
  // The 2023 measures, repealed by the 2026 edition (migrated into the library on 2026-01-05).
  {
    key: 'fgw-policy-yshj-2023',
    type: 'policy',
    site: 'fgw',
    title: '明湖市发展和改革委员会关于印发《明湖市优化营商环境若干措施》的通知',
    summary: '从政务服务、工程建设审批、市场监管和要素保障等方面提出优化营商环境的16条措施。',
    keywords: ['营商环境'],
    bodyHtml: html`
      <p>各区县发展改革局，市直有关单位：</p>
      <p>经市政府同意，现将《明湖市优化营商环境若干措施》印发给你们，请结合实际认真贯彻落实。</p>
      <h2>明湖市优化营商环境若干措施</h2>
      <h3>一、提升政务服务效能</h3>
      <p>企业开办全流程压缩至2个工作日以内；推行政务服务事项“一窗受理、集成服务”，市级政务服务事项网上可办率达到90%以上。</p>
      <h3>二、深化工程建设项目审批制度改革</h3>
      <p>一般社会投资项目从立项到竣工验收全流程审批时间控制在80个工作日以内；推行区域评估，已完成区域评估的，不再对区域内单个项目进行评估。</p>
      <h3>三、规范市场监管</h3>
      <p>全面推行“双随机、一公开”监管，对新业态新模式实行包容审慎监管，轻微违法行为依法不予行政处罚。</p>
      <h3>四、强化要素保障</h3>
      <p>建立重点企业用工、用地、用能需求清单，实行专人跟踪服务。</p>
      <p>本措施自2023年5月1日起施行，有效期5年。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2023年4月10日</p>`,
    source: '市发展改革委',
    metadata: {
      publisher: FGW,
      writtenOn: '2023-04-10',
      issuedOn: '2023-04-14',
      docNo: '明发改规〔2023〕2号',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\经济体制改革',
      validity: 'repealed',
      effectiveOn: '2023-05-01',
      isNormative: true,
    },
    placements: [{ site: 'fgw', column: 'gfxwj' }],
    publishedAt: '2026-01-05T09:00:00+08:00',
  },
  // The 2024 investment rules, amended by the 2026 decision (migrated into the library on 2026-01-05).
  {
    key: 'fgw-policy-tzxm-2024',
    type: 'policy',
    site: 'fgw',
    title: '明湖市发展和改革委员会关于印发《明湖市市级政府投资项目管理办法》的通知',
    summary: '规范市级政府投资项目的决策、建设实施和监督管理。',
    keywords: ['政府投资', '项目管理'],
    bodyHtml: html`
      <p>各区县发展改革局，市直有关单位：</p>
      <p>为规范市级政府投资行为，提高投资效益，根据《政府投资条例》，结合我市实际，我委制定了《明湖市市级政府投资项目管理办法》，现印发给你们，请遵照执行。</p>
      <h2>明湖市市级政府投资项目管理办法</h2>
      <p><strong>第一条</strong> 本办法适用于使用市级预算安排的资金进行的固定资产投资建设项目。</p>
      <p><strong>第二条</strong> 政府投资项目实行审批制，项目单位应当编报项目建议书、可行性研究报告和初步设计。总投资3000万元以下、建设内容单一的项目，可以合并编报项目建议书和可行性研究报告。</p>
      <p><strong>第三条</strong> 经批准的初步设计概算是项目投资的最高限额。因国家政策调整、价格上涨、地质条件发生重大变化等原因确需增加投资概算的，项目单位应当提出调整方案，报原初步设计审批部门核定；增加额度超过原核定概算10%的，应当重新报批可行性研究报告。</p>
      <p><strong>第四条</strong> 项目建成后，应当按照国家有关规定进行竣工验收，并在竣工验收合格后6个月内办理竣工财务决算。</p>
      <p><strong>第五条</strong> 市发展改革委会同有关部门对政府投资项目实施情况进行监督检查，并选取部分项目开展后评价。</p>
      <p><strong>第六条</strong> 本办法自2024年8月1日起施行，有效期5年。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2024年6月18日</p>`,
    source: '市发展改革委',
    metadata: {
      publisher: FGW,
      writtenOn: '2024-06-18',
      issuedOn: '2024-06-25',
      docNo: '明发改规〔2024〕5号',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\重大建设项目',
      validity: 'amended',
      effectiveOn: '2024-08-01',
      expiresOn: '2029-07-31',
      isNormative: true,
    },
    placements: [{ site: 'fgw', column: 'gfxwj' }],
    publishedAt: '2026-01-05T09:30:00+08:00',
  },
  {
    key: 'fgw-notice-zdxmsb',
    type: 'notice',
    site: 'fgw',
    title: '关于组织申报2026年市级重大项目的通知',
    summary: '2月6日前，各区县和市直单位申报2026年市级重大项目。',
    keywords: ['重大项目', '申报'],
    bodyHtml: html`
      <p>各区县发展改革局，市直有关单位：</p>
      <p>为做好2026年市级重大项目计划编制工作，现将申报有关事项通知如下：</p>
      <h3>一、申报范围</h3>
      <p>产业类项目总投资1亿元以上，基础设施和社会事业类项目总投资5000万元以上，且2026年能够开工建设或者续建的项目。</p>
      <h3>二、申报条件</h3>
      <p>新开工项目应当已完成立项手续，用地、规划、环评等前期工作已基本落实；续建项目应当有明确的年度建设内容和投资计划。</p>
      <h3>三、申报要求</h3>
      <p>请于2月6日前通过“明湖市投资项目在线审批监管平台”填报项目信息，同时报送加盖公章的申报汇总表。各单位对申报信息的真实性负责，凡弄虚作假的，取消当年申报资格。</p>
      <p>联系人：程远，联系电话：0999-12345616。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2026年1月15日</p>`,
    source: '市发展改革委',
    metadata: { issuer: FGW, docNo: '明发改投资〔2026〕2号' },
    placements: [{ site: 'fgw', column: 'tzgg' }],
    publishedAt: '2026-01-15T10:00:00+08:00',
  },
  {
    key: 'fgw-policy-yshj-2026',
    type: 'policy',
    site: 'fgw',
    title: '明湖市发展和改革委员会关于印发《明湖市持续优化营商环境若干措施（2026年版）》的通知',
    summary: '围绕“高效办成一件事”、涉企检查、惠企政策兑现和问题线索闭环处理提出措施，替代2023年版。',
    keywords: ['营商环境', '高效办成一件事', '免申即享'],
    bodyHtml: html`
      <p>各区县发展改革局，市直有关单位：</p>
      <p>经市政府同意，现将《明湖市持续优化营商环境若干措施（2026年版）》印发给你们，请认真贯彻落实。</p>
      <h2>明湖市持续优化营商环境若干措施（2026年版）</h2>
      <h3>一、推进“高效办成一件事”</h3>
      <p>企业开办全流程1个工作日内办结；企业信息变更、员工录用、不动产登记等20个“一件事”实现一次告知、一表申请、一次办好。</p>
      <h3>二、提升工程建设审批效率</h3>
      <p>一般社会投资项目全流程审批时间控制在60个工作日以内；低风险工业项目实行“拿地即开工”，竣工验收实行“验收即发证”。</p>
      <h3>三、规范涉企行政检查</h3>
      <p>推行“综合查一次”，同一部门对同一企业的检查原则上每年不超过1次；涉企检查事项清单在市政府门户网站公开，清单之外不得实施检查。</p>
      <h3>四、推动惠企政策直达快享</h3>
      <p>惠企政策全部纳入“明湖惠企通”统一发布，能够“免申即享”的一律免申即享，资金拨付时间压缩至15个工作日以内。</p>
      <h3>五、建立问题线索闭环处理机制</h3>
      <p>市优化营商环境工作办公室统一受理企业反映的问题线索，1个工作日内转办，一般问题10个工作日内办结并反馈企业。受理电话：0999-12345615。</p>
      <p>本措施自2026年4月1日起施行，有效期5年。《明湖市优化营商环境若干措施》（明发改规〔2023〕2号）同时废止。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2026年2月24日</p>`,
    source: '市发展改革委',
    metadata: {
      publisher: FGW,
      writtenOn: '2026-02-24',
      issuedOn: '2026-02-27',
      docNo: '明发改规〔2026〕1号',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\经济体制改革',
      validity: 'in_force',
      effectiveOn: '2026-04-01',
      expiresOn: '2031-03-31',
      isNormative: true,
    },
    placements: [
      { site: 'fgw', column: 'gfxwj' },
      { site: 'fgw', column: 'yhyshj' },
      { site: 'minghu', column: 'gfxwj', repost: true },
    ],
    relations: [{ kind: 'repeals', to: 'fgw-policy-yshj-2023' }],
    publishedAt: '2026-02-27T16:00:00+08:00',
  },
  {
    key: 'fgw-interp-yshj-tj',
    type: 'interpretation',
    site: 'fgw',
    title: '一图读懂《明湖市持续优化营商环境若干措施（2026年版）》',
    summary: '图解2026年版措施的五个方面和与2023年版相比的主要变化。',
    keywords: ['营商环境', '图解'],
    bodyHtml: html`
      <p><em>以下为图解的文字版。</em></p>
      <h3>一张图看懂“变化”</h3>
      <table>
        <thead><tr><th>事项</th><th>2023年版</th><th>2026年版</th></tr></thead>
        <tbody>
          <tr><td>企业开办</td><td>2个工作日</td><td>1个工作日</td></tr>
          <tr><td>一般社会投资项目审批</td><td>80个工作日</td><td>60个工作日</td></tr>
          <tr><td>同一部门对同一企业检查</td><td>未作规定</td><td>原则上每年不超过1次</td></tr>
          <tr><td>惠企资金拨付</td><td>未作规定</td><td>15个工作日以内</td></tr>
          <tr><td>问题线索办结</td><td>未作规定</td><td>一般问题10个工作日</td></tr>
        </tbody>
      </table>
      <h3>五个关键词</h3>
      <ul>
        <li><strong>一件事：</strong>20个“一件事”一次告知、一表申请、一次办好；</li>
        <li><strong>拿地即开工：</strong>低风险工业项目拿地即开工、验收即发证；</li>
        <li><strong>综合查一次：</strong>检查事项清单公开，清单之外不得检查；</li>
        <li><strong>免申即享：</strong>惠企政策统一在“明湖惠企通”发布；</li>
        <li><strong>闭环处理：</strong>问题线索1个工作日内转办、按期反馈。</li>
      </ul>
      <p>2026年版自2026年4月1日起施行，2023年版同时废止。</p>`,
    author: '营商环境建设科',
    source: '市发展改革委',
    metadata: { form: 'graphic', interpreter: '明湖市发展和改革委员会营商环境建设科' },
    placements: [
      { site: 'fgw', column: 'zcjd' },
      { site: 'fgw', column: 'yhyshj' },
    ],
    relations: [{ kind: 'interprets', to: 'fgw-policy-yshj-2026' }],
    publishedAt: '2026-02-27T17:00:00+08:00',
  },
  {
    key: 'fgw-policy-zdxmjh',
    type: 'policy',
    site: 'fgw',
    title: '明湖市发展和改革委员会关于下达2026年市级重大项目建设计划的通知',
    summary: '2026年安排市级重大项目160个，总投资1286亿元，年度计划投资352亿元。',
    keywords: ['重大项目', '投资计划'],
    bodyHtml: html`
      <p>各区县人民政府，市直有关单位：</p>
      <p>经市政府同意，现将2026年市级重大项目建设计划下达给你们。2026年共安排市级重大项目160个，总投资1286亿元，年度计划投资352亿元。</p>
      <table>
        <thead><tr><th>类别</th><th>项目数（个）</th><th>总投资（亿元）</th><th>年度计划投资（亿元）</th></tr></thead>
        <tbody>
          <tr><td>产业发展</td><td>78</td><td>612</td><td>168</td></tr>
          <tr><td>基础设施</td><td>46</td><td>489</td><td>126</td></tr>
          <tr><td>社会民生</td><td>36</td><td>185</td><td>58</td></tr>
          <tr><td>合计</td><td>160</td><td>1286</td><td>352</td></tr>
        </tbody>
      </table>
      <p>各地各单位要落实项目责任单位和责任人，倒排工期、挂图作战，确保新开工项目二季度末开工率达到60%以上。市发展改革委将按月调度项目进展，每季度通报计划执行情况。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2026年3月2日</p>`,
    source: '市发展改革委',
    metadata: {
      publisher: FGW,
      writtenOn: '2026-03-02',
      issuedOn: '2026-03-04',
      docNo: '明发改投资〔2026〕9号',
      docKind: '通知',
      topic: '国民经济管理、国有资产监管\\重大建设项目',
      validity: 'in_force',
      effectiveOn: '2026-03-04',
      isNormative: false,
    },
    placements: [
      { site: 'fgw', column: 'qtwj' },
      { site: 'minghu', column: 'qtwj', repost: true },
    ],
    publishedAt: '2026-03-04T15:00:00+08:00',
  },
  {
    key: 'fgw-news-jjyx',
    type: 'news',
    site: 'fgw',
    title: '市发展改革委召开一季度全市经济运行分析会',
    summary: '一季度全市地区生产总值同比增长5.4%，主要指标稳中有进。',
    keywords: ['经济运行'],
    bodyHtml: html`
      <p>4月16日，市发展改革委召开一季度全市经济运行分析会，市统计局、市工业和信息化局、市商务局等14个部门参加。</p>
      <p>会议通报，一季度全市地区生产总值同比增长5.4%，规模以上工业增加值增长6.8%，固定资产投资增长4.9%，社会消费品零售总额增长5.2%，主要指标稳中有进。装备制造和新材料产业增加值分别增长9.1%和8.3%，成为工业增长的主要拉动力量。</p>
      <p>会议分析认为，当前部分中小企业订单不足、民间投资增长偏缓等问题依然存在。会议要求，各部门要抓住二季度项目施工黄金期，加快市级重大项目开工建设；落实好促进民营经济高质量发展若干措施，提振民间投资信心；加强煤电油气运调度，保障迎峰度夏能源供应。</p>`,
    author: '陆承泽',
    source: '市发展改革委',
    metadata: {},
    placements: [{ site: 'fgw', column: 'gzdt' }],
    publishedAt: '2026-04-16T17:00:00+08:00',
  },
  {
    key: 'fgw-news-jzkg',
    type: 'news',
    site: 'fgw',
    title: '全市二季度重大项目集中开工 32个项目总投资186亿元',
    summary: '二季度集中开工项目涵盖先进制造、新能源、城市更新和社会民生等领域。',
    keywords: ['重大项目', '集中开工'],
    bodyHtml: html`
      <p>4月28日，全市二季度重大项目集中开工活动在明东区智能装备产业园举行。此次集中开工项目32个，总投资186亿元，涵盖先进制造、新能源、城市更新和社会民生等领域。</p>
      <p>主会场开工的明湖智能输变电装备产业基地项目总投资28亿元，建成后可形成年产智能变压器1.2万台的生产能力。同时开工的还有城东水厂第二条出厂主管、市儿童医院新院区、明江绿道二期等一批基础设施和民生项目。</p>
      <p>市发展改革委将对开工项目实行“一项目一专班”服务，协调解决用地、用能和施工许可等问题，推动项目早建成、早见效。截至4月底，全市市级重大项目新开工率达到48%。</p>`,
    author: '程远',
    source: '市发展改革委',
    metadata: {},
    placements: [{ site: 'fgw', column: 'gzdt' }],
    relations: [{ kind: 'related', to: 'fgw-policy-zdxmjh' }],
    publishedAt: '2026-04-28T18:00:00+08:00',
  },
  {
    key: 'fgw-policy-tzxm-xg',
    type: 'policy',
    site: 'fgw',
    title: '明湖市发展和改革委员会关于修改《明湖市市级政府投资项目管理办法》的决定',
    summary: '提高合并编报门槛，明确概算调整程序和时限，增加项目信息公开要求。',
    keywords: ['政府投资', '项目管理', '修改决定'],
    bodyHtml: html`
      <p>为进一步提高政府投资项目审批效率，加强项目信息公开，市发展改革委决定对《明湖市市级政府投资项目管理办法》（明发改规〔2024〕5号）作如下修改：</p>
      <ol>
        <li>将第二条第二款中的“总投资3000万元以下”修改为“总投资5000万元以下”。</li>
        <li>在第三条后增加一款，作为第二款：“原初步设计审批部门应当自受理概算调整申请之日起15个工作日内作出决定。”</li>
        <li>增加一条，作为第六条：“项目审批部门应当在作出审批决定之日起7个工作日内，通过门户网站公开项目名称、建设单位、建设内容、总投资和审批文号等信息。”</li>
        <li>原第六条改为第七条。</li>
      </ol>
      <p>本决定自2026年6月12日起施行。《明湖市市级政府投资项目管理办法》根据本决定作相应修改，重新公布。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2026年5月8日</p>`,
    source: '市发展改革委',
    metadata: {
      publisher: FGW,
      writtenOn: '2026-05-08',
      issuedOn: '2026-05-12',
      docNo: '明发改规〔2026〕2号',
      docKind: '决定',
      topic: '国民经济管理、国有资产监管\\重大建设项目',
      validity: 'in_force',
      effectiveOn: '2026-06-12',
      isNormative: true,
    },
    placements: [{ site: 'fgw', column: 'gfxwj' }],
    relations: [{ kind: 'amends', to: 'fgw-policy-tzxm-2024' }],
    publishedAt: '2026-05-12T15:00:00+08:00',
  },
  {
    key: 'fgw-interp-tzxm-xg',
    type: 'interpretation',
    site: 'fgw',
    title: '关于修改《明湖市市级政府投资项目管理办法》的决定的解读',
    summary: '解读修改的背景和三处主要修改内容。',
    keywords: ['政府投资', '政策解读'],
    bodyHtml: html`
      <h3>一、为什么要修改</h3>
      <p>《明湖市市级政府投资项目管理办法》施行近两年来，对规范市级政府投资发挥了重要作用。实施中，项目单位反映小型项目前期手续较多、概算调整等待时间较长；同时，社会公众对政府投资项目信息公开的期待不断提高。为此，我委对办法作了部分修改。</p>
      <h3>二、主要修改了什么</h3>
      <ul>
        <li><strong>合并编报门槛提高：</strong>可以合并编报项目建议书和可行性研究报告的项目，由总投资3000万元以下提高到5000万元以下，预计每年惠及市级项目40个左右。</li>
        <li><strong>概算调整有时限：</strong>审批部门应当在受理概算调整申请之日起15个工作日内作出决定，避免项目“等批复”。</li>
        <li><strong>审批信息要公开：</strong>审批决定作出后7个工作日内，在门户网站公开项目名称、建设单位、建设内容、总投资和审批文号。</li>
      </ul>
      <h3>三、什么时候施行</h3>
      <p>决定自2026年6月12日起施行。此前已受理但尚未作出审批决定的项目，按修改后的规定办理。</p>
      <p>咨询电话：0999-12345616（固定资产投资科）。</p>`,
    author: '固定资产投资科',
    source: '市发展改革委',
    metadata: { form: 'text', interpreter: '明湖市发展和改革委员会固定资产投资科' },
    placements: [{ site: 'fgw', column: 'zcjd' }],
    relations: [{ kind: 'interprets', to: 'fgw-policy-tzxm-xg' }],
    publishedAt: '2026-05-12T15:30:00+08:00',
  },
  {
    key: 'fgw-news-qyky',
    type: 'news',
    site: 'fgw',
    title: '我市企业开办实现“一日办结”全覆盖',
    summary: '全市各区县政务服务中心均实现企业开办1个工作日内办结。',
    keywords: ['营商环境', '企业开办'],
    bodyHtml: html`
      <p>记者从市优化营商环境工作办公室获悉，截至5月底，全市6个区县政务服务中心均实现企业开办1个工作日内办结，提前完成《明湖市持续优化营商环境若干措施（2026年版）》确定的目标。</p>
      <p>据介绍，企业开办涉及的营业执照、公章刻制、发票申领、社保登记和银行开户预约等事项已整合为“一件事”，申请人通过“企业开办一网通办”平台一次填报，各部门并联办理，办结后由窗口免费寄递营业执照和公章。今年以来，全市新开办企业1.18万户，平均办理时间0.6个工作日。</p>
      <p>下一步，市优化营商环境工作办公室将推动企业信息变更、企业注销等事项实现“一件事”办理，并按季度在本网站公布各区县办理时限情况。</p>`,
    author: '葛宁',
    source: '市发展改革委',
    metadata: {},
    placements: [
      { site: 'fgw', column: 'gzdt' },
      { site: 'fgw', column: 'yhyshj' },
    ],
    relations: [{ kind: 'related', to: 'fgw-policy-yshj-2026' }],
    publishedAt: '2026-06-02T10:00:00+08:00',
  },
  {
    key: 'fgw-news-dwjg',
    type: 'news',
    site: 'fgw',
    title: '端午节前我市主要食品价格总体平稳',
    summary: '粮油价格稳定，蔬菜价格小幅回落，猪肉价格略有上涨。',
    keywords: ['价格监测', '民生价格'],
    bodyHtml: html`
      <p>根据市价格监测中心对城区12个农贸市场和超市的监测，端午节前一周（6月10日至16日），我市主要食品价格总体平稳。</p>
      <table>
        <thead><tr><th>品种</th><th>平均零售价</th><th>比上周</th></tr></thead>
        <tbody>
          <tr><td>粳米</td><td>3.15元/斤</td><td>持平</td></tr>
          <tr><td>鲜猪肉（精瘦肉）</td><td>16.80元/斤</td><td>上涨1.8%</td></tr>
          <tr><td>鸡蛋</td><td>4.65元/斤</td><td>下降0.9%</td></tr>
          <tr><td>18种蔬菜平均</td><td>3.42元/斤</td><td>下降2.6%</td></tr>
          <tr><td>粽子（散装）</td><td>2.50元/只</td><td>持平</td></tr>
        </tbody>
      </table>
      <p>分析认为，节前本地蔬菜大量上市，蔬菜价格小幅回落；节日消费带动猪肉需求增加，价格略有上涨。预计节日期间我市主要食品供应充足，价格将保持基本稳定。市发展改革委将加强节日期间价格监测，市民如发现价格违法行为，可拨打价格举报电话0999-12345617。</p>`,
    author: '市价格认证中心',
    source: '市发展改革委',
    metadata: {},
    placements: [{ site: 'fgw', column: 'gzdt' }],
    publishedAt: '2026-06-17T16:00:00+08:00',
  },
  {
    key: 'fgw-notice-rqtzjg',
    type: 'notice',
    site: 'fgw',
    title: '关于召开明湖市城区管道天然气居民用气价格调整听证会的公告',
    summary: '9月18日召开城区管道天然气居民用气价格调整听证会，8月21日至8月31日报名。',
    keywords: ['价格听证', '天然气价格'],
    bodyHtml: html`
      <p>根据《政府制定价格听证办法》有关规定，我委定于2026年9月18日召开明湖市城区管道天然气居民用气价格调整听证会，现将有关事项公告如下：</p>
      <h3>一、听证事项</h3>
      <p>城区管道天然气居民用气第一档销售价格调整方案。听证方案提出两个方案：方案一，每立方米由2.86元调整为3.02元；方案二，每立方米由2.86元调整为3.08元，同时将第一档年用气量由360立方米提高到400立方米。</p>
      <h3>二、听证会参加人</h3>
      <p>听证会参加人共19名，其中消费者9名，经营者2名，与定价听证项目有关的其他利益相关方2名，相关领域的专家、学者2名，政府部门、社会组织和其他人员4名。消费者参加人通过自愿报名、随机选取方式产生。</p>
      <h3>三、报名方式</h3>
      <p>报名时间为8月21日至8月31日，报名者可到市发展改革委价格管理科（${FGW_ADDRESS}320室）现场报名，也可通过本网站“征集调查”栏目在线报名。</p>
      <h3>四、旁听</h3>
      <p>听证会公开举行，设旁听席10个，欢迎市民报名旁听。听证方案全文见本网站。</p>
      <p>联系电话：0999-12345617。</p>
      <p>明湖市发展和改革委员会</p>
      <p>2026年8月20日</p>`,
    source: '市发展改革委',
    metadata: { issuer: FGW, docNo: '明发改价格〔2026〕21号' },
    placements: [{ site: 'fgw', column: 'tzgg' }],
    publishedAt: '2026-08-20T10:00:00+08:00',
  },
  // Unfinished work, to fill the editors' and reviewers' inboxes of the demo.
  {
    key: 'fgw-news-jgpx-draft',
    type: 'news',
    site: 'fgw',
    title: '市发展改革委举办2026年价格监测业务培训班',
    summary: '全市价格监测人员70余人参加培训。',
    keywords: ['价格监测', '培训'],
    bodyHtml: html`
      <p>11月10日至11日，市发展改革委举办2026年全市价格监测业务培训班，各区县发展改革局价格监测人员和市级价格监测定点单位报价员70余人参加培训。</p>
      <p>培训围绕价格监测报告制度、农产品成本调查和价格预警等内容进行了专题讲解，并组织学员到城区农贸市场开展现场采价实训。</p>
      <p>培训要求，价格监测人员要严格执行监测规程，确保数据真实、准确、及时，为民生商品保供稳价提供可靠支撑。</p>`,
    author: '市价格认证中心',
    source: '市发展改革委',
    metadata: {},
    placements: [{ site: 'fgw', column: 'gzdt' }],
    publishedAt: '2026-11-12T10:00:00+08:00',
    state: 'draft',
  },
  {
    key: 'fgw-news-myqyzth-review',
    type: 'news',
    site: 'fgw',
    title: '市发展改革委召开民营企业座谈会',
    summary: '听取民营企业对落实营商环境和民营经济政策措施的意见建议。',
    keywords: ['民营经济', '座谈会', '营商环境'],
    bodyHtml: html`
      <p>11月13日，市发展改革委召开民营企业座谈会，来自装备制造、新材料、现代服务业等领域的12家民营企业负责人参加。</p>
      <p>座谈中，企业负责人围绕惠企政策兑现、融资担保、用工保障和涉企检查等方面发表意见建议。大家表示，今年“免申即享”和“综合查一次”改革让企业实实在在感受到了变化，希望进一步扩大“免申即享”政策范围，缩短应急转贷资金审批时间。</p>
      <p>市发展改革委主要负责同志表示，对企业提出的17条意见建议，将逐条梳理、分类转办，在15个工作日内向企业反馈办理情况，并作为制定2027年营商环境工作要点的重要参考。</p>`,
    author: '葛宁',
    source: '市发展改革委',
    metadata: {},
    placements: [
      { site: 'fgw', column: 'gzdt' },
      { site: 'fgw', column: 'yhyshj' },
    ],
    relations: [{ kind: 'related', to: 'minghu-policy-myjj' }],
    publishedAt: '2026-11-14T10:00:00+08:00',
    state: 'in_review',
  },
  {
    key: 'fgw-notice-xmcb-draft',
    type: 'notice',
    site: 'fgw',
    title: '关于开展2027年市级重大项目谋划储备工作的通知',
    summary: '12月20日前报送2027年市级重大项目储备清单。',
    keywords: ['重大项目', '项目储备'],
    bodyHtml: html`
      <p>各区县发展改革局，市直有关单位：</p>
      <p>为提前做好2027年市级重大项目计划编制工作，现就项目谋划储备有关事项通知如下：</p>
      <ol>
        <li>围绕“十五五”规划纲要确定的重点领域，谋划一批打基础、利长远的重大项目，产业类项目原则上总投资不低于1亿元。</li>
        <li>储备项目应当明确建设内容、总投资、资金来源和前期工作进度，具备条件的同步纳入国家重大建设项目库。</li>
        <li>请于12月20日前通过“明湖市投资项目在线审批监管平台”报送储备清单。</li>
      </ol>
      <p>联系人：程远，联系电话：0999-12345616。</p>
      <p>明湖市发展和改革委员会</p>`,
    source: '市发展改革委',
    metadata: { issuer: FGW },
    placements: [{ site: 'fgw', column: 'tzgg' }],
    publishedAt: '2026-11-18T10:00:00+08:00',
    state: 'draft',
  },
];

// ───────────────────────────── 市教育局 (jyj) ─────────────────────────────

const JYJ = '明湖市教育局';
const JYJ_ADDRESS = '明湖市文昌路18号';

const jyj: DemoItemSeed[] = [
  {
    key: 'jyj-overview',
    type: 'overview',
    site: 'jyj',
    title: '明湖市教育局单位简介',
    bodyHtml: html`
      <p>明湖市教育局是市政府工作部门，为正处级，加挂市人民政府教育督导室牌子。</p>
      <h3>主要职责</h3>
      <ul>
        <li>贯彻执行国家和省的教育方针、政策和法律法规，拟订全市教育发展规划和政策措施并组织实施；</li>
        <li>统筹管理全市学前教育、义务教育、普通高中教育、特殊教育和职业教育，推进义务教育优质均衡发展；</li>
        <li>负责全市中小学招生入学和初中学业水平考试的组织管理；</li>
        <li>负责全市教师队伍建设，指导中小学教师培训和师德师风建设；</li>
        <li>负责学校安全、学生资助、学校卫生和体育工作；</li>
        <li>完成市委、市政府交办的其他任务。</li>
      </ul>
      <h3>基本情况</h3>
      <p>全市共有各级各类学校1186所，在校学生68.4万人，专任教师4.9万人。局机关设办公室、基础教育科、职业与成人教育科、教师工作科、学生资助管理科、安全稳定科等10个内设机构，下设市教育考试院、市教育科学研究院等6个直属事业单位。</p>
      <h3>联系方式</h3>
      <p>办公地址：${JYJ_ADDRESS}；邮政编码：999002；联系电话：0999-12345602；电子邮箱：jyj@minghu.gov.cn。</p>`,
    source: '市教育局',
    metadata: {},
    placements: [{ site: 'jyj', column: 'dwjj' }],
    publishedAt: '2026-01-08T10:00:00+08:00',
  },
  {
    key: 'jyj-gkzn',
    type: 'disclosure_guide',
    site: 'jyj',
    title: '明湖市教育局政府信息公开指南',
    source: '市教育局',
    bodyHtml: disclosureGuide({
      unit: JYJ,
      scope:
        '主动公开本局的机构职能、行政规范性文件、教育发展规划、中小学招生入学政策和学区划分、初中学业水平考试和高中阶段招生信息、学生资助政策、教育收费项目和标准、部门预算决算等信息。',
      office: '明湖市教育局办公室',
      address: `${JYJ_ADDRESS}市教育局办公楼2楼205室`,
      postcode: '999002',
      phone: '0999-12345602',
      email: 'jyj@minghu.gov.cn',
      supervisor: '明湖市人民政府办公室（市政务公开办公室）',
    }),
    metadata: {},
    placements: [{ site: 'jyj', column: 'gkzn' }],
    publishedAt: '2026-01-13T10:00:00+08:00',
  },
  {
    key: 'jyj-gknb-2025',
    type: 'annual_report',
    site: 'jyj',
    title: '明湖市教育局2025年政府信息公开工作年度报告',
    keywords: ['政府信息公开', '年度报告'],
    source: '市教育局',
    bodyHtml: annualReport({
      unit: JYJ,
      overview: html`
        <p>2025年，市教育局聚焦群众关心的招生入学、考试录取、学生资助等事项，全年主动公开政府信息986条，其中政策文件24件、政策解读15篇。义务教育学校学区划分、招生计划和录取结果全部在本网站集中公开。</p>
        <p>在中考、义务教育招生等关键时段开设专题，安排专人值守咨询电话，及时回应家长关切。</p>`,
      norms: [2, 1, 9],
      requests: { received: 63, carried: 3, granted: 30, partial: 8, refused: 4, unavailable: 15, notHandled: 3, other: 2 },
      reviews: 3,
      lawsuits: 1,
      corrected: 0,
      problems: html`
        <p>一是招生入学政策的解读形式还不够丰富，部分家长反映政策条文不易理解；二是直属学校信息公开工作发展不够均衡。</p>
        <p>2026年，将对招生入学政策配发专家解读和问答，组织直属学校开展信息公开专项检查。</p>`,
    }),
    metadata: { year: 2025 },
    placements: [{ site: 'jyj', column: 'gknb' }],
    publishedAt: '2026-01-23T10:00:00+08:00',
  },
  {
    key: 'jyj-leader-jz',
    type: 'leader',
    site: 'jyj',
    title: '孟书言',
    bodyHtml: html`
      <p>孟书言，男，汉族，1973年8月生，明湖市云渡市人，研究生学历，教育学硕士，1995年7月参加工作，中共党员。</p>
      <p>现任明湖市教育局党组书记、局长。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1995年7月至2006年8月，历任明湖市第二中学教师、教务处副主任、副校长；</li>
        <li>2006年8月至2014年2月，任明湖市第二中学校长；</li>
        <li>2014年2月至2020年5月，任明湖市教育局副局长；</li>
        <li>2020年5月至2023年3月，任湖滨区人民政府副区长；</li>
        <li>2023年3月起，任明湖市教育局党组书记、局长。</li>
      </ul>`,
    source: '市教育局',
    metadata: { name: '孟书言', title: '党组书记、局长', portfolio: '主持局全面工作。负责发展规划、教育督导、财务方面工作。' },
    placements: [{ site: 'jyj', column: 'ldxx' }],
    publishedAt: '2026-01-08T10:10:00+08:00',
  },
  {
    key: 'jyj-leader-fjz',
    type: 'leader',
    site: 'jyj',
    title: '江晓岚',
    bodyHtml: html`
      <p>江晓岚，女，汉族，1978年3月生，明湖市湖滨区人，大学学历，教育学学士，2000年7月参加工作，中共党员。</p>
      <p>现任明湖市教育局党组成员、副局长。</p>
      <h3>主要经历</h3>
      <ul>
        <li>2000年7月至2011年9月，历任明湖市实验小学教师、教导主任；</li>
        <li>2011年9月至2018年4月，任明湖市教育局基础教育科副科长、科长；</li>
        <li>2018年4月至2022年7月，任明湖市教育考试院院长；</li>
        <li>2022年7月起，任明湖市教育局党组成员、副局长。</li>
      </ul>`,
    source: '市教育局',
    metadata: {
      name: '江晓岚',
      title: '党组成员、副局长',
      portfolio: '负责基础教育、招生考试、学生资助方面工作。分管基础教育科、学生资助管理科、市教育考试院。',
    },
    placements: [{ site: 'jyj', column: 'ldxx' }],
    publishedAt: '2026-01-08T10:20:00+08:00',
  },
  {
    key: 'jyj-inst-jcjy',
    type: 'institution',
    site: 'jyj',
    title: '基础教育科',
    bodyHtml: html`
      <p>基础教育科主要职责：</p>
      <ol>
        <li>统筹管理全市学前教育、义务教育和普通高中教育工作，推进义务教育优质均衡发展；</li>
        <li>负责全市中小学招生入学管理，指导各区县科学划分学区；</li>
        <li>指导中小学课程改革、作业管理和课后服务工作；</li>
        <li>负责中小学办学行为督查，规范民办义务教育发展；</li>
        <li>指导特殊教育和专门教育工作，保障残疾儿童少年入学。</li>
      </ol>
      <p>招生入学咨询电话：0999-12345621。</p>`,
    source: '市教育局',
    metadata: { name: '基础教育科', address: `${JYJ_ADDRESS}市教育局办公楼3楼`, phone: '0999-12345621', hours: HOURS, head: '温子航' },
    placements: [{ site: 'jyj', column: 'nsjg' }],
    publishedAt: '2026-01-08T10:30:00+08:00',
  },
  {
    key: 'jyj-inst-jsgz',
    type: 'institution',
    site: 'jyj',
    title: '教师工作科',
    bodyHtml: html`
      <p>教师工作科主要职责：</p>
      <ol>
        <li>拟订全市中小学教师队伍建设规划并组织实施；</li>
        <li>负责中小学教师资格认定、职称评审和教师招聘的指导管理工作；</li>
        <li>组织实施中小学教师全员培训和乡村教师支持计划；</li>
        <li>负责师德师风建设，受理有关师德师风问题的投诉；</li>
        <li>指导中小学校长队伍建设和校长职级制改革。</li>
      </ol>
      <p>师德师风问题投诉电话：0999-12345624。</p>`,
    source: '市教育局',
    metadata: { name: '教师工作科', address: `${JYJ_ADDRESS}市教育局办公楼4楼`, phone: '0999-12345624', hours: HOURS, head: '邵云帆' },
    placements: [{ site: 'jyj', column: 'nsjg' }],
    publishedAt: '2026-01-08T10:40:00+08:00',
  },
  {
    key: 'jyj-news-kxaq',
    type: 'news',
    site: 'jyj',
    title: '市教育局开展2026年春季开学校园安全专项检查',
    summary: '6个检查组对全市86所学校和幼儿园开展开学安全检查。',
    keywords: ['校园安全', '春季开学'],
    bodyHtml: html`
      <p>2月24日至26日，市教育局会同市公安局、市市场监管局、市消防救援支队组成6个检查组，对全市86所中小学校和幼儿园开展春季开学校园安全专项检查。</p>
      <p>检查组重点检查了校舍安全、消防设施、食堂食品安全、校车管理和校门口“护学岗”设置等情况，查看了学校开学第一课安全教育安排。对检查中发现的3处消防通道堆放杂物、2所学校食堂留样记录不全等问题，当场责令整改，并将于两周内组织复查。</p>
      <p>市教育局要求各学校在开学第一周集中开展交通安全、防溺水和心理健康教育，落实上下学时段“护学岗”制度，确保师生平安开学。</p>`,
    author: '安全稳定科',
    source: '市教育局',
    metadata: {},
    placements: [{ site: 'jyj', column: 'gzdt' }],
    publishedAt: '2026-02-26T17:00:00+08:00',
  },
  {
    key: 'jyj-policy-ywzs',
    type: 'policy',
    site: 'jyj',
    title: '明湖市教育局关于印发《明湖市义务教育阶段学校招生入学管理办法》的通知',
    summary: '规范义务教育阶段公办和民办学校招生入学，明确划片招生、随迁子女入学和信息公开要求。',
    keywords: ['义务教育', '招生入学', '划片招生'],
    bodyHtml: html`
      <p>各区县教育局，市直属各学校：</p>
      <p>现将《明湖市义务教育阶段学校招生入学管理办法》印发给你们，请认真贯彻执行。</p>
      <h2>明湖市义务教育阶段学校招生入学管理办法</h2>
      <p><strong>第一条</strong> 为保障适龄儿童少年依法接受义务教育，规范义务教育阶段学校招生入学工作，根据《中华人民共和国义务教育法》等规定，制定本办法。</p>
      <p><strong>第二条</strong> 义务教育阶段学校招生实行免试就近入学。公办学校按照区县教育局划定的学区招生，学区划分方案应当于每年4月30日前向社会公布。</p>
      <p><strong>第三条</strong> 民办义务教育学校招生纳入审批地统一管理，与公办学校同步报名、同步招生。报名人数超过招生计划的，实行电脑随机录取。</p>
      <p><strong>第四条</strong> 进城务工人员随迁子女在居住地凭居住证等材料申请入学，由居住地区县教育局统筹安排到公办学校或者政府购买学位的民办学校就读。</p>
      <p><strong>第五条</strong> 任何学校不得以各类考试、竞赛、培训成绩或者证书作为招生依据，不得提前招生、违规跨区招生。</p>
      <p><strong>第六条</strong> 各区县教育局应当在本网站和学校醒目位置公开招生政策、学区范围、招生计划、报名方式和录取结果，设立咨询电话，接受社会监督。</p>
      <p><strong>第七条</strong> 本办法自2026年4月23日起施行，有效期5年。</p>
      <p>明湖市教育局</p>
      <p>2026年3月18日</p>`,
    source: '市教育局',
    metadata: {
      publisher: JYJ,
      writtenOn: '2026-03-18',
      issuedOn: '2026-03-23',
      docNo: '明教规〔2026〕1号',
      docKind: '通知',
      topic: '科技、教育\\教育',
      validity: 'in_force',
      effectiveOn: '2026-04-23',
      expiresOn: '2031-04-22',
      isNormative: true,
    },
    placements: [
      { site: 'jyj', column: 'gfxwj' },
      { site: 'minghu', column: 'gfxwj', repost: true },
    ],
    publishedAt: '2026-03-23T15:00:00+08:00',
  },
  {
    key: 'jyj-policy-zkzs',
    type: 'policy',
    site: 'jyj',
    title: '明湖市教育局关于做好2026年高中阶段学校招生工作的通知',
    summary: '明确2026年中考时间、录取批次、指标到校比例和志愿填报安排。',
    keywords: ['中考', '高中招生', '指标到校'],
    bodyHtml: html`
      <p>各区县教育局，市直属各学校：</p>
      <p>为做好2026年高中阶段学校招生工作，现将有关事项通知如下：</p>
      <h3>一、考试时间和科目</h3>
      <p>2026年初中学业水平考试于6月20日至22日举行，考试科目为语文、数学、英语、物理、化学、道德与法治、历史，体育与健康考试于5月上旬完成。</p>
      <h3>二、招生计划</h3>
      <p>全市普通高中计划招生3.06万人，中等职业学校计划招生1.92万人。优质普通高中招生计划的60%作为指标分配到全市初中学校，向农村初中和薄弱初中倾斜。</p>
      <h3>三、志愿填报和录取</h3>
      <p>考生在成绩公布后网上填报志愿，录取分三个批次进行：第一批次为优质普通高中（含指标到校），第二批次为其他普通高中，第三批次为中等职业学校和五年制高职。各批次按照“分数优先、遵循志愿”的原则录取。</p>
      <h3>四、加强信息公开</h3>
      <p>各批次录取最低控制分数线、各学校录取情况均在本网站“2026年中考招生”专题公布。咨询电话：0999-12345625（市教育考试院）。</p>
      <p>明湖市教育局</p>
      <p>2026年4月2日</p>`,
    source: '市教育局',
    metadata: {
      publisher: JYJ,
      writtenOn: '2026-04-02',
      issuedOn: '2026-04-07',
      docNo: '明教发〔2026〕12号',
      docKind: '通知',
      topic: '科技、教育\\教育',
      validity: 'in_force',
      effectiveOn: '2026-04-07',
      isNormative: false,
    },
    placements: [
      { site: 'jyj', column: 'qtwj' },
      { site: 'jyj', column: 'zkzs2026' },
    ],
    publishedAt: '2026-04-07T15:00:00+08:00',
  },
  {
    key: 'jyj-interp-zkzs',
    type: 'interpretation',
    site: 'jyj',
    title: '专家解读：2026年我市高中阶段学校招生有哪些变化',
    summary: '明湖师范学院教授解读指标到校比例提高、志愿填报和录取批次的变化。',
    keywords: ['中考', '专家解读', '指标到校'],
    bodyHtml: html`
      <p>2026年高中阶段学校招生工作通知发布后，家长和考生十分关注。记者就其中的主要变化采访了明湖师范学院教育学院周启文教授。</p>
      <h3>问：今年的招生政策最大的变化是什么？</h3>
      <p>答：最大的变化是优质普通高中指标到校比例由去年的50%提高到60%，并且向农村初中和薄弱初中倾斜。这意味着每一所初中的学生都有更多机会进入优质高中，有利于引导初中学校均衡发展，也能减轻家长择校的压力。</p>
      <h3>问：录取批次有什么调整？</h3>
      <p>答：今年把五年制高职纳入第三批次，与中等职业学校同批录取。学生可以根据兴趣和特长选择普通高中或者职业教育，多一条成长成才的路径。</p>
      <h3>问：对考生填报志愿有什么建议？</h3>
      <blockquote>志愿填报要“拉开梯度”。建议考生结合自己的成绩和历年录取分数线，合理安排冲一冲、稳一稳、保一保的志愿，不要只填热门学校。</blockquote>
      <p>周启文提醒，志愿填报系统将在成绩公布后开放，考生和家长务必以市教育局发布的官方信息为准。</p>`,
    author: '江帆',
    source: '市教育局',
    metadata: { form: 'expert', interpreter: '明湖师范学院教育学院教授 周启文' },
    placements: [
      { site: 'jyj', column: 'zcjd' },
      { site: 'jyj', column: 'zkzs2026' },
    ],
    relations: [{ kind: 'interprets', to: 'jyj-policy-zkzs' }],
    publishedAt: '2026-04-09T10:00:00+08:00',
  },
  {
    key: 'jyj-notice-ywdj',
    type: 'notice',
    site: 'jyj',
    title: '关于2026年义务教育阶段学校新生入学网上登记的通告',
    summary: '小学和初中一年级新生入学网上登记时间为5月20日至5月31日。',
    keywords: ['义务教育', '入学登记'],
    bodyHtml: html`
      <p>根据《明湖市义务教育阶段学校招生入学管理办法》，现将2026年义务教育阶段学校新生入学网上登记有关事项通告如下：</p>
      <h3>一、登记对象</h3>
      <p>小学一年级：2019年9月1日至2020年8月31日出生的适龄儿童。初中一年级：2026年应届小学毕业生，由学校统一组织登记。</p>
      <h3>二、登记时间和方式</h3>
      <p>2026年5月20日至5月31日，家长通过“明湖市义务教育入学服务平台”登记。不便网上登记的，可到学区对应学校现场登记。</p>
      <h3>三、温馨提示</h3>
      <ul>
        <li>登记不分先后，不影响录取结果，请家长错峰登记；</li>
        <li>各学校学区范围已在本网站和各区县教育局网站公布；</li>
        <li>入学登记不收取任何费用，请勿相信所谓“内部指标”。</li>
      </ul>
      <p>咨询电话：0999-12345621。</p>
      <p>明湖市教育局</p>
      <p>2026年5月6日</p>`,
    source: '市教育局',
    metadata: { issuer: JYJ },
    placements: [{ site: 'jyj', column: 'tzgg' }],
    relations: [{ kind: 'related', to: 'jyj-policy-ywzs' }],
    publishedAt: '2026-05-06T10:00:00+08:00',
  },
  {
    key: 'jyj-news-tyks',
    type: 'news',
    site: 'jyj',
    title: '2026年中考体育与健康考试顺利结束',
    summary: '全市3.9万名考生参加考试，考试平稳有序。',
    keywords: ['中考', '体育考试'],
    bodyHtml: html`
      <p>5月11日，为期10天的2026年明湖市初中学业水平体育与健康考试顺利结束，全市共有3.9万名考生参加考试。</p>
      <p>今年体育考试在全市设置9个考点，全部使用智能测试设备，考生成绩当场显示、当场签字确认。考试期间，各考点配备医务人员和救护车，对身体不适的考生及时安排延考。因伤病申请免考、缓考的考生共216人，均按规定办理。</p>
      <p>市教育局有关负责人表示，体育考试不是“一考了之”，各初中学校要坚持开齐开足体育课，保证学生每天校内外各1小时体育活动时间，让学生在体育锻炼中享受乐趣、增强体质。</p>`,
    author: '市教育考试院',
    source: '市教育局',
    metadata: {},
    placements: [
      { site: 'jyj', column: 'gzdt' },
      { site: 'jyj', column: 'zkzs2026' },
    ],
    publishedAt: '2026-05-12T10:00:00+08:00',
  },
  {
    key: 'jyj-notice-kstx',
    type: 'notice',
    site: 'jyj',
    title: '关于2026年初中学业水平考试考生须知的公告',
    summary: '6月20日至22日考试，考生须提前30分钟到达考点。',
    keywords: ['中考', '考生须知'],
    bodyHtml: html`
      <p>2026年初中学业水平考试将于6月20日至22日举行。为保证考试顺利进行，现将考生须知公告如下：</p>
      <ol>
        <li>考生应当于6月18日至19日登录“明湖市中考服务平台”打印准考证，并于6月19日下午到考点熟悉考场。</li>
        <li>考生须凭准考证和身份证件于每科考试开考前30分钟到达考点，开考15分钟后不得进入考场。</li>
        <li>考生只准携带黑色字迹签字笔、2B铅笔、橡皮、直尺、圆规等文具进入考场，严禁携带各类通讯工具、智能手表等电子设备。</li>
        <li>考试期间如遇身体不适，请及时向监考员报告，各考点均设有医疗点。</li>
        <li>成绩预计于7月3日公布，届时考生可在平台查询。</li>
      </ol>
      <p>考试期间，各考点周边实行交通管制，请送考家长文明停车、安静等候。</p>
      <p>咨询电话：0999-12345625（市教育考试院）。</p>
      <p>明湖市教育局</p>
      <p>2026年6月8日</p>`,
    source: '市教育考试院',
    metadata: { issuer: JYJ },
    placements: [
      { site: 'jyj', column: 'tzgg' },
      { site: 'jyj', column: 'zkzs2026' },
    ],
    publishedAt: '2026-06-08T10:00:00+08:00',
  },
  {
    key: 'jyj-notice-lqfsx',
    type: 'notice',
    site: 'jyj',
    title: '关于公布2026年明湖市普通高中第一批次录取最低控制分数线的公告',
    summary: '第一批次统招录取最低控制分数线为612分，指标到校录取最低控制分数线为585分。',
    keywords: ['中考', '录取分数线'],
    bodyHtml: html`
      <p>经市高中阶段学校招生工作领导小组研究，现将2026年普通高中第一批次录取最低控制分数线公布如下（总分750分）：</p>
      <table>
        <thead><tr><th>类别</th><th>最低控制分数线</th></tr></thead>
        <tbody>
          <tr><td>第一批次统招</td><td>612分</td></tr>
          <tr><td>第一批次指标到校</td><td>585分</td></tr>
          <tr><td>艺术、体育特长生</td><td>520分</td></tr>
        </tbody>
      </table>
      <p>各学校录取分数线和录取名单将于7月10日前公布。第二批次志愿填报时间为7月11日至13日。</p>
      <p>考生对录取结果有疑问的，可于公布之日起3个工作日内向市教育考试院提出书面查询申请。</p>
      <p>明湖市教育局</p>
      <p>2026年7月8日</p>`,
    source: '市教育考试院',
    metadata: { issuer: JYJ },
    placements: [
      { site: 'jyj', column: 'tzgg' },
      { site: 'jyj', column: 'zkzs2026' },
    ],
    publishedAt: '2026-07-08T18:00:00+08:00',
  },
  {
    key: 'jyj-news-jspx',
    type: 'news',
    site: 'jyj',
    title: '全市1200名乡村教师参加暑期全员培训',
    summary: '培训聚焦课堂教学、作业设计和心理健康教育。',
    keywords: ['教师培训', '乡村教师'],
    bodyHtml: html`
      <p>7月20日，2026年明湖市乡村教师暑期全员培训在明湖师范学院开班，来自清溪县、桃岭县和临湖区等地的1200名乡村中小学教师参加为期5天的集中培训。</p>
      <p>本次培训采取专题讲座、课例研讨和跟岗实践相结合的方式，重点围绕新课标下的课堂教学、分层作业设计、学生心理健康教育和数字化教学工具应用等内容展开。培训还邀请城区名校的32名骨干教师与乡村教师结对，开学后将通过线上教研持续指导。</p>
      <p>市教育局有关负责人表示，今年起乡村教师培训经费按照每人每年不少于1500元的标准足额保障，培训学时纳入教师继续教育学分管理。</p>`,
    author: '教师工作科',
    source: '市教育局',
    metadata: {},
    placements: [{ site: 'jyj', column: 'gzdt' }],
    publishedAt: '2026-07-22T10:00:00+08:00',
  },
];

// ───────────────────────────── 市卫生健康委 (wjw) ─────────────────────────────

const WJW = '明湖市卫生健康委员会';
const WJW_ADDRESS = '明湖市康宁路6号';

const wjw: DemoItemSeed[] = [
  {
    key: 'wjw-overview',
    type: 'overview',
    site: 'wjw',
    title: '明湖市卫生健康委员会单位简介',
    bodyHtml: html`
      <p>明湖市卫生健康委员会是市政府工作部门，为正处级，加挂市中医药管理局牌子。</p>
      <h3>主要职责</h3>
      <ul>
        <li>拟订全市卫生健康事业发展规划和政策措施，统筹规划卫生健康资源配置；</li>
        <li>组织推进医药卫生体制改革，推动紧密型医疗联合体建设和分级诊疗；</li>
        <li>负责疾病预防控制工作，组织实施免疫规划，负责卫生应急工作；</li>
        <li>负责基层卫生健康工作，组织实施家庭医生签约服务和基本公共卫生服务项目；</li>
        <li>负责医疗机构、医疗服务和医务人员执业的监督管理；</li>
        <li>组织实施健康明湖行动，开展爱国卫生运动和健康促进工作。</li>
      </ul>
      <h3>基本情况</h3>
      <p>全市共有各级各类医疗卫生机构3412个，其中三级医院9家、二级医院31家、基层医疗卫生机构3186个；每千常住人口执业（助理）医师3.6人。委机关设办公室、规划发展与信息化科、医政医管科、基层卫生健康科、疾病预防控制科等12个内设机构。</p>
      <h3>联系方式</h3>
      <p>办公地址：${WJW_ADDRESS}；邮政编码：999003；联系电话：0999-12345603；电子邮箱：wjw@minghu.gov.cn。</p>`,
    source: '市卫生健康委',
    metadata: {},
    placements: [{ site: 'wjw', column: 'dwjj' }],
    publishedAt: '2026-01-08T11:00:00+08:00',
  },
  {
    key: 'wjw-gkzn',
    type: 'disclosure_guide',
    site: 'wjw',
    title: '明湖市卫生健康委员会政府信息公开指南',
    source: '市卫生健康委',
    bodyHtml: disclosureGuide({
      unit: WJW,
      scope:
        '主动公开本委的机构职能、行政规范性文件、卫生健康发展规划、医疗机构和医务人员执业信息、传染病疫情信息、卫生监督检查结果、医疗服务价格和收费项目、部门预算决算等信息。',
      office: '明湖市卫生健康委员会办公室',
      address: `${WJW_ADDRESS}市卫生健康委办公楼1楼102室`,
      postcode: '999003',
      phone: '0999-12345603',
      email: 'wjw@minghu.gov.cn',
      supervisor: '明湖市人民政府办公室（市政务公开办公室）',
    }),
    metadata: {},
    placements: [{ site: 'wjw', column: 'gkzn' }],
    publishedAt: '2026-01-14T10:00:00+08:00',
  },
  {
    key: 'wjw-gknb-2025',
    type: 'annual_report',
    site: 'wjw',
    title: '明湖市卫生健康委员会2025年政府信息公开工作年度报告',
    keywords: ['政府信息公开', '年度报告'],
    source: '市卫生健康委',
    bodyHtml: annualReport({
      unit: WJW,
      overview: html`
        <p>2025年，市卫生健康委围绕医疗服务、疾病预防控制和健康促进等重点领域，全年主动公开政府信息1128条，其中政策文件19件、政策解读12篇、健康科普文章260篇，按月发布法定传染病疫情概况。</p>
        <p>全市二级以上公立医院门诊时间、专家出诊信息和医疗服务价格在医院网站和本网站同步公开。</p>`,
      norms: [2, 3, 8],
      requests: { received: 54, carried: 1, granted: 22, partial: 9, refused: 6, unavailable: 13, notHandled: 2, other: 1 },
      reviews: 2,
      lawsuits: 1,
      corrected: 1,
      problems: html`
        <p>一是部分依申请公开答复书对不予公开的理由说明不够充分，一件行政复议案件被纠正；二是健康科普内容与群众需求的结合还不够紧密。</p>
        <p>2026年，将规范依申请公开答复文书，开展答复质量交叉评查；围绕健康明湖行动开设专题，增加视频和图解科普内容。</p>`,
    }),
    metadata: { year: 2025 },
    placements: [{ site: 'wjw', column: 'gknb' }],
    publishedAt: '2026-01-26T10:00:00+08:00',
  },
  {
    key: 'wjw-leader-zr',
    type: 'leader',
    site: 'wjw',
    title: '方敬之',
    bodyHtml: html`
      <p>方敬之，男，汉族，1972年12月生，明湖市明东区人，研究生学历，医学博士，主任医师，1996年7月参加工作，中共党员。</p>
      <p>现任明湖市卫生健康委员会党组书记、主任。</p>
      <h3>主要经历</h3>
      <ul>
        <li>1996年7月至2008年6月，历任明湖市中心医院外科医师、主治医师、副主任医师；</li>
        <li>2008年6月至2015年9月，任明湖市中心医院副院长；</li>
        <li>2015年9月至2021年4月，任明湖市中心医院院长；</li>
        <li>2021年4月起，任明湖市卫生健康委员会党组书记、主任。</li>
      </ul>`,
    source: '市卫生健康委',
    metadata: { name: '方敬之', title: '党组书记、主任', portfolio: '主持委全面工作。负责规划发展、医药卫生体制改革、财务方面工作。' },
    placements: [{ site: 'wjw', column: 'ldxx' }],
    publishedAt: '2026-01-08T11:10:00+08:00',
  },
  {
    key: 'wjw-leader-fzr',
    type: 'leader',
    site: 'wjw',
    title: '唐慧敏',
    bodyHtml: html`
      <p>唐慧敏，女，汉族，1979年5月生，明湖市清溪县人，研究生学历，公共卫生硕士，2003年7月参加工作，中共党员。</p>
      <p>现任明湖市卫生健康委员会党组成员、副主任。</p>
      <h3>主要经历</h3>
      <ul>
        <li>2003年7月至2012年8月，历任明湖市疾病预防控制中心传染病防制科医师、副科长；</li>
        <li>2012年8月至2019年1月，任明湖市卫生健康委员会疾病预防控制科科长；</li>
        <li>2019年1月至2022年10月，任明湖市疾病预防控制中心主任；</li>
        <li>2022年10月起，任明湖市卫生健康委员会党组成员、副主任。</li>
      </ul>`,
    source: '市卫生健康委',
    metadata: {
      name: '唐慧敏',
      title: '党组成员、副主任',
      portfolio: '负责基层卫生健康、疾病预防控制、卫生应急、健康促进方面工作。分管基层卫生健康科、疾病预防控制科、市疾病预防控制中心。',
    },
    placements: [{ site: 'wjw', column: 'ldxx' }],
    publishedAt: '2026-01-08T11:20:00+08:00',
  },
  {
    key: 'wjw-inst-jcws',
    type: 'institution',
    site: 'wjw',
    title: '基层卫生健康科',
    bodyHtml: html`
      <p>基层卫生健康科主要职责：</p>
      <ol>
        <li>拟订基层卫生健康政策和发展规划，指导基层医疗卫生服务体系建设；</li>
        <li>组织实施家庭医生签约服务，指导乡镇卫生院、社区卫生服务中心和村卫生室规范服务；</li>
        <li>组织实施国家基本公共卫生服务项目并开展绩效评价；</li>
        <li>指导基层卫生人才队伍建设和乡村医生管理。</li>
      </ol>
      <p>家庭医生签约咨询电话：0999-12345633。</p>`,
    source: '市卫生健康委',
    metadata: { name: '基层卫生健康科', address: `${WJW_ADDRESS}市卫生健康委办公楼3楼`, phone: '0999-12345633', hours: HOURS, head: '贺一鸣' },
    placements: [{ site: 'wjw', column: 'nsjg' }],
    publishedAt: '2026-01-08T11:30:00+08:00',
  },
  {
    key: 'wjw-inst-jkcj',
    type: 'institution',
    site: 'wjw',
    title: '疾病预防控制科',
    bodyHtml: html`
      <p>疾病预防控制科主要职责：</p>
      <ol>
        <li>拟订全市重大疾病防治规划和免疫规划并组织实施；</li>
        <li>负责传染病疫情监测和信息报告管理，按规定发布法定传染病疫情信息；</li>
        <li>组织开展慢性病、地方病和职业病防治工作；</li>
        <li>组织实施突发公共卫生事件的预防控制和应急处置；</li>
        <li>指导疾病预防控制机构和医疗机构的疾病预防控制工作。</li>
      </ol>
      <p>法定传染病疫情概况按月在本网站公布。</p>`,
    source: '市卫生健康委',
    metadata: { name: '疾病预防控制科', address: `${WJW_ADDRESS}市卫生健康委办公楼3楼`, phone: '0999-12345634', hours: HOURS, head: '庞书瑶' },
    placements: [{ site: 'wjw', column: 'nsjg' }],
    publishedAt: '2026-01-08T11:40:00+08:00',
  },
  {
    key: 'wjw-policy-jtys',
    type: 'policy',
    site: 'wjw',
    title: '明湖市卫生健康委员会关于印发《明湖市家庭医生签约服务管理办法》的通知',
    summary: '规范家庭医生签约服务的服务内容、签约方式、履约管理和考核激励。',
    keywords: ['家庭医生', '签约服务', '基层医疗'],
    bodyHtml: html`
      <p>各区县卫生健康局，委直属各单位：</p>
      <p>现将《明湖市家庭医生签约服务管理办法》印发给你们，请认真贯彻执行。</p>
      <h2>明湖市家庭医生签约服务管理办法</h2>
      <p><strong>第一条</strong> 为规范家庭医生签约服务，推动优质医疗资源下沉，根据国家有关规定，结合本市实际，制定本办法。</p>
      <p><strong>第二条</strong> 家庭医生团队由基层医疗卫生机构的全科医生、护士、公共卫生医师等组成，二级以上医院的专科医生可以加入团队提供技术支持。每个团队签约人数原则上不超过2000人。</p>
      <p><strong>第三条</strong> 居民可以自愿选择一个家庭医生团队签约，签约周期为一年，期满后可以续约或者另选团队。签约可以在基层医疗卫生机构现场办理，也可以通过“健康明湖”服务平台在线办理。</p>
      <p><strong>第四条</strong> 签约居民享有健康评估、慢性病随访、预约转诊、长期处方和上门服务等服务。对签约的高血压、糖尿病患者，家庭医生可以开具最长12周的长期处方。</p>
      <p><strong>第五条</strong> 二级以上医院应当为家庭医生预留不少于30%的专家号源，签约居民经家庭医生转诊的，优先就诊。</p>
      <p><strong>第六条</strong> 卫生健康行政部门以签约居民满意度和履约情况为主要指标开展考核，考核结果与绩效工资分配挂钩。</p>
      <p><strong>第七条</strong> 本办法自2026年3月1日起施行，有效期5年。</p>
      <p>明湖市卫生健康委员会</p>
      <p>2026年1月26日</p>`,
    source: '市卫生健康委',
    metadata: {
      publisher: WJW,
      writtenOn: '2026-01-26',
      issuedOn: '2026-01-30',
      docNo: '明卫规〔2026〕1号',
      docKind: '通知',
      topic: '卫生、体育\\卫生',
      validity: 'in_force',
      effectiveOn: '2026-03-01',
      expiresOn: '2031-02-28',
      isNormative: true,
    },
    placements: [
      { site: 'wjw', column: 'gfxwj' },
      { site: 'minghu', column: 'gfxwj', repost: true },
    ],
    publishedAt: '2026-01-30T15:00:00+08:00',
  },
  {
    key: 'wjw-interp-jtys',
    type: 'interpretation',
    site: 'wjw',
    title: '《明湖市家庭医生签约服务管理办法》解读',
    summary: '签约有哪些好处、怎么签、签约后如何转诊和开长期处方。',
    keywords: ['家庭医生', '政策解读'],
    bodyHtml: html`
      <h3>一、签约家庭医生有什么好处？</h3>
      <p>签约后，家庭医生团队会为您建立健康档案，提供健康评估、慢性病随访和健康指导。高血压、糖尿病患者可以开具最长12周的长期处方，不用每月跑医院开药；行动不便的老年人可以申请上门服务。</p>
      <h3>二、怎么签约？</h3>
      <p>可以到居住地附近的社区卫生服务中心或乡镇卫生院现场签约，也可以通过“健康明湖”服务平台在线选择团队签约。签约周期为一年，到期后可以续约，也可以另选团队。</p>
      <h3>三、签约后看大医院的专家方便吗？</h3>
      <p>二级以上医院为家庭医生预留不少于30%的专家号源。需要转诊的，由家庭医生通过转诊平台预约，签约居民优先就诊。</p>
      <h3>四、签约收费吗？</h3>
      <p>基础签约服务包免费。个性化服务包按照公布的项目和标准收费，居民自愿选择。</p>
      <p>咨询电话：0999-12345633。</p>`,
    author: '基层卫生健康科',
    source: '市卫生健康委',
    metadata: { form: 'text', interpreter: '明湖市卫生健康委员会基层卫生健康科' },
    placements: [{ site: 'wjw', column: 'zcjd' }],
    relations: [{ kind: 'interprets', to: 'wjw-policy-jtys' }],
    publishedAt: '2026-01-30T17:00:00+08:00',
  },
  {
    key: 'wjw-policy-jkmh',
    type: 'policy',
    site: 'wjw',
    title: '明湖市卫生健康委员会关于印发《健康明湖行动2026年工作要点》的通知',
    summary: '部署2026年健康明湖行动的12项重点任务。',
    keywords: ['健康明湖', '健康促进'],
    bodyHtml: html`
      <p>各区县卫生健康局，委直属各单位：</p>
      <p>现将《健康明湖行动2026年工作要点》印发给你们，请结合实际抓好落实。</p>
      <h2>健康明湖行动2026年工作要点</h2>
      <h3>一、主要目标</h3>
      <p>到2026年底，全市居民健康素养水平达到33%以上，家庭医生签约服务覆盖人数达到160万人，二级以上公立医院全部开设夜间门诊或者周末门诊。</p>
      <h3>二、重点任务</h3>
      <ol>
        <li>开展“健康知识进万家”活动，全年组织健康科普讲座不少于1000场；</li>
        <li>推进体重管理行动，在二级以上医院开设体重管理门诊；</li>
        <li>实施慢性病早筛早诊，为35岁以上居民免费提供血压、血糖测量；</li>
        <li>推进紧密型医疗联合体建设，实现县域全覆盖；</li>
        <li>加强心理健康服务，开通24小时心理援助热线；</li>
        <li>深入开展爱国卫生运动，巩固国家卫生城市创建成果。</li>
      </ol>
      <h3>三、工作要求</h3>
      <p>各单位要明确责任人和时间节点，每季度末向市健康明湖行动推进委员会办公室报送工作进展，工作进展将在本网站“健康明湖行动”专题公开。</p>
      <p>明湖市卫生健康委员会</p>
      <p>2026年3月9日</p>`,
    source: '市卫生健康委',
    metadata: {
      publisher: WJW,
      writtenOn: '2026-03-09',
      issuedOn: '2026-03-12',
      docNo: '明卫发〔2026〕7号',
      docKind: '通知',
      topic: '卫生、体育\\卫生',
      validity: 'in_force',
      effectiveOn: '2026-03-12',
      isNormative: false,
    },
    placements: [
      { site: 'wjw', column: 'qtwj' },
      { site: 'wjw', column: 'jkmh' },
    ],
    publishedAt: '2026-03-12T15:00:00+08:00',
  },
  {
    key: 'wjw-news-jkmhtjh',
    type: 'news',
    site: 'wjw',
    title: '健康明湖行动2026年推进会召开',
    summary: '会议总结2025年健康明湖行动进展，部署2026年重点任务。',
    keywords: ['健康明湖', '推进会'],
    bodyHtml: html`
      <p>3月18日，健康明湖行动2026年推进会召开，副市长陶雅琴出席会议并讲话。</p>
      <p>会议通报，2025年全市居民健康素养水平达到31.2%，比上年提高2.4个百分点；人均预期寿命达到79.6岁；家庭医生签约服务覆盖142万人。全市建成健康社区86个、健康学校120所、健康企业54家。</p>
      <p>会议要求，各地各部门要把健康融入所有政策，对照《健康明湖行动2026年工作要点》逐项抓好落实，重点推进体重管理、慢性病早筛早诊和心理健康服务，让群众在家门口享受更加便捷的健康服务。</p>
      <p>会上，临湖区、市第一人民医院和湖滨街道社区卫生服务中心作了交流发言。</p>`,
    author: '规划发展与信息化科',
    source: '市卫生健康委',
    metadata: {},
    placements: [
      { site: 'wjw', column: 'gzdt' },
      { site: 'wjw', column: 'jkmh' },
    ],
    relations: [{ kind: 'related', to: 'wjw-policy-jkmh' }],
    publishedAt: '2026-03-18T17:00:00+08:00',
  },
  {
    key: 'wjw-notice-ysks',
    type: 'notice',
    site: 'wjw',
    title: '2026年医师资格考试明湖考点实践技能考试考生须知',
    summary: '实践技能考试6月10日至22日在明湖市医学考试基地举行。',
    keywords: ['医师资格考试', '实践技能'],
    bodyHtml: html`
      <p>2026年医师资格考试明湖考点实践技能考试将于6月10日至22日在明湖市医学考试基地（${WJW_ADDRESS}）举行。现将有关事项公告如下：</p>
      <ol>
        <li>考生须于考前自行打印准考证，准考证上注明具体考试日期和时间，请按时参加考试。</li>
        <li>考生须携带准考证、有效身份证件和白大衣，于考试开始前30分钟到达考试基地候考区签到。</li>
        <li>考试期间禁止携带任何通讯工具和电子设备进入考区。</li>
        <li>考试基地不提供停车位，请考生乘坐公共交通工具前往。</li>
      </ol>
      <p>咨询电话：0999-12345635。</p>
      <p>明湖市卫生健康委员会</p>
      <p>2026年5月25日</p>`,
    source: '市卫生健康委',
    metadata: { issuer: WJW },
    placements: [{ site: 'wjw', column: 'tzgg' }],
    publishedAt: '2026-05-25T10:00:00+08:00',
  },
  {
    key: 'wjw-news-ylt',
    type: 'news',
    site: 'wjw',
    title: '市第一人民医院与桃岭县人民医院组建紧密型医联体',
    summary: '市级医院专家常驻县医院，县域内就诊率提升。',
    keywords: ['医联体', '分级诊疗'],
    bodyHtml: html`
      <p>6月3日，明湖市第一人民医院与桃岭县人民医院紧密型医疗联合体正式揭牌。</p>
      <p>根据协议，市第一人民医院将派出心内科、神经内科、普外科等8个专科的12名专家常驻桃岭县人民医院，担任科室主任或者技术负责人，驻点时间不少于1年；双方实行检查检验结果互认、远程会诊和双向转诊“绿色通道”，县医院的疑难病例可以在30分钟内发起远程会诊。</p>
      <p>市卫生健康委有关负责人介绍，全市已组建紧密型医联体6个，今年将实现县域全覆盖，力争县域内就诊率达到90%以上，让群众“大病不出县”。</p>`,
    author: '医政医管科',
    source: '市卫生健康委',
    metadata: {},
    placements: [{ site: 'wjw', column: 'gzdt' }],
    publishedAt: '2026-06-03T17:00:00+08:00',
  },
  {
    key: 'wjw-notice-yjmz',
    type: 'notice',
    site: 'wjw',
    title: '关于公布全市二级以上公立医院夜间门诊和周末门诊安排的公告',
    summary: '全市31家二级以上公立医院全部开设夜间门诊或周末门诊。',
    keywords: ['夜间门诊', '周末门诊', '便民就医'],
    bodyHtml: html`
      <p>为方便上班族、学生等群体就医，全市二级以上公立医院自9月1日起全部开设夜间门诊或者周末门诊。现将主要医院安排公告如下：</p>
      <table>
        <thead><tr><th>医院</th><th>夜间门诊</th><th>周末门诊</th></tr></thead>
        <tbody>
          <tr><td>明湖市第一人民医院</td><td>周一至周五 17:30—21:00</td><td>全天开诊</td></tr>
          <tr><td>明湖市中心医院</td><td>周一至周五 17:30—20:30</td><td>全天开诊</td></tr>
          <tr><td>明湖市中医医院</td><td>周一至周五 17:30—20:00</td><td>周六上午</td></tr>
          <tr><td>明湖市妇幼保健院</td><td>周一至周五 17:30—20:30</td><td>全天开诊</td></tr>
        </tbody>
      </table>
      <p>其他医院的安排见各医院网站和门诊大厅公示。夜间门诊和周末门诊的挂号、收费标准与日间门诊相同，可以通过“健康明湖”服务平台预约。</p>
      <p>明湖市卫生健康委员会</p>
      <p>2026年8月28日</p>`,
    source: '市卫生健康委',
    metadata: { issuer: WJW },
    placements: [
      { site: 'wjw', column: 'tzgg' },
      { site: 'wjw', column: 'jkmh' },
    ],
    relations: [{ kind: 'related', to: 'wjw-policy-jkmh' }],
    publishedAt: '2026-08-28T16:00:00+08:00',
  },
  {
    key: 'wjw-news-hxdcr',
    type: 'news',
    site: 'wjw',
    title: '市卫生健康委部署今冬明春呼吸道传染病防治工作',
    summary: '加强监测预警、医疗救治和重点人群疫苗接种。',
    keywords: ['呼吸道传染病', '疾病预防控制', '流感疫苗'],
    bodyHtml: html`
      <p>10月28日，市卫生健康委召开全市今冬明春呼吸道传染病防治工作会议。</p>
      <p>会议指出，进入秋冬季后，流感、呼吸道合胞病毒感染等呼吸道传染病将进入高发季节。各地要加强哨点医院监测和学校、托幼机构、养老机构等重点场所的症状监测，发现聚集性疫情及时报告、规范处置。</p>
      <p>会议要求，二级以上医院要提前做好发热门诊、儿科门诊的人员和药品准备，延长儿科门诊服务时间；基层医疗卫生机构要落实首诊负责制，做好分级诊疗。要组织做好老年人、慢性病患者、儿童等重点人群的流感疫苗接种，全市已设置流感疫苗接种门诊186个。</p>
      <p>市疾病预防控制中心提醒，市民出现发热、咳嗽等症状时应当及时就医，尽量减少前往人员密集场所，勤洗手、常通风。</p>`,
    author: '疾病预防控制科',
    source: '市卫生健康委',
    metadata: {},
    placements: [{ site: 'wjw', column: 'gzdt' }],
    publishedAt: '2026-10-28T17:00:00+08:00',
  },
];

// ───────────────────────────── 临湖区人民政府 (linhu) ─────────────────────────────

const LINHU = '明湖市临湖区人民政府';
const LINHU_ADDRESS = '明湖市临湖区政通路9号';

const linhu: DemoItemSeed[] = [
  {
    key: 'linhu-overview',
    type: 'overview',
    site: 'linhu',
    title: '临湖区区情概况',
    bodyHtml: html`
      <h3>地理位置</h3>
      <p>临湖区位于明湖市西部，东临明湖，西依云雾山，区人民政府驻政通路9号，距市中心12公里。全区总面积412平方公里，其中明湖水域面积18平方公里。</p>
      <h3>行政区划和人口</h3>
      <p>2016年，经批准撤销临湖县，设立明湖市临湖区。全区辖湖西、望湖、云雾3个街道和青石、柳塘、白沙3个镇，共有46个社区、58个行政村。2025年末，全区常住人口48.6万人。</p>
      <h3>经济社会发展</h3>
      <p>2025年，全区地区生产总值412.5亿元，比上年增长6.1%；一般公共预算收入28.3亿元；城镇和农村居民人均可支配收入分别为49800元和27100元。临湖经济开发区是全区工业发展的主平台，已集聚新材料、绿色食品加工等规模以上工业企业186家。</p>
      <h3>文化旅游</h3>
      <p>临湖区山水相依，有明湖西岸湿地、云雾山森林公园、青石古镇等景点，“临湖渔歌”列入省级非物质文化遗产名录，每年秋季举办明湖开渔节。</p>`,
    source: '临湖区人民政府办公室',
    metadata: {},
    placements: [{ site: 'linhu', column: 'dwjj' }],
    publishedAt: '2026-01-09T09:00:00+08:00',
  },
  {
    key: 'linhu-gkzn',
    type: 'disclosure_guide',
    site: 'linhu',
    title: '明湖市临湖区人民政府政府信息公开指南',
    source: '临湖区人民政府办公室',
    bodyHtml: disclosureGuide({
      unit: LINHU,
      scope:
        '主动公开区政府的机构职能、行政规范性文件、国民经济和社会发展规划、财政预算决算、重大建设项目、征地拆迁、城乡环境整治、社会救助、区政府常务会议等信息。',
      office: '明湖市临湖区人民政府办公室（区政务公开办公室）',
      address: `${LINHU_ADDRESS}区政务服务中心一楼政务公开窗口`,
      postcode: '999011',
      phone: '0999-22345678',
      supervisor: '明湖市临湖区人民政府办公室（区政务公开办公室）或明湖市人民政府办公室（市政务公开办公室）',
    }),
    metadata: {},
    placements: [{ site: 'linhu', column: 'gkzn' }],
    publishedAt: '2026-01-15T10:00:00+08:00',
  },
  {
    key: 'linhu-gknb-2025',
    type: 'annual_report',
    site: 'linhu',
    title: '明湖市临湖区人民政府2025年政府信息公开工作年度报告',
    keywords: ['政府信息公开', '年度报告'],
    source: '临湖区人民政府办公室',
    bodyHtml: annualReport({
      unit: LINHU,
      overview: html`
        <p>2025年，临湖区政府聚焦群众关心的征地补偿、老旧小区改造、社会救助等事项，全年主动公开政府信息4215条，其中政策文件56件、政策解读28篇，召开新闻发布会12场。</p>
        <p>完成26个领域基层政务公开标准目录的动态调整，在6个镇街便民服务中心设立政务公开专区，村（社区）事务公开栏按月更新。</p>`,
      norms: [3, 2, 21],
      requests: { received: 128, carried: 6, granted: 52, partial: 17, refused: 9, unavailable: 31, notHandled: 8, other: 6 },
      reviews: 6,
      lawsuits: 2,
      corrected: 1,
      problems: html`
        <p>一是征地拆迁等重点领域信息公开的完整性有待提高；二是部分镇街依申请公开答复不够规范。</p>
        <p>2026年，将编制征地拆迁信息公开清单，对镇街政务公开工作人员开展集中培训，推行答复文书统一模板。</p>`,
    }),
    metadata: { year: 2025 },
    placements: [{ site: 'linhu', column: 'gknb' }],
    publishedAt: '2026-01-28T10:00:00+08:00',
  },
  {
    key: 'linhu-leader-qz',
    type: 'leader',
    site: 'linhu',
    title: '梁振川',
    bodyHtml: html`
      <p>梁振川，男，汉族，1977年7月生，明湖市临湖区人，研究生学历，工学硕士，2000年7月参加工作，中共党员。</p>
      <p>现任临湖区委副书记、区长，区政府党组书记。</p>
      <h3>主要经历</h3>
      <ul>
        <li>2000年7月至2010年3月，历任明湖市城乡规划局规划编制科科员、副科长、科长；</li>
        <li>2010年3月至2016年5月，任明湖市住房和城乡建设局副局长；</li>
        <li>2016年5月至2022年12月，任临湖区委常委、常务副区长；</li>
        <li>2022年12月起，任临湖区委副书记、区长。</li>
      </ul>`,
    source: '临湖区人民政府办公室',
    metadata: { name: '梁振川', title: '区委副书记、区长', portfolio: '主持区政府全面工作。负责审计方面工作。' },
    placements: [{ site: 'linhu', column: 'ldxx' }],
    publishedAt: '2026-01-09T09:10:00+08:00',
  },
  {
    key: 'linhu-leader-fqz',
    type: 'leader',
    site: 'linhu',
    title: '苏明澈',
    bodyHtml: html`
      <p>苏明澈，男，汉族，1982年10月生，明湖市桃岭县人，大学学历，工学学士，2005年7月参加工作，中共党员。</p>
      <p>现任临湖区人民政府副区长。</p>
      <h3>主要经历</h3>
      <ul>
        <li>2005年7月至2014年6月，历任临湖县城市管理局科员、副科长、科长；</li>
        <li>2014年6月至2019年8月，任临湖区湖西街道办事处副主任、主任；</li>
        <li>2019年8月至2023年2月，任临湖区城市管理局局长；</li>
        <li>2023年2月起，任临湖区人民政府副区长。</li>
      </ul>`,
    source: '临湖区人民政府办公室',
    metadata: {
      name: '苏明澈',
      title: '副区长',
      portfolio: '负责住房和城乡建设、城市管理、生态环境、交通运输方面工作。牵头负责城乡环境综合整治工作。',
    },
    placements: [{ site: 'linhu', column: 'ldxx' }],
    publishedAt: '2026-01-09T09:20:00+08:00',
  },
  {
    key: 'linhu-inst-zfb',
    type: 'institution',
    site: 'linhu',
    title: '明湖市临湖区人民政府办公室',
    bodyHtml: html`
      <p>临湖区人民政府办公室是区政府工作部门，主要职责是：</p>
      <ol>
        <li>负责区政府会议的组织和会议决定事项的督促落实；</li>
        <li>负责以区政府、区政府办公室名义发布的公文的起草和审核；</li>
        <li>负责全区政务公开、政府网站和政务新媒体工作，组织办理依申请公开事项；</li>
        <li>负责全区12345政务服务便民热线工单的督办工作；</li>
        <li>负责区政府应急值守和突发事件信息报送工作；</li>
        <li>承办区政府交办的其他事项。</li>
      </ol>`,
    source: '临湖区人民政府办公室',
    metadata: { name: '明湖市临湖区人民政府办公室', address: LINHU_ADDRESS, phone: '0999-22345611', hours: HOURS, head: '冯立新' },
    placements: [{ site: 'linhu', column: 'nsjg' }],
    publishedAt: '2026-01-09T09:30:00+08:00',
  },
  {
    key: 'linhu-inst-cgj',
    type: 'institution',
    site: 'linhu',
    title: '明湖市临湖区城市管理局',
    bodyHtml: html`
      <p>临湖区城市管理局是区政府工作部门，主要职责是：</p>
      <ol>
        <li>负责全区市容环境卫生、户外广告和城市照明的管理；</li>
        <li>负责生活垃圾分类、收运和处置的监督管理；</li>
        <li>负责城市管理领域的行政执法，查处违法建设、占道经营等行为；</li>
        <li>承担区城乡环境综合整治工作领导小组办公室的日常工作；</li>
        <li>指导镇街开展市容环境和农村生活垃圾治理工作。</li>
      </ol>
      <p>城乡环境问题举报电话：0999-22345618。</p>`,
    source: '临湖区城市管理局',
    metadata: { name: '明湖市临湖区城市管理局', address: '明湖市临湖区柳塘路33号', phone: '0999-22345618', hours: HOURS, head: '金泽宇' },
    placements: [{ site: 'linhu', column: 'nsjg' }],
    publishedAt: '2026-01-09T09:40:00+08:00',
  },
  {
    key: 'linhu-policy-zzfa',
    type: 'policy',
    site: 'linhu',
    title: '明湖市临湖区人民政府办公室关于印发《临湖区2026年城乡环境综合整治工作方案》的通知',
    summary: '3月至11月开展城乡环境综合整治，聚焦背街小巷、农贸市场、城乡接合部和农村人居环境。',
    keywords: ['城乡环境', '综合整治', '人居环境'],
    bodyHtml: html`
      <p>各镇人民政府、街道办事处，区政府各部门：</p>
      <p>《临湖区2026年城乡环境综合整治工作方案》已经区政府同意，现印发给你们，请认真组织实施。</p>
      <h2>临湖区2026年城乡环境综合整治工作方案</h2>
      <h3>一、整治时间</h3>
      <p>2026年3月至11月，分动员部署（3月）、集中攻坚（4月至8月）、巩固提升（9月至11月）三个阶段进行。</p>
      <h3>二、整治重点</h3>
      <ol>
        <li><strong>背街小巷：</strong>整治46条背街小巷的路面破损、乱搭乱建和“蜘蛛网”线缆；</li>
        <li><strong>农贸市场：</strong>完成8个农贸市场的提档升级，规范周边占道经营；</li>
        <li><strong>城乡接合部：</strong>清理湖西、望湖街道城乡接合部的积存垃圾和违法建设；</li>
        <li><strong>农村人居环境：</strong>推进58个行政村生活垃圾分类和生活污水治理，创建美丽庭院1000户。</li>
      </ol>
      <h3>三、保障措施</h3>
      <p>区财政安排整治专项资金6800万元。区城乡环境综合整治工作领导小组办公室（设在区城市管理局）每月开展一次检查考评，考评结果在本网站公布。</p>
      <h3>四、群众监督</h3>
      <p>设立举报电话0999-22345618，对群众反映的问题实行“接诉即办”，一般问题3个工作日内处理并反馈。</p>
      <p>明湖市临湖区人民政府办公室</p>
      <p>2026年2月27日</p>`,
    source: '临湖区人民政府办公室',
    metadata: {
      publisher: '明湖市临湖区人民政府办公室',
      writtenOn: '2026-02-27',
      issuedOn: '2026-03-02',
      docNo: '临政办发〔2026〕6号',
      docKind: '通知',
      topic: '城乡建设、环境保护\\城乡建设（含住房）',
      validity: 'in_force',
      effectiveOn: '2026-03-02',
      expiresOn: '2026-11-30',
      isNormative: false,
    },
    placements: [
      { site: 'linhu', column: 'qtwj' },
      { site: 'linhu', column: 'cxhjzz' },
    ],
    publishedAt: '2026-03-02T15:00:00+08:00',
  },
  {
    key: 'linhu-interp-zzfa',
    type: 'interpretation',
    site: 'linhu',
    title: '视频解读：临湖区2026年城乡环境综合整治怎么干',
    summary: '副区长苏明澈在视频中解读整治重点和群众监督渠道。',
    keywords: ['城乡环境', '视频解读'],
    bodyHtml: html`
      <p><em>以下为视频解读的文字稿。</em></p>
      <p>大家好，我是临湖区副区长苏明澈。今天和大家聊一聊今年的城乡环境综合整治。</p>
      <p>今年的整治从3月持续到11月，我们不搞“一阵风”，而是集中解决群众身边的四类问题：一是背街小巷，全区46条背街小巷的破路面、乱搭建和乱拉的线缆要全部整治到位；二是农贸市场，8个农贸市场要提档升级，买菜环境更干净；三是城乡接合部，积存垃圾和违法建设要清理干净；四是农村人居环境，58个行政村都要推行垃圾分类和污水治理。</p>
      <p>整治效果好不好，群众说了算。大家发现身边的环境问题，可以拨打举报电话0999-22345618，一般问题3个工作日内处理并给您回复。每个月的检查考评结果都会在区政府网站公布，欢迎大家监督。</p>`,
    author: '临湖区融媒体中心',
    source: '临湖区人民政府办公室',
    metadata: { form: 'video', interpreter: '临湖区副区长 苏明澈' },
    placements: [
      { site: 'linhu', column: 'zcjd' },
      { site: 'linhu', column: 'cxhjzz' },
    ],
    relations: [{ kind: 'interprets', to: 'linhu-policy-zzfa' }],
    publishedAt: '2026-03-04T10:00:00+08:00',
  },
  {
    key: 'linhu-notice-jdjb',
    type: 'notice',
    site: 'linhu',
    title: '关于公布城乡环境综合整治群众监督渠道的公告',
    summary: '公布整治期间的举报电话、现场受理点和办理时限。',
    keywords: ['城乡环境', '群众监督', '举报'],
    bodyHtml: html`
      <p>为充分发挥群众监督作用，推动城乡环境综合整治取得实效，现将群众监督渠道公告如下：</p>
      <ol>
        <li>举报电话：0999-22345618（工作日8:30—17:30），其他时间可拨打12345政务服务便民热线。</li>
        <li>网上受理：本网站“互动交流—咨询投诉”栏目。</li>
        <li>现场受理：各镇人民政府、街道办事处便民服务中心设立整治问题受理台。</li>
      </ol>
      <p>受理范围包括：乱堆乱放、乱搭乱建、占道经营、垃圾积存、污水横流、违规张贴小广告等城乡环境问题。</p>
      <p>对群众反映的问题，一般问题3个工作日内处理并反馈，复杂问题10个工作日内处理并反馈。举报人信息严格保密。</p>
      <p>明湖市临湖区人民政府办公室</p>
      <p>2026年3月6日</p>`,
    source: '临湖区城市管理局',
    metadata: { issuer: '明湖市临湖区人民政府办公室' },
    placements: [
      { site: 'linhu', column: 'tzgg' },
      { site: 'linhu', column: 'cxhjzz' },
    ],
    relations: [{ kind: 'related', to: 'linhu-policy-zzfa' }],
    publishedAt: '2026-03-06T10:00:00+08:00',
  },
  {
    key: 'linhu-news-cwhy',
    type: 'news',
    site: 'linhu',
    title: '区政府召开第18次常务会议',
    summary: '会议传达学习市政府常务会议精神，研究民营经济、老旧小区改造等工作。',
    keywords: ['常务会议'],
    bodyHtml: html`
      <p>3月27日，区长梁振川主持召开区政府第18次常务会议。</p>
      <p>会议传达学习了市政府第42次常务会议精神，研究贯彻《明湖市促进民营经济高质量发展若干措施》的具体举措。会议要求，区发展改革局要会同有关部门在4月底前梳理出可由区级兑现的政策事项清单，实现“免申即享”；区政务服务中心要设立惠企政策服务专窗。</p>
      <p>会议审议通过《临湖区2026年老旧小区改造实施计划》，今年计划改造老旧小区21个，涉及居民4860户。会议强调，改造方案要充分听取居民意见，施工期间做好安全文明施工和居民出行保障。</p>
      <p>会议还听取了城乡环境综合整治动员部署阶段工作情况汇报。</p>`,
    author: '临湖区人民政府办公室',
    source: '临湖区人民政府办公室',
    metadata: {},
    placements: [{ site: 'linhu', column: 'gzdt' }],
    relations: [{ kind: 'related', to: 'minghu-policy-myjj' }],
    publishedAt: '2026-03-27T18:00:00+08:00',
  },
  {
    key: 'linhu-news-ljxq',
    type: 'news',
    site: 'linhu',
    title: '临湖区2026年老旧小区改造项目全面开工',
    summary: '21个老旧小区改造项目开工，惠及居民4860户。',
    keywords: ['老旧小区改造', '城市更新'],
    bodyHtml: html`
      <p>4月15日，临湖区2026年老旧小区改造项目在湖西街道纺织新村集中开工。今年全区计划改造老旧小区21个，涉及楼栋186栋、居民4860户，总投资1.9亿元。</p>
      <p>改造内容包括屋面防水、外墙保温、雨污分流、管线入地、道路和停车位改造，以及加装电梯、增设充电桩和适老化设施。改造前，各街道逐户开展了意见征询，居民提出的增设晾晒区、改善楼道照明等126条建议纳入改造方案。</p>
      <p>区住房和城乡建设局表示，每个小区都将公示改造内容、施工单位、工期和监督电话，并邀请居民代表全程参与质量监督，年底前全部完工。</p>`,
    author: '区住房和城乡建设局',
    source: '临湖区人民政府办公室',
    metadata: {},
    placements: [{ site: 'linhu', column: 'gzdt' }],
    publishedAt: '2026-04-15T17:00:00+08:00',
  },
  {
    key: 'linhu-news-zzcx',
    type: 'news',
    site: 'linhu',
    title: '城乡环境综合整治集中攻坚取得阶段性成效',
    summary: '已完成背街小巷整治38条、农贸市场提升6个，受理群众举报问题办结率98.6%。',
    keywords: ['城乡环境', '综合整治'],
    bodyHtml: html`
      <p>今年3月以来，临湖区扎实推进城乡环境综合整治，集中攻坚阶段已取得阶段性成效。</p>
      <p>截至6月底，全区已完成背街小巷整治38条，清理“蜘蛛网”线缆21.6公里；6个农贸市场完成提档升级；清理城乡接合部积存垃圾3200余吨，拆除违法建设1.4万平方米；58个行政村全部建立生活垃圾分类收运体系，创建美丽庭院820户。</p>
      <p>整治期间，全区共受理群众举报问题1152件，办结1136件，办结率98.6%。望湖街道针对群众反映的夜市占道问题，划定规范经营区域，既解决了占道问题，又保留了城市烟火气。</p>
      <p>副区长苏明澈表示，下一阶段将重点防止问题反弹，建立长效管理机制，确保整治成果经得起群众检验。</p>`,
    author: '区城市管理局',
    source: '临湖区人民政府办公室',
    metadata: {},
    placements: [
      { site: 'linhu', column: 'gzdt' },
      { site: 'linhu', column: 'cxhjzz' },
    ],
    relations: [{ kind: 'related', to: 'linhu-policy-zzfa' }],
    publishedAt: '2026-06-30T17:00:00+08:00',
  },
  {
    key: 'linhu-notice-sqgzz',
    type: 'notice',
    site: 'linhu',
    title: '临湖区2026年公开招聘社区工作者公告',
    summary: '公开招聘社区工作者40名，8月6日至8月12日网上报名。',
    keywords: ['社区工作者', '公开招聘'],
    bodyHtml: html`
      <p>为加强社区工作者队伍建设，经区政府同意，临湖区2026年面向社会公开招聘社区工作者40名。现将有关事项公告如下：</p>
      <h3>一、报名条件</h3>
      <ul>
        <li>具有中华人民共和国国籍，遵守宪法和法律，品行端正；</li>
        <li>年龄在18周岁以上、35周岁以下，具有全日制大专以上学历；</li>
        <li>具有社会工作者职业资格证书或者在本区社区工作满2年的，年龄可以放宽至40周岁。</li>
      </ul>
      <h3>二、招聘程序</h3>
      <p>按照报名、资格审查、笔试、面试、体检、考察、公示、聘用的程序进行。笔试和面试成绩按照4:6的比例计入总成绩。</p>
      <h3>三、报名时间和方式</h3>
      <p>2026年8月6日至8月12日，通过“明湖市人事考试网上报名系统”报名。本次招聘不收取报名费，不指定考试辅导用书，不举办也不委托任何机构举办培训班。</p>
      <p>咨询电话：0999-22345625（区民政局）。</p>
      <p>明湖市临湖区民政局</p>
      <p>2026年8月5日</p>`,
    source: '临湖区民政局',
    metadata: { issuer: '明湖市临湖区民政局' },
    placements: [{ site: 'linhu', column: 'tzgg' }],
    publishedAt: '2026-08-05T10:00:00+08:00',
  },
];

/** All demo items, in the order they were published. */
export const demoItems: DemoItemSeed[] = [...minghu, ...minghuEnglish, ...fgw, ...jyj, ...wjw, ...linhu].sort((a, b) =>
  a.publishedAt.localeCompare(b.publishedAt),
);
