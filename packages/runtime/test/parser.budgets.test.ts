/**
 * What a fuzzing review of the parser found (2026-12-07), each held here: budgets that cut a body
 * short say so, work stays bounded on already parsed values that share arrays, values that hold a
 * body are refused at run time as the types refuse them, and the caller's init is read through the
 * guards also by parseFetchResponse.
 */
import { describe, expect, it } from 'vitest';
import { checkDetails, createParser, parseFetch, type ErrcatParseInit } from '../src/index.js';
import { readCauses } from '../src/parse/causes.js';
import { messageText } from '../src/parse/message-text.js';
import { MAX_PATH_STEPS, WalkBudget } from '../src/parse/walk-budget.js';
import { crmLikeSpec, crmLikeTables, crmLikeValidators } from './fixture.js';

const crm = createParser(crmLikeSpec, crmLikeTables);
const portals = createParser({ ...crmLikeSpec, entryPaths: ['portal_invite[].data[]'] }, crmLikeTables);
const OK = { code: 'SUCCESS', status: 'success', message: 'record added' };
const ERR = { code: 'INVALID_DATA', status: 'error', message: 'invalid data' };

describe('entry paths', () => {
  it('read past the 10,000 records they stopped at silently before', () => {
    const body = JSON.stringify({ portal_invite: [{ data: [...Array<typeof OK>(10_000).fill(OK), ERR] }] });
    const r = portals(body, { status: 207 });
    expect(r.kind).toBe('partial');
    expect(r.errors.map((e) => [e.code, e.index])).toEqual([['INVALID_DATA', 10_000]]);
    expect(r.warnings).toEqual([]);
  });

  it('read a text the entry budget reads whole: 99,999 records through a path, all of them, no warning', () => {
    const r = portals(JSON.stringify({ portal_invite: [{ data: [...Array<typeof OK>(99_998).fill(OK), ERR] }] }), { status: 207 });
    expect(r.entries).toHaveLength(99_999);
    expect(r.errors.map((e) => e.index)).toEqual([99_998]);
    expect(r.warnings).toEqual([]);
  });

  it('stop after MAX_PATH_STEPS values, and name the path in a warning', () => {
    const body = JSON.stringify({ portal_invite: [{ data: [...Array<number>(MAX_PATH_STEPS).fill(0), ERR] }] });
    // Under a plain 200 nothing read is an entry: a payload, with the cut said (README).
    const r = portals(body, { status: 200 });
    expect(r.kind).toBe('success');
    expect(r.warnings).toEqual([
      { kind: 'entries-truncated', message: `Stopped following portal_invite[].data[] after ${MAX_PATH_STEPS} values; the rest not read (the body is on raw)` },
    ]);
  });

  it('count a list shared by many items each time it is stepped on, so a shared value costs no more than the limit', () => {
    const data = Array<number>(2_000).fill(1);
    const r = portals({ portal_invite: Array.from({ length: 2_000 }, () => ({ data })) }, { status: 400 });
    expect(r.warnings.map((w) => w.kind)).toEqual(['entries-truncated']);
  });
});

describe('nested causes', () => {
  it('a list shared by many entries is scanned for entries once, not once per entry', () => {
    const budget = new WalkBudget();
    const list = Array<number>(1_000).fill(1);
    let scanned = 0;
    const isEntry = () => {
      scanned++;
      return false;
    };
    for (let i = 0; i < 100; i++) expect(readCauses(budget, list, isEntry, () => 0)).toEqual([]);
    expect(scanned).toBe(1_000);
  });

  it('a list without entries is no list of causes: every entry holding it shares one frozen empty list', () => {
    const strings = ['just', 'text'];
    const r = crm({ data: [0, 1, 2].map(() => ({ ...ERR, details: { errors: strings } })) }, { status: 207 });
    expect(r.errors).toHaveLength(3);
    for (const e of r.errors) {
      expect(e.causes).toEqual([]);
      expect(Object.isFrozen(e.causes)).toBe(true);
    }
  });

  it('the depth warning counts distinct lists that hold an entry, once each', () => {
    const chain = (innermost: unknown[]): Record<string, unknown> => {
      let cause: Record<string, unknown> = { ...ERR, details: { errors: innermost } };
      for (let i = 0; i < 8; i++) cause = { ...ERR, details: { errors: [cause] } };
      return cause;
    };
    expect(crm(chain(['just a string']), { status: 400 }).warnings).toEqual([]);
    const shared = [{ ...ERR }];
    const r = crm({ data: [1, 2, 3, 4, 5].map(() => chain(shared)) }, { status: 207 });
    expect(r.warnings).toEqual([{ kind: 'entries-truncated', message: '1 list of nested causes deeper than 8 levels not read (the body is on raw)' }]);
  });

  it('a list cut short by a cycle and held by many entries is walked within a budget, and each cause a cycle led back to counted once (the top entry, and the holder being read when the top came back as a cause)', () => {
    const shared: unknown[] = [];
    const holders = Array.from({ length: 2_000 }, () => ({ ...ERR, details: { errors: shared } }));
    const top = { ...ERR, details: { errors: holders } };
    shared.push(top, ...Array.from({ length: 2_000 }, () => ({ code: 'MANDATORY_NOT_FOUND' })));
    const r = crm(top, { status: 400 });
    expect(r.warnings).toEqual([
      { kind: 'cause-cycle', message: '2 nested causes referred back to an entry being read; left out' },
      { kind: 'entries-truncated', message: 'Stopped reading nested causes after 1000000 items; the rest not read (the body is on raw)' },
    ]);
  });

  it('causes deeper than 8 levels are left out and said in a warning', () => {
    let cause: Record<string, unknown> = { ...ERR, details: {} };
    for (let i = 0; i < 11; i++) cause = { ...ERR, details: { errors: [cause] } };
    const r = crm(cause, { status: 400 });
    let depth = 0;
    for (let e = r.errors[0]; e !== undefined && e.causes.length > 0; e = e.causes[0]) depth++;
    expect(depth).toBe(8);
    expect(r.warnings).toEqual([{ kind: 'entries-truncated', message: '1 list of nested causes deeper than 8 levels not read (the body is on raw)' }]);
  });
});

