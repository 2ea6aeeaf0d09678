/**
 * Whether each package's build is older than its sources. The reports are read from the built
 * declarations (dist/), not from src/: after `pnpm generate` without `pnpm build`, dist/ still
 * holds the old surface, and a report made from it was "up to date" with the old surface while
 * the package to be published had changed. The build empties dist/ first (scripts/clean-dist.mjs)
 * and writes every file, so a declaration older than a source file means that file is not in it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedPackage } from './packages.js';

export interface StaleBuild {
  readonly name: string;
  /** The newest source file, relative to the repository root. */
  readonly source: string;
  /** The oldest declaration file the report reads, relative to the repository root. */
  readonly declaration: string;
}

/** The newest file under a folder (relative to `root`, with its mtime); undefined when there is none. */
function newestFile(root: string, dir: string): { path: string; mtimeMs: number } | undefined {
  const full = join(root, dir);
  if (!existsSync(full)) return undefined;
  let newest: { path: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const found = entry.isDirectory() ? newestFile(root, path) : entry.isFile() ? { path, mtimeMs: statSync(join(root, path)).mtimeMs } : undefined;
    if (found !== undefined && (newest === undefined || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** The oldest of the declaration files a package's report reads; missing ones are left to the reader, which names them. */
function oldestDeclaration(root: string, pkg: PublishedPackage): { path: string; mtimeMs: number } | undefined {
  let oldest: { path: string; mtimeMs: number } | undefined;
  for (const entry of pkg.entries) {
    for (const source of entry.sources) {
      const path = `${pkg.dir}/${source.file}`;
      if (!existsSync(join(root, path))) continue;
      const mtimeMs = statSync(join(root, path)).mtimeMs;
      if (oldest === undefined || mtimeMs < oldest.mtimeMs) oldest = { path, mtimeMs };
    }
  }
  return oldest;
}

/** The packages whose src/ has a file newer than a declaration their report would be read from. */
export function staleBuilds(root: string, packages: readonly PublishedPackage[]): StaleBuild[] {
  const stale: StaleBuild[] = [];
  for (const pkg of packages) {
    const source = newestFile(root, `${pkg.dir}/src`);
    const declaration = oldestDeclaration(root, pkg);
    if (source !== undefined && declaration !== undefined && source.mtimeMs > declaration.mtimeMs)
      stale.push({ name: pkg.name, source: source.path, declaration: declaration.path });
  }
  return stale;
}
