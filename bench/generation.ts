/**
 * Generation at scale: synthetic catalogs of 100, 1,000 and 10,000 codes, generated cold (a new
 * process, as `pnpm generate` runs) and warm (in-process, after a first run), with the time per
 * phase, the floor of writing the same bytes, and the emit step against plain string building.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitCodes } from '../codegen/src/emit/codes.js';
import { emitDetails } from '../codegen/src/emit/details.js';
import { emitDocs } from '../codegen/src/emit/docs.js';
import { emitErrors } from '../codegen/src/emit/errors.js';
import { emitValidators } from '../codegen/src/emit/validators.js';
import type { GeneratedFile } from '../codegen/src/emit/files.js';
import { emitAll, loadAndValidate, type Phase } from '../codegen/src/pipeline.js';
import { applyPlan, planWrite } from '../codegen/src/write.js';
import { plainCodes, plainErrors } from './plain-emitter.js';
import type { Section, TargetRow } from './section.js';
import { fmtMs, fmtRatio, mdTable, repeat, summarize, type Summary } from './stats.js';
import { createSyntheticRoot, REPO_ROOT, type SyntheticRoot } from './synthetic-root.js';
import { removeProbes, settleFileSystem } from './fs-settle.js';

export interface GenerationOptions {
  readonly sizes?: readonly number[];
  /** Repetitions per size (cold and warm each); fewer for the largest size. */
  readonly runs?: (size: number) => number;
}

interface ColdResult {
  /** µs per file created, measured by the file-system probe right before each timed run. */
  readonly probe: Summary;
  readonly wall: Summary;
  readonly cpu: Summary;
  readonly maxRssMb: number;
  readonly floor: Summary;
}

interface WarmResult {
  readonly phases: Record<Phase | 'write', Summary>;
  readonly total: Summary;
  readonly floor: Summary;
  readonly details: Summary;
  readonly docs: Summary;
  readonly validators: Summary;
  readonly tsReal: Summary;
  readonly tsPlain: Summary;
  readonly plainIdentical: boolean;
  readonly files: number;
  readonly bytes: number;
}

/** What `pnpm generate` runs (package.json), so cold runs measure that command minus pnpm's own start-up. */
const CLI = join(REPO_ROOT, 'codegen', 'bin', 'errcat.mjs');
const FLOOR = join(REPO_ROOT, 'bench', 'write-floor.mjs');

/** One command in a new process, timed from outside; /usr/bin/time adds CPU time and peak memory. */
function timeProcess(args: readonly string[]): { wallMs: number; cpuMs: number; maxRssKb: number } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'errcat-time %U %S %M', process.execPath, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const m = /errcat-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  if (m === null) throw new Error(`no /usr/bin/time line in:\n${run.stderr}`);
  return { wallMs, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, maxRssKb: Number(m[3]) };
}

/**
 * Each run generates into a root of its own on a quiet file system (bench/fs-settle.ts), as a
 * maintainer's first `pnpm generate` does; the folders are deleted only after the last run.
 */
function cold(root: SyntheticRoot, runs: number): ColdResult {
  const wall: number[] = [];
  const cpu: number[] = [];
  const floor: number[] = [];
  const probes: number[] = [];
  let rss = 0;
  // One unmeasured run leaves the bundled generator fresh (codegen/dist/errcat.mjs), as any second `pnpm generate` finds it.
  const first = root.fresh();
  timeProcess([CLI, 'generate', '--root', first]);
  for (let i = 0; i < runs; i++) {
    const target = root.fresh();
    probes.push(settleFileSystem());
    const t = timeProcess([CLI, 'generate', '--root', target]);
    wall.push(t.wallMs);
    cpu.push(t.cpuMs);
    rss = Math.max(rss, t.maxRssKb);
    settleFileSystem();
    floor.push(timeProcess([FLOOR, join(first, 'generated'), join(root.fresh(), 'copy')]).wallMs);
  }
  removeProbes();
  return { probe: summarize(probes), wall: summarize(wall), cpu: summarize(cpu), maxRssMb: rss / 1024, floor: summarize(floor) };
}

function writePlain(dir: string, files: readonly GeneratedFile[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const path = join(dir, f.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, f.contents);
  }
}

