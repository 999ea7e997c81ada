#!/usr/bin/env node
// Builds what `npm start` serves: the server (esbuild bundle → server/dist) and the admin console
// (vite build → admin/dist), each only when its sources are newer than its last build.
//
//   node scripts/build.mjs            build what is stale, say what was done
//   node scripts/build.mjs --force    rebuild both
//   node scripts/build.mjs --quiet    print nothing when everything is up to date
//
// Run by `postinstall`, `prestart` and `npm run jiyue`, so it must cost next to nothing when up
// to date: it only stats files. A build writes a stamp file whose mtime is the moment the build
// *started*, so a source saved during a build still counts as newer than it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const isForced = args.has('--force');
const isQuiet = args.has('--quiet');
const unknown = [...args].filter((a) => !['--force', '--quiet'].includes(a));
if (unknown.length) {
  console.error(`build: unknown option ${unknown.join(' ')} (known: --force, --quiet)`);
  process.exit(2);
}

const STAMP = '.jiyue-build';

/**
 * Newest mtime (ms) among the given files and everything below the given folders. Folder mtimes
 * count too: deleting or renaming a source changes its folder's mtime, which makes the build stale.
 */
function newestMtime(entries, { skip = () => false } = {}) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return; // an optional input that does not exist
    }
    if (skip(p)) return;
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    }
  };
  for (const e of entries) visit(path.join(root, e));
  return newest;
}

function stampMtime(distDir) {
  try {
    return fs.statSync(path.join(root, distDir, STAMP)).mtimeMs;
  } catch {
    return 0;
  }
}

function writeStamp(distDir, startedAt) {
  const file = path.join(root, distDir, STAMP);
  fs.writeFileSync(file, `built ${new Date(startedAt).toISOString()} by scripts/build.mjs\n`);
  const t = new Date(startedAt);
  fs.utimesSync(file, t, t);
}

function run(label, command, commandArgs, cwd) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [command, ...commandArgs], { cwd, encoding: 'utf8', env: process.env });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) {
    console.error(`build: ${label} FAILED (exit ${result.status ?? result.error?.message})`);
    if (output) console.error(output);
    process.exit(1);
  }
  return { ms: Date.now() - started, output };
}

function resolveBin(pkg, rel) {
  // Workspaces hoist to the root node_modules; fall back to a workspace-local copy.
  for (const base of [root, path.join(root, 'admin'), path.join(root, 'server')]) {
    const p = path.join(base, 'node_modules', pkg, rel);
    if (fs.existsSync(p)) return p;
  }
  console.error(`build: ${pkg} is not installed (run npm ci)`);
  process.exit(1);
}

const targets = [
  {
    name: 'server',
    dist: 'server/dist',
    // Tests are excluded from the build (server/tsconfig.json), so editing them does not make it stale.
    inputs: ['server/src', 'server/tsconfig.json', 'server/package.json', 'tsconfig.base.json'],
    skip: (p) => p.endsWith('.test.ts') || p === path.join(root, 'server/src/test'),
    isPresent: () => true,
    build() {
      // Clean first so a deleted source leaves no stale .js behind.
      fs.rmSync(path.join(root, 'server/dist'), { recursive: true, force: true });
      // One bundle with shared chunks instead of hundreds of ESM files: start-up spends most of
      // its time loading modules, and a bundle loads about twice as fast (docs/benchmarks.md).
      // Native addons stay external. Types are checked by `npm run typecheck` (tsc), not here.
      const started = Date.now();
      const esbuild = createRequire(import.meta.url)('esbuild');
      try {
        const result = esbuild.buildSync({
          entryPoints: ['main.ts', 'app.ts', 'bootstrap.ts', 'kernel/index.ts', 'import-worker.ts'].map((e) => path.join(root, 'server/src', e)),
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          splitting: true,
          sourcemap: true,
          outbase: path.join(root, 'server/src'),
          outdir: path.join(root, 'server/dist'),
          external: ['better-sqlite3', '@node-rs/argon2', 'pg-native'],
          logLevel: 'silent',
          // CommonJS packages inside an ESM bundle still call require() for Node's built-ins.
          banner: { js: "import { createRequire as __jiyueCreateRequire } from 'node:module'; const require = __jiyueCreateRequire(import.meta.url);" },
        });
        const warnings = esbuild.formatMessagesSync(result.warnings, { kind: 'warning' }).join('\n').trim();
        return { ms: Date.now() - started, output: warnings };
      } catch (error) {
        console.error('build: esbuild (server) FAILED');
        console.error(error.message);
        process.exit(1);
      }
    },
  },
  {
    name: 'admin',
    dist: 'admin/dist',
    inputs: ['admin/src', 'admin/public', 'admin/index.html', 'admin/vite.config.ts', 'admin/tsconfig.json', 'admin/package.json'],
    skip: () => false,
    isPresent: () => fs.existsSync(path.join(root, 'admin/index.html')),
    absentNote: 'admin/index.html does not exist yet: skipped the admin console build',
    build() {
      // vite empties admin/dist itself (build.emptyOutDir).
      return run('vite build (admin)', resolveBin('vite', 'bin/vite.js'), ['build', '--logLevel', 'warn'], path.join(root, 'admin'));
    },
  },
];

const report = [];
for (const t of targets) {
  if (!t.isPresent()) {
    if (!isQuiet || isForced) report.push(`build: ${t.absentNote}`);
    continue;
  }
  const newestSource = newestMtime(t.inputs, { skip: t.skip });
  const builtAt = stampMtime(t.dist);
  if (!isForced && builtAt > 0 && newestSource <= builtAt) continue;
  const startedAt = Date.now();
  const { ms, output } = t.build();
  fs.mkdirSync(path.join(root, t.dist), { recursive: true });
  writeStamp(t.dist, startedAt);
  const why = isForced ? 'forced' : builtAt === 0 ? 'no previous build' : 'sources changed';
  report.push(`build: ${t.name} built in ${(ms / 1000).toFixed(1)} s (${why}) → ${t.dist}`);
  if (output) report.push(output);
}

if (report.length) console.log(report.join('\n'));
else if (!isQuiet) console.log('build: server and admin console are up to date');
