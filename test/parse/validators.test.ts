/**
 * Details are checked at run time by @errcat/runtime's validateDetails against schemas shipped
 * as data: the packages never import ajv, and the runtime accepts and rejects exactly what ajv
 * does, with ajv's issues. ajv (the generator's dependency) is the oracle here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformSync } from 'esbuild';
import * as runtime from '@errcat/runtime';
import { detailsValidator, tableOf, validateDetails, type DetailsKeywords, type DetailsSchema, type DetailsValidators } from '@errcat/runtime';
import { keywordSetsFor } from '../../codegen/src/emit/keyword-sets.js';
import { acceptsAnyObject, emitValidators, stripAnnotations, tsJson } from '../../codegen/src/emit/validators.js';
import type { ApiModel } from '../../codegen/src/model.js';
import { shippedCatalogs } from '../helpers/catalogs.js';
import { ROOT } from '../helpers/generate.js';

const APIS = shippedCatalogs().map((c) => c.id);

// ajv is the generator's dependency, not the packages': resolve it from codegen/.
const { Ajv2020 } = createRequire(join(ROOT, 'codegen', 'package.json'))('ajv/dist/2020.js') as typeof import('../../codegen/node_modules/ajv/dist/2020.js');

/**
 * The oracle: ajv as the packages used it (draft 2020-12, all errors, formats as annotations),
 * plus ownProperties, so an inherited `constructor` is not a present property (the runtime only
 * reads own properties). strict: false lets it compile generated schemas that strict mode would
 * call sloppy (a `minLength` without `type: "string"`), whose meaning is still well defined.
 */
const oracle = () => new Ajv2020({ strict: false, allErrors: true, ownProperties: true, validateFormats: false });

type Issue = { path: string; keyword: string; message: string };

function ajvIssues(validate: ReturnType<ReturnType<typeof oracle>['compile']>, value: unknown): Issue[] | undefined {
  if (validate(value)) return undefined;
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: e.message ?? '' }));
}

