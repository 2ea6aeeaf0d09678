/** Header value parsing, and the JSON helpers the details validator counts and compares with. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, parseDigits, parseSecondsOrDate, ucs2length } from '../src/index.js';

describe('parseDigits', () => {
  it.each([
    ['0', 0],
    ['120', 120],
    [' 42 ', 42],
    ['007', 7],
  ])('%j → %s', (text, value) => expect(parseDigits(text)).toBe(value));
  it.each(['', ' ', '-1', '+1', '1.5', '1e3', '0x10', '12a', '1234567890123456'])('%j → undefined', (text) =>
    expect(parseDigits(text)).toBeUndefined(),
  );
});

describe('parseSecondsOrDate', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseSecondsOrDate('120', now)).toBe(120);
    expect(parseSecondsOrDate('Thu, 01 Jan 2026 12:01:00 GMT', now)).toBe(60);
    expect(parseSecondsOrDate('Thu, 01 Jan 2026 12:00:00 GMT', now + 500)).toBe(0);
    expect(parseSecondsOrDate('Thu, 01 Jan 2026 12:00:01 GMT', now + 500)).toBe(1);
    expect(parseSecondsOrDate('later', now)).toBeUndefined();
  });
});

describe('ucs2length', () => {
  it('counts code points, as JSON Schema length keywords do', () => {
    expect(ucs2length('')).toBe(0);
    expect(ucs2length('abc')).toBe(3);
    expect(ucs2length('😀a')).toBe(2);
    expect(ucs2length('\uD83D')).toBe(1);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => ucs2length(s) === [...s].length));
  });
});

/** JSON text with keys sorted at every level: equal texts ⇔ deeply equal values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

describe('jsonEqual', () => {
  it('is deep equality of JSON values', () => {
    expect(jsonEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual(1, '1')).toBe(false);
    expect(jsonEqual(Number.NaN, Number.NaN)).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null)), (a, b) => {
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
        expect(jsonEqual(a, b)).toBe(jsonEqual(b, a));
      }),
    );
  });
});
