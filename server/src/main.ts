#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { buildApp, openPlatform, modules, allMigrations, type Platform } from './app.js';
import { bootstrapPlatform } from './bootstrap.js';
import { AppError, ConfigError, listMigrations, loadConfig, type Config } from './kernel/index.js';
import { createUser, findUserByUsername, resetPassword, systemActor, type Actor } from './modules/accounts/index.js';
import { exportItems, importItems, type BatchValidator, type ValidatedLine } from './modules/library/index.js';
import { servedSites, startFullBuild, verifySite } from './modules/publishing/index.js';
import { createSite, findSiteByCode, listSites } from './modules/sites/index.js';
import { importCheck, loadDictionary } from './modules/workflow/index.js';

const usage = `Jiyue (集约) — intensive government website platform

Usage: npm run jiyue -- <command> [options]

Commands:
  serve                          start the platform (migrates; first start creates admin and demo)
  migrate [--status]             apply pending migrations, or list them
  user create --username U --display-name N [--password P] [--role KEY]...
                                 create a user (platform-scoped roles; password generated when omitted)
  user reset-password --username U [--password P]
                                 set a new password; the user must change it at next login
  site list                      list sites
  site create --code C --name N --kind portal|department|district|topic --identifier ID
              [--short-name S] [--parent CODE] [--domain D]... [--icp ICP备案号]
              [--police-filing 公安机关备案号] [--status applied|approved|online]
                                 register a site (online needs 网站标识码, ICP and police filing numbers)
  import FILE.jsonl [--as USERNAME] [--batch N]
                                 import library items (JSON Lines, see docs/import-format.md);
                                 resumable: lines whose key was imported before are skipped
  export [--site CODE] [--type TYPE] [--out FILE]
                                 write library items as JSON Lines (stdout by default)
  publish [--site CODE]... [--all]
                                 re-render published sites in full (all served sites by default);
                                 also restores files a tamper check found changed
  verify [--site CODE]...        tamper check: compare published files with the manifest
                                 (exit status 2 when anything was changed, added or missing)
  help                           show this text

Configuration comes from the environment (see README): PORT, HOST, DATA_DIR, DATABASE_URL, …`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const details = error.details.map((d) => `  - ${d.path ? `${d.path}: ` : ''}${d.message}`).join('\n');
    return `${error.code}: ${error.message}${details ? `\n${details}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function withPlatform<T>(config: Config, fn: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = await openPlatform(config, {});
  try {
    return await fn(platform);
  } finally {
    await platform.close();
  }
}

