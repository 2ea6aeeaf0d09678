/**
 * Phase 2a, validate: the catalog against catalog.schema.json with ajv (strict, all errors),
 * and every `details` JSON Schema in it against the draft 2020-12 meta-schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { SourceFile } from '../load.js';
import { describeValue, type Problem } from '../problems.js';
import { escapePointer } from '../load.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

let cached: { path: string; validate: ValidateFunction } | undefined;

export function catalogValidator(schemaPath: string): ValidateFunction {
  if (cached?.path !== schemaPath) {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    cached = { path: schemaPath, validate: createAjv().compile(schema) };
  }
  return cached.validate;
}

export function validateAgainstSchema(source: SourceFile, validate: ValidateFunction): Problem[] {
  if (validate(source.data)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((error) => schemaProblem(source, error));
}

function schemaProblem(source: SourceFile, error: ErrorObject): Problem {
  let pointer = error.instancePath;
  let expected: string | undefined;
  let found: string | undefined = describeValue(valueAt(source.data, pointer));
  let message = error.message ?? 'is invalid';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      expected = `property "${String(params.missingProperty)}"`;
      found = 'no such property';
      message = `missing required property "${String(params.missingProperty)}"`;
      break;
    case 'additionalProperties':
      pointer = `${pointer}/${escapePointer(String(params.additionalProperty))}`;
      expected = 'only the properties the schema declares';
      found = `property "${String(params.additionalProperty)}"`;
      message = `unknown property "${String(params.additionalProperty)}"`;
      break;
    case 'type':
      expected = String(params.type).replace(',', ' or ');
      found = `${jsonType(valueAt(source.data, pointer))} ${found}`;
      break;
    case 'enum':
      expected = `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'pattern':
      expected = `a string matching /${String(params.pattern)}/`;
      break;
    case 'format':
      expected = `a ${String(params.format)}`;
      break;
    default:
      expected = message;
  }
  const { line, column } = source.locate(pointer);
  return { file: source.file, line, column, pointer, rule: `schema/${error.keyword}`, message, expected, found };
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

/** Each code's `details` must itself be a JSON Schema that ajv compiles in strict mode. */
export function validateDetailsSchemas(source: SourceFile, ajv: Ajv2020): Problem[] {
  const problems: Problem[] = [];
  const codes = (source.data as { codes?: unknown }).codes;
  if (!Array.isArray(codes)) return problems;
  codes.forEach((entry, index) => {
    const details = (entry as { details?: unknown } | null)?.details;
    if (details === undefined || details === null || typeof details !== 'object') return;
    const pointer = `/codes/${index}/details`;
    try {
      ajv.compile(details as object);
    } catch (error) {
      const { line, column } = source.locate(pointer);
      problems.push({
        file: source.file,
        line,
        column,
        pointer,
        rule: 'details-schema',
        message: 'details is not a valid JSON Schema',
        expected: 'a draft 2020-12 JSON Schema that compiles in strict mode',
        found: (error as Error).message,
      });
    }
  });
  return problems;
}
