/** An Error that carries a parse result, for code that prefers to throw. */
import type { AnyErrcatParseResult } from './parse/types.js';
import type { ErrcatErrorBase, WireCode } from './types.js';

interface Describable extends ErrcatErrorBase {
  readonly code: WireCode | undefined;
  readonly rawCode?: WireCode | undefined;
  readonly reason?: string;
}

function describe(result: AnyErrcatParseResult): string {
  const errors = result.errors as readonly Describable[];
  const first = errors[0];
  // The texts errcat writes for what arrived instead of an entry already name the status.
  const status = result.status === undefined || first?.message.includes(`(HTTP ${result.status})`) ? '' : ` (HTTP ${result.status})`;
  if (first === undefined) return `[${result.api}] the response reported no error${status}`;
  const label = first.code ?? first.rawCode ?? first.reason ?? 'error';
  const where = first.index === undefined ? '' : ` [record ${first.index}]`;
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  return `[${result.api}] ${String(label)}: ${first.message}${where}${more}${status}`;
}

/**
 * Thrown with `throw toError(result)` (each generated package exports a subclass and `toError`).
 * `message` names the first error's code and message; `errors`, `status` and `body` carry the rest,
 * `cause` is the first error.
 */
export class ErrcatApiError<R extends AnyErrcatParseResult = AnyErrcatParseResult> extends Error {
  /** Marks errcat API errors across package copies (see isErrcatApiError). */
  readonly errcatApiError = true as const;
  readonly api: R['api'];
  readonly result: R;
  readonly errors: R['errors'];
  readonly status: number | undefined;
  /** The response body exactly as it was given to parseResponse. */
  readonly body: unknown;

  constructor(result: R) {
    super(describe(result), { cause: result.errors[0] });
    this.api = result.api;
    this.result = result;
    this.errors = result.errors;
    this.status = result.status;
    this.body = result.raw;
  }

  /** The first error, the one `message` describes. */
  get error(): R['errors'][number] | undefined {
    return this.errors[0];
  }
}

/** True for an ErrcatApiError from any copy of any errcat package. */
export function isErrcatApiError(value: unknown): value is ErrcatApiError {
  return (
    value instanceof Error &&
    (value as { errcatApiError?: unknown }).errcatApiError === true &&
    typeof (value as { result?: unknown }).result === 'object'
  );
}
