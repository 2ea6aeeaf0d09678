/**
 * Details validators are ajv standalone code compiled at generation time: the packages never
 * import ajv, and the emitted code accepts and rejects exactly what ajv itself does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, ucs2length, type DetailsValidator } from '@errcat/runtime';
import { compileValidators, stripAnnotations } from '../../codegen/src/emit/validators.js';
import type { ApiModel } from '../../codegen/src/model.js';
import { ROOT } from '../helpers/generate.js';

const APIS = ['zoho-crm', 'zoho-creator', 'hyper'];

// ajv is the generator's dependency, not the packages': resolve it from codegen/.
const { Ajv2020 } = createRequire(join(ROOT, 'codegen', 'package.json'))('ajv/dist/2020.js') as typeof import('../../codegen/node_modules/ajv/dist/2020.js');

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

/** A catalog's details schemas, and the validators the built package ships for them. */
async function shipped(id: string) {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog', `${id}.json`), 'utf8')) as {
    codes: Array<{ code: string | number; details?: object }>;
  };
  const mod = (await import(join(ROOT, 'generated', id, 'dist/esm/validators.js'))) as {
    detailsValidators: Record<string, DetailsValidator | undefined>;
  };
  return { codes: catalog.codes, validators: mod.detailsValidators };
}

describe('shipped validators agree with ajv', () => {
  it.each(APIS)('%s has one validator per code with a details schema, and none for the others', async (id) => {
    const { codes, validators } = await shipped(id);
    for (const c of codes) expect(typeof validators[c.code] === 'function', String(c.code)).toBe(c.details !== undefined);
  });

  it('zoho-crm: same verdict and same errors as ajv.compile on arbitrary and schema-shaped details (10,000 runs)', async () => {
    const { codes, validators } = await shipped('zoho-crm');
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, validateFormats: false });
    const pairs = codes
      .filter((c) => c.details !== undefined)
      .map((c) => ({ code: c.code, reference: ajv.compile(c.details as object), shipped: validators[c.code] as DetailsValidator }));
    const keys = fc.constantFrom('api_name', 'id', 'json_path', 'permissions', 'param', 'index', 'limit', 'supported_values', 'expected_data_type', 'resource_path_index', '__proto__', 'x');
    const details = fc.oneof(
      fc.dictionary(keys, fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 5 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), details, ({ reference, shipped: validate }, value) => {
        const expected = reference(value);
        if (validate(value) !== expected) return false;
        const summary = (errors: DetailsValidator['errors']) => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);
        return JSON.stringify(summary(validate.errors)) === JSON.stringify(summary(reference.errors));
      }),
      { numRuns: 10_000 },
    );
  });
});

const model = (schemas: Array<[string, object]>) =>
  ({ catalogFile: 'catalog/test.json', codes: schemas.map(([code, details]) => ({ code, details })) }) as unknown as ApiModel;

/** Runs emitted standalone code with the runtime helpers it was rewired to. */
function run(code: string, names: string[]): Record<string, DetailsValidator> {
  const factory = new Function('ucs2length', 'jsonEqual', `${code}\nreturn { ${names.join(', ')} };`) as (
    a: typeof ucs2length,
    b: typeof jsonEqual,
  ) => Record<string, DetailsValidator>;
  return factory(ucs2length, jsonEqual);
}

describe('compileValidators', () => {
  it('rewires ajv runtime helpers to @errcat/runtime and the result still validates', () => {
    const compiled = compileValidators(
      model([
        ['LEN', { type: 'object', properties: { name: { type: 'string', minLength: 2, maxLength: 3 } } }],
        ['ENUM', { type: 'object', properties: { pick: { enum: [{ a: 1 }, [1, 2], 'x'] }, set: { type: 'array', uniqueItems: true } } }],
        ['PLAIN', { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }],
      ]),
    );
    expect(compiled.helpers).toEqual(['jsonEqual', 'ucs2length']);
    expect(compiled.code).not.toMatch(/\brequire\(|^\s*(import|export)\b/m);
    const v = run(compiled.code, compiled.byCode.map(([, name]) => name));
    const byCode = Object.fromEntries(compiled.byCode.map(([code, name]) => [code, v[name] as DetailsValidator]));
    expect(byCode.LEN?.({ name: '😀😀' })).toBe(true);
    expect(byCode.LEN?.({ name: 'a' })).toBe(false);
    expect(byCode.LEN?.({ name: '😀😀😀😀' })).toBe(false);
    expect(byCode.ENUM?.({ pick: { a: 1 } })).toBe(true);
    expect(byCode.ENUM?.({ pick: [1, 2], set: [{ a: 1 }, { a: 2 }] })).toBe(true);
    expect(byCode.ENUM?.({ pick: { a: 2 } })).toBe(false);
    expect(byCode.ENUM?.({ set: [{ a: 1 }, { a: 1 }] })).toBe(false);
    expect(byCode.PLAIN?.({})).toBe(false);
    expect(byCode.PLAIN?.errors?.[0]).toMatchObject({ keyword: 'required', instancePath: '' });
  });

  it('refuses a schema whose standalone code would need another ajv runtime module', () => {
    expect(() => compileValidators(model([['ASYNC', { $async: true, type: 'object' }]]))).toThrow(/ajv's runtime helper "validation_error"/);
  });

  it('emits nothing for an API without details schemas', () => {
    expect(compileValidators(model([]))).toEqual({ code: '', byCode: [], helpers: [] });
  });

  it('drops annotations but keeps properties that happen to be named like them', () => {
    const schema = {
      title: 'T',
      description: 'catalog prose */',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'd' },
        title: { type: 'string', default: 'x' },
        list: { type: 'array', items: { $comment: 'c', type: 'string', examples: ['a'] } },
        pick: { enum: [{ description: 'kept as data' }] },
      },
      required: ['description'],
    };
    expect(stripAnnotations(schema)).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        title: { type: 'string' },
        list: { type: 'array', items: { type: 'string' } },
        pick: { enum: [{ description: 'kept as data' }] },
      },
      required: ['description'],
    });
    expect(compileValidators(model([['D', schema]])).code).not.toContain('catalog prose');
  });
});
