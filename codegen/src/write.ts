/**
 * Phase 5, write: the only module that writes generated output: generated/, and the docs site's
 * pages in site/pages/ (the lock aside: write-lock.ts).
 * A run is a transaction:
 *
 * 1. stage: every new file is written under `generated/.errcat-stage/` (a new package whole);
 *    nothing visible has changed yet;
 * 2. commit: the journal `generated/.errcat-journal.json` (written aside, then renamed into place,
 *    so it exists whole or not at all) lists every move of the run;
 *    (a run that fails after committing renames it to `.errcat-journal-undo.json` and undoes its moves);
 * 3. swap: old files move to `generated/.errcat-backup/`, staged files into place, deleted files to
 *    the backup too; then the backup, the stage and last the journal are removed.
 *
 * Killed before the commit, the run left only staging: `recover` removes it (the old output
 * stands). Killed after, `recover` replays the journal's moves, each of which it can tell done or
 * not done from what is on disk, so the new output stands. Every errcat command calls `recover`
 * first, under the lock, so none ever reads a package half old and half new. A failure inside
 * the run (a full disk, a busy file) undoes the moves instead, with the backups.
 *
 * errcat only removes what it created: staging, its backups, files of a package it generated, and
 * files the plan knows it put there. A folder or an unreadable file where a generated file belongs
 * is refused at planning time (`WriteRefused`), never moved or removed.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { GeneratedFile } from './emit/files.js';

/** Folders inside a generated package that belong to the build or to pnpm, not to the generator. */
const NOT_OURS = new Set(['node_modules', 'dist', '.turbo']);
/** Files inside a generated package owned by other tools (changesets writes the changelog). */
const NOT_OURS_FILES = new Set(['CHANGELOG.md']);

/**
 * Names editors and merge tools give their copies (`codes.ts~`, Emacs' `#index.ts#`, `.orig`,
 * `.rej`, `.bak`, `.swp`): a copy of a generated file carries the banner, but may hold a user's
 * unsaved edits, so it is refused rather than removed as stale output.
 */
const EDITOR_COPY = /(?:~|\.orig|\.rej|\.bak|\.sw[a-p])$|^#.*#$/;

/** Every name the transaction uses starts with `.errcat-` (ignored by git and by listOwnedFiles). */
export const STAGE_DIR = '.errcat-stage';
export const BACKUP_DIR = '.errcat-backup';
export const JOURNAL = '.errcat-journal.json';
/** The journal of a run being undone: renamed from JOURNAL, which needs no new bytes on a full disk. */
const JOURNAL_BACK = '.errcat-journal-undo.json';
const JOURNAL_TEMP = '.errcat-journal.tmp';

export type WriteFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'readFileSync' | 'readdirSync' | 'existsSync' | 'lstatSync'
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
  /** Things in the way that errcat did not create or cannot read: the plan is refused while any remain. */
  readonly conflicts: readonly string[];
  /** For a written file whose folder does not exist yet: the topmost folder the run creates for it (relative). */
  readonly newDirs: ReadonlyMap<string, string>;
}

/** A plan errcat will not carry out; each reason is one line naming the path and what to do. */
export class WriteRefused extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(reasons.join('\n'));
    this.name = 'WriteRefused';
  }
}

