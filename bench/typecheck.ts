/**
 * What the generated types cost a consumer's `tsc`: a consumer that narrows on `code` and calls
 * formatMessage, against the built package of each size, minus an empty consumer with the same
 * options; on TypeScript 6 (tsc) and TypeScript 7 (tsgo, the native port). At the largest size,
 * the alternatives of bench/type-shapes.ts are measured side by side.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConsumerFixture, TSGO, typeCheck, type CheckResult, type ConsumerFixture } from './consumer-fixture.js';
import type { Section, TargetRow } from './section.js';
import { fmtMs, mdTable, summarize, type Summary } from './stats.js';
import { SHAPE_LABELS, SHAPES, withShape, type Shape } from './type-shapes.js';

type Compiler = 'tsc' | 'tsgo';

interface Measured {
  readonly consumer: Summary;
  readonly empty: Summary;
  /** Median of (consumer − empty), each run paired with the empty run next to it. */
  readonly overhead: Summary;
  readonly diagnostics: CheckResult;
}

export interface TypecheckOptions {
  readonly sizes?: readonly number[];
  readonly runs?: number;
  /** Size at which the type shapes are compared (default: the largest). */
  readonly shapesAt?: number;
}

/**
 * Fixtures measured in rounds, each round a consumer run and an empty run per fixture, the
 * fixtures taking turns first (a then b, then b then a, …) so drift in the machine's speed hits
 * each alike. Each fixture's compiler and files are paged in once before.
 */
function measureRounds(fixtures: readonly ConsumerFixture[], compiler: Compiler, runs: number): Array<Measured & { readonly overheads: readonly number[] }> {
  const sides = fixtures.map((fixture) => ({ fixture, consumer: [] as number[], empty: [] as number[], overhead: [] as number[], diagnostics: undefined as CheckResult | undefined }));
  for (const side of sides) typeCheck(side.fixture.consumerDir, compiler);
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const c = typeCheck(side.fixture.consumerDir, compiler);
      const e = typeCheck(side.fixture.emptyDir, compiler);
      side.diagnostics ??= c;
      side.consumer.push(c.wallMs);
      side.empty.push(e.wallMs);
      side.overhead.push(c.wallMs - e.wallMs);
    }
  }
  return sides.map((side) => ({
    consumer: summarize(side.consumer),
    empty: summarize(side.empty),
    overhead: summarize(side.overhead),
    overheads: side.overhead,
    diagnostics: side.diagnostics as CheckResult,
  }));
}

function measure(fixture: ConsumerFixture, compiler: Compiler, runs: number): Measured {
  return measureRounds([fixture], compiler, runs)[0] as Measured;
}

/**
 * Two fixtures in alternating rounds. `ratio` is the median of the rounds' b/a overhead ratios,
 * with their range: each round's two sides ran seconds apart, where a ratio of the two medians
 * mixes rounds minutes apart (it read 1.06× and 1.11× for the same tree).
 */
function measurePaired(a: ConsumerFixture, b: ConsumerFixture, compiler: Compiler, runs: number): { a: Measured; b: Measured; ratio: Summary } {
  const [x, y] = measureRounds([a, b], compiler, runs) as [Measured & { overheads: readonly number[] }, Measured & { overheads: readonly number[] }];
  return { a: x, b: y, ratio: summarize(y.overheads.map((o, i) => o / (x.overheads[i] as number))) };
}

/**
 * Every shape measured in round-robin (one paired run of each shape per round), so a change in
 * machine load during the comparison falls on all shapes alike instead of on the last ones.
 */
function compareShapes(fixture: ConsumerFixture, compilers: readonly Compiler[], rounds: number): Array<{ shape: Shape; by: Partial<Record<Compiler, Measured>> }> {
  type Samples = { consumer: number[]; empty: number[]; overhead: number[]; diagnostics?: CheckResult };
  const samples = new Map<string, Samples>();
  for (let round = 0; round <= rounds; round++) {
    for (const shape of SHAPES) {
      process.stderr.write(`  typecheck: ${fixture.size} codes, shape ${shape}, round ${round}/${rounds}…\n`);
      withShape(fixture, shape, () => {
        for (const c of compilers) {
          const key = `${shape}/${c}`;
          const s = samples.get(key) ?? { consumer: [], empty: [], overhead: [] };
          samples.set(key, s);
          const consumer = typeCheck(fixture.consumerDir, c);
          const empty = typeCheck(fixture.emptyDir, c);
          if (round === 0) continue; // warms the compiler and the page cache for this shape
          s.diagnostics ??= consumer;
          s.consumer.push(consumer.wallMs);
          s.empty.push(empty.wallMs);
          s.overhead.push(consumer.wallMs - empty.wallMs);
        }
      });
    }
  }
  return SHAPES.map((shape) => {
    const by: Partial<Record<Compiler, Measured>> = {};
    for (const c of compilers) {
      const s = samples.get(`${shape}/${c}`) as Samples;
      by[c] = { consumer: summarize(s.consumer), empty: summarize(s.empty), overhead: summarize(s.overhead), diagnostics: s.diagnostics as CheckResult };
    }
    return { shape, by };
  });
}

