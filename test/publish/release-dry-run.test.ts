/**
 * A release, rehearsed on a throwaway copy of the repository (the working tree is never
 * touched): add a changeset, `changeset status` plans it, `changeset version` applies it, the
 * generator agrees with what changesets wrote, `pnpm publish -r --dry-run` publishes exactly the
 * public packages (against an empty local registry, so nothing reaches npm and no network is
 * needed), and the packed tarballs hold every file their exports promise, with the
 * `workspace:` range rewritten to the new runtime version.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitAll, loadAndValidate } from '../../codegen/src/pipeline.js';
import { planWrite } from '../../codegen/src/write.js';
import { pnpmArgs } from '../helpers/pnpm.js';
import { assertBuilt, packPackages, promisedPaths, publishablePackages, readTarball, ROOT, type Manifest } from './packages.js';

const exec = promisify(execFile);
const CHANGESET = join(ROOT, 'node_modules', '.bin', 'changeset');
const GIT_ID = ['-c', 'user.name=errcat-test', '-c', 'user.email=test@errcat.invalid', '-c', 'commit.gpgsign=false'];

const original = publishablePackages();
const runtimeBefore = original.find((p) => p.manifest.name === '@errcat/runtime')!.manifest.version;

function bump(version: string, type: 'major' | 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The files a release needs; build output is copied (not rebuilt), node_modules linked. */
function copyRepository(dest: string): void {
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', 'LICENSE', 'tsconfig.base.json', 'tsconfig.build.json']) {
    cpSync(join(ROOT, f), join(dest, f));
  }
  // Only the configuration: pending changesets of the real tree must not change this plan.
  mkdirSync(join(dest, '.changeset'));
  cpSync(join(ROOT, '.changeset', 'config.json'), join(dest, '.changeset', 'config.json'));
  cpSync(join(ROOT, 'catalog'), join(dest, 'catalog'), { recursive: true });
  // The docs site's url gives the catalogs' docs links.
  cpSync(join(ROOT, 'site', 'site.json'), join(dest, 'site', 'site.json'));
  cpSync(join(ROOT, 'scripts'), join(dest, 'scripts'), { recursive: true });
  for (const pkg of original) {
    cpSync(pkg.dir, join(dest, pkg.rel), {
      recursive: true,
      filter: (src) => !src.split(/[\\/]/).includes('node_modules'),
    });
  }
  // Tools (changesets' changelog module included) resolve from the real install.
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** An npm registry that knows no package: publish -r asks it what is already out, finds nothing. */
function emptyRegistry(): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not_found"}');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests })));
}

let base: string;
let repo: string;
let registry: Awaited<ReturnType<typeof emptyRegistry>>;
let status: { releases: Array<{ name: string; type: string; oldVersion: string; newVersion: string }> };
let published: Array<{ name: string; version: string }>;
let tarballs: Map<string, string>;
let after: Map<string, Manifest>;

