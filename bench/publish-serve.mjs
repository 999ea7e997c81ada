#!/usr/bin/env node
// Serving a published page: requests/s and p99 latency of the same ~30 KB article page (with its
// precompressed .gz/.br siblings, as the publisher writes them) served by
//   (a) bare nginx: root + gzip_static/brotli_static, nothing else — the reference;
//   (b) nginx with deploy/nginx/jiyue.conf (host map, cache and security headers, open_file_cache);
//   (c) the app itself: `node server/dist/main.js serve`, the page found by Host header;
//   (d) the app's /zh-tw/ variant of the same page (converted once, then from memory);
// and two references for reading the ratios: bare nginx with one worker (the app is one process)
// and a bare Node http server answering the .br from memory (the ceiling for any Node server).
// Goals (issue 4): app ≥ 50 % of bare nginx's requests/s with p99 ≤ 12 ms; our nginx ≥ 90 %.
// wrk on loopback, -t2 -c50 -d10s, 'Accept-Encoding: br, gzip', after a 3 s warm-up per target.
// The machine is shared: the 1-minute load average before and after each run is printed.
//
//   node bench/publish-serve.mjs [--duration 10] [--connections 50] [--rounds 3]
//
// Each round runs every target once, in turn, so that a burst of load from other users of the
// machine hits all of them alike; each target's row is its median round.
//
// Needs wrk and nginx: installed with apt-get when missing (root or passwordless sudo), like
// scripts/ensure-services.sh does for the test services. Only 127.0.0.1; stops by itself.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  BENCH_ADMIN_PASSWORD,
  closeAgent,
  ensureBuilt,
  freePort,
  probe,
  repoRoot,
  serverEnv,
  serverMain,
  spawnUntilHealthy,
  tempDir,
  timedRequest,
} from './lib.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION_S = option('duration', 10);
const CONNECTIONS = option('connections', 50);
const ROUNDS = option('rounds', 3);
const WARMUP_S = 3;
const HOST = 'www.bench.gov.cn';
const CODE = 'bench';
const PAGE = '/zwgk/202611/t20261122_1001.html';
const log = (m) => process.stderr.write(`${m}\n`);
const load = () => os.loadavg()[0].toFixed(2);

// ---- tools ------------------------------------------------------------------------------------

