/**
 * Changesets (https://github.com/changesets/changesets) as errcat reads and writes them: a
 * Markdown file in .changeset/ whose front matter maps package names to a bump level.
 */
import type { ErrcatCatalog } from '../catalog.types.js';
import type { SurfaceChange } from './api-classify.js';
import { LEVELS, classifyChanges, maxLevel, type Change, type Level } from './classify.js';

/** The classified changes of one API's catalog between a ref and the working tree. */
export interface ApiDiff {
  readonly api: string;
  readonly packageName: string;
  /** added: no catalog at the ref (a new package, released at its initial version without a changeset); removed: no catalog now. */
  readonly status: 'added' | 'removed' | 'changed';
  /** Catalog changes, then API report changes (diff/api-classify.ts). */
  readonly changes: readonly (Change | SurfaceChange)[];
  /** The level of the changes (the highest); undefined when nothing changed. */
  readonly level: Level | undefined;
  /**
   * The bump the package's version needs for that level (bumpFor): the level itself from 1.0.0
   * on, one less below it. Set by the diff command, which knows the versions; else the level.
   */
  readonly bump?: Level | undefined;
}

/**
 * The release that a change of `level` needs at `version`, so that npm's caret ranges keep it
 * from users who did not ask for it (semver's rule for 0.y.z, which Cargo follows too):
 * - from 1.0.0: the level itself;
 * - 0.y.z (y ≥ 1): `^0.1.0` means <0.2.0, so a breaking change needs a minor release and an
 *   addition a patch one;
 * - 0.0.z: `^0.0.1` means that version only, so every release is a patch.
 * A version that is not semver gets the level itself, the safe side.
 */
export function bumpFor(level: Level, version: string | undefined): Level {
  const match = version === undefined ? null : /^(\d+)\.(\d+)\.\d+(?:[-+].*)?$/.exec(version);
  if (match === null || match[1] !== '0') return level;
  if (match[2] === '0') return 'patch';
  return level === 'major' ? 'minor' : 'patch';
}

/** Pairs catalogs by api.id and classifies each pair; unchanged APIs are left out. Sorted by id. */
export function diffCatalogs(before: readonly ErrcatCatalog[], after: readonly ErrcatCatalog[]): ApiDiff[] {
  const old = new Map(before.map((c) => [c.api.id, c]));
  const now = new Map(after.map((c) => [c.api.id, c]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  const diffs: ApiDiff[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    const changes = classifyChanges(a, b);
    if (changes.length === 0) continue;
    diffs.push({
      api: id,
      packageName: (b ?? a)!.api.packageName,
      status: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      changes,
      level: maxLevel(changes.map((c) => c.level)),
    });
  }
  return diffs;
}

/** The changesets' bump per package: the highest level any of the files asks for. */
export function readChangesetLevels(files: ReadonlyArray<{ name: string; text: string }>): Map<string, Level> {
  const levels = new Map<string, Level>();
  for (const { text } of files) {
    for (const [pkg, level] of parseFrontMatter(text)) {
      const current = levels.get(pkg);
      levels.set(pkg, maxLevel(current === undefined ? [level] : [current, level]) as Level);
    }
  }
  return levels;
}

/** `"@errcat/hyper": minor` lines between the opening and closing `---`. */
export function parseFrontMatter(text: string): Array<[string, Level]> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return [];
  const out: Array<[string, Level]> = [];
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '---') return out;
    const match = /^(?:"([^"]+)"|'([^']+)'|([^\s:'"][^\s:]*))\s*:\s*(\w+)\s*$/.exec(line);
    const level = match?.[4] as Level | undefined;
    if (match !== null && level !== undefined && LEVELS.includes(level)) out.push([(match[1] ?? match[2] ?? match[3]) as string, level]);
  }
  return [];
}

/**
 * The line `--write-changeset` puts where the sentence for users goes; `--require-changeset`
 * refuses a changeset that still holds it. The published CHANGELOG shows a changeset's text as
 * written: without a sentence first, a release note was hundreds of machine bullets.
 */
export const WORDS_PLACEHOLDER = 'TODO: say in a sentence or two what changed for users of the package (errcat diff --require-changeset refuses this line).';

/** The header errcat puts above its list of changes (renderChangeset): it marks a changeset errcat wrote. */
const LIST_HEADER = /from `errcat diff`:$/;

/** Lines errcat writes itself: the list header and its bullets. */
const machineLine = (line: string): boolean => LIST_HEADER.test(line) || line.startsWith('- ') || line.startsWith('  ');

/**
 * The changesets errcat wrote (they hold its list header) that have no sentence for users: the
 * placeholder is still there, or nothing but the list follows the front matter.
 */
