/**
 * validateDetails, keyword by keyword: verdicts, ajv's messages and paths, $ref/$defs, hostile
 * property names, and patterns compiled once. (test/parse/validators.test.ts compares it with ajv
 * on generated schemas and data.)
 */
import { describe, expect, it } from 'vitest';
import {
  combinatorKeywords,
  countKeywords,
  coveredDetailsValidator,
  detailsValidator,
  numberKeywords,
  refKeywords,
  stringKeywords,
  validateDetails,
  valueKeywords,
  type DetailsSchema,
} from '../src/index.js';

/** `path keyword: message` per issue, in order. */
const issues = (schema: DetailsSchema, value: unknown): string[] =>
  validateDetails(schema, value).map((i) => `${i.path} ${i.keyword}: ${i.message}`);

describe('validateDetails: one keyword at a time', () => {
  it.each<[string, DetailsSchema, unknown, string[]]>([
    ['type', { type: 'string' }, 1, [' type: must be string']],
    ['type (list)', { type: ['string', 'null'] }, 1, [' type: must be string,null']],
    ['type integer', { type: 'integer' }, 1.5, [' type: must be integer']],
    ['type number: not NaN', { type: 'number' }, Number.NaN, [' type: must be number']],
    ['type object: not an array', { type: 'object' }, [], [' type: must be object']],
    ['type array', { type: 'array' }, {}, [' type: must be array']],
    ['type boolean', { type: 'boolean' }, 0, [' type: must be boolean']],
    ['type null', { type: 'null' }, undefined, [' type: must be null']],
    ['enum', { enum: ['a', { b: [1] }] }, { b: [2] }, [' enum: must be equal to one of the allowed values']],
    ['const', { const: { a: 1 } }, { a: 1, b: 2 }, [' const: must be equal to constant']],
    ['minimum', { minimum: 3 }, 2, [' minimum: must be >= 3']],
    ['maximum', { maximum: 3 }, 4, [' maximum: must be <= 3']],
    ['exclusiveMinimum', { exclusiveMinimum: 3 }, 3, [' exclusiveMinimum: must be > 3']],
    ['exclusiveMaximum', { exclusiveMaximum: 3 }, 3, [' exclusiveMaximum: must be < 3']],
    ['multipleOf', { multipleOf: 0.5 }, 1.25, [' multipleOf: must be multiple of 0.5']],
    ['minLength counts code points', { minLength: 3 }, '😀😀', [' minLength: must NOT have fewer than 3 characters']],
    ['maxLength', { maxLength: 1 }, 'ab', [' maxLength: must NOT have more than 1 characters']],
    ['pattern (unanchored, u flag)', { pattern: '^\\p{Lu}' }, 'abc', [' pattern: must match pattern "^\\p{Lu}"']],
    ['minItems', { minItems: 2 }, [1], [' minItems: must NOT have fewer than 2 items']],
    ['maxItems', { maxItems: 0 }, [1], [' maxItems: must NOT have more than 0 items']],
    ['items', { items: { type: 'string' } }, ['a', 1, 'b', 2], ['/1 type: must be string', '/3 type: must be string']],
    ['minProperties', { minProperties: 1 }, {}, [' minProperties: must NOT have fewer than 1 properties']],
    ['maxProperties', { maxProperties: 1 }, { a: 1, b: 2 }, [' maxProperties: must NOT have more than 1 properties']],
    ['required', { required: ['a', 'b'] }, { b: 1 }, [" required: must have required property 'a'"]],
    ['properties', { properties: { a: { type: 'string' }, 'x/y~': { type: 'string' } } }, { a: 1, 'x/y~': 2 }, ['/a type: must be string', '/x~1y~0 type: must be string']],
    ['additionalProperties false', { properties: { a: true }, additionalProperties: false }, { a: 1, b: 2, c: 3 }, [
      ' additionalProperties: must NOT have additional properties',
      ' additionalProperties: must NOT have additional properties',
    ]],
    ['additionalProperties schema', { properties: { a: true }, additionalProperties: { type: 'integer' } }, { a: 'x', b: 'y' }, ['/b type: must be integer']],
    ['not', { not: { type: 'string' } }, 'a', [' not: must NOT be valid']],
    ['anyOf', { anyOf: [{ type: 'string' }, { minimum: 5 }] }, 1, [' type: must be string', ' minimum: must be >= 5', ' anyOf: must match a schema in anyOf']],
    ['oneOf: none', { oneOf: [{ type: 'string' }, { minimum: 5 }] }, 1, [' type: must be string', ' minimum: must be >= 5', ' oneOf: must match exactly one schema in oneOf']],
    ['oneOf: two', { oneOf: [{ type: 'integer' }, { minimum: 0 }, { type: 'string' }] }, 1, [' oneOf: must match exactly one schema in oneOf']],
    ['allOf', { allOf: [{ type: 'integer' }, { minimum: 5 }] }, 1.5, [' type: must be integer', ' minimum: must be >= 5']],
    ['false schema', { properties: { a: false } }, { a: 1 }, ['/a false schema: boolean schema is false']],
  ])('%s', (_name, schema, value, expected) => {
    expect(issues(schema, value)).toEqual(expected);
  });

  it('accepts what each keyword allows', () => {
    const valid: Array<[DetailsSchema, unknown]> = [
      [true, { anything: [1] }],
      [{}, null],
      [{ type: ['string', 'null'] }, null],
      [{ type: 'number' }, 1],
      [{ type: 'integer' }, 2.0],
      [{ enum: [{ b: [1] }] }, { b: [1] }],
      [{ minimum: 3, maximum: 3 }, 3],
      [{ multipleOf: 0.25 }, 1.75],
      [{ minLength: 2, maxLength: 2 }, '😀😀'],
      [{ pattern: 'b' }, 'abc'],
      [{ items: { type: 'string' }, minItems: 1, maxItems: 2 }, ['a']],
      [{ required: ['a'], properties: { a: { type: 'null' } } }, { a: null }],
      [{ anyOf: [{ type: 'string' }, { minimum: 5 }] }, 7],
      [{ oneOf: [{ type: 'string' }, { minimum: 5 }] }, 7],
      [{ not: { type: 'string' } }, 7],
    ];
    for (const [schema, value] of valid) expect(validateDetails(schema, value), JSON.stringify(schema)).toEqual([]);
  });

  it('applies type-specific keywords to values of that type only', () => {
    expect(issues({ minLength: 5, minimum: 5, minItems: 5, required: ['a'] }, true)).toEqual([]);
    expect(issues({ minLength: 5, minimum: 5, minItems: 5, required: ['a'] }, 1)).toEqual([' minimum: must be >= 5']);
  });

  it('keeps going after the first failure and orders issues as ajv does', () => {
    // Type checked first when the schema has no keyword of that type's group, else where that group runs.
    expect(issues({ type: 'string', enum: ['a'] }, 5)).toEqual([' type: must be string', ' enum: must be equal to one of the allowed values']);
    expect(issues({ type: 'object', enum: [1], properties: {} }, 'x')).toEqual([' enum: must be equal to one of the allowed values', ' type: must be object']);
    expect(
      issues({ type: 'object', required: ['id'], additionalProperties: false, properties: { a: { type: 'string', maxLength: 1 } } }, { a: 'xy', b: 1 }),
    ).toEqual([" required: must have required property 'id'", ' additionalProperties: must NOT have additional properties', '/a maxLength: must NOT have more than 1 characters']);
  });
});

