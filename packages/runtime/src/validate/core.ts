/**
 * Checks a value against a details schema given as data (types.ts): generated packages ship
 * their schemas as tables, and this interpreter replaces a compiled validator per code. The core
 * checks what nearly every schema uses (boolean schemas, type, properties, required,
 * additionalProperties, items); the other keywords come in keyword sets (keyword-set.ts) a package
 * composes only when its schemas use them, so a bundle carries only those. detailsValidator
 * (coverage.ts) adds the guard against schemas that use a keyword of a set left out.
 *
 * Verdicts, keywords, messages and their order are ajv's (draft 2020-12, allErrors, ownProperties),
 * so parse results say what they said when packages shipped ajv standalone code. A deliberate
 * difference: a schema property named `__proto__` is a property like any other (ajv skips it).
 *
 * A valid value costs one pass that builds nothing; only an invalid one is walked again to
 * collect its issues with their paths.
 */
import type { DetailsIssue } from '../types.js';
import { NO_ISSUES, report, type DetailsKeywords, type IssueSink, type KeywordCheck, type SchemaCheck } from './keyword-set.js';
import type { DetailsSchema, DetailsSchemaObject } from './types.js';

const hasOwn = Object.hasOwn as (o: object, key: string) => boolean;

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

function isAnyType(type: string | readonly string[], x: unknown): boolean {
  if (typeof type === 'string') return isType(type, x);
  for (let i = 0; i < type.length; i++) if (isType(type[i] as string, x)) return true;
  return false;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const PLACES = ['ref', 'value', 'applicator', 'number', 'string', 'array', 'object'] as const;

const typeMessage = (type: string | readonly string[]): string => `must be ${String(type)}`;

/**
 * The validate function DetailsValidators wants, checking the core keywords plus those of `sets`,
 * for schemas known to use no other keyword of a set: a generated package's, whose generator
 * composes every set its schemas use (codegen/src/emit/keyword-sets.ts, checked by tests). A
 * keyword of a set left out would go unchecked: when the schemas are not known ahead, use
 * detailsValidator. Compose once (module level), not per call.
 */
export function coveredDetailsValidator(...sets: readonly DetailsKeywords[]): (schema: DetailsSchema, value: unknown) => readonly DetailsIssue[] {
  // ajv checks a single `type` (or a list of one) that has keywords of its own group where that
  // group's keywords run, not first: the order of issues depends on it. These are each group's
  // keywords this validator checks (its schemas use no others; detailsValidator reports any).
  const groups: { [type: string]: (keyof DetailsSchemaObject)[] | undefined } = { number: [], string: [], array: ['items'], object: ['required', 'additionalProperties', 'properties'] };
  const at: { -readonly [place in keyof DetailsKeywords]?: KeywordCheck } = {};
  for (const set of sets)
    for (const place of PLACES) {
      const step = set[place];
      if (step === undefined) continue;
      at[place] = step.check;
      groups[place]?.push(...step.keywords);
    }
  const { ref, value, applicator, number, string, array, object } = at;

  const deferrable = (s: DetailsSchemaObject, type: string): boolean => groups[type]?.some((k) => s[k] !== undefined) === true;

  /**
   * Validity of `x` against `s`. Without `out` it stops at the first failure; with `out` it goes on
   * (ajv's allErrors) and appends every issue, `path` being the JSON pointer of `x`. The pattern
   * `if (!out) return false; ok = report(…)` keeps the valid path free of allocations.
   */
  const check: SchemaCheck = (s, x, root, out, path) => {
    if (s === true) return true;
    if (s === false) return !out ? false : report(out, path, 'false schema', 'boolean schema is false');
    let ok = true;

    const type = s.type;
    let deferredType: string | undefined;
    if (type !== undefined && !isAnyType(type, x)) {
      if (!out) return false;
      const single = typeof type === 'string' ? type : type.length === 1 ? (type[0] as string) : undefined;
      if (single !== undefined && deferrable(s, single)) deferredType = single;
      else ok = report(out, path, 'type', typeMessage(type));
    }
    // $ref, then const and enum, then not, anyOf, oneOf, allOf: ajv's order.
    if (ref && !ref(s, x as never, root, out, path, check)) {
      if (!out) return false;
      ok = false;
    }
    if (value && !value(s, x as never, root, out, path, check)) {
      if (!out) return false;
      ok = false;
    }
    if (applicator && !applicator(s, x as never, root, out, path, check)) {
      if (!out) return false;
      ok = false;
    }

    // The keywords of x's own type, in ajv's order of groups: number, string, array, object.
    if (Number.isFinite(x)) {
      if (number && !number(s, x as never, root, out, path, check)) {
        if (!out) return false;
        ok = false;
      }
    } else if (deferredType === 'number') ok = report(out as DetailsIssue[], path, 'type', typeMessage('number'));

    if (typeof x === 'string') {
      if (string && !string(s, x as never, root, out, path, check)) {
        if (!out) return false;
        ok = false;
      }
    } else if (deferredType === 'string') ok = report(out as DetailsIssue[], path, 'type', typeMessage('string'));

    if (Array.isArray(x)) {
      if (array && !array(s, x as never, root, out, path, check)) {
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
      if (object && !object(s, x as never, root, out, path, check)) {
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
  };

  return (schema, value) => {
    if (check(schema, value, schema, undefined, '')) return NO_ISSUES;
    const issues: DetailsIssue[] = [];
    check(schema, value, schema, issues, '');
    return issues;
  };
}
