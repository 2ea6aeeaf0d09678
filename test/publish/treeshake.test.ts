/**
 * The tree-shaking budget, with generous bounds (the numbers themselves are reported by
 * `pnpm exec tsx bench/bundle.ts`): importing one code, the enum, the guard or isRetryable pulls
 * only its own module: no message table, no docs URLs, no other API. Bundled from the built
 * dist/ exactly as a consumer's bundler would (see bench/bundle-measure.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { measurePackage, readPackageInfo, sampleCode, type BundleResult, type PackageInfo } from '../../bench/bundle-measure.js';
import { assertBuilt, publishablePackages } from './packages.js';

const generated = publishablePackages().filter((p) => p.rel.startsWith('generated/'));

/** Bytes in one gzip'd KB. */
const KB = 1024;

describe.each(generated.map((p) => [p.rel, p] as const))('%s', (rel, pkg) => {
  let info: PackageInfo;
  let results: Map<string, BundleResult>;

  beforeAll(async () => {
    assertBuilt([pkg]);
    info = readPackageInfo(pkg.dir);
    results = new Map((await measurePackage(info)).map((r) => [r.caseId, r]));
  });

  const result = (id: string): BundleResult => {
    const r = results.get(id);
    if (r === undefined) throw new Error(`no bundle case ${id}`);
    return r;
  };
  /** Package-relative modules that put bytes in the bundle (the entry stub left out). */
  const modules = (id: string) =>
    result(id)
      .inputs.filter((p) => !p.endsWith('.entry.js'))
      .map((p) => p.split('/').slice(-1)[0]!.replace(/\.js$/, '') + (p.startsWith('packages/runtime/') ? '@runtime' : ''));
  /** Catalog messages long enough that finding one in a bundle cannot be a coincidence. */
  const messages = () => info.codes.map((c) => c.message).filter((m): m is string => m !== null && m.length >= 12);
  /** The further variants' templates (the primary's is messages()), as long as messages() keeps them. */
  const variantMessages = () =>
    (JSON.parse(readFileSync(join(info.dir, 'catalog.json'), 'utf8')) as { codes: Array<{ variants?: Array<{ message: string }> }> }).codes
      .flatMap((c) => (c.variants ?? []).map((v) => v.message))
      .filter((m) => m.length >= 12);
  const leaks = (id: string) => {
    const code = result(id).code;
    return {
      messages: messages().filter((m) => code.includes(JSON.stringify(m).slice(1, -1))),
      docs: code.includes(info.docsBaseUrl) || code.includes('/docs/codes/'),
    };
  };

  test('every bundle draws only from this package and the runtime', () => {
    const own = `${rel}/`;
    for (const r of results.values()) {
      for (const input of r.inputs) {
        if (input.endsWith('.entry.js')) continue;
        expect(input.startsWith(own) || input.startsWith('packages/runtime/'), `${r.caseId}: ${input}`).toBe(true);
        // The published ESM build, through the exports map: not the TypeScript sources.
        expect(input, r.caseId).toMatch(/\/dist\/esm\/[^/]+(\/[^/]+)*\.js$/);
      }
    }
  });

  test('one per-code const is a few bytes: just the value', () => {
    const r = result('code-const');
    expect(modules('code-const')).toEqual(['codes']);
    expect(r.raw).toBeLessThanOrEqual(100);
    expect(r.code).toContain(typeof sampleCode(info).code === 'string' ? JSON.stringify(sampleCode(info).code) : '');
    // No other code's value rides along.
    const others = info.codes.filter((c) => c.code !== sampleCode(info).code && typeof c.code === 'string');
    expect(others.filter((c) => r.code.includes(JSON.stringify(c.code)))).toEqual([]);
    expect(leaks('code-const')).toEqual({ messages: [], docs: false });
  });

  test('the enum brings the enum alone', () => {
    expect(modules('code-enum')).toEqual(['enum']);
    expect(leaks('code-enum')).toEqual({ messages: [], docs: false });
    expect(result('code-enum').gzip).toBeLessThanOrEqual(4 * KB);
  });

  test('the code guard does not pull the entry table', () => {
    expect(modules('guard')).toEqual(['entries']);
    expect(leaks('guard')).toEqual({ messages: [], docs: false });
    expect(result('guard').gzip).toBeLessThanOrEqual(2 * KB);
  });

  test('isRetryable stays within its budget (1.5 KB gz)', () => {
    expect(modules('is-retryable')).toEqual(['retry']);
    expect(leaks('is-retryable')).toEqual({ messages: [], docs: false });
    expect(result('is-retryable').gzip).toBeLessThanOrEqual(1.5 * KB);
  });

  test('formatMessage brings the entry rows that hold the templates, each template once, and no enum or parser', () => {
    const mods = modules('format-message');
    expect(mods).toEqual(expect.arrayContaining(['messages', 'entries']));
    for (const other of ['enum', 'codes', 'retry', 'parse']) expect(mods).not.toContain(other);
    const code = result('format-message').code;
    // Templates are not repeated in a table of formatters, and docs URLs are built from one base.
    // A variant's row holds its own template, so a text that is the template of several variants
    // (same message, other statuses) may appear once per variant.
    const all = [...messages(), ...variantMessages()];
    for (const m of all) {
      const literal = JSON.stringify(m).slice(1, -1);
      expect(code.split(literal).length - 1, m).toBeLessThanOrEqual(all.filter((other) => other.includes(m)).length);
    }
    expect(code.split(info.docsBaseUrl).length - 1).toBeLessThanOrEqual(1);
    expect(result('format-message').gzip).toBeLessThanOrEqual(8 * KB);
  });

  test('parseResponse, when the package has it, leaves the enum and the code object out', () => {
    const r = results.get('parse-response');
    if (r === undefined) return;
    const mods = modules('parse-response');
    expect(mods).toContain('parse');
    expect(mods).not.toContain('enum');
    expect(mods).not.toContain('codes');
    expect(r.gzip).toBeLessThanOrEqual(24 * KB);
  });

  test('parseResponse bundles only the parser features its envelope needs (runtime parse/features.ts)', () => {
    if (!results.has('parse-response')) return;
    const env = (JSON.parse(readFileSync(join(info.dir, 'catalog.json'), 'utf8')) as { api: { envelope: { headers?: object; entryPaths?: string[]; nestedErrorsPath?: string } } }).api.envelope;
    const mods = modules('parse-response');
    const has = (m: string) => mods.includes(`${m}@runtime`);
    const headers = Object.keys(env.headers ?? {}).length > 0;
    expect({ headers: has('headers'), retryAfter: has('retry-after') }).toEqual({ headers, retryAfter: headers });
    expect(has('paths')).toBe((env.entryPaths ?? []).length > 0);
    expect(has('causes')).toBe(env.nestedErrorsPath !== undefined);
    // The full composition (createParser) is for hand-written specs only.
    expect(has('create-parser')).toBe(false);
  });

  test('parseResponse bundles no details validation; import * (detailsOf) brings the validator core and only the keyword sets the package composes', () => {
    if (!results.has('parse-response') || !results.has('everything')) return;
    const source = readFileSync(join(info.dir, 'src', 'validators.ts'), 'utf8');
    const composed = /coveredDetailsValidator\(([\w, ]*)\)/.exec(source)?.[1]?.split(', ').filter(Boolean);
    const moduleOf: Record<string, string> = {
      combinatorKeywords: 'combinators',
      countKeywords: 'counts',
      numberKeywords: 'numbers',
      refKeywords: 'refs',
      stringKeywords: 'strings',
      valueKeywords: 'values',
    };
    // parseResponse hands details over unchecked: neither the schemas nor any validator module.
    const parsing = modules('parse-response');
    for (const m of ['validators', 'details-check@runtime', 'core@runtime', ...Object.values(moduleOf).map((m) => `${m}@runtime`)]) expect(parsing, m).not.toContain(m);
    const mods = modules('everything');
    expect(mods).toContain('details-check@runtime');
    // validate.js is validateDetails, the composition of every set: never in a package's bundle.
    expect(mods).not.toContain('validate@runtime');
    expect(mods.includes('core@runtime')).toBe(composed !== undefined);
    // The generator proved coverage: the runtime guard for hand-made compositions stays out.
    expect(mods).not.toContain('coverage@runtime');
    for (const [set, module] of Object.entries(moduleOf)) expect(mods.includes(`${module}@runtime`), set).toBe(composed?.includes(set) ?? false);
  });

  // 24 KB since the breadth work: the catalog went from 17 to 156 codes (the tables, not the runtime, grew).
  test('everything together stays under 24 KB gz', () => {
    const r = result('everything');
    expect(modules('everything')).toEqual(expect.arrayContaining(['codes', 'entries', 'messages', 'retry']));
    // The enum is subpath-only (`<package>/enum`): `import * from` the root does not bring it.
    expect(modules('everything')).not.toContain('enum');
    expect(r.gzip).toBeLessThanOrEqual(24 * KB);
    // Sanity: the whole is bigger than any single import, so the cases measure something.
    for (const other of results.values()) expect(other.raw).toBeLessThanOrEqual(r.raw);
  });
});