describe('$ref and $defs', () => {
  const tree: DetailsSchema = {
    $defs: { node: { type: 'object', properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
    $ref: '#/$defs/node',
  };

  it('follows references to $defs and to the root, recursively', () => {
    expect(issues(tree, { value: 1, children: [{ value: 2, children: [{ value: 3 }] }] })).toEqual([]);
    expect(issues(tree, { value: 1, children: [{ value: 2, children: [{ value: 'x' }] }] })).toEqual(['/children/0/children/0/value type: must be integer']);
    const list: DetailsSchema = { type: 'object', properties: { next: { $ref: '#' }, n: { type: 'number' } } };
    expect(issues(list, { n: 1, next: { n: 2, next: { n: '3' } } })).toEqual(['/next/next/n type: must be number']);
  });

  it('applies the keywords next to a $ref too', () => {
    expect(issues({ $defs: { s: { type: 'string' } }, $ref: '#/$defs/s', minLength: 2 }, 'a')).toEqual([' minLength: must NOT have fewer than 2 characters']);
  });

  it('reports a reference that resolves to nothing instead of throwing', () => {
    expect(issues({ $ref: '#/$defs/missing' }, 1)).toEqual([" $ref: can't resolve reference #/$defs/missing"]);
    expect(issues({ $defs: {}, $ref: '#/$defs/__proto__' }, 1)).toEqual([" $ref: can't resolve reference #/$defs/__proto__"]);
  });
});

describe('hostile property names', () => {
  it('reads only own properties of the value: inherited ones are neither present nor extra', () => {
    // `as const`: keys named like Object's members (`constructor`, `toString`) take those members' types as context, so a bare 'string' would widen.
    const schema: DetailsSchema = { type: 'object', properties: { constructor: { type: 'string' as const }, toString: { type: 'string' as const } }, required: ['constructor'] };
    expect(issues(schema, {})).toEqual([" required: must have required property 'constructor'"]);
    expect(issues(schema, { constructor: 'x', toString: 'y' })).toEqual([]);
    expect(issues(schema, JSON.parse('{"constructor": 1}'))).toEqual(['/constructor type: must be string']);
  });

  it('treats a schema property named __proto__ as a property (ajv standalone skipped it)', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}},"required":["__proto__"],"additionalProperties":false}') as DetailsSchema;
    expect(issues(schema, JSON.parse('{"__proto__":"x"}'))).toEqual([]);
    expect(issues(schema, JSON.parse('{"__proto__":5}'))).toEqual(['/__proto__ type: must be string']);
    expect(issues(schema, {})).toEqual([" required: must have required property '__proto__'"]);
    expect(issues(schema, JSON.parse('{"__proto__":"x","other":1}'))).toEqual([' additionalProperties: must NOT have additional properties']);
  });

  it('does not count a value key named __proto__ as declared when the schema does not declare it', () => {
    expect(issues({ additionalProperties: false }, JSON.parse('{"__proto__":{}}'))).toEqual([' additionalProperties: must NOT have additional properties']);
    expect(issues({ properties: { a: { type: 'string' } } }, JSON.parse('{"__proto__":{"a":1}}'))).toEqual([]);
  });
});