describe('message arrays', () => {
  it('are joined up to their first 100 strings, then "; …"', () => {
    expect(messageText(['a', 'b'])).toBe('a; b');
    const long = Array.from({ length: 150 }, (_, i) => String(i));
    expect(messageText(long)).toBe(`${long.slice(0, 100).join('; ')}; …`);
    expect(messageText([...Array<string>(100).fill('x'), 1])).toBe(`${Array<string>(100).fill('x').join('; ')}; …`);
    expect(messageText(['x', 1])).toBeUndefined();
  });
});

describe('a value that holds a body, passed from JavaScript', () => {
  it('a probe that throws (a then getter, a Proxy trap) is no holder: the body is read as before', () => {
    const o = { code: 'INVALID_DATA', message: 'invalid data' };
    Object.defineProperty(o, 'then', {
      get() {
        throw new Error('then');
      },
    });
    expect(crm(o, { status: 400 }).errors[0]?.code).toBe('INVALID_DATA');
    const trapped = new Proxy({ code: 'INVALID_DATA' }, { get: (t, k) => (k === 'then' ? (() => { throw new Error('trap'); })() : Reflect.get(t, k)) });
    expect(crm(trapped, { status: 400 }).errors[0]?.code).toBe('INVALID_DATA');
  });

  it.each([
    ['a fetch Response', new Response('{"code":"INVALID_TOKEN"}', { status: 401 }), 'a fetch Response or a Blob', 'pass a Response to parseFetchResponse, read a Blob to text first'],
    ['a Blob', new Blob(['{}']), 'a fetch Response or a Blob', 'pass a Response to parseFetchResponse, read a Blob to text first'],
    ['a Promise', Promise.resolve('{}'), 'a Promise', 'await it first'],
    ['a web stream', new ReadableStream(), 'a stream', 'read it to text first'],
    ['a Node stream', { pipe: (): undefined => undefined }, 'a stream', 'read it to text first'],
    ["undici's body stream (arrayBuffer too, no status)", { pipe: (): undefined => undefined, arrayBuffer: (): undefined => undefined }, 'a stream', 'read it to text first'],
  ])('%s is an error that says what to do instead, never a payload under 200', (_, body, holder, instead) => {
    const r = crm(body as never, { status: 200 });
    expect(r.kind).toBe('error');
    expect(r.errors[0]).toMatchObject({ reason: 'not-an-object', message: `Received ${holder} (HTTP 200), not a body: ${instead}` });
    expect(r.received).toBe('value');
  });

  it('a value JSON cannot hold is no payload, even under 200 (res.json passed uncalled)', () => {
    const res = new Response('{}');
    expect(crm(res.json as never, { status: 200 }).errors[0]).toMatchObject({ reason: 'not-an-object', message: 'Received a JavaScript function (HTTP 200) where an error entry was expected' });
    expect(crm(Symbol('s') as never, { status: 200 }).kind).toBe('error');
    expect(crm(10n as never, { status: 204 }).kind).toBe('error');
  });

  it('a JSON body with keys of those names is read as JSON', () => {
    expect(crm('{"then":"x","pipe":1,"code":"INVALID_DATA"}', { status: 400 }).errors[0]?.code).toBe('INVALID_DATA');
    expect(crm({ then: 'x', getReader: null, data: [] }, { status: 200 }).kind).toBe('success');
  });
});

