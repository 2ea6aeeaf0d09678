/** Reading the headers an envelope names, from a plain record or anything with a `get(name)` (fetch's Headers). */
import type { HeaderGetter, HeaderRecord, HeaderType } from './types.js';

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
}

function isGetter(headers: HeaderRecord | HeaderGetter): headers is HeaderGetter {
  return typeof (headers as { get?: unknown }).get === 'function';
}

function first(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return first(value[0]);
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
  const value = text.trim();
  if (value.length === 0 || value.length > 15) return undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(value);
}

/** `Retry-After`: delay-seconds, or an HTTP date turned into whole seconds from `now` (never negative). */
export function parseSecondsOrDate(text: string, now: number): number | undefined {
  const seconds = parseDigits(text);
  if (seconds !== undefined) return seconds;
  const at = Date.parse(text.trim());
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function convert(raw: string, type: HeaderType, now: number): string | number | undefined {
  switch (type) {
    case 'integer':
      return parseDigits(raw);
    case 'seconds-or-date':
      return parseSecondsOrDate(raw, now);
    default:
      return raw.trim();
  }
}

export function readHeaders(rules: readonly HeaderRule[], headers: HeaderRecord | HeaderGetter, now: number): HeaderValues {
  const values: { [key: string]: string | number } = {};
  let retryAfterSeconds: number | undefined;
  const getter = isGetter(headers);
  const keys = getter ? [] : Object.keys(headers);
  for (const rule of rules) {
    let raw: string | undefined;
    if (getter) {
      raw = first(headers.get(rule.name));
      if (raw === undefined && rule.lower !== rule.name) raw = first(headers.get(rule.lower));
    } else {
      raw = fromRecord(headers, keys, rule.lower);
    }
    if (raw === undefined) continue;
    const value = convert(raw, rule.type, now);
    if (value === undefined) continue;
    values[rule.key] = value;
    if (rule.retryAfter && typeof value === 'number') retryAfterSeconds = value;
  }
  return { values, retryAfterSeconds };
}
