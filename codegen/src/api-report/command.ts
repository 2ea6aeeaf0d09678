/**
 * `pnpm api-report [--check]`: one report per published package (api-reports/), read from the
 * built declarations with ts-morph. --check writes nothing and exits 1 naming every stale,
 * missing or extra report, as `generate --check` does for generated/.
 */
import { EXIT, plural, style, type CliIo } from '../cli/io.js';
import { describeForgotten } from './forgotten.js';
import { compareWithDisk, REPORTS_DIR, reportFiles, writeReports } from './files.js';
import { staleBuilds } from './build-age.js';
import { PackageError, publishedPackages, type PublishedPackage } from './packages.js';
import { renderReport } from './render.js';
import { createReportProject, SurfaceReader } from './surface.js';

/**
 * Every published package's report text, by package name. Throws a PackageError when a public
 * declaration names a type its package does not export (forgotten.ts): no report is made then.
 */
export function makeReports(root: string, packages: readonly PublishedPackage[] = publishedPackages(root)): Array<{ name: string; text: string }> {
  const reader = new SurfaceReader(createReportProject(), root);
  reader.addPackages(packages);
  const forgotten = packages.map((pkg) => ({ pkg, list: reader.forgotten(pkg) })).filter((f) => f.list.length > 0);
  if (forgotten.length > 0) throw new PackageError(forgotten.map((f) => describeForgotten(f.pkg.name, f.list)).join('\n'));
  return packages.map((pkg) => ({ name: pkg.name, text: renderReport(reader.read(pkg)) }));
}

export function apiReportCommand(root: string, check: boolean, io: CliIo): number {
  const s = style(io.color);
  const started = performance.now();
  let files: Map<string, string>;
  try {
    const packages = publishedPackages(root);
    // A report of an old build would be "up to date" with the old surface: say to build first.
    const stale = staleBuilds(root, packages);
    if (stale.length > 0) {
      for (const b of stale) io.err(`${s.red('✖')} ${b.name}: ${b.dir}/src changed since ${b.dir}/dist was built.`);
      io.err(s.red(`✖ ${plural(stale.length, 'package')} built before ${stale.length === 1 ? 'its' : 'their'} sources changed: run \`pnpm build\` (or \`pnpm api-report:update\`), then the report.`));
      return EXIT.problems;
    }
    files = reportFiles(makeReports(root, packages));
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    io.err(`${s.red('✖')} ${error.message}`);
    return EXIT.problems;
  }
  const status = compareWithDisk(root, files);
  const ms = Math.round(performance.now() - started);
  const changed = status.stale.length + status.missing.length + status.extra.length;
  if (check) {
    for (const path of status.stale) io.err(`${s.red('stale')}    ${path}`);
    for (const path of status.missing) io.err(`${s.red('missing')}  ${path}`);
    for (const path of status.extra) io.err(`${s.red('extra')}    ${path}`);
    if (changed > 0) {
      io.err(s.red(`✖ ${plural(changed, 'API report')} out of date: run \`pnpm api-report:update\` (build, then report), review and commit ${REPORTS_DIR}/.`));
      return EXIT.problems;
    }
    io.out(s.green(`✔ ${plural(files.size, 'API report')} up to date (${ms} ms).`));
    return EXIT.ok;
  }
  writeReports(root, files, status);
  for (const path of status.stale) io.out(`updated  ${path}`);
  for (const path of status.missing) io.out(`created  ${path}`);
  for (const path of status.extra) io.out(`removed  ${path}`);
  io.out(s.green(`✔ ${plural(files.size, 'API report')}, ${changed} changed (${ms} ms).`));
  return EXIT.ok;
}