async function warm(root: SyntheticRoot, runs: number): Promise<WarmResult> {
  const samples: Record<Phase | 'write', number[]> = { load: [], validate: [], model: [], emit: [], write: [] };
  const totals: number[] = [];
  let files: GeneratedFile[] = [];
  for (let i = 0; i <= runs; i++) {
    const out = join(root.fresh(), 'generated');
    settleFileSystem();
    const phase: Record<string, number> = {};
    const onPhase = (p: Phase, ms: number) => {
      phase[p] = (phase[p] ?? 0) + ms;
    };
    const started = performance.now();
    const result = loadAndValidate({ root: root.root, onPhase });
    if (!result.ok) throw new Error(`synthetic catalog has problems: ${result.problems.slice(0, 3).map((p) => `${p.pointer} ${p.message}`).join('; ')}`);
    files = await emitAll(result.apis, root.root, { onPhase });
    const w = performance.now();
    applyPlan(planWrite(out, files));
    phase.write = performance.now() - w;
    const total = performance.now() - started;
    if (i === 0) continue; // the first run warms the JIT and module caches
    totals.push(total);
    for (const key of Object.keys(samples) as Array<Phase | 'write'>) samples[key].push(phase[key] ?? 0);
  }

  const floor = await repeat(runs, () => {
    const dir = root.fresh();
    settleFileSystem();
    const t = performance.now();
    writePlain(dir, files);
    return performance.now() - t;
  });
  removeProbes();

  const result = loadAndValidate({ root: root.root });
  if (!result.ok) throw new Error('unreachable: validated above');
  const api = (result.apis[0] as (typeof result.apis)[number]).model;
  const time = async (fn: () => unknown) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const details = await repeat(runs, () => time(() => emitDetails(api)));
  const docs = await repeat(runs, () => time(() => emitDocs(api)));
  const validators = await repeat(runs, () => time(() => emitValidators(api)));
  const tsReal = await repeat(runs, () =>
    time(() => {
      emitCodes(api);
      emitErrors(api);
    }),
  );
  const tsPlain = await repeat(runs, () =>
    time(() => {
      plainCodes(api);
      plainErrors(api);
    }),
  );
  const plainIdentical = plainCodes(api) === emitCodes(api).contents && plainErrors(api) === emitErrors(api).contents;

  const phases = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)])) as WarmResult['phases'];
  return {
    phases,
    total: summarize(totals),
    floor,
    details,
    docs,
    validators,
    tsReal,
    tsPlain,
    plainIdentical,
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.contents), 0),
  };
}

const defaultRuns = (size: number): number => (size >= 10_000 ? 3 : 5);

