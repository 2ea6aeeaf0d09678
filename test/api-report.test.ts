/**
 * `pnpm api-report` on the real, built packages (the suite builds them first): a report per
 * published package, every entry point of its `exports`, read from the built declarations with
 * ts-morph; `--check` names stale, missing and extra reports; and `errcat generate` neither
 * bundles nor loads ts-morph (only the report command does).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, freshBundle } from '../codegen/scripts/bundle.mjs';
import { makeReports } from '../codegen/src/api-report/command.js';
import { REPORTS_DIR, reportFileName } from '../codegen/src/api-report/files.js';
import { publishedPackages } from '../codegen/src/api-report/packages.js';
import { parseReport } from '../codegen/src/api-report/parse.js';
import { ROOT } from './helpers/generate.js';

/** What `pnpm api-report` runs. */
const BIN = join(ROOT, 'codegen/bin/api-report.mjs');
const work = mkdtempSync(join(tmpdir(), 'errcat-api-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let reports: Array<{ name: string; text: string }>;
beforeAll(() => {
  reports = makeReports(ROOT);
}, 120_000);

describe('the reports of the real packages', () => {
  it('cover every published package, each entry point of its exports, and match the committed files', () => {
    const packages = publishedPackages(ROOT);
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['@errcat/runtime', '@errcat/hyper', '@errcat/zoho-crm', '@errcat/zoho-creator']));
    expect(reports.map((r) => r.name)).toEqual(packages.map((p) => p.name));
    for (const pkg of packages) {
      const text = reports.find((r) => r.name === pkg.name)?.text as string;
      const parsed = parseReport(text, pkg.name);
      const specifiers = pkg.entries.map((e) => `\`${e.subpath === '.' ? pkg.name : `${pkg.name}/${e.subpath.slice(2)}`}\``);
      expect([...parsed.entries.keys()]).toEqual(specifiers);
      for (const entry of parsed.entries.values()) expect(entry.items.length).toBeGreaterThan(0);
      // Committed beside the others; `pnpm api-report --check` in CI says the same.
      expect(readFileSync(join(ROOT, REPORTS_DIR, reportFileName(pkg.name)), 'utf8')).toBe(text);
      expect(text).not.toContain(ROOT);
    }
  });

  it('hold names, kinds, signatures and type text as the compiler resolves them (export *, re-exports from the runtime)', () => {
    const hyper = parseReport(reports.find((r) => r.name === '@errcat/hyper')?.text as string, 'hyper');
    const root = hyper.entries.get('`@errcat/hyper`');
    const find = (name: string) => root?.items.find((i) => i.name === name);
    expect(find('formatMessage')?.head).toBe('export function formatMessage<C extends HyperCode, P extends ParamList = HyperParamsMap[C]>(code: C, ...params: NoInfer<P>): string;');
    // lookup is the runtime's lookup typed by its overloads (a const: no wrapper function in bundles).
    expect(find('lookup')?.kind).toBe('const');
    expect(find('lookup')?.head).toBe('export const lookup: { <C extends HyperCode>(code: C): HyperEntry<C>; (code: unknown): HyperEntry | undefined; };');
    expect(find('SUCCESS')?.head).toBe('export const SUCCESS: 0;');
    expect(find('HyperCode')?.members.slice(0, 3)).toEqual(['| 0', '| 1', '| 2']);
    expect(find('HyperApiError')?.kind).toBe('class');
    expect(find('HyperCodes')?.head).toBe('export * as HyperCodes from "codes.d.ts";');
    expect(find('isErrcatError')?.module).toBe('@errcat/runtime/guards.d.ts');
    expect(find('HyperKnownErrorBase')?.members).toContain('readonly retryAfterSeconds: number | undefined;');
    // The enum is reachable from its subpath only.
    expect(find('HyperErrorCode')).toBeUndefined();
    expect(hyper.entries.get('`@errcat/hyper/enum`')?.items.map((i) => [i.name, i.kind])).toEqual([['HyperErrorCode', 'enum']]);
    expect([...hyper.otherExports.keys()]).toEqual(['./catalog.json', './package.json']);
  });
});

