/**
 * No silent garbage: a schema that uses a keyword the composed validator has no set for must not
 * pass as if the keyword were not there. Keywords outside the family (none of the sets knows them)
 * stay ignored, as validateDetails always ignored them.
 */
import type { DetailsSchema, DetailsSchemaObject } from './types.js';

/** Every keyword some keyword set checks (tests hold this to the sets). One string: fewer bytes than an array literal. */
export const SET_KEYWORDS: readonly string[] =
  /* @__PURE__ */ 'maximum minimum exclusiveMaximum exclusiveMinimum multipleOf maxLength minLength pattern maxItems minItems maxProperties minProperties const enum not anyOf oneOf allOf $ref $defs'.split(' ');

type Node = DetailsSchema | undefined;

/** The first keyword of `missing` that `schema` or one of its subschemas uses. */
export function uncoveredKeyword(schema: Node, missing: readonly string[]): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as DetailsSchemaObject & { readonly [keyword: string]: unknown };
  for (const keyword of missing) if (s[keyword] !== undefined) return keyword;
  let found: string | undefined;
  for (const sub of [s.items, s.additionalProperties, s.not, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) found ??= uncoveredKeyword(sub, missing);
  for (const map of [s.properties, s.$defs]) if (map !== undefined) for (const key in map) found ??= uncoveredKeyword(map[key], missing);
  return found;
}
