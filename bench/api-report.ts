/**
 * `pnpm api-report` timed as CI runs it: a new process (`node codegen/bin/api-report.mjs`, what
 * the package.json script runs, minus pnpm's own start-up, with its bundle fresh)
 * on the real built packages, and on a repository whose one generated package has 1,000 codes
 * (bench/synthetic-catalog.ts, built with tsc as `pnpm build` does, beside the real runtime).
 * Budgets (issue 17): ≤ 3 s for the real packages, ≤ 10 s at 1,000 codes.
 *
 *   pnpm build && pnpm exec tsx bench/api-report.ts [--runs 5] [--splice]
 *
 * --splice writes this section and its summary rows into docs/benchmarks.md the way a full
 * `pnpm bench` run writes them (bench/run.ts), without rerunning the other sections.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshApiReportBundle } from '../codegen/scripts/bundle-api-report.mjs';
import type { Section, TargetRow } from './section.js';
import { fmtMs, mdTable, summarize, type Summary } from './stats.js';
import { createSyntheticRoot } from './synthetic-root.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What `pnpm api-report` runs (package.json). */
const BIN = join(REPO_ROOT, 'codegen', 'bin', 'api-report.mjs');
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
export const API_REPORT_TITLE = 'API reports';

interface Timed {
  readonly wall: Summary;
  readonly cpu: Summary;
  readonly rssMb: number;
  readonly reportLines: number;
}

/** Cold runs of the report command on a root; /usr/bin/time adds CPU time and peak memory. */
function timeCommand(root: string, runs: number, args: readonly string[]): Timed {
  const wall: number[] = [];
  const cpu: number[] = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', 'errcat-time %U %S %M', process.execPath, BIN, '--root', root, '--no-color', ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    wall.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`api-report on ${root} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const m = /errcat-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
    if (m === null) throw new Error(`no /usr/bin/time line in:\n${run.stderr}`);
    cpu.push((Number(m[1]) + Number(m[2])) * 1000);
    rss = Math.max(rss, Number(m[3]) / 1024);
  }
  const dir = join(root, 'api-reports');
  const reportLines = existsSync(dir) ? readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').length - 1, 0) : 0;
  return { wall: summarize(wall), cpu: summarize(cpu), rssMb: rss, reportLines };
}

/** A repository root with the real runtime (built) and one generated, built package of `codes` codes. */
export function syntheticRepository(codes: number): { root: string; remove(): void } {
  const synthetic = createSyntheticRoot({ codes });
  const { root } = synthetic;
  execFileSync(process.execPath, [join(REPO_ROOT, 'codegen', 'bin', 'errcat.mjs'), 'generate', '--root', root], { stdio: 'pipe' });
  rmSync(join(root, 'packages', 'runtime'), { recursive: true, force: true });
  symlinkSync(join(REPO_ROOT, 'packages', 'runtime'), join(root, 'packages', 'runtime'), 'dir');
  for (const f of ['tsconfig.base.json', 'tsconfig.build.json']) copyFileSync(join(REPO_ROOT, f), join(root, f));
  mkdirSync(join(root, 'node_modules', '@errcat'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'packages', 'runtime'), join(root, 'node_modules', '@errcat', 'runtime'), 'dir');
  const [id] = readdirSync(join(root, 'generated'));
  if (id === undefined) throw new Error('the synthetic repository has no generated package');
  const dir = join(root, 'generated', id);
  // What the package's build script runs (`pnpm build`), without pnpm.
  for (const config of ['tsconfig.json', 'tsconfig.cjs.json']) execFileSync(process.execPath, [TSC, '-p', config], { cwd: dir, stdio: 'pipe' });
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'mark-cjs.mjs'), 'dist/cjs'], { cwd: dir, stdio: 'pipe' });
  return { root, remove: () => synthetic.remove() };
}

/** What loading ts-morph alone costs a new process (the TypeScript compiler comes with it). */
function loadCost(runs: number): Summary {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['-e', "const t = performance.now(); require('ts-morph'); process.stdout.write(String(performance.now() - t));"], {
      cwd: join(REPO_ROOT, 'codegen'),
      encoding: 'utf8',
    });
    samples.push(Number(out));
  }
  return summarize(samples);
}

