/** Lookup tables: `table` (from an object literal) and `tableOf` (from the code list and values in its order). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { table, tableOf } from '../src/index.js';

describe('tableOf', () => {
  it('keys each value by the key at its position, skipping holes and undefined, on a null prototype', () => {
    const t = tableOf<string>(['A', 7, '__proto__', 'constructor', 'Z'], ['a', , '__proto__ value', undefined]);
    expect(Object.getPrototypeOf(t)).toBeNull();
    expect(Object.keys(t).sort()).toEqual(['A', '__proto__']);
    expect(t.A).toBe('a');
    expect(t.__proto__).toBe('__proto__ value');
    expect(t['7']).toBeUndefined();
    expect(t.constructor).toBeUndefined();
    expect(t.Z).toBeUndefined();
  });

  it('reads integer keys as numbers or digit strings alike', () => {
    const t = tableOf<number>([4000, 9350], [1, 2]);
    expect(t[4000]).toBe(1);
    expect(t['9350']).toBe(2);
  });

  it('refuses more values than keys (a generated list and its table out of step)', () => {
    expect(() => tableOf(['A'], [1, 2])).toThrow(/2 values for 1 keys/);
  });

  it('is the table of the same pairs written as an object literal', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string(), fc.nat()), { selector: String }), fc.array(fc.option(fc.integer(), { nil: undefined })), (keys, raw) => {
        const values = raw.slice(0, keys.length);
        const literal: Record<string, number> = {};
        values.forEach((v, i) => {
          if (v !== undefined) Object.defineProperty(literal, String(keys[i]), { value: v, enumerable: true, writable: true, configurable: true });
        });
        expect({ ...tableOf(keys, values) }).toEqual({ ...table(literal) });
      }),
      { numRuns: 1000 },
    );
  });
});
