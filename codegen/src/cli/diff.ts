/**
 * `errcat diff [<git-ref>] [--write-changeset] [--require-changeset]`: the catalogs and the API
 * reports (api-reports/, diff/api-classify.ts) in the working tree against those at a ref (default:
 * the merge base with main), each change classified as major / minor / patch, and the bump each
 * package needs: the level itself from 1.0.0 on, one less below it (changesets.ts `bumpFor`).
 *
 * --write-changeset writes .changeset/errcat-<api>-<HEAD commit>.md per changed package at that
 * bump (changesets.ts `changesetFileName`: pending changesets of earlier commits are kept);
 * --require-changeset fails (exit 1) when .changeset/*.md lacks a bump of at least that one; without
 * an explicit ref, for everything each package changed since its last release (releases.ts).
 * On main, the default ref is HEAD (uncommitted catalog edits are checked). Where there is nothing
 * to compare with (no git, no main branch, no commit), the default ref cannot be resolved: a notice, exit 0. A ref given explicitly must resolve (exit 2 otherwise).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrcatCatalog } from '../catalog.types.js';
import { PACKAGE_PARENTS } from '../api-report/packages.js';
import { bumpFor, changesetFileName, diffCatalogs, changesetsWithoutWords, readChangesetLevels, renderChangeset, type ApiDiff } from '../diff/changesets.js';
import { atLeast, LEVELS, type Level } from '../diff/classify.js';
import { diffReports, mergeSurfaceDiffs } from '../diff/surface-diffs.js';
import { SCHEMA_FILE_NAME } from '../load.js';
import { loadOrReport } from './generate.js';
import { reportsAt, reportsNow } from './diff-reports.js';
import { commitOf, filesAt, git, showFile } from './git.js';
import { lastReleases } from './releases.js';
import { EXIT, plural, style, type CliIo, type Style } from './io.js';

export interface DiffOptions {
  readonly ref?: string;
  readonly writeChangeset: boolean;
  readonly requireChangeset: boolean;
}

const MAIN_BRANCHES = ['main', 'origin/main'];

type Base = { ok: true; commit: string; label: string } | { ok: false; exit: number; message: string };

function resolveBase(root: string, options: DiffOptions): Base {
  const inRepo = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (options.ref !== undefined) {
    const commit = inRepo.ok ? commitOf(root, options.ref) : undefined;
    if (commit === undefined) return { ok: false, exit: EXIT.usage, message: `cannot resolve git ref "${options.ref}"` };
    return { ok: true, commit, label: options.ref };
  }
  if (!inRepo.ok) return { ok: false, exit: EXIT.ok, message: 'not a git work tree: nothing to compare the catalogs with' };
  const head = commitOf(root, 'HEAD');
  if (head === undefined) return { ok: false, exit: EXIT.ok, message: 'no commit yet: nothing to compare the catalogs with' };
  const main = MAIN_BRANCHES.map((b) => ({ branch: b, commit: commitOf(root, b) })).find((b) => b.commit !== undefined);
  if (main === undefined) return { ok: false, exit: EXIT.ok, message: `no ${MAIN_BRANCHES.join(' or ')} branch here (a shallow or single-branch clone?): nothing to compare with` };
  // On main itself the working tree is compared with HEAD: uncommitted catalog edits are checked
  // like a branch's (a clean tree has no changes and passes).
  if (main.commit === head) return { ok: true, commit: head, label: `HEAD (${main.branch})` };
  const base = git(root, ['merge-base', 'HEAD', main.commit as string]);
  if (!base.ok) return { ok: false, exit: EXIT.ok, message: `HEAD and ${main.branch} have no merge base: nothing to compare with` };
  return { ok: true, commit: base.stdout.trim(), label: `merge base with ${main.branch}` };
}

/** The catalogs at a commit; a file that does not parse there is skipped with a notice. */
function catalogsAt(root: string, commit: string, notice: (text: string) => void): ErrcatCatalog[] {
  const catalogs: ErrcatCatalog[] = [];
  for (const path of filesAt(root, commit, 'catalog')) {
    if (!path.endsWith('.json') || path.endsWith(`/${SCHEMA_FILE_NAME}`)) continue;
    const text = showFile(root, commit, path);
    if (text === undefined) continue;
    try {
      const data = JSON.parse(text) as ErrcatCatalog;
      if (data?.api?.id !== undefined && Array.isArray(data.codes)) catalogs.push(data);
      else notice(`${path} at ${commit.slice(0, 10)} is not a catalog: skipped`);
    } catch {
      notice(`${path} at ${commit.slice(0, 10)} is not valid JSON: skipped`);
    }
  }
  return catalogs;
}

