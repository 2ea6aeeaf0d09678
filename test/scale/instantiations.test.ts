/**
 * Guard on what the generated types cost a consumer's type checker at scale: a package of 5,000
 * synthetic codes, built to .d.ts, and a consumer that narrows on `code`, calls formatMessage and
 * reads the error map by indexed access (bench/consumer-fixture.ts). The shipped shapes make the
 * checker instantiate a few hundred types in total; any shape that instantiates per code (a
 * generic base interface per code, labeled parameter tuples, Extract<> lookups, conditional
 * types) costs tens of thousands and fails here. Speed itself is measured in `pnpm bench`.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerFixture, TSGO, typeCheck, type ConsumerFixture } from '../../bench/consumer-fixture.js';
import { codeIdent } from '../../bench/bundle-measure.js';
import { syntheticCatalog } from '../../bench/synthetic-catalog.js';
import { REPO_ROOT } from '../../bench/synthetic-root.js';

const CODES = 5_000;
/** Fewer instantiations than codes: nothing may be instantiated once per code. The shipped shapes need ~130. */
const MAX_INSTANTIATIONS = CODES;
/**
 * About three checker types per code (its code's literal type, fresh and regular, and its
 * interface) and no more: a `this`-typed base (a known-error base extending a generic interface)
 * doubles that without a single instantiation (~6 per code, ~0.2 s of tsc at 5,000 codes), and
 * intersections add one (~4 per code).
 */
const MAX_TYPES = 3.5 * CODES;

describe(`a consumer of a ${CODES.toLocaleString('en')}-code package`, () => {
  let fixture: ConsumerFixture;

  beforeAll(async () => {
    // tsgo builds the .d.ts in seconds where tsc takes a minute; the consumer is checked by tsc (TypeScript 6).
    fixture = await createConsumerFixture({ size: CODES, builder: existsSync(TSGO) ? 'tsgo' : 'tsc' });
  }, 300_000);

  afterAll(() => fixture?.remove());

  it('type-checks with a bounded number of checker instantiations (TypeScript 6)', () => {
    const result = typeCheck(fixture.consumerDir, 'tsc');
    expect(result.instantiations).toBeGreaterThan(0);
    expect(result.instantiations).toBeLessThan(MAX_INSTANTIATIONS);
    expect(result.types).toBeGreaterThan(CODES);
    expect(result.types).toBeLessThan(MAX_TYPES);
  });

  it('keeps the codes object and the enum subpath free of per-code instantiations when used (TypeScript 6)', () => {
    // The codes object is typed as the constants' module namespace: a mapped type over the
    // module (Omit<typeof module, …>) costs an instantiation per code as soon as it is read.
    const codes = syntheticCatalog({ codes: CODES }).codes;
    const [first, second] = codes.map((c) => codeIdent(c.name));
    const dir = join(fixture.root, 'object-user');
    mkdirSync(join(dir, 'node_modules', '@errcat-bench'), { recursive: true });
    symlinkSync(fixture.packageDir, join(dir, 'node_modules', '@errcat-bench', `synthetic-${CODES}`), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'object-user', private: true, type: 'module' }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      [
        `import { SynthCodes, ${first}, type SynthCode } from '@errcat-bench/synthetic-${CODES}';`,
        `import { SynthErrorCode } from '@errcat-bench/synthetic-${CODES}/enum';`,
        `export const same: typeof ${first} = SynthCodes.${first};`,
        `export const viaEnum: SynthCode = SynthErrorCode.${second};`,
        'export const all: readonly SynthCode[] = Object.values(SynthCodes);',
        'export const names: string[] = Object.keys(SynthCodes);',
        '',
      ].join('\n'),
    );
    const result = typeCheck(dir, 'tsc');
    expect(result.instantiations).toBeGreaterThan(0);
    expect(result.instantiations).toBeLessThan(MAX_INSTANTIATIONS);
  });

  it("keeps each code's error type interchangeable with the runtime's ErrcatKnownError", () => {
    // A success code, an error without parameters and errors with one to three (one with a default).
    const codes = syntheticCatalog({ codes: CODES }).codes;
    const pick = (test: (c: (typeof codes)[number]) => boolean) => codes.find(test);
    const sample = [
      pick((c) => c.kind === 'success'),
      pick((c) => c.kind === 'error' && (c.params ?? []).length === 0),
      ...[1, 2, 3].map((n) => pick((c) => (c.params ?? []).length === n)),
      pick((c) => (c.params ?? []).some((p) => p.default !== undefined)),
    ].map((c) => {
      if (c === undefined) throw new Error('the synthetic catalog lacks a code of some kind');
      return JSON.stringify(c.code);
    });
    const dir = join(fixture.root, 'compat');
    mkdirSync(join(dir, 'node_modules', '@errcat-bench'), { recursive: true });
    symlinkSync(fixture.packageDir, join(dir, 'node_modules', '@errcat-bench', `synthetic-${CODES}`), 'dir');
    mkdirSync(join(dir, 'node_modules', '@errcat'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'packages', 'runtime'), join(dir, 'node_modules', '@errcat', 'runtime'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'compat', private: true, type: 'module' }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      [
        "import type { ErrcatKnownError } from '@errcat/runtime';",
        `import type { SynthAnyError, SynthApiId, SynthCode, SynthErrorMap, SynthNamedParamsMap } from '@errcat-bench/synthetic-${CODES}';`,
        // Causes are read through the same catalog: the package's errors, its own union.
        'type Known<C extends SynthCode> = ErrcatKnownError<SynthApiId, C, SynthErrorMap[C]["kind"], SynthNamedParamsMap[C], SynthAnyError>;',
        ...sample.flatMap((code, i) => [
          `export const widen${i} = (error: SynthErrorMap[${code}]): Known<${code}> => error;`,
          `export const narrow${i} = (error: Known<${code}>): SynthErrorMap[${code}] => error;`,
        ]),
        '',
      ].join('\n'),
    );
    // Throws with the compiler's diagnostics if either direction does not type-check.
    expect(typeCheck(dir, existsSync(TSGO) ? 'tsgo' : 'tsc').instantiations).toBeGreaterThan(0);
  });
});

/** A quarter of the error codes with a second variant, as `pnpm bench` measures what variants cost. */
const VARIED_CODES = 1_000;

describe(`a consumer of a ${VARIED_CODES.toLocaleString('en')}-code package where a quarter of the errors have two variants`, () => {
  let fixture: ConsumerFixture;

  beforeAll(async () => {
    fixture = await createConsumerFixture({ size: VARIED_CODES, builder: existsSync(TSGO) ? 'tsgo' : 'tsc', variantShare: 0.25 });
  }, 300_000);

  afterAll(() => fixture?.remove());

  it('calls formatVariant without instantiating per varied code (TypeScript 6)', () => {
    // The consumer source ends with one formatVariant call. Typing its arguments against the map
    // indexed by the union of every varied code cost ~3 instantiations per code (6,024 at 2,000
    // codes, twice the checker's types); read through a defaulted tuple parameter, ~30.
    expect(readFileSync(join(fixture.consumerDir, 'index.ts'), 'utf8')).toContain('formatVariant(');
    const result = typeCheck(fixture.consumerDir, 'tsc');
    expect(result.instantiations).toBeGreaterThan(0);
    expect(result.instantiations).toBeLessThan(VARIED_CODES / 2);
    expect(result.types).toBeLessThan(3.5 * VARIED_CODES);
  });
});
