// Regenerates codegen/src/validate/catalog-validator.ts from the catalog schema; `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogValidatorModule } from '../src/validate/precompile.js';

const schemaPath = fileURLToPath(new URL('../../catalog/catalog.schema.json', import.meta.url));
const outPath = fileURLToPath(new URL('../src/validate/catalog-validator.ts', import.meta.url));

const text = catalogValidatorModule(readFileSync(schemaPath, 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('codegen/src/validate/catalog-validator.ts is stale: run `pnpm generate:schema-types`.');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
}
