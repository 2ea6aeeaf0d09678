// What the built docs site depends on, as one hash: the catalogs, the site's settings and
// VitePress config, the generator (sources and templates) and the lockfile. docs-build.mjs
// records it beside the build; the site tests rebuild only when it differs (test/site/built-site.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['catalog', 'site/site.json', 'site/.vitepress/config.mts', 'site/.vitepress/theme', 'site/public', 'codegen/src', 'codegen/templates', 'pnpm-lock.yaml'];

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Hash of every input file's path and bytes, in a fixed order. */
export function siteInputsHash(root) {
  const hash = createHash('sha256');
  const all = INPUTS.flatMap((p) => (existsSync(join(root, p)) && !readdirSafe(join(root, p)) ? [p] : files(root, p))).sort();
  for (const path of all) hash.update(`${path}\0`).update(readFileSync(join(root, path))).update('\0');
  return hash.digest('hex');
}

/** undefined for a file, the entries for a folder. */
function readdirSafe(path) {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

/** Where the build records the hash it was built from (next to, not inside, what is deployed). */
export const STAMP = 'site/.vitepress/dist-inputs.txt';
export const DIST = 'site/.vitepress/dist';