describe('the caller’s init', () => {
  it('a status that is not an HTTP status is left out and said in a warning', () => {
    const r = crm('<html><title>503</title></html>', { status: '503' } as unknown as ErrcatParseInit);
    expect(r.status).toBeUndefined();
    expect(r.warnings).toEqual([{ kind: 'status-invalid', message: 'The status "503" is not an integer from 100 to 599; the body was parsed without it' }]);
    expect(crm('{}', { status: 99.5 }).warnings[0]?.message).toBe('The status 99.5 is not an integer from 100 to 599; the body was parsed without it');
    expect(crm('{}', { status: {} } as unknown as ErrcatParseInit).warnings[0]?.message).toMatch(/^The status \(of type object\) is not an integer/);
    // A boxed number is an object too: said as such, not as a number it does not equal (=== 503 is false).
    expect(crm('{}', { status: Object(503) } as unknown as ErrcatParseInit).warnings[0]?.message).toMatch(/^The status \(of type object\) is not an integer/);
    expect(crm('{}', { status: null } as unknown as ErrcatParseInit).warnings).toEqual([]);
    expect(crm('{}', {}).warnings).toEqual([]);
  });

  it('parseFetchResponse reads status, headers and clock through the same guards: a throwing getter is a warning, not a rejection', async () => {
    const res = {
      get status(): number {
        throw new Error('status');
      },
      get headers(): never {
        throw new Error('headers');
      },
      text: async () => '{"code":"INVALID_TOKEN","message":"invalid oauth token"}',
    };
    const r = await parseFetch(crm, res);
    expect(r.errors[0]?.code).toBe('INVALID_TOKEN');
    expect(r.warnings.map((w) => w.kind)).toEqual(['status-unreadable', 'headers-unreadable']);
    const clock = {
      get now(): number {
        throw new Error('now');
      },
    };
    const ok = await parseFetch(crm, new Response('{}', { status: 200, headers: { 'Retry-After': '5' } }), clock);
    expect(ok).toMatchObject({ kind: 'success', status: 200, retryAfterSeconds: 5, warnings: [] });
  });
});

describe('words for what arrived', () => {
  it('a given value of a type JSON does not have is not called JSON', () => {
    expect(crm(Symbol('s') as never).errors[0]?.message).toBe('Received a JavaScript symbol where an error entry was expected');
    expect(crm(10n as never).errors[0]?.message).toBe('Received a JavaScript bigint where an error entry was expected');
    expect(crm(5 as never).errors[0]?.message).toBe('Received a JSON number where an error entry was expected');
  });

  it('a hole or undefined in a list of entries is "undefined", not "a undefined"', () => {
    // eslint-disable-next-line no-sparse-arrays
    const r = crm([, { code: 'INVALID_DATA' }] as never, { status: 400 });
    expect(r.errors[0]?.message).toBe('Record 0 is undefined, not an entry');
  });
});

describe('details that throw when read', () => {
  it('do not match (one "unreadable" issue): detailsOf gives undefined, never a throw', () => {
    const details = {
      api_name: 'Email',
      get id(): string {
        throw new Error('getter');
      },
    };
    const e = crm({ code: 'DUPLICATE_DATA', message: 'duplicate data', details }, { status: 400 }).errors[0];
    expect(checkDetails(crmLikeValidators, e?.code, e?.details)).toEqual([{ path: '', keyword: 'unreadable', message: 'could not be read (reading them threw)' }]);
    // A code without a schema too: a revoked Proxy throws even for Array.isArray.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkDetails(crmLikeValidators, 'INVALID_DATA', proxy)).toEqual([{ path: '', keyword: 'unreadable', message: 'could not be read (reading them threw)' }]);
  });
});

describe('header values', () => {
  it('lose only the optional whitespace HTTP allows around them (spaces, tabs), not NBSP or U+2028', () => {
    const headers = (v: string) => crm('{}', { status: 200, headers: { 'X-API-CREDITS-REMAINING': v, 'X-Request-Id': v } });
    expect(headers(' \t42\t ').headers).toEqual({ creditsRemaining: 42, requestId: '42' });
    const nbsp = headers('\u00a042');
    expect(nbsp.headers).toEqual({ requestId: '\u00a042' });
    // Shown escaped: a no-break space printed as is would look like a space, which is allowed.
    expect(nbsp.warnings).toEqual([{ kind: 'header-invalid', message: 'X-API-CREDITS-REMAINING: "\\u00a042" could not be read; left out' }]);
    const long = headers('x'.repeat(50)).warnings[0]?.message;
    expect(long).toBe(`X-API-CREDITS-REMAINING: "${'x'.repeat(40)}"… could not be read; left out`);
  });
});
