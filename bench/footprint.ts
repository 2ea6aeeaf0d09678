/**
 * Bundle bytes for bench/run.ts: runs the tree-shaking benchmark (bench/bundle.ts, issue 5) for
 * the generated packages and a synthetic 1,000-code package, and measures http-status-codes'
 * `StatusCodes.OK` with the same esbuild settings for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { acceptsAnyObject } from '../codegen/src/emit/validators.js';
import type { Section, TargetRow } from './section.js';
import { fmtBytes, mdTable } from './stats.js';
import { syntheticCatalog } from './synthetic-catalog.js';
import { REPO_ROOT } from './synthetic-root.js';
import { bundleCase, readPackageInfo } from './bundle-measure.js';

interface BundleCase {
  readonly caseId: string;
  readonly label: string;
  readonly raw: number;
  readonly gzip: number;
}
interface BundleReport {
  readonly package: string;
  readonly codeType: string;
  readonly codes: number;
  readonly results: readonly BundleCase[];
}

/** esbuild as bench/bundle-measure.ts runs it: bundle, minify, ESM, browser; gzip level 9. */
async function bundleBytes(entry: string, resolveDir: string): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = (out.outputFiles[0] as { contents: Uint8Array }).contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function httpStatusCodesOk(): Promise<{ raw: number; gzip: number }> {
  return bundleBytes("import { StatusCodes } from 'http-status-codes';\nconsole.log(StatusCodes.OK);\n", REPO_ROOT);
}

/** openapi-fetch's whole client (its default export, createClient): the reference issue 15 compares with. */
export async function openapiFetchClient(): Promise<{ raw: number; gzip: number }> {
  return bundleBytes("import createClient from 'openapi-fetch';\nexport default createClient;\n", REPO_ROOT);
}

/**
 * `parseResponse` + `lookup` from a built generated package (with `also`, further exports of it),
 * its bytes split into the runtime's code (inputs under @errcat/runtime) and the package's own
 * (the catalog's tables and wrappers).
 */
export async function parseAndLookup(
  dir: string,
  plugins: Plugin[] = [],
  also: readonly string[] = [],
): Promise<{ name: string; codes: number; raw: number; gzip: number; runtime: number; tables: number; byInput: Record<string, number> }> {
  const pkg = readPackageInfo(dir);
  const names = ['parseResponse', 'lookup', ...also];
  const r = await bundleCase(pkg, { id: 'parse-lookup', label: names.join(' + '), entry: `export { ${names.join(', ')} } from ${JSON.stringify(pkg.name)};` }, plugins);
  let runtime = 0;
  let tables = 0;
  const byInput: Record<string, number> = {};
  for (const output of Object.values(r.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput === 0) continue;
      byInput[path] = input.bytesInOutput;
      if (path.includes('packages/runtime/') || path.includes('@errcat/runtime/')) runtime += input.bytesInOutput;
      else tables += input.bytesInOutput;
    }
  }
  return { name: pkg.name, codes: pkg.codes.length, raw: r.raw, gzip: r.gzip, runtime, tables, byInput };
}

/**
 * What typed details cost on top: the same bundle with `detailsOf`, which brings the package's
 * details schemas (validators.js) and the runtime's validator. parseResponse never checks details
 * (since 2026-12-07), so only a bundle that calls detailsOf or detailsIssues carries them.
 */
export function withDetailsOf(dir: string): ReturnType<typeof parseAndLookup> {
  return parseAndLookup(dir, [], ['detailsOf']);
}

/**
 * The floor under any redesign of the API short of a new parser core: the bundle with the texts
 * that say what arrived, the header reader (with the Retry-After grammar) and nested causes all
 * taken out of parseResponse, as if each were a helper the caller imports (details validation is
 * out of it already). Stubs replace the runtime's modules by ones of the same exports that do
 * nothing. Not shipped.
 */
export function withEverythingOptional(dir: string): ReturnType<typeof parseAndLookup> {
  return parseAndLookup(dir, Object.entries(OPTIONAL_MODULE_STUBS).map(([file, contents]) => stubRuntimeModule(file, contents)));
}