describe('patterns', () => {
  it('compiles each pattern once, however many schemas and calls use it', () => {
    const pattern = '^compiled-once$';
    const Original = globalThis.RegExp;
    let compiled = 0;
    globalThis.RegExp = class extends Original {
      constructor(source: string | RegExp, flags?: string) {
        super(source, flags);
        if (source === pattern) compiled++;
      }
    } as RegExpConstructor;
    try {
      const a: DetailsSchema = { properties: { x: { pattern } } };
      const b: DetailsSchema = { items: { pattern } };
      for (let i = 0; i < 100; i++) {
        expect(validateDetails(a, { x: 'compiled-once' })).toEqual([]);
        expect(issues(b, ['nope'])).toEqual(['/0 pattern: must match pattern "^compiled-once$"']);
      }
    } finally {
      globalThis.RegExp = Original;
    }
    expect(compiled).toBe(1);
  });
});

describe('results', () => {
  it('shares one frozen empty list between valid values, and gives each invalid value its own', () => {
    const ok = validateDetails({ type: 'object' }, {});
    expect(ok).toBe(validateDetails({ type: 'string' }, 'x'));
    expect(Object.isFrozen(ok)).toBe(true);
    expect(validateDetails({ type: 'object' }, 1)).not.toBe(validateDetails({ type: 'object' }, 1));
  });
});

describe('detailsValidator: a core plus the keyword sets composed in', () => {
  const core = detailsValidator();

  it('checks the core keywords alone, with the full validator\'s issues', () => {
    const schema: DetailsSchema = { type: 'object', properties: { a: { type: 'array', items: { type: 'string' } }, b: true }, required: ['b'], additionalProperties: false };
    for (const value of [{ a: ['x'], b: 1 }, { a: [1], c: 2 }, 'x', { b: {} }])
      expect(core(schema, value)).toEqual(validateDetails(schema, value));
    expect(core(schema, { a: ['x'], b: 1 })).toBe(validateDetails(schema, { a: ['x'], b: 1 }));
  });

  it('gives a schema that uses a keyword of a set left out one issue naming it, whatever the value', () => {
    const schema: DetailsSchema = { type: 'object', properties: { n: { type: 'number', minimum: 1 }, s: { pattern: '^a' } } };
    const issue = { path: '', keyword: 'minimum', message: 'keyword minimum is not checked: its keyword set is not composed' };
    expect(core(schema, { n: 5 })).toEqual([issue]);
    expect(core(schema, 'not even an object')).toEqual([issue]);
    expect(detailsValidator(numberKeywords)(schema, { n: 5 })).toEqual([{ ...issue, keyword: 'pattern', message: 'keyword pattern is not checked: its keyword set is not composed' }]);
    expect(detailsValidator(numberKeywords, stringKeywords)(schema, { n: 5, s: 'ab' })).toEqual([]);
    expect(detailsValidator(stringKeywords, numberKeywords)(schema, { n: 0, s: 'b' })).toEqual(validateDetails(schema, { n: 0, s: 'b' }));
  });

  it('coveredDetailsValidator (for generated packages, whose generator proves coverage) checks the same, without the guard', () => {
    const schema: DetailsSchema = { type: 'array', items: { type: 'integer', maximum: 3 } };
    for (const value of [[1], [1.5, 4], 'x']) expect(coveredDetailsValidator(numberKeywords)(schema, value)).toEqual(validateDetails(schema, value));
    // The contract: a keyword of a set left out is not checked; detailsValidator is the guarded form.
    expect(coveredDetailsValidator()(schema, [4])).toEqual([]);
    expect(detailsValidator()(schema, [4])).toHaveLength(1);
  });

  it('ignores keywords no set knows, as validateDetails does', () => {
    const schema = { type: 'string', format: 'email', uniqueItems: true } as unknown as DetailsSchema;
    expect(core(schema, 'x')).toEqual([]);
    expect(validateDetails(schema, 'x')).toEqual([]);
  });

  it('runs each set at its place in ajv\'s order, whatever order the sets are given in', () => {
    const schema: DetailsSchema = { $defs: { d: { const: 1 } }, $ref: '#/$defs/d', enum: [2], not: true, minItems: 2, maxLength: 0, minimum: 5 };
    const all = [refKeywords, valueKeywords, combinatorKeywords, countKeywords, stringKeywords, numberKeywords];
    for (const value of [0, 'ab', [1], {}]) expect(detailsValidator(...[...all].reverse())(schema, value)).toEqual(validateDetails(schema, value));
    expect(detailsValidator(...all)(schema, 0).map((i) => i.keyword)).toEqual(['const', 'enum', 'not', 'minimum']);
  });
});
