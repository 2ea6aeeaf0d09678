/**
 * Codes with several documented variants, end to end: a synthetic catalog (test/fixtures/variants)
 * whose code 1000 is both 404 "Invalid API URL format." and 401 "A mandatory parameter - '%s' is
 * either absent or has been used twice" (the shape of Zoho Creator REST's 1000), with a code
 * whose message is undocumented and entries nested where real vendors nest them, is generated and
 * built outside the workspace; lookup lists the variants, parseResponse picks one by status and
 * message and recovers its parameters, formatVariant is typed, and the docs show every variant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTempPackage, ROOT, type TempPackage } from './helpers/temp-package.js';

let temp: TempPackage;
// biome-ignore lint/suspicious/noExplicitAny: the module is imported from a path at run time
let m: Record<string, any>;

beforeAll(async () => {
  temp = await buildTempPackage(join(ROOT, 'test/fixtures/variants/variant-demo.json'), 'errcat-variants-');
  m = await import(pathToFileURL(join(temp.pkg, 'dist/esm/index.js')).href);
}, 180_000);

afterAll(() => temp?.remove());

describe('a code with several variants', () => {
  it('lookup lists every variant, the primary first, and every status', () => {
    const entry = m.lookup(1000);
    expect(entry.statuses).toEqual([404, 401]);
    expect(entry.variants).toEqual([
      { index: 0, status: 404, statuses: [404], message: 'Invalid API URL format.', params: [], paramDefaults: undefined },
      {
        index: 1,
        status: 401,
        statuses: [401],
        message: "A mandatory parameter - '%s' is either absent or has been used twice",
        params: ['parameter'],
        paramDefaults: undefined,
      },
    ]);
  });

  it('parseResponse picks the variant by status and message, and recovers its parameters', () => {
    const missing = m.parseResponse(
      JSON.stringify({ code: 1000, description: "A mandatory parameter - 'client_id' is either absent or has been used twice" }),
      { status: 401 },
    ).errors[0];
    expect(missing).toMatchObject({ known: true, code: 1000, variant: 1, params: { parameter: 'client_id' }, status: 401 });

    const url = m.parseResponse('{"code":1000,"message":"Invalid API URL format."}', { status: 404 }).errors[0];
    expect(url).toMatchObject({ known: true, code: 1000, variant: 0, params: {} });

    // The message outweighs the status: a documented message under an undocumented status still picks its variant.
    const odd = m.parseResponse(JSON.stringify({ code: '1000', message: "A mandatory parameter - 'scope' is either absent or has been used twice" }), {
      status: 400,
    }).errors[0];
    expect(odd).toMatchObject({ variant: 1, params: { parameter: 'scope' } });

    // No message: the status decides, and the message is that variant's template.
    const bare = m.parseResponse('{"code":1000}', { status: 401 }).errors[0];
    // The parameter the message would name is unknown: it shows as {parameter}, not as an empty gap.
    expect(bare).toMatchObject({ variant: 1, message: "A mandatory parameter - '{parameter}' is either absent or has been used twice" });
  });

  it('two messages under one status: the message decides', () => {
    const perCall = m.parseResponse('{"code":1040,"message":"Limit of 200 records per call exceeded."}', { status: 400 }).errors[0];
    expect(perCall).toMatchObject({ variant: 1, params: { limit: '200' } });
    const daily = m.parseResponse('{"code":1040,"message":"Daily limit reached."}', { status: 400 }).errors[0];
    expect(daily).toMatchObject({ variant: 0, params: {} });
  });

  it('formatMessage formats the primary variant, formatVariant any', () => {
    expect(m.formatMessage(1000)).toBe('Invalid API URL format.');
    expect(m.formatVariant(1000, 1, 'client_id')).toBe("A mandatory parameter - 'client_id' is either absent or has been used twice");
    expect(m.formatVariant(1000, 0)).toBe('Invalid API URL format.');
    expect(m.formatVariant(1040, 1, '100')).toBe('Limit of 100 records per call exceeded.');
  });

  it('from JavaScript, a code or variant the catalog lacks is a TypeError that names it, not an empty message', () => {
    expect(() => m.formatMessage(4242)).toThrow(new TypeError('errcat: 4242 is not a variant-demo code'));
    expect(() => m.formatMessage('NOPE')).toThrow(new TypeError('errcat: "NOPE" is not a variant-demo code'));
    expect(() => m.formatMessage(undefined)).toThrow(new TypeError('errcat: undefined is not a variant-demo code'));
    expect(() => m.formatMessage({})).toThrow(new TypeError('errcat: a value of type object is not a variant-demo code'));
    expect(() => m.formatMessageWith(4242, {})).toThrow(new TypeError('errcat: 4242 is not a variant-demo code'));
    expect(() => m.formatVariant(4242, 0)).toThrow(new TypeError('errcat: 4242 is not a variant-demo code'));
    expect(() => m.formatVariant(1000, 7)).toThrow(new TypeError('errcat: variant-demo code 1000 has no documented variant 7'));
    expect(() => m.formatVariant(1000, undefined)).toThrow(new TypeError('errcat: variant-demo code 1000 has no documented variant undefined'));
    // An array's own properties are no variants.
    expect(() => m.formatVariant(1000, 'length')).toThrow(new TypeError('errcat: variant-demo code 1000 has no documented variant "length"'));
    // The same answer whatever ran before: a '1' or an object whose text is 1000 does not find
    // what formatVariant(1000, 1) left in the cache, and a Symbol is named, not converted.
    m.formatVariant(1000, 1, 'x');
    m.formatVariant(1000, 0);
    expect(() => m.formatVariant(1000, '1')).toThrow(new TypeError('errcat: variant-demo code 1000 has no documented variant "1"'));
    expect(() => m.formatVariant({ toString: () => '1000' }, 0)).toThrow(new TypeError('errcat: a value of type object is not a variant-demo code'));
    expect(() => m.formatVariant(Symbol('x'), 0)).toThrow(new TypeError('errcat: a value of type symbol is not a variant-demo code'));
    expect(() => m.formatVariant(1000, Symbol('x'))).toThrow(new TypeError('errcat: variant-demo code 1000 has no documented variant a value of type symbol'));
    // A caller's spelling of a known code still formats (the lookup accepts zero padding).
    expect(m.formatMessage('01000')).toBe('Invalid API URL format.');
  });

  it('formatMessageWith without its parameters object (JavaScript) fills every parameter as a missing one', () => {
    expect(m.formatMessageWith(1040)).toBe(m.formatMessage(1040));
    expect(m.formatVariant(1000, 1)).toBe("A mandatory parameter - '{parameter}' is either absent or has been used twice");
  });

  it('formatVariant checks the variant and its arity at compile time', () => {
    temp.check({
      'variants.ts': [
        "import { formatMessage, formatVariant, lookup, parseResponse, type VariantDemoError } from '@errcat/variant-demo';",
        '',
        "const a: string = formatVariant(1000, 1, 'client_id');",
        'const b: string = formatVariant(1000, 0);',
        '// @ts-expect-error: variant 1 of 1000 takes one parameter',
        'formatVariant(1000, 1);',
        '// @ts-expect-error: 1000 has no variant 2',
        'formatVariant(1000, 2);',
        '// @ts-expect-error: 3000 has one variant: use formatMessage',
        'formatVariant(3000, 0);',
        'const c: string = formatMessage(1000);',
        '// @ts-expect-error: the primary variant of 1000 takes no parameter',
        "formatMessage(1000, 'x');",
        'const d: string | undefined = lookup(2000).message;',
        '',
        'function handle(error: VariantDemoError) {',
        '  if (error.code === 1000) {',
        '    const p: string | undefined = error.params.parameter;',
        '    const v: number = error.variant;',
        '    void p, v;',
        '  }',
        '}',
        "void parseResponse, handle, a, b, c, d;",
        '',
      ].join('\n'),
    });
  });
});

describe('a code whose message the vendor does not document', () => {
  it('has no message in lookup, formats as its name, and parses with its array details', () => {
    expect(m.lookup(2000).message).toBeUndefined();
    expect(m.formatMessage(2000)).toBe('UNDOCUMENTED');
    const error = m.parseResponse('{"code":2000,"details":["a","b"]}', { status: 200 }).errors[0];
    expect(error).toMatchObject({ known: true, code: 2000, message: 'UNDOCUMENTED', details: ['a', 'b'] });
    expect(m.detailsOf(error)).toEqual(['a', 'b']);
    const wrong = m.parseResponse('{"code":2000,"details":[1]}', { status: 400 }).errors[0];
    expect(m.detailsOf(wrong)).toBeUndefined();
    expect(m.detailsIssues(wrong)).toEqual([{ path: '/0', keyword: 'type', message: 'must be string' }]);
  });

  it('says so in the TSDoc, the README and the reference page', () => {
    const undocumented = '(the vendor documents no message for this code)';
    expect(readFileSync(join(temp.pkg, 'src/codes.ts'), 'utf8')).toContain(`2000: ${undocumented}`);
    expect(readFileSync(join(temp.pkg, 'README.md'), 'utf8')).toContain(undocumented);
    const page = readFileSync(join(temp.pkg, 'docs/codes/general.md'), 'utf8');
    expect(page).toContain(undocumented);
    expect(page).toContain('The vendor gives no description of this code.');
  });
});

describe('the docs list every variant', () => {
  it('with its statuses, message and parameters, and the vendor page of each source', () => {
    const page = readFileSync(join(temp.pkg, 'docs/codes/general.md'), 'utf8');
    expect(page).toContain('Variant 0 (HTTP 404):');
    // Variant 1 is documented on another page than the code's own: it names it.
    expect(page).toContain('Variant 1 (HTTP 401): Sent when a mandatory parameter is missing or given twice. Parameters: `parameter`. Source: [OAuth page](https://example.com/api/oauth.html).');
    expect(page).toMatch(/Variant 0 \(HTTP 404\):\n/);
    // Variant 1's own example body follows its template.
    expect(page).toMatch(/is either absent or has been used twice[^\n]*\n```\n\n```json\n\{\n  "code": 1000,\n  "description": "A mandatory parameter - 'client_id'/);
    expect(page).toContain("A mandatory parameter - '%s' is either absent or has been used twice");
    expect(page).toContain('[Status codes page](https://example.com/api/status-codes.html); [OAuth page](https://example.com/api/oauth.html)');
    const catalog = JSON.parse(readFileSync(join(temp.pkg, 'catalog.json'), 'utf8'));
    const code1000 = catalog.codes.find((c: { code: number }) => c.code === 1000);
    expect(code1000.variants).toHaveLength(1);
    expect(code1000.variants[0]).toMatchObject({ httpStatus: 401, source: 'oauth-page' });
  });
});

describe('entry shapes as envelope data', () => {
  it('an error object under a key', () => {
    const r = m.parseResponse('{"error":{"code":1000,"message":"Invalid API URL format."}}', { status: 404 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ known: true, code: 1000, variant: 0 });
  });

  it('entries two arrays deep, indexed in the inner array', () => {
    const body = { portal_invite: [{ data: [{ code: 3000, message: 'Success' }, { code: 1040, message: 'Daily limit reached.' }] }] };
    const r = m.parseResponse(body, { status: 207 });
    expect(r.kind).toBe('partial');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 1040, index: 1 });
  });

  it("a job's result object, and an error that is an array of strings", () => {
    const body = { data: [{ state: 'FAILURE', result: { error_message: { code: 2000, error: ['first problem', 'second problem'] } } }] };
    const r = m.parseResponse(body, { status: 200 });
    expect(r.errors[0]).toMatchObject({ code: 2000, message: 'first problem; second problem', index: 0 });
  });

  it('per-record results next to a request-level code', () => {
    const body = { code: 3000, result: [{ code: 3000, message: 'Success' }, { code: 1040, message: 'Daily limit reached.' }] };
    const r = m.parseResponse(body, { status: 200 });
    expect(r.entries.map((e: { code: number; index?: number }) => [e.code, e.index])).toEqual([
      [3000, undefined],
      [3000, 0],
      [1040, 1],
    ]);
    expect(r.kind).toBe('partial');
    expect(r.errors).toHaveLength(1);
    expect(m.parseResponse({ code: 3000, result: [] }, { status: 200 }).kind).toBe('success');
  });

  it('the same code as a number and as a string', () => {
    for (const code of [1040, '1040', '001040']) {
      const e = m.parseResponse(JSON.stringify({ code, message: 'Daily limit reached.' }), { status: 400 }).errors[0];
      expect(e).toMatchObject({ known: true, code: 1040 });
    }
  });
});
