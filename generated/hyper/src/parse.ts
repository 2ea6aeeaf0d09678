// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import {
  ErrcatApiError,
  backoff,
  checkErrorDetails,
  composeParser,
  hasCode as hasErrcatCode,
  headerReader,
  isErrcatApiError,
  isErrcatError,
  isTransientStatus,
  normalizeCode,
  parseFetch,
  pickVariant,
  retryAdvice as retryAdviceOf,
  toProblemDetails as problemDetailsOf,
  type AnyErrcatParseResult,
  type BackoffOptions,
  type CodeEntry,
  type CodeVariant,
  type DetailsIssue,
  type ErrcatBody,
  type ErrcatBodyHolder,
  type ErrcatError,
  type ErrcatFetchInit,
  type ErrcatHeaders,
  type ErrcatKnownError,
  type ErrcatNotABody,
  type ErrcatParseInit,
  type ErrcatParseResult,
  type ErrcatParseWarning,
  type ErrcatProblemDetails,
  type ErrcatUnknownError,
  type FetchResponseLike,
  type ParseSpec,
  type ReauthMethod,
  type Received,
  type RetryAdvice,
  type UnknownReason,
  type WireCode,
} from '@errcat/runtime';
import type { HyperCode } from './codes.js';
import type { HyperDetailsMap } from './details.js';
import { lookup } from './entries.js';
import type { HyperAnyError, HyperApiId, HyperError, HyperErrorMap, HyperResultError, HyperUnknownError } from './errors.js';
import { detailsValidators } from './validators.js';

export { backoff, isErrcatApiError, isErrcatError, isTransientStatus };
export type { AnyErrcatParseResult, BackoffOptions, CodeEntry, CodeVariant, DetailsIssue, ErrcatApiError, ErrcatBody, ErrcatBodyHolder, ErrcatError, ErrcatFetchInit, ErrcatHeaders, ErrcatKnownError, ErrcatNotABody, ErrcatParseInit, ErrcatParseResult, ErrcatParseWarning, ErrcatProblemDetails, ErrcatUnknownError, FetchResponseLike, ReauthMethod, Received, RetryAdvice, UnknownReason, WireCode };
export type { HyperAnyError, HyperResultError };

/**
 * Response headers of the Hyper CRM API surfaced on every parse result (read case-insensitively).
 */
export type HyperResponseHeaders = {
  /**
   * `Retry-After`, in seconds: Standard HTTP header: seconds (or an HTTP date) to wait before retrying, when the server (or a proxy in front of it) sends it; the Hyper page does not document it.
   */
  readonly retryAfter?: number;
};

/**
 * What parseResponse returns, discriminated on `kind` ('success' | 'partial' | 'error').
 */
export type HyperParseResult = ErrcatParseResult<HyperApiId, HyperAnyError, HyperResponseHeaders, HyperResultError>;

const spec: ParseSpec = {
  api: "hyper",
  codeField: "ResponseCode",
  codeType: "integer",
  messageFields: ["ResponseMsgEng"],
  headers: {
    retryAfter: { header: "Retry-After", type: "seconds-or-date" },
  },
};

const parse = /* @__PURE__ */ composeParser<HyperParseResult>(spec, { lookup }, { headers: headerReader, variants: pickVariant, integerCodes: normalizeCode });

/**
 * Reads any Hyper CRM API response body (the text, its bytes, or a value already parsed from JSON) into typed errors. Never throws: a body that is not the API's envelope (an HTML page, malformed JSON, `null`, …) gives an `error` result whose unknown error says what arrived.
 *
 * Pass the HTTP status (used when the body carries no code) and the headers (for the values the catalog names, such as Retry-After).
 *
 * @example
 * ```ts
 * const result = parseResponse(await res.text(), { status: res.status, headers: res.headers });
 * if (result.kind !== 'success') throw toError(result);
 * ```
 */
export function parseResponse<B>(body: ErrcatBody<B>, init?: ErrcatParseInit): HyperParseResult {
  return parse(body, init);
}