function asRoot(args) {
  const isRoot = process.getuid?.() === 0;
  const r = spawnSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status})`);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function ensureTools() {
  const missing = [];
  if (!has('wrk')) missing.push('wrk');
  if (!fs.existsSync('/usr/sbin/nginx') && !has('nginx')) missing.push('nginx-light');
  if (!fs.existsSync(brotliModule)) missing.push('libnginx-mod-http-brotli-static');
  if (missing.length === 0) return;
  log(`installing ${missing.join(' ')}`);
  asRoot(['apt-get', 'update', '-q']);
  asRoot(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing]);
}

// ---- the page -------------------------------------------------------------------------------

/** mulberry32: a small deterministic PRNG, so every run serves the same page. */
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

const PHRASES = [
  '各地区、各部门要建立健全政府网站信息发布机制',
  '及时准确发布重要会议、重要活动和重大决策信息',
  '按照统一分类、统一元数据、统一数据格式的要求',
  '对平台上各政府网站的信息资源实行集中管理',
  '对社会公众关注的热点问题',
  '要邀请相关业务部门作出权威、正面的回应',
  '阐明政策，解疑释惑',
  '细化规范办事指南',
  '列明依据条件、流程时限、收费标准、注意事项',
  '建立网民意见建议的审看、处理和反馈机制',
  '做到件件有落实、事事有回音',
  '深入推进“放管服”改革',
  '持续优化营商环境',
  '不断提升政务服务水平',
  '加强网络安全监测预警技术能力建设',
  '定期开展网站安全管理和防护检查',
  '推动一网通办、跨省通办',
  '让数据多跑路、群众少跑腿',
  '市场监管部门应当会同有关部门',
  '依法依规开展联合惩戒',
  '对符合条件的中小微企业给予贷款贴息',
  '经营主体登记注册全程网上办理',
  '工程建设项目审批时间压减至',
  '个工作日以内',
  '税务、人社、医保等部门',
  '实行“一件事一次办”',
  '涉企行政检查实行计划管理',
  '推行包容审慎监管',
  '建立健全常态化政企沟通机制',
  '畅通企业诉求反映渠道',
  '明湖市',
  '临湖区',
  '高新技术产业开发区',
];

/** A realistic article page of about 30 KB: header, navigation, metadata table, varied body text, footer. */
function articlePage() {
  const random = prng(20261122);
  const sentence = () => {
    const n = 2 + Math.floor(random() * 4);
    return `${Array.from({ length: n }, () => PHRASES[Math.floor(random() * PHRASES.length)]).join('，')}${random() < 0.2 ? `，涉及${Math.floor(random() * 900 + 100)}家企业、${Math.floor(random() * 90 + 10)}个项目` : ''}。`;
  };
  const nav = ['首页', '政务公开', '政策文件', '政策解读', '通知公告', '办事服务', '互动交流', '走进明湖']
    .map((n, i) => `<li><a href="../../c${i}/">${n}</a></li>`)
    .join('');
  const related = Array.from(
    { length: 12 },
    (_, i) =>
      `<li><a href="../../zcjd/202611/t20261120_${900 + i}.html">${PHRASES[Math.floor(random() * PHRASES.length)]}的政策解读</a><span>2026-11-${String(i + 1).padStart(2, '0')}</span></li>`,
  ).join('\n');
  const body = Array.from(
    { length: 54 },
    (_, i) => `<p>${i % 6 === 0 ? `<strong>第${i + 1}条</strong>\u3000` : ''}${Array.from({ length: 3 }, sentence).join('')}</p>`,
  ).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>明湖市人民政府关于印发进一步优化营商环境若干措施的通知 - 明湖市人民政府</title>
<meta name="SiteName" content="明湖市人民政府"><meta name="SiteDomain" content="${HOST}"><meta name="SiteIDCode" content="9901000001">
<meta name="ColumnName" content="政策文件"><meta name="ArticleTitle" content="明湖市人民政府关于印发进一步优化营商环境若干措施的通知">
<meta name="PubDate" content="2026-11-22 09:30"><meta name="ContentSource" content="明湖市人民政府办公室">
<link rel="stylesheet" href="../../assets/site.css?v=3f2a9c">
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="site-header"><p class="site-name"><a href="../../">明湖市人民政府</a></p>
<ul class="languages"><li><a data-variant="zh-CN" href="t20261122_1001.html" aria-current="true">简体</a></li><li><a data-variant="zh-TW" href="../../zh-tw/zwgk/202611/t20261122_1001.html">繁體</a></li><li><a data-variant="en" href="../../en/">English</a></li></ul>
<nav class="nav" aria-label="主导航"><ul>${nav}</ul></nav></header>
<main id="main">
<table class="doc-meta"><tr><th>索引号</th><td>11990100MB1234567X/2026-01001</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>明湖市人民政府办公室</td><th>成文日期</th><td>2026-11-20</td></tr>
<tr><th>文号</th><td>明政发〔2026〕12号</td><th>有效性</th><td>有效</td></tr></table>
<h1>明湖市人民政府关于印发进一步优化营商环境若干措施的通知</h1>
<div class="article">${body}</div>
<section><h2>相关解读</h2><ul>${related}</ul></section>
</main>
<footer class="site-footer"><ul><li><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=9901000001">我为政府网站找错</a></li><li><a href="https://bszs.conac.cn/">党政机关网站标识</a></li></ul>
<dl><dt>主办单位</dt><dd>明湖市人民政府办公室</dd><dt>网站标识码</dt><dd>9901000001</dd><dt>ICP备案号</dt><dd>示ICP备99010001号-1</dd></dl></footer>
</body>
</html>
`;
}

