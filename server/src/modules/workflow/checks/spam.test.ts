import { describe, expect, it } from 'vitest';

import { createContentChecker, defaultDictionary, htmlToText, type Finding } from './index.js';

const checker = createContentChecker(defaultDictionary);

type Short = Pick<Finding, 'rule' | 'start' | 'end' | 'match'>;
function spam(input: { text?: Record<string, string>; html?: Record<string, string> }): Short[] {
  return checker
    .check(input)
    .filter((f) => f.checker === 'spam')
    .map(({ rule, start, end, match }) => ({ rule, start, end, match }));
}
const spamIn = (text: string) => spam({ text: { body: text } });

// Verbatim from seed 000 (lines 5 and 8) and seed 004 (lines 28–30): real injected spam.
const SEED_000_LINE_5 =
  '2.机构职能。发布机构设置、主要职责和九游会国际的联系方式等信息。在同一网站发布多个机构职能信息时,要集中规范发布,统一展现形式。';
const SEED_000_LINE_8 = '5.政务动态。发布本地区、本部门政务要闻、九游会老哥俱乐部登录的公告、工作动态等需要社会公众广泛知晓的信息。';
const SEED_004_LINE_29 = '365bet官方网址_365betvip5_beat365亚洲体育在线';

describe('seed spam', () => {
  it('catches the brand spliced into 联系方式, the whole splice and nothing else', () => {
    expect(spamIn(SEED_000_LINE_5)).toEqual([{ rule: 'spam.gambling_term', start: 19, end: 24, match: '九游会国际' }]);
    const [finding] = checker.check({ text: { body: SEED_000_LINE_5 } });
    expect(finding).toMatchObject({ checker: 'spam', severity: 'block' });
    expect(finding!.message).toBe('含赌博或垃圾推广词“九游会”，疑似被植入的暗链内容，须删除');
    expect(spamIn(SEED_000_LINE_8)).toEqual([{ rule: 'spam.gambling_term', start: 21, end: 31, match: '九游会老哥俱乐部登录' }]);
  });

  it('catches the stray SEO line as one finding covering the whole line', () => {
    expect(spamIn(SEED_004_LINE_29)).toEqual([{ rule: 'spam.pattern', start: 0, end: 35, match: SEED_004_LINE_29 }]);
  });

  it('keeps the right offsets when the SEO line sits between paragraphs of rich text', () => {
    const html =
      '<p>各区政府建设本区集约化平台，并与市级集约化平台实现互联互通和协同联动。</p>\n' +
      `<p>${SEED_004_LINE_29}</p>\n<p>（二）加快推进信息资源整合共享。</p>`;
    const text = htmlToText(html);
    const start = text.indexOf('365bet');
    expect(start).toBe(37); // 35 characters, then a line break after </p> and the "\n" between the paragraphs
    expect(spam({ html: { body: html } })).toEqual([{ rule: 'spam.pattern', start, end: start + 35, match: SEED_004_LINE_29 }]);
  });
});

describe('site codes, promotions and evasion', () => {
  it('catches brand names and site codes in full width and any case', () => {
    expect(spamIn('访问ＢＥＴ３６５')).toEqual([{ rule: 'spam.gambling_term', start: 2, end: 8, match: 'ＢＥＴ３６５' }]);
    expect(spamIn('Bet365体育')).toMatchObject([{ start: 0, end: 6 }]);
    expect(spamIn('上188BET看球')).toEqual([{ rule: 'spam.pattern', start: 1, end: 7, match: '188BET' }]);
    expect(spamIn('代理hg0088开户')).toEqual([{ rule: 'spam.pattern', start: 2, end: 8, match: 'hg0088' }]);
    expect(spamIn('会员 jyhvip8 专享')).toEqual([{ rule: 'spam.pattern', start: 3, end: 10, match: 'jyhvip8' }]);
    expect(spamIn('九 游 会')).toEqual([{ rule: 'spam.gambling_term', start: 0, end: 5, match: '九 游 会' }]);
  });

  it('catches promotion phrases', () => {
    expect(spamIn('新用户注册送彩金')).toEqual([{ rule: 'spam.gambling_term', start: 3, end: 8, match: '注册送彩金' }]);
    expect(spamIn('现在开户送88元！')).toEqual([{ rule: 'spam.pattern', start: 2, end: 8, match: '开户送88元' }]);
    expect(spamIn('活动：存100送50')).toEqual([{ rule: 'spam.pattern', start: 3, end: 10, match: '存100送50' }]);
    expect(spamIn('真人娱乐官网入口')).toEqual([{ rule: 'spam.gambling_term', start: 0, end: 8, match: '真人娱乐官网入口' }]);
    expect(spamIn('w88官方网址')).toEqual([{ rule: 'spam.pattern', start: 0, end: 7, match: 'w88官方网址' }]);
  });

  it('catches an SEO chain with a cue but not an attachment name with underscores', () => {
    expect(spamIn('皇冠赌场官网_最新地址_手机版')).toMatchObject([{ rule: 'spam.pattern', start: 0, end: 15 }]);
    expect(spamIn('附件_2023_政策解读.pdf 与 首页|政务公开|办事服务')).toEqual([]);
  });
});

describe('legitimate government text', () => {
  it.each([
    '做好体育彩票和福利彩票的发行管理，规范彩票销售场所。',
    '依法查处违规经营的娱乐场所，加强歌舞娱乐场所消防安全检查。',
    '推进全民健身和体育事业发展，举办全市体育运动会。',
    'Alphabet Inc. and other companies, between 2020 and 2024; BETWEEN; alphabet2024; betting rules.',
    '拨打12345政务服务便民热线，或访问市政府官网入口、政府官方网址。',
    '第365天，VIP通道暂停，365天不打烊，vip服务。',
    '严厉打击跨境赌博和网络赌博违法犯罪活动。',
  ])('does not flag: %s', (text) => {
    expect(checker.check({ text: { body: text } })).toEqual([]);
  });
});

describe('links to gambling sites', () => {
  it('blocks a link whose URL carries a brand or site code, at the offsets of its text', () => {
    const html = '<p>详情请<a href="https://www.bet365.com/zh-cn">点击这里</a>。</p>';
    expect(spam({ html: { body: html } })).toEqual([{ rule: 'spam.link', start: 3, end: 7, match: '点击这里' }]);
    const [finding] = checker.check({ html: { body: html } });
    expect(finding!.message).toBe('链接指向疑似赌博或垃圾网站（www.bet365.com），须删除');
  });

  it('decodes percent-encoded Chinese in the URL', () => {
    const html = '<a href="http://example.net/%E4%B9%9D%E6%B8%B8%E4%BC%9A/index">入口</a>';
    expect(spam({ html: { body: html } })).toMatchObject([{ rule: 'spam.link', start: 0, end: 2 }]);
  });

  it('does not flag ordinary government links', () => {
    const html =
      '<p>见<a href="https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm">《政府网站发展指引》</a>' +
      '和<a href="/alphabet/between?id=365">本站链接</a>。</p>';
    expect(checker.check({ html: { body: html } })).toEqual([]);
  });
});
