/** What the generic parser takes (a spec and tables from a generated package) and what it returns. */
import type { CodeEntry, ErrcatError, ErrcatErrorBase } from '../types.js';

/** How a header value is read: `seconds-or-date` turns `Retry-After: 120` or an HTTP date into seconds from now. */
export type HeaderType = 'integer' | 'string' | 'seconds-or-date';

/**
 * The catalog's `api.envelope`, as a generated package hands it to `createParser`: where the code,
 * message and details sit, which arrays hold per-record results, which statuses mean what.
 */
export interface ParseSpec {
  /** Id of the API, stamped on every error (`api`). */
  readonly api: string;
  readonly codeField: string;
  readonly codeType: 'string' | 'integer';
  /** Tried in order; the first string (or array of strings, joined with "; ") wins. */
  readonly messageFields: readonly string[];
  readonly detailsField?: string;
  /** Per-entry outcome word (`"status": "success"`): decides the kind of codes the catalog does not know. */
  readonly statusField?: string;
  /** Top-level arrays of per-record results; `*` accepts any array whose items carry the code field. */
  readonly recordArrays?: readonly string[];
  /**
   * Further places entries sit: dot-separated paths, `[]` after a segment iterating that array
   * (`portal_invite[].data[]`, `data[].result.error_message`, `error`).
   */
  readonly entryPaths?: readonly string[];
  /** Dot-separated path inside an entry to an array of nested entries (the real causes). */
  readonly nestedErrorsPath?: string;
  /** Statuses that announce per-record results: a body without any code under them is an error, not a payload. */
  readonly partialStatuses?: readonly number[];
  /** Statuses whose empty body means success; 204, 205 and 304 when absent. */
  readonly emptyBodyStatuses?: readonly number[];
  /** Headers surfaced on the result, keyed by the name they are exposed under. */
  readonly headers?: { readonly [key: string]: { readonly header: string; readonly type: HeaderType } | undefined };
}

/** What a generated package hands the parser besides the spec. */
export interface ParseTables {
  /** The package's `lookup`: wire code or alias → catalog entry. */
  readonly lookup: (code: unknown) => CodeEntry | undefined;
}

/**
 * The structural part of a `Headers` object the parser uses: works with fetch's Headers without
 * the DOM lib, and with axios's `AxiosHeaders`. A value other than a string, a number or an array
 * of them is not a header value and is ignored.
 */
export interface HeaderGetter {
  get(name: string): unknown;
}

/**
 * Plain header records (any key case), as Node's `IncomingHttpHeaders`, axios's raw headers or a
 * test literal has them. Values are read as strings, numbers or (nested) arrays of them (the first
 * one); any other value is not a header value and is ignored, so values are typed `unknown`.
 */
export type HeaderRecord = { readonly [name: string]: unknown };

/**
 * What `parseResponse` accepts as a body of type `B`: the response text, its bytes (a `Uint8Array`,
 * Node's `Buffer`, any other view or an `ArrayBuffer`, decoded as UTF-8), or a value already parsed
 * from JSON, also one typed `unknown` or `any` (what `res.json()` gives in Node's and the DOM's
 * typings). Not a fetch `Response` or `Blob`, a Promise or a stream (`res.body`, Node's
 * `IncomingMessage`): read as a JSON object those would say nothing true, so they fail to compile,
 * with an error that names ErrcatNotABody's advice (for a union such as `string | Response`, tsc
 * names the type `string | ErrcatNotABody`): read a Response with `parseFetchResponse(res)`, or
 * pass `await res.text()`. Without a type argument it is `unknown`: any value.
 */
export type ErrcatBody<B = unknown> = B extends ErrcatBodyHolder ? ErrcatNotABody : B;

/**
 * Values that are not a body but hold or promise one: a Promise (`res.json()` not awaited), a fetch
 * `Response` or a `Blob` (they have `arrayBuffer()`), a web `ReadableStream` (`getReader()`) or a
 * Node stream (`pipe()`). Told apart by those methods: a JSON object has no function members.
 */
export type ErrcatBodyHolder =
  | PromiseLike<unknown>
  | { readonly arrayBuffer: (...args: never) => unknown }
  | { readonly getReader: (...args: never) => unknown }
  | { readonly pipe: (...args: never) => unknown };

/** What a Response, a Promise or a stream passed to parseResponse is checked against: its key is the advice the compiler prints. */
export interface ErrcatNotABody {
  readonly 'errcat: not a body. Pass a fetch Response to parseFetchResponse(res), await a Promise, read a stream to text first': never;
}

/** What the caller knows about the response besides its body. */
export interface ErrcatParseInit {
  /** HTTP status of the response. */
  readonly status?: number | undefined;
  readonly headers?: HeaderRecord | HeaderGetter | undefined;
  /** Clock for `Retry-After` dates, in epoch milliseconds (default: `Date.now()`). */
  readonly now?: number | undefined;
}

/**
 * What the body turned out to be: json (text that parsed), value (an already-parsed value was given),
 * empty, html, xml, text (not JSON), malformed-json (looked like JSON, did not parse).
 */
