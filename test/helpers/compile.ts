/** Writes generated files to a scratch folder, type-checks them with tsc and bundles them with esbuild. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import type { GeneratedFile } from '../../codegen/src/emit/files.js';
import { ROOT } from './generate.js';

const RUNTIME_SRC = join(ROOT, 'packages/runtime/src/index.ts');

export function writeScratch(files: readonly GeneratedFile[], prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `errcat-${prefix}-`));
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.contents);
  }
  return dir;
}

/** tsc diagnostics for the given entry files, strict, resolving @errcat/runtime to its source. */
export function typeCheck(rootNames: readonly string[]): string[] {
  const program = ts.createProgram(rootNames, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
    paths: { '@errcat/runtime': [RUNTIME_SRC] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}:${d.start ?? 0} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** Bundles an entry to ESM (runtime inlined from source) and imports it. */
export async function importBundled<T>(entry: string): Promise<T> {
  const outfile = `${entry}.bundle.mjs`;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    alias: { '@errcat/runtime': RUNTIME_SRC },
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
