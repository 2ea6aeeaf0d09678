/** Guards, retry advice, problem details and the Error subclass, on errors the parser produced. */
import { describe, expect, it } from 'vitest';
import {
  createParser,
  ErrcatApiError,
  hasCode,
  humanizeName,
  isErrcatApiError,
  isErrcatError,
  isKnownErrcatError,
  isTransientStatus,
  retryAdvice,
  toProblemDetails,
  TRANSIENT_DELAY_SECONDS,
  type ErrcatError,
  type ErrcatParseResult,
} from '../src/index.js';
import { crmLikeSpec, crmLikeTables } from './fixture.js';

const parse = createParser(crmLikeSpec, crmLikeTables);
const first = (r: ErrcatParseResult): ErrcatError => r.errors[0] as ErrcatError;

describe('guards', () => {
  const known = first(parse({ code: 'DUPLICATE_DATA', details: { api_name: 'a', id: '1' }, message: 'duplicate data' }));
  const unknown = first(parse('<html></html>', { status: 502 }));

  it('isErrcatError is structural: a structured clone (another realm, another copy) still passes', () => {
    expect(isErrcatError(known)).toBe(true);
    expect(isErrcatError(unknown)).toBe(true);
    expect(isErrcatError(structuredClone(known))).toBe(true);
    expect(isErrcatError(JSON.parse(JSON.stringify(unknown)))).toBe(true);
    for (const value of [null, undefined, 1, 'x', {}, { errcat: 1 }, { errcat: '1', api: 'a', known: true }, new Error('x')])
      expect(isErrcatError(value)).toBe(false);
  });

  it('isKnownErrcatError and hasCode look at known, code and api', () => {
    expect(isKnownErrcatError(known)).toBe(true);
    expect(isKnownErrcatError(unknown)).toBe(false);
    expect(hasCode(known, 'DUPLICATE_DATA')).toBe(true);
    expect(hasCode(known, 'DUPLICATE_DATA', 'crm-like')).toBe(true);
    expect(hasCode(known, 'DUPLICATE_DATA', 'other-api')).toBe(false);
    expect(hasCode(known, 'INVALID_TOKEN')).toBe(false);
    const unknownWithCode = first(parse({ code: 'NEW' }));
    expect(hasCode(unknownWithCode, 'NEW')).toBe(false);
    expect(hasCode({ ...known, known: false }, 'DUPLICATE_DATA')).toBe(false);
  });
});

describe('retryAdvice', () => {
  const at = (body: unknown, retryAfter?: string) =>
    retryAdvice(first(parse(body, { status: 429, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } })));

  it('follows the catalog strategy', () => {
    expect(at({ code: 'DUPLICATE_DATA' })).toEqual({ retry: 'never' });
    expect(at({ code: 'INVALID_TOKEN' })).toEqual({ retry: 'after-reauth', reauth: 'refresh' });
    expect(at({ code: 'TOO_MANY_REQUESTS' })).toEqual({ retry: 'after-delay', delaySeconds: 60 });
  });

  it('says how to reauthenticate; an entry that does not say is authorized again, never refreshed in a loop', () => {
    const token = first(parse({ code: 'INVALID_TOKEN' }, { status: 401 }));
    expect(token.known && token.entry.reauth).toBe('refresh');
    const entryOf = (reauth: 'refresh' | 'authorize' | undefined) => ({ kind: 'error' as const, retryAfterSeconds: undefined, entry: { ...(token.entry as NonNullable<typeof token.entry>), reauth } });
    expect(retryAdvice(entryOf('authorize'))).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
    // A hand-made CodeEntry (or a table older than the reauth field): refreshing might not help, so it is not advised.
    expect(retryAdvice(entryOf(undefined))).toEqual({ retry: 'after-reauth', reauth: 'authorize' });
  });

  it('prefers the Retry-After the response sent', () => {
    expect(at({ code: 'TOO_MANY_REQUESTS' }, '7')).toEqual({ retry: 'after-delay', delaySeconds: 7 });
    expect(at({ code: 'LIMITED' })).toEqual({ retry: 'after-delay', delaySeconds: 0 });
    expect(at({ code: 'DUPLICATE_DATA' }, '7')).toEqual({ retry: 'never' });
  });

  it('retries unknown errors under transient statuses, honouring Retry-After', () => {
    const under = (status: number, body: unknown, retryAfter?: string) =>
      retryAdvice(first(parse(body, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } })));
    // The cases: an HTML 502 page, an empty 503, a 504 (any body), a 429 without a code.
    expect(under(502, '<html><body><h1>502 Bad Gateway</h1></body></html>')).toEqual({ retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS });
    expect(under(503, '')).toEqual({ retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS });
    expect(under(504, '{"oops": true}')).toEqual({ retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS });
    expect(at('<html>busy</html>')).toEqual({ retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS });
    // Proxy and CDN pages (the origin did not answer).
    expect(under(522, '<html>Connection timed out</html>')).toEqual({ retry: 'after-delay', delaySeconds: TRANSIENT_DELAY_SECONDS });
    // Retry-After wins over the default wait.
    expect(under(503, '', '30')).toEqual({ retry: 'after-delay', delaySeconds: 30 });
    expect(at('<html>busy</html>', '12')).toEqual({ retry: 'after-delay', delaySeconds: 12 });
    // Not transient: the same request fails again.
    expect(under(500, '')).toEqual({ retry: 'never' });
    expect(under(400, '<html>bad</html>')).toEqual({ retry: 'never' });
    expect(under(404, '{"code": "NEW"}')).toEqual({ retry: 'never' });
    expect(retryAdvice(first(parse('<html></html>')))).toEqual({ retry: 'never' });
    // ...unless the response itself said when.
    expect(under(400, '<html>bad</html>', '5')).toEqual({ retry: 'after-delay', delaySeconds: 5 });
  });

  it('isTransientStatus lists the "not now" statuses', () => {
    expect([408, 429, 502, 503, 504, 520, 524, 598, 599].every(isTransientStatus)).toBe(true);
    expect([undefined, 200, 400, 401, 404, 500, 501, 505, 519, 525].some(isTransientStatus)).toBe(false);
  });

  it('never retries a success entry', () => {
    const ok = parse({ data: [{ code: 'SUCCESS', status: 'success' }] }, { headers: { 'Retry-After': '3' } });
    expect(retryAdvice(ok.entries[0] as ErrcatError)).toEqual({ retry: 'never' });
  });
});

