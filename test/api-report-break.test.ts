/**
 * A deliberate generator change, made in a copy of the repository, with no catalog edit: the
 * `toCode` emitter narrows its parameter from `unknown` to `string`. `api-report --check` finds
 * the committed report stale, and once the report is regenerated `errcat diff` classifies the
 * change as major from the report alone and `--require-changeset` asks for a changeset: a minor
 * one, since hyper is below 1.0.0, where npm's caret ranges make a minor release the breaking one.
 *
 * The copy keeps one generated package (hyper) beside the runtime, so that it builds one package.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './helpers/generate.js';

const work = mkdtempSync(join(tmpdir(), 'errcat-api-break-'));
const repo = join(work, 'repo');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every API but hyper: the emitter change reaches every package, and api-report refuses a package built before its sources changed. */
const OTHER_APIS = ['zoho-accounts', 'zoho-creator', 'zoho-creator-rest', 'zoho-crm'];
const LEFT_OUT = new Set([
  ...['.git', 'node_modules', 'test-results', 'coverage', '.bench', 'codegen/dist', 'bench/.tmp'],
  ...OTHER_APIS.flatMap((api) => [`catalog/${api}.json`, `generated/${api}`, `api-reports/${api}.api.md`]),
]);

function run(command: string, args: readonly string[], cwd = repo): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', PATH: [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter) };
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ok = (r: ReturnType<typeof run>): string => {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const git = (...args: string[]) => ok(run('git', ['-c', 'user.name=errcat test', '-c', 'user.email=test@errcat.invalid', '-c', 'commit.gpgsign=false', ...args]));
const errcat = (...args: string[]) => run(process.execPath, [join(repo, 'codegen/bin/errcat.mjs'), ...args]);
const apiReport = (...args: string[]) => run(process.execPath, [join(repo, 'codegen/bin/api-report.mjs'), '--no-color', ...args]);
const buildHyper = () => ok(run('sh', ['-c', 'node ../../scripts/clean-dist.mjs && tsc -p tsconfig.json && tsc -p tsconfig.cjs.json && node ../../scripts/mark-cjs.mjs dist/cjs'], join(repo, 'generated/hyper')));

it('a narrowed parameter from an emitter change is major and needs a changeset', () => {
  cpSync(ROOT, repo, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !LEFT_OUT.has(source.slice(ROOT.length).split('\\').join('/').replace(/\/$/, '')),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  // The base is a repository just released: `changeset version` has used up the pending changesets.
  for (const name of readdirSync(join(repo, '.changeset'))) if (name.endsWith('.md') && name !== 'README.md') rmSync(join(repo, '.changeset', name));
  // The base: the reports of the copy as built.
  ok(apiReport());
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');

  const emitter = join(repo, 'codegen/src/emit/entries.ts');
  const before = readFileSync(emitter, 'utf8');
  const after = before.replace('export function toCode(value: unknown)', 'export function toCode(value: string)');
  expect(after).not.toBe(before);
  writeFileSync(emitter, after);
  ok(errcat('generate'));
  expect(readFileSync(join(repo, 'generated/hyper/src/entries.ts'), 'utf8')).toContain('export function toCode(value: string)');
  buildHyper();

  // CI's check: the committed report no longer describes the built package.
  const stale = apiReport('--check');
  expect(stale.code).toBe(1);
  expect(stale.stderr).toContain('stale    api-reports/hyper.api.md');
  ok(apiReport());
  expect(readFileSync(join(repo, 'api-reports/hyper.api.md'), 'utf8')).toContain('export function toCode(value: string): HyperCode | undefined;');

  git('add', '-A');
  git('commit', '-q', '-m', 'toCode takes a string');
  const diff = errcat('diff');
  expect(diff.code).toBe(0);
  expect(diff.stdout).toContain('@errcat/hyper  major (below 1.0.0: a minor release)\n');
  expect(diff.stdout).toContain('  major  API `@errcat/hyper`: function `toCode`: parameter `value` type `unknown` → `string` (treated as narrowed)');
  expect(diff.stdout).toContain('  major  API `@errcat/hyper/entries`: function `toCode`: parameter `value` type `unknown` → `string` (treated as narrowed)');
  // No catalog changed: the runtime's report did not change either.
  expect(diff.stdout).not.toContain('@errcat/runtime');

  const required = errcat('diff', '--require-changeset');
  expect(required.code).toBe(1);
  expect(required.stderr).toContain('✖ @errcat/hyper needs a minor changeset (major changes, below 1.0.0); .changeset/ has none.');

  ok(errcat('diff', '--write-changeset'));
  // Named after HEAD: on a branch the merge base stays put, so a later run must not overwrite this file.
  const head = git('rev-parse', 'HEAD').trim().slice(0, 10);
  expect(readFileSync(join(repo, `.changeset/errcat-hyper-${head}.md`), 'utf8')).toMatch(/^---\n"@errcat\/hyper": minor\n---\n[\s\S]*- major: API `@errcat\/hyper`: function `toCode`: parameter `value`/);
  // The TODO line for a sentence for users is refused until it is replaced.
  expect(errcat('diff', '--require-changeset').code).toBe(1);
  const written = join(repo, `.changeset/errcat-hyper-${head}.md`);
  writeFileSync(written, readFileSync(written, 'utf8').replace(/^TODO: .*$/m, '`toCode` takes a string.'));
  expect(errcat('diff', '--require-changeset').code).toBe(0);
}, 600_000);
