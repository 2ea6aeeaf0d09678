/**
 * The generator bundled into one ESM file (codegen/dist/errcat.mjs) that plain `node` runs:
 * no TypeScript loader at start-up and one file to read instead of ~250 modules. The bundle is
 * derived, never committed, and never trusted when stale: its first line records every input
 * (our sources by content hash, dependencies by size and mtime, the lockfile and this script by
 * hash), and `freshBundle()` rebuilds it whenever any of them differs — so a maintainer who edits
 * codegen/src and runs `pnpm generate` runs the edited generator.
 *
 *   node codegen/scripts/bundle.mjs           rebuild if stale (prints what it did)
 *   node codegen/scripts/bundle.mjs --check   exit 1 if stale, without rebuilding
 *
 * Plain JavaScript on purpose: it runs before anything could compile TypeScript.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CODEGEN = fileURLToPath(new URL('..', import.meta.url));
const REPO = resolve(CODEGEN, '..');
/** Same depth below codegen/ as codegen/src/*.ts, so `new URL('../…', import.meta.url)` means the same in both. */
export const BUNDLE = join(CODEGEN, 'dist', 'errcat.mjs');
const ENTRY = join(CODEGEN, 'src', 'cli.ts');
/** The details worker's own, smaller bundle (codegen/src/details-worker.ts), written beside the CLI's. */
const WORKER_ENTRY = join(CODEGEN, 'src', 'details-worker.ts');
const workerOf = (bundle) => join(dirname(bundle), 'details-worker.mjs');
const MARK = '// errcat-bundle ';
/** The Markdown templates, precompiled into the CLI's bundle (codegen/src/templates.ts). */
const TEMPLATES = join(CODEGEN, 'templates');
const templateFiles = () => readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs')).sort().map((f) => join(TEMPLATES, f));
/** Files that shape the bundle without being bundled. */
const EXTRA_INPUTS = [fileURLToPath(import.meta.url), join(REPO, 'pnpm-lock.yaml')];

const hash = (bytes) => createHash('sha256').update(bytes).digest('base64url').slice(0, 22);

/**
 * How an input is fingerprinted: dependencies (installed, never edited) by size and mtime, which
 * costs a stat; everything maintainers edit by content, which survives checkouts and touches.
 */
export function fingerprint(path) {
  if (path.includes(`${join('node_modules', '')}`)) {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  }
  return hash(readFileSync(path));
}

/** The manifest on a bundle's first line, or undefined when there is no (readable) bundle. */
export function readManifest(bundle = BUNDLE) {
  let fd;
  try {
    fd = openSync(bundle, 'r');
  } catch {
    return undefined;
  }
  try {
    const chunk = Buffer.alloc(256 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, 0);
    const text = chunk.subarray(0, n).toString('utf8');
    const end = text.indexOf('\n');
    if (!text.startsWith(MARK) || end === -1) return undefined;
    return JSON.parse(text.slice(MARK.length, end));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Why a bundle must be rebuilt, or undefined when it is fresh. */
export function staleReason(bundle = BUNDLE) {
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
  let worker;
  try {
    worker = hash(readFileSync(workerOf(bundle)));
  } catch {
    worker = 'missing';
  }
  if (worker !== manifest.worker) return `${relative(REPO, workerOf(bundle))} changed`;
  return undefined;
}

/**
 * Bundles codegen/src/cli.ts and codegen/src/details-worker.ts with their dependencies; each file
 * written atomically (parallel runs may race), the CLI's last since its manifest vouches for both.
 */
export async function buildBundle(bundle = BUNDLE) {
  const require = createRequire(join(CODEGEN, 'package.json'));
  let esbuildPath;
  try {
    esbuildPath = require.resolve('esbuild');
  } catch {
    // esbuild is a devDependency of the workspace root.
    esbuildPath = createRequire(join(REPO, 'package.json')).resolve('esbuild');
  }
  const esbuild = await import(pathToFileURL(esbuildPath).href);
  const shared = {
    absWorkingDir: REPO,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    // Lets the generator know it runs bundled (details-thread.ts starts its worker from details-worker.mjs).
    define: { ERRCAT_BUNDLED: 'true' },
    // json-schema-to-typescript requires prettier at load time but errcat always passes format: false.
    alias: { prettier: join(CODEGEN, 'scripts', 'prettier-unused.cjs') },
    // The bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __errcatCreateRequire } from 'node:module';\nconst require = __errcatCreateRequire(import.meta.url);" },
  };
  // Same options as templates.ts compiles with at run time: ~85 ms of a cold run saved.
  const Handlebars = createRequire(join(CODEGEN, 'package.json'))('handlebars');
  const options = { strict: true, noEscape: true, data: false, knownHelpersOnly: true, knownHelpers: { if: true, each: true } };
  const specs = templateFiles().map((path) => `${JSON.stringify(relative(TEMPLATES, path))}: ${Handlebars.precompile(readFileSync(path, 'utf8'), options)}`);
  const templatesBanner = `\nconst ERRCAT_TEMPLATES = {\n${specs.join(',\n')}\n};`;
  const [cli, worker] = await Promise.all(
    [
      { entry: ENTRY, banner: shared.banner.js + templatesBanner },
      { entry: WORKER_ENTRY, banner: shared.banner.js },
    ].map(({ entry, banner }) => esbuild.build({ ...shared, entryPoints: [entry], banner: { js: banner } })),
  );
  const inputs = {};
  const paths = [cli, worker].flatMap((r) => Object.keys(r.metafile.inputs).map((p) => join(REPO, p)));
  for (const path of [...paths, ...EXTRA_INPUTS, ...templateFiles()]) {
    if (existsSync(path)) inputs[relative(REPO, path).split('\\').join('/')] = fingerprint(path);
  }
  const workerCode = worker.outputFiles[0].text;
  mkdirSync(dirname(bundle), { recursive: true });
  const writeAtomically = (path, text) => {
    const temp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, text);
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
    }
  };
  writeAtomically(workerOf(bundle), workerCode);
  writeAtomically(bundle, `${MARK}${JSON.stringify({ inputs, worker: hash(workerCode) })}\n${cli.outputFiles[0].text}`);
  return bundle;
}

/** The bundle's path after making sure it is fresh; undefined when it cannot be built (no esbuild installed). */
export async function freshBundle() {
  if (staleReason() === undefined) return BUNDLE;
  try {
    return await buildBundle();
  } catch (error) {
    if (error?.code === 'MODULE_NOT_FOUND' || error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reason = staleReason();
  if (process.argv.includes('--check')) {
    console.log(reason === undefined ? `${relative(REPO, BUNDLE)} is fresh` : `${relative(REPO, BUNDLE)} is stale: ${reason}`);
    process.exitCode = reason === undefined ? 0 : 1;
  } else if (reason === undefined) {
    console.log(`${relative(REPO, BUNDLE)} is fresh`);
  } else {
    const started = performance.now();
    await buildBundle();
    console.log(`bundled ${relative(REPO, BUNDLE)} (${reason}; ${Math.round(performance.now() - started)} ms)`);
  }
}
