/** The catalog's TS types are generated from its JSON Schema; this keeps the committed file fresh. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compileCatalogTypes } from '../src/catalog-types.js';

it('codegen/src/catalog.types.ts matches catalog/catalog.schema.json (run `pnpm generate:schema-types`)', async () => {
  const schema = JSON.parse(readFileSync(new URL('../../catalog/catalog.schema.json', import.meta.url), 'utf8')) as object;
  const committed = readFileSync(new URL('../src/catalog.types.ts', import.meta.url), 'utf8');
  expect(committed).toBe(await compileCatalogTypes(schema));
});
