import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsdocText, lineCommentText, tsCode, tsKey, tsString } from '../src/emit/quote.js';

const evaluate = (source: string): unknown => new Function(`return (${source});`)();

describe('tsString', () => {
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 2000 })('round-trips any string through a JS literal', (s) => {
    expect(evaluate(tsString(s))).toBe(s);
  });

  it('escapes line and paragraph separators, which older parsers treat as line ends', () => {
    expect(tsString('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });
});

describe('tsCode', () => {
  it('keeps integers as numbers and quotes strings', () => {
    expect(tsCode(9450)).toBe('9450');
    expect(tsCode('9450')).toBe('"9450"');
  });

  it('refuses integers that would lose precision', () => {
    expect(() => tsCode(2 ** 60)).toThrow(/safe integer/);
  });
});

describe('tsKey', () => {
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 2000 })('defines exactly that own property in an object literal', (key) => {
    const object = evaluate(`{ ${tsKey(key)}: 1 }`) as object;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual([key]);
  });

  it('computes __proto__ so it never sets the prototype', () => {
    expect(tsKey('__proto__')).toBe('["__proto__"]');
  });
});

describe('jsdocText', () => {
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 2000 })('can never close the comment or add a line break inside a line', (s) => {
    for (const line of jsdocText(s)) {
      expect(line).not.toContain('*/');
      expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
    }
  });

  it('neutralizes tags at word starts', () => {
    expect(jsdocText('see @deprecated now')).toEqual(['see \\@deprecated now']);
    expect(jsdocText('mail a@b.c')).toEqual(['mail a@b.c']);
  });
});

describe('lineCommentText', () => {
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 2000 })('never ends a // comment line', (s) => {
    expect(lineCommentText(s)).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('writes line terminators as their escapes and leaves the rest', () => {
    expect(lineCommentText('catalog/a\nb\r\u2028\u2029.json')).toBe('catalog/a\\nb\\r\\u2028\\u2029.json');
  });
});

describe('fast paths', () => {
  // The rewrites as they were before jsdocText and tsString skipped text that needs none of them.
  const jsdocReference = (text: string): string[] =>
    text
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/\*\//g, '*\\/')
      .replace(/(^|\s)@/g, '$1\\@')
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''));
  const tsStringReference = (value: string): string => JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const textLike = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z @*/\t \n\r\u2028\u00a0]{0,20}$/));

  test.prop([textLike], { numRuns: 5000 })('jsdocText gives what the full rewrite gives', (s) => {
    expect(jsdocText(s)).toEqual(jsdocReference(s));
  });

  test.prop([textLike], { numRuns: 5000 })('tsString gives what the full rewrite gives', (s) => {
    expect(tsString(s)).toBe(tsStringReference(s));
  });
});
