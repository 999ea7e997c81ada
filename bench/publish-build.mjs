#!/usr/bin/env node
// Publishing engine throughput (issue 4, "Performance"), in one run on SQLite:
//   1. render time per article page per core: the view of a real policy item page of the generated
//      site (sampleView → the publisher's own view builder), rendered N times by the site renderer
//      (LiquidJS, chrome cached as in a build); next to a template-literal floor: a hand-written JS
//      function producing the same HTML from the same view (its output is compared with the
//      renderer's), measured the same way. Also: view building + render, as a build does per page.
//   2. full rebuild of a generated site of ITEMS live items on the demo portal (the library
//      benchmark's generator, bench/data/library-data.mjs, every item published with a version-1
//      snapshot; raw multi-row inserts after a demo bootstrap), including atomic writes with .gz/.br
//      siblings: `startFullBuild(ctx, site, 'bench', { inline: true })` in this process, then the
//      same build split over 2 worker processes (each calls renderShard for every other shard on
//      the same SQLite file; the site pages go to worker 0; finishBuild after both). Reported as
//      pages/s next to the floor for the same page count: render floor × pages, plus the measured
//      cost of compressing and writing one page (writeSiteFile in a loop of WRITE_SAMPLE pages).
//   3. incremental publish on that site: PUBLISHES new news items, created, submitted and approved
//      beforehand (library markInReview/markApproved), then published one by one at RATE/s through
//      library publishApproved — the call the workflow's last approval makes — so the real event
//      path runs (library.item.published → publishing_pending → drain). Latency = publishApproved
//      called → the item page file exists with the new title AND the column's first list page lists
//      it (polled every 2 ms). Deeper list pages go to a job (not run here: jobs are not started).
// Goals: render ≤ 0.35 ms/page; full rebuild ≥ 2,000 pages/s; incremental p95 ≤ 300 ms at ≥ 3/s.
//
//   node bench/publish-build.mjs [--items 100000] [--renders 5000] [--publishes 100] [--rate 3] [--keep]
//
// Everything under a temp dir (removed unless --keep); loopback/local only; stops by itself.
// Prints progress on stderr, then a JSON summary and a markdown block on stdout.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { register } from 'tsx/esm/api';
import { insertSqliteRows, itemColumnTypes, libraryRows, placementColumnTypes } from './data/library-data.mjs';
import { BENCH_ADMIN_PASSWORD, markdownTable, percentile, tempDir } from './lib.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ITEMS = Number(option('items', 100_000));
const RENDERS = Number(option('renders', 5_000));
const PUBLISHES = Number(option('publishes', 100));
const RATE = Number(option('rate', 3));
const WRITE_SAMPLE = 2_000;
const WORKERS = 2;
const isKept = process.argv.includes('--keep');
const isWorker = process.argv.includes('--worker');
const NOW = Date.parse('2026-11-22T00:00:00Z');
const PORTAL = 'minghu';
const log = (m) => process.stderr.write(`${m}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
// One tsx registration, so every import below shares one module graph (tsImport would give each call its own).
register();
const src = (rel) => import(`../server/src/${rel}`);

// The server's own code, from source through tsx (one module graph for the platform and the calls).
const { openPlatform } = await src('app.ts');
const { loadConfig } = await src('kernel/index.ts');
const publishing = await src('modules/publishing/index.ts');
const publisher = await src('modules/publishing/publisher.ts');
const siteContext = await src('modules/publishing/site-context.ts');

function envFor(dataDir) {
  return {
    DATA_DIR: dataDir,
    JIYUE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    JIYUE_DEMO: 'on',
    // On, but never started here: enqueued jobs (list-page tails) wait; full builds run inline.
    JIYUE_JOBS: 'on',
    JIYUE_LOG_LEVEL: 'warn',
  };
}
const open = (dataDir) => openPlatform(loadConfig(envFor(dataDir)));

// ---- data --------------------------------------------------------------------------------------

async function prepare(dataDir) {
  const { bootstrapPlatform } = await src('bootstrap.ts');
  const platform = await open(dataDir);
  try {
    await bootstrapPlatform(platform.ctx);
  } finally {
    await platform.close();
  }
}

const versionColumns = ['item_id', 'version', 'title', 'snapshot', 'note', 'created_by', 'created_by_name', 'created_at'];

/** ITEMS live items on the portal, every one published at version 1 with its snapshot. */
function fill(file, topicTree) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  try {
    const s = raw.prepare('select s.id, s.code, u.code as unit_code from sites_sites s join accounts_org_units u on u.id = s.sponsor_unit_id where s.code = ?').get(PORTAL);
    const columns = raw.prepare("select id, slug, kind from sites_columns where site_id = ? and kind in ('list', 'single_page', 'topic')").all(s.id);
    const admin = raw.prepare("select id, display_name from accounts_users where username = 'admin'").get();
    const site = {
      id: Number(s.id),
      code: s.code,
      unitCode: s.unit_code,
      columns: new Map(columns.map((c) => [c.slug, Number(c.id)])),
      topicColumnId: Number(columns.find((c) => c.kind === 'topic')?.id),
      authors: [{ id: Number(admin.id), name: admin.display_name }],
    };
    const firstId = Number(raw.prepare('select coalesce(max(id), 0) + 1 as id from library_items').get().id);
    const itemColumns = Object.keys(itemColumnTypes);
    const placementColumns = Object.keys(placementColumnTypes);
    const flush = raw.transaction((items, placements, versions) => {
      insertSqliteRows(raw, 'library_items', itemColumns, items, 50);
      insertSqliteRows(raw, 'library_placements', placementColumns, placements, 200);
      insertSqliteRows(raw, 'library_versions', versionColumns, versions, 100);
    });
    // 索引号 serials continue the demo's counters (unique per unit and year), and are written back.
    const serials = new Map(raw.prepare('select unit_code, year, last_serial from library_index_counters').all().map((r) => [`${r.unit_code}/${r.year}`, Number(r.last_serial)]));
    let placed = 0;
    for (const { items, placements } of libraryRows({ count: ITEMS, firstId, sites: [site], topicTree, now: NOW, serials, seed: 20261124 })) {
      const versions = [];
      for (const it of items) {
        it.state = 'published';
        it.version = 1;
        it.published_version = 1;
        it.withdrawn_reason = null;
        it.published_at ??= new Date(Date.parse(it.created_at) + 3600_000).toISOString();
        it.published_by = admin.id;
        it.published_by_name = admin.display_name;
        const content = {
          title: it.title,
          summary: it.summary,
          keywords: JSON.parse(it.keywords),
          author: it.author,
          source: it.source,
          body: it.body,
          metadata: JSON.parse(it.metadata),
        };
        versions.push({ item_id: it.id, version: 1, title: it.title, snapshot: JSON.stringify(content), note: 'bench', created_by: admin.id, created_by_name: admin.display_name, created_at: it.created_at });
      }
      placed += placements.length;
      flush(items, placements, versions);
    }
    const upsert = raw.prepare(
      'insert into library_index_counters (unit_code, year, last_serial) values (?, ?, ?) on conflict (unit_code, year) do update set last_serial = excluded.last_serial',
    );
    raw.transaction(() => {
      for (const [k, v] of serials) upsert.run(k.split('/')[0], Number(k.split('/')[1]), v);
    })();
    raw.exec('analyze');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const types = raw.prepare('select type, count(*) as n from library_items where id >= ? group by type order by n desc').all(firstId);
    return { siteId: site.id, firstId, placed, types, columns: site.columns };
  } finally {
    raw.close();
  }
}

// ---- 1. render ---------------------------------------------------------------------------------

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (v) => {
  const s = v == null ? '' : String(v);
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (c) => escapes[c]) : s;
};
const when = (cond, html) => (cond ? html : '');
const each = (list, fn) => {
  let out = '';
  for (const x of list) out += fn(x);
  return out;
};

/** The floor: layout + head tags + item template of the default theme as template literals. Chrome cached, as the renderer does. */
function makeFloor(chrome) {
  const head = (v) => {
    let out = '';
    for (const m of v.meta) out += `<meta name="${esc(m.name)}" content="${esc(m.content)}">\n`;
    if (v.description) out += `<meta name="description" content="${esc(v.description)}">\n`;
    if (v.keywords) out += `<meta name="keywords" content="${esc(v.keywords)}">\n`;
    if (!v.isIndexable) out += '<meta name="robots" content="noindex, nofollow">\n';
    if (v.canonicalUrl) out += `<link rel="canonical" href="${esc(v.canonicalUrl)}">\n<meta property="og:url" content="${esc(v.canonicalUrl)}">\n`;
    out += `<meta property="og:title" content="${esc(v.title)}">\n<meta property="og:type" content="${v.kind === 'item' ? 'article' : 'website'}">\n<meta property="og:site_name" content="${esc(v.site.name)}">\n`;
    if (v.description) out += `<meta property="og:description" content="${esc(v.description)}">\n`;
    if (v.image) out += `<meta property="og:image" content="${esc(v.image)}">\n`;
    const a = v.assets;
    return `${out}<link rel="stylesheet" href="${esc(a.css)}">\n<link rel="stylesheet" href="${esc(a.toolbarCss)}">\n<link rel="stylesheet" href="${esc(a.printCss)}" media="print">\n<script src="${esc(a.toolbarJs)}" defer></script>`;
  };
  const link = (r, tag) =>
    `<li>${tag}<a href="${esc(r.url)}">${esc(r.title)}</a>${when(r.date, `<time datetime="${esc(r.date)}">${esc(r.date)}</time>`)}</li>`;
  const item = (v) => {
    const { item: i, t } = v;
    return `<article class="article">
<header class="article-head">
<h1>${esc(i.title)}</h1>
<p class="article-meta">${when(i.publishedAt, `<span>${esc(t.publishedAt)}：<time datetime="${esc(i.publishedAt.replace(/ /g, 'T'))}">${esc(i.publishedAt)}</time></span>`)}${when(i.source, `<span>${esc(t.source)}：${esc(i.source)}</span>`)}${when(i.author, `<span>${esc(t.author)}：${esc(i.author)}</span>`)}
</p>
</header>${when(i.isPreview, `\n<p class="notice" role="note"><strong>${esc(t.notice)}：</strong>${esc(t.previewNotice)}</p>`)}${i.banner ? `\n<div class="banner" role="note">\n<p><strong class="banner-label">${esc(t.notice)}：</strong>${esc(i.banner.text)}</p>${i.banner.replacedBy ? `\n<p>${esc(t.replacedBy)}<a href="${esc(i.banner.replacedBy.url)}">${esc(i.banner.replacedBy.title)}</a>${when(i.banner.replacedBy.date, `（${esc(i.banner.replacedBy.date)}）`)}</p>` : ''}\n</div>` : ''}${when(
      i.metadata.length > 0,
      `\n<table class="doc-table">\n<caption>${esc(t.metadata)}</caption>\n<tbody>${each(i.metadata, (r) => `\n<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`)}\n</tbody>\n</table>`,
    )}${when(
      i.interpretedPolicies.length > 0,
      `\n<aside class="relation-box" aria-labelledby="interpreted-title">\n<h2 id="interpreted-title">${esc(t.interpretedPolicies)}</h2>\n<ul>${each(i.interpretedPolicies, (r) => `\n${link(r, '')}`)}\n</ul>\n</aside>`,
    )}
<div class="article-body">
${i.bodyHtml}
</div>${when(
      i.images.length > 0,
      `\n<section class="images" aria-label="${esc(t.images)}">${each(i.images, (m) => `\n<figure><img src="${esc(m.url)}" alt="${esc(m.alt)}" loading="lazy">${when(m.name, `<figcaption>${esc(m.name)}</figcaption>`)}</figure>`)}\n</section>`,
    )}${when(
      i.attachments.length > 0,
      `\n<section class="attachments" aria-labelledby="attachments-title">\n<h2 id="attachments-title">${esc(t.attachments)}</h2>\n<ol>${each(i.attachments, (a) => `\n<li><a href="${esc(a.url)}">${esc(a.name)}</a>${when(a.description, `<span class="meta">（${esc(a.description)}）</span>`)}</li>`)}\n</ol>\n</section>`,
    )}${when(
      i.interpretations.length > 0,
      `\n<aside class="relation-box" aria-labelledby="interpretations-title">\n<h2 id="interpretations-title">${esc(t.interpretations)}</h2>\n<ul>${each(i.interpretations, (r) => `\n${link(r, when(r.typeLabel, `<span class="tag">${esc(r.typeLabel)}</span>`))}`)}\n</ul>\n</aside>`,
    )}${when(
      i.series.length > 0,
      `\n<section class="series" aria-labelledby="series-title">\n<h2 id="series-title">${esc(t.series)}${when(i.seriesEvent, `：${esc(i.seriesEvent)}`)}</h2>\n<ol>${each(
        i.series,
        (r) =>
          `\n<li${when(r.isCurrent, ' class="is-current"')}><time datetime="${esc(r.date)}">${esc(r.date)}</time>${when(r.isRumourRebuttal, `<span class="tag tag-warn">${esc(t.rumourRebuttal)}</span>`)}${r.isCurrent ? `<span aria-current="page">${esc(r.title)}</span><span class="tag">${esc(t.currentArticle)}</span>` : `<a href="${esc(r.url)}">${esc(r.title)}</a>`}</li>`,
      )}\n</ol>\n</section>`,
    )}${when(
      i.related.length > 0,
      `\n<section class="related" aria-labelledby="related-title">\n<h2 id="related-title">${esc(t.related)}</h2>\n<ul>${each(i.related, (r) => `\n${link(r, when(r.label, `<span class="tag">${esc(r.label)}</span>`))}`)}\n</ul>\n</section>`,
    )}
<div class="share">
<h2 class="share-title">${esc(t.share)}</h2>
<a class="share-weibo" href="${esc(i.share.weiboUrl)}" rel="noopener noreferrer">${esc(t.shareWeibo)}</a>${when(
      i.share.qrUrl,
      `\n<figure class="share-wechat"><img src="${esc(i.share.qrUrl)}" alt="${esc(t.shareWechatAlt)}" width="120" height="120" loading="lazy"><figcaption>${esc(t.shareWechat)}</figcaption></figure>`,
    )}
</div>
</article>`;
  };
  return (v) => `<!doctype html>
<html lang="${esc(v.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(v.title)}${when(!v.title.includes(v.site.name), ` - ${esc(v.site.name)}`)}</title>

${head(v)}
</head>
<body class="page-${esc(v.kind)}">
<a class="skip-link" href="#main">${esc(v.t.skipToContent)}</a>
${chrome.header}
<main id="main" tabindex="-1">
<div class="wrap">${when(
    v.crumbs.length > 1,
    `\n<nav class="crumbs" aria-label="${esc(v.t.breadcrumb)}"><ol>${each(v.crumbs, (c) => (c.url ? `<li><a href="${esc(c.url)}">${esc(c.name)}</a></li>` : `<li aria-current="page">${esc(c.name)}</li>`))}\n</ol></nav>`,
  )}
${item(v)}
</div>
</main>
${chrome.footerParts.join(esc(v.errorReportUrl))}
</body>
</html>
`;
}

/** Header and footer as the renderer caches them, cut out of one real page (the floor keeps them cached too). */
function chromeOf(html, view) {
  const skip = `${esc(view.t.skipToContent)}</a>\n`;
  const header = html.slice(html.indexOf(skip) + skip.length, html.indexOf('\n<main id="main"'));
  const footer = html.slice(html.indexOf('</main>\n') + '</main>\n'.length, html.lastIndexOf('\n</body>'));
  return { header, footerParts: footer.split(esc(view.errorReportUrl)) };
}

function timeLoop(n, fn) {
  for (let i = 0; i < Math.min(500, n); i++) fn(i); // warm-up
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return (performance.now() - t) / n;
}

async function renderBench(ctx, siteId, itemId) {
  const sc = await siteContext.loadSiteContext(ctx, siteId);
  const view = await publisher.sampleView(ctx, sc, 'item', itemId);
  const real = publisher.renderView(sc, view);
  const floor = makeFloor(chromeOf(real, view));
  const floorHtml = floor(view);
  let firstDiff = -1;
  if (floorHtml !== real) for (firstDiff = 0; floorHtml[firstDiff] === real[firstDiff]; firstDiff++);
  if (firstDiff >= 0) log(`  floor differs from the renderer at ${firstDiff}: renderer «${real.slice(firstDiff - 40, firstDiff + 60)}» floor «${floorHtml.slice(firstDiff - 40, firstDiff + 60)}»`);
  // As a build does per page: build the view (fresh objects: the chrome key is computed again) and render.
  const { getLiveItems } = await src('modules/library/index.ts');
  const pages = await src('modules/publishing/pages.ts');
  const [live] = await getLiveItems(ctx, [itemId]);
  const locate = (page, it) => {
    const here = pages.itemPathOn(sc, it);
    return here ? siteContext.rootOf(page) + here : null;
  };
  const buildView = () => pages.buildItemPage(sc, { item: live, series: null, seriesAnchor: null, locate }).view;
  const loadBefore = load();
  let sink = 0;
  const liquidMs = timeLoop(RENDERS, () => (sink += publisher.renderView(sc, view).length));
  const floorMs = timeLoop(RENDERS, () => (sink += floor(view).length));
  const viewMs = timeLoop(RENDERS, () => (sink += buildView().title.length));
  const viewLiquidMs = timeLoop(RENDERS, () => (sink += publisher.renderView(sc, buildView()).length));
  const viewFloorMs = timeLoop(RENDERS, () => (sink += floor(buildView()).length));
  return {
    itemId,
    type: live.type,
    bytes: Buffer.byteLength(real),
    floorBytes: Buffer.byteLength(floorHtml),
    isFloorIdentical: firstDiff < 0,
    metadataRows: view.item.metadata.length,
    liquidMs,
    floorMs,
    viewMs,
    viewLiquidMs,
    viewFloorMs,
    load: `${loadBefore} → ${load()}`,
    sink,
    html: real,
  };
}

/** Cost of writing one page with its .gz/.br siblings atomically, WRITE_SAMPLE pages, 16 at a time (as the publisher). */
async function writeCost(html, dir) {
  const { writeSiteFile } = await src('modules/publishing/output.ts');
  const paths = Array.from({ length: WRITE_SAMPLE }, (_, i) => `w/${String(i % 40).padStart(2, '0')}/t_${i}.html`);
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < paths.length) await writeSiteFile(dir, paths[next++], html);
    }),
  );
  const ms = (performance.now() - t) / WRITE_SAMPLE;
  fs.rmSync(path.join(dir, 'w'), { recursive: true, force: true });
  return ms;
}

// ---- 2. full rebuild -----------------------------------------------------------------------------

async function fullBuild(ctx, dataDir, siteId) {
  const loadBefore = load();
  const t = performance.now();
  const buildId = await publishing.startFullBuild(ctx, siteId, 'bench', { inline: true });
  const ms = performance.now() - t;
  const raw = new Database(path.join(dataDir, 'jiyue.sqlite'), { readonly: true });
  const build = raw.prepare('select * from publishing_builds where id = ?').get(buildId);
  const files = raw.prepare('select kind, count(*) as n from publishing_files where site_id = ? group by kind').all(siteId);
  raw.close();
  return { ms, pages: Number(build.pages), status: build.status, shards: Number(build.shards_total), files, load: `${loadBefore} → ${load()}` };
}

async function parallelBuild(ctx, dataDir, siteId) {
  const here = fileURLToPath(import.meta.url);
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, () => {
      const child = fork(here, ['--worker', '--data', dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      return new Promise((resolve, reject) => {
        child.once('message', () => resolve(child));
        child.once('error', reject);
        child.once('exit', (code) => reject(new Error(`worker exited ${code} before it was ready`)));
      });
    }),
  );
  for (const w of workers) w.removeAllListeners('exit');
  const loadBefore = load();
  const t = performance.now();
  siteContext.invalidateSiteContext(ctx, siteId);
  const startedAt = ctx.now().toISOString();
  const shards = await publisher.planShards(ctx, siteId);
  const results = await Promise.all(
    workers.map(
      (w, k) =>
        new Promise((resolve, reject) => {
          w.once('message', resolve);
          w.once('exit', (code) => code !== 0 && reject(new Error(`worker ${k} exited ${code}`)));
          w.send({ siteId, site: k === 0, shards: shards.filter((_, i) => i % WORKERS === k) });
        }),
    ),
  );
  const finish = await publisher.finishBuild(ctx, siteId, startedAt);
  const ms = performance.now() - t;
  const pages = results.reduce((n, r) => n + r.pages, 0) + finish.pages;
  return { ms, pages, perWorker: results.map((r) => ({ pages: r.pages, ms: Math.round(r.ms), errors: r.errors })), load: `${loadBefore} → ${load()}` };
}

// ---- 3. incremental publish ----------------------------------------------------------------------

async function incremental(ctx, dataDir, siteId, columnId) {
  const library = await src('modules/library/index.ts');
  const { systemActor } = await src('modules/accounts/index.ts');
  const sc = await siteContext.loadSiteContext(ctx, siteId);
  const column = sc.byId.get(columnId);
  const outDir = publishing.siteOutputDir(ctx.config, sc.site.code);
  const body = `<p>${'为进一步做好政务公开工作，现将有关事项通知如下。'.repeat(40)}</p>`.repeat(4);
  log(`  preparing ${PUBLISHES} approved items in ${column.slug} …`);
  const prepared = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const title = `基准测试增量发布第${i + 1}条：关于推进政务服务“一网通办”的工作动态 ${Date.now().toString(36)}`;
    const item = await library.createItem(ctx, { actor: systemActor, type: 'news', siteId, title, body, source: '明湖市人民政府办公室', placements: [{ columnId }] });
    await library.markInReview(ctx, { itemId: item.id, version: item.version });
    await library.markApproved(ctx, { itemId: item.id });
    prepared.push({ id: item.id, title, path: path.join(outDir, siteContext.itemPagePath(column, { id: item.id, createdAt: item.createdAt })) });
  }
  await publishing.whenIdle(ctx);
  const listFile = path.join(outDir, siteContext.listPagePath(column, 1));
  const isLive = async (p) => {
    try {
      const [page, list] = await Promise.all([fs.promises.readFile(p.path, 'utf8'), fs.promises.readFile(listFile, 'utf8')]);
      return page.includes(esc(p.title)) && list.includes(esc(p.title));
    } catch {
      return false;
    }
  };
  const interval = 1000 / RATE;
  const latencies = [];
  const loadBefore = load();
  const t0 = performance.now();
  let late = 0;
  for (let i = 0; i < prepared.length; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else late++;
    const p = prepared[i];
    const t = performance.now();
    await library.publishApproved(ctx, { itemId: p.id, publishedBy: systemActor });
    while (!(await isLive(p))) {
      if (performance.now() - t > 30_000) throw new Error(`item ${p.id} not live after 30 s`);
      await new Promise((r) => setTimeout(r, 2));
    }
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;
  await publishing.whenIdle(ctx);
  const raw = new Database(path.join(dataDir, 'jiyue.sqlite'), { readonly: true });
  const tails = raw.prepare("select count(*) as n from kernel_jobs where name = 'publishing.column-tail'").get()?.n;
  raw.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: latencies.length,
    rate: latencies.length / seconds,
    late,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    column: column.slug,
    tailJobs: tails,
    load: `${loadBefore} → ${load()}`,
  };
}

// ---- main ------------------------------------------------------------------------------------------

async function main() {
  const uptimeBefore = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  const dataDir = tempDir('jiyue-bench-publish-');
  log(`data in ${dataDir}; load ${load()}`);
  try {
    let t = performance.now();
    await prepare(dataDir);
    log(`  demo bootstrap ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const { topicTree } = await src('modules/library/topics.ts');
    t = performance.now();
    const data = fill(path.join(dataDir, 'jiyue.sqlite'), topicTree);
    const fillS = (performance.now() - t) / 1000;
    log(`  ${ITEMS.toLocaleString('en')} live items (${data.placed.toLocaleString('en')} placements) in ${fillS.toFixed(1)} s; load ${load()}`);

    const platform = await open(dataDir);
    const { ctx } = platform;
    try {
      const raw = new Database(path.join(dataDir, 'jiyue.sqlite'), { readonly: true });
      const policyId = raw
        .prepare("select i.id from library_items i where i.type = 'policy' and i.id >= ? and exists (select 1 from library_placements p where p.item_id = i.id) order by i.id desc limit 1")
        .get(data.firstId).id;
      raw.close();

      log('1. render …');
      const render = await renderBench(ctx, data.siteId, policyId);
      const { html } = render;
      delete render.html;
      log(`  liquid ${render.liquidMs.toFixed(3)} ms/page, floor ${render.floorMs.toFixed(3)} ms/page, view+liquid ${render.viewLiquidMs.toFixed(3)}, view+floor ${render.viewFloorMs.toFixed(3)} (${render.bytes} B, floor identical: ${render.isFloorIdentical}); load ${load()}`);
      const writeMs = await writeCost(html, dataDir);
      log(`  write with .gz/.br: ${writeMs.toFixed(3)} ms/page (${WRITE_SAMPLE} pages, 16 concurrent); load ${load()}`);

      log('2. full rebuild, 1 process …');
      const single = await fullBuild(ctx, dataDir, data.siteId);
      log(`  ${single.pages} pages in ${(single.ms / 1000).toFixed(1)} s = ${Math.round(single.pages / (single.ms / 1000))} pages/s (${single.status}); load ${single.load}`);
      log(`2b. full rebuild, ${WORKERS} worker processes …`);
      const parallel = await parallelBuild(ctx, dataDir, data.siteId);
      log(`  ${parallel.pages} pages in ${(parallel.ms / 1000).toFixed(1)} s = ${Math.round(parallel.pages / (parallel.ms / 1000))} pages/s; load ${parallel.load}`);

      log('3. incremental publish …');
      const inc = await incremental(ctx, dataDir, data.siteId, data.columns.get('gzdt'));
      log(`  p50 ${inc.p50.toFixed(0)} ms, p95 ${inc.p95.toFixed(0)} ms, max ${inc.max.toFixed(0)} ms at ${inc.rate.toFixed(2)}/s; load ${inc.load}`);

      const uptimeAfter = fs.readFileSync('/proc/loadavg', 'utf8').trim();
      const floorPerPage = render.viewFloorMs + writeMs;
      const summary = {
        command: `node bench/publish-build.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
        date: new Date().toISOString(),
        node: process.version,
        cores: os.cpus().length,
        loadavg: { before: uptimeBefore, after: uptimeAfter },
        items: ITEMS,
        itemTypes: Object.fromEntries(data.types.map((r) => [r.type, r.n])),
        fillSeconds: fillS,
        render,
        writeMsPerPage: writeMs,
        fullBuild: { single, parallel },
        floorBuild: {
          renderOnlyMs: render.floorMs * single.pages,
          viewAndRenderMs: render.viewFloorMs * single.pages,
          plusWriteMs: floorPerPage * single.pages,
          pagesPerSecond: 1000 / floorPerPage,
        },
        incremental: inc,
      };
      console.log(JSON.stringify(summary, null, 2));
      printMarkdown(summary);
    } finally {
      await platform.close();
    }
  } finally {
    if (isKept) log(`kept ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printMarkdown(s) {
  const r = s.render;
  const f = (n, d = 3) => n.toFixed(d);
  const ok = (b) => (b ? 'yes' : '**no**');
  const pps = (x) => Math.round(x.pages / (x.ms / 1000));
  console.log(`
### Publishing: render, full rebuild, incremental publish (${s.date.slice(0, 16).replace('T', ' ')} UTC)

Command: \`${s.command}\`. Node ${s.node}, ${s.cores} cores, SQLite. \`/proc/loadavg\` before: ${s.loadavg.before}; after: ${s.loadavg.after}.
Site: the demo portal with ${s.items.toLocaleString('en')} generated live items (${Object.entries(s.itemTypes).map(([k, v]) => `${k} ${v}`).join(', ')}), bulk-inserted in ${f(s.fillSeconds, 1)} s.

Render of one policy page (item ${r.itemId}, ${r.bytes} bytes, ${r.metadataRows} metadata rows), ${RENDERS.toLocaleString('en')} times after a warm-up, one core; the floor's output is ${r.isFloorIdentical ? 'byte-identical to' : `**not identical** to (${r.floorBytes} bytes)`} the renderer's. Load ${r.load}.

${markdownTable(
  ['per page', 'site renderer (LiquidJS)', 'template-literal floor', 'renderer / floor', '≤ 0.35 ms'],
  [
    ['render the same view', `${f(r.liquidMs)} ms`, `${f(r.floorMs)} ms`, `${f(r.liquidMs / r.floorMs, 1)}×`, ok(r.liquidMs <= 0.35)],
    ['build the view + render (as a build does)', `${f(r.viewLiquidMs)} ms`, `${f(r.viewFloorMs)} ms`, `${f(r.viewLiquidMs / r.viewFloorMs, 1)}×`, ok(r.viewLiquidMs <= 0.35)],
    ['build the view alone', `${f(r.viewMs)} ms`, '', '', ''],
    ['write page + .gz + .br atomically (16 concurrent)', `${f(s.writeMsPerPage)} ms`, `${f(s.writeMsPerPage)} ms`, '', ''],
  ],
)}

Full rebuild (\`startFullBuild(…, { inline: true })\`: site pages, item shards of 2,000, sitemap; reads, render, atomic writes with .gz/.br, manifest and page graph):

${markdownTable(
  ['build', 'pages', 'seconds', 'pages/s', 'vs floor', '≥ 2,000 pages/s', 'load'],
  [
    ['1 process, inline', String(s.fullBuild.single.pages), f(s.fullBuild.single.ms / 1000, 1), String(pps(s.fullBuild.single)), `${f(s.floorBuild.pagesPerSecond / pps(s.fullBuild.single), 1)}× slower`, ok(pps(s.fullBuild.single) >= 2000), s.fullBuild.single.load],
    [`${s.fullBuild.parallel.perWorker.length} worker processes (renderShard, alternate shards)`, String(s.fullBuild.parallel.pages), f(s.fullBuild.parallel.ms / 1000, 1), String(pps(s.fullBuild.parallel)), `${f(s.floorBuild.pagesPerSecond / pps(s.fullBuild.parallel), 1)}× slower`, ok(pps(s.fullBuild.parallel) >= 2000), s.fullBuild.parallel.load],
    ['floor, one core: (view + template literal + write) × pages', String(s.fullBuild.single.pages), f(s.floorBuild.plusWriteMs / 1000, 1), String(Math.round(s.floorBuild.pagesPerSecond)), '1×', '', ''],
  ],
)}

Incremental publish: ${s.incremental.n} new news items in \`${s.incremental.column}\`, each published by \`publishApproved\` (the last approval's call) at ${RATE}/s; latency = call → item page on disk with the new title and the column's first list page listing it. ${s.incremental.tailJobs ?? 0} list-tail jobs queued (not run). Load ${s.incremental.load}.

${markdownTable(
  ['publishes', 'achieved /s', 'p50 ms', 'p95 ms', 'max ms', 'p95 ≤ 300 ms', '≥ 3/s'],
  [[String(s.incremental.n), f(s.incremental.rate, 2), f(s.incremental.p50, 0), f(s.incremental.p95, 0), f(s.incremental.max, 0), ok(s.incremental.p95 <= 300), ok(s.incremental.rate >= 3)]],
)}
`);
}

// ---- worker mode: render the shards it is sent -----------------------------------------------

if (isWorker) {
  const platform = await open(option('data', ''));
  process.send({ ready: true });
  process.on('message', async (msg) => {
    const t = performance.now();
    let pages = 0;
    const errors = [];
    if (msg.site) pages += (await publisher.renderSitePages(platform.ctx, msg.siteId)).pages;
    for (const s of msg.shards) {
      const stats = await publisher.renderShard(platform.ctx, { siteId: msg.siteId, ...s });
      pages += stats.pages;
      errors.push(...stats.errors);
    }
    const ms = performance.now() - t;
    await platform.close();
    process.send({ pages, ms, errors: errors.length }, () => process.exit(0));
  });
} else {
  await main();
}
