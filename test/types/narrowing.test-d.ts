/**
 * Issue 15, points 1, 3 and 5 at the type level: `switch`/`===` on `code` narrows a parse result's
 * errors without a `known` check; `details` has the documented shape only through one guard (detailsOf), closed
 * where the catalog lists properties; parameter tuples are labeled and arity stays checked.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ErrcatBody, ErrcatNotABody, WireCode } from '@errcat/runtime';
import {
  detailsOf as creatorDetailsOf,
  formatMessage as formatCreator,
  parseResponse as parseCreator,
  type DatatypeMismatchError,
  type ZohoCreatorAnyError,
  type ZohoCreatorDetailsMap,
  type ZohoCreatorError,
  type ZohoCreatorParamsMap,
  type ZohoCreatorParseResult,
  type ZohoCreatorResultError,
  type ZohoCreatorUnknownError,
} from '@errcat/zoho-creator';
import {
  detailsOf,
  hasCode,
  parseFetchResponse,
  parseResponse,
  type DuplicateDataDetails,
  type DuplicateDataError,
  type NoPermissionError,
  type ZohoCrmAnyError,
  type ZohoCrmCode,
  type ZohoCrmDetailsMap,
  type ZohoCrmError,
  type SuccessError,
  type ZohoCrmParseResult,
  type ZohoCrmResultError,
  type ZohoCrmUnknownError,
} from '@errcat/zoho-crm';

declare const body: string;

describe('narrowing on code (point 1)', () => {
  it('switch on a parse result error narrows each case, no known check', () => {
    for (const err of parseResponse(body).errors) {
      switch (err.code) {
        case 'DUPLICATE_DATA':
          expectTypeOf(err).toEqualTypeOf<DuplicateDataError>();
          break;
        case 'NO_PERMISSION':
          expectTypeOf(err).toEqualTypeOf<NoPermissionError>();
          break;
        case undefined:
          expectTypeOf(err).toEqualTypeOf<ZohoCrmUnknownError>();
          expectTypeOf(err.rawCode).toEqualTypeOf<WireCode | undefined>();
          break;
        // @ts-expect-error a code the catalog does not list is not a case
        case 'DUPLICATE':
          break;
      }
    }
  });

  it('result.errors holds no success code: an exhaustive switch lists the error codes and undefined only', () => {
    const r = parseResponse(body);
    if (r.kind === 'success') return;
    expectTypeOf(r.errors[0]).toEqualTypeOf<ZohoCrmResultError>();
    expectTypeOf<ZohoCrmResultError>().toExtend<ZohoCrmAnyError>();
    // entries keep every kind, successes included.
    expectTypeOf(r.entries[0]).toEqualTypeOf<ZohoCrmAnyError | undefined>();
    expectTypeOf<SuccessError>().toExtend<ZohoCrmAnyError>();
    expectTypeOf<SuccessError>().not.toExtend<ZohoCrmResultError>();
    type SuccessCode = Extract<ZohoCrmError, { kind: 'success' }>['code'];
    expectTypeOf<SuccessCode>().toEqualTypeOf<'202' | 'ADDED_SUCCESSFULLY' | 'COMPLETED' | 'FAILED' | 'FILE_UPLOAD_SUCCESS' | 'QUEUED' | 'RUNNING' | 'SCHEDULED' | 'SUCCESS'>();
    expectTypeOf<Exclude<ZohoCrmResultError['code'], undefined>>().toEqualTypeOf<Exclude<ZohoCrmCode, SuccessCode>>();
    // The known errors of result.errors, then their details: an inferred predicate (TypeScript 5.5+)
    // or the explicit one the README gives for 5.4; detailsOf passed as a callback keeps its type.
    const inferred = r.errors.filter((e) => e.known).map(detailsOf);
    const explicit = r.errors.filter((e): e is Exclude<ZohoCrmResultError, ZohoCrmUnknownError> => e.known).map(detailsOf);
    expectTypeOf(inferred).toEqualTypeOf(explicit);
    expectTypeOf<(typeof inferred)[number]>().toEqualTypeOf<ZohoCrmDetailsMap[Exclude<ZohoCrmResultError, ZohoCrmUnknownError>['code']] | undefined>();
    // An integer-coded package too (its details map is keyed by the code's text).
    const creator = parseCreator(body);
    if (creator.kind !== 'success') expectTypeOf(creator.errors.filter((e) => e.known).map(creatorDetailsOf)[0]).toEqualTypeOf<ZohoCreatorDetailsMap[`${Exclude<(typeof creator.errors)[number], { known: false }>['code']}`] | undefined>();
    for (const err of r.errors) {
      // @ts-expect-error SUCCESS only ever comes in entries
      if (err.code === 'SUCCESS') break;
    }
  });

  it('find and filter keep their type predicates on a result whose kind is not narrowed', () => {
    // errors was `readonly [] | readonly [F, ...F[]]` here, a union on which find and filter lose
    // their predicate overloads: the found error was the whole ZohoCrmResultError.
    const r = parseResponse(body);
    const dup = r.errors.find((e) => hasCode(e, 'DUPLICATE_DATA'));
    expectTypeOf(dup).toEqualTypeOf<DuplicateDataError | undefined>();
    if (dup) expectTypeOf(detailsOf(dup)).toEqualTypeOf<DuplicateDataDetails | undefined>();
    const known = r.errors.filter((e): e is Exclude<ZohoCrmResultError, ZohoCrmUnknownError> => e.known);
    expectTypeOf(known).toEqualTypeOf<Exclude<ZohoCrmResultError, ZohoCrmUnknownError>[]>();
    expectTypeOf(r.errors.filter((e) => e.known)).toEqualTypeOf(known);
    expectTypeOf(r.errors.map((e) => e.code)).toEqualTypeOf<ZohoCrmResultError['code'][]>();
    // The tuples still say what each kind holds, and an unnarrowed first error may be missing.
    expectTypeOf(r.errors[0]).toEqualTypeOf<ZohoCrmResultError | undefined>();
    const [first] = r.errors;
    expectTypeOf(first).toEqualTypeOf<ZohoCrmResultError | undefined>();
    if (r.kind === 'success') {
      expectTypeOf(r.errors.length).toEqualTypeOf<0>();
      expectTypeOf(r.errors[0]).toEqualTypeOf<undefined>();
    } else expectTypeOf(r.errors[0]).toEqualTypeOf<ZohoCrmResultError>();
    // A success result built by hand (a test double) still takes [].
    const built: ZohoCrmParseResult = { ...r, kind: 'success', errors: [] };
    expectTypeOf(built.errors.length).toEqualTypeOf<0>();
  });

  it('a result of either of two packages keeps map, find and filter callable', () => {
    // Intersecting each kind's tuple with readonly F[] had made these overloads, and a union of
    // overloaded methods cannot be called (TS2349).
    const either = (Math.random() > 0.5 ? parseResponse(body) : parseCreator(body)) as ZohoCrmParseResult | ZohoCreatorParseResult;
    expectTypeOf(either.errors.map((e) => e.code)).toEqualTypeOf<(ZohoCrmResultError['code'] | ZohoCreatorResultError['code'])[]>();
    expectTypeOf(either.errors.find((e) => e.message !== '')).toEqualTypeOf<ZohoCrmResultError | ZohoCreatorResultError | undefined>();
    expectTypeOf(either.errors.filter((e) => !e.known)).toEqualTypeOf<(ZohoCrmUnknownError | ZohoCreatorUnknownError)[]>();
  });

  it('=== narrows too, and the literal union is not absorbed', () => {
    const err = parseResponse(body).entries[0] as ZohoCrmAnyError;
    expectTypeOf(err.code).toEqualTypeOf<ZohoCrmCode | undefined>();
    if (err.code === 'DUPLICATE_DATA') expectTypeOf(err).toEqualTypeOf<DuplicateDataError>();
    expectTypeOf(err.code ?? err.rawCode).toEqualTypeOf<ZohoCrmCode | WireCode | undefined>();
  });

  it('works for integer codes', () => {
    const err = parseCreator(body).entries[0] as ZohoCreatorAnyError;
    if (err.code === 9450) {
      expectTypeOf(err).toEqualTypeOf<DatatypeMismatchError>();
      expectTypeOf(err.params.field).toEqualTypeOf<string | undefined>();
    }
  });
});

describe('honest details (point 3)', () => {
  it('the documented shape only behind one guard, detailsOf, which checks it at run time', () => {
    const err = parseResponse(body).entries[0] as ZohoCrmAnyError;
    if (err.code === 'DUPLICATE_DATA') {
      // As received: unknown until checked.
      expectTypeOf(err.details).toBeUnknown();
      // @ts-expect-error unchecked details have no documented shape
      err.details.api_name;
      const details = detailsOf(err);
      expectTypeOf(details).toEqualTypeOf<DuplicateDataDetails | undefined>();
      // @ts-expect-error possibly undefined (what arrived failed the schema) until the guard
      details.api_name;
      if (details) expectTypeOf(details.api_name).toEqualTypeOf<string | undefined>();
      // The error itself carries no verdict: the check runs only where it is asked for.
      expectTypeOf(err).not.toHaveProperty('detailsValid');
      expectTypeOf(err).not.toHaveProperty('rawDetails');
    }
    // @ts-expect-error detailsOf takes a known error, narrowed on code or known
    detailsOf(err);
    if (err.known) expectTypeOf(detailsOf(err)).toEqualTypeOf<ZohoCrmDetailsMap[ZohoCrmCode] | undefined>();
  });

  it('a cause is one of the package\'s errors: switch and hasCode narrow it, and a helper generic in the error keeps the per-code type (README)', () => {
    const err = parseResponse(body).entries[0] as ZohoCrmAnyError;
    expectTypeOf(err.causes).toEqualTypeOf<readonly ZohoCrmAnyError[]>();
    for (const cause of err.causes) {
      // @ts-expect-error a cause is any error of the API: narrow it first
      detailsOf(cause);
      switch (cause.code) {
        case 'INVALID_DATA':
          expectTypeOf(detailsOf(cause)).toEqualTypeOf<ZohoCrmDetailsMap['INVALID_DATA'] | undefined>();
          expectTypeOf(cause.causes).toEqualTypeOf<readonly ZohoCrmAnyError[]>();
          break;
        // @ts-expect-error a code the catalog does not have is refused in a cause's switch too
        case 'INVALID_DAT':
          break;
        case undefined:
          expectTypeOf(cause).toEqualTypeOf<ZohoCrmUnknownError>();
          expectTypeOf(cause.causes).toEqualTypeOf<readonly ZohoCrmAnyError[]>();
      }
      if (hasCode(cause, 'INVALID_DATA')) expectTypeOf(detailsOf(cause)).toEqualTypeOf<ZohoCrmDetailsMap['INVALID_DATA'] | undefined>();
    }
    const helper = <E extends ZohoCrmError>(e: E): ZohoCrmDetailsMap[E['code']] | undefined => detailsOf(e);
    if (err.code === 'DUPLICATE_DATA') expectTypeOf(helper(err)).toEqualTypeOf<DuplicateDataDetails | undefined>();
    const creator = parseCreator(body).entries[0] as ZohoCreatorAnyError;
    const creatorHelper = <E extends ZohoCreatorError>(e: E): ZohoCreatorDetailsMap[`${E['code']}`] | undefined => creatorDetailsOf(e);
    if (creator.code === 9450) expectTypeOf(creatorHelper(creator)).toEqualTypeOf<ZohoCreatorDetailsMap['9450'] | undefined>();
  });

  it('closed where the catalog documents properties, open where it documents none', () => {
    const err = parseResponse(body).entries[0] as ZohoCrmAnyError;
    const details = err.code === 'DUPLICATE_DATA' ? detailsOf(err) : undefined;
    if (details) {
      // @ts-expect-error misspelled key
      details.api_nam;
      expectTypeOf<keyof DuplicateDataDetails>().toEqualTypeOf<'api_name' | 'duplicate_record' | 'id' | 'json_path' | 'more_records' | 'supported_values'>();
      // A nested object the catalog lists without properties holds anything readable, not `{}`.
      expectTypeOf(details.duplicate_record?.module).toEqualTypeOf<{ [k: string]: unknown } | undefined>();
    }
    if (err.code === 'INVALID_TOKEN') {
      const open = detailsOf(err);
      if (open) expectTypeOf(open.anything).toBeUnknown();
    }
    // A property whose schema names no type accepts any value at run time, so it is `unknown`, not an object.
    if (err.code === 'LICENSE_LIMIT_EXCEEDED') {
      const limit = detailsOf(err);
      if (limit) expectTypeOf(limit.limit).toBeUnknown();
    }
  });
});

describe('fetch (point 4)', () => {
  it('parseFetchResponse takes a Response-like and resolves the same result type', () => {
    const res = { status: 400, headers: { get: (_: string): string | null => null }, text: async () => '{}' };
    expectTypeOf(parseFetchResponse(res)).toEqualTypeOf<Promise<ZohoCrmParseResult>>();
    // @ts-expect-error a Promise is not a body
    parseResponse(res.text());
    // @ts-expect-error nor is a Response (it has arrayBuffer and bodyUsed)
    parseResponse({ ...res, bodyUsed: false, arrayBuffer: async () => new ArrayBuffer(0) });
    // Nor a stream: a web ReadableStream (`res.body`) or a Node stream (`http.get`'s IncomingMessage).
    const webStream = { locked: false, cancel: async () => undefined, getReader: () => ({}) };
    // @ts-expect-error a ReadableStream is not a body
    parseResponse(webStream);
    const nodeStream = { readable: true, on: () => nodeStream, pipe: <T>(to: T): T => to };
    // @ts-expect-error a Node stream is not a body
    parseResponse(nodeStream);
    // Interfaces and JSON values pass, and so does `unknown`: Node's typings give `res.json()` as
    // Promise<unknown>, and a JSON value may hold a key named `then` or `pipe` that is no method.
    interface Mine { code: string }
    parseResponse({ code: 'X' } as Mine);
    parseResponse(JSON.parse(body));
    const u: unknown = null;
    parseResponse(u);
    parseResponse(u as ErrcatBody);
    parseResponse({ then: 'later', pipe: 'a|b', code: 'X' });
    // A union that may be a Response is refused too.
    const response = { ...res, bodyUsed: false, arrayBuffer: async () => new ArrayBuffer(0) };
    const maybe = response as typeof response | string;
    // @ts-expect-error a Response in a union
    parseResponse(maybe);
    // A function of one's own passes its body on by taking it as ErrcatBody<B> (the README's
    // pattern): its callers keep the check. A bare type parameter is not decided by the compiler.
    const wrap = <B>(b: ErrcatBody<B>) => parseResponse(b);
    expectTypeOf(wrap('{}')).toEqualTypeOf<ZohoCrmParseResult>();
    // @ts-expect-error the wrapper's callers cannot pass a Response either
    wrap(response);
    const bare = <T extends string | Uint8Array>(t: T) =>
      // @ts-expect-error ErrcatBody<T> is not decided for a type parameter
      parseResponse(t);
    void bare;
    // Passed as a callback, parseResponse keeps the check: a promise of a Response is refused.
    const pending = Promise.resolve(response);
    // @ts-expect-error then(parseResponse) on a Response
    void pending.then(parseResponse);
    void Promise.resolve('{}').then(parseResponse);
    // The refusal names what to do instead.
    expectTypeOf<ErrcatBody<Promise<string>>>().toEqualTypeOf<ErrcatNotABody>();
    expectTypeOf<keyof ErrcatNotABody>().toEqualTypeOf<'errcat: not a body. Pass a fetch Response to parseFetchResponse(res), await a Promise, read a stream to text first'>();
    expectTypeOf<ErrcatBody<{ code: string }>>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<ErrcatBody>().toEqualTypeOf<unknown>();
  });
});

describe('arity (point 5)', () => {
  it('the tuple is still the parameter count, and wrong counts fail', () => {
    expectTypeOf<ZohoCreatorParamsMap[9450]>().toEqualTypeOf<[field: string]>();
    formatCreator(9450, 'Price');
    // @ts-expect-error field missing
    formatCreator(9450);
    // @ts-expect-error one too many
    formatCreator(9450, 'Price', 'extra');
  });
});
