// One hash of a set of files and folders (every file's path and bytes, in a fixed order): what a
// build was made from. The site build (site-inputs.mjs) and the packages' builds (build-stamp.mjs)
// record it, and the checks that would otherwise trust a stale build compare it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  const entries = readdirSync(full, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** undefined for a file, the entries for a folder. */
function readdirSafe(path) {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

/** Hash of every file under `inputs` (paths relative to `root`, files or folders): paths and bytes, sorted. */
export function treeHash(root, inputs) {
  const hash = createHash('sha256');
  const all = inputs.flatMap((p) => (existsSync(join(root, p)) && !readdirSafe(join(root, p)) ? [p] : files(root, p))).sort();
  for (const path of all) hash.update(`${path}\0`).update(readFileSync(join(root, path))).update('\0');
  return hash.digest('hex');
}
