// What a package's dist/ was built from: the hash of its src/ when the build began, recorded by
// clean-dist.mjs (the build's first step) in the package's node_modules/.cache, which is never
// published. `pnpm api-report` compares it with src/ as it is now (codegen/src/api-report/
// build-age.ts): a report read from a dist/ of other sources would describe the wrong surface.
// A hash, not file times: copies (cp -r, a checkout on tmpfs) and branch switches reorder mtimes
// of sources that did not change, and deleting a source file changes no remaining file's mtime.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { treeHash } from './tree-hash.mjs';

/** The stamp, relative to the package's folder. */
export const BUILD_STAMP = 'node_modules/.cache/errcat/built-from.sha256';

/** Hash of the package's src/ (every file's path and bytes). */
export function srcHash(pkgDir) {
  return treeHash(pkgDir, ['src']);
}

export function writeBuildStamp(pkgDir) {
  const file = join(pkgDir, BUILD_STAMP);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${srcHash(pkgDir)}\n`);
}

/** The hash the last build began from; undefined when no build recorded one. */
export function readBuildStamp(pkgDir) {
  try {
    return readFileSync(join(pkgDir, BUILD_STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}
