/**
 * No silent garbage: a schema that uses a keyword the composed validator has no set for must not
 * pass as if the keyword were not there. Keywords outside the family (none of the sets knows them)
 * stay ignored, as validateDetails always ignored them.
 */
import type { DetailsIssue } from '../types.js';
import { coveredDetailsValidator } from './core.js';
import type { DetailsKeywords } from './keyword-set.js';
import type { DetailsSchema, DetailsSchemaObject } from './types.js';

/** Every keyword some keyword set checks (tests hold this to the sets). One string: fewer bytes than an array literal. */
export const SET_KEYWORDS: readonly string[] =
  /* @__PURE__ */ 'maximum minimum exclusiveMaximum exclusiveMinimum multipleOf maxLength minLength pattern maxItems minItems maxProperties minProperties const enum not anyOf oneOf allOf $ref $defs'.split(' ');

type Node = DetailsSchema | undefined;

/**
 * The validate function DetailsValidators wants, checking the core keywords plus those of `sets`
 * (core.ts). A schema that uses a keyword of a set left out gets one issue naming that keyword,
 * whatever the value, so it never passes unchecked. Each schema is walked for that once, on first
 * use; with every set composed there is nothing to guard and nothing is walked.
 */
export function detailsValidator(...sets: readonly DetailsKeywords[]): (schema: DetailsSchema, value: unknown) => readonly DetailsIssue[] {
  const validate = coveredDetailsValidator(...sets);
  const covered = sets.flatMap((set) => Object.values(set).flatMap((step: { keywords: readonly string[] }) => step.keywords));
  const missing = SET_KEYWORDS.filter((keyword) => !covered.includes(keyword));
  if (missing.length === 0) return validate;
  /** Per root schema: the keyword no composed set checks, or null. */
  const coverage = new WeakMap<object, string | null>();
  return (schema, value) => {
    if (typeof schema === 'object') {
      let keyword = coverage.get(schema);
      if (keyword === undefined) coverage.set(schema, (keyword = uncoveredKeyword(schema, missing) ?? null));
      if (keyword !== null) return [{ path: '', keyword, message: `keyword ${keyword} is not checked: its keyword set is not composed` }];
    }
    return validate(schema, value);
  };
}

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