export async function runTypecheck(options: TypecheckOptions = {}): Promise<Section> {
  const sizes = options.sizes ?? [100, 1_000, 5_000];
  const runs = options.runs ?? 5;
  const shapesAt = options.shapesAt ?? Math.max(...sizes);
  const compilers: Compiler[] = existsSync(TSGO) ? ['tsc', 'tsgo'] : ['tsc'];
  const results: Array<{ size: number; by: Partial<Record<Compiler, Measured>> }> = [];
  const shapes: Array<{ shape: Shape; by: Partial<Record<Compiler, Measured>> }> = [];

  for (const size of sizes) {
    process.stderr.write(`  typecheck: ${size} codes (building the package's .d.ts)…\n`);
    const fixture = await createConsumerFixture({ size, builder: existsSync(TSGO) ? 'tsgo' : 'tsc' });
    try {
      const by: Partial<Record<Compiler, Measured>> = {};
      for (const c of compilers) by[c] = measure(fixture, c, runs);
      results.push({ size, by });
      if (size === shapesAt) {
        shapes.push(...compareShapes(fixture, compilers, Math.max(3, runs - 2)));
      }
    } finally {
      fixture.remove();
    }
  }

  // The same catalog at the largest size with a quarter of its errors given a second variant:
  // what variants cost a consumer (the target is that they cost nothing measurable).
  const largest = Math.max(...sizes);
  const variantShare = 0.25;
  // Measured against a plain fixture of the same size in alternating rounds, not against the size
  // table above: that one ran minutes earlier, and this machine's speed drifts more than the
  // difference being measured (the same tree gave 1.09x and 1.26x unpaired).
  process.stderr.write(`  typecheck: ${largest} codes, ${variantShare * 100}% with variants, paired with none…\n`);
  const builder = existsSync(TSGO) ? 'tsgo' : 'tsc';
  const plainPair = await createConsumerFixture({ size: largest, builder });
  const withoutVariants: Partial<Record<Compiler, Measured>> = {};
  const withVariants: Partial<Record<Compiler, Measured>> = {};
  const variantRatio: Partial<Record<Compiler, Summary>> = {};
  try {
    const varied = await createConsumerFixture({ size: largest, builder, variantShare });
    try {
      for (const c of compilers) {
        const paired = measurePaired(plainPair, varied, c, runs);
        [withoutVariants[c], withVariants[c], variantRatio[c]] = [paired.a, paired.b, paired.ratio];
      }
    } finally {
      varied.remove();
    }
  } finally {
    plainPair.remove();
  }

  const rows: TargetRow[] = [];
  const at5k = results.find((r) => r.size === 5_000);
  if (at5k?.by.tsc)
    rows.push({ metric: 'consumer tsc overhead at 5,000 codes (TS 6)', value: fmtMs(at5k.by.tsc.overhead), target: '≤ +1.2 s', ok: at5k.by.tsc.overhead.median <= 1200 });
  if (at5k?.by.tsgo)
    rows.push({ metric: 'consumer tsgo overhead at 5,000 codes (TS 7)', value: fmtMs(at5k.by.tsgo.overhead), target: '≤ +0.35 s', ok: at5k.by.tsgo.overhead.median <= 350 });
  else rows.push({ metric: 'consumer overhead on TS 7', value: 'not installed', target: '≤ +0.35 s', ok: undefined });
  const ratio = variantRatio.tsc;
  if (withVariants.tsc && ratio) {
    rows.push({
      metric: `consumer tsc overhead with ${variantShare * 100}% of codes varied, ${largest.toLocaleString('en')} codes`,
      value: `${fmtMs(withVariants.tsc.overhead)} (${ratio.median.toFixed(2)}× without: median of ${ratio.runs} paired rounds, ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`,
      target: '≤ 1.1× without',
      ok: ratio.median <= 1.1,
    });
  }
  if (at5k?.by.tsc)
    rows.push({ metric: 'checker instantiations, 5,000-code consumer', value: at5k.by.tsc.diagnostics.instantiations.toLocaleString('en'), target: 'guarded in test/scale', ok: undefined });

  const label = (c: Compiler) => (c === 'tsc' ? 'TS 6 `tsc`' : 'TS 7 `tsgo`');
  const sizeTable = mdTable(
    ['codes', 'compiler', 'empty consumer', 'consumer', 'overhead (paired)', 'instantiations', 'types', 'check time (self-reported)', 'memory'],
    results.flatMap((r) =>
      compilers.flatMap((c) => {
        const m = r.by[c];
        if (m === undefined) return [];
        return [
          [
            r.size.toLocaleString('en'),
            label(c),
            fmtMs(m.empty),
            fmtMs(m.consumer),
            `+${fmtMs(m.overhead)}`,
            m.diagnostics.instantiations.toLocaleString('en'),
            m.diagnostics.types.toLocaleString('en'),
            `${m.diagnostics.checkSeconds.toFixed(2)} s`,
            `${(m.diagnostics.memoryKb / 1024).toFixed(0)} MB`,
          ],
        ];
      }),
    ),
  );
  const variantTable = mdTable(
    ['catalog', ...compilers.map((c) => `${label(c)} overhead`), 'instantiations', 'types'],
    [
      ['no variants', { by: withoutVariants }],
      [`${variantShare * 100}% of error codes with a second variant`, { by: withVariants }],
    ].map(([name, r]) => {
      const by = (r as { by: Partial<Record<Compiler, Measured>> } | undefined)?.by ?? {};
      return [
        name as string,
        ...compilers.map((c) => (by[c] === undefined ? '—' : `+${fmtMs((by[c] as Measured).overhead)}`)),
        by.tsc?.diagnostics.instantiations.toLocaleString('en') ?? '—',
        by.tsc?.diagnostics.types.toLocaleString('en') ?? '—',
      ];
    }).concat([
      [
        'with / without, per paired round (median, range)',
        ...compilers.map((c) => {
          const r = variantRatio[c];
          return r === undefined ? '—' : `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
        }),
        '',
        '',
      ],
    ]),
  );
  const shapeTable = mdTable(
    ['shape', ...compilers.map((c) => `${label(c)} overhead`), 'instantiations', 'types'],
    shapes.map((s) => [
      SHAPE_LABELS[s.shape],
      ...compilers.map((c) => {
        const m = s.by[c];
        return m === undefined ? '—' : `+${fmtMs(m.overhead)}`;
      }),
      s.by.tsc?.diagnostics.instantiations.toLocaleString('en') ?? '—',
      s.by.tsc?.diagnostics.types.toLocaleString('en') ?? '—',
    ]),
  );

  const markdown = [
    "The consumer (`bench/consumer-fixture.ts`) switches over six codes reading each one's typed details (`detailsOf`), calls `formatMessage` for those six codes, and has a generic `statusOf<C>(code: C, error: ErrorMap[C])`; it imports the package built to `.d.ts` (the declarations `pnpm build` emits, built here by `tsgo` when installed: seconds instead of a minute at 5,000 codes) through `node_modules`, with `strict`, `NodeNext` and `skipLibCheck`. The empty consumer has the same options and imports nothing. Wall times of the whole `tsc -p` process, medians over paired runs (min–max); instantiations, types and memory from `--extendedDiagnostics`.",
    '',
    sizeTable,
    '',
    `**Variants at ${largest.toLocaleString('en')} codes**: the same catalog, and the same consumer plus one \`formatVariant\` call, with a quarter of the error codes given a second (status, message) variant (\`${'<Prefix>'}VariantParamsMap\` and \`${'<Prefix>'}VariantIndexMap\` list only those codes; each gains \`variant\` and its variants' parameter names), checked in alternating rounds with the same catalog without variants:`,
    '',
    variantTable,
    '',
    `**Type shapes at ${shapesAt.toLocaleString('en')} codes**, each rewritten into the same built package (\`bench/type-shapes.ts\`) and checked with the same consumer, the shapes taking turns run by run:`,
    '',
    shapeTable,
    '',
    compilers.includes('tsgo')
      ? 'TypeScript 7 is `@typescript/native-preview` (`tsgo`), pinned as a root devDependency.'
      : 'TypeScript 7 (`@typescript/native-preview`) is not installed, so only TypeScript 6 was measured.',
  ].join('\n');
  return { title: 'Consumer type-check', rows, markdown };
}