interface PackageManifest {
  readonly version: string;
  /** The package.json, relative to the root (`generated/hyper/package.json`). */
  readonly path: string;
}

/** The version and manifest path of every package in the working tree (packages/*, generated/*), by name. */
function packageManifests(root: string): Map<string, PackageManifest> {
  const manifests = new Map<string, PackageManifest>();
  for (const parent of PACKAGE_PARENTS) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name, 'package.json');
      if (!existsSync(path)) continue;
      try {
        const json = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
        if (typeof json.name === 'string' && typeof json.version === 'string') manifests.set(json.name, { version: json.version, path: `${parent}/${name}/package.json` });
      } catch {
        // A package.json that does not parse has no version to bump: its level is required as is.
      }
    }
  }
  return manifests;
}

function readChangesets(root: string): Array<{ name: string; text: string }> {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const levelColor = (s: Style, level: Level, width = 0): string =>
  (level === 'major' ? s.red : level === 'minor' ? s.yellow : s.green)(level.padEnd(width));

/** A package's level, and the release it needs where that differs (below 1.0.0). */
function levelAndBump(s: Style, d: ApiDiff): string {
  if (d.level === undefined) return '';
  return levelColor(s, d.level) + (d.bump !== undefined && d.bump !== d.level ? s.dim(` (below 1.0.0: a ${d.bump} release)`) : '');
}

function printDiffs(diffs: readonly ApiDiff[], io: CliIo, s: Style): void {
  for (const d of diffs) {
    const note =
      d.status === 'added'
        ? s.dim(' (new package: first released at its package.json version, no changeset needed)')
        : d.status === 'removed'
          ? s.dim(' (catalog removed: the package is no longer generated)')
          : '';
    io.out(`${s.bold(d.packageName)}  ${levelAndBump(s, d)}${note}`);
    const sorted = [...d.changes].sort((x, y) => LEVELS.indexOf(y.level) - LEVELS.indexOf(x.level));
    for (const c of sorted) io.out(`  ${levelColor(s, c.level, 5)}  ${c.summary}`);
  }
}

type ReleasableDiff = ApiDiff & { level: Level; bump: Level };
/** A diff the pending changesets must cover; `since` names the release it runs from when that is not the diff's base. */
type RequiredDiff = ReleasableDiff & { readonly since?: string };

const isReleasable = (d: ApiDiff): d is ReleasableDiff => d.status === 'changed' && d.bump !== undefined;

/** Catalogs and API reports at `commit` against the working tree, each package's change with the bump it needs. */
function diffsSince(root: string, commit: string, catalogs: readonly ErrcatCatalog[], manifests: ReadonlyMap<string, PackageManifest>, notice: (text: string) => void): ApiDiff[] {
  return mergeSurfaceDiffs(
    diffCatalogs(catalogsAt(root, commit, notice), catalogs),
    diffReports(reportsAt(root, commit), reportsNow(root), notice, commit.slice(0, 10)),
  ).map((d) => (d.level === undefined ? d : { ...d, bump: bumpFor(d.level, manifests.get(d.packageName)?.version) }));
}

/**
 * Each package's changes since its last release (releases.ts), where that release is not `base`:
 * the diffs of `base` for the others (a package never released, or released at `base`). Prints
 * the packages whose requirement comes from a release.
 */
function sinceLastReleases(
  root: string,
  base: string,
  fromBase: readonly ReleasableDiff[],
  manifests: ReadonlyMap<string, PackageManifest>,
  since: (commit: string) => ApiDiff[],
  io: CliIo,
  s: Style,
): RequiredDiff[] {
  const releases = lastReleases(root, manifests);
  const required: RequiredDiff[] = fromBase.filter((d) => (releases.get(d.packageName) ?? base) === base);
  const byCommit = new Map<string, string[]>();
  for (const [name, commit] of releases) if (commit !== base) byCommit.set(commit, [...(byCommit.get(commit) ?? []), name]);
  for (const [commit, names] of [...byCommit].sort(([a], [b]) => a.localeCompare(b))) {
    const short = commit.slice(0, 10);
    for (const d of since(commit).filter(isReleasable)) {
      if (!names.includes(d.packageName)) continue;
      required.push({ ...d, since: short });
      io.out(`${s.dim('since its last release')} ${s.dim(`(${short})`)}  ${s.bold(d.packageName)}  ${levelAndBump(s, d)}`);
    }
  }
  return required;
}

export function diffCommand(root: string, options: DiffOptions, io: CliIo): number {
  const s = style(io.color);
  const base = resolveBase(root, options);
  if (!base.ok) {
    (base.exit === EXIT.ok ? io.out : io.err)(`${base.exit === EXIT.ok ? s.dim('errcat diff:') : s.red('✖')} ${base.message}.`);
    return base.exit;
  }
  const apis = loadOrReport(root, io, '; fix them before diffing.');
  if (apis === undefined) return EXIT.problems;
  // Once each: the same report can be missing at the base and at a release.
  const noticed = new Set<string>();
  const notice = (t: string): void => {
    if (!noticed.has(t)) io.err(s.dim(`notice: ${t}`));
    noticed.add(t);
  };
  const manifests = packageManifests(root);
  const since = (commit: string): ApiDiff[] => diffsSince(root, commit, apis.map((a) => a.catalog), manifests, notice);
  const diffs = since(base.commit);
  io.out(s.dim(`Catalogs at ${base.label} (${base.commit.slice(0, 10)}) → working tree`));
  if (diffs.length === 0) io.out(s.green('✔ no catalog changes.'));
  else printDiffs(diffs, io, s);
  if (diffs.length === 0 && !options.requireChangeset) return EXIT.ok;
  const releasable = diffs.filter(isReleasable);

  if (options.writeChangeset) {
    const dir = join(root, '.changeset');
    mkdirSync(dir, { recursive: true });
    const head = commitOf(root, 'HEAD') ?? base.commit;
    for (const d of releasable) {
      const name = changesetFileName(d, head);
      const path = join(dir, name);
      // This run's own file from an earlier run: the words written into it are kept.
      writeFileSync(path, renderChangeset(d, existsSync(path) ? readFileSync(path, 'utf8') : undefined));
      io.out(s.green(`✔ wrote .changeset/${name} (${d.packageName}: ${d.bump})`));
    }
  }

  if (options.requireChangeset) {
    // Without an explicit ref, what the pending changesets must cover is everything since each
    // package's last release (releases.ts): on main the base is HEAD, and a catalog change that
    // was committed without a changeset would otherwise never be checked again.
    const required: readonly RequiredDiff[] = options.ref === undefined ? sinceLastReleases(root, base.commit, releasable, manifests, since, io, s) : releasable;
    const pending = readChangesets(root);
    const have = readChangesetLevels(pending);
    const missing = required.filter((d) => !atLeast(have.get(d.packageName), d.bump));
    for (const d of missing) {
      const found = have.get(d.packageName);
      const why = d.bump === d.level ? '' : ` (${d.level} changes, below 1.0.0)`;
      const when = d.since === undefined ? '' : ` for its changes since its last release (${d.since})`;
      io.err(`${s.red('✖')} ${d.packageName} needs a ${d.bump} changeset${why}${when}; .changeset/ has ${found === undefined ? 'none' : `only ${found}`}.`);
    }
    if (missing.length > 0) {
      // Changes already committed are not in the working tree's diff: write them from the release.
      // Packages released at different commits need one run each, from their own release.
      const groups = new Map<string | undefined, string[]>();
      for (const d of missing) groups.set(d.since, [...(groups.get(d.since) ?? []), d.packageName]);
      const command = (from: string | undefined): string => (from === undefined ? 'pnpm diff --write-changeset' : `pnpm diff ${from} --write-changeset`);
      const lacks = `✖ ${plural(missing.length, 'package')} ${missing.length === 1 ? 'lacks' : 'lack'} a changeset`;
      if (groups.size === 1) {
        io.err(s.red(`${lacks}: run \`${command(missing[0]?.since)}\` (or \`pnpm changeset\`) and commit it.`));
      } else {
        io.err(s.red(`${lacks}; they were released at different commits, so write each from its own (or use \`pnpm changeset\`), and commit them:`));
        for (const [from, names] of groups)
          io.err(`  ${command(from)}  for ${names.join(', ')} (it writes one for every package changed since then: keep only theirs)`);
      }
      return EXIT.problems;
    }
    const wordless = changesetsWithoutWords(pending);
    for (const name of wordless)
      io.err(`${s.red('✖')} .changeset/${name} has no sentence for users: replace its TODO line (or add a paragraph before the list) with what changed for them.`);
    if (wordless.length > 0) return EXIT.problems;
    io.out(s.green(`✔ every changed package has a changeset of at least the bump it needs.`));
  }
  return EXIT.ok;
}