function runtimeIssues(schema: DetailsSchema, value: unknown, validate: DetailsValidators['validate'] = validateDetails): Issue[] | undefined {
  const issues = validate(schema, value);
  return issues.length === 0 ? undefined : issues.map(({ path, keyword, message }) => ({ path, keyword, message }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

describe.each(APIS)('generated/%s', (id) => {
  const dir = join(ROOT, 'generated', id);

  it('neither the sources nor the built files import ajv', () => {
    const files = [...filesUnder(join(dir, 'src')), ...filesUnder(join(dir, 'dist')).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/require\(\s*["']ajv|from\s+["']ajv|import\(\s*["']ajv/);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['@errcat/runtime']);
  });
});

/** A catalog's details schemas, and the schema table the built package ships for them. */
async function shipped(id: string) {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as {
    codes: Array<{ code: string | number; details?: object }>;
  };
  const mod = (await import(join(ROOT, 'generated', id, 'dist/esm/validators.js'))) as { detailsValidators: DetailsValidators | undefined };
  return { codes: catalog.codes, validators: mod.detailsValidators, schemas: mod.detailsValidators?.schemas ?? {} };
}

describe('shipped schemas', () => {
  it.each(APIS)('%s ships each code its catalog schema without annotations; nothing for codes without one, or whose schema only says "an object"', async (id) => {
    const { codes, validators, schemas } = await shipped(id);
    const table = (c: (typeof codes)[number]): unknown => {
      const schema = c.details === undefined ? undefined : stripAnnotations(c.details);
      return schema === undefined || acceptsAnyObject(schema) ? undefined : schema;
    };
    for (const c of codes) expect(schemas[c.code], String(c.code)).toEqual(table(c));
    const withSchema = codes.filter((c) => table(c) !== undefined).length;
    expect(Object.keys(schemas).length).toBe(withSchema);
    // The validator travels with the schemas: a package without any does not bundle it.
    expect(validators === undefined).toBe(withSchema === 0);
  });

  it('zoho-crm: same verdict and same issues as ajv.compile of the catalog schema on arbitrary and schema-shaped details (10,000 runs)', async () => {
    const { codes, schemas, validators } = await shipped('zoho-crm');
    // The package's own composition (only the keyword sets its schemas use), not validateDetails.
    const validate = validators?.validate as DetailsValidators['validate'];
    expect(validate).not.toBe(validateDetails);
    const ajv = oracle();
    const pairs = codes
      .filter((c) => schemas[c.code] !== undefined)
      .map((c) => ({ code: c.code, reference: ajv.compile(c.details as object), schema: schemas[c.code] as DetailsSchema }));
    const keys = fc.constantFrom('api_name', 'id', 'json_path', 'permissions', 'param', 'index', 'limit', 'supported_values', 'expected_data_type', 'resource_path_index', '__proto__', 'constructor', 'x');
    const details = fc.oneof(
      fc.array(fc.tuple(keys, fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }))), { maxLength: 5 }).map((e) => Object.fromEntries(e)),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), details, ({ reference, schema }, value) => {
        expect(runtimeIssues(schema, value, validate)).toEqual(ajvIssues(reference, value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('zoho-crm: detailsIssues gives the issues ajv gives for the catalog schema of every code, shipped or left out as "an object", and detailsOf the details exactly when there are none (10,000 runs)', async () => {
    const { codes } = await shipped('zoho-crm');
    const { parseResponse, detailsIssues, detailsOf } = (await import(join(ROOT, 'generated', 'zoho-crm', 'dist/esm/index.js'))) as typeof import('@errcat/zoho-crm');
    const ajv = oracle();
    const pairs = codes.filter((c) => c.details !== undefined).map((c) => ({ code: c.code, reference: ajv.compile(c.details as object) }));
    // Both kinds are drawn: schemas the table ships and schemas it leaves out.
    expect(pairs.filter((p) => acceptsAnyObject(stripAnnotations(codes.find((c) => c.code === p.code)?.details)))).not.toHaveLength(0);
    const keys = fc.constantFrom('api_name', 'id', 'json_path', 'permissions', 'param', 'limit', '__proto__', 'constructor', 'x');
    const details = fc.oneof(
      fc.array(fc.tuple(keys, fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }))), { maxLength: 5 }).map((e) => Object.fromEntries(e)),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), details, ({ code, reference }, value) => {
        const [error] = parseResponse({ code, details: value, message: 'm' }, { status: 400 }).entries;
        if (error?.code === undefined) throw new Error(`${String(code)} was not read as a known code`);
        // Parsing hands the details over as they arrived (an entry without any gets {}).
        if (value === undefined) expect(error.details).toEqual({});
        else expect(error.details).toBe(value);
        const issues = detailsIssues(error).map(({ path, keyword, message }) => ({ path, keyword, message }));
        expect(issues.length === 0 ? undefined : issues).toEqual(ajvIssues(reference, value));
        expect(detailsOf(error)).toBe(issues.length === 0 ? error.details : undefined);
      }),
      { numRuns: 10_000 },
    );
  });
});

/**
 * Generated schemas over the whole supported subset, with generated values. The comparison is
 * the full ordered list of (path, keyword, message): the runtime reproduces ajv's order (type
 * first or with its keyword group, then $ref, const, enum, not, anyOf, oneOf, allOf, then the
 * value's type group), so a set comparison would hide a real difference. Left out of the
 * generators, each for a documented reason (see packages/runtime/src/validate/validate.ts):
 * a schema property named `__proto__` (ajv skips it; the runtime test covers it), numbers whose
 * multipleOf quotient reaches 1e21 (ajv's parseInt is wrong there), and `format` (an annotation,
 * stripped before schemas ship). Two limits come from the oracle: values never own `toString`
 * and enum/const literals never hold `constructor`, which fast-deep-equal (ajv's enum and const)
 * calls, or compares by identity.
 */