export async function runGeneration(options: GenerationOptions = {}): Promise<Section> {
  const sizes = options.sizes ?? [100, 1_000, 10_000];
  const runsFor = options.runs ?? defaultRuns;
  const results: Array<{ size: number; cold: ColdResult; warm: WarmResult }> = [];
  for (const size of sizes) {
    const root = createSyntheticRoot({ codes: size });
    try {
      process.stderr.write(`  generation: ${size} codes…\n`);
      const w = await warm(root, runsFor(size));
      const c = cold(root, runsFor(size));
      results.push({ size, cold: c, warm: w });
    } finally {
      root.remove();
    }
  }

  const rows: TargetRow[] = [];
  const bySize = new Map(results.map((r) => [r.size, r]));
  const k1 = bySize.get(1_000);
  const k10 = bySize.get(10_000);
  if (k1) rows.push({ metric: 'generate 1,000 codes, cold', value: fmtMs(k1.cold.wall), target: '< 1.0 s', ok: k1.cold.wall.median < 1000 });
  if (k10) rows.push({ metric: 'generate 10,000 codes, cold', value: fmtMs(k10.cold.wall), target: '< 4 s', ok: k10.cold.wall.median < 4000 });
  if (k1 && k10) {
    const scale = k10.warm.total.median / k1.warm.total.median;
    rows.push({ metric: 'scaling 1k → 10k codes (warm)', value: fmtRatio(scale), target: '≈ 10× (linear)', ok: scale <= 12 });
  }
  const emitRatio = (r: { warm: WarmResult }) => r.warm.tsReal.median / r.warm.tsPlain.median;
  const worstEmit = Math.max(...results.map(emitRatio));
  // A ratio against different text compares nothing: it only counts when the plain floor wrote the same bytes.
  const identical = results.every((r) => r.warm.plainIdentical);
  rows.push({
    metric: 'emit (codes.ts + errors.ts) vs plain strings',
    value: identical ? fmtRatio(worstEmit) : `${fmtRatio(worstEmit)} (not comparable: bench/plain-emitter.ts writes other text)`,
    target: '≤ 6×',
    ok: identical && worstEmit <= 6,
  });

  const coldTable = mdTable(
    ['codes', 'file-system probe (µs per file)', 'cold wall', 'cold CPU (user+sys)', 'peak RSS', 'floor: new process writing the same bytes', 'cold / floor'],
    results.map((r) => [
      r.size.toLocaleString('en'),
      `${r.cold.probe.median.toFixed(0)} (${r.cold.probe.min.toFixed(0)}–${r.cold.probe.max.toFixed(0)})`,
      fmtMs(r.cold.wall),
      fmtMs(r.cold.cpu),
      `${r.cold.maxRssMb.toFixed(0)} MB`,
      fmtMs(r.cold.floor),
      fmtRatio(r.cold.wall.median / r.cold.floor.median),
    ]),
  );
  const warmTable = mdTable(
    ['codes', 'files', 'bytes', 'load', 'validate', 'model', 'emit', 'write', 'total (warm)', 'floor: writeFileSync', 'total / floor'],
    results.map((r) => [
      r.size.toLocaleString('en'),
      String(r.warm.files),
      `${(r.warm.bytes / 1024 / 1024).toFixed(2)} MB`,
      fmtMs(r.warm.phases.load),
      fmtMs(r.warm.phases.validate),
      fmtMs(r.warm.phases.model),
      fmtMs(r.warm.phases.emit),
      fmtMs(r.warm.phases.write),
      fmtMs(r.warm.total),
      fmtMs(r.warm.floor),
      fmtRatio(r.warm.total.median / r.warm.floor.median),
    ]),
  );
  const emitTable = mdTable(
    ['codes', 'validators.ts (schemas as data)', 'details.ts (json-schema-to-typescript)', 'docs (Handlebars)', 'codes.ts + errors.ts (line writer)', 'same text, plain strings', 'ratio', 'byte-identical'],
    results.map((r) => [
      r.size.toLocaleString('en'),
      fmtMs(r.warm.validators),
      fmtMs(r.warm.details),
      fmtMs(r.warm.docs),
      fmtMs(r.warm.tsReal),
      fmtMs(r.warm.tsPlain),
      fmtRatio(emitRatio(r)),
      r.warm.plainIdentical ? 'yes' : 'no',
    ]),
  );
  const scaling = results
    .slice(1)
    .map((r, i) => {
      const prev = results[i] as (typeof results)[number];
      return `${prev.size.toLocaleString('en')} → ${r.size.toLocaleString('en')} codes: warm ×${(r.warm.total.median / prev.warm.total.median).toFixed(1)}, cold ×${(r.cold.wall.median / prev.cold.wall.median).toFixed(1)}`;
    })
    .join('; ');

  const markdown = [
    'Synthetic catalogs from `bench/synthetic-catalog.ts` (deterministic; 0–3 `%s` parameters and 1–4 `details` properties per code, an example body per code). Medians, (min–max) over the runs.',
    '',
    '**Cold** (a new process: `node codegen/bin/errcat.mjs generate --root <tmp>`, which is what `pnpm generate` runs, minus pnpm\'s own start-up; timed from outside, with the bundled generator codegen/dist/errcat.mjs fresh as after any first run; the floor is a new plain `node` process copying the same generated tree). Every timed run writes into a new folder on a quiet file system: creating a file costs ~0.03 ms on these machines\' ext4 when it is quiet and 0.2–0.5 ms for seconds after many files were written or deleted (`bench/fs-settle.ts` syncs and probes until two probes of 100 files are under 80 µs per file; the probe column shows what it saw). Deleting the last run\'s output right before the next, as this benchmark used to, put up to 0.45 s per 1,000 files into both the runs and the floor:',
    '',
    coldTable,
    '',
    '**Warm** (in-process, after one unmeasured run; phases from `PipelineOptions.onPhase`, write = `planWrite` + `applyPlan` into a new, empty folder on a quiet file system; the floor is plain `writeFileSync` of the same files). There is no separate format phase: TS text is written final by the writer and json-schema-to-typescript runs with `format: false`, so formatting cost is inside emit.',
    '',
    warmTable,
    '',
    '**Inside emit** (each emitter alone, warm):',
    '',
    emitTable,
    '',
    `Scaling: ${scaling}.`,
  ].join('\n');

  return { title: 'Generation', rows, markdown };
}
