/**
 * The two walks over catalog JSON that replaced serializing it: copyJson (the model's copies of
 * `details` and examples) and mentionsRef (which details schemas json-schema-to-typescript must
 * see through `$defs`). Each is held to what it replaced, over arbitrary JSON.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mentionsRef } from '../src/emit/details.js';
import { copyJson } from '../src/json-copy.js';

// JSON with "$ref" and "__proto__" among the keys and strings, as catalogs may hold them.
const key = fc.oneof(fc.string(), fc.constantFrom('$ref', '__proto__', 'properties', 'enum'));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string(), fc.constantFrom('$ref', '"$ref"', 'a "$ref" b')),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('copyJson', () => {
  test.prop([json], { numRuns: 2000 })('copies to the same JSON, keys in order, sharing no object', (value) => {
    const copy = copyJson(value);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    const objects = (v: unknown, into: Set<unknown>): Set<unknown> => {
      if (v !== null && typeof v === 'object') {
        into.add(v);
        for (const child of Object.values(v)) objects(child, into);
      }
      return into;
    };
    const originals = objects(value, new Set());
    for (const o of objects(copy, new Set())) expect(originals.has(o)).toBe(false);
  });

  it('keeps __proto__ as an own key', () => {
    const copy = copyJson(JSON.parse('{"__proto__": {"a": 1}}') as object);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});

describe('mentionsRef', () => {
  test.prop([json], { numRuns: 3000 })('is true exactly when the JSON text holds "$ref"', (value) => {
    expect(mentionsRef(value)).toBe(JSON.stringify(value).includes('"$ref"'));
  });
});
