// `pnpm docs:build`: the docs site from the catalogs. The generator emits the pages and their data
// into site/pages/ (`errcat site`, through its single writer), then VitePress builds the static site
// into site/.vitepress/dist/. Records the inputs' hash (site-inputs.mjs) so tests can tell a fresh build.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { logEnv } from './log-env.mjs';
import { DIST, siteInputsHash, STAMP } from './site-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Off a terminal VitePress is asked for no colours, as vitest is (log-env.mjs).
const env = logEnv();

/**
 * Runs a step with its output on ours. Off a terminal the output is passed through Node's
 * stripVTControlCharacters: VitePress writes its ✓ marks with colour codes written into its source,
 * whatever NO_COLOR says, and its spinner's cursor codes, which would land in CI logs.
 */
function run(command, args) {
  const tty = process.stdout.isTTY === true;
  const result = spawnSync(command, args, { cwd: root, stdio: tty ? 'inherit' : ['inherit', 'pipe', 'pipe'], env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!tty) {
    process.stdout.write(stripVTControlCharacters(result.stdout ?? ''));
    process.stderr.write(stripVTControlCharacters(result.stderr ?? ''));
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = performance.now();
rmSync(join(root, STAMP), { force: true });
run(process.execPath, [join(root, 'codegen/bin/errcat.mjs'), 'site']);
const vitepress = join(root, 'node_modules/vitepress/bin/vitepress.js');
run(process.execPath, [vitepress, 'build', 'site']);
writeFileSync(join(root, STAMP), `${siteInputsHash(root)}\n`);
console.log(`docs site built into ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
