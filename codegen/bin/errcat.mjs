#!/usr/bin/env node
// errcat's command line. Runs the generator bundled into codegen/dist/errcat.mjs by plain node
// (no TypeScript loader at start-up), after rebuilding the bundle if any of its inputs changed
// (codegen/scripts/bundle.mjs). Where esbuild is not installed, runs the sources through tsx.
import { freshBundle } from '../scripts/bundle.mjs';

const bundle = await freshBundle();
if (bundle !== undefined) {
  const { runCli } = await import(new URL('../dist/errcat.mjs', import.meta.url).href);
  await runCli(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(new URL('../src/cli.ts', import.meta.url).href);
  await runCli(process.argv.slice(2));
}
