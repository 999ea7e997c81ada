import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Where the theme's files are at run time. The templates and assets are plain files beside this
 * module (`templates/<theme>/*.liquid`, `assets/<theme>/*`) so designers edit them as files. From
 * the TypeScript sources (vitest, tsx) they sit next to this file; the esbuild bundle
 * (`server/dist/*.js`) does not copy them, so from there they are found at
 * `../src/modules/publishing/theme` relative to the bundle — the sources ship with the server.
 * The folder is read once per process.
 */

const themeKeyPattern = /^[a-z][a-z0-9-]{0,40}$/;

let themeDir: string | undefined;

function findThemeDir(): string {
  if (themeDir) return themeDir;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    here,
    path.resolve(here, '../src/modules/publishing/theme'),
    path.resolve(here, '../../src/modules/publishing/theme'),
    path.resolve(process.cwd(), 'server/src/modules/publishing/theme'),
    path.resolve(process.cwd(), 'src/modules/publishing/theme'),
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'templates', 'default', 'layout.liquid')));
  if (!found) throw new Error(`theme files not found; looked in ${candidates.join(', ')}`);
  themeDir = found;
  return found;
}

const templateCache = new Map<string, ReadonlyMap<string, string>>();
const assetCache = new Map<string, Array<{ path: string; content: Buffer }>>();

/** The templates of a theme by name (file name without `.liquid`); empty for an unknown theme. */
export function readThemeTemplates(themeKey: string): ReadonlyMap<string, string> {
  const cached = templateCache.get(themeKey);
  if (cached) return cached;
  const templates = new Map<string, string>();
  if (themeKeyPattern.test(themeKey)) {
    const dir = path.join(findThemeDir(), 'templates', themeKey);
    if (fs.existsSync(dir)) {
      for (const file of fs.readdirSync(dir).sort()) {
        if (file.endsWith('.liquid')) templates.set(file.slice(0, -'.liquid'.length), fs.readFileSync(path.join(dir, file), 'utf8'));
      }
    }
  }
  templateCache.set(themeKey, templates);
  return templates;
}

/** Every file in the theme's asset folder, as `assets/<name>`; the built-in theme's when the theme has none. */
export function readThemeAssets(themeKey: string): Array<{ path: string; content: Buffer }> {
  const cached = assetCache.get(themeKey);
  if (cached) return cached;
  let assets: Array<{ path: string; content: Buffer }> = [];
  if (themeKeyPattern.test(themeKey)) {
    const dir = path.join(findThemeDir(), 'assets', themeKey);
    if (fs.existsSync(dir)) {
      assets = fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort()
        .map((name) => ({ path: `assets/${name}`, content: fs.readFileSync(path.join(dir, name)) }));
    }
  }
  if (assets.length === 0 && themeKey !== 'default') assets = readThemeAssets('default');
  assetCache.set(themeKey, assets);
  return assets;
}
