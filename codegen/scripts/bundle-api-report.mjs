/**
 * `pnpm api-report` runs as one esbuild bundle under plain `node` (codegen/dist/api-report.mjs),
 * like the generator (scripts/bundle.mjs, whose manifest format and fingerprints it shares):
 * through tsx, every run paid ~0.5 s of CPU for the loader. ts-morph stays outside the bundle
 * (imported from node_modules at run time), and this bundle is separate from the generator's, so
 * `errcat generate` never contains or loads it. Derived, never committed, rebuilt when stale.
 *
 * Plain JavaScript on purpose: it runs before anything could compile TypeScript.
 */
import { createRequire } from 'node:module';
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fingerprint, readManifest } from './bundle.mjs';

const CODEGEN = fileURLToPath(new URL('..', import.meta.url));
const REPO = resolve(CODEGEN, '..');
export const API_REPORT_BUNDLE = join(CODEGEN, 'dist', 'api-report.mjs');
const ENTRY = join(CODEGEN, 'src', 'api-report', 'cli.ts');
const MARK = '// errcat-bundle ';
const EXTRA_INPUTS = [fileURLToPath(import.meta.url), join(CODEGEN, 'scripts', 'bundle.mjs'), join(REPO, 'pnpm-lock.yaml')];

/** Why the bundle must be rebuilt, or undefined when it is fresh. */
export function apiReportStaleReason(bundle = API_REPORT_BUNDLE) {
  const manifest = readManifest(bundle);
  if (manifest === undefined) return `${relative(REPO, bundle)} does not exist yet`;
  for (const [rel, recorded] of Object.entries(manifest.inputs)) {
    let now;
    try {
      now = fingerprint(join(REPO, rel));
    } catch {
      now = 'missing';
    }
    if (now !== recorded) return `${rel} changed`;
  }
  return undefined;
}

export async function buildApiReportBundle(bundle = API_REPORT_BUNDLE) {
  let esbuildPath;
  try {
    esbuildPath = createRequire(join(CODEGEN, 'package.json')).resolve('esbuild');
  } catch {
    esbuildPath = createRequire(join(REPO, 'package.json')).resolve('esbuild');
  }
  const esbuild = await import(pathToFileURL(esbuildPath).href);
  const result = await esbuild.build({
    absWorkingDir: REPO,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    external: ['ts-morph'],
  });
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs).map((p) => join(REPO, p)), ...EXTRA_INPUTS]) {
    if (existsSync(path)) inputs[relative(REPO, path).split('\\').join('/')] = fingerprint(path);
  }
  mkdirSync(dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${MARK}${JSON.stringify({ inputs })}\n${result.outputFiles[0].text}`);
    renameSync(temp, bundle);
  } finally {
    rmSync(temp, { force: true });
  }
  return bundle;
}

/** The bundle's path once fresh; undefined when it cannot be built (no esbuild installed). */
export async function freshApiReportBundle() {
  if (apiReportStaleReason() === undefined) return API_REPORT_BUNDLE;
  try {
    return await buildApiReportBundle();
  } catch (error) {
    if (error?.code === 'MODULE_NOT_FOUND' || error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}
