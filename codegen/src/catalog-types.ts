/**
 * The catalog's TypeScript types are generated from catalog/catalog.schema.json
 * by json-schema-to-typescript, never written by hand (see scripts/gen-catalog-types.ts).
 * This module owns that transformation so the freshness test and the script agree.
 */
import { compile } from 'json-schema-to-typescript';

export const CATALOG_TYPES_BANNER =
  '/* Generated from catalog/catalog.schema.json by `pnpm generate:schema-types`. Do not edit. */';

export async function compileCatalogTypes(schema: object): Promise<string> {
  const ts = await compile(schema as never, 'ErrcatCatalog', {
    bannerComment: CATALOG_TYPES_BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, semi: true, printWidth: 100 },
  });
  return ts.replace(/\r\n/g, '\n');
}