/** Runtime modules (dist/esm/parse/<file>) and stand-ins exporting the same names. */
const OPTIONAL_MODULE_STUBS: Record<string, string> = {
  'describe.js': [
    "const said = () => 'Not an entry of the envelope';",
    "export const classifyMarkup = () => 'html';",
    'export const describeEmpty = said, describeHolder = said, describeJsonValue = said, describeMalformed = said, describeMarkup = said, describeNoCode = said,',
    '  describeRecordWithoutCode = said, describeText = said, describeUnknownCode = said, describeUnreadable = said;',
  ].join('\n'),
  'headers.js': [
    'const none = { headers: undefined, retryAfterSeconds: undefined };',
    'export const headerRules = () => [], readInitHeaders = () => none, parseDigits = () => undefined, parseSecondsOrDate = () => undefined;',
    'export const headerReader = { rules: headerRules, read: readInitHeaders };',
  ].join('\n'),
  'causes.js': 'export const readCauses = () => [];',
};

function stubRuntimeModule(file: string, contents: string): Plugin {
  const filter = new RegExp(`runtime[\\\\/]dist[\\\\/]esm[\\\\/]parse[\\\\/]${file.replace('.', '\\.')}$`);
  return { name: `stub-${file}`, setup: (b) => b.onLoad({ filter }, () => ({ contents, loader: 'js' })) };
}

/** Leaves the package's entries.js (the code list the schemas table shares with lookup) out of a bundle. */
const ENTRIES_EXTERNAL: Plugin = {
  name: 'entries-external',
  setup: (b) => b.onResolve({ filter: /^\.\/entries\.js$/ }, (args) => ({ path: args.path, external: true })),
};

