/**
 * A throwaway repository root the generator can run on: the real catalog schema and runtime
 * package.json, one synthetic catalog, and an empty generated/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCatalogText, type SyntheticOptions } from './synthetic-catalog.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SyntheticRoot {
  readonly root: string;
  readonly catalogFile: string;
  readonly id: string;
  /** Empties generated/ so the next run writes every file again. */
  resetOutput(): void;
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
  writeFileSync(catalogFile, syntheticCatalogText({ ...options, id }));
  return {
    root,
    catalogFile,
    id,
    resetOutput() {
      rmSync(join(root, 'generated'), { recursive: true, force: true });
      mkdirSync(join(root, 'generated'));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