function writePublished(root, rel, text) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = Buffer.from(text);
  fs.writeFileSync(file, body);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return body.length;
}

// ---- nginx ------------------------------------------------------------------------------------

function nginxMain(prefix, httpBody, workers) {
  const modules = fs.existsSync(brotliModule) ? `load_module ${brotliModule};\n` : '';
  return `${modules}worker_processes ${workers};
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${httpBody}
}
`;
}

function bareServer(port, root) {
  const brotli = fs.existsSync(brotliModule) ? 'brotli_static on;' : '';
  return `  server {
    listen 127.0.0.1:${port};
    root ${root};
    gzip_static on;
    ${brotli}
  }`;
}

/** deploy/nginx/jiyue.conf with this run's ports, data folder and site maps. */
function ourServer(port, appPort, dataDir, mapsDir) {
  fs.writeFileSync(path.join(mapsDir, 'sites.map'), `${HOST} ${CODE};\n`);
  fs.writeFileSync(path.join(mapsDir, 'noindex.map'), '');
  let conf = fs.readFileSync(path.join(repoRoot, 'deploy/nginx/jiyue.conf'), 'utf8');
  const replace = (from, to) => {
    if (!conf.includes(from)) throw new Error(`deploy/nginx/jiyue.conf no longer contains "${from}": update bench/publish-serve.mjs`);
    conf = conf.replace(from, to);
  };
  replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  replace('listen 80;', `listen 127.0.0.1:${port};`);
  replace('set $jiyue_data /var/lib/jiyue;', `set $jiyue_data ${dataDir};`);
  replace('include /etc/nginx/jiyue/sites.map;', `include ${mapsDir}/sites.map;`);
  replace('include /etc/nginx/jiyue/noindex.map;', `include ${mapsDir}/noindex.map;`);
  if (!fs.existsSync(brotliModule)) replace('brotli_static on;', '');
  return conf;
}