export type Received = 'json' | 'value' | 'empty' | 'html' | 'xml' | 'text' | 'malformed-json';

/** Header values surfaced on a result, keyed by the envelope's names. */
export type ErrcatHeaders = { readonly [key: string]: string | number | undefined };

/**
 * Something the parser could not read or chose not to expand, while still returning the body's
 * errors: a header or the status that threw, a status or header value its type does not allow
 * (left out), a cause that refers back to itself, items past a budget or deeper than the parser
 * follows. The result stays usable; the warning says what is missing from it.
 */
export interface ErrcatParseWarning {
  readonly kind: 'status-unreadable' | 'status-invalid' | 'headers-unreadable' | 'header-invalid' | 'cause-cycle' | 'entries-truncated' | 'items-summarized';
  readonly message: string;
}

export interface ErrcatResultBase<Api extends string, E, H> {
  readonly api: Api;
  /** The HTTP status the caller passed, when it was a valid one. */
  readonly status: number | undefined;
  /** Every entry the body holds, in body order, successes included; per-record entries carry `index`. */
  readonly entries: readonly E[];
  /** The headers the envelope names, read case-insensitively; absent when the response did not send them, or sent a value their type does not allow (a `header-invalid` warning). */
  readonly headers: H;
  /** Seconds to wait before retrying, from Retry-After, when the envelope lists it and the response sent a valid one. */
  readonly retryAfterSeconds: number | undefined;
  readonly received: Received;
  /** The body as JSON: the parsed value, or the value given; undefined when the body was not JSON. */
  readonly data: unknown;
  /** The body exactly as given: the text, or the value. */
  readonly raw: unknown;
  /** What could not be read or was left unexpanded (empty when everything was read). */
  readonly warnings: readonly ErrcatParseWarning[];
}

/*
 * `errors` on a success is `readonly F[]` with length 0 and no element 0, not the empty tuple
 * `readonly []`. On a result whose `kind` is not narrowed, `errors` is the union of the three
 * kinds', and a union of `[]` and `[F, ...F[]]` loses the type-predicate overloads of `find` and
 * `filter` (TypeScript 5.4 to 6.0): `result.errors.find((e) => hasCode(e, 'DUPLICATE_DATA'))`
 * gave back the whole union. Intersecting every kind's tuple with `readonly F[]` kept them, but
 * made the methods overloads, and a union of two packages' results then could not call `map` at
 * all. This shape keeps both, and `errors[0]` is `undefined` on a success, `F` on a failure and
 * `F | undefined` unnarrowed (test/types/narrowing.test-d.ts).
 */

/**
 * Nothing failed: `errors` is empty. Includes empty bodies under 204/304 and JSON without any entry (an object without a code, an array without entries, null, a string, number or boolean) under a plain 2xx.
 * `F` is the type `errors` has on the other kinds (see ErrcatPartialResult).
 */
export interface ErrcatSuccessResult<Api extends string = string, E = ErrcatError<Api>, H = ErrcatHeaders, F = E>
  extends ErrcatResultBase<Api, E, H> {
  readonly kind: 'success';
  readonly errors: readonly F[] & { readonly length: 0; readonly 0?: undefined };
}

/**
 * Some records failed (or the vendor sent a partial-success code): `errors` holds what went wrong.
 * `F` is what `errors` can hold: the entries' type `E` less its success codes, which come in
 * `entries` only (a generated package passes its `<Prefix>ResultError`).
 */
export interface ErrcatPartialResult<Api extends string = string, E = ErrcatError<Api>, H = ErrcatHeaders, F = E>
  extends ErrcatResultBase<Api, E, H> {
  readonly kind: 'partial';
  readonly errors: readonly [F, ...F[]];
}

/** The request failed, or the body could not be read as the vendor's envelope: at least one error (`F`: as for ErrcatPartialResult). */
export interface ErrcatFailureResult<Api extends string = string, E = ErrcatError<Api>, H = ErrcatHeaders, F = E>
  extends ErrcatResultBase<Api, E, H> {
  readonly kind: 'error';
  readonly errors: readonly [F, ...F[]];
}

/**
 * The result of parsing one response, discriminated on `kind`. `E` is an entry (successes
 * included), `F` an entry of `errors` (a success code never is; by default the same type).
 */
export type ErrcatParseResult<Api extends string = string, E = ErrcatError<Api>, H = ErrcatHeaders, F = E> =
  | ErrcatSuccessResult<Api, E, H, F>
  | ErrcatPartialResult<Api, E, H, F>
  | ErrcatFailureResult<Api, E, H, F>;

/**
 * Any parse result, whatever its API and header types: every generated package's result is one,
 * and its errors are at least {@link ErrcatError} (code, known, rawCode, reason), so code that
 * catches an ErrcatApiError from any package can still `switch (err.code)`.
 */
export type AnyErrcatParseResult = ErrcatParseResult<string, ErrcatError, object>;

