// Regenerates codegen/src/catalog.types.ts from the catalog schema; `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCatalogTypes } from '../src/catalog-types.js';

const schemaPath = fileURLToPath(new URL('../../catalog/catalog.schema.json', import.meta.url));
const outPath = fileURLToPath(new URL('../src/catalog.types.ts', import.meta.url));

const text = await compileCatalogTypes(JSON.parse(readFileSync(schemaPath, 'utf8')));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('codegen/src/catalog.types.ts is stale: run `pnpm generate:schema-types`.');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
}
