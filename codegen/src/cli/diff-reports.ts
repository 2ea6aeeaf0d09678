/** The API reports (api-reports/*.api.md) in the working tree and at a commit, for `errcat diff`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_SUFFIX, REPORTS_DIR } from '../api-report/files.js';
import { filesAt, showFile } from './git.js';

export function reportsNow(root: string): Map<string, string> {
  const dir = join(root, REPORTS_DIR);
  const reports = new Map<string, string>();
  if (!existsSync(dir)) return reports;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(REPORT_SUFFIX)).sort()) reports.set(file, readFileSync(join(dir, file), 'utf8'));
  return reports;
}

export function reportsAt(root: string, commit: string): Map<string, string> {
  const reports = new Map<string, string>();
  for (const path of filesAt(root, commit, REPORTS_DIR)) {
    if (!path.endsWith(REPORT_SUFFIX)) continue;
    const text = showFile(root, commit, path);
    if (text !== undefined) reports.set(path.slice(path.lastIndexOf('/') + 1), text);
  }
  return reports;
}
