/**
 * Phase 5, write: the only module that writes generated output (generated/, and the docs site's
 * pages in site/pages/). A run either changes every file it
 * must or nothing: new contents are staged first (a new package whole, in one hidden folder;
 * changed files beside their targets), then swapped in with renames, and any failure rolls the
 * swapped files back and removes the staged ones.
 */
import * as nodeFs from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedFile } from './emit/files.js';

/** Folders inside a generated package that belong to the build or to pnpm, not to the generator. */
const NOT_OURS = new Set(['node_modules', 'dist', '.turbo']);
/** Files inside a generated package owned by other tools (changesets writes the changelog). */
const NOT_OURS_FILES = new Set(['CHANGELOG.md']);

export type WriteFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'readFileSync' | 'readdirSync' | 'existsSync'
>;

export interface WritePlan {
  readonly outDir: string;
  /** Files whose contents differ from disk or that do not exist yet. */
  readonly writes: readonly GeneratedFile[];
  /** Generator-owned files on disk that the run no longer produces. */
  readonly deletes: readonly string[];
  readonly unchanged: number;
  /** Paths in `writes` that exist on disk (their old contents are replaced). */
  readonly replaces: ReadonlySet<string>;
  /** Package folders (first path segment) absent from outDir: staged whole and moved in with one rename. */
  readonly newPackages: ReadonlySet<string>;
}

/** How much of outDir the generator owns. */
export interface OwnershipOptions {
  /**
   * True: every file under outDir, top level included (site/pages/, which only the site emitter
   * writes). Default: files inside the top-level folders (generated/<api>/), none beside them.
   */
  readonly ownsTopLevelFiles?: boolean;
}

/** Every generator-owned file currently under outDir (relative paths, `/`-separated, sorted). */
export function listOwnedFiles(outDir: string, fs: WriteFs = nodeFs, { ownsTopLevelFiles = false }: OwnershipOptions = {}): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.errcat-')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth >= 1 && NOT_OURS.has(entry.name)) continue;
        walk(path, depth + 1);
      } else if ((depth >= 1 || ownsTopLevelFiles) && !NOT_OURS_FILES.has(entry.name)) {
        found.push(relative(outDir, path).split('\\').join('/'));
      }
    }
  };
  walk(outDir, 0);
  return found.sort();
}

/** The top-level folder a file is in; '' for a file at the top level (written in place, like a file of an existing package). */
const packageOf = (path: string): string => {
  const slash = path.indexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
};

export function planWrite(outDir: string, files: readonly GeneratedFile[], fs: WriteFs = nodeFs, ownership: OwnershipOptions = {}): WritePlan {
  const produced = new Set(files.map((f) => f.path));
  const writes: GeneratedFile[] = [];
  const replaces = new Set<string>();
  const newPackages = new Set<string>();
  const present = new Map<string, boolean>();
  let unchanged = 0;
  for (const f of files) {
    const pkg = packageOf(f.path);
    let exists = present.get(pkg);
    if (exists === undefined) {
      exists = pkg === '' || fs.existsSync(join(outDir, pkg));
      present.set(pkg, exists);
      if (!exists) newPackages.add(pkg);
    }
    let current: string | undefined;
    // A package folder that does not exist holds no file to compare with: no read to attempt.
    if (exists) {
      try {
        current = fs.readFileSync(join(outDir, f.path), 'utf8');
      } catch {
        current = undefined;
      }
    }
    if (current === f.contents) unchanged++;
    else {
      writes.push(f);
      if (current !== undefined) replaces.add(f.path);
    }
  }
  const deletes = listOwnedFiles(outDir, fs, ownership).filter((p) => !produced.has(p));
  return { outDir, writes, deletes, unchanged, replaces, newPackages };
}

const STAGE = '.errcat-new';
const BACKUP = '.errcat-old';

/**
 * Applies a plan all-or-nothing. Throws (after rolling back) if any step fails.
 *
 * A package folder that does not exist yet is staged whole in one hidden folder and appears with
 * a single rename; in a folder that exists, each changed file is staged beside its target and
 * swapped in, the old file kept aside until the whole run has succeeded.
 */
