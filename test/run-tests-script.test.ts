/**
 * scripts/run-tests.mjs, as CI runs it off a terminal: no ANSI colour codes in the log (vitest
 * gets NO_COLOR), ERRCAT_TEST_FILES narrows the run, and the closing line counts the tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'errcat-run-tests-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('prints no colour codes into a non-terminal log and runs only the files it is given', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ERRCAT_TEST_FILES: 'packages/runtime/test/table.test.ts', ERRCAT_TEST_REPORT: join(tmp, 'report.json'), FORCE_COLOR: '1' };
  delete env.NO_COLOR;
  delete env.VITEST;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  // No pnpm needed on PATH: the script runs vitest's own bin with this Node.
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs'], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  const log = r.stdout + r.stderr;
  expect(log).not.toContain('\u001b[');
  expect(log).toContain('table.test.ts');
  expect(log).not.toContain('parser.test.ts');
  expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
  expect(r.status).toBe(0);
});
