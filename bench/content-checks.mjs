#!/usr/bin/env node
// Content checks (server/src/modules/workflow/checks): time of check() on a 20 KB rich-text body
// against a 50,000-word dictionary (the default dictionary plus generated 2–6 character Chinese
// words, fixed seed), and the time to build the automaton. Pure CPU work, no server, no database.
// References in the same run: one String.prototype.includes per dictionary word over the plain
// text, the ahocorasick package's own search(), and its constructor on all words at once (the engine
// shards large dictionaries). Target: median ≤ 5 ms per 20 KB body. `npm run bench` does not list
// this script yet; run it directly (it loads the TypeScript sources through tsx, no build needed):
//
//   node bench/content-checks.mjs [--runs 500] [--words 50000] [--kb 20]
//
// Two dictionaries are measured: words drawn uniformly from the CJK block (like a real word list:
// few hits in ordinary text), and a stress case drawn from the characters of the body itself
// (a dictionary word starts at almost every position: hundreds of findings).
import { createRequire } from 'node:module';

import { tsImport } from 'tsx/esm/api';

import { fmtMs, markdownTable, summarise } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 500);
const WORDS = arg('words', 50_000);
const BODY_KB = arg('kb', 20);
const TARGET_MS = 5;
const AhoCorasick = createRequire(import.meta.url)('ahocorasick');
const log = (m) => process.stderr.write(`${m}\n`);

const { createContentChecker, defaultDictionary, htmlToText } = await tsImport(
  '../server/src/modules/workflow/checks/index.ts',
  import.meta.url,
);

/** mulberry32: a small deterministic PRNG, so every run checks the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  '做好体育彩票和福利彩票销售场所的监督管理，依法查处违规经营的娱乐场所',
  '市政府办公厅负责全市政府网站集约化工作的统筹推进、组织协调和考核管理',
  '对收集到的意见建议要认真研判，有参考价值的政策建议要按程序转送业务部门研究办理',
];
const LINKS = [
  ['https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm', '《政府网站发展指引》'],
  ['https://www.beijing.gov.cn/zhengce/zhengcefagui/', '市政府规章'],
  ['/interaction/letters/new', '我要写信'],
];

function makeBody(kb, rand) {
  const target = kb * 1024;
  const parts = [];
  let bytes = 0;
  let paragraph = 0;
  while (bytes < target) {
    const sentences = [];
    for (let i = 0; i < 3 + Math.floor(rand() * 3); i += 1) sentences.push(SENTENCES[Math.floor(rand() * SENTENCES.length)]);
    let p = `${sentences.join('；')}。`;
    if (paragraph % 4 === 1) {
      const [href, text] = LINKS[paragraph % LINKS.length];
      p += `详见<a href="${href}">${text}</a>。`;
    }
    if (paragraph === 3) p += '咨询电话：138 1234 5678（工作日 9:00—17:00）。';
    if (paragraph === 7) p += '申请人：张某，公民身份号码11010519491231002X。';
    const html = `<p>${p}</p>\n`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
    paragraph += 1;
  }
  return parts.join('');
}

function generatedWords(count, alphabet, rand) {
  const words = new Set();
  while (words.size < count) {
    const length = 2 + Math.floor(rand() * 5);
    let w = '';
    for (let i = 0; i < length; i += 1) w += alphabet[Math.floor(rand() * alphabet.length)];
    words.add(w);
  }
  return [...words].map((word) => ({ word, category: 'wrong_term', severity: 'warn', replacement: null }));
}

function timeRuns(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples;
}

const body = makeBody(BODY_KB, prng(20261122));
const plain = htmlToText(body);
const cjkBlock = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i));
const bodyChars = [...new Set(plain.replace(/[^\u4e00-\u9fa5]/g, ''))];
log(`body: ${Buffer.byteLength(body)} bytes of HTML, ${plain.length} characters of text, ${bodyChars.length} distinct CJK characters`);

const rows = [];
const reference = [];
for (const [label, alphabet] of [
  ['uniform CJK words', cjkBlock],
  ['stress: words from the body’s characters', bodyChars],
]) {
  const entries = [...defaultDictionary, ...generatedWords(WORDS - defaultDictionary.length, alphabet, prng(42))];
  const t0 = process.hrtime.bigint();
  const checker = createContentChecker(entries);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const input = { text: { title: '关于进一步加强政府网站内容建设的通知' }, html: { body } };
  const findings = checker.check(input);
  for (let i = 0; i < 50; i += 1) checker.check(input); // warm-up
  const stats = summarise(timeRuns(() => checker.check(input), RUNS));
  log(`  ${label}: build ${fmtMs(buildMs)} ms, ${findings.length} findings, median ${fmtMs(stats.p50)} ms`);
  rows.push([
    label,
    String(entries.length),
    fmtMs(buildMs),
    String(findings.length),
    String(RUNS),
    fmtMs(stats.p50),
    fmtMs(stats.p95),
    stats.p50 <= TARGET_MS ? 'yes' : '**no**',
  ]);

  if (reference.length === 0) {
    // References, same dictionary, dictionary lookup only (no HTML parsing, privacy or spam rules).
    const words = entries.map((e) => e.word.toLowerCase());
    const naive = summarise(timeRuns(() => words.filter((w) => plain.includes(w)).length, 20));
    const t1 = process.hrtime.bigint();
    const automaton = new AhoCorasick(words);
    const packageBuildMs = Number(process.hrtime.bigint() - t1) / 1e6;
    for (let i = 0; i < 20; i += 1) automaton.search(plain);
    const packageSearch = summarise(timeRuns(() => automaton.search(plain), RUNS));
    const ratio = (ms) => `${(ms / stats.p50).toFixed(1)}× check()`;
    reference.push(
      ['50k × `String.prototype.includes` over the plain text', fmtMs(naive.p50), ratio(naive.p50)],
      ['`ahocorasick` package `search()` over the plain text', fmtMs(packageSearch.p50), ratio(packageSearch.p50)],
      [
        '`new AhoCorasick(words)` on all 50k words at once (no shards)',
        fmtMs(packageBuildMs),
        `${((packageBuildMs / buildMs) * 100).toFixed(0)} % of the sharded build`,
      ],
    );
  }
}

console.log(`### Content checks\n`);
console.log(
  `\`node bench/content-checks.mjs --runs ${RUNS} --words ${WORDS} --kb ${BODY_KB}\`; body ${Buffer.byteLength(body)} bytes of HTML (${plain.length} characters of text, ${LINKS.length} kinds of links, a phone, an ID number).\n`,
);
console.log(
  markdownTable(['dictionary', 'entries', 'build ms', 'findings', 'runs', 'median ms', 'p95 ms', `median ≤ ${TARGET_MS} ms`], rows),
);
console.log('');
console.log(markdownTable(['reference (uniform dictionary, dictionary lookup only)', 'median ms', 'ratio'], reference));
