/**
 * Small repository-shaped folders for the crash, lock and bad-input tests: the catalog schema, the
 * runtime's package.json and a few catalogs derived from the synthetic API; the real `errcat` bin
 * run in them; and snapshots of generated/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = join(ROOT, 'codegen/bin/errcat.mjs');
export const FAULT_PRELOAD = join(ROOT, 'codegen/test/helpers/fs-fault.cjs');
const SYNTHETIC = join(ROOT, 'test/fixtures/synthetic-api/acme-billing.json');

export type Catalog = {
  $schema: string;
  api: { id: string; packageName: string; title: string; groups: Array<{ id: string; title: string }> } & Record<string, unknown>;
  codes: Array<Record<string, unknown>>;
};

/** The synthetic catalog as another API (`id`), ready to edit. */
export function syntheticAs(id: string): Catalog {
  const data = JSON.parse(readFileSync(SYNTHETIC, 'utf8')) as Catalog;
  data.$schema = './catalog.schema.json';
  data.api.id = id;
  data.api.packageName = `@errcat/${id}`;
  data.api.title = `${id} API`;
  return data;
}

export function makeRoot(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'catalog'));
  mkdirSync(join(dir, 'packages/runtime'), { recursive: true });
  cpSync(join(ROOT, 'catalog/catalog.schema.json'), join(dir, 'catalog/catalog.schema.json'));
  cpSync(join(ROOT, 'packages/runtime/package.json'), join(dir, 'packages/runtime/package.json'));
  return dir;
}

export function writeCatalog(root: string, catalog: Catalog | string, name?: string): void {
  const text = typeof catalog === 'string' ? catalog : `${JSON.stringify(catalog, null, 2)}\n`;
  const file = name ?? `${(catalog as Catalog).api.id}.json`;
  writeFileSync(join(root, 'catalog', file), text);
}

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function errcat(root: string, args: readonly string[], env: Record<string, string> = {}, preload?: string): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.ERRCAT_DEBUG;
  const node = preload === undefined ? [BIN] : ['--require', preload, BIN];
  const run = spawnSync(process.execPath, [...node, ...args, '--root', root], { cwd: root, encoding: 'utf8', env: { ...base, ...env } });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A stack frame line, as Node prints them: the thing no run may show the user. */
export const STACK_FRAME = /^\s+at .+(\(|:\d+:\d+)/m;

/** Every file (with its bytes) and every folder under dir. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const key = relative(dir, path).split('\\').join('/');
      if (entry.isDirectory()) {
        out.set(`${key}/`, '');
        walk(path);
      } else out.set(key, readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** The entries of a snapshot under one package folder (`pkg/…`). */
export function packagePart(snap: ReadonlyMap<string, string>, pkg: string): Map<string, string> {
  return new Map([...snap].filter(([k]) => k.startsWith(`${pkg}/`)));
}

/** `errcat` without blocking, so that independent runs can overlap. */
export function errcatAsync(root: string, args: readonly string[], env: Record<string, string> = {}, preload?: string): Promise<Run> {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.ERRCAT_DEBUG;
  const node = preload === undefined ? [BIN] : ['--require', preload, BIN];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...node, ...args, '--root', root], { cwd: root, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}
