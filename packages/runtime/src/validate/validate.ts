/**
 * Checks a value against a details schema given as data (types.ts): generated packages ship
 * their schemas as tables, and this one interpreter replaces a compiled validator per code.
 *
 * Verdicts, keywords, messages and their order are ajv's (draft 2020-12, allErrors, ownProperties),
 * so parse results say what they said when packages shipped ajv standalone code. Two deliberate
 * differences: a schema property named `__proto__` is a property like any other (ajv skips it),
 * and `multipleOf` uses Number.isInteger (ajv's parseInt misjudges quotients of 1e21 and more).
 *
 * A valid value costs one pass that builds nothing; only an invalid one is walked again to
 * collect its issues with their paths.
 */
import type { DetailsIssue } from '../types.js';
import { jsonEqual, ucs2length } from './json.js';
import type { DetailsSchema, DetailsSchemaObject } from './types.js';

type Issues = DetailsIssue[] | undefined;

const NO_ISSUES: readonly DetailsIssue[] = Object.freeze([]);
const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

/** Each pattern is compiled once, on first use, whatever number of schemas or calls share it. */
let patterns: Map<string, RegExp> | undefined;

function regExp(pattern: string): RegExp {
  patterns ??= new Map();
  let re = patterns.get(pattern);
  if (re === undefined) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

/** Why `value` does not match `schema`; empty when it does. */
export function validateDetails(schema: DetailsSchema, value: unknown): readonly DetailsIssue[] {
  if (check(schema, value, schema, undefined, '')) return NO_ISSUES;
  const issues: DetailsIssue[] = [];
  check(schema, value, schema, issues, '');
  return issues;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isType(type: string, x: unknown): boolean {
  switch (type) {
    case 'string':
    case 'boolean':
      return typeof x === type;
    case 'number':
      return Number.isFinite(x);
    case 'integer':
      return Number.isInteger(x);
    case 'null':
      return x === null;
    case 'array':
      return Array.isArray(x);
    case 'object':
      return isObject(x);
  }
  return false;
}

/**
 * ajv checks a single `type` (or a list of one) that has keywords of its own group (number, string, array, object)
 * where that group's keywords run, not first: the order of issues depends on it.
 */
function typeGroupHasKeywords(s: DetailsSchemaObject, type: string): boolean {
  const keywords = GROUP_KEYWORDS[type];
  return keywords !== undefined && keywords.some((k) => s[k] !== undefined);
}

const GROUP_KEYWORDS: { readonly [type: string]: ReadonlyArray<keyof DetailsSchemaObject> | undefined } = {
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'],
  string: ['maxLength', 'minLength', 'pattern'],
  array: ['maxItems', 'minItems', 'items'],
  object: ['maxProperties', 'minProperties', 'required', 'additionalProperties', 'properties'],
};

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolve(root: DetailsSchema, ref: string): DetailsSchema | undefined {
  if (ref === '#') return root;
  const defs = typeof root === 'object' ? root.$defs : undefined;
  const name = ref.slice(8);
  return ref.startsWith('#/$defs/') && defs !== undefined && hasOwn(defs, name) ? defs[name] : undefined;
}

function report(out: DetailsIssue[], path: string, keyword: string, message: string): false {
  out.push({ path, keyword, message });
  return false;
}

const typeMessage = (type: string | readonly string[]): string => `must be ${String(type)}`;

/**
 * Validity of `x` against `s`. Without `out` it stops at the first failure; with `out` it goes on
 * (ajv's allErrors) and appends every issue, `path` being the JSON pointer of `x`. The pattern
 * `if (!out) return false; ok = report(…)` keeps the valid path free of allocations.
 */
function check(s: DetailsSchema, x: unknown, root: DetailsSchema, out: Issues, path: string): boolean {
  if (s === true) return true;
  if (s === false) return !out ? false : report(out, path, 'false schema', 'boolean schema is false');
  let ok = true;

  const type = s.type;
  let deferredType: string | undefined;
  if (type !== undefined && !isAnyType(type, x)) {
    if (!out) return false;
    const single = typeof type === 'string' ? type : type.length === 1 ? (type[0] as string) : undefined;
    if (single !== undefined && typeGroupHasKeywords(s, single)) deferredType = single;
    else ok = report(out, path, 'type', typeMessage(type));
  }

  if (s.$ref !== undefined) {
    const target = resolve(root, s.$ref);
    if (target === undefined) {
      if (!out) return false;
      ok = report(out, path, '$ref', `can't resolve reference ${s.$ref}`);
    } else if (!check(target, x, root, out, path)) {
      if (!out) return false;
      ok = false;
    }
  }
  if (s.const !== undefined && !jsonEqual(s.const, x)) {
    if (!out) return false;
    ok = report(out, path, 'const', 'must be equal to constant');
  }
  if (s.enum !== undefined && !includes(s.enum, x)) {
    if (!out) return false;
    ok = report(out, path, 'enum', 'must be equal to one of the allowed values');
  }
  if (s.not !== undefined && check(s.not, x, root, undefined, path)) {
    if (!out) return false;
    ok = report(out, path, 'not', 'must NOT be valid');
  }
  if (s.anyOf !== undefined) {
    const before = out ? out.length : 0;
    let passed = false;
    for (let i = 0; i < s.anyOf.length && !passed; i++) passed = check(s.anyOf[i] as DetailsSchema, x, root, out, path);
    if (passed) {
      if (out) out.length = before;
    } else {
      if (!out) return false;
      ok = report(out, path, 'anyOf', 'must match a schema in anyOf');
    }
  }
  if (s.oneOf !== undefined) {
    const before = out ? out.length : 0;
    let passing = 0;
    // As in ajv, the schemas after the second one that passes are not evaluated.
    for (let i = 0; i < s.oneOf.length && passing < 2; i++) if (check(s.oneOf[i] as DetailsSchema, x, root, out, path)) passing++;
    if (passing === 1) {
      if (out) out.length = before;
    } else {
      if (!out) return false;
      ok = report(out, path, 'oneOf', 'must match exactly one schema in oneOf');
    }
  }
  if (s.allOf !== undefined)
    for (let i = 0; i < s.allOf.length; i++)
      if (!check(s.allOf[i] as DetailsSchema, x, root, out, path)) {
        if (!out) return false;
        ok = false;
      }

  // The keywords of x's own type, in ajv's order of groups: number, string, array, object.
  if (Number.isFinite(x)) {
    for (let i = 0; i < BOUNDS.length; i++) {
      const [keyword, fails, op] = BOUNDS[i] as Bound;
      const limit = s[keyword];
      if (limit !== undefined && fails(x as number, limit)) {
        if (!out) return false;
        ok = report(out, path, keyword, `must be ${op} ${limit}`);
      }
    }
  } else if (deferredType === 'number') ok = report(out as DetailsIssue[], path, 'type', typeMessage('number'));

  if (typeof x === 'string') {
    if ((s.maxLength !== undefined || s.minLength !== undefined) && !counts(s, 'maxLength', 'minLength', 'characters', ucs2length(x), out, path)) {
      if (!out) return false;
      ok = false;
    }
    if (s.pattern !== undefined && !regExp(s.pattern).test(x)) {
      if (!out) return false;
      ok = report(out, path, 'pattern', `must match pattern "${s.pattern}"`);
    }
  } else if (deferredType === 'string') ok = report(out as DetailsIssue[], path, 'type', typeMessage('string'));

  if (Array.isArray(x)) {
    if (!counts(s, 'maxItems', 'minItems', 'items', x.length, out, path)) {
      if (!out) return false;
      ok = false;
    }
    const items = s.items;
    if (items !== undefined)
      for (let i = 0; i < x.length; i++)
        if (!check(items, x[i], root, out, out ? `${path}/${i}` : '')) {
          if (!out) return false;
          ok = false;
        }
  } else if (deferredType === 'array') ok = report(out as DetailsIssue[], path, 'type', typeMessage('array'));

  if (isObject(x)) {
    if ((s.maxProperties !== undefined || s.minProperties !== undefined) && !counts(s, 'maxProperties', 'minProperties', 'properties', Object.keys(x).length, out, path)) {
      if (!out) return false;
      ok = false;
    }
    const required = s.required;
    if (required !== undefined)
      for (let i = 0; i < required.length; i++) {
        const name = required[i] as string;
        if (x[name] === undefined || !hasOwn(x, name)) {
          if (!out) return false;
          ok = report(out, path, 'required', `must have required property '${name}'`);
        }
      }
    const properties = s.properties;
    const extra = s.additionalProperties;
    if (extra !== undefined && extra !== true) {
      const keys = Object.keys(x);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        if (properties !== undefined && hasOwn(properties, key)) continue;
        if (!out) {
          if (extra === false || !check(extra, x[key], root, out, '')) return false;
        } else if (extra === false) ok = report(out, path, 'additionalProperties', 'must NOT have additional properties');
        else if (!check(extra, x[key], root, out, `${path}/${escape(key)}`)) ok = false;
      }
    }
    if (properties !== undefined)
      for (const key in properties) {
        const value = x[key];
        if (value !== undefined && hasOwn(x, key) && !check(properties[key] as DetailsSchema, value, root, out, out ? `${path}/${escape(key)}` : '')) {
          if (!out) return false;
          ok = false;
        }
      }
  } else if (deferredType === 'object') ok = report(out as DetailsIssue[], path, 'type', typeMessage('object'));
  return ok;
}

type Bound = readonly [keyword: 'maximum' | 'minimum' | 'exclusiveMaximum' | 'exclusiveMinimum' | 'multipleOf', fails: (value: number, limit: number) => boolean, op: string];

/** The number keywords in ajv's order, with ajv's wording (`must be <= 3`). */
const BOUNDS: readonly Bound[] = [
  ['maximum', (v, n) => v > n, '<='],
  ['minimum', (v, n) => v < n, '>='],
  ['exclusiveMaximum', (v, n) => v >= n, '<'],
  ['exclusiveMinimum', (v, n) => v <= n, '>'],
  ['multipleOf', (v, n) => !Number.isInteger(v / n), 'multiple of'],
];

/** maxLength/minLength, maxItems/minItems, maxProperties/minProperties on a count. */
function counts(
  s: DetailsSchemaObject,
  max: 'maxLength' | 'maxItems' | 'maxProperties',
  min: 'minLength' | 'minItems' | 'minProperties',
  unit: string,
  count: number,
  out: Issues,
  path: string,
): boolean {
  let ok = true;
  const most = s[max];
  const least = s[min];
  if (most !== undefined && count > most) {
    if (!out) return false;
    ok = report(out, path, max, `must NOT have more than ${most} ${unit}`);
  }
  if (least !== undefined && count < least) {
    if (!out) return false;
    ok = report(out, path, min, `must NOT have fewer than ${least} ${unit}`);
  }
  return ok;
}

function isAnyType(type: string | readonly string[], x: unknown): boolean {
  if (typeof type === 'string') return isType(type, x);
  for (let i = 0; i < type.length; i++) if (isType(type[i] as string, x)) return true;
  return false;
}

function includes(values: readonly unknown[], x: unknown): boolean {
  for (let i = 0; i < values.length; i++) if (jsonEqual(values[i], x)) return true;
  return false;
}
