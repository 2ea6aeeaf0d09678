/**
 * Where reports live: api-reports/<package>.api.md at the repository root, one per published
 * package, named after the package without its scope (as API Extractor names its reports).
 *
 * Not inside generated/<api>/: generated/ holds only what the generator writes (write.ts is its
 * only writer), `generate` deletes anything else there and `generate --check` calls it an extra
 * file; a report is made
 * from the *built* package, after `pnpm build`, by another command. Not inside packages/runtime/
 * either: one folder for every report keeps `api-report --check` able to name extra reports (a
 * removed package) and lets `errcat diff` read every report at a git ref with one ls-tree.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageError } from './packages.js';

export const REPORTS_DIR = 'api-reports';
export const REPORT_SUFFIX = '.api.md';

export function reportFileName(packageName: string): string {
  const unscoped = packageName.replace(/^@[^/]+\//, '');
  return `${unscoped.replace(/[^A-Za-z0-9._-]/g, '_')}${REPORT_SUFFIX}`;
}

/** File name → report text, refusing two packages that would share a file. */
export function reportFiles(reports: ReadonlyArray<{ name: string; text: string }>): Map<string, string> {
  const files = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const { name, text } of reports) {
    const file = reportFileName(name);
    const other = owners.get(file);
    if (other !== undefined) throw new PackageError(`${other} and ${name} would both be reported in ${REPORTS_DIR}/${file}: rename one of them`);
    owners.set(file, name);
    files.set(file, text);
  }
  return files;
}

export interface ReportStatus {
  readonly stale: string[];
  readonly missing: string[];
  readonly extra: string[];
  readonly unchanged: string[];
}

/** How the reports on disk differ from those just made (paths relative to the root, sorted). */
export function compareWithDisk(root: string, files: ReadonlyMap<string, string>): ReportStatus {
  const dir = join(root, REPORTS_DIR);
  const onDisk = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(REPORT_SUFFIX)) : [];
  const status: ReportStatus = { stale: [], missing: [], extra: [], unchanged: [] };
  for (const [file, text] of files) {
    const path = join(dir, file);
    if (!existsSync(path)) status.missing.push(`${REPORTS_DIR}/${file}`);
    else if (readFileSync(path, 'utf8') !== text) status.stale.push(`${REPORTS_DIR}/${file}`);
    else status.unchanged.push(`${REPORTS_DIR}/${file}`);
  }
  for (const file of onDisk) if (!files.has(file)) status.extra.push(`${REPORTS_DIR}/${file}`);
  for (const list of Object.values(status) as string[][]) list.sort();
  return status;
}

/** Writes the stale and missing reports and removes extra ones; unchanged files are not touched. */
export function writeReports(root: string, files: ReadonlyMap<string, string>, status: ReportStatus): void {
  mkdirSync(join(root, REPORTS_DIR), { recursive: true });
  for (const path of [...status.stale, ...status.missing]) writeFileSync(join(root, path), files.get(path.slice(REPORTS_DIR.length + 1)) as string);
  for (const path of status.extra) rmSync(join(root, path));
}
