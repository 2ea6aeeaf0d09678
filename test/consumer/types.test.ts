/**
 * Type-checks a consumer of the installed tarballs with the workspace's `tsc` (run from the
 * scratch project, so every import resolves through the packages' own `exports`/`types`):
 * moduleResolution node16 from a CommonJS file and from an ES module, and bundler. Narrowing on
 * `code` must type `details`; formatMessage must reject the wrong number of parameters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, run } from '../publish/packages.js';
import { createScratchProject, TSC, type ScratchProject } from './scratch.js';

const FIXTURES = join(ROOT, 'test', 'consumer', 'fixtures');
const consumer = readFileSync(join(FIXTURES, 'consumer.ts'), 'utf8');
const mustFail = readFileSync(join(FIXTURES, 'must-fail.ts'), 'utf8');
const library = readFileSync(join(FIXTURES, 'library.ts'), 'utf8');

/**
 * Shared by every configuration: strict, and the shipped .d.ts checked rather than skipped
 * (TypeScript's own lib files are not ours to check, and checking lib.dom costs seconds).
 */
const STRICT = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  target: 'ES2022',
  forceConsistentCasingInFileNames: true,
};

/**
 * No @types/node in either: the declarations must not lean on Node's types (browser users do
 * not have them). bundler stands for a browser app, so it gets the DOM lib.
 */
const CONFIGS = {
  node16: { ...STRICT, module: 'Node16', moduleResolution: 'Node16', lib: ['ES2022'], types: [] },
  bundler: { ...STRICT, module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [] },
} as const;

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  text: string;
}

async function tsc(app: string, project: string): Promise<Diagnostic[]> {
  try {
    await run(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { cwd: app, maxBuffer: 64 << 20 });
    return [];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? '';
    const diagnostics = [...out.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
      file: m[1]!,
      line: Number(m[2]),
      code: m[3]!,
      text: m[4]!,
    }));
    if (diagnostics.length === 0) throw error;
    return diagnostics;
  }
}

/** `// @expect-error TSnnnn[|TSmmmm]` markers: line number → the codes allowed there. */
function markers(source: string): Array<{ line: number; codes: string[] }> {
  return source.split('\n').flatMap((text, i) => {
    const m = /\/\/ @expect-error (TS\d+(?:\|TS\d+)*)\s*$/.exec(text);
    return m ? [{ line: i + 1, codes: m[1]!.split('|') }] : [];
  });
}

const FILES = {
  // node16 decides the module format by extension: .ts is CommonJS here (no "type" in the
  // consumer's package.json) and resolves the `require` condition, .mts resolves `import`.
  node16: { ok: ['src/consumer.ts', 'src/consumer.mts'], fail: ['fail/must-fail.ts', 'fail/must-fail.mts'] },
  bundler: { ok: ['src/consumer.ts'], fail: ['fail/must-fail.ts'] },
} as const;

let scratch: ScratchProject;
/** One compilation per configuration, consumer and must-fail files together: diagnostics by config. */
const results = new Map<string, Promise<Diagnostic[]>>();

beforeAll(async () => {
  scratch = await createScratchProject('types');
  scratch.write('src/consumer.ts', consumer);
  scratch.write('src/consumer.mts', consumer);
  scratch.write('fail/must-fail.ts', mustFail);
  scratch.write('fail/must-fail.mts', mustFail);
  for (const [name, options] of Object.entries(CONFIGS)) {
    const { ok, fail } = FILES[name as keyof typeof FILES];
    scratch.write(`tsconfig.${name}.json`, JSON.stringify({ compilerOptions: options, files: [...ok, ...fail] }, null, 2));
  }
  for (const name of Object.keys(CONFIGS)) results.set(name, tsc(scratch.app, `tsconfig.${name}.json`));
  scratch.write('lib/library.mts', library);
  const { noEmit: _, ...emitting } = CONFIGS.node16;
  scratch.write(
    'tsconfig.library.json',
    JSON.stringify({ compilerOptions: { ...emitting, declaration: true, emitDeclarationOnly: true, outDir: 'lib-out', rootDir: 'lib' }, files: ['lib/library.mts'] }, null, 2),
  );
  results.set('library', tsc(scratch.app, 'tsconfig.library.json'));
  await Promise.allSettled(results.values());
});

afterAll(() => scratch?.remove());

const show = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line} ${d.code} ${d.text}`);

describe.each(Object.keys(CONFIGS))('moduleResolution %s', (name) => {
  const { ok, fail } = FILES[name as keyof typeof FILES];

  test('the consumer compiles, declarations included', async () => {
    const diagnostics = await results.get(name)!;
    expect(show(diagnostics.filter((d) => !(fail as readonly string[]).includes(d.file)))).toEqual([]);
    expect(ok.length).toBeGreaterThan(0);
  });

  test('wrong arity, wrong codes and un-narrowed details are compile errors, exactly where marked', async () => {
    const expected = markers(mustFail);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    const diagnostics = (await results.get(name)!).filter((d) => (fail as readonly string[]).includes(d.file));
    const explain = show(diagnostics).join('\n');
    // Exactly one diagnostic per marked line, with an allowed code, and none anywhere else.
    const got = diagnostics.map((d) => `${d.file}:${d.line}`).sort();
    const want = fail.flatMap((f) => expected.map((m) => `${f}:${m.line}`)).sort();
    expect(got, explain).toEqual(want);
    for (const d of diagnostics) {
      const marker = expected.find((m) => m.line === d.line)!;
      expect(marker.codes, `${d.file}:${d.line} ${d.code} ${d.text}`).toContain(d.code);
    }
  });

  test('an arity error names the parameter (labeled tuples)', async () => {
    const lines = mustFail.split('\n');
    const line = lines.findIndex((l) => l.startsWith('creatorMessage(9450);')) + 1;
    expect(line).toBeGreaterThan(0);
    const diagnostics = (await results.get(name)!).filter((d) => d.line === line && (fail as readonly string[]).includes(d.file));
    expect(diagnostics.length).toBe(fail.length);
    for (const d of diagnostics) expect(d.text).toContain('[field: string]');
  });
});

test("a library's declarations of inferred types name them through the generated package alone", async () => {
  // Under pnpm a library that depends on @errcat/zoho-crm cannot resolve @errcat/runtime, so a
  // declaration that needs it fails to emit (TS2742/TS2883); under npm it emits an import of a
  // package the library never declared. Every runtime type a signature reaches is re-exported.
  expect(show(await results.get('library')!)).toEqual([]);
  const emitted = readFileSync(join(scratch.app, 'lib-out', 'library.d.mts'), 'utf8');
  expect(emitted).toContain('import("@errcat/zoho-crm")');
  expect(emitted).not.toContain('@errcat/runtime');
});
