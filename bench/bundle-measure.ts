/**
 * What a consumer's bundle costs per import: each case is a tiny entry module that imports one
 * thing from a built package, bundled by esbuild the way an app bundler would (ESM, browser,
 * minified, tree-shaken). Shared by the benchmark (bench/bundle.ts) and the budget test
 * (test/publish/treeshake.test.ts), so both measure exactly the same thing.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toIdentifier } from '../codegen/src/names.js';

/** What the cases need to know about a generated package: read from its own catalog.json. */
export interface PackageInfo {
  readonly dir: string;
  readonly name: string;
  readonly id: string;
  readonly typePrefix: string;
  readonly docsBaseUrl: string;
  readonly codes: ReadonlyArray<{ readonly code: string | number; readonly name: string; readonly message: string | null }>;
}

interface CatalogJson {
  api: { id: string; packageName: string; docsBaseUrl: string };
  codes: Array<{ code: string | number; name: string; message: string | null }>;
}

/** The identifier the generator gives a code's const and enum member. */
export const codeIdent = toIdentifier;

export function readPackageInfo(dir: string): PackageInfo {
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as CatalogJson;
  const codesDts = readFileSync(join(dir, 'dist', 'esm', 'codes.d.ts'), 'utf8');
  // The prefix is decided by the model (api.typePrefix or PascalCase of the id): read it back
  // from the built union type rather than re-deriving it here.
  const prefix = /export type (\w+)Code =/.exec(codesDts)?.[1];
  if (prefix === undefined) throw new Error(`${dir}: no <Prefix>Code union in dist/esm/codes.d.ts`);
  return {
    dir,
    name: catalog.api.packageName,
    id: catalog.api.id,
    typePrefix: prefix,
    docsBaseUrl: catalog.api.docsBaseUrl,
    codes: catalog.codes.map((c) => ({ code: c.code, name: c.name, message: c.message })),
  };
}

export interface BundleCase {
  readonly id: string;
  readonly label: string;
  /** Entry module source; its exports keep what it imports alive. */
  readonly entry: string;
}

/** The code every per-code case uses: the first one with a non-trivial message (a code the vendor documents no message for has null). */
export function sampleCode(pkg: PackageInfo): PackageInfo['codes'][number] {
  return pkg.codes.find((c) => (c.message?.length ?? 0) > 8) ?? pkg.codes[0]!;
}

function exportsOf(pkg: PackageInfo): Set<string> {
  const dts = readFileSync(join(pkg.dir, 'dist', 'esm', 'index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of dts.matchAll(/export \* from '\.\/(\w+)\.js'/g)) {
    const mod = readFileSync(join(pkg.dir, 'dist', 'esm', `${m[1]}.d.ts`), 'utf8');
    for (const d of mod.matchAll(/export (?:declare )?(?:const|function|enum|class) (\w+)/g)) names.add(d[1]!);
  }
  return names;
}

export function casesFor(pkg: PackageInfo): BundleCase[] {
  const sample = sampleCode(pkg);
  const ident = codeIdent(sample.name);
  const code = JSON.stringify(sample.code);
  const P = pkg.typePrefix;
  const from = JSON.stringify(pkg.name);
  const available = exportsOf(pkg);
  const cases: BundleCase[] = [
    { id: 'code-const', label: `one code (const ${ident})`, entry: `export { ${ident} } from ${from};` },
    {
      id: 'code-enum',
      label: `one enum value (${P}ErrorCode.${ident})`,
      // The enum is subpath-only: the root entry leaves it out (codegen/src/emit/package-files.ts).
      entry: `import { ${P}ErrorCode } from ${JSON.stringify(`${pkg.name}/enum`)};\nexport const value = ${P}ErrorCode.${ident};`,
    },
    { id: 'guard', label: `guard (is${P}Code)`, entry: `export { is${P}Code } from ${from};` },
    { id: 'is-retryable', label: 'isRetryable', entry: `export { isRetryable } from ${from};` },
    {
      id: 'format-message',
      label: `formatMessage(${code})`,
      entry: `import { formatMessage } from ${from};\nexport const message = (...p) => formatMessage(${code}, ...p);`,
    },
    { id: 'lookup', label: 'lookup', entry: `export { lookup } from ${from};` },
  ];
  if (available.has('parseResponse')) {
    cases.push({ id: 'parse-response', label: 'parseResponse', entry: `export { parseResponse } from ${from};` });
  }
  cases.push({ id: 'everything', label: 'everything (import *)', entry: `import * as all from ${from};\nexport default all;` });
  return cases.filter((c) => c.id !== 'guard' || available.has(`is${P}Code`));
}

export interface BundleResult {
  readonly caseId: string;
  readonly label: string;
  readonly code: string;
  readonly raw: number;
  readonly gzip: number;
  /** Package-relative paths of the input files that contributed bytes to the output. */
  readonly inputs: readonly string[];
  readonly metafile: Metafile;
}

/**
 * Bundles one case. The entry is resolved from inside the package folder, so the package is
 * found by self-reference through its own `exports` map and @errcat/runtime through the
 * workspace link: the same files and conditions a consumer's bundler would use.
 */
export async function bundleCase(pkg: PackageInfo, c: BundleCase, plugins: Plugin[] = []): Promise<BundleResult> {
  const result = await build({
    plugins,
    stdin: { contents: c.entry, resolveDir: pkg.dir, sourcefile: `${c.id}.entry.js`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error(`${c.id}: esbuild produced no output`);
  const bytes = out.contents;
  const outputs = Object.values(result.metafile.outputs);
  const inputs = outputs.flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return {
    caseId: c.id,
    label: c.label,
    code: out.text,
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    inputs: inputs.sort(),
    metafile: result.metafile,
  };
}

export async function measurePackage(pkg: PackageInfo): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const c of casesFor(pkg)) results.push(await bundleCase(pkg, c));
  return results;
}