describe('pnpm api-report --check', () => {
  const run = (root: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--root', root, '--no-color', ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('names stale, missing and extra reports (exit 1), and the command writes exactly those', () => {
    // A root that shares the built packages and has its own reports folder.
    const root = join(work, 'root');
    mkdirSync(root);
    for (const dir of ['packages', 'generated', 'node_modules']) symlinkSync(join(ROOT, dir), join(root, dir));
    cpSync(join(ROOT, REPORTS_DIR), join(root, REPORTS_DIR), { recursive: true });
    expect(run(root, '--check').code).toBe(0);
    writeFileSync(join(root, REPORTS_DIR, 'hyper.api.md'), readFileSync(join(root, REPORTS_DIR, 'hyper.api.md'), 'utf8').replace('export const SUCCESS: 0;', 'export const SUCCESS: 1;'));
    rmSync(join(root, REPORTS_DIR, 'runtime.api.md'));
    writeFileSync(join(root, REPORTS_DIR, 'gone.api.md'), '# API report: `@errcat/gone`\n');
    const check = run(root, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('stale    api-reports/hyper.api.md');
    expect(check.stderr).toContain('missing  api-reports/runtime.api.md');
    expect(check.stderr).toContain('extra    api-reports/gone.api.md');
    expect(check.stderr).toContain('✖ 3 API reports out of date: run `pnpm api-report:update`');
    const write = run(root);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('updated  api-reports/hyper.api.md\ncreated  api-reports/runtime.api.md\nremoved  api-reports/gone.api.md\n');
    expect(readdirSync(join(root, REPORTS_DIR)).sort()).toEqual(readdirSync(join(ROOT, REPORTS_DIR)).sort());
    expect(run(root, '--check').code).toBe(0);
  });

  it('says what to do when a package is not built, and refuses unknown options (exit 2)', () => {
    const root = join(work, 'unbuilt');
    mkdirSync(join(root, 'packages'), { recursive: true });
    cpSync(join(ROOT, 'packages/runtime/package.json'), join(root, 'packages/runtime/package.json'));
    const r = run(root, '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('packages/runtime/dist/esm/index.d.ts does not exist (@errcat/runtime ".", import): run `pnpm build` first');
    expect(run(ROOT, '--bogus').code).toBe(2);
  });
});

describe('ts-morph stays out of errcat generate', () => {
  /** Runs node with a preload that lists every CommonJS module loaded (ts-morph and TypeScript are CommonJS). */
  const loadedBy = (args: readonly string[]): string[] => {
    const out = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
    const preload = join(work, 'record-loads.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, Object.keys(require.cache).join('\\n')));\n`);
    const r = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(out)) throw new Error(`no record of loaded modules: ${r.stderr}`);
    return readFileSync(out, 'utf8').split('\n');
  };
  const tsMorph = (paths: readonly string[]) => paths.filter((p) => /node_modules[\\/](?:\.pnpm[\\/])?(?:ts-morph|@ts-morph|typescript)[@\\/]/.test(p));

  it('is not in the generator bundle', async () => {
    const bundle = await freshBundle();
    const inputs = Object.keys(readManifest(bundle)?.inputs ?? {});
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((p) => p.includes('codegen/src/api-report/'))).not.toContain('codegen/src/api-report/surface.ts');
    expect(tsMorph(inputs)).toEqual([]);
  });

  it('is not loaded by `errcat generate --check` (and the probe sees it where the report command loads it)', () => {
    const generate = loadedBy([join(ROOT, 'codegen/bin/errcat.mjs'), 'generate', '--check']);
    expect(generate.length).toBeGreaterThan(0);
    expect(tsMorph(generate)).toEqual([]);
    const report = loadedBy([BIN, '--help']);
    expect(tsMorph(report).some((p) => /ts-morph/.test(p))).toBe(true);
  });
});
