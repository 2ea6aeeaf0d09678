/**
 * The built packages under fast-check: arbitrary JSON (parsed and as text), arbitrary strings and
 * hostile keys never make parseResponse throw or touch a prototype, and the result is always one of
 * three kinds with `errors` empty exactly on success. 10,000 runs per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as crm from '@errcat/zoho-crm';
import { shippedCatalogs } from '../helpers/catalogs.js';

const RUNS = 10_000;

interface Result {
  kind: string;
  errors: ReadonlyArray<{ errcat: unknown; kind: string }>;
  entries: readonly unknown[];
  raw: unknown;
}
// Every package generated from catalog/, so a new API is covered without editing this file.
const modules = await Promise.all(shippedCatalogs().map(async (c) => (await import(c.packageName)) as Record<string, unknown>));
const packages = modules.map((p) => ({
  parse: p.parseResponse as (body: unknown, init?: crm.ErrcatParseInit) => Result,
  codes: [...(p as { [k: string]: unknown })[Object.keys(p).find((k) => k.endsWith('CodeList')) as string] as Array<string | number>],
}));
const allCodes = packages.flatMap((p) => p.codes);

const protoNames = () => [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).length);
const baseline = protoNames();

function holds(result: Result, body: unknown): boolean {
  if (result.kind !== 'success' && result.kind !== 'partial' && result.kind !== 'error') return false;
  if ((result.errors.length === 0) !== (result.kind === 'success')) return false;
  if (result.errors.some((e) => e.errcat !== 1 || e.kind === 'success' || !result.entries.includes(e))) return false;
  if (typeof body === 'string' && result.raw !== body) return false;
  const now = protoNames();
  return now[0] === baseline[0] && now[1] === baseline[1] && ({} as { code?: unknown }).code === undefined;
}

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'code', 'ResponseCode', 'message', 'description', 'ResponseMsgEng', 'details', 'errors', 'data', 'users', 'status', 'error', 'error_description', 'result'),
  fc.string({ maxLength: 5 }),
);
const { value: shaped } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...allCodes),
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
}));
const init = fc.option(
  fc.record({ status: fc.integer({ min: 0, max: 650 }), headers: fc.dictionary(fc.constantFrom('Retry-After', 'x-api-credits-remaining', '__proto__'), fc.string()) }, { requiredKeys: [] }),
  { nil: undefined },
);
const pkg = fc.constantFrom(...packages);

describe('generated parseResponse under arbitrary input', () => {
  it('arbitrary JSON values, parsed and as text', () => {
    fc.assert(
      fc.property(pkg, fc.jsonValue({ maxDepth: 4 }), init, ({ parse }, value, i) => holds(parse(value, i), value) && holds(parse(JSON.stringify(value), i), JSON.stringify(value))),
      { numRuns: RUNS },
    );
  });

  it('arbitrary strings', () => {
    fc.assert(
      fc.property(pkg, fc.string({ unit: 'binary', maxLength: 200 }), init, ({ parse }, text, i) => holds(parse(text, i), text)),
      { numRuns: RUNS },
    );
  });

  it('catalog codes in arbitrary places, with __proto__ / constructor keys', () => {
    fc.assert(
      fc.property(pkg, shaped, init, ({ parse }, value, i) => {
        const text = JSON.stringify(value);
        return holds(parse(value, i), value) && (text === undefined || holds(parse(text, i), text));
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves Object.prototype as it found it', () => {
    expect(protoNames()).toEqual(baseline);
  });
});
