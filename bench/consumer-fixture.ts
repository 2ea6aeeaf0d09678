/**
 * A consumer project type-checking against a generated package of N synthetic codes, the way an
 * app sees it: the package built to .d.ts (tsc, as `pnpm build` does), installed under
 * node_modules, @errcat/runtime resolved to packages/runtime. Shared by the type-check benchmark
 * and the instantiation-count guard test (test/scale).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CodeEntry } from '../codegen/src/catalog.types.js';
import { exportNames, type ApiModel } from '../codegen/src/model.js';
import { emitAll, loadAndValidate } from '../codegen/src/pipeline.js';
import { tsCode } from '../codegen/src/emit/quote.js';
import { applyPlan, planWrite } from '../codegen/src/write.js';
import { syntheticCatalog } from './synthetic-catalog.js';
import { createSyntheticRoot, REPO_ROOT, type SyntheticRoot } from './synthetic-root.js';

export const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** TypeScript 7 (the native port), when @typescript/native-preview is installed. */
export const TSGO = join(REPO_ROOT, 'node_modules', '.bin', 'tsgo');

/** Compiler options of a typical strict app on NodeNext; libraries' .d.ts are not re-checked (skipLibCheck). */
const CONSUMER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2022'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

export interface ConsumerFixture {
  readonly size: number;
  readonly root: string;
  readonly packageDir: string;
  /** Narrows on `code` in a switch over a few codes and calls formatMessage. */
  readonly consumerDir: string;
  /** Same compiler options, imports nothing. */
  readonly emptyDir: string;
  remove(): void;
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, 'dir');
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The consumer's source: a switch over `count` codes reading typed details, formatMessage calls, indexed-access generics. */
export function consumerSource(packageName: string, codes: readonly CodeEntry[], count = 6): string {
  const names = exportNames('Synth');
  const chosen = codes.filter((c) => c.kind === 'error').slice(0, count);
  const cases = chosen.map((c) => {
    const required = ((c.details as { required?: string[] } | undefined)?.required ?? [])[0];
    // Narrowed on `code`, then the one guard honest details need (detailsOf: undefined when they failed the schema).
    const read = required === undefined ? 'error.message' : `String(detailsOf(error)?.[${JSON.stringify(required)}])`;
    return `    case ${tsCode(c.code)}:\n      return ${read};`;
  });
  const calls = chosen.map((c) => `  formatMessage(${[tsCode(c.code), ...(c.params ?? []).map((p) => JSON.stringify(p.example ?? p.name))].join(', ')}),`);
  // With variants in the catalog, the consumer formats one the way a user would.
  const varied = codes.find((c) => c.variants !== undefined);
  if (varied !== undefined) calls.push(`  formatVariant(${tsCode(varied.code)}, 1, 'subject'),`);
  return [
    `import { ${cases.some((c) => c.includes('detailsOf(')) ? 'detailsOf, ' : ''}formatMessage, ${varied === undefined ? '' : 'formatVariant, '}lookup, type ${names.anyError}, type ${names.codeUnion}, type ${names.errorMap} } from '${packageName}';`,
    '',
    // What a parse result's errors are (known and unknown together): `switch (error.code)` narrows them.
    `export function describe(error: ${names.anyError}): string {`,
    '  switch (error.code) {',
    ...cases,
    '    default:',
    '      return error.message;',
    '  }',
    '}',
    '',
    `export function statusOf<C extends ${names.codeUnion}>(code: C, error: ${names.errorMap}[C]): number {`,
    '  return error.status ?? lookup(code).status;',
    '}',
    '',
    'export const messages: string[] = [',
    ...calls,
    '];',
    '',
  ].join('\n');
}

export interface FixtureOptions {
  readonly size: number;
  /** Compiler that builds the package's .d.ts (default tsc 6, as `pnpm build`). */
  readonly builder?: 'tsc' | 'tsgo';
  /** Share of error codes with a second variant (syntheticCatalog's variantShare; default 0). */
  readonly variantShare?: number;
}

export interface GeneratedPackage {
  readonly synthetic: SyntheticRoot;
  readonly packageDir: string;
  readonly model: ApiModel;
}

