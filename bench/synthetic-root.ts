/**
 * A throwaway repository root the generator can run on: the real catalog schema and runtime
 * package.json, one synthetic catalog, and an empty generated/.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCatalogText, type SyntheticOptions } from './synthetic-catalog.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SyntheticRoot {
  readonly root: string;
  readonly catalogFile: string;
  readonly id: string;
  /**
   * A new root beside this one with the same catalog and an empty generated/: a run into it
   * writes every file without deleting the last run's first (see bench/fs-settle.ts).
   */
  fresh(): string;
  remove(): void;
}

export function createSyntheticRoot(options: SyntheticOptions, parent = tmpdir()): SyntheticRoot {
  const root = mkdtempSync(join(parent, `errcat-bench-${options.codes}-`));
  const id = options.id ?? `synthetic-${options.codes}`;
  mkdirSync(join(root, 'catalog'));
  mkdirSync(join(root, 'packages', 'runtime'), { recursive: true });
  mkdirSync(join(root, 'generated'));
  copyFileSync(join(REPO_ROOT, 'catalog', 'catalog.schema.json'), join(root, 'catalog', 'catalog.schema.json'));
  copyFileSync(join(REPO_ROOT, 'packages', 'runtime', 'package.json'), join(root, 'packages', 'runtime', 'package.json'));
  const catalogFile = join(root, 'catalog', `${id}.json`);
  const copies: string[] = [];
  writeFileSync(catalogFile, syntheticCatalogText({ ...options, id }));
  return {
    root,
    catalogFile,
    id,
    fresh() {
      const copy = mkdtempSync(join(parent, `errcat-bench-${options.codes}-run-`));
      copies.push(copy);
      mkdirSync(join(copy, 'packages', 'runtime'), { recursive: true });
      mkdirSync(join(copy, 'generated'));
      cpSync(join(root, 'catalog'), join(copy, 'catalog'), { recursive: true });
      copyFileSync(join(root, 'packages', 'runtime', 'package.json'), join(copy, 'packages', 'runtime', 'package.json'));
      return copy;
    },
    remove() {
      for (const dir of [root, ...copies.splice(0)]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