/**
 * Reads a fetch `Response` once (its text, then its status and headers, through the same guards as parseResponse) and parses it as parseResponse does. Consumes the body (clone the response first to read it again). Resolves whatever the body holds; rejects only when the body cannot be read at all (a network error mid-body, a body already used), as `res.text()` does.
 *
 * @example
 * ```ts
 * const result = await parseFetchResponse(await fetch(url, { headers }));
 * if (result.kind !== 'success') throw toError(result);
 * ```
 */
export function parseFetchResponse(res: FetchResponseLike, init?: ErrcatFetchInit): Promise<HyperParseResult> {
  return parseFetch(parse, res, init);
}

/**
 * True for an error parsed from a Hyper CRM API response, by any copy of this package.
 */
export function isHyperError(value: unknown): value is HyperAnyError {
  return isErrcatError(value) && value.api === "hyper";
}

/**
 * True when `value` is a known Hyper CRM API error with this code; narrows it to the code's own type, so `params` is typed and `detailsOf(value)` gives its details in the documented shape. Aliases are resolved by parseResponse: compare with the canonical code.
 */
export function hasCode<C extends HyperCode>(value: unknown, code: C): value is HyperErrorMap[C] {
  return hasErrcatCode(value, code, "hyper");
}

/**
 * Thrown by code that prefers exceptions: `throw toError(result)`. Carries the result, its errors, the HTTP status and the raw body; `message` names the first error's code and message.
 */
export class HyperApiError extends ErrcatApiError<HyperParseResult> {
  override readonly name = "HyperApiError";
}

/**
 * A HyperApiError for a parse result (typically one whose kind is not 'success').
 */
export function toError(result: HyperParseResult): HyperApiError {
  return new HyperApiError(result);
}

/**
 * The details of a known Hyper CRM API error in the shape the catalog documents for its code, or undefined when what arrived does not match the code's JSON Schema (`detailsIssues(error)` says why; `error.details` is the value as sent). The one guard between a narrowed code and typed details. The check runs here, not in parseResponse, so the schemas and their validator are in a bundle only where this is called.
 */
export function detailsOf<E extends HyperError>(error: E): HyperDetailsMap[`${E['code']}`] | undefined {
  return checkErrorDetails(detailsValidators, "hyper", error).length === 0 ? (error.details as HyperDetailsMap[`${E['code']}`]) : undefined;
}

/**
 * Why a known error's details do not match the catalog's JSON Schema for its code (a JSON pointer into the details, the keyword and a message, worded as ajv words them); empty when they match.
 */
export function detailsIssues(error: HyperError): readonly DetailsIssue[] {
  return checkErrorDetails(detailsValidators, "hyper", error);
}

/**
 * Whether and when to retry, from the catalog: `never`, `after-delay` (Retry-After when the response sent it, else the catalog's delay) or `after-reauth` (the same credentials fail again: its `reauth` says whether to `refresh` the access token or `authorize` again, where refreshing cannot help). A code the catalog does not know is retried after a delay under a transient status (408, 429, 502, 503, 504, proxies' and gateways' timeouts: isTransientStatus) or when the response sent Retry-After. Pair `delaySeconds` with `backoff(attempt)` for repeated attempts.
 */
export function retryAdvice(error: HyperAnyError): RetryAdvice {
  return retryAdviceOf(error);
}

/**
 * An RFC 9457 problem details object: `type` is the code's reference page (`about:blank` for unknown codes), `detail` the message, `status` 4xx or 5xx only (left out for an error the vendor only sends under 2xx); `code` and `details` are extension members.
 */
export function toProblemDetails<E extends HyperError>(error: E): ErrcatProblemDetails<E['code'], E['details']>;
export function toProblemDetails(error: HyperAnyError): ErrcatProblemDetails<HyperCode | WireCode | undefined, unknown>;
export function toProblemDetails(error: HyperAnyError): ErrcatProblemDetails<HyperCode | WireCode | undefined, unknown> {
  return problemDetailsOf(error);
}