export function applyPlan(plan: WritePlan, fs: WriteFs = nodeFs): void {
  const tag = `${process.pid}`;
  const staged: string[] = [];
  const swapped: Array<{ target: string; backup: string | undefined }> = [];
  // Folders this run creates (the topmost of each new chain); a rollback removes them again.
  const createdDirs: string[] = [];
  const made = new Set<string>();
  const ensureDir = (dir: string): void => {
    if (made.has(dir)) return;
    const created = fs.mkdirSync(dir, { recursive: true });
    if (created !== undefined) createdDirs.push(created);
    made.add(dir);
  };
  const stageDir = (pkg: string): string => join(plan.outDir, `${STAGE}-${tag}-${pkg}`);
  const inPlace = plan.writes.filter((f) => !plan.newPackages.has(packageOf(f.path)));
  try {
    // 1. Stage: write every new file, beside its target or into its new package's staging folder. Nothing visible has changed yet.
    for (const pkg of plan.newPackages) {
      ensureDir(plan.outDir);
      // A crashed run's leftover under this name must not slip into the package.
      fs.rmSync(stageDir(pkg), { recursive: true, force: true });
      staged.push(stageDir(pkg));
      fs.mkdirSync(stageDir(pkg));
    }
    for (const f of plan.writes) {
      const pkg = packageOf(f.path);
      if (plan.newPackages.has(pkg)) {
        const path = join(stageDir(pkg), f.path.slice(pkg.length + 1));
        ensureDir(dirname(path));
        fs.writeFileSync(path, f.contents);
      } else {
        const target = join(plan.outDir, f.path);
        ensureDir(dirname(target));
        const temp = `${target}${STAGE}-${tag}`;
        staged.push(temp);
        fs.writeFileSync(temp, f.contents);
      }
    }
    // 2. Swap: new packages move into place whole; in existing ones, old files move aside and staged
    // files into place; deletions are moves aside too.
    for (const pkg of plan.newPackages) {
      const target = join(plan.outDir, pkg);
      fs.renameSync(stageDir(pkg), target);
      swapped.push({ target, backup: undefined });
    }
    for (const f of inPlace) {
      const target = join(plan.outDir, f.path);
      const backup = plan.replaces.has(f.path) ? `${target}${BACKUP}-${tag}` : undefined;
      if (backup !== undefined) fs.renameSync(target, backup);
      swapped.push({ target, backup });
      fs.renameSync(`${target}${STAGE}-${tag}`, target);
    }
    for (const path of plan.deletes) {
      const target = join(plan.outDir, path);
      const backup = `${target}${BACKUP}-${tag}`;
      fs.renameSync(target, backup);
      swapped.push({ target, backup });
    }
  } catch (error) {
    for (const { target, backup } of swapped.reverse()) {
      try {
        if (fs.existsSync(target) && backup !== undefined && fs.existsSync(backup)) fs.rmSync(target, { force: true });
        if (backup === undefined) fs.rmSync(target, { recursive: true, force: true });
        else if (fs.existsSync(backup)) fs.renameSync(backup, target);
      } catch {
        // Keep rolling back the rest; the backup stays on disk under its .errcat-old name.
      }
    }
    for (const temp of staged) {
      try {
        fs.rmSync(temp, { recursive: true, force: true });
      } catch {
        // Leave it: listOwnedFiles skips .errcat-* names, and the next run overwrites it.
      }
    }
    // Everything inside a folder this run created came from this run, and has been undone above.
    for (const dir of createdDirs.reverse()) {
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // An empty folder left behind is harmless; the original error matters more.
      }
    }
    throw error;
  }
  // 3. Commit: drop the backups.
  for (const { backup } of swapped) if (backup !== undefined) fs.rmSync(backup, { force: true });
  removeEmptyDirs(plan.outDir, plan.newPackages, fs);
}

/** Removes folders left empty under outDir; packages this run created whole have none. */
function removeEmptyDirs(outDir: string, skip: ReadonlySet<string>, fs: WriteFs): void {
  const prune = (dir: string, depth: number): boolean => {
    if (!fs.existsSync(dir)) return true;
    let empty = true;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (depth === 0 && skip.has(entry.name)) empty = false;
      else if (entry.isDirectory() && !(depth >= 1 && NOT_OURS.has(entry.name))) {
        if (!prune(join(dir, entry.name), depth + 1)) empty = false;
      } else empty = false;
    }
    if (empty && depth > 0) fs.rmSync(dir, { recursive: true, force: true });
    return empty;
  };
  prune(outDir, 0);
}

/** For `generate --check`: what would change, as sorted relative paths. */
export function staleness(plan: WritePlan): { stale: string[]; missing: string[]; extra: string[] } {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const f of plan.writes) (plan.replaces.has(f.path) ? stale : missing).push(f.path);
  return { stale, missing, extra: [...plan.deletes] };
}
