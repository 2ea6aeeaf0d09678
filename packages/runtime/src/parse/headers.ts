/**
 * Reading the headers an envelope names, from a plain record or anything with a `get(name)`
 * (fetch's Headers). An optional part of the parser (features.ts): packages whose envelope names
 * no headers do not bundle it, nor the Retry-After grammar (retry-after.ts).
 */
import type { HeaderFeature } from './features.js';
import { parseRetryAfter, trimOws } from './retry-after.js';
import { NO_INIT_HEADERS, shownValue, type InitHeaders } from './safe-read.js';
import type { ErrcatParseWarning, HeaderGetter, HeaderRecord, HeaderType, ParseSpec } from './types.js';

export interface HeaderRule {
  /** Name on the result (`creditsRemaining`). */
  readonly key: string;
  /** Header name as the catalog spells it (`X-API-CREDITS-REMAINING`). */
  readonly name: string;
  readonly lower: string;
  readonly type: HeaderType;
  /** True for the rule that feeds `retryAfterSeconds`. */
  readonly retryAfter: boolean;
}

export interface HeaderValues {
  readonly values: { [key: string]: string | number };
  readonly retryAfterSeconds: number | undefined;
  /** Headers that could not be read (a throwing getter, a Proxy trap): named here, left out of `values`. */
  readonly unreadable: readonly string[];
  /** Headers sent with a value their type does not allow, as `Retry-After: "soon"` (the value as safe-read.ts `shownValue` shows it): left out of `values`. */
  readonly invalid: readonly string[];
}

/** The rules for the envelope's headers, in the spec's order; `__proto__` is no header key. */
export function headerRules(headers: NonNullable<ParseSpec['headers']>): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [key, rule] of Object.entries(headers)) {
    if (rule === undefined || key === '__proto__') continue;
    const lower = rule.header.toLowerCase();
    rules.push({ key, name: rule.header, lower, type: rule.type, retryAfter: lower === 'retry-after' && rule.type === 'seconds-or-date' });
  }
  return rules;
}

function isGetter(headers: HeaderRecord | HeaderGetter): headers is HeaderGetter {
  return typeof (headers as { get?: unknown }).get === 'function';
}

/** Arrays of header values are unwrapped this deep (Node gives one level: `set-cookie`); deeper is not a header. */
const MAX_ARRAY_NESTING = 4;

function first(value: unknown): string | undefined {
  let v = value;
  for (let depth = 0; Array.isArray(v); depth++) {
    if (depth === MAX_ARRAY_NESTING) return undefined;
    v = v[0];
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function fromRecord(headers: HeaderRecord, keys: readonly string[], lower: string): string | undefined {
  for (const key of keys) {
    if (key.length === lower.length && key.toLowerCase() === lower) return first(headers[key]);
  }
  return undefined;
}

/** Non-negative decimal integers only (no sign, exponent or fraction): what the headers we read carry. */
export function parseDigits(text: string): number | undefined {
  const value = trimOws(text);
  if (value.length === 0 || value.length > 15) return undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(value);
}

/**
 * `Retry-After`: delay-seconds, or an HTTP-date turned into whole seconds from `now` (never
 * negative), strictly as RFC 9110 writes them (retry-after.ts); anything else is undefined.
 */
export function parseSecondsOrDate(text: string, now: number): number | undefined {
  return parseRetryAfter(text, now);
}

function convert(raw: string, type: HeaderType, now: number): string | number | undefined {
  switch (type) {
    case 'integer':
      return parseDigits(raw);
    case 'seconds-or-date':
      return parseSecondsOrDate(raw, now);
    default:
      return trimOws(raw);
  }
}

/**
 * The headers the rules name. Each read is guarded: headers are the caller's object (a Proxy, a
 * class with throwing getters) and one that cannot be read must not cost the others, nor the body.
 */
export function readHeaders(rules: readonly HeaderRule[], headers: HeaderRecord | HeaderGetter, now: number): HeaderValues {
  const values: { [key: string]: string | number } = {};
  const unreadable: string[] = [];
  const invalid: string[] = [];
  let retryAfterSeconds: number | undefined;
  let getter: boolean;
  let keys: readonly string[];
  try {
    getter = isGetter(headers);
    keys = getter ? [] : Object.keys(headers);
  } catch {
    return { values, retryAfterSeconds, unreadable: rules.map((r) => r.name), invalid };
  }
  for (const rule of rules) {
    let raw: string | undefined;
    try {
      if (getter) {
        const get = (headers as HeaderGetter).get.bind(headers);
        raw = first(get(rule.name));
        if (raw === undefined && rule.lower !== rule.name) raw = first(get(rule.lower));
      } else {
        raw = fromRecord(headers as HeaderRecord, keys, rule.lower);
      }
    } catch {
      unreadable.push(rule.name);
      continue;
    }
    if (raw === undefined) continue;
    const value = convert(raw, rule.type, now);
    if (value === undefined) {
      invalid.push(`${rule.name}: ${shownValue(raw)}`);
      continue;
    }
    values[rule.key] = value;
    if (rule.retryAfter && typeof value === 'number') retryAfterSeconds = value;
  }
  return { values, retryAfterSeconds, unreadable, invalid };
}

/**
 * The header feature: `init.headers` (and the clock `init.now`) read through guarded gets; a
 * read that throws is named in a warning and costs neither the other headers nor the body.
 */
export function readInitHeaders(rules: readonly HeaderRule[], init: object, warnings: ErrcatParseWarning[]): InitHeaders {
  // Each read names its property in place (see readInit): one shared keyed read goes megamorphic.
  let given: unknown;
  try {
    given = (init as { headers?: unknown }).headers;
  } catch {
    warnings.push({ kind: 'headers-unreadable', message: 'The headers could not be read (reading them threw); the body was parsed without them' });
    return NO_INIT_HEADERS;
  }
  if (given === undefined || given === null || typeof given !== 'object') return NO_INIT_HEADERS;
  let clock: unknown;
  try {
    clock = (init as { now?: unknown }).now;
  } catch {
    // An unreadable clock is no clock: the real one is used.
  }
  const now = typeof clock === 'number' ? clock : Date.now();
  const read = readHeaders(rules, given as HeaderRecord | HeaderGetter, now);
  if (read.unreadable.length > 0) {
    warnings.push({ kind: 'headers-unreadable', message: `Could not read the header${read.unreadable.length === 1 ? '' : 's'} ${read.unreadable.join(', ')} (reading threw); left out` });
  }
  // A value sent but not of its type is left out too, and said: a Retry-After of "soon" must not
  // look like a response that sent none. Said without a reason: a value may fail for its form,
  // its size (integers of at most 15 digits) or the clock (a date needs a finite one), and the
  // bytes a reason would cost every bundle say less than the value itself.
  for (const header of read.invalid) warnings.push({ kind: 'header-invalid', message: `${header} could not be read; left out` });
  return { headers: read.values, retryAfterSeconds: read.retryAfterSeconds };
}

/** The header feature of the parser (features.ts): rules made once per parser, headers read per response. */
export const headerReader: HeaderFeature = { rules: headerRules, read: readInitHeaders };