/** How much of outDir the generator owns. */
export interface OwnershipOptions {
  /**
   * True: every file under outDir, top level included (site/pages/, which only the site emitter
   * writes). Default: files inside the top-level folders (generated/<api>/), none beside them.
   */
  readonly ownsTopLevelFiles?: boolean;
  /**
   * Text every file the generator wrote carries (its banner): a file to be removed that lacks it
   * was put there by someone else, and the plan is refused instead of removing it. Files named in
   * `bannerless` (LICENSE, whose text license checkers read as it is) are the generator's by name.
   * Unset for outputs with no banner (site/pages/).
   */
  readonly bannerMark?: string;
  readonly bannerless?: readonly string[];
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
        // Only regular files: a link or a socket in a package was put there by someone else.
      } else if ((depth >= 1 || ownsTopLevelFiles) && entry.isFile() && !NOT_OURS_FILES.has(entry.name)) {
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

type Kind = 'file' | 'dir' | 'other' | 'none';

function kindOf(fs: WriteFs, path: string): Kind {
  try {
    const stat = fs.lstatSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'none';
    throw error;
  }
}

/**
 * A path as messages name it: relative to the repository root (generated/…, site/pages/…), the
 * nearest folder above outDir that holds catalog/ (`generated/…` when none does).
 */
function shown(outDir: string, path: string): string {
  for (let dir = dirname(outDir), i = 0; i < 3; i++, dir = dirname(dir))
    if (nodeFs.existsSync(join(dir, 'catalog'))) return relative(dir, path).split('\\').join('/');
  // An output folder outside a repository (tests, tools): named as generated/ is.
  return `generated/${relative(outDir, path).split('\\').join('/')}`;
}

export function planWrite(outDir: string, files: readonly GeneratedFile[], fs: WriteFs = nodeFs, ownership: OwnershipOptions = {}): WritePlan {
  const produced = new Set(files.map((f) => f.path));
  const writes: GeneratedFile[] = [];
  const replaces = new Set<string>();
  const newPackages = new Set<string>();
  const conflicts: string[] = [];
  const newDirs = new Map<string, string>();
  // Folders the run needs, checked once each: a file or a link where one belongs is not errcat's.
  const folders = new Map<string, boolean>();
  const folderOk = (dir: string): boolean => {
    let ok = folders.get(dir);
    if (ok !== undefined) return ok;
    const kind = kindOf(fs, dir);
    ok = kind === 'dir' || (kind === 'none' && (dir === outDir || folderOk(dirname(dir))));
    if (!ok && (kind === 'file' || kind === 'other')) {
      conflicts.push(`${shown(outDir, dir)} is in the way of a generated folder, and errcat did not create it: move it away, then run again`);
    }
    folders.set(dir, ok);
    return ok;
  };
  const topmostMissing = (dir: string): string | undefined => {
    let top: string | undefined;
    for (let d = dir; d !== outDir && d.startsWith(outDir) && kindOf(fs, d) === 'none'; d = dirname(d)) top = d;
    return top;
  };
  let unchanged = 0;
  /** Paths refused as in the way (a folder or special file where output belongs). */
  const refused: string[] = [];
  for (const f of files) {
    const pkg = packageOf(f.path);
    const target = join(outDir, f.path);
    const pkgDir = join(outDir, pkg);
    if (!folderOk(dirname(target))) continue;
    const created = topmostMissing(dirname(target));
    if (created !== undefined) newDirs.set(f.path, relative(outDir, created).split('\\').join('/'));
    if (pkg !== '' && !fs.existsSync(pkgDir)) {
      newPackages.add(pkg);
      writes.push(f);
      continue;
    }
    const kind = kindOf(fs, target);
    if (kind === 'none') {
      writes.push(f);
      continue;
    }
    if (kind !== 'file') {
      refused.push(target);
      conflicts.push(`${shown(outDir, target)} is a ${kind === 'dir' ? 'folder' : 'special file'} where a generated file belongs, and errcat did not create it: move it away, then run again`);
      continue;
    }
    const current = readOrRefuse(fs, outDir, target, 'replace', conflicts);
    if (current === undefined) continue;
    if (current === f.contents) unchanged++;
    else {
      writes.push(f);
      replaces.add(f.path);
    }
  }
  // Files under a path already refused (a user's folder where a file belongs) are that conflict's:
  // neither a conflict of their own nor output to remove (`generate --check` listed a user's note
  // in such a folder as an "extra" generated file).
  refused.push(...[...folders].filter(([, ok]) => !ok).map(([dir]) => dir));
  const underRefused = (p: string): boolean => refused.some((dir) => join(outDir, p).startsWith(`${dir}${sep}`) || join(outDir, p) === dir);
  const deletes = listOwnedFiles(outDir, fs, ownership).filter((p) => !produced.has(p) && !underRefused(p) && generatedHere(outDir, p, fs, ownership, conflicts));
  return { outDir, writes, deletes, unchanged, replaces, newPackages, conflicts, newDirs };
}

/** A file's text; undefined, with a conflict naming it, when it cannot be read (its contents are unknown). */
function readOrRefuse(fs: WriteFs, outDir: string, target: string, verb: 'replace' | 'remove', conflicts: string[]): string | undefined {
  try {
    return fs.readFileSync(target, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    conflicts.push(`${shown(outDir, target)} cannot be read (${code}), so errcat will not ${verb} it: fix its permissions or remove it, then run again`);
    return undefined;
  }
}

/**
 * Whether a file errcat is about to remove is one it wrote: it carries the banner, or its name is
 * one the generator writes without one. Anything else is refused (a conflict), never removed.
 * Only files to be removed are read: usually none.
 */
function generatedHere(outDir: string, path: string, fs: WriteFs, { bannerMark, bannerless = [] }: OwnershipOptions, conflicts: string[]): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (EDITOR_COPY.test(name)) {
    conflicts.push(
      `${shown(outDir, join(outDir, path))} looks like an editor's or merge tool's copy of a generated file (a name errcat never writes), so errcat will not remove it: move it out, then run again`,
    );
    return false;
  }
  if (bannerMark === undefined || bannerless.includes(name)) return true;
  const target = join(outDir, path);
  const text = readOrRefuse(fs, outDir, target, 'remove', conflicts);
  if (text === undefined) return false;
  if (text.slice(0, 2048).includes(bannerMark)) return true;
  conflicts.push(`${shown(outDir, target)} has no generated-file banner, so errcat did not write it and will not remove it: move it out of generated/, then run again`);
  return false;
}

/**
 * One move of the swap. `put`: a staged file into place (the old one, if `old`, to the backup
 * first). `sha` (of a put's contents, and of each file of a new package by its path) lets
 * `recover` tell its own moves from files someone put back after the run was killed.
 */
type Step =
  | { readonly op: 'put'; readonly path: string; readonly old: boolean; readonly dir?: string; readonly sha?: string }
  | { readonly op: 'delete'; readonly path: string }
  | { readonly op: 'package'; readonly name: string; readonly sha?: Readonly<Record<string, string>> };

const shaOf = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex').slice(0, 32);

interface Journal {
  readonly errcat: 'journal';
  readonly steps: readonly Step[];
}

class Paths {
  /** Folders known to exist: each is made (or checked) once per run. */
  private readonly made = new Set<string>();
  readonly stage: string;
  readonly backup: string;
  readonly journal: string;
  readonly journalBack: string;
  readonly journalTemp: string;
  constructor(readonly outDir: string) {
    this.stage = join(outDir, STAGE_DIR);
    this.backup = join(outDir, BACKUP_DIR);
    this.journal = join(outDir, JOURNAL);
    this.journalBack = join(outDir, JOURNAL_BACK);
    this.journalTemp = join(outDir, JOURNAL_TEMP);
  }
  target(path: string): string {
    return join(this.outDir, path);
  }
  staged(path: string): string {
    return join(this.stage, path);
  }
  backedUp(path: string): string {
    return join(this.backup, path);
  }
  ensureDir(dir: string, fs: WriteFs): void {
    if (this.made.has(dir)) return;
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
  /** Forgets the folders known to exist (after the stage or backup has been removed). */
  forget(): void {
    this.made.clear();
  }
}

/** The journal appears whole or not at all: written aside and flushed, then renamed over. */
function writeJournal(p: Paths, journal: Journal, fs: WriteFs): void {
  fs.writeFileSync(p.journalTemp, `${JSON.stringify(journal)}\n`, { flush: true });
  fs.renameSync(p.journalTemp, p.journal);
}

/** Applies a plan all-or-nothing (see the module comment). Throws (after undoing) if any step fails. */
export function applyPlan(plan: WritePlan, fs: WriteFs = nodeFs): void {
  if (plan.conflicts.length > 0) throw new WriteRefused(plan.conflicts);
  if (plan.writes.length === 0 && plan.deletes.length === 0) return;
  const p = new Paths(plan.outDir);
  const steps: Step[] = [];
  const packageShas = new Map<string, Record<string, string>>();
  for (const pkg of [...plan.newPackages].sort()) {
    const sha: Record<string, string> = {};
    packageShas.set(pkg, sha);
    steps.push({ op: 'package', name: pkg, sha });
  }
  for (const f of plan.writes) {
    const pkg = packageOf(f.path);
    const pkgSha = packageShas.get(pkg);
    if (pkgSha !== undefined) {
      pkgSha[f.path.slice(pkg.length + 1)] = shaOf(f.contents);
      continue;
    }
    const dir = plan.newDirs.get(f.path);
    steps.push({ op: 'put', path: f.path, old: plan.replaces.has(f.path), sha: shaOf(f.contents), ...(dir !== undefined && { dir }) });
  }
  for (const path of plan.deletes) steps.push({ op: 'delete', path });

  // An earlier run that was killed is finished (or undone) first: its leftovers must not slip into this one.
  if (!fs.existsSync(plan.outDir)) fs.mkdirSync(plan.outDir, { recursive: true });
  recover(plan.outDir, fs);
  let committed = false;
  try {
    // 1. Stage.
    for (const f of plan.writes) {
      const path = p.staged(f.path);
      p.ensureDir(dirname(path), fs);
      fs.writeFileSync(path, f.contents);
    }
    // 2. Commit.
    writeJournal(p, { errcat: 'journal', steps }, fs);
    committed = true;
    // 3. Swap.
    for (const step of steps) forward(p, step, fs);
  } catch (error) {
    if (!committed) {
      tryCleanUp(p, fs);
      throw error;
    }
    // Committed but a move failed: undo the moves made so far, from the backups.
    try {
      fs.renameSync(p.journal, p.journalBack);
      for (const step of [...steps].reverse()) back(p, step, fs);
      cleanUp(p, fs);
    } catch {
      // The journal stays: the next errcat command finishes the undo (or the run).
    }
    throw error;
  }
  finish(p, steps, fs);
}

/** Replays one step; a step already done (its source gone) is skipped, so replaying twice is safe. */
function forward(p: Paths, step: Step, fs: WriteFs): void {
  if (step.op === 'package') {
    const staged = p.staged(step.name);
    if (fs.existsSync(staged)) fs.renameSync(staged, p.target(step.name));
    return;
  }
  const target = p.target(step.path);
  if (step.op === 'delete') {
    if (kindOf(fs, target) === 'file') moveToBackup(p, step.path, fs);
    return;
  }
  const staged = p.staged(step.path);
  if (!fs.existsSync(staged)) return;
  if (step.old && kindOf(fs, target) === 'file' && !fs.existsSync(p.backedUp(step.path))) moveToBackup(p, step.path, fs);
  p.ensureDir(dirname(target), fs);
  fs.renameSync(staged, target);
}

function moveToBackup(p: Paths, path: string, fs: WriteFs): void {
  p.ensureDir(dirname(p.backedUp(path)), fs);
  fs.renameSync(p.target(path), p.backedUp(path));
}

/** Undoes one step; a step never done (or already undone) is skipped. */
function back(p: Paths, step: Step, fs: WriteFs): void {
  if (step.op === 'package') {
    const target = p.target(step.name);
    // The folder came into being whole with this run's rename: it goes back to the stage.
    if (!fs.existsSync(p.staged(step.name)) && fs.existsSync(target)) {
      p.ensureDir(p.stage, fs);
      fs.renameSync(target, p.staged(step.name));
    }
    return;
  }
  const target = p.target(step.path);
  const backup = p.backedUp(step.path);
  if (fs.existsSync(backup)) {
    p.ensureDir(dirname(target), fs);
    fs.renameSync(backup, target);
  } else if (step.op === 'put' && !step.old && !fs.existsSync(p.staged(step.path)) && kindOf(fs, target) === 'file') {
    // A new file whose staged copy has moved into place: this run put it there.
    p.ensureDir(dirname(p.staged(step.path)), fs);
    fs.renameSync(target, p.staged(step.path));
  }
  // A folder this run created for a new file goes too, if nothing but empty folders is in it.
  if (step.op === 'put' && step.dir !== undefined && emptyTree(fs, p.target(step.dir))) fs.rmSync(p.target(step.dir), { recursive: true, force: true });
}

function emptyTree(fs: WriteFs, dir: string): boolean {
  if (kindOf(fs, dir) !== 'dir') return false;
  return fs.readdirSync(dir, { withFileTypes: true }).every((e) => e.isDirectory() && emptyTree(fs, join(dir, e.name)));
}

/** After the swap: drop backups and staging, prune folders the deletions emptied, then the journal. */
function finish(p: Paths, steps: readonly Step[], fs: WriteFs): void {
  p.forget();
  remove(p.backup, fs);
  remove(p.stage, fs);
  for (const step of steps) if (step.op === 'delete') removeEmptiedDirs(p.outDir, dirname(p.target(step.path)), fs);
  remove(p.journal, fs);
}

function cleanUp(p: Paths, fs: WriteFs): void {
  p.forget();
  remove(p.stage, fs);
  remove(p.backup, fs);
  remove(p.journalTemp, fs);
  remove(p.journal, fs);
  remove(p.journalBack, fs);
}

/** Removes one of the transaction's own files or folders, if there. */
function remove(path: string, fs: WriteFs): void {
  if (fs.existsSync(path)) fs.rmSync(path, { recursive: true, force: true });
}

function tryCleanUp(p: Paths, fs: WriteFs): void {
  try {
    cleanUp(p, fs);
  } catch {
    // The stage stays; the next errcat command removes it (recover), and listOwnedFiles skips it.
  }
}

/**
 * True when generated/ holds anything of a run (staging, journal, backup, lock): one may be under
 * way, or have been killed. A cheap check, without the lock; the caller then takes the lock and
 * calls `recover`.
 */
export function needsRecovery(outDir: string, fs: WriteFs = nodeFs): boolean {
  if (!fs.existsSync(outDir)) return false;
  return fs.readdirSync(outDir).some((name) => name.startsWith('.errcat-'));
}

function leftBehind(p: Paths, fs: WriteFs): boolean {
  return fs.existsSync(p.journal) || fs.existsSync(p.journalBack) || fs.existsSync(p.stage) || fs.existsSync(p.backup) || fs.existsSync(p.journalTemp);
}

/**
 * none: nothing was left; rolled-back / completed: a killed run undone or finished; discarded:
 * the folder changed after the run was killed (a git checkout, files restored by hand), so its
 * moves were neither replayed nor undone and only its own leftovers were removed.
 */
export type Recovery = 'none' | 'rolled-back' | 'completed' | 'discarded';

/** The file's contents hash as the journal recorded them; undefined when it is no readable file. */
function shaOnDisk(fs: WriteFs, path: string): string | undefined {
  if (kindOf(fs, path) !== 'file') return undefined;
  try {
    return shaOf(fs.readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * True when what is on disk is not a state the journal's run can be in: a move it made was
 * undone, or a file it had yet to move was put there by someone else. Replaying it then would
 * leave a package part old and part new (after `git checkout -- generated`), or fail on a folder
 * that a branch switch brought back (ENOTEMPTY on every command).
 */
function diverged(p: Paths, steps: readonly Step[], fs: WriteFs): boolean {
  for (const step of steps) {
    if (step.op === 'package') {
      const staged = fs.existsSync(p.staged(step.name));
      const target = fs.existsSync(p.target(step.name));
      if (staged === target) return true;
      if (!staged && step.sha !== undefined) {
        for (const [path, sha] of Object.entries(step.sha)) if (shaOnDisk(fs, p.target(join(step.name, path))) !== sha) return true;
      }
      continue;
    }
    const target = kindOf(fs, p.target(step.path));
    const backedUp = fs.existsSync(p.backedUp(step.path));
    if (step.op === 'delete') {
      if (target !== 'none' && backedUp) return true;
      continue;
    }
    if (fs.existsSync(p.staged(step.path))) {
      // Not moved yet: the old file in place (or already in the backup), or none for a new one.
      if (step.old ? target === 'none' && !backedUp : target !== 'none') return true;
    } else if (step.sha !== undefined && shaOnDisk(fs, p.target(step.path)) !== step.sha) return true;
  }
  return false;
}

/**
 * Finishes or undoes a run that was killed (call it holding the lock): with a journal, its
 * direction is carried out; without one, the run never committed and its staging is removed.
 */
export function recover(outDir: string, fs: WriteFs = nodeFs): Recovery {
  const p = new Paths(outDir);
  if (!fs.existsSync(outDir) || !leftBehind(p, fs)) return 'none';
  // The undo journal wins: it is the forward one, renamed once the run began undoing.
  const undo = fs.existsSync(p.journalBack);
  const journalPath = undo ? p.journalBack : p.journal;
  if (!undo && !fs.existsSync(p.journal)) {
    // The run never committed: the old output stands; its staging goes.
    cleanUp(p, fs);
    return 'rolled-back';
  }
  const journal = readJournal(fs, journalPath);
  if (journal === undefined) {
    throw new WriteRefused([`${shown(outDir, journalPath)} is not a journal errcat wrote: look at it, remove it, then run again`]);
  }
  if (!undo) {
    if (diverged(p, journal.steps, fs)) {
      cleanUp(p, fs);
      return 'discarded';
    }
    for (const step of journal.steps) forward(p, step, fs);
    finish(p, journal.steps, fs);
    return 'completed';
  }
  for (const step of [...journal.steps].reverse()) back(p, step, fs);
  cleanUp(p, fs);
  return 'rolled-back';
}

/** The journal at path, or undefined when it is not one errcat wrote. */
function readJournal(fs: WriteFs, path: string): Journal | undefined {
  let parsed: Partial<Journal> | undefined;
  try {
    parsed = JSON.parse(fs.readFileSync(path, 'utf8')) as Partial<Journal>;
  } catch {
    return undefined;
  }
  if (parsed?.errcat !== 'journal' || !Array.isArray(parsed.steps)) return undefined;
  // Paths stay inside generated/: a journal naming anything else is not errcat's.
  const inside = (path: unknown): boolean =>
    typeof path === 'string' && path !== '' && !isAbsolute(path) && !path.split(/[\\/]/).some((part) => part === '..' || part === '');
  // A new package's file hashes are keyed by paths inside it.
  const shasInside = (sha: unknown): boolean =>
    sha === undefined || (typeof sha === 'object' && sha !== null && !Array.isArray(sha) && Object.entries(sha).every(([k, v]) => inside(k) && typeof v === 'string'));
  const ok = parsed.steps.every(
    (s: Partial<Step> | null) =>
      s !== null &&
      typeof s === 'object' &&
      ((s.op === 'package' && inside((s as { name?: unknown }).name) && shasInside((s as { sha?: unknown }).sha)) ||
        ((s.op === 'put' || s.op === 'delete') && inside((s as { path?: unknown }).path))),
  );
  return ok ? (parsed as Journal) : undefined;
}

/**
 * Removes the folders a deletion left empty, from the deleted file's folder up to (not including)
 * outDir; a folder that holds anything, or that no deletion emptied, is not errcat's to remove.
 */
function removeEmptiedDirs(outDir: string, from: string, fs: WriteFs): void {
  for (let dir = from; dir !== outDir && dir.startsWith(outDir); dir = dirname(dir)) {
    if (kindOf(fs, dir) !== 'dir' || fs.readdirSync(dir).length > 0) return;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** For `generate --check`: what would change, as sorted relative paths. */
export function staleness(plan: WritePlan): { stale: string[]; missing: string[]; extra: string[] } {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const f of plan.writes) (plan.replaces.has(f.path) ? stale : missing).push(f.path);
  return { stale, missing, extra: [...plan.deletes] };
}