export async function runApiReport(options: { runs?: number; sizes?: readonly number[] } = {}): Promise<Section> {
  const runs = options.runs ?? 5;
  const sizes = options.sizes ?? [1_000];
  if (!existsSync(join(REPO_ROOT, 'packages', 'runtime', 'dist', 'esm', 'index.d.ts'))) throw new Error('run `pnpm build` first: the reports read built declarations');
  // The command runs bundled (codegen/scripts/bundle-api-report.mjs): build it once, unmeasured.
  await freshApiReportBundle();
  const startLoad = loadavg()[0] ?? 0;
  const real = timeCommand(REPO_ROOT, runs, ['--check']);
  const synthetic: Array<{ codes: number; timed: Timed }> = [];
  for (const codes of sizes) {
    const repo = syntheticRepository(codes);
    try {
      synthetic.push({ codes, timed: timeCommand(repo.root, runs, []) });
    } finally {
      repo.remove();
    }
  }
  const load = loadCost(runs);
  const endLoad = loadavg()[0] ?? 0;

  const budgets: Record<number, number> = { 1_000: 10_000 };
  const rows: TargetRow[] = [
    { metric: 'api-report, the real packages, cold', value: fmtMs(real.wall), target: '≤ 3 s', ok: real.wall.median <= 3_000 },
    ...synthetic.map(({ codes, timed }) => ({
      metric: `api-report, ${codes.toLocaleString('en-US')} codes, cold`,
      value: fmtMs(timed.wall),
      target: budgets[codes] === undefined ? '—' : `≤ ${budgets[codes] / 1000} s`,
      ok: budgets[codes] === undefined ? undefined : timed.wall.median <= (budgets[codes] as number),
    })),
  ];
  const table = mdTable(
    ['packages', 'cold wall', 'cold CPU (user+sys)', 'peak RSS', 'report lines'],
    [
      ['the real packages (runtime + 3 generated, `--check`)', fmtMs(real.wall), fmtMs(real.cpu), `${real.rssMb.toFixed(0)} MB`, String(real.reportLines)],
      ...synthetic.map(({ codes, timed }) => [
        `runtime + one generated package of ${codes.toLocaleString('en-US')} codes`,
        fmtMs(timed.wall),
        fmtMs(timed.cpu),
        `${timed.rssMb.toFixed(0)} MB`,
        String(timed.reportLines),
      ]),
    ],
  );
  const markdown = [
    `\`pnpm api-report\` in a new process (\`node codegen/bin/api-report.mjs\`, what the script runs, minus pnpm's own start-up; its bundle fresh, as after any first run), ${runs} runs each, load average ${startLoad.toFixed(2)} → ${endLoad.toFixed(2)}. The synthetic package is generated from \`bench/synthetic-catalog.ts\` and built with tsc (ESM and CommonJS) as \`pnpm build\` does; its report covers the runtime too, as in the repository.`,
    '',
    table,
    '',
    `Wall time above CPU time is time spent waiting for a core: the command works on one JavaScript thread (V8's helper threads add CPU beside it), so on an idle 2-core machine its wall time is about its CPU time or less; at a load average of ${endLoad.toFixed(2)} on ${cpus().length} cores it is not.`,
    '',
    `Loading ts-morph (and the TypeScript compiler it brings) costs a new process ${fmtMs(load)} of that. One ts-morph \`Project\` holds every package, with no lib files and no type checking: the binder resolves \`export *\` and re-exports, the compiler's printer prints each declaration without comments. The command runs as an esbuild bundle under plain \`node\` with ts-morph left outside it (through tsx, the loader cost ~0.5 s of CPU per run: 2.8 → 1.7 s CPU for the real packages, paired runs). Every entry file is added before the first read (adding a file discards the program, and each read rebuilt it), and CommonJS declarations that are byte-identical copies of the ESM ones (\`dist/cjs\` beside \`dist/esm\`) are compared as text instead of being parsed again (about half the reading time). \`generate\` never loads ts-morph (test/api-report.test.ts).`,
  ].join('\n');
  return { title: API_REPORT_TITLE, rows, markdown };
}

/** Puts the section and its summary rows into docs/benchmarks.md, replacing an earlier one. */
export function spliceIntoBenchmarks(section: Section, file = join(REPO_ROOT, 'docs', 'benchmarks.md')): void {
  let doc = readFileSync(file, 'utf8');
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✅' : '❌');
  const rowLines = section.rows.map((r) => `| ${mark(r.ok)} | ${r.metric} | ${r.value} | ${r.target} |`);
  const lines = doc.split('\n');
  const summaryAt = lines.indexOf('## Summary');
  if (summaryAt < 0) throw new Error(`${file} has no "## Summary" table`);
  const kept = lines.filter((l, i) => !(i > summaryAt && section.rows.some((r) => l.startsWith(`| ${mark(true)} | ${r.metric} |`) || l.startsWith(`| ${mark(false)} | ${r.metric} |`) || l.startsWith(`|  | ${r.metric} |`))));
  let end = kept.indexOf('## Summary') + 1;
  while (end < kept.length && (kept[end] === '' || (kept[end] as string).startsWith('|'))) end++;
  while (kept[end - 1] === '') end--;
  kept.splice(end, 0, ...rowLines);
  doc = kept.join('\n');
  const body = `## ${section.title}\n\n${section.markdown}\n\n`;
  const start = doc.indexOf(`## ${section.title}\n`);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 1);
    doc = `${doc.slice(0, start)}${body}${doc.slice(next + 1)}`;
  } else {
    const before = doc.indexOf('## What the measurements decided');
    doc = before < 0 ? `${doc.replace(/\n*$/, '\n\n')}${body}` : `${doc.slice(0, before)}${body}${doc.slice(before)}`;
  }
  writeFileSync(file, doc.replace(/\n*$/, '\n'));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const section = await runApiReport({ runs: at >= 0 ? Number(argv[at + 1]) : 5 });
  console.log(mdTable(['', 'measure', 'result', 'target'], section.rows.map((r) => [r.ok === undefined ? '' : r.ok ? '✅' : '❌', r.metric, r.value, r.target])));
  console.log(`\n${section.markdown}`);
  if (argv.includes('--splice')) {
    spliceIntoBenchmarks(section);
    console.log('\nwrote the API reports section of docs/benchmarks.md');
  }
}
