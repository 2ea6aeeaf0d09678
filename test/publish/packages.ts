/**
 * The publishable packages of the workspace and their packed tarballs, as a registry would get
 * them. Shared by the publish and consumer tests.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { pnpmArgs } from '../helpers/pnpm.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const run = promisify(execFile);

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  main?: string;
  module?: string;
  types?: string;
  typesVersions?: Record<string, Record<string, string[]>>;
  files?: string[];
  [key: string]: unknown;
}

export interface Publishable {
  /** Absolute folder of the package. */
  readonly dir: string;
  /** Repository-relative folder, for test names. */
  readonly rel: string;
  readonly manifest: Manifest;
}

/** packages/* and generated/* that are not private, runtime first. */
export function publishablePackages(root = ROOT): Publishable[] {
  const found: Publishable[] = [];
  for (const parent of ['packages', 'generated']) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const dir = join(base, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, 'package.json'))) continue;
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      if (manifest.private === true) continue;
      found.push({ dir, rel: `${parent}/${entry.name}`, manifest });
    }
  }
  return found;
}

/** Fails early with the fix when a package has not been built: every check below reads dist/. */
export function assertBuilt(pkgs: readonly Publishable[]): void {
  const missing = pkgs.filter((p) => !existsSync(join(p.dir, 'dist', 'esm', 'index.js')) || !existsSync(join(p.dir, 'dist', 'cjs', 'index.js')));
  if (missing.length > 0) throw new Error(`not built: ${missing.map((p) => p.rel).join(', ')}; run \`pnpm build\` first`);
}

/** `pnpm pack` of each package into dest (pnpm rewrites `workspace:` ranges as it would on publish). */
export async function packPackages(pkgs: readonly Publishable[], dest: string): Promise<Map<string, string>> {
  const packed = await Promise.all(
    pkgs.map(async (p) => {
      const { stdout } = await run(...pnpmArgs(['pack', '--json', '--pack-destination', dest]), { cwd: p.dir, maxBuffer: 64 << 20 });
      const info = JSON.parse(stdout) as { name: string; filename: string };
      return [info.name, resolve(dest, info.filename)] as const;
    }),
  );
  return new Map(packed);
}

/** The files of a .tgz (ustar, with pax and GNU long names), paths without the `package/` root. */
export function readTarball(tgz: string): Map<string, Buffer> {
  const data = gunzipSync(readFileSync(tgz));
  const files = new Map<string, Buffer>();
  const text = (start: number, length: number) => data.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = text(offset + 345, 155);
    let name = longName ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100));
    const body = data.subarray(offset + 512, offset + 512 + size);
    longName = undefined;
    if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      if (path !== undefined) longName = path;
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
    } else if (type === '0' || type === '\0') {
      name = name.replace(/^[^/]+\//, '');
      files.set(name, Buffer.from(body));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every file path an `exports` map (or a string target) points at, `./` stripped. */
export function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Every path the manifest promises: exports targets, main/module/types and typesVersions targets. */
export function promisedPaths(manifest: Manifest): string[] {
  const paths = new Set(exportTargets(manifest.exports));
  for (const field of [manifest.main, manifest.module, manifest.types]) {
    if (field !== undefined) paths.add(field.replace(/^\.\//, ''));
  }
  for (const map of Object.values(manifest.typesVersions ?? {})) {
    for (const targets of Object.values(map)) for (const t of targets) paths.add(t.replace(/^\.\//, ''));
  }
  return [...paths].sort();
}