describe('validateDetails agrees with ajv on generated schemas and values', () => {
  // Not '' in schemas: ajv misses a required '' inside `not` (its missing-property check reads '' as false).
  const NAMES = ['a', 'b', 'constructor', 'toString', 'x/y', 'm~n'];
  const name = fc.constantFrom(...NAMES);
  const scalar = fc.constantFrom<unknown>(null, true, false, 0, 1, -1, 2, 3, 2.5, 0.75, 1e3, 'a', 'ab', 'abc', 'b', '', '😀', 'A1');
  /** JSON values whose objects may own the given keys (Object.fromEntries defines `__proto__` as an own property). */
  const json = (keys: readonly string[]) =>
    fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        scalar,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...keys), tie('value')), { maxLength: 4 }).map((e) => Object.fromEntries(e)),
      ),
    })).value;
  // Values checked: hostile keys included, but no own `toString`: ajv's fast-deep-equal (enum, const) calls it.
  const value = json(['a', 'b', 'c', 'x/y', 'm~n', '', 'constructor', '__proto__']);
  // enum and const literals: no `constructor` key, which fast-deep-equal compares by identity.
  const literal = json(['a', 'b', 'c', 'x/y', '']);
  const jsonType = fc.constantFrom('string', 'number', 'integer', 'boolean', 'object', 'array', 'null');
  const count = fc.nat(3);
  const bound = fc.constantFrom(-1, 0, 1, 2, 2.5, 3);
  /** Schemas over the subset, 1–4 keywords each; with refs, some subschemas are `$ref`s to the root's $defs p and q. */
  const schemas = (refs: boolean) =>
    fc.letrec<{ schema: DetailsSchema; object: DetailsSchema }>((tie) => {
      const keywords: Record<string, fc.Arbitrary<unknown>> = {
        type: fc.oneof(jsonType, fc.uniqueArray(jsonType, { minLength: 1, maxLength: 3 })),
        properties: fc.dictionary(name, tie('schema'), { maxKeys: 3 }),
        required: fc.uniqueArray(name, { maxLength: 3 }),
        additionalProperties: tie('schema'),
        items: tie('schema'),
        enum: fc.array(literal, { minLength: 1, maxLength: 3 }),
        const: literal,
        minimum: bound,
        maximum: bound,
        exclusiveMinimum: bound,
        exclusiveMaximum: bound,
        multipleOf: fc.constantFrom(0.25, 0.5, 1, 2, 3),
        minLength: count,
        maxLength: count,
        pattern: fc.constantFrom('^a', 'b$', '\\d', '^[a-c]*$', '\\p{Lu}', '.😀'),
        minItems: count,
        maxItems: count,
        minProperties: count,
        maxProperties: count,
        anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
        oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
        allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
        not: tie('schema'),
      };
      return {
        schema: fc.oneof(
          { depthSize: 'small', maxDepth: 3 },
          fc.constantFrom<DetailsSchema>(true, false, {}),
          tie('object'),
          fc.constantFrom<DetailsSchema>(...((refs ? [{ $ref: '#/$defs/p' }, { $ref: '#/$defs/q' }] : [{ type: 'string' }]) satisfies DetailsSchema[])),
        ),
        object: fc
          .uniqueArray(fc.constantFrom(...Object.keys(keywords)), { minLength: 1, maxLength: 4 })
          .chain((picked) => fc.record(Object.fromEntries(picked.map((k) => [k, keywords[k] as fc.Arbitrary<unknown>])))) as fc.Arbitrary<DetailsSchema>,
      };
    }).schema;
  /**
   * $defs p and q at the root (what the generated $refs name), themselves without $refs, so no
   * $ref loops on one value (the catalog rejects those: details-ref); p may refer to itself
   * through a property.
   */
  const root = fc
    .tuple(schemas(true), schemas(false), schemas(false), fc.boolean())
    .map(([body, p, q, recursive]): DetailsSchema => {
      const defs: { [name: string]: DetailsSchema } = { p: recursive ? { type: 'object', properties: { next: { $ref: '#/$defs/p' }, v: p } } : p, q };
      return typeof body === 'boolean' ? { $defs: defs, allOf: [body] } : { ...body, $defs: defs };
    });

  it('same verdict and the same ordered issues (2,500 schemas × 4 values: 10,000 comparisons)', () => {
    const ajv = oracle();
    let compared = 0;
    let invalid = 0;
    fc.assert(
      fc.property(root, fc.array(value, { minLength: 4, maxLength: 4 }), (s, values) => {
        // A deep copy: fast-check reuses subschema objects across runs, and ajv caches by object identity.
        const reference = ajv.compile(structuredClone(s) as object);
        for (const v of values) {
          const expected = ajvIssues(reference, v);
          expect(runtimeIssues(s, v)).toEqual(expected);
          compared++;
          if (expected !== undefined) invalid++;
        }
        ajv.removeSchema();
      }),
      { numRuns: 2_500 },
    );
    // Both verdicts must be well represented for the comparison to mean anything.
    expect(invalid).toBeGreaterThan(compared * 0.2);
    expect(invalid).toBeLessThan(compared * 0.95);
  });

  /** The composition a generated package would ship for these schemas (the emitter's choice of keyword sets). */
  const minimalValidator = (s: DetailsSchema, leaveOut?: string) =>
    detailsValidator(...keywordSetsFor([s]).filter((set) => set !== leaveOut).map((set) => (runtime as unknown as Record<string, DetailsKeywords>)[set] as DetailsKeywords));
  const anySchema = fc.oneof(root, schemas(false));

  it('the composition of only the keyword sets a schema uses gives exactly the full validator\'s issues (2,500 schemas × 4 values)', () => {
    let minimal = 0;
    fc.assert(
      fc.property(anySchema, fc.array(value, { minLength: 4, maxLength: 4 }), (s, values) => {
        const validate = minimalValidator(s);
        if (keywordSetsFor([s]).length < 6) minimal++;
        for (const v of values) expect(runtimeIssues(s, v, validate)).toEqual(runtimeIssues(s, v));
      }),
      { numRuns: 2_500 },
    );
    // Most compositions must actually leave sets out, or this compares the full validator with itself.
    expect(minimal).toBeGreaterThan(2_500 * 0.5);
  });

  it('a composition missing a set the schema uses accepts no value: the schema never passes unchecked', () => {
    fc.assert(
      fc.property(anySchema, value, fc.nat(), (s, v, pick) => {
        const sets = keywordSetsFor([s]);
        fc.pre(sets.length > 0);
        const left = sets[pick % sets.length] as string;
        const issues = minimalValidator(s, left)(s, v);
        expect(issues).toHaveLength(1);
        expect(Object.keys(runtime as object)).toContain(left);
        const keywords = Object.values((runtime as unknown as Record<string, DetailsKeywords>)[left] as DetailsKeywords).flatMap((step) => step.keywords as string[]);
        expect(keywords).toContain(issues[0]?.keyword);
        expect(issues[0]?.path).toBe('');
      }),
      { numRuns: 1_000 },
    );
  });
});

