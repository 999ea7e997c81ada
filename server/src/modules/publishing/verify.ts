import fs from 'node:fs/promises';
import path from 'node:path';
import type { Ctx } from '../../kernel/index.js';
import { listSiteFiles, sha256 } from './output.js';
import * as repo from './repository.js';
import { loadSiteContext } from './site-context.js';

/*
 * Tamper check (防篡改): every file under a site's output folder is hashed and compared with the
 * manifest written at publish time. A changed, added or missing file is reported (and logged at
 * error level, which monitoring picks up); `jiyue publish --site` restores the published state.
 */

export interface VerifyReport {
  siteId: number;
  code: string;
  checkedAt: string;
  files: number;
  changed: string[];
  added: string[];
  missing: string[];
}

export async function verifySite(ctx: Ctx, siteId: number): Promise<VerifyReport> {
  const sc = await loadSiteContext(ctx, siteId);
  if (!sc) throw new Error(`site ${siteId} not found`);
  const manifest = await repo.listManifest(ctx, siteId);
  const expected = new Map<string, string>();
  for (const m of manifest) {
    expected.set(m.path, m.sha256);
    if (m.gzSha256) expected.set(`${m.path}.gz`, m.gzSha256);
    if (m.brSha256) expected.set(`${m.path}.br`, m.brSha256);
  }
  const onDisk = (await listSiteFiles(sc.outputDir)).filter((f) => !f.endsWith('.tmp'));
  const changed: string[] = [];
  const added: string[] = [];
  const seen = new Set<string>();
  for (const file of onDisk) {
    seen.add(file);
    const want = expected.get(file);
    if (!want) {
      added.push(file);
      continue;
    }
    const data = await fs.readFile(path.join(sc.outputDir, file));
    if (sha256(data) !== want) changed.push(file);
  }
  const missing = [...expected.keys()].filter((f) => !seen.has(f));
  const report: VerifyReport = {
    siteId,
    code: sc.site.code,
    checkedAt: ctx.now().toISOString(),
    files: onDisk.length,
    changed: changed.sort(),
    added: added.sort(),
    missing: missing.sort(),
  };
  await repo.insertVerification(ctx, siteId, {
    checkedAt: report.checkedAt,
    changed: report.changed.slice(0, 1000),
    added: report.added.slice(0, 1000),
    missing: report.missing.slice(0, 1000),
  });
  if (changed.length || added.length || missing.length) {
    ctx.logger.error(
      {
        siteId,
        code: sc.site.code,
        changed: changed.length,
        added: added.length,
        missing: missing.length,
        sample: [...changed, ...added, ...missing].slice(0, 10),
      },
      'tamper check: published files differ from the manifest',
    );
  }
  return report;
}