beforeAll(async () => {
  assertBuilt(original);
  base = mkdtempSync(join(tmpdir(), 'errcat-release-'));
  repo = join(base, 'repo');
  mkdirSync(repo);
  copyRepository(repo);
  // changeset status compares against git: the copy gets a one-commit history of its own.
  await exec('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  await exec('git', ['add', '-A'], { cwd: repo });
  await exec('git', [...GIT_ID, 'commit', '-q', '-m', 'release rehearsal'], { cwd: repo });

  writeFileSync(join(repo, '.changeset', 'runtime-feature.md'), '---\n"@errcat/runtime": minor\n---\n\nRehearsal: a new runtime feature.\n');
  await exec(CHANGESET, ['status', '--output', 'status.json'], { cwd: repo });
  status = JSON.parse(readFileSync(join(repo, 'status.json'), 'utf8')) as typeof status;
  rmSync(join(repo, 'status.json'));

  await exec(CHANGESET, ['version'], { cwd: repo });
  after = new Map(publishablePackages(repo).map((p) => [p.manifest.name, p.manifest]));

  registry = await emptyRegistry();
  await exec(...pnpmArgs(['publish', '-r', '--dry-run', '--no-git-checks', '--report-summary', '--registry', registry.url]), {
    cwd: repo,
    maxBuffer: 64 << 20,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  published = (JSON.parse(readFileSync(join(repo, 'pnpm-publish-summary.json'), 'utf8')) as { publishedPackages: typeof published }).publishedPackages;

  tarballs = await packPackages(publishablePackages(repo), join(base, 'tarballs'));
});

afterAll(async () => {
  await new Promise((done) => (registry ? registry.server.close(done) : done(undefined)));
  if (base) rmSync(base, { recursive: true, force: true });
});

test('the working tree is untouched: the rehearsal ran on a copy', () => {
  expect(repo.startsWith(tmpdir())).toBe(true);
  for (const pkg of original) {
    expect(JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')).version).toBe(pkg.manifest.version);
  }
  expect(existsSync(join(ROOT, '.changeset', 'runtime-feature.md'))).toBe(false);
});

test('changeset status plans the runtime bump and patches every generated package that depends on it', () => {
  const generated = original.filter((p) => p.rel.startsWith('generated/'));
  const plan = Object.fromEntries(status.releases.map((r) => [r.name, `${r.type} ${r.oldVersion}→${r.newVersion}`]));
  expect(plan).toEqual({
    '@errcat/runtime': `minor ${runtimeBefore}→${bump(runtimeBefore, 'minor')}`,
    ...Object.fromEntries(
      generated.map((p) => {
        // A `^` range on 0.x does not reach the next minor: changesets must patch the dependents.
        const range = String((p.manifest.dependencies as Record<string, string>)['@errcat/runtime']).replace(/^workspace:/, '');
        expect(range).toBe(`^${runtimeBefore}`);
        return [p.manifest.name, `patch ${p.manifest.version}→${bump(p.manifest.version, 'patch')}`];
      }),
    ),
  });
  // The private generator is never part of a release.
  expect(Object.keys(plan)).not.toContain('@errcat/codegen');
});

test('changeset version writes versions, ranges and changelogs', () => {
  for (const release of status.releases) {
    const manifest = after.get(release.name)!;
    expect(manifest.version).toBe(release.newVersion);
    const dir = original.find((p) => p.manifest.name === release.name)!.rel;
    expect(readFileSync(join(repo, dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${release.newVersion}`);
    if (release.name !== '@errcat/runtime') {
      expect((manifest.dependencies as Record<string, string>)['@errcat/runtime']).toBe(`workspace:^${after.get('@errcat/runtime')!.version}`);
    }
  }
  expect(existsSync(join(repo, '.changeset', 'runtime-feature.md'))).toBe(false);
});

test('the generator agrees with what changesets wrote (generate --check stays clean)', async () => {
  const loaded = loadAndValidate({ root: repo });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const plan = planWrite(join(repo, 'generated'), await emitAll(loaded.apis, repo));
  expect(plan.writes.map((w) => w.path)).toEqual([]);
  expect(plan.deletes).toEqual([]);
});

test('pnpm publish -r --dry-run publishes exactly the public packages, uploading nothing', () => {
  expect(published.map((p) => `${p.name}@${p.version}`).sort()).toEqual(status.releases.map((r) => `${r.name}@${r.newVersion}`).sort());
  expect(published.map((p) => p.name).sort()).toEqual(original.map((p) => p.manifest.name).sort());
  expect(registry.requests.length).toBeGreaterThan(0);
  expect(registry.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
});

describe.each(original.map((p) => [p.manifest.name, p] as const))('%s tarball after versioning', (name, pkg) => {
  test('holds every path its exports map (and main/types/typesVersions) promises', () => {
    const packedManifest = JSON.parse(readTarball(tarballs.get(name)!).get('package.json')!.toString('utf8')) as Manifest;
    const files = [...readTarball(tarballs.get(name)!).keys()];
    const promised = promisedPaths(packedManifest);
    expect(promised.length).toBeGreaterThan(2);
    expect(promised.filter((p) => !files.includes(p))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']));
    // What publish would upload is the versioned manifest: same exports as the working tree's.
    expect(packedManifest.exports).toEqual(pkg.manifest.exports);
  });

  test('carries the new version and a real runtime range instead of workspace:', () => {
    const packedManifest = JSON.parse(readTarball(tarballs.get(name)!).get('package.json')!.toString('utf8')) as Manifest;
    expect(packedManifest.version).toBe(after.get(name)!.version);
    expect(JSON.stringify(packedManifest)).not.toContain('workspace:');
    if (name !== '@errcat/runtime') {
      expect((packedManifest.dependencies as Record<string, string>)['@errcat/runtime']).toBe(`^${after.get('@errcat/runtime')!.version}`);
    }
  });
});
