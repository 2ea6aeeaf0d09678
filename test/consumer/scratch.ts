/**
 * A consumer project outside the workspace: the packed tarballs of every publishable package
 * installed with npm (offline: tarballs need no registry), nothing else. What a user of the
 * published packages gets, without pnpm's workspace links or the repository's tsconfig.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readPackageInfo, type PackageInfo } from '../../bench/bundle-measure.js';
import { assertBuilt, packPackages, publishablePackages, ROOT, run, type Publishable } from '../publish/packages.js';

export interface ScratchProject {
  /** The consumer project folder (cwd for node, tsc and esbuild). */
  readonly app: string;
  readonly packages: readonly Publishable[];
  /** Generated packages only, with what the tests need to know about their API. */
  readonly apis: readonly PackageInfo[];
  write(path: string, contents: string): string;
  remove(): void;
}

export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

export async function createScratchProject(label: string): Promise<ScratchProject> {
  const packages = publishablePackages();
  assertBuilt(packages);
  const base = mkdtempSync(join(tmpdir(), `errcat-consumer-${label}-`));
  const tarballs = await packPackages(packages, join(base, 'tarballs'));
  const app = join(base, 'app');
  mkdirSync(app);
  const dependencies = Object.fromEntries([...tarballs].map(([name, tgz]) => [name, `file:${tgz}`]));
  // No "type": a plain package is CommonJS by default, as most existing Node apps are; ESM
  // entry files use .mjs/.mts.
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'errcat-consumer', private: true, version: '0.0.0', dependencies }, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', '--loglevel=error'], {
    cwd: app,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    maxBuffer: 64 << 20,
  });
  for (const name of tarballs.keys()) {
    if (!existsSync(join(app, 'node_modules', ...name.split('/'), 'package.json'))) throw new Error(`${name} not installed`);
  }
  // One copy of the runtime, from its tarball: the generated packages' `^` range resolved to it.
  const nested = packages
    .filter((p) => p.manifest.name !== '@errcat/runtime')
    .filter((p) => existsSync(join(app, 'node_modules', ...p.manifest.name.split('/'), 'node_modules', '@errcat', 'runtime')));
  if (nested.length > 0) throw new Error(`nested @errcat/runtime under ${nested.map((p) => p.manifest.name).join(', ')}`);

  const apis = packages
    .filter((p) => p.rel.startsWith('generated/'))
    .map((p) => readPackageInfo(join(app, 'node_modules', ...p.manifest.name.split('/'))));
  return {
    app,
    packages,
    apis,
    write(path, contents) {
      const full = join(app, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, contents);
      return full;
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

export interface CatalogCode {
  code: string | number;
  name: string;
  httpStatus: number;
  kind: 'success' | 'partial' | 'error';
  /** null when the vendor documents no message for the code. */
  message: string | null;
  params: Array<{ name: string }>;
  retry: { strategy: string };
  aliases: Array<string | number>;
  example?: unknown;
}

/** The normalized catalog as the installed package ships it. */
export function installedCatalog(app: string, name: string): { api: { id: string; packageName: string }; codes: CatalogCode[] } {
  return JSON.parse(readFileSync(join(app, 'node_modules', ...name.split('/'), 'catalog.json'), 'utf8')) as {
    api: { id: string; packageName: string };
    codes: CatalogCode[];
  };
}

/**
 * `%s` → the given parameters in order, `%%` → `%`: what formatMessage must produce. A code the
 * vendor documents no message for (template null) formats as its name.
 */
export function expectedMessage(template: string | null, params: readonly string[], name: string): string {
  if (template === null) return name;
  let i = 0;
  return template.replace(/%[s%]/g, (m) => (m === '%%' ? '%' : (params[i++] ?? '')));
}
