#!/usr/bin/env node
// errcat's command line. Runs the generator bundled into codegen/dist/errcat.mjs by plain node
// (no TypeScript loader at start-up), after rebuilding the bundle if any of its inputs changed
// (codegen/scripts/bundle.mjs). Where esbuild is not installed, runs the sources through tsx.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { freshBundle } from '../scripts/bundle.mjs';

// A run lasts about a second: V8's default tiering has its optimizing compiler's threads busy
// on code that runs a few thousand times, on a 2-core machine that already runs two JS threads.
// Later tier-up is measured in docs/benchmarks.md ("What the measurements decided").
setFlagsFromString('--interrupt-budget=1000000');

// Last net: a run whose promise never settles would end with Node's exit code 13 (unsettled
// top-level await) and no word. It ends as an internal error instead, with one line.
let settled = false;
process.on('exit', (code) => {
  // Above 128: stopped by a signal it held until its write ended (codegen/src/cli/signals.ts), on purpose.
  if (settled || code > 128) return;
  process.stderr.write('errcat: internal error: the run stopped before it finished (set ERRCAT_DEBUG=1 and report it)\n');
  process.exitCode = 70;
});

const bundle = await freshBundle();
if (bundle !== undefined) {
  // `generate` compiles details types on a worker thread (codegen/src/details-thread.ts). Starting
  // it here lets its start-up overlap loading the generator; unref'd until it has work, so an
  // unused worker (a usage error, failed validation) never keeps the process alive.
  const detailsWorker = process.argv.slice(2).includes('generate') ? startDetailsWorker() : undefined;
  const { runCli } = await import(new URL('../dist/errcat.mjs', import.meta.url).href);
  await runCli(process.argv.slice(2), { detailsWorker });
  settled = true;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(new URL('../src/cli.ts', import.meta.url).href);
  await runCli(process.argv.slice(2));
  settled = true;
}

/** The worker and whether it stopped before the generator took it over (DetailsThread.start). */
function startDetailsWorker() {
  const worker = new Worker(new URL('../dist/details-worker.mjs', import.meta.url));
  const started = { worker, stopped: false };
  // Until the generator listens, a failing worker must not crash the run: it is then not used.
  worker.on('error', () => {});
  worker.once('exit', () => {
    started.stopped = true;
  });
  worker.unref();
  return started;
}
