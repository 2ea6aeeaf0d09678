/**
 * README "Add an API", followed as written on a copy of the repository, leaves CI green (issue 15,
 * point 7): copy the fixture catalog into catalog/, `pnpm validate`, `pnpm generate && pnpm install
 * && pnpm build`, `pnpm explain`, then `npm test`, the CI command. The copy gets its node_modules
 * from pnpm's store (offline). To keep the suite affordable, `npm test` runs every CI step for real
 * (frozen-lockfile install, generate --check, diff, typecheck, build) but vitest only on the files
 * ERRCAT_TEST_FILES names: the CLI test that used to count the catalogs, a small runtime test and
 * the README table's test (step 5 adds the package's row).
 * Without the README's `pnpm install` the frozen install fails: checked first, so the step is needed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pnpmArgs } from '../helpers/pnpm.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ID = 'acme-billing';
let copy: string;

interface Ran {
  readonly status: number | null;
  readonly out: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, maintainer = false): Ran {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env, NO_COLOR: '1', npm_config_prefer_offline: 'true' };
  // The README's steps run in a maintainer's shell, not under CI (where pnpm install is frozen by default).
  if (maintainer) delete full.CI;
  const r = spawnSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    env: full,
    maxBuffer: 256 << 20,
    timeout: 900_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** `pnpm …` as the README writes it (pnpm from PATH, else the pinned version through npx: helpers/pnpm.ts). */
const pnpm = (...args: string[]): Ran => {
  const [command, argv] = pnpmArgs(args);
  return run(command, argv, {}, true);
};

function ok(r: Ran, what: string): string {
  expect(r.status, `${what}:\n${r.out.slice(-4000)}`).toBe(0);
  return r.out;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'errcat-add-api-'));
  // The files a fresh clone has (tracked, plus new files not ignored), without build output.
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const path of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(ROOT, path);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    copyFileSync(from, join(copy, path));
  }
  ok(pnpm('install', '--frozen-lockfile', '--offline'), 'install the copy from the store');
}, 600_000);

afterAll(() => {
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
});

it('adding an API by the README leaves `npm test` green', () => {
  // Step 1: copy the fixture, $schema pointing at ./catalog.schema.json, docsBaseUrl left out (the
  // docs site publishes every catalog at the address site/site.json gives).
  const catalog = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json'), 'utf8')) as {
    $schema: string;
    api: Record<string, unknown>;
  };
  catalog.$schema = './catalog.schema.json';
  delete catalog.api.docsBaseUrl;
  writeFileSync(join(copy, 'catalog', `${ID}.json`), `${JSON.stringify(catalog, null, 2)}\n`);

  // Step 4.
  ok(pnpm('validate'), 'pnpm validate');
  ok(pnpm('generate'), 'pnpm generate');
  // What the README's `pnpm install` is for: the lockfile lacks the new package until it runs.
  const frozen = pnpm('install', '--frozen-lockfile', '--offline');
  expect(frozen.status).not.toBe(0);
  expect(frozen.out).toContain('ERR_PNPM_OUTDATED_LOCKFILE');
  ok(pnpm('install'), 'pnpm install');
  expect(readFileSync(join(copy, 'pnpm-lock.yaml'), 'utf8')).toContain(`generated/${ID}:`);
  ok(pnpm('build'), 'pnpm build');
  ok(pnpm('api-report'), 'pnpm api-report');
  expect(readFileSync(join(copy, 'api-reports', `${ID}.api.md`), 'utf8')).toContain(`@errcat/${ID}`);

  // Step 5: the package's row in the README's table.
  const readme = readFileSync(join(copy, 'README.md'), 'utf8');
  const lastRow = /^\| `@errcat\/hyper` \|.*$/m.exec(readme);
  if (lastRow === null) throw new Error('README has no package table row to add after');
  const codes = (catalog as unknown as { codes: unknown[] }).codes.length;
  const row = `| \`@errcat/${ID}\` | ${String(catalog.api.title)} | ${codes} | [generated/${ID}/README.md](generated/${ID}/README.md) |`;
  writeFileSync(join(copy, 'README.md'), readme.replace(lastRow[0], `${lastRow[0]}\n${row}`));

  // Step 6.
  expect(ok(pnpm('explain', ID, 'card.declined'), 'pnpm explain')).toContain('card.declined');

  // CI: `npm test`, every step for real, vitest narrowed (the README table's test included: it
  // failed for a new package before step 5 was written down).
  const ci = run('npm', ['test'], { ERRCAT_TEST_FILES: 'codegen/test/cli.test.ts packages/runtime/test/table.test.ts test/readme-table.test.ts' });
  const log = ok(ci, 'npm test');
  expect(log).toMatch(/^\d+ passed, 0 failed$/m);
  expect(log).not.toContain('ERR_PNPM_OUTDATED_LOCKFILE');
}, 1_800_000);
