/**
 * `pnpm api-report` reads the built declarations: after `pnpm generate` without `pnpm build` they
 * hold the old surface, and --check said "up to date" of a package about to change. A package
 * whose src/ is not the one its build recorded (scripts/build-stamp.mjs) is refused with the
 * command to run (build-age.ts); file times play no part.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBuildStamp } from '../../scripts/build-stamp.mjs';
import { staleBuilds } from '../src/api-report/build-age.js';
import { apiReportCommand } from '../src/api-report/command.js';
import { publishedPackages } from '../src/api-report/packages.js';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const PKG = 'generated/gen';

/** A repository with `@x/gen` (generated/gen), built: its declarations, and the stamp of its src/. */
function builtRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-build-age-'));
  roots.push(dir);
  write(dir, `${PKG}/package.json`, JSON.stringify({ name: '@x/gen', exports: { '.': { types: './dist/index.d.ts' }, './codes': { types: './dist/codes.d.ts' } } }));
  write(dir, `${PKG}/src/index.ts`, 'export const ok = 1 as const;\n');
  write(dir, `${PKG}/src/nested/codes.ts`, 'export const code = 1 as const;\n');
  writeBuildStamp(join(dir, PKG));
  write(dir, `${PKG}/dist/index.d.ts`, 'export declare const ok: 1;\n');
  write(dir, `${PKG}/dist/codes.d.ts`, 'export declare const code: 1;\n');
  return dir;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const stale = (dir: string) => staleBuilds(dir, publishedPackages(dir));

const run = (dir: string, check: boolean): { code: number; err: string; out: string } => {
  const err: string[] = [];
  const out: string[] = [];
  const code = apiReportCommand(dir, check, { out: (t) => out.push(t), err: (t) => err.push(t), color: false });
  return { code, err: err.join('\n'), out: out.join('\n') };
};

describe('a build made from other sources', () => {
  it('is named when a source changed, was added or was deleted since the build', () => {
    const changed = builtRepo();
    write(changed, `${PKG}/src/nested/codes.ts`, 'export const code = 2 as const;\n');
    const added = builtRepo();
    write(added, `${PKG}/src/extra.ts`, 'export const extra = 1;\n');
    const deleted = builtRepo();
    rmSync(join(deleted, PKG, 'src/nested/codes.ts'));
    for (const dir of [changed, added, deleted]) expect(stale(dir)).toEqual([{ name: '@x/gen', dir: PKG }]);
  });

  it('is not named for sources that only look newer: touched, or copied after their build', () => {
    const dir = builtRepo();
    const later = Date.now() / 1000 + 3600;
    utimesSync(join(dir, PKG, 'src/index.ts'), later, later);
    expect(stale(dir)).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), 'errcat-build-age-copy-'));
    roots.push(copy);
    cpSync(dir, copy, { recursive: true });
    expect(stale(copy)).toEqual([]);
  });

  it('nor a package no build recorded a stamp for', () => {
    const dir = builtRepo();
    rmSync(join(dir, PKG, 'node_modules'), { recursive: true });
    expect(stale(dir)).toEqual([]);
  });

  it('is refused by --check and by a write, which writes nothing: run the build first', () => {
    const dir = builtRepo();
    write(dir, `${PKG}/src/nested/codes.ts`, 'export const code = 2 as const;\n');
    for (const check of [true, false]) {
      const r = run(dir, check);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain('✖ @x/gen: generated/gen/src changed since generated/gen/dist was built.');
      expect(r.err).toContain('run `pnpm build` (or `pnpm api-report:update`), then the report.');
    }
    expect(existsSync(join(dir, 'api-reports'))).toBe(false);
  });

  it('once rebuilt, the report is made', () => {
    const dir = builtRepo();
    write(dir, `${PKG}/src/nested/codes.ts`, 'export const code = 2 as const;\n');
    writeBuildStamp(join(dir, PKG));
    const r = run(dir, false);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'api-reports'))).toBe(true);
  });
});