function runBundleBench(codes: number): BundleReport[] {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-footprint-'));
  try {
    const json = join(dir, 'bundle.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bench', 'bundle.ts'), '--codes', String(codes), '--json', json], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`bench/bundle.ts failed:\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(readFileSync(json, 'utf8')) as BundleReport[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment']);

function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !ANNOTATIONS.has(k)).map(([k, v]) => [k, withoutAnnotations(v)]));
}

/**
 * A code's details schema as a floor counts it: without annotations, and none (null) when it only
 * says "an object", which is what no schema says (detailsOf checks both alike; the generator
 * ships neither).
 */
function floorSchema(details: unknown): unknown {
  const schema = details === undefined ? null : withoutAnnotations(details);
  return schema === null || acceptsAnyObject(schema) ? null : schema;
}

/**
 * The floor any bundle of everything must carry: gzip -9 of the bare facts of the same synthetic
 * catalog as compact JSON (code, status, template, parameter names; then also each details
 * schema without its annotations), with no code around them.
 */
export function dataFloor(codes: number): { facts: number; withSchemas: number } {
  const catalog = syntheticCatalog({ codes, codeType: 'string', id: `synthetic-${codes}-string` }) as unknown as {
    codes: Array<{ code: string; httpStatus: number; message: string; params?: Array<{ name: string }>; details?: unknown }>;
  };
  const facts = catalog.codes.map((c) => [c.code, c.httpStatus, c.message, (c.params ?? []).map((p) => p.name)]);
  const withSchemas = catalog.codes.map((c, i) => [...(facts[i] as unknown[]), floorSchema(c.details)]);
  const gz = (value: unknown): number => gzipSync(JSON.stringify(value), { level: 9 }).length;
  return { facts: gz(facts), withSchemas: gz(withSchemas) };
}

interface CatalogFacts {
  api: { docsBaseUrl: string };
  codes: Array<{
    code: unknown;
    name: string;
    kind: string;
    group: string;
    httpStatus: number;
    additionalHttpStatuses?: number[];
    message: string | null;
    params?: Array<{ name: string; default?: string }>;
    aliases?: unknown[];
    variants?: Array<{ httpStatus?: number; httpStatuses?: number[]; message: string | null; params?: Array<{ name: string }> }>;
    details?: unknown;
    retry?: { strategy: string; reauth?: string; delaySeconds?: number };
    deprecated?: unknown;
    messageVaries?: boolean;
  }>;
}

/**
 * A generated package's tables against their floor: what a bundle of `parseResponse` + `lookup`
 * takes from the package's own modules (entries.js: code list and rows behind `lookup`), minified
 * and gzip'd with the runtime left out, against gzip -9 of the same catalog's facts as compact
 * JSON, with no code around them. Issue 15 asks for at most 1.3×.
 *
 * `floor` holds every fact a lookup returns, so the tables can hold no less: code, statuses,
 * template, parameter names and defaults, aliases, variants, and the display name (when it
 * differs from the code), kind, group (which names the docs page), retry strategy, reauth method
 * and delay, deprecation, and the docs base URL each `docs` link starts with.
 * `narrowFloor` is the first definition, kept for comparison with earlier runs: the first six
 * only, so it counted the name, group and retry advice the rows carry against the tables, as if
 * they were overhead.
 *
 * The details schemas are measured apart (`schemas` against `schemaFloor`, gzip -9 of every
 * schema without annotations): since 2026-12-07 they are in a bundle only with detailsOf or
 * detailsIssues. Until then validators.js was part of this bundle and the floors counted the
 * schemas too. Earlier still, runs bundled every export of entries.js (also `toCode`, the code
 * guard and its Set, which such a bundle drops) against a floor without the docs base URL:
 * 1.13–2.01× at bd25b94.
 */
export async function tablesAgainstFloor(
  dir: string,
): Promise<{ name: string; tables: number; floor: number; narrowFloor: number; schemas: number | undefined; schemaFloor: number }> {
  const pkg = readPackageInfo(dir);
  const minGz = async (entry: string, plugins: Plugin[] = []): Promise<number> => {
    const out = await build({
      plugins,
      stdin: { contents: entry, resolveDir: dir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      external: ['@errcat/runtime'],
      write: false,
      logLevel: 'silent',
    });
    return gzipSync((out.outputFiles[0] as { contents: Uint8Array }).contents, { level: 9 }).length;
  };
  const tables = await minGz("export { lookup } from './dist/esm/entries.js';\n");
  // The schemas table alone: validators.js's own bytes, the code list it shares with lookup left out.
  const hasSchemas = readFileSync(join(dir, 'dist', 'esm', 'validators.js'), 'utf8').includes('schemas:');
  const schemas = hasSchemas ? await minGz("export * from './dist/esm/validators.js';\n", [ENTRIES_EXTERNAL]) : undefined;
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as CatalogFacts;
  const narrow = catalog.codes.map((c) => [
    c.code,
    [c.httpStatus, ...(c.additionalHttpStatuses ?? [])],
    c.message,
    (c.params ?? []).map((p) => p.name),
    c.aliases ?? [],
    (c.variants ?? []).map((v) => [v.httpStatus ?? v.httpStatuses, v.message, (v.params ?? []).map((p) => p.name)]),
  ]);
  const facts = [
    catalog.api.docsBaseUrl,
    ...catalog.codes.map((c, i) => [
      ...(narrow[i] as unknown[]),
      c.name === String(c.code) ? 0 : c.name,
      c.kind,
      c.group,
      c.retry?.strategy ?? 'never',
      c.retry?.reauth ?? 0,
      c.retry?.delaySeconds ?? 0,
      (c.params ?? []).map((p) => p.default ?? 0),
      c.deprecated ?? 0,
      c.messageVaries === true ? 1 : 0,
    ]),
  ];
  const schemaFacts = catalog.codes.map((c) => floorSchema(c.details));
  const gz = (value: unknown): number => gzipSync(JSON.stringify(value), { level: 9 }).length;
  return { name: pkg.name, tables, floor: gz(facts), narrowFloor: gz(narrow), schemas, schemaFloor: gz(schemaFacts) };
}

/**
 * A ratio with an upper bound as its target, rounded up to two decimals: 1.3035 prints as 1.31, not
 * as a "1.30×" beside a ❌ (zoho-creator's tables were 3 bytes over 1.3× their floor).
 */
function ratioUp(ratio: number): string {
  return (Math.ceil(ratio * 100 - 1e-9) / 100).toFixed(2);
}

export async function runFootprint(codes = 1_000): Promise<Section> {
  const reference = await httpStatusCodesOk();
  const referenceRow: TargetRow = { metric: 'http-status-codes, `StatusCodes.OK` alone', value: `${fmtBytes(reference.raw)} min, ${fmtBytes(reference.gzip)} gz`, target: 'reference (2.9 KB gz)', ok: undefined };
  if (!existsSync(join(REPO_ROOT, 'bench', 'bundle.ts'))) {
    return {
      title: 'Bundle',
      rows: [referenceRow, { metric: 'generated package bundles', value: 'pending: bench/bundle.ts (issue 5) not present', target: '—', ok: undefined }],
      markdown: 'bench/bundle.ts (the tree-shaking measurement of issue 5) is not in the tree yet.',
    };
  }
  const reports = runBundleBench(codes);
  const openapi = await openapiFetchClient();
  const crmDir = join(REPO_ROOT, 'generated', 'zoho-crm');
  const crm = existsSync(join(crmDir, 'dist')) ? await parseAndLookup(crmDir) : undefined;
  const synthetic = reports.find((r) => r.codes === codes && r.package.includes('synthetic'));
  const rows: TargetRow[] = [];
  const byCase = (id: string) => synthetic?.results.find((x) => x.caseId === id);
  const one = byCase('code-const');
  const retry = byCase('is-retryable');
  const all = byCase('everything');
  const per = `${codes.toLocaleString('en')} codes`;
  if (one) rows.push({ metric: `one code (per-code const), ${per}`, value: `${fmtBytes(one.raw)} min`, target: '≤ 100 B min', ok: one.raw <= 100 });
  if (retry) rows.push({ metric: `isRetryable, ${per}`, value: `${fmtBytes(retry.gzip)} gz`, target: '≤ 1.5 KB gz', ok: retry.gzip <= 1536 });
  const floor = dataFloor(codes);
  if (all) rows.push({ metric: `everything, ${per}`, value: `${fmtBytes(all.gzip)} gz`, target: '≤ 16 KB gz', ok: all.gzip <= 16 * 1024 });
  if (all)
    rows.push({
      metric: `floor: the bare catalog facts, gzip (${per})`,
      value: `${fmtBytes(floor.facts)} codes+statuses+templates+params; ${fmtBytes(floor.withSchemas)} with details schemas (everything = ${(all.gzip / floor.withSchemas).toFixed(2)}×)`,
      target: '—',
      ok: undefined,
    });
  rows.push(referenceRow);
  if (crm !== undefined) {
    rows.push({
      metric: `${crm.name} (${crm.codes} codes): parseResponse + lookup`,
      value: `${fmtBytes(crm.raw)} min, ${fmtBytes(crm.gzip)} gz; runtime code ${fmtBytes(crm.runtime)} min, package tables ${fmtBytes(crm.tables)} min`,
      target: 'runtime code ≤ 6 KB min (issue 15)',
      ok: crm.runtime <= 6 * 1024,
    });
  }
  if (crm !== undefined) {
    const typed = await withDetailsOf(crmDir);
    rows.push({
      metric: `${crm.name}: the same bundle with detailsOf (typed details: the schemas and the validator come along)`,
      value: `runtime code ${fmtBytes(typed.runtime)} min (${fmtBytes(typed.runtime - crm.runtime)} more); ${fmtBytes(typed.raw)} min, ${fmtBytes(typed.gzip)} gz in all (${fmtBytes(typed.raw - crm.raw)} min, ${fmtBytes(typed.gzip - crm.gzip)} gz more)`,
      target: '—',
      ok: undefined,
    });
    const bare = await withEverythingOptional(crmDir);
    rows.push({
      metric: `${crm.name}: the same bundle with the texts on what arrived, headers with Retry-After and nested causes all left out (not shipped; the floor of any API short of a new parser core)`,
      value: `runtime code ${fmtBytes(bare.runtime)} min (${fmtBytes(crm.runtime - bare.runtime)} less); ${fmtBytes(bare.raw)} min, ${fmtBytes(bare.gzip)} gz in all`,
      target: '—',
      ok: undefined,
    });
  }
  const others: Array<Awaited<ReturnType<typeof parseAndLookup>>> = [];
  const floors: Array<Awaited<ReturnType<typeof tablesAgainstFloor>>> = [];
  for (const id of existsSync(join(REPO_ROOT, 'generated')) ? readdirSync(join(REPO_ROOT, 'generated')).sort() : []) {
    const dir = join(REPO_ROOT, 'generated', id);
    if (!existsSync(join(dir, 'dist', 'esm', 'index.js'))) continue;
    if (id !== 'zoho-crm') others.push(await parseAndLookup(dir));
    floors.push(await tablesAgainstFloor(dir));
  }
  for (const o of others)
    rows.push({ metric: `${o.name} (${o.codes} codes): parseResponse + lookup`, value: `runtime code ${fmtBytes(o.runtime)} min (${fmtBytes(o.raw)} min, ${fmtBytes(o.gzip)} gz in all)`, target: 'runtime code ≤ 6 KB min (issue 15)', ok: o.runtime <= 6 * 1024 });
  for (const f of floors)
    rows.push({
      metric: `${f.name}: tables against their gzip floor`,
      value: `${fmtBytes(f.tables)} gz vs ${fmtBytes(f.floor)} floor (${ratioUp(f.tables / f.floor)}×; ${(f.tables / f.narrowFloor).toFixed(2)}× the narrower floor, ${fmtBytes(f.narrowFloor)})`,
      target: '≤ 1.3× (issue 15)',
      ok: f.tables <= 1.3 * f.floor,
    });
  for (const f of floors)
    if (f.schemas !== undefined)
      rows.push({
        metric: `${f.name}: details schemas (with detailsOf) against their gzip floor`,
        value: `${fmtBytes(f.schemas)} gz vs ${fmtBytes(f.schemaFloor)} floor (${ratioUp(f.schemas / f.schemaFloor)}×)`,
        target: '≤ 1.3×',
        ok: f.schemas <= 1.3 * f.schemaFloor,
      });
  rows.push({ metric: 'openapi-fetch 0.17.0, whole client (createClient)', value: `${fmtBytes(openapi.raw)} min, ${fmtBytes(openapi.gzip)} gz`, target: 'reference', ok: undefined });

  const markdown = [
    `From \`bench/bundle.ts\` (esbuild: bundle, minify, ESM, browser; gzip -9), for each generated package and a synthetic ${per} package (string codes):`,
    '',
    mdTable(
      ['package', 'codes', 'import', 'minified', 'gzip'],
      reports.flatMap((r) => r.results.map((x) => [r.package, `${r.codes} ${r.codeType}`, x.label, fmtBytes(x.raw), fmtBytes(x.gzip)])),
    ),
    '',
    ...(synthetic !== undefined && all !== undefined && byCase('parse-response') !== undefined
      ? [
          `In the synthetic package, \`parseResponse\` alone is ${fmtBytes((byCase('parse-response') as BundleCase).gzip)} of the ${fmtBytes(all.gzip)} gz of everything (it brings the entry rows; the \`details\` schemas come only with \`detailsOf\`); \`lookup\` is ${fmtBytes(byCase('lookup')?.gzip ?? 0)} gz (one row per code: status, template, parameter names, group, what differs from the defaults).`,
          '',
          `The floor: gzip -9 of the same catalog's bare facts as compact JSON, no code around them, is ${fmtBytes(floor.facts)} for codes, statuses, templates and parameter names, ${fmtBytes(floor.withSchemas)} with each \`details\` schema (annotations removed). "Everything" cannot go below that; it is ${(all.gzip / floor.withSchemas).toFixed(2)}× it.`,
          '',
        ]
      : []),
    ...(crm === undefined
      ? []
      : [
          `\`parseResponse\` + \`lookup\` from ${crm.name} (${crm.codes} codes): ${fmtBytes(crm.raw)} minified, ${fmtBytes(crm.gzip)} gzip, of which the runtime's code is ${fmtBytes(crm.runtime)} and the package's own modules ${fmtBytes(crm.tables)}; openapi-fetch's whole client, same settings, is ${fmtBytes(openapi.raw)} minified, ${fmtBytes(openapi.gzip)} gzip. By input:`,
          '',
          mdTable(['input', 'bytes in the bundle'], Object.entries(crm.byInput).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k.replace(/^.*?(packages\/runtime|generated)\//, '$1/'), fmtBytes(v)])),
          '',
        ]),
    `Tables against their floor: what a bundle of \`parseResponse\` + \`lookup\` takes from the package's own modules (entries.js behind \`lookup\`), minified and gzip -9 without the runtime, against gzip -9 of every fact a lookup returns as compact JSON (docs base URL; per code: code, statuses, template, parameter names and defaults, aliases, variants, display name, kind, group, retry advice, deprecation). The details schemas (validators.js) are measured apart, against gzip -9 of every schema without annotations (none when it only says "an object", which is what no schema says): since 2026-12-07 parseResponse no longer checks details, so they are in a bundle only with \`detailsOf\` or \`detailsIssues\`; until then this bundle carried them and both sides of the ratio counted them. The code that every package's \`lookup\` shared moved into the runtime (\`entryLookup\`), so it counts there, once per bundle. Runs up to commit bd25b94 bundled all of entries.js (also \`toCode\` and the code guard, which this bundle drops) against a floor without the docs base URL (1.13–2.01× then). The narrower floor leaves out the name, kind, group, retry advice and defaults.`,
    '',
    `Reference, same settings: \`import { StatusCodes } from 'http-status-codes'\` and reading \`StatusCodes.OK\`: ${fmtBytes(reference.raw)} minified, ${fmtBytes(reference.gzip)} gzip (http-status-codes 2.3.0; the whole enum comes along).`,
  ].join('\n');
  return { title: 'Bundle', rows, markdown };
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const section = await runFootprint();
  console.log(section.markdown);
}
