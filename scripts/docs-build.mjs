// `pnpm docs:build`: the docs site from the catalogs. The generator emits the pages and their data
// into site/pages/ (`errcat site`, through its single writer), then VitePress builds the static site
// into site/.vitepress/dist/. Records the inputs' hash (site-inputs.mjs) so tests can tell a fresh build.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logEnv } from './log-env.mjs';
import { DIST, siteInputsHash, STAMP } from './site-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Off a terminal VitePress is asked for no colours, as vitest is (log-env.mjs).
const env = logEnv();

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = performance.now();
rmSync(join(root, STAMP), { force: true });
run(process.execPath, [join(root, 'codegen/bin/errcat.mjs'), 'site']);
const vitepress = join(root, 'node_modules/vitepress/bin/vitepress.js');
run(process.execPath, [vitepress, 'build', 'site']);
writeFileSync(join(root, STAMP), `${siteInputsHash(root)}\n`);
console.log(`docs site built into ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
