/**
 * API reports without ts-morph: the renderer and the parser agree (every report reads back to
 * what it was made from, summaries included), and report changes are classified as the README
 * says (removed export, narrowed parameter, changed signature: major; added export: minor).
 * test/api-report.test.ts reads the real built packages; test/api-report-break.test.ts makes a
 * deliberate emitter change in a copy of the repository.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyItem, classifyReports, memberKey, onlyOptionalAdded, parseSignature, splitTopLevel } from '../src/diff/api-classify.js';
import { diffReports, mergeSurfaceDiffs } from '../src/diff/surface-diffs.js';
import { reportFileName, reportFiles } from '../src/api-report/files.js';
import { SHOWN_ITEMS, SHOWN_MEMBERS, SUMMARY_THRESHOLD, type PackageSurface, type ReportItem } from '../src/api-report/model.js';
import { PackageError, publishedPackages } from '../src/api-report/packages.js';
import { parseReport, ReportParseError } from '../src/api-report/parse.js';
import { renderReport } from '../src/api-report/render.js';
import { maskHead } from '../src/api-report/summary.js';
import type { ApiDiff } from '../src/diff/changesets.js';

const item = (name: string, kind: ReportItem['kind'], head: string, members: string[] = [], tail = '', module = 'index.d.ts'): ReportItem => ({ name, kind, module, head, members, tail });
const constant = (name: string, value: string, module = 'codes.d.ts'): ReportItem => item(name, 'const', `export const ${name}: ${value};`, [], '', module);
const codes = (n: number): string[] => Array.from({ length: n }, (_, i) => `CODE_${String(i).padStart(5, '0')}`);

function surface(options: { codes?: number; extra?: ReportItem[]; lookupParam?: string; drop?: string; iface?: string[] } = {}): PackageSurface {
  const list = codes(options.codes ?? 3);
  const items: ReportItem[] = [
    item('AcmeCode', 'type', 'export type AcmeCode =', list.map((c) => `| "${c}"`)),
    ...list.map((c) => constant(c, `"${c}"`)),
    item('AcmeBase', 'interface', 'export interface AcmeBase {', options.iface ?? ['readonly code: AcmeCode;', 'readonly status: number | undefined;'], '}', 'errors.d.ts'),
    item('AcmeParamsMap', 'interface', 'export interface AcmeParamsMap {', list.map((c) => `${c}: [];`), '}', 'errors.d.ts'),
    item('lookup', 'function', `export function lookup(code: ${options.lookupParam ?? 'unknown'}): AcmeEntry | undefined;`, [], '', 'entries.d.ts'),
    item('formatMessage', 'function', 'export function formatMessage<C extends AcmeCode>(code: C, ...params: AcmeParamsMap[C]): string;', [], '', 'messages.d.ts'),
    item('isErrcatError', 'function', 'export function isErrcatError(value: unknown): value is ErrcatError;', [], '', '@errcat/runtime/guards.d.ts'),
    ...(options.extra ?? []),
  ].filter((i) => i.name !== options.drop);
  const codesOnly = items.filter((i) => i.module === 'codes.d.ts');
  return {
    name: '@errcat/acme',
    dir: 'generated/acme',
    entries: [
      { specifier: '@errcat/acme', sources: [{ condition: 'import', file: 'dist/esm/index.d.ts' }, { condition: 'require', file: 'dist/cjs/index.d.ts' }], items },
      { specifier: '@errcat/acme/codes', sources: [{ condition: 'import', file: 'dist/esm/codes.d.ts' }], items: codesOnly },
    ],
    otherExports: [{ subpath: './catalog.json', target: 'catalog.json' }, { subpath: './package.json', target: 'package.json' }],
  };
}

const report = (s: PackageSurface) => parseReport(renderReport(s), 'acme.api.md');
const changes = (a: PackageSurface, b: PackageSurface): Array<[string, string]> => classifyReports(report(a), report(b)).map((c) => [c.level, c.summary]);

describe('report text', () => {
  it('is deterministic Markdown: banner first, LF, no absolute path, every entry point and declaration file', () => {
    const text = renderReport(surface());
    expect(renderReport(surface())).toBe(text);
    expect(text.startsWith('<!-- Written by `pnpm api-report`')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/\/work\/|\/tmp\/|[A-Z]:\\/);
    expect(text).toContain('## `@errcat/acme`\n\nDeclarations: `dist/esm/index.d.ts` (import), `dist/cjs/index.d.ts` (require).');
    expect(text).toContain('### `@errcat/runtime/guards.d.ts`');
    expect(text).toContain('Subpaths without declarations: `./catalog.json` → `catalog.json`, `./package.json` → `package.json`.');
    // The codes subpath repeats the root's codes.d.ts block: named, not repeated.
    expect(text).toContain('## `@errcat/acme/codes`\n\nDeclarations: `dist/esm/codes.d.ts` (import).\n\n### `codes.d.ts`\n\nSame as under `@errcat/acme`.');
  });

  it('reads back to the items it was made from', () => {
    const s = surface();
    const parsed = report(s);
    expect(parsed.name).toBe('@errcat/acme');
    expect([...parsed.entries.keys()]).toEqual(['`@errcat/acme`', '`@errcat/acme/codes`']);
    const root = parsed.entries.get('`@errcat/acme`');
    const byName = (list: readonly { name: string; kind: string; module: string; head: string; members: readonly string[] }[]) =>
      list.map((i) => ({ name: i.name, kind: i.kind, module: i.module, head: i.head, members: i.members })).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byName(root?.items ?? [])).toEqual(byName(s.entries[0]?.items ?? []));
    expect(byName(parsed.entries.get('`@errcat/acme/codes`')?.items ?? [])).toEqual(byName(s.entries[1]?.items ?? []));
    expect([...parsed.otherExports]).toEqual([['./catalog.json', 'catalog.json'], ['./package.json', 'package.json']]);
    expect(classifyReports(parsed, report(s))).toEqual([]);
  });

  it('summarizes large families and declarations (count, hash, the first ones) and keeps large declarations visible', () => {
    const big = renderReport(surface({ codes: 10_000 }));
    expect(big.split('\n').length).toBeLessThan(200);
    expect(big).toContain(`// … ${(10_000 - SHOWN_ITEMS).toLocaleString('en-US')} more like export const $name: $; (10,000 in all, sha256 `);
    expect(big).toContain(`    // … ${(10_000 - SHOWN_MEMBERS).toLocaleString('en-US')} more members (10,000 in all, sha256 `);
    expect(big).toContain('export interface AcmeParamsMap {');
    expect(big).toContain('export const CODE_00000: "CODE_00000";');
    expect(big).not.toContain('CODE_09999');
    const parsed = parseReport(big, 'big.api.md');
    const root = parsed.entries.get('`@errcat/acme`');
    expect(root?.families.size).toBe(1);
    expect([...(root?.families.values() ?? [])][0]?.count).toBe(10_000);
    expect(root?.items.find((i) => i.name === 'AcmeCode')?.membersSummary?.count).toBe(10_000);
    expect(classifyReports(parsed, parseReport(big, 'big.api.md'))).toEqual([]);
    // At the threshold everything is listed.
    expect(renderReport(surface({ codes: SUMMARY_THRESHOLD }))).toContain(`CODE_${String(SUMMARY_THRESHOLD - 1).padStart(5, '0')}`);
  });

  it('puts code blocks inside fences no content can close, and reads them back', () => {
    const s = surface({ extra: [item('Tick', 'type', 'export type Tick = "```";')] });
    const parsed = report(s);
    expect(renderReport(s)).toContain('````ts');
    expect(parsed.entries.get('`@errcat/acme`')?.items.find((i) => i.name === 'Tick')?.head).toBe('export type Tick = "```";');
  });

  it('refuses text that is not a report, with the file and line', () => {
    expect(() => parseReport('# Something else\n', 'x.api.md')).toThrow(ReportParseError);
    expect(() => parseReport('# API report: `a`\n## `a`\n```ts\n    orphan member\n```\n', 'x.api.md')).toThrow('x.api.md:4: a member line outside a declaration');
  });

  it('masks names and literals for families', () => {
    expect(maskHead('export const DUPLICATE_DATA: "DUPLICATE_DATA";', 'DUPLICATE_DATA')).toBe('export const $name: $;');
    expect(maskHead('export interface SuccessError extends HyperKnownErrorBase {', 'SuccessError')).toBe('export interface $name extends HyperKnownErrorBase {');
    expect(maskHead('export const A1: -12.5e3;', 'A1')).toBe('export const $name: $;');
    expect(maskHead('export type X = Map2[0];', 'X')).toBe('export type $name = Map2[$];');
  });

  it('names one file per package and refuses two packages that would share one', () => {
    expect(reportFileName('@errcat/zoho-crm')).toBe('zoho-crm.api.md');
    expect(reportFileName('plain')).toBe('plain.api.md');
    expect(() => reportFiles([{ name: '@a/x', text: '' }, { name: '@b/x', text: '' }])).toThrow('@a/x and @b/x would both be reported in api-reports/x.api.md');
  });
});

describe('classifying report changes', () => {
  it('an added export is minor, a removed one major', () => {
    expect(changes(surface(), surface({ extra: [item('retryAdvice', 'function', 'export function retryAdvice(error: unknown): RetryAdvice;')] }))).toEqual([
      ['minor', 'API `@errcat/acme`: function `retryAdvice` added'],
    ]);
    expect(changes(surface(), surface({ drop: 'lookup' }))).toEqual([['major', 'API `@errcat/acme`: function `lookup` removed']]);
  });

  it('a name declared as another kind is one major change, not a removal and an addition', () => {
    const headers = (kind: 'interface' | 'type') =>
      item('AcmeHeaders', kind, kind === 'interface' ? 'export interface AcmeHeaders {' : 'export type AcmeHeaders = {', ['readonly retryAfter?: number;'], kind === 'interface' ? '}' : '};', 'parse.d.ts');
    expect(changes(surface({ extra: [headers('interface')] }), surface({ extra: [headers('type')] }))).toEqual([
      ['major', 'API `@errcat/acme`: interface `AcmeHeaders` is now a type'],
    ]);
  });

  it('a narrowed (changed) parameter and a changed return type are major; an optional parameter added is minor', () => {
    expect(changes(surface(), surface({ lookupParam: 'string' }))).toEqual([
      ['major', 'API `@errcat/acme`: function `lookup`: parameter `code` type `unknown` → `string` (treated as narrowed)'],
    ]);
    const before = { name: 'f', kind: 'function' as const, module: 'm', head: 'export function f(a: string): number;', members: [], lines: ['export function f(a: string): number;'] };
    const after = (head: string) => ({ ...before, head, lines: [head] });
    expect(classifyItem(before, after('export function f(a: string, b?: number): number;')).map((c) => c.level)).toEqual(['minor']);
    expect(classifyItem(before, after('export function f(a: string, b: number): number;')).map((c) => c.level)).toEqual(['major']);
    expect(classifyItem(before, after('export function f(a?: string): number;')).map((c) => c.level)).toEqual(['minor']);
    expect(classifyItem(before, after('export function f(x: string): number;')).map((c) => c.level)).toEqual(['patch']);
    expect(classifyItem(before, after('export function f(a: string): string;')).map((c) => c.summary)).toEqual(['function `f`: return type `number` → `string`']);
    expect(classifyItem(before, after('export function f<T>(a: T): number;')).map((c) => c.level)).toEqual(['major', 'major']);
    expect(classifyItem(before, { ...before, members: ['export function f(a: number): number;'], lines: [before.head, 'export function f(a: number): number;'] }).map((c) => c.level)).toEqual(['minor']);
  });

  it('members: removed or changed is major, added (or only optional properties added) minor', () => {
    const base = ['readonly code: AcmeCode;', 'readonly status: number | undefined;'];
    expect(changes(surface(), surface({ iface: [base[0] as string] }))).toEqual([['major', 'API `@errcat/acme`: interface `AcmeBase`: member `readonly status: number | undefined;` removed']]);
    expect(changes(surface(), surface({ iface: [...base, 'readonly index?: number;'] }))).toEqual([['minor', 'API `@errcat/acme`: interface `AcmeBase`: member `readonly index?: number;` added']]);
    expect(changes(surface(), surface({ iface: [base[0] as string, 'readonly status: number;'] }))[0]?.[0]).toBe('major');
    expect(changes(surface({ iface: [...base, 'details: { a: string; };'] }), surface({ iface: [...base, 'details: { a: string; b?: number; };'] }))[0]?.[0]).toBe('minor');
  });

  it('the code union and per-code exports: a code added is minor, removed major, in full and summarized', () => {
    for (const n of [3, 200]) {
      const added = changes(surface({ codes: n }), surface({ codes: n + 1 }));
      expect(added.length).toBeGreaterThan(0);
      expect(added.every(([level]) => level === 'minor')).toBe(true);
      const removed = changes(surface({ codes: n + 1 }), surface({ codes: n }));
      expect(removed.some(([level]) => level === 'major')).toBe(true);
    }
    // Across the summary threshold, the comparison is by count on both sides.
    const crossing = changes(surface({ codes: SUMMARY_THRESHOLD }), surface({ codes: SUMMARY_THRESHOLD + 1 }));
    expect(crossing.every(([level]) => level === 'minor')).toBe(true);
    expect(crossing).toContainEqual(['minor', 'API `@errcat/acme`: exports like `export const $name: $;`: 50 → 51']);
  });

  it('a summarized family whose entries change, or whose head changes, is major', () => {
    const renamed = (s: PackageSurface): PackageSurface => ({
      ...s,
      entries: s.entries.map((e) => ({ ...e, items: e.items.map((i) => (i.kind === 'const' ? { ...i, head: i.head.replace(/: "(\w+)";$/, ': "x$1";') } : i)) })),
    });
    const c = changes(surface({ codes: 100 }), renamed(surface({ codes: 100 })));
    expect(c.some(([level, summary]) => level === 'major' && summary.includes('exports like `export const $name: $;` changed'))).toBe(true);
    const widened = (s: PackageSurface): PackageSurface => ({
      ...s,
      entries: s.entries.map((e) => ({ ...e, items: e.items.map((i) => (i.kind === 'const' ? { ...i, head: i.head.replace(/;$/, ' | undefined;') } : i)) })),
    });
    expect(changes(surface({ codes: 100 }), widened(surface({ codes: 100 }))).some(([level, summary]) => level === 'major' && summary.includes('100 → 0'))).toBe(true);
  });

  it('entry points and other subpaths: removed major, added minor', () => {
    const s = surface();
    expect(changes(s, { ...s, entries: s.entries.slice(0, 1) })).toEqual([['major', 'API: entry point `@errcat/acme/codes` removed']]);
    expect(changes({ ...s, entries: s.entries.slice(0, 1) }, s)).toEqual([['minor', 'API: entry point `@errcat/acme/codes` added']]);
    expect(changes(s, { ...s, otherExports: s.otherExports.slice(1) })).toEqual([['major', 'API: subpath `./catalog.json` removed']]);
  });

  it('reports diffs per package and merges them into the catalog diffs', () => {
    const a = renderReport(surface());
    const b = renderReport(surface({ lookupParam: 'string' }));
    const notices: string[] = [];
    const surfaceDiffs = diffReports(new Map([['acme.api.md', a]]), new Map([['acme.api.md', b], ['new.api.md', a]]), (t) => notices.push(t));
    expect(notices).toEqual(['api-reports/new.api.md did not exist at the base: its API changes since then are not classified']);
    expect(surfaceDiffs.map((d) => [d.packageName, d.id, d.level])).toEqual([['@errcat/acme', 'acme', 'major']]);
    const catalog: ApiDiff[] = [{ api: 'acme', packageName: '@errcat/acme', status: 'changed', level: 'patch', changes: [{ level: 'patch', kind: 'message-changed', summary: 'reworded' }] }];
    const merged = mergeSurfaceDiffs(catalog, surfaceDiffs);
    expect(merged.map((d) => [d.api, d.level, d.changes.length])).toEqual([['acme', 'major', 2]]);
    expect(mergeSurfaceDiffs([], surfaceDiffs).map((d) => [d.api, d.packageName, d.status, d.level])).toEqual([['acme', '@errcat/acme', 'changed', 'major']]);
  });

  it('helpers: member keys, optional additions, signatures', () => {
    expect(memberKey('readonly code: 0;')).toBe('code');
    expect(memberKey('"DUPLICATE_DATA": X;')).toBe('"DUPLICATE_DATA"');
    expect(memberKey('[k: string]: unknown;')).toBe('[k: string]');
    expect(memberKey('get error(): E;')).toBe('get error');
    expect(memberKey('| 0')).toBe('| 0');
    expect(onlyOptionalAdded('9: { readonly a: string; };', '9: { readonly a: string; readonly b?: string; };')).toBe(true);
    expect(onlyOptionalAdded('9: [string];', '9: [string, string?];')).toBe(true);
    expect(onlyOptionalAdded('9: [string];', '9: [string, string];')).toBe(false);
    // Labeled elements, as the ParamsMap tuples have them: a parameter added with a default.
    expect(onlyOptionalAdded('11: [alertDescription: string];', '11: [alertDescription: string, severity?: string];')).toBe(true);
    expect(onlyOptionalAdded('11: [alertDescription: string];', '11: [alertDescription: string, severity: string];')).toBe(false);
    expect(onlyOptionalAdded('9: { a: string; };', '9: { a: string; b: string; };')).toBe(false);
    expect(splitTopLevel('a: Map<K, V>, b: [x, y], c: "a,b"', ',')).toEqual(['a: Map<K, V>', 'b: [x, y]', 'c: "a,b"']);
    expect(parseSignature('export function f<C extends X = Y>(code: C, ...p: NoInfer<M[C]>): (a: B) => void;')).toEqual({
      typeParams: 'C extends X = Y',
      params: ['code: C', '...p: NoInfer<M[C]>'],
      returns: '(a: B) => void',
    });
  });
});

describe('published packages and their entry points', () => {
  const root = mkdtempSync(join(tmpdir(), 'errcat-packages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const manifest = (dir: string, json: unknown): void => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify(json));
  };

  it('reads every subpath and condition of `exports`, skips private packages, and names subpaths without declarations', () => {
    manifest('packages/a', {
      name: '@x/a',
      exports: {
        '.': { types: './dist/index.d.ts', import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' }, default: './dist/index.js' },
        './sub': './dist/sub.d.ts',
        './data.json': './data.json',
      },
    });
    manifest('packages/private', { name: '@x/private', private: true, exports: './index.js' });
    manifest('generated/b', { name: '@x/b', types: 'index.d.ts' });
    manifest('generated/c', { name: '@x/c', exports: { import: { types: './c.d.mts' }, require: { types: './c.d.cts' } } });
    expect(publishedPackages(root)).toEqual([
      {
        name: '@x/a',
        dir: 'packages/a',
        entries: [
          { subpath: '.', sources: [{ condition: 'import', file: 'dist/esm/index.d.ts' }, { condition: 'types', file: 'dist/index.d.ts' }] },
          { subpath: './sub', sources: [{ condition: 'types', file: 'dist/sub.d.ts' }] },
        ],
        otherExports: [{ subpath: './data.json', target: 'data.json' }],
      },
      { name: '@x/b', dir: 'generated/b', entries: [{ subpath: '.', sources: [{ condition: 'types', file: 'index.d.ts' }] }], otherExports: [] },
      {
        name: '@x/c',
        dir: 'generated/c',
        entries: [{ subpath: '.', sources: [{ condition: 'import', file: 'c.d.mts' }, { condition: 'require', file: 'c.d.cts' }] }],
        otherExports: [],
      },
    ]);
  });

  it('says which package.json is wrong', () => {
    manifest('packages/broken', { exports: './x.js' });
    expect(() => publishedPackages(root)).toThrow(PackageError);
    expect(() => publishedPackages(root)).toThrow('packages/broken/package.json: "name" must be a non-empty string');
  });
});
