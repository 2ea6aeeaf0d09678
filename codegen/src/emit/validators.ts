/**
 * validators.ts (internal module): every code's `details` JSON Schema as data, keyed by canonical
 * code, checked when a caller asks (detailsOf / detailsIssues, parse.ts); parseResponse never
 * imports them, so a bundle without those calls carries neither the schemas nor the validator.
 * Schemas are in the subset catalog.schema.json allows (DetailsSubschema), so no code is compiled
 * per schema: the package carries one small interpreter (packages/runtime/src/validate) composed of the keyword sets its schemas use
 * (keyword-sets.ts), plus these literals.
 */
import type { ApiModel } from '../model.js';
import { tsBanner } from './banner.js';
import { file, type GeneratedFile } from './files.js';
import { keywordSetsFor } from './keyword-sets.js';
import { setOwn } from './own-property.js';
import { tsKey, tsString } from './quote.js';

/** Keywords that only annotate: dropped so catalog prose does not travel into generated code. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'format']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', '$defs']);
/** Keywords whose value is a subschema. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not']);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of a schema without annotation keywords; property names and keyword values (enum, const) are kept verbatim. */
export function stripAnnotations(schema: unknown): unknown {
  if (!isPlainObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    let kept = value;
    if (SCHEMA_MAPS.has(key) && isPlainObject(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) setOwn(map, name, stripAnnotations(sub));
      kept = map;
    } else if (SUBSCHEMA.has(key)) kept = stripAnnotations(value);
    else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) kept = value.map(stripAnnotations);
    setOwn(out, key, kept);
  }
  return out;
}

/**
 * A JSON value as a TS expression: strings through tsString, keys through tsKey (`__proto__`
 * becomes a computed key, so it defines a property instead of setting the prototype).
 */
export function tsJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} is not a JSON number`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) return `[${value.map(tsJson).join(', ')}]`;
  if (isPlainObject(value)) {
    const members = Object.entries(value).map(([key, v]) => `${tsKey(key)}: ${tsJson(v)}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  throw new Error(`${typeof value} is not a JSON value`);
}

/**
 * True for a schema (annotations stripped) that accepts exactly the JSON objects: `type: "object"`
 * and at most `additionalProperties: true` (102 of zoho-crm's 150 schemas). detailsOf checks a
 * code without a schema the same way, with the same issue when details are no object (`type`,
 * "must be object", at the root), so such a schema is left out of the table: the result is the
 * same, the table is smaller, and the check skips the interpreter.
 */
export function acceptsAnyObject(schema: unknown): boolean {
  if (!isPlainObject(schema)) return false;
  const { type, additionalProperties, ...rest } = schema;
  const objectType = type === 'object' || (Array.isArray(type) && type.length === 1 && type[0] === 'object');
  return objectType && (additionalProperties === undefined || additionalProperties === true) && Object.keys(rest).length === 0;
}

export function emitValidators(api: ApiModel): GeneratedFile {
  // Per code, in the order of the code list: the schema the table carries, if any.
  const checked = api.codes.map((c) => {
    const schema = c.details === undefined ? undefined : stripAnnotations(c.details);
    return schema === undefined || acceptsAnyObject(schema) ? undefined : schema;
  });
  const schemas = checked.filter((s) => s !== undefined);
  const lines = [tsBanner(api.catalogFile)];
  if (schemas.length === 0) {
    lines.push(
      `import type { DetailsValidators } from '@errcat/runtime';`,
      '',
      '/** No code declares a details schema that checks more than "an object": detailsOf only checks that details are an object, and bundles no validator. */',
      'export const detailsValidators: DetailsValidators | undefined = undefined;',
    );
    return file('src/validators.ts', `${lines.join('\n')}\n`);
  }
  // In the order of the code list (entries.ts), which keys them: a code without a schema is a
  // hole, and the list ends at the last code with one. Each literal is cast to DetailsSchema:
  // left to infer, an array of thousands of distinct object literals is a union tsc gives up on
  // (TS2590 at 5,000 codes); the cast still fails a literal that is no DetailsSchema.
  let last = checked.length - 1;
  while (checked[last] === undefined) last--;
  const sets = keywordSetsFor(schemas);
  lines.push(
    `import { coveredDetailsValidator, tableOf, ${sets.map((name) => `${name}, `).join('')}type DetailsSchema, type DetailsValidators } from '@errcat/runtime';`,
    `import { ${api.names.codeList} } from './entries.js';`,
    '',
    '/** Details schemas by canonical code (annotations left out), checked by detailsOf and detailsIssues; codes without one (or whose schema only says "an object") are checked to be objects. */',
    'export const detailsValidators: DetailsValidators = {',
    `  schemas: /* @__PURE__ */ tableOf<DetailsSchema>(${api.names.codeList}, [`,
    ...checked.slice(0, last + 1).map((schema) => (schema === undefined ? '    ,' : `    ${tsJson(schema)} as DetailsSchema,`)),
    '  ]),',
    '  // Exactly the keyword sets these schemas use, as the generator checked: the others stay out of the bundle.',
    `  validate: /* @__PURE__ */ coveredDetailsValidator(${sets.join(', ')}),`,
    '};',
  );
  return file('src/validators.ts', `${lines.join('\n')}\n`);
}
