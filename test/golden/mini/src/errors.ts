// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { MiniCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type MiniApiId = "mini";

/**
 * Positional template parameters per code: `formatMessage(code, ...MiniParamsMap[code])`.
 */
export interface MiniParamsMap {
  0: [];
  3: [];
  7: [field: string, form: string];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface MiniNamedParamsMap {
  0: Record<string, never>;
  3: Record<string, never>;
  7: { readonly field: string; readonly form: string; };
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...MiniVariantParamsMap[code][variant])`.
 */
export interface MiniVariantParamsMap {
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface MiniVariantIndexMap {
}

/**
 * What every known error of the Mini API carries besides its per-code members: the members of ErrcatErrorBase<MiniApiId, MiniAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface MiniKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: MiniApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly MiniAnyError[];
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
 * 0: Done, 100%% complete.
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.test/docs/mini/main.html#ok)
 */
export interface OkError extends MiniKnownErrorBase {
  readonly code: 0;
  readonly kind: "success";
  readonly params: Partial<MiniNamedParamsMap[0]>;
  readonly entry: CodeEntry<0>;
}

/**
 * 3: Busy.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * Fix: Wait.
 *
 * [Reference](https://example.test/docs/mini/main.html#busy)
 * @deprecated Replaced by OK. Use 0 instead.
 */
export interface BusyError extends MiniKnownErrorBase {
  readonly code: 3;
  readonly kind: "error";
  readonly params: Partial<MiniNamedParamsMap[3]>;
  readonly entry: CodeEntry<3>;
}

/**
 * 7: Field %s is missing from %s.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Send the field.
 *
 * [Reference](https://example.test/docs/mini/main.html#missing_field)
 */
export interface MissingFieldError extends MiniKnownErrorBase {
  readonly code: 7;
  readonly kind: "error";
  readonly params: Partial<MiniNamedParamsMap[7]>;
  readonly entry: CodeEntry<7>;
}

/**
 * Every known error of the Mini API, discriminated on `code`.
 */
export type MiniError =
  | OkError
  | BusyError
  | MissingFieldError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type MiniUnknownError = ErrcatUnknownError<"mini", MiniAnyError>;

/**
 * An entry of a Mini API response: a code the catalog knows (`known: true`) or one it does not.
 */
export type MiniAnyError = MiniError | MiniUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Mini API but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type MiniResultError =
  | BusyError
  | MissingFieldError
  | MiniUnknownError;

/**
 * The error type of each code, read by indexed access: `MiniErrorMap[C]`.
 */
export interface MiniErrorMap {
  0: OkError;
  3: BusyError;
  7: MissingFieldError;
}

export type { MiniCode };
