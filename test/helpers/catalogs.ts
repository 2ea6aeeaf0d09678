/**
 * The catalogs errcat ships (catalog/*.json), read from disk so that cross-package tests cover an
 * API added as one catalog file without being edited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPascalCase } from '../../codegen/src/names.js';
import { ROOT } from './generate.js';

export interface ShippedCatalog {
  /** api.id: the folder under generated/. */
  readonly id: string;
  /** Repository-relative path, e.g. `catalog/zoho-crm.json`. */
  readonly file: string;
  readonly packageName: string;
  /** The export prefix (api.typePrefix, else derived from the id as the generator does). */
  readonly prefix: string;
}

export function shippedCatalogs(): ShippedCatalog[] {
  return readdirSync(join(ROOT, 'catalog'))
    .filter((name) => name.endsWith('.json') && name !== 'catalog.schema.json')
    .sort()
    .map((name) => {
      const file = `catalog/${name}`;
      const api = (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { api: { id: string; packageName: string; typePrefix?: string } }).api;
      return { id: api.id, file, packageName: api.packageName, prefix: api.typePrefix ?? toPascalCase(api.id) };
    });
}
