// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ErrcatKnownError, ErrcatUnknownError } from '@errcat/runtime';
import type { MiniCode } from './codes.js';
import type { MiniDetailsMap } from './details.js';

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
 * 0: Done, 100%% complete.
 *
 * HTTP 200 · success · retry: never
 *
 * @see {@link https://example.test/docs/mini/OK.md | Reference}
 */
export interface OkError extends ErrcatKnownError<"mini", 0, "success", MiniDetailsMap[0], MiniNamedParamsMap[0]> {}

/**
 * 3: Busy.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * Fix: Wait.
 *
 * @see {@link https://example.test/docs/mini/BUSY.md | Reference}
 * @deprecated Replaced by OK. Use 0 instead.
 */
export interface BusyError extends ErrcatKnownError<"mini", 3, "error", MiniDetailsMap[3], MiniNamedParamsMap[3]> {}

/**
 * 7: Field %s is missing from %s.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Send the field.
 *
 * @see {@link https://example.test/docs/mini/MISSING_FIELD.md | Reference}
 */
export interface MissingFieldError extends ErrcatKnownError<"mini", 7, "error", MiniDetailsMap[7], MiniNamedParamsMap[7]> {}

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
export type MiniUnknownError = ErrcatUnknownError<"mini">;

/**
 * The error type of each code, read by indexed access: `MiniErrorMap[C]`.
 */
export interface MiniErrorMap {
  0: OkError;
  3: BusyError;
  7: MissingFieldError;
}

export type { MiniCode };
