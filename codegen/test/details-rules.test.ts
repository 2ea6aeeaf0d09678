/**
 * details-runnable and example-matches on details schemas the catalog schema accepts but the
 * runtime validator could not run: unresolvable or endless $refs, patterns that do not compile
 * with the u flag. (lint-rules.test.ts checks positions on whole fixture catalogs.)
 */
import { describe, expect, it } from 'vitest';
import type { ApiInfo, CodeEntry } from '../src/catalog.types.js';
import { detailsSchemaProblems } from '../src/validate/details.js';
import { rules, type RuleInput } from '../src/validate/semantic.js';

const problems = (details: object) => detailsSchemaProblems(details as never).map((p) => `${p.pointer}: ${p.message}`);

describe('detailsSchemaProblems', () => {
  it('accepts the references the runtime follows', () => {
    expect(problems({ $defs: { a: { type: 'string' } }, properties: { x: { $ref: '#/$defs/a' } } })).toEqual([]);
    expect(problems({ type: 'object', properties: { next: { $ref: '#' } } })).toEqual([]);
    // Recursion that goes into the value ends with the value.
    expect(problems({ $defs: { n: { items: { $ref: '#/$defs/n' } } }, $ref: '#/$defs/n' })).toEqual([]);
    expect(problems({ $defs: { n: { additionalProperties: { $ref: '#/$defs/n' } } }, $ref: '#/$defs/n' })).toEqual([]);
    expect(problems({ $defs: { a: { $ref: '#/$defs/b' }, b: { type: 'string' } }, $ref: '#/$defs/a' })).toEqual([]);
  });

  it('reports references that resolve to nothing, and says what would', () => {
    expect(detailsSchemaProblems({ properties: { x: { $ref: '#/$defs/b' } }, $defs: { a: true, 'x/y': true } })).toEqual([
      {
        pointer: '/$defs/x~1y',
        message: '$defs name "x/y" cannot be named by a $ref',
        expected: 'a name without "/", "~" or "%"',
        found: '"x/y"',
      },
      {
        pointer: '/properties/x/$ref',
        message: '$ref "#/$defs/b" does not name an entry of $defs',
        expected: '"#" or one of "#/$defs/a"',
        found: '"#/$defs/b"',
      },
    ]);
    expect(problems({ $ref: 'other.json#/$defs/a' })).toEqual(['/$ref: $ref "other.json#/$defs/a" does not name an entry of $defs']);
    expect(problems({ $ref: '#/properties/a' })).toEqual(['/$ref: $ref "#/properties/a" does not name an entry of $defs']);
    expect(problems({ $ref: '#/$defs/__proto__', $defs: {} })).toEqual(['/$ref: $ref "#/$defs/__proto__" does not name an entry of $defs']);
    // Entries exist, but none a $ref can spell: the expectation says so instead of listing nothing.
    expect(detailsSchemaProblems({ properties: { x: { $ref: '#/$defs/a~1b' } }, $defs: { 'a/b': true } }).find((p) => p.pointer === '/properties/x/$ref')?.expected).toBe(
      '"#", or "#/$defs/<name>" with <name> in the root $defs (none of whose names a $ref can spell)',
    );
  });

  it('reports $defs below the root, where the runtime never looks', () => {
    expect(problems({ properties: { x: { $defs: { a: true } } } })).toEqual(['/properties/x/$defs: $defs is only read at the root of a details schema']);
  });

  it('reports $ref loops on one value: through $ref, allOf, anyOf, oneOf and not', () => {
    expect(problems({ $ref: '#' })).toEqual(['/$ref: $ref "#" loops back to itself without going into the value']);
    expect(problems({ $defs: { a: { not: { $ref: '#/$defs/a' } } }, $ref: '#/$defs/a' })).toEqual([
      '/$defs/a/not/$ref: $ref "#/$defs/a" loops back to itself without going into the value',
    ]);
    expect(problems({ $defs: { a: { allOf: [{ $ref: '#/$defs/b' }] }, b: { oneOf: [true, { $ref: '#/$defs/a' }] } } })).toEqual([
      '/$defs/a/allOf/0/$ref: $ref "#/$defs/b" loops back to itself without going into the value',
      '/$defs/b/oneOf/1/$ref: $ref "#/$defs/a" loops back to itself without going into the value',
    ]);
  });

  it('reports patterns that do not compile with the u flag', () => {
    expect(detailsSchemaProblems({ properties: { a: { pattern: '^[\\w-.]+$' }, b: { pattern: '^\\p{L}+$' } } })).toEqual([
      {
        pointer: '/properties/a/pattern',
        message: 'pattern is not a valid regular expression with the u flag',
        expected: 'a regular expression that compiles with the u flag (as the runtime and ajv compile it)',
        found: 'Invalid regular expression: /^[\\w-.]+$/u: Invalid character class',
      },
    ]);
  });

  it('walks every subschema, but not enum and const data', () => {
    const bad = { pattern: '(' };
    const schema = { items: bad, additionalProperties: bad, not: bad, anyOf: [bad], oneOf: [bad], allOf: [bad], properties: { p: bad }, $defs: { d: bad }, enum: [bad], const: bad };
    expect(detailsSchemaProblems(schema).map((p) => p.pointer).sort()).toEqual(
      ['/$defs/d', '/additionalProperties', '/allOf/0', '/anyOf/0', '/items', '/not', '/oneOf/0', '/properties/p'].map((p) => `${p}/pattern`),
    );
  });
});

describe('rules on details schemas', () => {
  const api = { envelope: { codeField: 'code', codeType: 'string', messageFields: ['message'], detailsField: 'details' } } as unknown as ApiInfo;
  const entry = (details: object, exampleDetails: unknown): CodeEntry =>
    ({ code: 'X', message: 'Bad.', details, example: { code: 'X', message: 'Bad.', details: exampleDetails } }) as unknown as CodeEntry;
  const run = (name: string, input: RuleInput) => {
    const found: string[] = [];
    rules.find((r) => r.name === name)?.check(input, (pointer, message, detail) => found.push(`${pointer}: ${message} | ${detail?.expected ?? ''}`));
    return found;
  };

  it('details-runnable points into the entry', () => {
    expect(run('details-runnable', { api, codes: [{ entry: entry({ $ref: '#/$defs/a' }, {}), index: 3 }] })).toEqual([
      '/codes/3/details/$ref: $ref "#/$defs/a" does not name an entry of $defs | "#", or "#/$defs/<name>" with <name> in the root $defs (there are none)',
    ]);
  });

  it('example-matches checks example details with the runtime validator, in its words', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer', minimum: 1 } }, required: ['id'] };
    expect(run('example-matches', { api, codes: [{ entry: entry(schema, { n: 0 }), index: 0 }] })).toEqual([
      "/codes/0/example/details: the example's details do not match the details schema | (details) must have required property 'id'; /n must be >= 1",
    ]);
    expect(run('example-matches', { api, codes: [{ entry: entry(schema, { n: 2, id: 'a' }), index: 0 }] })).toEqual([]);
  });

  it('example-matches leaves a schema the validator cannot run to details-runnable', () => {
    expect(run('example-matches', { api, codes: [{ entry: entry({ $ref: '#' }, {}), index: 0 }] })).toEqual([]);
    expect(run('example-matches', { api, codes: [{ entry: entry({ properties: { a: { pattern: '(' } } }, { a: 'x' }), index: 0 }] })).toEqual([]);
  });
});
