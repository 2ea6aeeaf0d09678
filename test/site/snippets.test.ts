/**
 * Every code's "Handle it in TypeScript" snippet on the docs site compiles: the snippets of every
 * catalog in catalog/, taken from the emitted site pages, as one strict tsc program against the
 * built packages (resolved through node_modules as a consumer's would: their dist/ declarations);
 * and the snippets of the fixture catalogs (hostile names, parameters, details) against their
 * packages generated in memory.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { usageExample } from '../../codegen/src/emit/docs-parts.js';
import { emitSite } from '../../codegen/src/emit/site.js';
import type { ApiModel } from '../../codegen/src/model.js';
import { emitAll, loadAndValidate } from '../../codegen/src/pipeline.js';
import { ROOT } from '../helpers/generate.js';
import { catalogModels, siteConfig } from './built-site.js';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  skipLibCheck: true,
  // Response and console: a snippet runs where fetch does.
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};

const work = mkdtempSync(join(tmpdir(), 'errcat-snippets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each code's snippet, by `<api>/<page>#<anchor>`, as the site's group pages show it. */
function snippetsOf(models: readonly ApiModel[]): Map<string, string> {
  const snippets = new Map<string, string>();
  for (const f of emitSite(models, siteConfig())) {
    for (const m of f.contents.matchAll(/^<p class="errcat-subhead" role="heading" aria-level="3"><strong>Handle it in TypeScript<\/strong><\/p>\n\n(`{3,})ts\n([\s\S]*?)\n\1$/gm)) {
      const before = f.contents.slice(0, m.index);
      const anchor = [...before.matchAll(/ \{#([a-z0-9_-]+)\}$/gm)].at(-1)?.[1];
      snippets.set(`${f.path.replace(/\.md$/, '')}#${anchor}`, m[2] as string);
    }
  }
  return snippets;
}

/** Writes one module per snippet under dir and type-checks them all in one program. */
function compile(dir: string, snippets: ReadonlyMap<string, string>, extra: ts.CompilerOptions = {}): string[] {
  const files = [...snippets].map(([key, text], i) => {
    const path = join(dir, 'snippets', `${i}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
  const program = ts.createProgram(files, { ...OPTIONS, ...extra });
  // The snippets' own diagnostics (and global ones): the packages are checked by their own tests.
  const snippetDir = join(dir, 'snippets');
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.startsWith(snippetDir))
    .map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Links each built package into dir/node_modules, where a consumer's resolution finds it. */
function linkPackages(dir: string, models: readonly ApiModel[]): void {
  for (const api of models) {
    const link = join(dir, 'node_modules', ...api.packageName.split('/'));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'generated', api.id), link, 'dir');
  }
}

describe('snippets of the catalogs', () => {
  const models = catalogModels();

  it('one per code, all compiling against the built packages', () => {
    const snippets = snippetsOf(models);
    expect(snippets.size).toBe(models.reduce((n, api) => n + api.codes.length, 0));
    for (const api of models) for (const c of api.codes) expect(snippets.has(`${api.id}/${c.docsPage}#${c.anchor}`), `${api.id} ${c.code}`).toBe(true);
    const dir = join(work, 'catalogs');
    linkPackages(dir, models);
    expect(compile(dir, snippets)).toEqual([]);
  });

  it("each package README's usage example compiles against the built package", () => {
    const examples = new Map<string, string>();
    for (const api of models) {
      const example = usageExample(api);
      if (example === undefined) continue;
      // As pasted: the example declares everything it uses.
      examples.set(`${api.id}/README#usage`, `${example}\n`);
    }
    expect(examples.size).toBe(models.length);
    const dir = join(work, 'usage');
    linkPackages(dir, models);
    expect(compile(dir, examples)).toEqual([]);
  });
});

describe('snippets of fixture catalogs', () => {
  it.each(['test/fixtures/mini/mini.json', 'test/fixtures/hostile/hostile.json', 'test/fixtures/synthetic-api/acme-billing.json', 'test/fixtures/variants/variant-demo.json'])(
    '%s compile against the package generated from it',
    async (file) => {
      const result = loadAndValidate({ root: ROOT, catalogFiles: [join(ROOT, file)], outDir: join(work, 'none') });
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      const api = (result.apis[0] as { model: ApiModel }).model;
      const dir = join(work, api.id);
      for (const f of await emitAll(result.apis, ROOT)) {
        mkdirSync(dirname(join(dir, 'pkg', f.path)), { recursive: true });
        writeFileSync(join(dir, 'pkg', f.path), f.contents);
      }
      const snippets = snippetsOf([api]);
      expect(snippets.size).toBe(api.codes.length);
      const paths = { [api.packageName]: [join(dir, 'pkg', api.id, 'src/index.ts')], '@errcat/runtime': [join(ROOT, 'packages/runtime/src/index.ts')] };
      expect(compile(dir, snippets, { paths })).toEqual([]);
    },
  );
});
