/**
 * Whether each package's build was made from its sources as they are now. The reports are read
 * from the built declarations (dist/), not from src/: after `pnpm generate` without `pnpm build`,
 * dist/ still holds the old surface, and a report made from it was "up to date" with the old
 * surface while the package to be published had changed. Each build records the hash of the src/
 * it began from (scripts/build-stamp.mjs, written by clean-dist.mjs); a package whose src/ hashes
 * otherwise was built from other sources. A package without a stamp (built before stamps, or
 * never) is not judged here: missing declarations are named by the reader.
 */
import { join } from 'node:path';
import { readBuildStamp, srcHash } from '../../../scripts/build-stamp.mjs';
import type { PublishedPackage } from './packages.js';

export interface StaleBuild {
  readonly name: string;
  /** The package's folder, relative to the repository root. */
  readonly dir: string;
}

/** The packages whose dist/ was built from a src/ other than the one they have now. */
export function staleBuilds(root: string, packages: readonly PublishedPackage[]): StaleBuild[] {
  const stale: StaleBuild[] = [];
  for (const pkg of packages) {
    const dir = join(root, pkg.dir);
    const built = readBuildStamp(dir);
    if (built !== undefined && built !== srcHash(dir)) stale.push({ name: pkg.name, dir: pkg.dir });
  }
  return stale;
}
