/** The generic parser, driven by a hand-written spec: every branch of the envelope description. */
import { describe, expect, it } from 'vitest';
import { checkDetails, checkErrorDetails, createParser, type ErrcatError, type ErrcatParseResult } from '../src/index.js';
import { crmLikeSpec, crmLikeTables, crmLikeValidators, hyperLikeSpec, hyperLikeTables } from './fixture.js';

const parse = createParser(crmLikeSpec, crmLikeTables);
const parseInt = createParser(hyperLikeSpec, hyperLikeTables);

const codes = (r: ErrcatParseResult) => r.errors.map((e) => (e as ErrcatError).code);
const only = (r: ErrcatParseResult): ErrcatError => {
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as ErrcatError;
};

describe('a top-level error entry', () => {
  it('becomes one known error with the vendor message, typed entry and HTTP status', () => {
    const body = '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}';
    const r = parse(body, { status: 401 });
    expect(r).toMatchObject({ api: 'crm-like', kind: 'error', status: 401, received: 'json', raw: body });
    expect(r.data).toEqual(JSON.parse(body));
    const e = only(r);
    expect(e).toMatchObject({ errcat: 1, known: true, code: 'INVALID_TOKEN', kind: 'error', message: 'invalid oauth token', status: 401, details: {} });
    expect(e.entry?.retry).toBe('after-reauth');
    expect(e.index).toBeUndefined();
    expect(r.entries).toEqual([e]);
  });

  it('resolves aliases to the canonical code and keeps the raw entry', () => {
    const raw = { code: 'AUTHENTICATION_FAILED', details: {}, message: 'Authentication failed', status: 'error' };
    const e = only(parse(raw, { status: 401 }));
    expect(e.code).toBe('AUTHENTICATION_FAILURE');
    expect(e.raw).toBe(raw);
  });

  it('falls back to the catalog message when the vendor sent none', () => {
    expect(only(parse({ code: 'DUPLICATE_DATA', details: { api_name: 'a', id: '1' } })).message).toBe('duplicate data');
  });

  it('keeps a code the catalog does not know as an unknown error, whole', () => {
    const raw = { code: 'BRAND_NEW', details: { x: 1 }, message: 'something new', status: 'error' };
    const e = only(parse(raw, { status: 400 }));
    expect(e).toMatchObject({ known: false, rawCode: 'BRAND_NEW', kind: 'error', message: 'something new', details: { x: 1 }, reason: 'unknown-code', entry: undefined, raw });
    // `code` stays undefined on unknown errors, so a switch on it narrows to the catalog's codes.
    expect(e.code).toBeUndefined();
    expect('code' in e).toBe(true);
  });

  it('describes an unknown code sent without a message', () => {
    expect(only(parse({ code: 'BRAND_NEW' })).message).toBe('Code "BRAND_NEW" sent without a message');
    expect(only(parse({ code: { nested: true } })).message).toBe("The entry's code an object is neither a string nor a number");
  });

  it('treats a null code as no code', () => {
    expect(only(parse({ code: null, message: 'hm' }))).toMatchObject({ known: false, code: undefined, reason: 'no-code', message: 'hm' });
  });

  it('says where an entry without a code is: the body\'s own entry, a record, a nested cause', () => {
    expect(only(parse('{"code":null}', { status: 200 })).message).toBe('The entry has "code": null');
    expect(parse({ data: [{ code: 'INVALID_DATA' }, { code: null }, { other: 1 }] }, { status: 207 }).errors.map((e) => e.message).slice(1)).toEqual([
      'Record 1 has "code": null',
      'Record 2 has no "code"',
    ]);
    const nested = only(parse({ code: 'INVALID_DATA', message: 'm', details: { errors: [{ code: 'INVALID_DATA' }, { x: 1 }, 5] } }, { status: 400 }));
    expect(nested.causes.map((c) => c.message).slice(1)).toEqual(['A nested cause has no "code"', 'A nested cause is a number, not an entry']);
  });

  it('says a code that is a number but not a finite one is not finite (1e400 parses as Infinity)', () => {
    expect(only(parseInt('{"ResponseCode":1e400}', { status: 400 })).message).toBe("The entry's code Infinity is not a finite number");
    expect(only(parse({ code: Number.NaN })).message).toBe("The entry's code NaN is not a finite number");
  });

  it('reads an empty message as none: the next message field, else the template or what arrived', () => {
    expect(only(parseInt('{"ResponseCode":999,"ResponseMsgEng":"","description":"the real one"}', { status: 400 })).message).toBe('the real one');
    expect(only(parse('{"code":"BRAND_NEW","message":""}', { status: 400 })).message).toBe('Code "BRAND_NEW" sent without a message');
    expect(only(parse('{"code":"BRAND_NEW","message":[""]}', { status: 400 })).message).toBe('Code "BRAND_NEW" sent without a message');
    const known = only(parse('{"code":"INVALID_TOKEN","message":""}', { status: 401 }));
    expect(known).toMatchObject({ known: true, code: 'INVALID_TOKEN' });
    expect(known.message).not.toBe('');
    expect(known.message).toBe(only(parse('{"code":"INVALID_TOKEN"}', { status: 401 })).message);
  });

  it('ignores inherited properties: only own fields are read', () => {
    const proto = { code: 'INVALID_TOKEN', message: 'from the prototype' };
    const r = parse(Object.create(proto) as object, { status: 500 });
    expect(only(r)).toMatchObject({ reason: 'no-code' });
  });
});

