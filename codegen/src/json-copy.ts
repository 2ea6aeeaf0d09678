/**
 * A deep copy of parsed JSON (objects, arrays, strings, numbers, booleans, null), keys in their
 * order, `__proto__` kept as an own key. The model copies each code's `details` schema and example
 * so that it shares nothing with the catalog it came from; structuredClone, which handles every
 * kind of value, took ~0.14 s of a 10,000-code run for this (bench/norm measurements in
 * docs/benchmarks.md), a plain walk a fraction of it.
 */
import { setOwn } from './emit/own-property.js';

export function copyJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, copy((value as Record<string, unknown>)[key]));
  return out;
}
