/**
 * Which of @errcat/runtime's details keyword sets a package's schemas need: the generated
 * validators.ts composes only those (detailsValidator), so a bundle carries no code for keywords
 * the package never uses. The runtime's core checks the rest (CORE_KEYWORDS). Tests hold this
 * table to the runtime's sets (test/emit-keyword-sets.test.ts).
 */

/** Keywords the runtime's detailsValidator core checks itself. */
export const CORE_KEYWORDS: readonly string[] = ['type', 'properties', 'required', 'additionalProperties', 'items'];

/** Each keyword set the runtime exports, by export name, with the keywords it checks. */
export const KEYWORD_SETS: { readonly [exportName: string]: readonly string[] } = {
  combinatorKeywords: ['not', 'anyOf', 'oneOf', 'allOf'],
  countKeywords: ['maxItems', 'minItems', 'maxProperties', 'minProperties'],
  numberKeywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'],
  refKeywords: ['$ref', '$defs'],
  stringKeywords: ['maxLength', 'minLength', 'pattern'],
  valueKeywords: ['const', 'enum'],
};

const SET_OF_KEYWORD = new Map(Object.entries(KEYWORD_SETS).flatMap(([set, keywords]) => keywords.map((k) => [k, set] as const)));

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The export names of the keyword sets that `schemas` (annotation-stripped details schemas) use,
 * sorted. A keyword neither the core nor a set checks is a generator bug (the catalog schema
 * admits no other): it throws rather than ship a schema the package would not check.
 */
export function keywordSetsFor(schemas: readonly unknown[]): string[] {
  const used = new Set<string>();
  const visit = (schema: unknown, pointer: string): void => {
    if (!isPlainObject(schema)) return;
    for (const [keyword, value] of Object.entries(schema)) {
      const set = SET_OF_KEYWORD.get(keyword);
      if (set !== undefined) used.add(set);
      else if (!CORE_KEYWORDS.includes(keyword)) throw new Error(`details schema ${pointer || '(root)'}: keyword ${JSON.stringify(keyword)} is checked by no details keyword set`);
      if (keyword === 'properties' || keyword === '$defs') {
        if (isPlainObject(value)) for (const [name, sub] of Object.entries(value)) visit(sub, `${pointer}/${keyword}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      } else if (keyword === 'items' || keyword === 'additionalProperties' || keyword === 'not') visit(value, `${pointer}/${keyword}`);
      else if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && Array.isArray(value)) value.forEach((sub, i) => visit(sub, `${pointer}/${keyword}/${i}`));
    }
  };
  for (const schema of schemas) visit(schema, '');
  return [...used].sort();
}