describe('per-record results', () => {
  const mixed = {
    data: [
      { code: 'SUCCESS', details: { id: '1' }, message: 'record added', status: 'success' },
      { code: 'DUPLICATE_DATA', details: { api_name: 'Mobile', id: '2' }, message: 'duplicate data', status: 'error' },
      { code: 'SUCCESS', details: { id: '3' }, message: 'record added', status: 'success' },
    ],
  };

  it.each([207, 200, undefined])('mixing success and error entries is partial (status %s)', (status) => {
    const r = parse(mixed, { status });
    expect(r.kind).toBe('partial');
    expect(r.entries.map((e) => [e.index, e.kind])).toEqual([
      [0, 'success'],
      [1, 'error'],
      [2, 'success'],
    ]);
    expect(only(r)).toMatchObject({ code: 'DUPLICATE_DATA', index: 1, details: { api_name: 'Mobile', id: '2' } });
  });

  it('all failed records make an error result; all succeeded a success result', () => {
    const failed = { users: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'role' }, message: 'required field not found', status: 'error' }] };
    expect(parse(failed, { status: 400 })).toMatchObject({ kind: 'error' });
    const ok = { data: [{ code: 'SUCCESS', details: { id: '1' }, message: 'record added', status: 'success' }] };
    const r = parse(ok, { status: 201 });
    expect(r.kind).toBe('success');
    expect(r.errors).toEqual([]);
    expect(r.entries).toHaveLength(1);
  });

  it('reads only the arrays the spec names (unless it says *)', () => {
    const body = { things: [{ code: 'INVALID_DATA', message: 'x' }] };
    expect(parse(body, { status: 200 }).kind).toBe('success');
    const wildcard = createParser({ ...crmLikeSpec, recordArrays: ['*'] }, crmLikeTables);
    expect(codes(wildcard(body, { status: 200 }))).toEqual(['INVALID_DATA']);
  });

  it('an array of records without codes is a payload, not entries', () => {
    const r = parse({ data: [{ id: '1', Last_Name: 'x' }], info: { count: 1 } }, { status: 200 });
    expect(r).toMatchObject({ kind: 'success', errors: [], entries: [] });
  });

  it('an item without a code among entries becomes an unknown no-code error at its index', () => {
    const r = parse({ data: [{ code: 'SUCCESS', status: 'success' }, 42, { id: 'x' }] }, { status: 207 });
    expect(r.kind).toBe('partial');
    expect(r.errors.map((e) => [e.index, e.message])).toEqual([
      [1, 'Record 1 is a number, not an entry'],
      [2, 'Record 2 has no "code"'],
    ]);
  });

  it('unknown codes take their kind from the status word', () => {
    const r = parse({ data: [{ code: 'NEW_OK', status: 'SUCCESS' }, { code: 'NEW_BAD', status: 'error' }] });
    expect(r.entries.map((e) => [e.code ?? e.rawCode, e.kind])).toEqual([
      ['NEW_OK', 'success'],
      ['NEW_BAD', 'error'],
    ]);
    expect(r.kind).toBe('partial');
  });

  it('a top-level array of entries is read as records', () => {
    const r = parse([{ code: 'SUCCESS', status: 'success' }, { code: 'INVALID_DATA', message: 'no' }]);
    expect(r.kind).toBe('partial');
    expect(only(r).index).toBe(1);
  });

  it('records from several named arrays are all kept', () => {
    const r = parse({ users: [{ code: 'INVALID_DATA' }], data: [{ code: 'SUCCESS', status: 'success' }] });
    expect(r.entries.map((e) => e.code)).toEqual(['INVALID_DATA', 'SUCCESS']);
  });
});