export function changesetsWithoutWords(files: ReadonlyArray<{ name: string; text: string }>): string[] {
  const out: string[] = [];
  for (const { name, text } of files) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (!lines.some((line) => LIST_HEADER.test(line))) continue;
    const close = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
    const body = lines.slice(close + 1);
    if (body.includes(WORDS_PLACEHOLDER) || !body.some((line) => line.trim() !== '' && !machineLine(line))) out.push(name);
  }
  return out;
}

/**
 * The changeset errcat writes for one package: its level, the placeholder for a sentence for
 * users (first, so the CHANGELOG reads it before the detail), and every change as a bullet.
 * `previous` is the file this one replaces (the same run's file, see changesetFileName): what the
 * maintainer wrote in it (ownText) takes the placeholder's place, so a second run before
 * committing refreshes the list without losing their words.
 */
export function renderChangeset(diff: ApiDiff, previous?: string): string {
  const surface = diff.changes.filter((c) => c.kind.startsWith('surface-')).length;
  const what = surface === 0 ? 'Catalog changes' : surface === diff.changes.length ? 'API changes' : 'Catalog and API changes';
  const own = previous === undefined ? { before: [], after: [] } : ownText(previous);
  // Other packages a maintainer added to the front matter stay; this package's bump is the diff's.
  const others = previous === undefined ? [] : parseFrontMatter(previous).filter(([pkg]) => pkg !== diff.packageName);
  const lines = [
    '---',
    `${JSON.stringify(diff.packageName)}: ${diff.bump ?? diff.level}`,
    ...others.map(([pkg, level]) => `${JSON.stringify(pkg)}: ${level}`),
    '---',
    '',
    ...(own.before.length > 0 ? own.before : [WORDS_PLACEHOLDER]),
    '',
    `${what} (${diff.level}${diff.bump !== undefined && diff.bump !== diff.level ? `, a ${diff.bump} release below 1.0.0` : ''}), from \`errcat diff\`:`,
    '',
    ...[...diff.changes]
      .sort((x, y) => LEVELS.indexOf(y.level) - LEVELS.indexOf(x.level))
      .map((c) => `- ${c.level}: ${c.summary}`),
    '',
    ...(own.after.length > 0 ? [...own.after, ''] : []),
  ];
  return lines.join('\n');
}

/** Blank lines off both ends: the renderer puts its own around the maintainer's text. */
function trimBlank(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] as string).trim() === '') start++;
  while (end > start && (lines[end - 1] as string).trim() === '') end--;
  return lines.slice(start, end);
}

/** A bullet of errcat's list (`- minor: …`): a bullet of the maintainer's own after the list is theirs. */
const LIST_BULLET = new RegExp(`^- (?:${LEVELS.join('|')}): `);

/**
 * What a maintainer wrote in a changeset errcat wrote: the text between the front matter and the
 * list header (the placeholder left out), and the rest but errcat's bullets. The list runs to its
 * last bullet: a note written among the bullets (an indented line under one) is kept, after the
 * new list, and the bullets after it are never read as the maintainer's (which repeated them).
 * Without the header (the list deleted by hand) all of the text is theirs.
 */
export function ownText(text: string): { before: string[]; after: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  const body = lines.slice(close + 1);
  const header = body.findIndex((line) => LIST_HEADER.test(line));
  if (header === -1) return { before: trimBlank(body.filter((line) => line !== WORDS_PLACEHOLDER)), after: [] };
  let last = header;
  for (let i = header + 1; i < body.length; i++) if (LIST_BULLET.test(body[i] as string)) last = i;
  const notes = body.slice(header + 1, last + 1).filter((line) => line.trim() !== '' && !LIST_BULLET.test(line));
  return { before: trimBlank(body.slice(0, header).filter((line) => line !== WORDS_PLACEHOLDER)), after: trimBlank([...notes, ...body.slice(last + 1)]) };
}

/**
 * The package and the commit the working tree stands on (`head`, its first 10 hex digits).
 * Running --write-changeset again before committing replaces its own file: the diff is everything
 * since its base, so the new list says all the old one did, and the maintainer's own text in it is
 * kept (renderChangeset's `previous`). Once that file is committed, HEAD
 * moves and the next run writes another file: a changeset of an earlier commit (waiting for a
 * release, perhaps with notes written by hand) is never touched. Named after the base, a branch's
 * second run had overwritten its first, committed one (the merge base stays put); one fixed name
 * per package had let a later patch-level diff overwrite a pending minor changeset and its notes.
 */
export function changesetFileName(diff: ApiDiff, head: string): string {
  return `errcat-${diff.api}-${head.slice(0, 10)}.md`;
}
