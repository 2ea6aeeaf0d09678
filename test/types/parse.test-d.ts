/**
 * Type-level guarantees of parseResponse and its companions: results discriminate on `kind`,
 * hasCode narrows to the code's own error type (params typed, detailsOf typed), misuse fails to compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { isErrcatApiError as isAnyErrcatApiError, type AnyErrcatParseResult, type CodeEntry, type ErrcatError, type ErrcatParseResult, type ErrcatProblemDetails, type RetryAdvice, type UnknownReason, type WireCode } from '@errcat/runtime';
import { parseResponse as parseAccounts } from '@errcat/zoho-accounts';
import { parseResponse as parseCreatorRest } from '@errcat/zoho-creator-rest';
import { hasCode as hasHyperCode, parseResponse as parseHyper, type HyperAnyError } from '@errcat/hyper';
import { hasCode as hasCreatorCode, parseResponse as parseCreator, type DatatypeMismatchError } from '@errcat/zoho-creator';
import {
  detailsOf,
  hasCode,
  isErrcatApiError,
  isErrcatError,
  isZohoCrmError,
  parseResponse,
  retryAdvice,
  toError,
  toProblemDetails,
  ZohoCrmApiError,
  type DuplicateDataError,
  type ErrcatBody,
  type ErrcatParseInit,
  type ZohoCrmAnyError,
  type ZohoCrmError,
  type ZohoCrmParseResult,
  type ZohoCrmResultError,
  type ZohoCrmResponseHeaders,
  type ZohoCrmUnknownError,
} from '@errcat/zoho-crm';

declare const body: string;

describe('parseResponse', () => {
  it('accepts text or a parsed value, and a status with plain or fetch-style headers', () => {
    parseResponse(body);
    parseResponse({ code: 'X' }, { status: 400 });
    parseResponse(body, { status: 429, headers: { 'retry-after': '10' } });
    parseResponse(body, { headers: { get: (name: string) => (name === 'x' ? 'y' : null) } });
    parseResponse(body, { headers: { 'set-cookie': ['a', 'b'] } });
    // The bytes of the text: a Uint8Array (Node's Buffer is one), any other view, an ArrayBuffer.
    parseResponse(new Uint8Array(0), { status: 200 });
    parseResponse(new ArrayBuffer(0));
    parseResponse(new DataView(new ArrayBuffer(0)));
    expectTypeOf<Uint8Array>().toExtend<ErrcatBody>();
    // @ts-expect-error status is a number
    parseResponse(body, { status: '400' });
    // Header values are typed unknown: what is not a string, a number or a list of them is ignored
    // at run time, and clients type theirs loosely (axios's AxiosHeaders, test/readme-recipes.test.ts).
    parseResponse(body, { headers: { 'x-id': true, 'retry-after': '10' } });
    // @ts-expect-error headers are a record or a getter, not a string
    parseResponse(body, { headers: 'retry-after: 10' });
    expectTypeOf<{ status: number }>().toExtend<ErrcatParseInit>();
  });

  it('returns a result discriminated on kind', () => {
    const r = parseResponse(body);
    expectTypeOf(r).toEqualTypeOf<ZohoCrmParseResult>();
    expectTypeOf(r.kind).toEqualTypeOf<'success' | 'partial' | 'error'>();
    expectTypeOf(r.entries).toEqualTypeOf<readonly ZohoCrmAnyError[]>();
    expectTypeOf(r.headers).toEqualTypeOf<ZohoCrmResponseHeaders>();
    expectTypeOf(r.headers.creditsRemaining).toEqualTypeOf<number | undefined>();
    if (r.kind === 'success') {
      // Empty, with the array methods of the other kinds' errors (see narrowing.test-d.ts: find).
      expectTypeOf(r.errors).toEqualTypeOf<readonly ZohoCrmResultError[] & { readonly length: 0; readonly 0?: undefined }>();
      expectTypeOf(r.errors.length).toEqualTypeOf<0>();
    } else {
      // A failed or partial result always has a first error: no undefined check needed.
      // A success code never is one (those come in entries only): ZohoCrmResultError.
      expectTypeOf(r.errors[0]).toEqualTypeOf<ZohoCrmResultError>();
    }
  });

  it('errors are the known union or the unknown member, told apart by known', () => {
    const e = parseResponse(body).entries[0] as ZohoCrmAnyError;
    if (e.known) {
      expectTypeOf(e).toEqualTypeOf<ZohoCrmError>();
      expectTypeOf(e.entry).toExtend<CodeEntry>();
    } else {
      expectTypeOf(e).toEqualTypeOf<ZohoCrmUnknownError>();
      expectTypeOf(e.code).toEqualTypeOf<undefined>();
      expectTypeOf(e.rawCode).toEqualTypeOf<WireCode | undefined>();
      expectTypeOf(e.reason).toEqualTypeOf<UnknownReason>();
      expectTypeOf(e.details).toBeUnknown();
    }
    expectTypeOf(e.index).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.causes).toEqualTypeOf<readonly ZohoCrmAnyError[]>();
    expectTypeOf(e.retryAfterSeconds).toEqualTypeOf<number | undefined>();
  });
});

describe('guards', () => {
  it('hasCode narrows to the code type: details typed', () => {
    const e: unknown = null;
    if (hasCode(e, 'DUPLICATE_DATA')) {
      expectTypeOf(e).toEqualTypeOf<DuplicateDataError>();
      expectTypeOf(detailsOf(e)?.api_name).toEqualTypeOf<string | undefined>();
      const details = detailsOf(e);
      if (details) expectTypeOf(details.json_path).toEqualTypeOf<string | undefined>();
      expectTypeOf(e.code).toEqualTypeOf<'DUPLICATE_DATA'>();
    }
    const any = parseResponse(body).entries[0] as ZohoCrmAnyError;
    if (hasCode(any, 'NO_PERMISSION')) {
      const details = detailsOf(any);
      if (details) expectTypeOf(details.permissions).toEqualTypeOf<string[]>();
    }
    // @ts-expect-error not a Zoho CRM code
    hasCode(any, 'NOT_A_CODE');
    // @ts-expect-error aliases are resolved by the parser; guards take canonical codes
    hasCode(any, 'AUTHENTICATION_FAILED');
    // @ts-expect-error Zoho CRM codes are strings
    hasCode(any, 9450);
  });

  it('hasCode narrows params recovered from messages, per package', () => {
    const e: unknown = null;
    if (hasCreatorCode(e, 9450)) {
      expectTypeOf(e).toEqualTypeOf<DatatypeMismatchError>();
      expectTypeOf(e.params.field).toEqualTypeOf<string | undefined>();
      // @ts-expect-error 9450 has no "domain" parameter
      e.params.domain;
    }
    if (hasHyperCode(e, 25)) expectTypeOf(e.params.emailAddress).toEqualTypeOf<string | undefined>();
    // @ts-expect-error Hyper codes are numbers
    hasHyperCode(e, '25');
    const r = parseCreator(body);
    if (r.kind === 'error' && hasCreatorCode(r.errors[0], 9510)) expectTypeOf(r.errors[0].params.domain).toEqualTypeOf<string | undefined>();
    expectTypeOf(parseHyper(body).entries).toEqualTypeOf<readonly HyperAnyError[]>();
  });

  it('isErrcatError and the per-package guard narrow unknown values', () => {
    const x: unknown = null;
    if (isZohoCrmError(x)) expectTypeOf(x).toEqualTypeOf<ZohoCrmAnyError>();
    if (isErrcatError(x)) expectTypeOf(x.api).toEqualTypeOf<string>();
  });
});

describe('errors and advice', () => {
  it('toError gives the package error class', () => {
    const error = toError(parseResponse(body));
    expectTypeOf(error).toEqualTypeOf<ZohoCrmApiError>();
    expectTypeOf(error).toExtend<Error>();
    expectTypeOf(error.result).toEqualTypeOf<ZohoCrmParseResult>();
    expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
    // @ts-expect-error toError takes a parse result, not an error
    toError(parseResponse(body).entries[0] as ZohoCrmAnyError);
  });

  it('retryAdvice is a discriminated union; only after-delay has a delay', () => {
    const advice = retryAdvice(parseResponse(body).entries[0] as ZohoCrmAnyError);
    expectTypeOf(advice).toEqualTypeOf<RetryAdvice>();
    if (advice.retry === 'after-delay') expectTypeOf(advice.delaySeconds).toEqualTypeOf<number>();
    // @ts-expect-error no delay outside after-delay
    advice.delaySeconds;
    if (advice.retry === 'after-reauth') expectTypeOf(advice.reauth).toEqualTypeOf<'refresh' | 'authorize'>();
    // @ts-expect-error how to reauthenticate is said only for after-reauth
    advice.reauth;
    // @ts-expect-error retryAdvice takes a parsed error
    retryAdvice({ code: 'INVALID_TOKEN' });
  });

  it("toProblemDetails keeps the error's code type; details as received", () => {
    const e = parseResponse(body).entries[0] as ZohoCrmAnyError;
    if (hasCode(e, 'DUPLICATE_DATA')) {
      const problem = toProblemDetails(e);
      expectTypeOf(problem).toEqualTypeOf<ErrcatProblemDetails<'DUPLICATE_DATA', DuplicateDataError['details']>>();
      expectTypeOf(problem.type).toEqualTypeOf<string>();
      expectTypeOf(problem.status).toEqualTypeOf<number | undefined>();
    }
  });
});

describe('code that handles several APIs', () => {
  it("every package's result is the runtime's ErrcatParseResult (default type arguments) and AnyErrcatParseResult", () => {
    const codes = (result: ErrcatParseResult) => result.errors.map((e) => e.code ?? e.rawCode);
    for (const result of [parseResponse(body), parseHyper(body), parseCreator(body), parseCreatorRest(body), parseAccounts(body)]) {
      codes(result);
      expectTypeOf(result).toMatchTypeOf<ErrcatParseResult>();
      expectTypeOf(result).toMatchTypeOf<AnyErrcatParseResult>();
    }
  });

  it('isErrcatApiError narrows to errors that still have code, known, rawCode and reason', () => {
    const caught: unknown = toError(parseResponse(body));
    for (const guard of [isErrcatApiError, isAnyErrcatApiError]) {
      if (!guard(caught)) continue;
      const first = caught.errors[0];
      expectTypeOf(first).toEqualTypeOf<ErrcatError | undefined>();
      if (first === undefined) continue;
      expectTypeOf(first.code).toEqualTypeOf<WireCode | undefined>();
      if (!first.known) expectTypeOf(first.reason).toEqualTypeOf<UnknownReason>();
    }
  });
});