describe('nested causes', () => {
  const body = {
    data: [
      {
        code: 'INVALID_DATA',
        details: {
          errors: [
            { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' }, message: 'required field not found', status: 'error' },
            { code: 'SOMETHING_ELSE', message: 'new', status: 'error' },
          ],
        },
        message: 'invalid data',
        status: 'error',
      },
    ],
  };

  it('parses details.errors[] into causes of the entry', () => {
    const e = only(parse(body, { status: 400 }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.causes.map((c) => [c.code ?? c.rawCode, c.known])).toEqual([
      ['MANDATORY_NOT_FOUND', true],
      ['SOMETHING_ELSE', false],
    ]);
    expect(e.causes[0]).toMatchObject({ status: 400, details: { api_name: 'Last_Name' } });
    expect(e.causes[0]?.index).toBeUndefined();
  });

  it('stops following causes after a fixed depth', () => {
    let deep: Record<string, unknown> = { code: 'INVALID_DATA' };
    for (let i = 0; i < 50; i++) deep = { code: 'INVALID_DATA', details: { errors: [deep] } };
    let e = only(parse(deep));
    let depth = 0;
    while (e.causes.length > 0) {
      e = e.causes[0] as ErrcatError;
      depth++;
    }
    expect(depth).toBe(8);
  });

  it('ignores a nested path that holds something else', () => {
    expect(only(parse({ code: 'INVALID_DATA', details: { errors: 'none' } })).causes).toEqual([]);
    expect(only(parse({ code: 'INVALID_DATA', details: { errors: [1, 2] } })).causes).toEqual([]);
  });
});

describe('details', () => {
  it('hands details over as received, unchecked: a schema mismatch is found by checkDetails, not parseResponse', () => {
    const e = only(parse({ code: 'DUPLICATE_DATA', details: { api_name: 'Mobile', id: 7 }, message: 'duplicate data' }));
    expect(e.known).toBe(true);
    expect(e.details).toEqual({ api_name: 'Mobile', id: 7 });
    expect(e).not.toHaveProperty('detailsValid');
    expect(checkDetails(crmLikeValidators, e.code, e.details)).toEqual([{ path: '/id', keyword: 'type', message: 'must be string' }]);
    expect(checkDetails(crmLikeValidators, e.code, { api_name: 'Mobile', id: '7' })).toEqual([]);
  });

  it('uses an empty object when the entry has no details, which checkDetails holds to the schema', () => {
    const e = only(parse({ code: 'DUPLICATE_DATA', message: 'duplicate data' }));
    expect(e.details).toEqual({});
    expect(checkDetails(crmLikeValidators, e.code, e.details).map((i) => i.keyword)).toEqual(['required', 'required']);
  });

  it('checkDetails flags non-object details of a code without a schema, and of a package without schemas', () => {
    const e = only(parse({ code: 'INVALID_TOKEN', details: [1] }));
    expect(e.details).toEqual([1]);
    const notObject = [{ path: '', keyword: 'type', message: 'must be object' }];
    expect(checkDetails(crmLikeValidators, e.code, e.details)).toEqual(notObject);
    expect(checkDetails(undefined, e.code, e.details)).toEqual(notObject);
    for (const value of [null, 'x', 3, undefined]) expect(checkDetails(undefined, 'INVALID_TOKEN', value)).toEqual(notObject);
    expect(checkDetails(crmLikeValidators, 'INVALID_TOKEN', { a: 1 })).toEqual([]);
    // A JavaScript caller's code that is no code (undefined, an object) is checked as "an object" too.
    expect(checkDetails(crmLikeValidators, undefined, { a: 1 })).toEqual([]);
    expect(checkDetails(crmLikeValidators, { toString: () => 'DUPLICATE_DATA' }, {})).toEqual([]);
  });

  it('checkErrorDetails checks a known error of its API, and names what else a JavaScript caller passed', () => {
    const dup = only(parse({ code: 'DUPLICATE_DATA', details: { api_name: 'Mobile', id: 7 }, message: 'duplicate data' }));
    expect(checkErrorDetails(crmLikeValidators, 'crm-like', dup)).toEqual([{ path: '/id', keyword: 'type', message: 'must be string' }]);
    const unknown = only(parse({ code: 'BRAND_NEW', details: {} }));
    const refused: Array<[unknown, string]> = [
      [null, 'got null'],
      [undefined, 'got undefined'],
      [{ code: 'DUPLICATE_DATA', details: {} }, 'got object'],
      [unknown, 'got an unknown-code crm-like error'],
      [{ ...dup, api: 'other-api' }, 'got a other-api error'],
    ];
    for (const [value, got] of refused) expect(() => checkErrorDetails(crmLikeValidators, 'crm-like', value)).toThrow(new TypeError(`errcat: expected a known crm-like error (narrow on its code first), ${got}`));
  });

  it('gives APIs without a details field an empty details object', () => {
    expect(only(parseInt({ ResponseCode: 7, ResponseMsgEng: 'x' })).details).toEqual({});
  });
});

describe('template parameters', () => {
  it('are recovered by name from a message the catalog template produced', () => {
    const e = only(parse({ code: 'FIELD_TOO_LONG', message: 'Value of Last_Name is longer than 80 characters' }));
    expect(e.params).toEqual({ field: 'Last_Name', limit: '80' });
  });

  it('are empty when the message does not follow the template', () => {
    expect(only(parse({ code: 'FIELD_TOO_LONG', message: 'Too long' })).params).toEqual({});
    expect(only(parse({ code: 'FIELD_TOO_LONG' })).params).toEqual({});
  });

  it('read the first message field that holds a string', () => {
    const e = only(parseInt({ ResponseCode: 25, ResponseMsgEng: null, description: 'Email address is not valid: a@b' }));
    expect(e.params).toEqual({ emailAddress: 'a@b' });
  });
});

describe('integer codes', () => {
  it.each([7, '7', '007', ' 7 '])('match %j', (code) => {
    expect(only(parseInt({ ResponseCode: code, ResponseMsgEng: 'Please fill up the required fields.' })).code).toBe(7);
  });

  it('success codes share the envelope: 0 and 2 succeed, 1 is partial', () => {
    expect(parseInt({ ResponseCode: 0, ResponseMsgEng: 'Success.' })).toMatchObject({ kind: 'success', errors: [] });
    expect(parseInt({ ResponseCode: '002', ResponseMsgEng: 'No Results / Data.' }).kind).toBe('success');
    const partial = parseInt({ ResponseCode: 1, ResponseMsgEng: 'Incomplete success.' });
    expect(partial.kind).toBe('partial');
    expect(only(partial).code).toBe(1);
  });

  it('unknown integer codes are normalised when they are digit strings, kept otherwise', () => {
    expect(only(parseInt({ ResponseCode: '0099' })).rawCode).toBe(99);
    expect(only(parseInt({ ResponseCode: 'X1' })).rawCode).toBe('X1');
    expect(only(parseInt({ ResponseCode: 1.5 })).rawCode).toBe(1.5);
  });
});

describe('bodies that are not the envelope', () => {
  it.each([
    ['', 204, 'success'],
    ['', 304, 'success'],
    ['  \n', 204, 'success'],
    ['', 200, 'error'],
    ['', undefined, 'error'],
  ] as const)('empty body %j with status %s → %s', (body, status, kind) => {
    const r = parse(body, { status });
    expect(r.kind).toBe(kind);
    expect(r.received).toBe('empty');
    if (kind === 'error') expect(only(r)).toMatchObject({ reason: 'empty-body', known: false, status });
  });

  it('an undefined body is an empty body', () => {
    expect(parse(undefined, { status: 204 }).kind).toBe('success');
    expect(only(parse(undefined))).toMatchObject({ reason: 'empty-body' });
  });

  it('defaults the empty-body statuses to 204, 205 and 304', () => {
    expect(parseInt('', { status: 205 }).kind).toBe('success');
    expect(parseInt('', { status: 200 }).kind).toBe('error');
  });

  it('an HTML error page: error with the status and the page title, raw text kept', () => {
    const html = '<!DOCTYPE html>\n<html><head><title>\n  401 Unauthorized </title></head><body><h1>Nope</h1></body></html>';
    const r = parse(html, { status: 401 });
    expect(r).toMatchObject({ kind: 'error', status: 401, received: 'html', raw: html, data: undefined });
    expect(only(r)).toMatchObject({
      known: false,
      code: undefined,
      reason: 'non-json',
      status: 401,
      raw: html,
      message: 'Received an HTML page instead of JSON (HTTP 401): 401 Unauthorized',
    });
  });

  it('an HTML page without a title shows its text', () => {
    const r = parse('<html><body><script>var x = 1;</script><p>Service   down</p></body></html>', { status: 503 });
    expect(only(r).message).toBe('Received an HTML page instead of JSON (HTTP 503): Service down');
  });

  it('XML and plain text are non-json too', () => {
    const xml = parse('<?xml version="1.0"?><error><code>X</code></error>');
    expect(xml.received).toBe('xml');
    expect(only(xml).message).toMatch(/^Received XML instead of JSON: <\?xml/);
    const text = parse('Unauthorized', { status: 401 });
    expect(text.received).toBe('text');
    expect(only(text)).toMatchObject({ reason: 'non-json', message: 'Received plain text instead of JSON (HTTP 401): "Unauthorized"' });
    expect(parse('nope').received).toBe('text');
    expect(parse('-- bad').received).toBe('text');
  });

  it('malformed JSON says so and keeps the text', () => {
    const body = '{"code":"INVALID_TOKEN",';
    const r = parse(body, { status: 401 });
    expect(r.received).toBe('malformed-json');
    expect(only(r)).toMatchObject({ reason: 'malformed-json', raw: body });
    expect(only(r).message).toMatch(/^Received malformed JSON \(HTTP 401\) \(24 characters\): /);
  });

  it.each([
    ['null', 'Received JSON null where an error entry was expected'],
    ['42', 'Received a JSON number where an error entry was expected'],
    ['"error"', 'Received a JSON string where an error entry was expected'],
    ['true', 'Received a JSON boolean where an error entry was expected'],
    ['[1,2,3]', 'Received a JSON array of 3 items that are not error entries'],
    ['[]', 'Received a JSON array of 0 items that are not error entries'],
  ])('%s is not-an-object under an error status or none, a payload under a plain 2xx (as an object without a code is)', (body, message) => {
    for (const status of [500, 207, undefined]) {
      const r = parse(body, { status });
      expect(r.kind).toBe('error');
      expect(r.received).toBe('json');
      expect(only(r)).toMatchObject({ reason: 'not-an-object', message: status === undefined ? message : message.replace(/( where| that)/, ` (HTTP ${status})$1`) });
    }
    expect(parse(body, { status: 200 })).toMatchObject({ kind: 'success', errors: [], entries: [], received: 'json', data: JSON.parse(body) });
  });

  it('an already-parsed null is not-an-object, received as a value', () => {
    const r = parse(null);
    expect(r).toMatchObject({ kind: 'error', received: 'value', raw: null, data: null });
  });

  it('an object without any code: a payload under 2xx, an error otherwise', () => {
    expect(parse('{"data":{"id":"1"}}', { status: 200 })).toMatchObject({ kind: 'success', errors: [], entries: [] });
    const r = parse('{"error":"invalid_client"}', { status: 400 });
    expect(only(r)).toMatchObject({ reason: 'no-code', message: 'Received a JSON object without "code" (HTTP 400) (properties "error")' });
    expect(only(parse({}, {})).message).toBe('Received a JSON object without "code" (no properties)');
  });

  it('an object without a code but with a message field: the vendor\'s words are the message', () => {
    const r = parse('{"message":"Internal Server Error","details":{}}', { status: 500 });
    expect(only(r)).toMatchObject({ known: false, reason: 'no-code', rawCode: undefined, message: 'Internal Server Error', status: 500 });
    // An empty or non-text message is none: the words for what arrived instead.
    expect(only(parse({ message: '' }, { status: 400 })).message).toBe('Received a JSON object without "code" (HTTP 400) (properties "message")');
    expect(only(parse({ message: { text: 1 } }, { status: 400 })).message).toMatch(/^Received a JSON object without "code"/);
  });

  it('a partial status with no entries anywhere is an error, not a payload', () => {
    expect(only(parse({ data: [] }, { status: 207 }))).toMatchObject({ reason: 'no-code' });
  });

  it('strips a byte-order mark before JSON, also after whitespace or a second one', () => {
    for (const lead of ['\uFEFF', '\n\uFEFF', '\uFEFF\uFEFF', ' \uFEFF\t']) {
      expect(only(parse(`${lead}{"code":"INVALID_TOKEN"}`)).code).toBe('INVALID_TOKEN');
      expect(only(parse(`${lead}[{"code":"INVALID_TOKEN"}]`)).code).toBe('INVALID_TOKEN');
    }
  });

  it('reads a huge body', () => {
    const records = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0 ? { code: 'SUCCESS', details: { id: String(i) }, status: 'success' } : { code: 'INVALID_DATA', status: 'error' },
    );
    const r = parse(JSON.stringify({ data: records }), { status: 207 });
    expect(r.kind).toBe('partial');
    expect(r.entries).toHaveLength(20_000);
    expect(r.errors).toHaveLength(10_000);
    const text = 'x'.repeat(5_000_000);
    expect(only(parse(text)).message.length).toBeLessThan(250);
  });

  it('never throws on a value whose getters throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no descriptor');
        },
      },
    );
    const r = parse(hostile, { status: 500 });
    expect(r.kind).toBe('error');
    expect(only(r)).toMatchObject({ reason: 'unreadable', status: 500 });
    expect(only(r).message).toMatch(/could not be read/);
    const throwingError = new Proxy({ code: 'X' }, { getOwnPropertyDescriptor() { throw Object.create(null); } });
    expect(only(parse(throwingError))).toMatchObject({ reason: 'unreadable' });
  });
});