async function startNginx(name, makeHttpBody, workers = 'auto') {
  const prefix = tempDir(`jiyue-bench-nginx-${name}-`);
  fs.chmodSync(prefix, 0o755);
  const confFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confFile, nginxMain(prefix, makeHttpBody(prefix), workers));
  const test = spawnSync('nginx', ['-t', '-q', '-p', prefix, '-c', confFile], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t (${name}) failed:\n${test.stderr}`);
  const child = spawn('nginx', ['-p', prefix, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
    stderr: () => stderr,
  };
}

// ---- Node's ceiling --------------------------------------------------------------------------

/** A bare Node http server answering the page's .br from memory: the most any Node server can do here. */
async function startNodeReference(port, brFile) {
  const script = `const fs=require('fs');const b=fs.readFileSync(${JSON.stringify(brFile)});
require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-encoding':'br',vary:'accept-encoding',etag:'W/"x"','cache-control':'no-cache','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while ((await probe(`http://127.0.0.1:${port}/`)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
}

// ---- the app ----------------------------------------------------------------------------------

async function createBenchSite(base) {
  const res = await timedRequest(`${base}/api/admin/auth/login`, {
    method: 'POST',
    body: { username: 'admin', password: BENCH_ADMIN_PASSWORD },
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
  const cookie = [res.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('jiyue_session='));
  const { csrfToken } = JSON.parse(res.body);
  const created = await timedRequest(`${base}/api/admin/sites`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
    body: {
      legalName: '明湖市人民政府',
      shortName: '明湖市政府门户网站',
      code: CODE,
      kind: 'portal',
      status: 'online',
      identifierCode: '9901000001',
      domains: [HOST],
      languages: ['zh-CN', 'zh-TW'],
      icpNumber: '示ICP备99010001号',
      psbNumber: '示公网安备99010002000001号',
    },
  });
  if (created.status !== 201) throw new Error(`creating the site failed: ${created.status} ${created.body}`);
}

/** GET with `Accept-Encoding: br`; checks a 200 brotli answer and returns the decoded text. */
async function check(url, expected) {
  const res = await new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host: HOST, 'accept-encoding': 'br' } }, (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () => resolve({ status: r.statusCode, headers: r.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
  if (res.headers['content-encoding'] !== 'br') throw new Error(`${url} did not answer brotli (${res.headers['content-encoding']})`);
  const text = zlib.brotliDecompressSync(res.body).toString();
  if (expected !== undefined && text !== expected) throw new Error(`${url} answered another body`);
  return { text, headers: res.headers };
}

// ---- wrk --------------------------------------------------------------------------------------

const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);

function wrk(url, seconds) {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: br, gzip', '-H', `Host: ${HOST}`, url];
  const r = spawnSync('wrk', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const out = r.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const percentile = (q) => {
    const m = new RegExp(`^\\s+${q}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
    return m ? toMs(m[1], m[2]) : NaN;
  };
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1];
  const socketErrors = /Socket errors: (.*)/.exec(out)?.[1];
  if (non2xx || socketErrors) log(`  ${url}: non-2xx ${non2xx ?? 0}, socket errors ${socketErrors ?? 'none'}`);
  const command = `wrk ${args
    .slice(0, -1)
    .map((a) => (a.includes(' ') ? `'${a}'` : a))
    .join(' ')}`;
  return { rps, p50: percentile(50), p99: percentile(99), command };
}

// ---- run --------------------------------------------------------------------------------------

ensureTools();
ensureBuilt();
const dataDir = tempDir('jiyue-bench-serve-');
fs.chmodSync(dataDir, 0o755); // nginx workers run as an unprivileged user
const stops = [];
const results = [];
try {
  const appPort = await freePort();
  const app = await spawnUntilHealthy(process.execPath, [serverMain, 'serve'], {
    env: serverEnv({ DATA_DIR: dataDir, PORT: String(appPort), JIYUE_DEMO: 'off' }),
    url: `http://127.0.0.1:${appPort}/healthz`,
  });
  stops.push(() => app.stop());
  const appBase = `http://127.0.0.1:${appPort}`;
  await createBenchSite(appBase);
  closeAgent();
  const siteDir = path.join(dataDir, 'public', CODE);
  const html = articlePage();
  const size = writePublished(siteDir, PAGE.slice(1), html);
  const kb = (suffix) => (fs.statSync(path.join(siteDir, `${PAGE.slice(1)}${suffix}`)).size / 1024).toFixed(1);
  log(`page: ${PAGE}, ${(size / 1024).toFixed(1)} KB (gzip ${kb('.gz')} KB, br ${kb('.br')} KB)`);
  // The app may start building the new site in the background: let that settle first.
  await new Promise((r) => setTimeout(r, 1500));

  const barePort = await freePort();
  stops.push((await startNginx('bare', () => bareServer(barePort, siteDir))).stop);
  const bare1Port = await freePort();
  stops.push((await startNginx('bare1', () => bareServer(bare1Port, siteDir), 1)).stop);
  const oursPort = await freePort();
  stops.push((await startNginx('ours', (prefix) => ourServer(oursPort, appPort, dataDir, prefix))).stop);
  const nodePort = await freePort();
  stops.push(await startNodeReference(nodePort, path.join(siteDir, `${PAGE.slice(1)}.br`)));
  for (const port of [barePort, bare1Port, oursPort]) {
    const deadline = Date.now() + 10_000;
    while ((await probe(`http://127.0.0.1:${port}/`)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  const targets = [
    { key: 'nginx', label: 'bare nginx (gzip_static, brotli_static)', url: `http://127.0.0.1:${barePort}${PAGE}` },
    { key: 'nginx1', label: 'bare nginx, worker_processes 1', url: `http://127.0.0.1:${bare1Port}${PAGE}` },
    { key: 'ours', label: 'nginx with deploy/nginx/jiyue.conf', url: `http://127.0.0.1:${oursPort}${PAGE}` },
    { key: 'node', label: 'reference: bare Node http, .br from memory', url: `http://127.0.0.1:${nodePort}${PAGE}` },
    { key: 'app', label: 'the app (node server/dist/main.js serve)', url: `${appBase}${PAGE}` },
    { key: 'appZhTw', label: 'the app, /zh-tw/ variant', url: `${appBase}/zh-tw${PAGE}` },
  ];
  for (const t of targets) {
    const { text, headers } = await check(t.url, t.key === 'appZhTw' ? undefined : html);
    if (t.key === 'appZhTw' && !text.includes('政府網站')) throw new Error('the /zh-tw/ page is not in traditional Chinese');
    // Our nginx and the app must answer alike: same caching and security headers.
    if (['ours', 'app'].includes(t.key)) {
      const wanted = { 'cache-control': 'no-cache', vary: 'Accept-Encoding', 'x-content-type-options': 'nosniff' };
      for (const [name, value] of Object.entries(wanted)) {
        if (String(headers[name]).toLowerCase() !== value.toLowerCase())
          throw new Error(`${t.key}: ${name} is ${headers[name]}, not ${value}`);
      }
      if (!String(headers['content-security-policy']).startsWith("default-src 'self'")) throw new Error(`${t.key}: no CSP`);
      if (!headers.etag) throw new Error(`${t.key}: no ETag`);
    }
  }

  for (const t of targets) {
    log(`${t.label}: warm-up ${WARMUP_S} s`);
    wrk(t.url, WARMUP_S);
  }
  const runs = new Map(targets.map((t) => [t.key, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const t of targets) {
      const before = load();
      const r = wrk(t.url, DURATION_S);
      const after = load();
      runs.get(t.key).push({ ...r, load: `${before}→${after}` });
      log(
        `  round ${round} ${t.key}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, load ${before} → ${after}`,
      );
    }
  }
  for (const t of targets) {
    const sorted = runs.get(t.key).sort((a, b) => a.rps - b.rps);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    results.push({ ...t, ...median, rounds: sorted.map((r) => Math.round(r.rps)) });
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch((e) => log(`stop: ${e.message}`));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const by = Object.fromEntries(results.map((r) => [r.key, r]));
const ratio = (a, b) => Number((a / b).toFixed(3));
const summary = {
  date: new Date().toISOString(),
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  node: process.version,
  command: `${by.nginx.command} URL`,
  results: results.map(({ key, label, rps, p50, p99, load: l, rounds }) => ({
    key,
    label,
    rps: Math.round(rps),
    p50Ms: p50,
    p99Ms: p99,
    load: l,
    rounds,
  })),
  ratios: {
    appToNginx: ratio(by.app.rps, by.nginx.rps),
    appToNginxOneWorker: ratio(by.app.rps, by.nginx1.rps),
    appToBareNode: ratio(by.app.rps, by.node.rps),
    ourNginxToNginx: ratio(by.ours.rps, by.nginx.rps),
    appZhTwToNginx: ratio(by.appZhTw.rps, by.nginx.rps),
  },
  goals: {
    appAtLeastHalfOfNginx: by.app.rps >= 0.5 * by.nginx.rps,
    appP99AtMost12ms: by.app.p99 <= 12,
    ourNginxAtLeast90Percent: by.ours.rps >= 0.9 * by.nginx.rps,
  },
};
console.log(JSON.stringify(summary, null, 2));
const pct = (v) => `${(v * 100).toFixed(0)} %`;
console.log(
  `\n| serving a ~30 KB published page (br) | ${results.map((r) => `${r.key} ${Math.round(r.rps)} req/s, p99 ${r.p99.toFixed(1)} ms`).join('; ')} | app/nginx ${pct(summary.ratios.appToNginx)} (goal ≥ 50 %, p99 ≤ 12 ms); our nginx/nginx ${pct(summary.ratios.ourNginxToNginx)} (goal ≥ 90 %); app/nginx 1 worker ${pct(summary.ratios.appToNginxOneWorker)}; app/bare Node ${pct(summary.ratios.appToBareNode)} | \`node bench/publish-serve.mjs\` (${summary.command}); load ${results.map((r) => r.load).join(', ')} |`,
);
