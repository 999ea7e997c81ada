#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after another; markdown for docs/benchmarks.md
// on stdout, progress on stderr. Arguments are passed to each benchmark (e.g. --runs 3).
//   npm run bench                      all
//   npm run bench -- cold-start        only the ones whose name contains "cold-start"
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchmarks = ['cold-start', 'admin-lists', 'content-checks', 'library-list', 'library-import', 'publish-build', 'publish-serve'];
const names = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const passThrough = process.argv.slice(2).filter((a) => !names.includes(a));
const chosen = names.length ? benchmarks.filter((b) => names.some((n) => b.includes(n))) : benchmarks;
if (chosen.length === 0) {
  console.error(`bench: nothing matches ${names.join(' ')} (benchmarks: ${benchmarks.join(', ')})`);
  process.exit(2);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { stdio: ['ignore', 2, 2] });
if (build.status !== 0) process.exit(build.status ?? 1);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`<!-- npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''} -->`);
console.log(
  `_Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}._\n`,
);
let failed = 0;
for (const b of chosen) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bench', `${b}.mjs`), ...passThrough], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.stderr.write(`bench: ${b} ${r.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
