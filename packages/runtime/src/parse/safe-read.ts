/**
 * Reading the caller's `init` (status, headers, clock) without trusting it: any of its reads may
 * throw (a getter, a Proxy trap). What cannot be read is left out and named in a warning; the
 * body is parsed all the same. The headers are read by the optional header feature
 * (headers.ts `readInitHeaders`), which only packages whose envelope names headers bundle.
 */
import type { HeaderRule } from './headers.js';
import type { ErrcatHeaders, ErrcatParseInit, ErrcatParseWarning } from './types.js';

export interface ReadInit {
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: ErrcatHeaders | undefined;
  readonly warnings: readonly ErrcatParseWarning[];
}

/** Values of the headers the rules name, and what could not be read, from a caller's init. */
export interface InitHeaders {
  readonly headers: ErrcatHeaders | undefined;
  readonly retryAfterSeconds: number | undefined;
}

/** The optional header feature: reads `init.headers` (and `init.now`), pushing warnings for what threw. */
export type InitHeaderReader = (rules: readonly HeaderRule[], init: object, warnings: ErrcatParseWarning[]) => InitHeaders;

const NO_WARNINGS: readonly ErrcatParseWarning[] = Object.freeze([]) as readonly ErrcatParseWarning[];

/** No headers read: shared, so the common case allocates nothing. */
export const NO_INIT_HEADERS: InitHeaders = Object.freeze({ headers: undefined, retryAfterSeconds: undefined });

/**
 * A value the caller sent, as a warning shows it: quoted, cut at 40 UTF-16 units (then "…"), and
 * every character outside printable ASCII escaped: a no-break space shown as is looks like the
 * space a value may carry, and reads as a value that would have been accepted.
 */
export function shownValue(text: string): string {
  const cut = text.length > 40;
  const quoted = JSON.stringify(cut ? text.slice(0, 40) : text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return cut ? `${quoted}…` : quoted;
}

function validStatus(status: unknown): number | undefined {
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

export function readInit(rules: readonly HeaderRule[], init: ErrcatParseInit, readHeaders: InitHeaderReader | undefined): ReadInit {
  const warnings: ErrcatParseWarning[] = [];
  // Each guarded read names its property in place, never through one helper taking the key: a
  // read site that sees several keys goes megamorphic, and a shared `guardedGet(o, key)` cost
  // ~20 ns of every parse with an init (~0.06x JSON.parse of a single error; profile).
  let status: unknown;
  try {
    status = init.status;
  } catch {
    warnings.push({ kind: 'status-unreadable', message: 'The status could not be read (reading it threw); the body was parsed without it' });
  }
  const valid = validStatus(status);
  if (valid === undefined && status != null) {
    // Said, not dropped silently: a status of "503" (a string) would otherwise lose its retry advice unnoticed.
    // The value shown only when it is text or a number: String() of an object runs its code.
    const shown = typeof status === 'string' ? shownValue(status) : typeof status === 'number' ? status : `(of type ${typeof status})`;
    warnings.push({ kind: 'status-invalid', message: `The status ${shown} is not an integer from 100 to 599; the body was parsed without it` });
  }
  const read = rules.length > 0 && readHeaders !== undefined ? readHeaders(rules, init, warnings) : undefined;
  return {
    status: valid,
    retryAfterSeconds: read?.retryAfterSeconds,
    headers: read?.headers,
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings,
  };
}