async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const platform = await openPlatform(config);
  const { ctx } = platform;
  // First-start seeding (password hashing runs on libuv's threads) overlaps building the routes.
  const [outcome, app] = await Promise.all([bootstrapPlatform(ctx, { isContentInBackground: true }), buildApp(platform)]);
  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    ctx.logger.info({ signal }, 'shutting down: finishing requests and jobs');
    const timer = setTimeout(() => {
      ctx.logger.error('shutdown took longer than 25 s; exiting');
      process.exit(1);
    }, 25_000);
    timer.unref();
    try {
      await app.close();
      await platform.close();
      process.exit(0);
    } catch (error) {
      ctx.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.areJobsEnabled) {
    await ctx.jobs.start();
    for (const m of modules) await m.start?.(ctx);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicBaseUrl ?? `http://localhost:${port}`;
  ctx.logger.info({ port, database: ctx.dialect, jobs: ctx.jobs.kind, ms: Date.now() - started }, 'jiyue is ready');
  const lines = [
    '',
    `  Jiyue (集约) is running on ${ctx.dialect === 'sqlite' ? `SQLite (${config.database.dialect === 'sqlite' ? config.database.file : ''})` : 'PostgreSQL'}`,
    `  Portal:        ${base}/`,
    `  Admin console: ${base}/admin/`,
  ];
  if (outcome.isDemoCreated) {
    lines.push('  Demo platform created (sites, columns and demo users: see README); demo content is being entered.');
  }
  if (outcome.generatedAdminPassword) {
    lines.push(`  Admin account: admin / ${outcome.generatedAdminPassword}`, '  (shown only this once; you will be asked to change it at first login)');
  } else if (outcome.isAdminCreated) {
    lines.push('  Admin account: admin (password from JIYUE_ADMIN_PASSWORD)');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  if (outcome.enterDemoContent) {
    const contentStarted = Date.now();
    outcome.enterDemoContent().then(
      () => ctx.logger.info({ ms: Date.now() - contentStarted }, 'demo content entered'),
      (error: unknown) => ctx.logger.error({ err: error }, 'entering the demo content failed; the demo platform has no content'),
    );
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`${error.message}\nSee README "Configuration".`, 2);
    throw error;
  }

  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate': {
      const isStatus = sub === '--status';
      await withPlatform(config, async (platform) => {
        const all = await listMigrations(platform.database.db, allMigrations(), platform.database.dialect);
        if (isStatus) for (const m of all) process.stdout.write(`${m.executedAt ? 'applied' : 'pending'}  ${m.name}\n`);
        else process.stdout.write(`schema is up to date (${all.length} migrations)\n`);
      });
      return;
    }
    case 'user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'display-name': { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string', multiple: true },
        },
      });
      if (!values.username) fail('--username is required');
      await withPlatform(config, async ({ ctx }) => {
        const { generatePassword } = await import('./bootstrap.js');
        const password = values.password ?? generatePassword();
        if (sub === 'create') {
          const user = await createUser(ctx, {
            actor: systemActor,
            username: values.username!,
            displayName: values['display-name'] ?? values.username!,
            password,
            roleKeys: values.role ?? [],
            mustChangePassword: !values.password,
          });
          process.stdout.write(`created user ${user.username} (id ${user.id})${values.password ? '' : `, password: ${password}`}\n`);
        } else if (sub === 'reset-password') {
          const user = await resetPassword(ctx, { actor: systemActor, username: values.username!, password, mustChange: true });
          process.stdout.write(`password of ${user.username} reset${values.password ? '' : ` to: ${password}`}; it must be changed at next login\n`);
        } else {
          fail(`unknown command: user ${sub ?? ''}\n\n${usage}`);
        }
      });
      return;
    }
    case 'site': {
      await withPlatform(config, async ({ ctx }) => {
        if (sub === 'list') {
          let cursor: string | undefined;
          process.stdout.write('id\tcode\tkind\tstatus\tidentifier\tname\tdomains\n');
          do {
            const page = await listSites(ctx, { actor: systemActor, cursor, limit: 200 });
            for (const site of page.items) {
              process.stdout.write(`${site.id}\t${site.code}\t${site.kind}\t${site.status}\t${site.identifierCode}\t${site.legalName}\t${site.domains.join(',')}\n`);
            }
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
        } else if (sub === 'create') {
          const { values } = parseArgs({
            args: rest,
            options: {
              code: { type: 'string' },
              name: { type: 'string' },
              'short-name': { type: 'string' },
              kind: { type: 'string' },
              parent: { type: 'string' },
              identifier: { type: 'string' },
              domain: { type: 'string', multiple: true },
              icp: { type: 'string' },
              'police-filing': { type: 'string' },
              status: { type: 'string' },
            },
          });
          const site = await createSiteFromCli(ctx, values);
          process.stdout.write(`created site ${site.code} (id ${site.id}, ${site.status})\n`);
        } else {
          fail(`unknown command: site ${sub ?? ''}\n\n${usage}`);
        }
      });
      return;
    }
    case 'publish':
    case 'verify':
      return publishingCommand(config, command, [sub, ...rest].filter((a): a is string => a !== undefined));
    case 'import':
      return importCommand(config, sub, rest);
    case 'export':
      return exportCommand(config, [sub, ...rest].filter((a): a is string => a !== undefined));
    default:
      fail(`unknown command: ${command}\n\n${usage}`);
  }
}

