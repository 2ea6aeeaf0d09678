/**
 * The published packages of the repository and their entry points, read from each package.json:
 * packages/* (the runtime) and generated/* (one per catalog); private packages are skipped.
 * Every subpath of `exports` is an entry point; each condition that leads to a `types` file is a
 * source of its declarations. Subpaths without declarations (`./package.json`, `./catalog.json`)
 * are recorded as they are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface EntryPoint {
  /** `.` or `./codes`. */
  readonly subpath: string;
  /** Per condition path (`import`, `require`, or `types` when there is none), the declaration file relative to the package. */
  readonly sources: readonly { readonly condition: string; readonly file: string }[];
}

export interface PublishedPackage {
  readonly name: string;
  /** Relative to the repository root, with forward slashes. */
  readonly dir: string;
  readonly entries: readonly EntryPoint[];
  readonly otherExports: readonly { readonly subpath: string; readonly target: string }[];
}

export class PackageError extends Error {}

/** Folders whose subfolders hold published packages. */
export const PACKAGE_PARENTS = ['packages', 'generated'] as const;

interface Manifest {
  readonly name?: unknown;
  readonly private?: unknown;
  readonly exports?: unknown;
  readonly types?: unknown;
  readonly typings?: unknown;
}

export function publishedPackages(root: string): PublishedPackage[] {
  const packages: PublishedPackage[] = [];
  for (const parent of PACKAGE_PARENTS) {
    const parentDir = join(root, parent);
    if (!existsSync(parentDir)) continue;
    // Folders or links to folders: a folder without a package.json is not a package.
    for (const name of readdirSync(parentDir).sort()) {
      const dir = `${parent}/${name}`;
      const manifestPath = join(root, dir, 'package.json');
      if (!existsSync(manifestPath)) continue;
      let manifest: Manifest;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      } catch (error) {
        throw new PackageError(`${dir}/package.json: not valid JSON (${(error as Error).message})`);
      }
      if (manifest.private === true) continue;
      if (typeof manifest.name !== 'string' || manifest.name === '') throw new PackageError(`${dir}/package.json: "name" must be a non-empty string`);
      packages.push({ name: manifest.name, dir, ...entryPoints(manifest, `${dir}/package.json`) });
    }
  }
  return packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Sources = Array<{ condition: string; file: string }>;

function entryPoints(manifest: Manifest, where: string): Pick<PublishedPackage, 'entries' | 'otherExports'> {
  const entries: EntryPoint[] = [];
  const otherExports: Array<{ subpath: string; target: string }> = [];
  let exportsMap = manifest.exports;
  if (exportsMap === undefined) {
    const types = manifest.types ?? manifest.typings;
    if (typeof types !== 'string') throw new PackageError(`${where}: no "exports" and no "types": nothing to report`);
    return { entries: [{ subpath: '.', sources: [{ condition: 'types', file: clean(types) }] }], otherExports };
  }
  // "exports": "./x.js" or { "import": …, "require": … } (conditions only) both mean the `.` subpath.
  if (typeof exportsMap === 'string' || Array.isArray(exportsMap) || !Object.keys(exportsMap as object).some((k) => k.startsWith('.')))
    exportsMap = { '.': exportsMap };
  for (const [subpath, target] of Object.entries(exportsMap as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sources: Sources = [];
    collectTypes(target, [], sources);
    if (sources.length > 0) entries.push({ subpath, sources: sources.sort((a, b) => (a.condition < b.condition ? -1 : a.condition > b.condition ? 1 : 0)) });
    else otherExports.push({ subpath, target: describeTarget(target) });
  }
  return { entries, otherExports };
}

/** Walks a conditions object; every `types` condition (or a string target that is a declaration file) is a source. */
function collectTypes(target: unknown, path: readonly string[], out: Sources): void {
  const condition = path.filter((c) => c !== 'types' && c !== 'default').join('.') || 'types';
  if (typeof target === 'string') {
    if (/\.d\.[cm]?ts$/.test(target) && !out.some((s) => s.condition === condition)) out.push({ condition, file: clean(target) });
    return;
  }
  if (Array.isArray(target)) {
    for (const t of target) collectTypes(t, path, out);
    return;
  }
  if (target === null || typeof target !== 'object') return;
  for (const [key, value] of Object.entries(target as Record<string, unknown>)) collectTypes(value, [...path, key], out);
}

function describeTarget(target: unknown): string {
  if (typeof target === 'string') return clean(target);
  return JSON.stringify(target);
}

const clean = (path: string): string => posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
