/**
 * Phase 2a, validate: the catalog against catalog.schema.json with ajv (strict, all errors),
 * and every `details` JSON Schema in it against the draft 2020-12 meta-schema.
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import type { SourceFile } from '../load.js';
import { describeValue, type Problem } from '../problems.js';
import { escapePointer, parseSource, readText } from '../load.js';
import * as precompiled from './catalog-validator.js';
import { nearest } from './nearest.js';

/**
 * ajv is loaded on first use, not with this module: a run whose catalog schema is the one
 * precompiled into catalog-validator.ts never needs its compiler.
 */
const load = createRequire(import.meta.url);

export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020: Ajv } = load('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = load('ajv-formats') as typeof addFormatsModule.default;
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, ...options });
  addFormats(ajv);
  return ajv;
}

/** Identifies a schema text (catalog-validator.ts records the one it was compiled from). */
export const schemaHash = (text: string): string => createHash('sha256').update(text).digest('hex');

let cached: { path: string; validate: ValidateFunction } | undefined;

/**
 * catalog.schema.json compiled: the precompiled validator when the file is the schema it was
 * generated from (every run in this repository), else compiled by ajv now (another schema, or an
 * edit not yet regenerated with `pnpm generate:schema-types`).
 */
export function catalogValidator(schemaPath: string, root = dirname(dirname(schemaPath))): ValidateFunction | Problem {
  if (cached?.path !== schemaPath) {
    // Read as a catalog is: the README invites editing this schema, and a slip in it is a
    // located problem (file:line:column), not an internal error. Parsed only when it is not the
    // precompiled schema (every run in this repository skips that).
    const read = readText(schemaPath, root);
    if (!('text' in read)) return read;
    let validate: ValidateFunction;
    if (schemaHash(read.text) === precompiled.schemaHash) validate = precompiled.validate as unknown as ValidateFunction;
    else {
      const source = parseSource(read.file, read.text);
      if (!('data' in source)) return source;
      try {
        validate = createAjv().compile(source.data as object);
      } catch (error) {
        return {
          file: source.file,
          line: 1,
          column: 1,
          pointer: '',
          rule: 'catalog-schema',
          message: 'the catalog schema does not compile',
          expected: 'a JSON Schema (draft 2020-12) that ajv compiles in strict mode',
          found: (error as Error).message,
        };
      }
    }
    cached = { path: schemaPath, validate };
  }
  return cached.validate;
}

export function validateAgainstSchema(source: SourceFile, validate: ValidateFunction): Problem[] {
  if (validate(source.data)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((error) => schemaProblem(source, error));
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/**
 * One ajv error as a Problem. Where it points depends on the keyword: a missing property is
 * reported on the object that lacks it, an unknown property on its name, anything else on the value.
 */
function schemaProblem(source: SourceFile, error: ErrorObject): Problem {
  let pointer = error.instancePath;
  const value = valueAt(source.data, pointer);
  let expected: string;
  let found = describeValue(value);
  let message = error.message ?? 'is invalid';
  let onKey = false;
  const params = error.params as Record<string, unknown>;
  const limit = Number(params.limit);
  switch (error.keyword) {
    case 'required':
      expected = `property "${String(params.missingProperty)}"`;
      found = `an object without "${String(params.missingProperty)}"`;
      message = `missing required property "${String(params.missingProperty)}"`;
      break;
    case 'additionalProperties':
      pointer = `${pointer}/${escapePointer(String(params.additionalProperty))}`;
      onKey = true;
      expected = `one of the properties the schema declares here${allowedProperties(error)}`;
      found = `property "${String(params.additionalProperty)}"`;
      message = `unknown property "${String(params.additionalProperty)}"${didYouMean(String(params.additionalProperty), error)}`;
      break;
    case 'type': {
      const types = Array.isArray(params.type) ? (params.type as string[]) : String(params.type).split(',');
      expected = types.join(' or ');
      found = `${jsonType(value)} ${found}`;
      message = `must be ${types.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ')}`;
      break;
    }
    case 'enum':
      expected = `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      message = 'must be one of the allowed values';
      break;
    case 'const':
      expected = JSON.stringify(params.allowedValue);
      break;
    case 'pattern':
      expected = `a string matching /${String(params.pattern)}/`;
      message = 'does not match the required pattern';
      break;
    case 'format':
      expected = `a valid ${String(params.format)}`;
      message = `must be a valid ${String(params.format)}`;
      break;
    case 'minLength':
      expected = limit === 1 ? 'a non-empty string' : `a string of at least ${plural(limit, 'character')}`;
      message = limit === 1 ? 'must not be empty' : `must have at least ${plural(limit, 'character')}`;
      break;
    case 'maxLength':
      expected = `a string of at most ${plural(limit, 'character')}`;
      break;
    case 'minItems':
      expected = `an array with at least ${plural(limit, 'item')}`;
      found = Array.isArray(value) ? `${plural(value.length, 'item')}` : found;
      message = limit === 1 ? 'must not be empty' : `must have at least ${plural(limit, 'item')}`;
      break;
    case 'minProperties':
      expected = `an object with at least ${plural(limit, 'property', 'properties')}`;
      found = value !== null && typeof value === 'object' ? plural(Object.keys(value).length, 'property', 'properties') : found;
      message = limit === 1 ? 'must not be empty' : `must have at least ${plural(limit, 'property', 'properties')}`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      expected = `a number ${String(params.comparison)} ${limit}`;
      message = `must be ${String(params.comparison)} ${limit}`;
      break;
    case 'uniqueItems':
      expected = 'no repeated items';
      message = `items ${String(params.j)} and ${String(params.i)} are identical`;
      break;
    default:
      expected = message;
  }
  const { line, column } = onKey ? source.locateKey(pointer) : source.locate(pointer);
  return { file: source.file, line, column, pointer, rule: `schema/${error.keyword}`, message, expected, found };
}

function didYouMean(property: string, error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const [best] = nearest(property, Object.keys(properties), 1);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** The property names a closed object allows, read from the schema ajv reports for it (empty when unknown). */
function allowedProperties(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (properties === undefined) return '';
  const names = Object.keys(properties);
  return names.length === 0 ? '' : `: ${names.map((n) => `"${n}"`).join(', ')}`;
}

export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let value: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
