/**
 * Forgotten exports (codegen/src/api-report/forgotten.ts): `pnpm api-report` refuses a package
 * whose public declarations name a type of its own that no entry point exports, and names each
 * one; types exported by another entry point of the package, types of other packages, type
 * parameters and lib types are not forgotten.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiReportCommand, makeReports } from '../src/api-report/command.js';
import { PackageError } from '../src/api-report/packages.js';

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A repository with `@x/lib` (packages/lib) and `@x/gen` (generated/gen), from declaration texts. */
function repo(lib: Record<string, string>, gen: Record<string, string> = { 'index.d.ts': 'export declare const ok: 1;\n' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-forgotten-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('packages/lib/package.json', JSON.stringify({ name: '@x/lib', exports: { '.': { types: './dist/index.d.ts' }, './extra': { types: './dist/extra.d.ts' } } }));
  write('generated/gen/package.json', JSON.stringify({ name: '@x/gen', exports: { '.': { types: './dist/index.d.ts' } } }));
  for (const [file, text] of Object.entries(lib)) write(`packages/lib/dist/${file}`, text);
  for (const [file, text] of Object.entries(gen)) write(`generated/gen/dist/${file}`, text);
  // @x/gen imports @x/lib as a user would: through node_modules.
  mkdirSync(join(dir, 'generated/gen/node_modules/@x'), { recursive: true });
  write('generated/gen/node_modules/@x/lib/package.json', JSON.stringify({ name: '@x/lib', exports: { '.': { types: './dist/index.d.ts' }, './extra': { types: './dist/extra.d.ts' } } }));
  for (const [file, text] of Object.entries(lib)) write(`generated/gen/node_modules/@x/lib/dist/${file}`, text);
  return (root = dir);
}

const thrown = (dir: string): string => {
  try {
    makeReports(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return (error as Error).message;
  }
  throw new Error('makeReports did not refuse the package');
};

describe('forgotten exports', () => {
  it('refuses a public signature that names a type no entry point exports, naming the export, the type and both files', () => {
    const dir = repo({
      'index.d.ts': "export { readCauses } from './causes.js';\nexport type { Shown } from './budget.js';\n",
      'causes.d.ts': "import type { Budget } from './budget.js';\nexport declare function readCauses(budget: Budget): void;\n",
      'budget.d.ts': 'export declare class Budget { built: number; }\nexport interface Shown { readonly n: number; }\n',
      'extra.d.ts': 'export {};\n',
    });
    expect(thrown(dir)).toBe(
      "A public declaration names a type the package does not export (API Extractor's ae-forgotten-export):\n" +
        '  @x/lib: `readCauses` (dist/causes.d.ts) names `Budget` (dist/budget.d.ts), which no entry point exports\n' +
        'Export each from an entry point, or stop naming it in the public declaration.',
    );
  });

  it('finds names in every type position: typeof, qualified names, heritage, members, type arguments', () => {
    const dir = repo({
      'index.d.ts': [
        "import type * as NS from './ns.js';",
        'declare function hidden(): void;',
        'interface Base { readonly b: number; }',
        'interface Arg { readonly a: string; }',
        'export interface Features { readonly read: typeof hidden; readonly list: readonly Arg[]; readonly q: NS.Inner; }',
        'export declare class Thing implements Base { readonly b: number; }',
        'export {};',
        '',
      ].join('\n'),
      'ns.d.ts': 'export interface Inner { readonly i: 1; }\n',
      'extra.d.ts': 'export {};\n',
    });
    const message = thrown(dir);
    expect(message).toContain('4 public declarations name types the package does not export');
    for (const [exportName, name, file] of [
      ['Features', 'hidden', 'index.d.ts'],
      ['Features', 'Arg', 'index.d.ts'],
      ['Features', 'NS', 'ns.d.ts'],
      ['Thing', 'Base', 'index.d.ts'],
    ] as const) {
      expect(message).toMatch(new RegExp(`\`${exportName}\` \\(dist/index\\.d\\.ts\\) names \`${name === 'NS' ? '[^`]+' : name}\` \\(dist/${file.replace('.', '\\.')}\\)`));
    }
  });

  it('accepts types exported by another entry point, types of other packages, type parameters and lib types', () => {
    const dir = repo(
      {
        'index.d.ts': "import type { Extra } from './extra.js';\nexport declare function f<T>(value: T, extra: Extra): Promise<T>;\n",
        'extra.d.ts': 'export interface Extra { readonly e: 1; }\n',
      },
      { 'index.d.ts': "import type { Extra } from '@x/lib/extra';\nexport declare function g(extra: Extra): ReadonlyArray<string>;\n" },
    );
    expect(makeReports(dir).map((r) => r.name).sort()).toEqual(['@x/gen', '@x/lib']);
  });

  it('the command prints the refusal and exits 1 without writing a report', () => {
    const dir = repo({
      'index.d.ts': "import type { Hidden } from './hidden.js';\nexport declare const value: Hidden;\n",
      'hidden.d.ts': 'export interface Hidden { readonly h: 1; }\n',
      'extra.d.ts': 'export {};\n',
    });
    const err: string[] = [];
    const code = apiReportCommand(dir, false, { out: () => {}, err: (t) => err.push(t), color: false });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('`value` (dist/index.d.ts) names `Hidden` (dist/hidden.d.ts), which no entry point exports');
    expect(() => makeReports(dir)).toThrow(PackageError);
  });
});
