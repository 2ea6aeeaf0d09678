#!/usr/bin/env node
// `pnpm api-report [--check]`: the API reports of the built packages (codegen/src/api-report/).
// Runs codegen/dist/api-report.mjs under plain node after rebuilding it if any input changed
// (codegen/scripts/bundle-api-report.mjs); where esbuild is not installed, the sources through tsx.
import { freshApiReportBundle } from '../scripts/bundle-api-report.mjs';

const bundle = await freshApiReportBundle();
if (bundle !== undefined) {
  const { runCli } = await import(new URL('../dist/api-report.mjs', import.meta.url).href);
  runCli(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(new URL('../src/api-report/cli.ts', import.meta.url).href);
  runCli(process.argv.slice(2));
}
