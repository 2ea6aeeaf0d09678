/**
 * Bundle bytes for bench/run.ts: runs the tree-shaking benchmark (bench/bundle.ts, issue 5) for
 * the generated packages and a synthetic 1,000-code package, and measures http-status-codes'
 * `StatusCodes.OK` with the same esbuild settings for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Section, TargetRow } from './section.js';
import { fmtBytes, mdTable } from './stats.js';
import { REPO_ROOT } from './synthetic-root.js';

interface BundleCase {
  readonly caseId: string;
  readonly label: string;
  readonly raw: number;
  readonly gzip: number;
}
interface BundleReport {
  readonly package: string;
  readonly codeType: string;
  readonly codes: number;
  readonly results: readonly BundleCase[];
}

/** esbuild as bench/bundle-measure.ts runs it: bundle, minify, ESM, browser; gzip level 9. */
async function bundleBytes(entry: string, resolveDir: string): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = (out.outputFiles[0] as { contents: Uint8Array }).contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function httpStatusCodesOk(): Promise<{ raw: number; gzip: number }> {
  return bundleBytes("import { StatusCodes } from 'http-status-codes';\nconsole.log(StatusCodes.OK);\n", REPO_ROOT);
}

function runBundleBench(codes: number): BundleReport[] {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-footprint-'));
  try {
    const json = join(dir, 'bundle.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bench', 'bundle.ts'), '--codes', String(codes), '--json', json], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`bench/bundle.ts failed:\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(readFileSync(json, 'utf8')) as BundleReport[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runFootprint(codes = 1_000): Promise<Section> {
  const reference = await httpStatusCodesOk();
  const referenceRow: TargetRow = { metric: 'http-status-codes, `StatusCodes.OK` alone', value: `${fmtBytes(reference.raw)} min, ${fmtBytes(reference.gzip)} gz`, target: 'reference (2.9 KB gz)', ok: undefined };
  if (!existsSync(join(REPO_ROOT, 'bench', 'bundle.ts'))) {
    return {
      title: 'Bundle',
      rows: [referenceRow, { metric: 'generated package bundles', value: 'pending: bench/bundle.ts (issue 5) not present', target: '—', ok: undefined }],
      markdown: 'bench/bundle.ts (the tree-shaking measurement of issue 5) is not in the tree yet.',
    };
  }
  const reports = runBundleBench(codes);
  const synthetic = reports.find((r) => r.codes === codes && r.package.includes('synthetic'));
  const rows: TargetRow[] = [];
  const byCase = (id: string) => synthetic?.results.find((x) => x.caseId === id);
  const one = byCase('code-const');
  const retry = byCase('is-retryable');
  const all = byCase('everything');
  const per = `${codes.toLocaleString('en')} codes`;
  if (one) rows.push({ metric: `one code (per-code const), ${per}`, value: `${fmtBytes(one.raw)} min`, target: '≤ 100 B min', ok: one.raw <= 100 });
  if (retry) rows.push({ metric: `isRetryable, ${per}`, value: `${fmtBytes(retry.gzip)} gz`, target: '≤ 1.5 KB gz', ok: retry.gzip <= 1536 });
  if (all) rows.push({ metric: `everything, ${per}`, value: `${fmtBytes(all.gzip)} gz`, target: '≤ 16 KB gz', ok: all.gzip <= 16 * 1024 });
  rows.push(referenceRow);

  const markdown = [
    `From \`bench/bundle.ts\` (esbuild: bundle, minify, ESM, browser; gzip -9), for each generated package and a synthetic ${per} package (string codes):`,
    '',
    mdTable(
      ['package', 'codes', 'import', 'minified', 'gzip'],
      reports.flatMap((r) => r.results.map((x) => [r.package, `${r.codes} ${r.codeType}`, x.label, fmtBytes(x.raw), fmtBytes(x.gzip)])),
    ),
    '',
    ...(synthetic !== undefined && all !== undefined && byCase('parse-response') !== undefined
      ? [
          `In the synthetic package, \`parseResponse\` alone is ${fmtBytes((byCase('parse-response') as BundleCase).gzip)} of the ${fmtBytes(all.gzip)} gz of everything: it brings the ajv standalone validators of every code's \`details\` schema and the entry table; \`lookup\` is ${fmtBytes(byCase('lookup')?.gzip ?? 0)} gz (one entry per code: name, statuses, template, docs URL).`,
          '',
        ]
      : []),
    `Reference, same settings: \`import { StatusCodes } from 'http-status-codes'\` and reading \`StatusCodes.OK\`: ${fmtBytes(reference.raw)} minified, ${fmtBytes(reference.gzip)} gzip (http-status-codes 2.3.0; the whole enum comes along).`,
  ].join('\n');
  return { title: 'Bundle', rows, markdown };
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const section = await runFootprint();
  console.log(section.markdown);
}
