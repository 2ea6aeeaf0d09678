/**
 * `publish-packages` runs scripts/publish-guard.mjs before `changeset publish`, which tags HEAD:
 * on a throwaway repository, the guard refuses pending changesets and uncommitted changes (the
 * state right after `changeset version`) and passes a committed release.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from './packages.js';

const GUARD = join(ROOT, 'scripts', 'publish-guard.mjs');
const GIT_ID = ['-c', 'user.name=errcat-test', '-c', 'user.email=test@errcat.invalid', '-c', 'commit.gpgsign=false'];
const dir = mkdtempSync(join(tmpdir(), 'errcat-publish-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', [...GIT_ID, ...args], { cwd: dir, encoding: 'utf8' });
const guard = () => spawnSync(process.execPath, [GUARD, dir], { encoding: 'utf8' });

test('refuses pending changesets and an uncommitted release, passes the committed release', () => {
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, '.changeset'));
  writeFileSync(join(dir, '.changeset', 'README.md'), '# Changesets\n');
  writeFileSync(join(dir, '.changeset', 'errcat-demo-0123456789.md'), '---\n"@errcat/demo": patch\n---\n\nIn words: a fix.\n');
  writeFileSync(join(dir, 'package.json'), '{ "name": "@errcat/demo", "version": "0.1.0" }\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'a change with its changeset');

  const before = guard();
  expect(before.status).toBe(1);
  expect(before.stderr).toContain('✖ 1 changeset is not applied yet (.changeset/errcat-demo-0123456789.md): run `npm run version-packages`, review, then commit');
  expect(before.stderr).toContain('Nothing was published.');

  // What `changeset version` leaves: the changeset consumed, the version bumped, a CHANGELOG, nothing committed.
  rmSync(join(dir, '.changeset', 'errcat-demo-0123456789.md'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "@errcat/demo", "version": "0.1.1" }\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# @errcat/demo\n\n## 0.1.1\n');
  const uncommitted = guard();
  expect(uncommitted.status).toBe(1);
  expect(uncommitted.stderr).toMatch(/✖ 3 files are changed or untracked \(.+, …\): commit the release first, since changeset publish tags HEAD/);
  expect(uncommitted.stderr).not.toContain('not applied');

  git('add', '-A');
  git('commit', '-q', '-m', 'Version packages');
  const released = guard();
  expect(released.stderr).toBe('');
  expect(released.status).toBe(0);
  expect(released.stdout).toMatch(/^✔ HEAD [0-9a-f]{10} is a committed release with no pending changesets\n$/);
});
