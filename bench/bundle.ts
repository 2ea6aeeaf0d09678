/**
 * Bundle cost per import (esbuild: bundle, minify, ESM, browser; gzip level 9 via zlib), for
 * every generated package as built in generated/<api>/dist, and for a synthetic 1,000-code
 * package (the size the budgets are stated for) built from scratch in a temp folder.
 *
 *   pnpm build && pnpm exec tsx bench/bundle.ts [--no-synthetic] [--codes 1000] [--code-type string|integer] [--json FILE]
 *
 * Budgets (PERFORMANCE-NOTES.md, issue 6), per 1,000 codes: one code ≤ 100 B minified,
 * isRetryable ≤ 1.5 KB gz, everything ≤ 16 KB gz. test/publish/treeshake.test.ts guards the
 * shape (what each import pulls in) with generous bounds; this prints the numbers.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePackage, readPackageInfo, type BundleResult } from './bundle-measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface PackageBundleReport {
  readonly package: string;
  /** Wire type of the codes: retry and guard sets cost more for string codes. */
  readonly codeType: 'string' | 'integer';
  readonly codes: number;
  readonly results: ReadonlyArray<Pick<BundleResult, 'caseId' | 'label' | 'raw' | 'gzip' | 'inputs'>>;
}

// Per 1,000 codes: gzip budgets scale with the code count, the one-code budget does not.
const BUDGETS: Record<string, { raw?: number; gzip?: number }> = {
  'code-const': { raw: 100 },
  'is-retryable': { gzip: 1536 },
  everything: { gzip: 16 * 1024 },
};

export async function measureDir(dir: string): Promise<PackageBundleReport> {
  const info = readPackageInfo(dir);
  const results = await measurePackage(info);
  return {
    package: info.name,
    codeType: info.codes.every((c) => typeof c.code === 'number') ? 'integer' : 'string',
    codes: info.codes.length,
    results: results.map(({ caseId, label, raw, gzip, inputs }) => ({ caseId, label, raw, gzip, inputs })),
  };
}

/** Generates and builds a synthetic package of `codes` codes; undefined when the fixture generator is absent. */
async function buildSynthetic(codes: number, codeType: 'string' | 'integer'): Promise<{ dir: string; remove(): void } | undefined> {
  const fixture = join(ROOT, 'bench', 'synthetic-root.ts');
  if (!existsSync(fixture)) return undefined;
  const { createSyntheticRoot } = (await import('./synthetic-root.js')) as typeof import('./synthetic-root.js');
  const { emitAll, loadAndValidate } = await import('../codegen/src/pipeline.js');
  const { applyPlan, planWrite } = await import('../codegen/src/write.js');
  const synthetic = createSyntheticRoot({ codes, codeType, id: `synthetic-${codes}-${codeType}` });
  const { root } = synthetic;
  const loaded = loadAndValidate({ root });
  if (!loaded.ok) throw new Error(`synthetic catalog invalid: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  const outDir = join(root, 'generated');
  applyPlan(planWrite(outDir, await emitAll(loaded.apis, root)));
  // The generated tsconfig extends ../../tsconfig.build.json and imports @errcat/runtime.
  for (const f of ['tsconfig.base.json', 'tsconfig.build.json']) copyFileSync(join(ROOT, f), join(root, f));
  mkdirSync(join(root, 'node_modules', '@errcat'), { recursive: true });
  symlinkSync(join(ROOT, 'packages', 'runtime'), join(root, 'node_modules', '@errcat', 'runtime'), 'dir');
  const [id] = readdirSync(outDir);
  if (id === undefined) throw new Error('synthetic run produced no package');
  const dir = join(outDir, id);
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  return { dir, remove: () => synthetic.remove() };
}

function fmtBytes(n: number): string {
  return n < 10_000 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}

export function formatReport(reports: readonly PackageBundleReport[]): string {
  const lines = ['| package | codes | import | raw (min) | gzip | modules |', '|---|---|---|---:|---:|---|'];
  for (const r of reports) {
    for (const x of r.results) {
      const mods = x.inputs
        .filter((p) => !p.endsWith('.entry.js'))
        .map((p) => (p.includes('packages/runtime/') ? `runtime/${p.split('/').pop()}` : p.split('/').pop()))
        .join(', ');
      lines.push(`| ${r.package} | ${r.codes} ${r.codeType} | ${x.label} | ${fmtBytes(x.raw)} | ${fmtBytes(x.gzip)} | ${mods} |`);
    }
  }
  return lines.join('\n');
}

/** Budget lines for packages of at least 1,000 codes (smaller ones are well inside any budget). */
export function budgetLines(reports: readonly PackageBundleReport[]): string[] {
  const out: string[] = [];
  for (const r of reports) {
    if (r.codes < 1000) continue;
    for (const x of r.results) {
      const b = BUDGETS[x.caseId];
      if (b === undefined) continue;
      const scale = r.codes / 1000;
      const checks = [
        b.raw === undefined ? undefined : `${x.raw} B raw ≤ ${b.raw} B`,
        b.gzip === undefined ? undefined : `${x.gzip} B gz ≤ ${Math.round(b.gzip * scale)} B`,
      ].filter(Boolean);
      const ok = (b.raw === undefined || x.raw <= b.raw) && (b.gzip === undefined || x.gzip <= b.gzip * scale);
      out.push(`${ok ? 'within' : 'OVER'} budget: ${r.package} ${x.label}: ${checks.join(', ')}`);
    }
  }
  return out;
}

async function main(argv: readonly string[]): Promise<void> {
  const synthetic = !argv.includes('--no-synthetic');
  const codesArg = argv.indexOf('--codes');
  const codes = codesArg >= 0 ? Number(argv[codesArg + 1]) : 1000;
  const jsonArg = argv.indexOf('--json');
  const typeArg = argv.indexOf('--code-type');
  const codeType = typeArg >= 0 ? argv[typeArg + 1] : 'string';
  if (codeType !== 'string' && codeType !== 'integer') throw new Error('--code-type is string or integer');
  const reports: PackageBundleReport[] = [];
  const generated = join(ROOT, 'generated');
  for (const id of readdirSync(generated).sort()) {
    const dir = join(generated, id);
    if (!existsSync(join(dir, 'dist', 'esm', 'index.js'))) {
      console.error(`skipping ${id}: not built (run pnpm build)`);
      continue;
    }
    reports.push(await measureDir(dir));
  }
  if (synthetic) {
    const built = await buildSynthetic(codes, codeType);
    if (built === undefined) console.error('no bench/synthetic-root.ts: synthetic package skipped');
    else {
      try {
        reports.push(await measureDir(built.dir));
      } finally {
        built.remove();
      }
    }
  }
  console.log(formatReport(reports));
  const budgets = budgetLines(reports);
  if (budgets.length > 0) console.log(`\n${budgets.join('\n')}`);
  if (jsonArg >= 0) {
    const path = argv[jsonArg + 1];
    if (path === undefined) throw new Error('--json needs a file');
    writeFileSync(path, `${JSON.stringify(reports, null, 2)}\n`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