async function publishingCommand(config: Config, command: 'publish' | 'verify', args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { site: { type: 'string', multiple: true }, all: { type: 'boolean' } } });
  await withPlatform(config, async ({ ctx }) => {
    const served = await servedSites(ctx);
    const wanted = values.site?.length ? values.site : served.map((s) => s.code);
    let isTampered = false;
    for (const code of wanted) {
      const site = await findSiteByCode(ctx, code);
      if (!site) fail(`no site with code ${code}`);
      if (command === 'publish') {
        const started = Date.now();
        process.stdout.write(`publishing ${code} … `);
        await startFullBuild(ctx, site.id, '命令行全量发布', { inline: true });
        const status = await verifySite(ctx, site.id);
        process.stdout.write(`${status.files} files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      } else {
        const report = await verifySite(ctx, site.id);
        const problems = report.changed.length + report.added.length + report.missing.length;
        if (problems) isTampered = true;
        process.stdout.write(`${code}: ${report.files} files, ${problems ? `${report.changed.length} changed, ${report.added.length} added, ${report.missing.length} missing` : 'no changes'}\n`);
        for (const f of report.changed) process.stdout.write(`  changed ${f}\n`);
        for (const f of report.added) process.stdout.write(`  added   ${f}\n`);
        for (const f of report.missing) process.stdout.write(`  missing ${f}\n`);
      }
    }
    if (isTampered) process.exitCode = 2;
  });
}

async function importCommand(config: Config, file: string | undefined, rest: string[]): Promise<void> {
  if (!file || file.startsWith('-')) fail(`usage: jiyue import FILE.jsonl [--as USERNAME] [--batch N]`);
  const { values } = parseArgs({ args: rest, options: { as: { type: 'string' }, batch: { type: 'string' } } });
  const fs = await import('node:fs');
  const readline = await import('node:readline');
  if (!fs.existsSync(file)) fail(`no such file: ${file}`);
  // Count lines first, for the progress bar (a fast byte scan).
  let total = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const buffer = chunk as Buffer;
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) total++;
  }
  await withPlatform(config, async ({ ctx }) => {
    let actor: Actor = { ...systemActor, displayName: '系统（导入）' };
    if (values.as) {
      const user = await findUserByUsername(ctx, values.as);
      if (!user) fail(`no user named ${values.as}`);
      actor = { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName };
    }
    const { default: cliProgress } = await import('cli-progress');
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: '导入 [{bar}] {percentage}% | {value}/{total} 行 | {eta_formatted}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
    bar?.start(Math.max(total, 1), 0);
    // Everything awaited must happen before the line reader exists: readline emits lines as soon as
    // it is created, and lines emitted before the import iterates them would be lost.
    const check = await importCheck(ctx);
    const worker = await startImportWorker(await loadDictionary(ctx));
    const started = Date.now();
    const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    const report = await importItems(ctx, {
      actor,
      lines,
      check,
      validate: worker?.validate,
      batchSize: values.batch ? Number(values.batch) : undefined,
      onProgress: (done) => bar?.update(done),
    }).finally(() => worker?.stop());
    bar?.update(total);
    bar?.stop();
    const seconds = (Date.now() - started) / 1000;
    for (const problem of report.failed) {
      const details = problem.details.map((d) => `${d.path ? `${d.path}: ` : ''}${d.message}`).join('; ');
      process.stderr.write(`line ${problem.line}${problem.key ? ` (${problem.key})` : ''}: ${problem.code} ${problem.message}${details ? ` — ${details}` : ''}\n`);
    }
    for (const held of report.held) process.stderr.write(`line ${held.line} (${held.key}): imported as draft, not published — ${held.reasons.join('; ')}\n`);
    process.stdout.write(
      `imported ${report.imported} of ${report.total} lines (${report.published} published, ${report.held.length} held as drafts by the content checks), ` +
        `${report.skipped} skipped as already imported, ${report.failed.length} failed, ${report.relations} relations, ${report.warnings} check warnings; ` +
        `${seconds.toFixed(1)} s, ${Math.round(report.imported / Math.max(seconds, 0.001))} items/s\n`,
    );
    if (report.failed.length) process.exitCode = 1;
  });
}

/**
 * The import's validation in a worker thread, when running from the built bundle (where
 * import-worker.js sits beside main.js); from the TypeScript sources the import validates in-thread.
 */
async function startImportWorker(dictionary: unknown): Promise<{ validate: BatchValidator; stop(): Promise<void> } | null> {
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const file = fileURLToPath(new URL('./import-worker.js', import.meta.url));
  if (!import.meta.url.endsWith('.js') || !existsSync(file)) return null;
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(file, { workerData: { dictionary } });
  const waiting = new Map<number, { resolve(v: ValidatedLine[]): void; reject(e: unknown): void }>();
  let next = 0;
  worker.on('message', (m: { id: number; results: ValidatedLine[] }) => {
    waiting.get(m.id)?.resolve(m.results);
    waiting.delete(m.id);
  });
  worker.on('error', (error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  return {
    validate: (lines) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, lines });
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

async function exportCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { site: { type: 'string' }, type: { type: 'string' }, out: { type: 'string' } } });
  const fs = await import('node:fs');
  await withPlatform(config, async ({ ctx }) => {
    const out = values.out ? fs.createWriteStream(values.out, { encoding: 'utf8' }) : process.stdout;
    let n = 0;
    for await (const line of exportItems(ctx, { siteCode: values.site, type: values.type })) {
      if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      n++;
    }
    if (values.out) {
      await new Promise<void>((resolve, reject) => (out as import('node:fs').WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
      process.stderr.write(`exported ${n} items to ${values.out}\n`);
    }
  });
}

async function createSiteFromCli(ctx: Platform['ctx'], values: Record<string, string | string[] | undefined>) {
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  let parentId: number | null = null;
  const parentCode = str('parent');
  if (parentCode) {
    const page = await listSites(ctx, { actor: systemActor, q: parentCode, limit: 200 });
    const parent = page.items.find((site: { code: string }) => site.code === parentCode);
    if (!parent) fail(`no site with code ${parentCode}`);
    parentId = parent.id;
  }
  return createSite(ctx, {
    actor: systemActor,
    code: str('code') ?? '',
    legalName: str('name') ?? '',
    shortName: str('short-name') ?? str('name') ?? '',
    kind: (str('kind') ?? 'department') as 'department',
    parentId,
    identifierCode: str('identifier') ?? '',
    domains: (values.domain as string[] | undefined) ?? [],
    icpNumber: str('icp') ?? null,
    psbNumber: str('police-filing') ?? null,
    ...(str('status') ? { status: str('status') as 'online' } : {}),
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(describeError(error));
});
