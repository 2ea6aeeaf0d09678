// Runs the whole vitest suite and prints the closing line CI reads: "N passed, N failed".
// The numbers come from vitest's JSON report, not from its human summary.
//
// Off a terminal (CI logs, a pipe) vitest gets NO_COLOR, so logs carry no ANSI colour codes.
// ERRCAT_TEST_FILES (space-separated paths) narrows the run to those files: the end-to-end test of
// "Add an API" (test/e2e/add-api.test.ts) runs the CI command on a copy with a short list.
// ERRCAT_TEST_REPORT moves the JSON report (default test-results/vitest.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { logEnv } from './log-env.mjs';

const report = process.env.ERRCAT_TEST_REPORT || 'test-results/vitest.json';
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const files = (process.env.ERRCAT_TEST_FILES ?? '').split(/\s+/).filter(Boolean);
const env = logEnv();
// vitest's own bin, run by this Node: no pnpm needed on PATH (`node scripts/run-tests.mjs` works
// outside `pnpm run` too), and no shell or .cmd shim on Windows.
const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitestBin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A suite that fails to load has no tests to count: count it as a failure.
  const brokenFiles = (json.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenFiles;
} catch {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
