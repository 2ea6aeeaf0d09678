/**
 * `pnpm api-report` reads the built declarations: after `pnpm generate` without `pnpm build` they
 * hold the old surface, and --check said "up to date" of a package about to change. A source newer
 * than a declaration the report reads is refused with the command to run (build-age.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuilds } from '../src/api-report/build-age.js';
import { apiReportCommand } from '../src/api-report/command.js';
import { publishedPackages } from '../src/api-report/packages.js';

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A repository with `@x/gen` (generated/gen): src/ at `sourceTime`, its built declarations at `buildTime` (seconds). */
function repo(sourceTime: number, buildTime: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'errcat-build-age-'));
  const write = (path: string, text: string, time?: number): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (time !== undefined) utimesSync(join(dir, path), time, time);
  };
  write('generated/gen/package.json', JSON.stringify({ name: '@x/gen', exports: { '.': { types: './dist/index.d.ts' }, './codes': { types: './dist/codes.d.ts' } } }));
  write('generated/gen/dist/index.d.ts', 'export declare const ok: 1;\n', buildTime);
  write('generated/gen/dist/codes.d.ts', 'export declare const code: 1;\n', buildTime);
  write('generated/gen/src/index.ts', 'export const ok = 1 as const;\n', buildTime - 60);
  write('generated/gen/src/nested/codes.ts', 'export const code = 2 as const;\n', sourceTime);
  return (root = dir);
}

const run = (dir: string, check: boolean): { code: number; err: string; out: string } => {
  const err: string[] = [];
  const out: string[] = [];
  const code = apiReportCommand(dir, check, { out: (t) => out.push(t), err: (t) => err.push(t), color: false });
  return { code, err: err.join('\n'), out: out.join('\n') };
};

describe('a build older than its sources', () => {
  const built = 1_700_000_000;

  it('is named, with the newest source and the oldest declaration', () => {
    const dir = repo(built + 10, built);
    expect(staleBuilds(dir, publishedPackages(dir))).toEqual([{ name: '@x/gen', source: 'generated/gen/src/nested/codes.ts', declaration: 'generated/gen/dist/index.d.ts' }]);
    expect(staleBuilds(repo(built - 10, built), publishedPackages(root as string))).toEqual([]);
  });

  it('is refused by --check and by a write, which writes nothing: run the build first', () => {
    const dir = repo(built + 10, built);
    for (const check of [true, false]) {
      const r = run(dir, check);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain('✖ @x/gen: generated/gen/src/nested/codes.ts is newer than its build (generated/gen/dist/index.d.ts).');
      expect(r.err).toContain('run `pnpm build` (or `pnpm api-report:update`), then the report.');
    }
    expect(existsSync(join(dir, 'api-reports'))).toBe(false);
  });

  it('once rebuilt, the report is made', () => {
    const dir = repo(built - 10, built);
    const r = run(dir, false);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'api-reports'))).toBe(true);
  });
});
