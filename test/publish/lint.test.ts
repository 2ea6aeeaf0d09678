/**
 * What a registry user gets, checked on the packed tarballs: publint --strict and attw (strict
 * profile) report nothing, and every package carries the metadata and files a published
 * package needs.
 *
 * attw profile: "strict" (the default). We ship a dual package (ESM + CommonJS, each with its
 * own declarations), so every resolution mode must work: node10 (old `moduleResolution: node`
 * projects), node16 from CJS and from ESM, and bundler. "node16" would stop checking node10 and
 * "esm-only" would accept a package CommonJS users cannot `require` with correct types.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, packPackages, promisedPaths, publishablePackages, readTarball, ROOT } from './packages.js';

const pkgs = publishablePackages();
const ATTW = join(ROOT, 'node_modules', '.bin', 'attw');
let dest: string;
let tarballs: Map<string, string>;

beforeAll(async () => {
  assertBuilt(pkgs);
  dest = mkdtempSync(join(tmpdir(), 'errcat-lint-'));
  tarballs = await packPackages(pkgs, dest);
});
afterAll(() => rmSync(dest, { recursive: true, force: true }));

function toFile(command: string, args: string[], path: string): Promise<number> {
  const fd = openSync(path, 'w');
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', fd, 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => {
      closeSync(fd);
      done(code ?? 1);
    });
  });
}

function tarballOf(name: string): string {
  const path = tarballs.get(name);
  if (path === undefined) throw new Error(`${name} was not packed`);
  return path;
}

test('finds the runtime and every generated package', () => {
  const names = pkgs.map((p) => p.manifest.name);
  expect(names).toContain('@errcat/runtime');
  expect(pkgs.filter((p) => p.rel.startsWith('generated/')).length).toBeGreaterThanOrEqual(3);
  expect(names.every((n) => n.startsWith('@errcat/'))).toBe(true);
});

// The slow tools run side by side: one attw process per package.
const cases = pkgs.map((p) => [p.rel, p] as const);

describe('linters report nothing on the tarballs', () => {
  test.concurrent.each(cases)('publint --strict: %s', async (_rel, pkg) => {
    const { manifest } = pkg;
    const tarball = readFileSync(tarballOf(manifest.name));
    // The tarball itself (not the folder): publint then sees exactly the published files.
    const { messages, pkg: json } = await publint({
      strict: true,
      level: 'suggestion',
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer },
    });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, json) ?? ''}`)).toEqual([]);
  });

  test.concurrent.each(cases)('attw --profile strict: %s', async (_rel, pkg) => {
    const { manifest } = pkg;
    // attw exits before a piped stdout drains, truncating big reports: write to a file instead.
    const out = join(dest, `${manifest.name.replace(/\W/g, '_')}.attw.json`);
    const exitCode = await toFile(ATTW, [tarballOf(manifest.name), '--format', 'json', '--profile', 'strict'], out);
    const stdout = readFileSync(out, 'utf8');
    const report = JSON.parse(stdout) as {
      analysis: {
        types: { kind: string };
        entrypoints: Record<string, unknown>;
        problems: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>;
      };
      problems: Record<string, unknown>;
    };
    expect(report.analysis.problems.map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`)).toEqual([]);
    expect(report.problems).toEqual({});
    expect(exitCode).toBe(0);
    expect(report.analysis.types.kind).toBe('included');
    // Every subpath of the exports map was analysed, not just the root.
    const subpaths = Object.keys((manifest.exports ?? {}) as object);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(subpaths.sort());
  });
});

describe.each(cases)('%s', (_rel, pkg) => {
  const { manifest } = pkg;

  test('metadata a published package needs', () => {
    expect(manifest.license).toBe('MIT');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.type).toBe('module');
    expect(manifest.engines).toMatchObject({ node: expect.stringMatching(/^>=\d+/) });
    expect(manifest.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:/), directory: pkg.rel });
    expect(Array.isArray(manifest.keywords) && (manifest.keywords as unknown[]).length).toBeGreaterThan(0);
    expect(typeof manifest.description === 'string' && manifest.description.length > 0).toBe(true);
    expect(manifest.publishConfig).toMatchObject({ access: 'public' });
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
  });

  test('every condition of the exports map has its own types, listed first', () => {
    const entries = Object.entries(manifest.exports as Record<string, unknown>);
    expect(entries.map(([k]) => k)).toContain('.');
    for (const [subpath, target] of entries) {
      if (typeof target === 'string') {
        // Only data files are exported without conditions.
        expect(target, subpath).toMatch(/\.json$/);
        continue;
      }
      const conditions = target as Record<string, Record<string, string>>;
      expect(Object.keys(conditions), subpath).toEqual(['import', 'require']);
      for (const [condition, leaf] of Object.entries(conditions)) {
        expect(Object.keys(leaf), `${subpath} ${condition}`).toEqual(['types', 'default']);
        const format = condition === 'import' ? 'esm' : 'cjs';
        expect(leaf.types, `${subpath} ${condition}`).toMatch(new RegExp(`^\\./dist/${format}/.+\\.d\\.ts$`));
        expect(leaf.default, `${subpath} ${condition}`).toMatch(new RegExp(`^\\./dist/${format}/.+\\.js$`));
      }
    }
  });

  test('a README that points at CHANGELOG.md ships one', () => {
    const files = readTarball(tarballOf(manifest.name));
    const readme = files.get('README.md')?.toString('utf8') ?? '';
    if (readme.includes('CHANGELOG.md')) expect([...files.keys()]).toContain('CHANGELOG.md');
    // The runtime's README does point there (issue 15): this is not vacuous for it.
    if (manifest.name === '@errcat/runtime') expect(readme).toContain('CHANGELOG.md');
  });

  test('no TypeScript source is an entry point', () => {
    for (const path of promisedPaths(manifest)) {
      expect(path).not.toMatch(/^src\//);
      if (!path.endsWith('.d.ts')) expect(path).not.toMatch(/\.[cm]?ts$/);
    }
  });

  test('the tarball holds what the manifest promises, and the sources its maps point to', () => {
    const files = readTarball(tarballOf(manifest.name));
    const listed = [...files.keys()];
    for (const path of promisedPaths(manifest)) expect(listed, path).toContain(path);
    for (const required of ['package.json', 'README.md', 'LICENSE']) expect(listed).toContain(required);
    expect(files.get('LICENSE')?.toString('utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    // Declaration and source maps name their sources relative to themselves: each must ship.
    for (const [path, contents] of files) {
      if (!path.endsWith('.map')) continue;
      const map = JSON.parse(contents.toString('utf8')) as { sources: string[] };
      const base = path.split('/').slice(0, -1);
      for (const source of map.sources) {
        const parts = [...base];
        for (const seg of source.split('/')) {
          if (seg === '..') parts.pop();
          else if (seg !== '.') parts.push(seg);
        }
        expect(listed, `${path} → ${source}`).toContain(parts.join('/'));
      }
    }
    // Build and tooling leftovers stay home.
    expect(listed.filter((p) => /(^|\/)(tsconfig[^/]*\.json|\.tsbuildinfo|node_modules\/|test\/)/.test(p))).toEqual([]);
  });
});