describe('status and headers', () => {
  it('keeps valid HTTP statuses only', () => {
    expect(parse('{}', { status: 0 }).status).toBeUndefined();
    expect(parse('{}', { status: 200.5 }).status).toBeUndefined();
    expect(parse('{}', { status: 600 }).status).toBeUndefined();
    expect(parse('{}', { status: Number.NaN }).status).toBeUndefined();
  });

  it('reads the envelope headers case-insensitively from a record', () => {
    const r = parse('{"code":"TOO_MANY_REQUESTS"}', {
      status: 429,
      headers: { 'x-api-credits-remaining': '120', 'RETRY-AFTER': ' 30 ', 'x-request-id': ['abc', 'def'], other: 'x' },
    });
    expect(r.headers).toEqual({ creditsRemaining: 120, retryAfter: 30, requestId: 'abc' });
    expect(r.retryAfterSeconds).toBe(30);
    expect(only(r).retryAfterSeconds).toBe(30);
  });

  it('reads headers through get() (fetch Headers)', () => {
    const store = new Map([['x-api-credits-remaining', '5']]);
    const headers = { get: (name: string) => store.get(name.toLowerCase()) ?? null };
    expect(parse('{}', { status: 200, headers }).headers).toEqual({ creditsRemaining: 5 });
  });

  it('turns a Retry-After date into seconds from now', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    const at = (value: string) => parse('{"code":"LIMITED"}', { status: 429, headers: { 'Retry-After': value }, now }).retryAfterSeconds;
    expect(at('Wed, 21 Oct 2015 07:29:30 GMT')).toBe(90);
    expect(at('Wed, 21 Oct 2015 07:00:00 GMT')).toBe(0);
    expect(at('soon')).toBeUndefined();
  });

  it('drops header values of the wrong type, and says so in a warning', () => {
    const r = parse('{}', { status: 200, headers: { 'X-API-CREDITS-REMAINING': '-3', 'Retry-After': '1e3' } });
    expect(r.headers).toEqual({});
    expect(r.retryAfterSeconds).toBeUndefined();
    expect(r.warnings).toEqual([
      { kind: 'header-invalid', message: 'X-API-CREDITS-REMAINING: "-3" could not be read; left out' },
      { kind: 'header-invalid', message: 'Retry-After: "1e3" could not be read; left out' },
    ]);
    // A long value is cut to 40 UTF-16 units, and the cut marked; a surrogate pair cut in two
    // stays well-formed text (escaped, as everything outside printable ASCII is); a valid value
    // gives no warning.
    const long = parse('', { status: 503, headers: { 'Retry-After': `soon${'!'.repeat(100)}` } });
    expect(long.warnings[0]?.message).toBe(`Retry-After: "soon${'!'.repeat(36)}"… could not be read; left out`);
    const emoji = parse('', { status: 503, headers: { 'Retry-After': `${'x'.repeat(39)}\u{1F600}` } });
    expect(emoji.warnings[0]?.message).toBe(`Retry-After: "${'x'.repeat(39)}\\ud83d"… could not be read; left out`);
    expect(emoji.warnings[0]?.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(parse('', { status: 503, headers: { 'Retry-After': '7' } }).warnings).toEqual([]);
  });

  it('surfaces no headers for an API whose envelope names none', () => {
    expect(parseInt('{"ResponseCode":0}', { headers: { 'Retry-After': '10' } })).toMatchObject({ headers: {}, retryAfterSeconds: undefined });
  });
});
