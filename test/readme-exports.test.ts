/**
 * Every name a generated package's README lists under "Exports" is one: a value export of the built
 * package (its ESM entry), or a type its root declarations export; and the subpaths it names are in
 * its package.json `exports`. The table is written from the model's names, so a renamed or dropped
 * export fails here rather than in a reader's editor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/generate.js';

const packages = readdirSync(join(ROOT, 'generated'));

/** Names a module's declarations export (values and types), read with the compiler. */
function declaredExports(dir: string, module: string): Set<string> {
  const path = join(dir, `dist/esm/${module}.d.ts`);
  const program = ts.createProgram([path], { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(path);
  const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  return new Set(symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name));
}

describe.each(packages)('generated/%s README exports', (id) => {
  const dir = join(ROOT, 'generated', id);
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Exports\n'), readme.indexOf('\n## Codes\n'));
  const table = section.split('\n').filter((line) => line.startsWith('| `'));
  const names = table.flatMap((line) => [...(line.split(' | ')[0] ?? '').matchAll(/`([A-Za-z_$][\w$]*)/g)].map((m) => m[1] as string));

  it('lists real exports', async () => {
    expect(names.length).toBeGreaterThan(25);
    const values = new Set(Object.keys(await import(join(dir, 'dist/esm/index.js'))));
    const declared = declaredExports(dir, 'index');
    // The enum is exported by /enum only, as the table says.
    const enums = [...declaredExports(dir, 'enum')].filter((name) => !declared.has(name));
    expect(enums).toHaveLength(1);
    expect(names).toContain(enums[0]);
    expect(names.filter((name) => !values.has(name) && !declared.has(name) && name !== enums[0])).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    for (const m of section.matchAll(/`\/([a-z.]+)`/g)) expect(Object.keys(pkg.exports)).toContain(`./${m[1]}`);
  });
});
