// Regenerates codegen/src/catalog.types.ts from the catalog schema; `--check` only compares.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './write-or-check.js';
import { compileCatalogTypes } from '../src/catalog-types.js';

const schemaPath = fileURLToPath(new URL('../../catalog/catalog.schema.json', import.meta.url));
const outPath = fileURLToPath(new URL('../src/catalog.types.ts', import.meta.url));

const text = await compileCatalogTypes(JSON.parse(readFileSync(schemaPath, 'utf8')));
writeOrCheck(outPath, 'codegen/src/catalog.types.ts', text);