/** Generates the synthetic package of `size` codes with the real pipeline; @errcat/runtime links to packages/runtime (built). */
export async function createGeneratedPackage(size: number, variantShare = 0): Promise<GeneratedPackage> {
  const runtimeTypes = join(REPO_ROOT, 'packages', 'runtime', 'dist', 'esm', 'index.d.ts');
  if (!existsSync(runtimeTypes)) throw new Error(`${runtimeTypes} is missing: run \`pnpm build\` first`);
  const synthetic = createSyntheticRoot({ codes: size, variantShare });
  try {
    const result = loadAndValidate({ root: synthetic.root });
    if (!result.ok) throw new Error(`synthetic catalog has problems: ${result.problems[0]?.message ?? ''}`);
    const files = await emitAll(result.apis, synthetic.root);
    applyPlan(planWrite(join(synthetic.root, 'generated'), files));
    const model = (result.apis[0] as (typeof result.apis)[number]).model;
    const packageDir = join(synthetic.root, 'generated', model.id);
    link(join(REPO_ROOT, 'packages', 'runtime'), join(packageDir, 'node_modules', '@errcat', 'runtime'));
    return { synthetic, packageDir, model };
  } catch (error) {
    synthetic.remove();
    throw error;
  }
}

export async function createConsumerFixture({ size, builder = 'tsc', variantShare = 0 }: FixtureOptions): Promise<ConsumerFixture> {
  const { synthetic, packageDir, model } = await createGeneratedPackage(size, variantShare);
  try {
    writeFileSync(
      join(packageDir, 'tsconfig.fixture.json'),
      JSON.stringify({
        extends: join(REPO_ROOT, 'tsconfig.base.json'),
        compilerOptions: { outDir: 'dist/esm', rootDir: 'src', declaration: true, emitDeclarationOnly: true },
        include: ['src'],
      }),
    );
    const compiler = builder === 'tsgo' ? TSGO : process.execPath;
    run(compiler, [...(builder === 'tsgo' ? [] : [TSC]), '-p', 'tsconfig.fixture.json'], packageDir);

    const consumerDir = join(synthetic.root, 'consumer');
    const emptyDir = join(synthetic.root, 'empty');
    const catalog = syntheticCatalog({ codes: size, variantShare });
    for (const [dir, source] of [
      [consumerDir, consumerSource(model.packageName, catalog.codes)],
      [emptyDir, 'export const answer: number = 42;\n'],
    ] as const) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files: ['index.ts'] }));
      writeFileSync(join(dir, 'index.ts'), source);
      link(packageDir, join(dir, 'node_modules', ...model.packageName.split('/')));
    }
    return { size, root: synthetic.root, packageDir, consumerDir, emptyDir, remove: () => synthetic.remove() };
  } catch (error) {
    synthetic.remove();
    throw error;
  }
}

export interface CheckResult {
  readonly wallMs: number;
  /** From --extendedDiagnostics. */
  readonly instantiations: number;
  readonly types: number;
  readonly checkSeconds: number;
  readonly memoryKb: number;
}

/** `tsc --noEmit` (or tsgo) of a project, timed from outside; the checker's own counters from --extendedDiagnostics. */
export function typeCheck(projectDir: string, compiler: 'tsc' | 'tsgo' = 'tsc'): CheckResult {
  const [command, args] = compiler === 'tsc' ? [process.execPath, [TSC]] : [TSGO, []];
  const started = performance.now();
  const result = spawnSync(command, [...args, '-p', '.', '--extendedDiagnostics'], { cwd: projectDir, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${compiler} in ${projectDir} failed:\n${result.stdout}\n${result.stderr}`);
  const num = (label: string): number => {
    const m = new RegExp(`^${label}:\\s+([\\d.,]+)`, 'm').exec(result.stdout);
    return m === null ? Number.NaN : Number((m[1] as string).replace(/,/g, ''));
  };
  return {
    wallMs,
    instantiations: num('Instantiations'),
    types: num('Types'),
    checkSeconds: num('Check time'),
    memoryKb: num('Memory used'),
  };
}

/** The consumer's source, for the report. */
export function readConsumer(fixture: ConsumerFixture): string {
  return readFileSync(join(fixture.consumerDir, 'index.ts'), 'utf8');
}
