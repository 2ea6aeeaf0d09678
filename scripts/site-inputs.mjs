// What the built docs site depends on, as one hash: the catalogs, the site's settings and
// VitePress config, the generator (sources and templates) and the lockfile. docs-build.mjs
// records it beside the build; the site tests rebuild only when it differs (test/site/built-site.ts).
import { treeHash } from './tree-hash.mjs';

const INPUTS = ['catalog', 'site/site.json', 'site/.vitepress/config.mts', 'site/.vitepress/theme', 'site/public', 'codegen/src', 'codegen/templates', 'pnpm-lock.yaml'];

/** Hash of every input file's path and bytes, in a fixed order. */
export function siteInputsHash(root) {
  return treeHash(root, INPUTS);
}

/** Where the build records the hash it was built from (next to, not inside, what is deployed). */
export const STAMP = 'site/.vitepress/dist-inputs.txt';
export const DIST = 'site/.vitepress/dist';