const model = (schemas: Array<[string | number, object | undefined]>) =>
  ({ catalogFile: 'catalog/test.json', names: { codeList: 'testCodeList' }, codes: schemas.map(([code, details]) => ({ code, details })) }) as unknown as ApiModel;

/** The schemas table of an emitted validators.ts, keyed by the codes given (the code list's order), as the runtime builds it. */
function emittedTable(text: string, codes: ReadonlyArray<string | number>): Record<string, unknown> {
  const open = 'tableOf<DetailsSchema>(testCodeList, [';
  const list = text.slice(text.indexOf(open) + open.length - 1, text.lastIndexOf(']),') + 1);
  const values = new Function(`return ${transformSync(`(${list})`, { loader: 'ts' }).code}`)() as unknown[];
  return tableOf(codes, values) as Record<string, unknown>;
}

describe('emitValidators', () => {
  it('emits each schema as a literal the runtime reads back equal, keyed by code, hostile names included', async () => {
    const schemas: Array<[string | number, object]> = [
      ['PLAIN', { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }],
      ['__proto__', JSON.parse('{"type":"object","properties":{"__proto__":{"type":"integer"},"a\\"b":{"enum":["x\\u2028y",null,1.5,-2,{"__proto__":[]}]}}}')],
      [42, { $defs: { n: { type: 'array', items: { $ref: '#/$defs/n' } } }, $ref: '#/$defs/n' }],
    ];
    // A code without a schema in the middle is a hole; the list ends at the last code with one.
    const withGaps: Array<[string | number, object | undefined]> = [schemas[0] as [string, object], ['NONE', undefined], ...schemas.slice(1), ['LAST_NONE', undefined]];
    const text = emitValidators(model(withGaps)).contents;
    expect(text).not.toMatch(/ajv|require\(|@ts-nocheck/);
    expect(text).toMatch(/\n {2}validate: \/\* @__PURE__ \*\/ coveredDetailsValidator\((\w+(, \w+)*)?\),\n\};\n$/);
    expect(text).toContain("import { testCodeList } from './entries.js';");
    expect(text).toMatch(/\[\n {4}\{ type: "object", properties: \{ id: \{ type: "string" \} \}, required: \["id"\] \} as DetailsSchema,\n {4},\n/);
    const table = emittedTable(text, withGaps.map(([code]) => code));
    expect(Object.keys(table).sort()).toEqual(['42', 'PLAIN', '__proto__']);
    for (const [code, schema] of schemas) expect(JSON.stringify(table[code]), String(code)).toBe(JSON.stringify(schema));
    expect(Object.hasOwn(table.__proto__ as object, 'properties')).toBe(true);
    expect(Object.keys((table.__proto__ as { properties: object }).properties)).toEqual(['__proto__', 'a"b']);
  });

  it('writes JSON values through the quoting helpers, refusing what JSON cannot hold', () => {
    expect(tsJson({ a: [1, 'x', null, true], 'b-c': {}, __proto__x: -0 })).toBe('{ a: [1, "x", null, true], "b-c": {}, __proto__x: 0 }');
    expect(tsJson(JSON.parse('{"__proto__":1}'))).toBe('{ ["__proto__"]: 1 }');
    expect(tsJson('\u2028</script>')).toBe('"\\u2028</script>"');
    expect(() => tsJson({ a: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => tsJson({ a: undefined })).toThrow(/not a JSON value/);
  });

  it('emits no table and no validator for an API without details schemas', () => {
    const text = emitValidators(model([])).contents;
    expect(text).toMatch(/^export const detailsValidators: DetailsValidators \| undefined = undefined;\n$/m);
    expect(text).not.toMatch(/validateDetails|detailsValidator\(|table/);
  });

  it('leaves out schemas that only say "an object" (parseResponse checks a code without one the same way), and keeps any that say more', () => {
    const anyObject: object[] = [{ type: 'object' }, { type: 'object', additionalProperties: true }, { type: ['object'], description: 'prose', title: 'T' }];
    const more: object[] = [
      {},
      { type: 'object', additionalProperties: false },
      { type: 'object', properties: {} },
      { type: 'object', required: [] },
      { type: ['object', 'null'] },
      { type: 'array' },
      { type: 'object', additionalProperties: { type: 'string' } },
    ];
    for (const s of anyObject) expect(acceptsAnyObject(stripAnnotations(s)), JSON.stringify(s)).toBe(true);
    for (const s of more) expect(acceptsAnyObject(stripAnnotations(s)), JSON.stringify(s)).toBe(false);
    // Only "an object" everywhere: no table and no validator to bundle.
    const none = emitValidators(model(anyObject.map((s, i) => [`C${i}`, s]))).contents;
    expect(none).toMatch(/^export const detailsValidators: DetailsValidators \| undefined = undefined;\n$/m);
    // Mixed: the others keep their places (a hole for each left out).
    const codes: Array<[string, object]> = [
      ['A', anyObject[1] as object],
      ['B', more[1] as object],
      ['C', anyObject[0] as object],
      ['D', more[6] as object],
    ];
    const table = emittedTable(emitValidators(model(codes)).contents, codes.map(([code]) => code));
    expect(Object.keys(table).sort()).toEqual(['B', 'D']);
    expect(table.B).toEqual(more[1]);
    expect(table.D).toEqual(more[6]);
  });

  it('drops annotations but keeps properties that happen to be named like them, and data', () => {
    const schema = {
      title: 'T',
      description: 'catalog prose */',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'd', format: 'email' },
        title: { type: 'string', default: 'x' },
        list: { type: 'array', items: { $comment: 'c', type: 'string', examples: ['a'] } },
        pick: { enum: [{ description: 'kept as data' }], deprecated: true },
        either: { anyOf: [{ type: 'string', readOnly: true }, { not: { type: 'null', writeOnly: true } }] },
      },
      $defs: { d: { title: 'gone', type: 'string' } },
      required: ['description'],
    };
    expect(stripAnnotations(schema)).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        title: { type: 'string' },
        list: { type: 'array', items: { type: 'string' } },
        pick: { enum: [{ description: 'kept as data' }] },
        either: { anyOf: [{ type: 'string' }, { not: { type: 'null' } }] },
      },
      $defs: { d: { type: 'string' } },
      required: ['description'],
    });
    expect(emitValidators(model([['D', schema]])).contents).not.toContain('catalog prose');
  });
});
