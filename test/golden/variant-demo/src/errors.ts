// Generated from test/fixtures/variants/variant-demo.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { VariantDemoCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type VariantDemoApiId = "variant-demo";

/**
 * Positional template parameters per code: `formatMessage(code, ...VariantDemoParamsMap[code])`.
 */
export interface VariantDemoParamsMap {
  1000: [];
  1040: [];
  2000: [];
  3000: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface VariantDemoNamedParamsMap {
  1000: Record<string, never>;
  1040: Record<string, never>;
  2000: Record<string, never>;
  3000: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...VariantDemoVariantParamsMap[code][variant])`.
 */
export interface VariantDemoVariantParamsMap {
  1000: [[], [parameter: string]];
  1040: [[], [limit: string]];
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface VariantDemoVariantIndexMap {
  1000: 0 | 1;
  1040: 0 | 1;
}

/**
 * What every known error of the Variant demo API carries besides its per-code members: the members of ErrcatErrorBase<VariantDemoApiId, VariantDemoAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface VariantDemoKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: VariantDemoApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly VariantDemoAnyError[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  readonly known: true;
  /** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */
  readonly rawCode?: undefined;
  /** The details exactly as received (an empty object when the entry had none), unchecked: `detailsOf(err)` gives them in the code's documented shape, or undefined when they do not match its schema. */
  readonly details: unknown;
  /** Which of `entry.variants` the response matched (see ErrcatKnownError). */
  readonly variant: number;
}

/**
 * 1000: Invalid API URL format.
 *
 * HTTP 404, 401 · error · retry: never
 *
 * Also HTTP 401: A mandatory parameter - '%s' is either absent or has been used twice
 *
 * Fix: Check the URL and the mandatory parameters.
 *
 * [Reference](https://example.com/variant-demo/general.html#invalid_url_or_parameter)
 */
export interface InvalidUrlOrParameterError extends VariantDemoKnownErrorBase {
  readonly code: 1000;
  readonly kind: "error";
  readonly params: { readonly parameter?: string; };
  readonly entry: CodeEntry<1000>;
}

/**
 * 1040: Daily limit reached.
 *
 * HTTP 400 · error · retry: after-delay
 *
 * Also HTTP 400: Limit of %s records per call exceeded.
 *
 * Fix: Wait for the limit to reset, or send fewer records.
 *
 * [Reference](https://example.com/variant-demo/general.html#limit_reached)
 */
export interface LimitReachedError extends VariantDemoKnownErrorBase {
  readonly code: 1040;
  readonly kind: "error";
  readonly params: { readonly limit?: string; };
  readonly entry: CodeEntry<1040>;
}

/**
 * 2000: (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://example.com/variant-demo/general.html#undocumented)
 */
export interface UndocumentedError extends VariantDemoKnownErrorBase {
  readonly code: 2000;
  readonly kind: "error";
  readonly params: Partial<VariantDemoNamedParamsMap[2000]>;
  readonly entry: CodeEntry<2000>;
}

/**
 * 3000: Success
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.com/variant-demo/general.html#success)
 */
export interface SuccessError extends VariantDemoKnownErrorBase {
  readonly code: 3000;
  readonly kind: "success";
  readonly params: Partial<VariantDemoNamedParamsMap[3000]>;
  readonly entry: CodeEntry<3000>;
}

/**
 * Every known error of the Variant demo API, discriminated on `code`.
 */
export type VariantDemoError =
  | InvalidUrlOrParameterError
  | LimitReachedError
  | UndocumentedError
  | SuccessError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type VariantDemoUnknownError = ErrcatUnknownError<"variant-demo", VariantDemoAnyError>;

/**
 * An entry of a Variant demo API response: a code the catalog knows (`known: true`) or one it does not.
 */
export type VariantDemoAnyError = VariantDemoError | VariantDemoUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Variant demo API but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type VariantDemoResultError =
  | InvalidUrlOrParameterError
  | LimitReachedError
  | UndocumentedError
  | VariantDemoUnknownError;

/**
 * The error type of each code, read by indexed access: `VariantDemoErrorMap[C]`.
 */
export interface VariantDemoErrorMap {
  1000: InvalidUrlOrParameterError;
  1040: LimitReachedError;
  2000: UndocumentedError;
  3000: SuccessError;
}

export type { VariantDemoCode };
