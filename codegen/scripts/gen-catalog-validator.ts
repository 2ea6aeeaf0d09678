// Regenerates codegen/src/validate/catalog-validator.ts from the catalog schema; `--check` only compares.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './write-or-check.js';
import { catalogValidatorModule } from '../src/validate/precompile.js';

const schemaPath = fileURLToPath(new URL('../../catalog/catalog.schema.json', import.meta.url));
const outPath = fileURLToPath(new URL('../src/validate/catalog-validator.ts', import.meta.url));

const text = catalogValidatorModule(readFileSync(schemaPath, 'utf8'));
writeOrCheck(outPath, 'codegen/src/validate/catalog-validator.ts', text);
