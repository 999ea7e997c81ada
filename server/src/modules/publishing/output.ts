import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Config } from '../../kernel/index.js';

/*
 * The static output of a site: `<DATA_DIR>/public/<site code>/`. Every file is written atomically
 * (a temporary file in the same folder, then rename), so a reader or a crash never sees half a
 * page. Text files get precompressed `.gz` and `.br` siblings, compressed on libuv's thread pool
 * (zlib's async API), which spreads a rebuild's compression over every core.
 */

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Text files are precompressed; everything else is written as is. */
const compressible = /\.(html|xml|txt|css|js|svg|json)$/;

export function isCompressible(file: string): boolean {
  return compressible.test(file);
}

export function siteOutputDir(config: Config, siteCode: string): string {
  return path.join(config.dataDir, 'public', siteCode);
}

/** A site-relative output path: lower-case segments, no `..`, no leading slash. */
const safePath = /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\-/\u4e00-\u9fa5]+$/;

export function assertSafePath(file: string): void {
  if (!safePath.test(file) || file.startsWith('/') || file.includes('//')) throw new Error(`unsafe output path: ${file}`);
}

export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export interface WrittenFile {
  path: string;
  sha256: string;
  gzSha256: string | null;
  brSha256: string | null;
  size: number;
}

let tempCounter = 0;

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
  try {
    await fs.writeFile(temp, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temp, data);
  }
  await fs.rename(temp, file);
}

/**
 * Writes one file of a site (and its compressed siblings). The siblings are renamed into place
 * before the file itself, so a served `.html` never has older siblings for long.
 */
export async function writeSiteFile(root: string, file: string, content: Buffer | string): Promise<WrittenFile> {
  assertSafePath(file);
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  const target = path.join(root, file);
  if (!isCompressible(file)) {
    await writeAtomic(target, data);
    return { path: file, sha256: sha256(data), gzSha256: null, brSha256: null, size: data.length };
  }
  const [gz, br] = await Promise.all([
    gzip(data, { level: 6 }),
    brotli(data, {
      params: {
        // Quality 4 compresses a page ~20× faster than 11 for some 10 % more bytes.
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  await Promise.all([writeAtomic(`${target}.gz`, gz), writeAtomic(`${target}.br`, br)]);
  await writeAtomic(target, data);
  return { path: file, sha256: sha256(data), gzSha256: sha256(gz), brSha256: sha256(br), size: data.length };
}

/** Removes a file and its siblings; missing files are fine. */
export async function removeSiteFile(root: string, file: string): Promise<void> {
  assertSafePath(file);
  const target = path.join(root, file);
  await Promise.all([fs.rm(target, { force: true }), fs.rm(`${target}.gz`, { force: true }), fs.rm(`${target}.br`, { force: true })]);
}

/** Every file under a site's output folder (site-relative paths), temporary files excluded. */
export async function listSiteFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const e of entries) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), rel);
      else found.push(rel);
    }
  }
  await walk(root, '');
  return found;
}