describe('toProblemDetails', () => {
  it('maps a known error to RFC 9457 members plus code and details', () => {
    const e = first(parse({ code: 'INVALID_TOKEN', details: { a: 1 }, message: 'invalid oauth token' }, { status: 401 }));
    expect(toProblemDetails(e)).toEqual({
      type: 'https://docs.example/INVALID_TOKEN.md',
      title: 'Invalid token',
      status: 401,
      detail: 'invalid oauth token',
      code: 'INVALID_TOKEN',
      details: { a: 1 },
    });
  });

  it("uses the code's own status for a record inside a 2xx multi-status response, and keeps the index", () => {
    const r = parse({ data: [{ code: 'SUCCESS', status: 'success' }, { code: 'DUPLICATE_DATA', message: 'duplicate data' }] }, { status: 207 });
    expect(toProblemDetails(first(r))).toMatchObject({ status: 400, index: 1, code: 'DUPLICATE_DATA' });
  });

  it('never says 2xx: an error sent under 200 takes its code\'s first error status, or none', () => {
    // Documented under 200 and 400: the problem says 400.
    const both = parse({ code: 'UNDER_200', message: 'x' }, { status: 200 });
    expect(toProblemDetails(first(both))).toMatchObject({ code: 'UNDER_200', status: 400 });
    // Documented under 200 only (Zoho Accounts' invalid_code): no status member at all.
    const only = toProblemDetails(first(parse({ code: 'ONLY_200', message: 'x' }, { status: 200 })));
    expect(only).toMatchObject({ code: 'ONLY_200', title: 'Only 200' });
    expect('status' in only).toBe(false);
    // An unknown code under 200 has no documented status either.
    const unknown = toProblemDetails(first(parse({ code: 'NOT_IN_CATALOG', message: 'x' }, { status: 200 })));
    expect('status' in unknown).toBe(false);
    expect(unknown.title).toBe('Unrecognised error response');
    // Nor a redirection: a 302 body without a code has no error status to give.
    expect('status' in toProblemDetails(first(parse({ message: 'Moved' }, { status: 302 })))).toBe(false);
  });

  it('gives unknown errors about:blank, the status phrase and the reason', () => {
    const e = first(parse('<html><title>Bad gateway</title></html>', { status: 502 }));
    expect(toProblemDetails(e)).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'Received an HTML page instead of JSON (HTTP 502): Bad gateway',
      code: undefined,
      details: undefined,
      reason: 'non-json',
    });
    const noStatus = toProblemDetails(first(parse('oops')));
    expect(noStatus.title).toBe('Unrecognised error response');
    expect('status' in noStatus).toBe(false);
  });

  it('humanizes code names', () => {
    expect(humanizeName('DATATYPE_MISMATCH')).toBe('Datatype mismatch');
    expect(humanizeName('invalidToken')).toBe('Invalid token');
    expect(humanizeName('X')).toBe('X');
  });
});

describe('ErrcatApiError', () => {
  it('carries the result, errors, status and raw body, with the first code in its message', () => {
    const body = '{"code":"INVALID_TOKEN","message":"invalid oauth token"}';
    const r = parse(body, { status: 401 });
    const error = new ErrcatApiError(r);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('[crm-like] INVALID_TOKEN: invalid oauth token (HTTP 401)');
    expect(error).toMatchObject({ api: 'crm-like', status: 401, body, result: r, errors: r.errors });
    expect(error.error).toBe(r.errors[0]);
    expect(error.cause).toBe(r.errors[0]);
    expect(isErrcatApiError(error)).toBe(true);
    expect(isErrcatApiError(new Error('x'))).toBe(false);
  });

  it('names the record and counts the other errors', () => {
    const r = parse({ data: [{ code: 'INVALID_DATA', message: 'a' }, { code: 'INVALID_DATA', message: 'b' }, { code: 'X', message: 'c' }] }, { status: 400 });
    expect(new ErrcatApiError(r).message).toBe('[crm-like] INVALID_DATA: a [record 0] (+2 more) (HTTP 400)');
  });

  it('uses the reason when there is no code, and says so when nothing failed', () => {
    expect(new ErrcatApiError(parse('<html>x</html>')).message).toBe('[crm-like] non-json: Received an HTML page instead of JSON: x');
    expect(new ErrcatApiError(parse('', { status: 204 })).message).toBe('[crm-like] the response reported no error (HTTP 204)');
  });
});
