/**
 * API report changes per package, merged into the catalog's: a package whose report changed
 * needs a changeset of the report's level too, with or without a catalog change (a generator,
 * emitter or runtime change).
 */
import { parseReport, ReportParseError } from '../api-report/parse.js';
import { classifyReports, type SurfaceChange } from './api-classify.js';
import type { ApiDiff } from './changesets.js';
import { maxLevel, type Level } from './classify.js';

export interface SurfaceDiff {
  readonly packageName: string;
  /** The report's file name without `.api.md`: the API id for generated packages, `runtime` for the runtime. */
  readonly id: string;
  readonly changes: readonly SurfaceChange[];
  readonly level: Level | undefined;
}

/**
 * Pairs reports by file name and classifies each pair. A report present on one side only is not
 * classified: a package added or removed is the catalog diff's to report, and a ref from before
 * reports existed has nothing to compare with (a notice says so).
 */
export function diffReports(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, notice: (text: string) => void, at = 'the base'): SurfaceDiff[] {
  const diffs: SurfaceDiff[] = [];
  for (const file of [...after.keys()].sort()) {
    const then = before.get(file);
    const now = after.get(file) as string;
    if (then === undefined) {
      notice(`api-reports/${file} did not exist at ${at}: its API changes since then are not classified`);
      continue;
    }
    if (then === now) continue;
    let changes: SurfaceChange[];
    let packageName: string;
    try {
      const a = parseReport(then, `api-reports/${file} (base)`);
      const b = parseReport(now, `api-reports/${file}`);
      packageName = b.name;
      changes = classifyReports(a, b);
    } catch (error) {
      if (!(error instanceof ReportParseError)) throw error;
      notice(`${error.message}: not classified`);
      continue;
    }
    if (changes.length === 0) continue;
    diffs.push({ packageName, id: file.replace(/\.api\.md$/, ''), changes, level: maxLevel(changes.map((c) => c.level)) });
  }
  return diffs;
}

/** The catalog diffs with each package's report changes added (new diffs for packages without catalog changes). */
export function mergeSurfaceDiffs(catalog: readonly ApiDiff[], surface: readonly SurfaceDiff[]): ApiDiff[] {
  const merged = [...catalog];
  for (const s of surface) {
    const i = merged.findIndex((d) => d.packageName === s.packageName);
    if (i < 0) {
      merged.push({ api: s.id, packageName: s.packageName, status: 'changed', changes: s.changes, level: s.level });
      continue;
    }
    const d = merged[i] as ApiDiff;
    // A package the catalog diff calls new or removed is released (or not) as such.
    if (d.status !== 'changed') continue;
    const changes = [...d.changes, ...s.changes];
    merged[i] = { ...d, changes, level: maxLevel(changes.map((c) => c.level)) };
  }
  return merged.sort((a, b) => (a.api < b.api ? -1 : a.api > b.api ? 1 : 0));
}
