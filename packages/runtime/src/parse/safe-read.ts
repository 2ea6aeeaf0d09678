/**
 * Reading the caller's `init` (status, headers, clock) without trusting it: any of its reads may
 * throw (a getter, a Proxy trap). What cannot be read is left out and named in a warning; the
 * body is parsed all the same.
 */
import { readHeaders, type HeaderRule } from './headers.js';
import type { ErrcatHeaders, ErrcatParseInit, ErrcatParseWarning } from './types.js';

export interface ReadInit {
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: ErrcatHeaders | undefined;
  readonly warnings: readonly ErrcatParseWarning[];
}

const NO_WARNINGS: readonly ErrcatParseWarning[] = Object.freeze([]) as readonly ErrcatParseWarning[];

/** A property of a caller's object, or `failed` when reading it threw. */
function get(o: object, key: string): { value: unknown; failed: boolean } {
  try {
    return { value: (o as Record<string, unknown>)[key], failed: false };
  } catch {
    return { value: undefined, failed: true };
  }
}

function validStatus(status: unknown): number | undefined {
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

export function readInit(rules: readonly HeaderRule[], init: ErrcatParseInit): ReadInit {
  let warnings: ErrcatParseWarning[] | undefined;
  const status = get(init, 'status');
  if (status.failed) (warnings ??= []).push({ kind: 'status-unreadable', message: 'The status could not be read (reading it threw); the body was parsed without it' });
  let headers: ErrcatHeaders | undefined;
  let retryAfterSeconds: number | undefined;
  if (rules.length > 0) {
    const given = get(init, 'headers');
    if (given.failed) {
      (warnings ??= []).push({ kind: 'headers-unreadable', message: 'The headers could not be read (reading them threw); the body was parsed without them' });
    } else if (given.value !== undefined && given.value !== null && typeof given.value === 'object') {
      const clock = get(init, 'now');
      const now = typeof clock.value === 'number' ? clock.value : Date.now();
      const read = readHeaders(rules, given.value as Parameters<typeof readHeaders>[1], now);
      headers = read.values;
      retryAfterSeconds = read.retryAfterSeconds;
      if (read.unreadable.length > 0) {
        (warnings ??= []).push({ kind: 'headers-unreadable', message: `Could not read the header${read.unreadable.length === 1 ? '' : 's'} ${read.unreadable.join(', ')} (reading threw); left out` });
      }
    }
  }
  return { status: validStatus(status.value), retryAfterSeconds, headers, warnings: warnings ?? NO_WARNINGS };
}
