/** Catalog names as TypeScript identifiers (names.ts). */
import { describe, expect, it } from 'vitest';
import { toIdentifier } from '../src/names.js';

describe('toIdentifier', () => {
  it('keeps safe names and prefixes reserved words and non-identifiers with _', () => {
    expect(toIdentifier('INVALID_TOKEN')).toBe('INVALID_TOKEN');
    expect(toIdentifier('delete')).toBe('_delete');
    expect(toIdentifier('9450')).toBe('_9450');
  });

  it('never yields __proto__: as a CommonJS export or an enum member it would set a prototype, not a member', () => {
    const name = toIdentifier('__proto__');
    expect(name).toBe('___proto__');
    // What the CommonJS build and an enum do with the name: the member must be an own property.
    const exports: Record<string, unknown> = {};
    exports[name] = 1;
    expect(Object.keys(exports)).toEqual([name]);
  });
});
