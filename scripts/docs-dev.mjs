// `pnpm docs:dev`: the docs site on a local dev server (VitePress, hot reload), regenerated from
// the catalogs whenever one changes: catalog/ and site/site.json are watched and `errcat site`
// reruns; VitePress then reloads the pages it rewrote (and restarts when the sidebar data changes).
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const errcat = join(root, 'codegen/bin/errcat.mjs');

/** Emits the pages; a catalog with problems is reported and the site keeps its last good pages. */
const emit = () => spawnSync(process.execPath, [errcat, 'site'], { cwd: root, stdio: 'inherit' }).status === 0;

if (!emit()) console.error('docs:dev: fix the problems above; the site is served once the catalogs validate.');
const server = spawn(process.execPath, [join(root, 'node_modules/vitepress/bin/vitepress.js'), 'dev', 'site', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

let timer;
const schedule = () => {
  clearTimeout(timer);
  // Editors save in bursts (temp file, rename): one run per burst.
  timer = setTimeout(emit, 150);
};
const watchers = [
  watch(join(root, 'catalog'), { recursive: true }, (_event, name) => name?.endsWith('.json') && schedule()),
  watch(join(root, 'site'), (_event, name) => name === 'site.json' && schedule()),
];
const stop = () => {
  for (const w of watchers) w.close();
  server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  for (const w of watchers) w.close();
  process.exit(code ?? 0);
});
