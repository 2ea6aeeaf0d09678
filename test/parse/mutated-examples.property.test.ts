/**
 * The built packages on their own catalogs' example bodies (the envelope's and each code's),
 * mutated: values replaced by anything, keys dropped, bodies nested in the envelope's record array,
 * causes pointing back at their entry. parseResponse always returns one of three kinds and never
 * throws. Every package generated from catalog/ takes part, so a new API is fuzzed without editing
 * this file. ERRCAT_FUZZ_RUNS runs (default 1,000; `pnpm fuzz` runs more); the count is in the
 * test's name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ErrcatParseInit } from '@errcat/runtime';
import { shippedCatalogs } from '../helpers/catalogs.js';

const RUNS = Number(process.env.ERRCAT_FUZZ_RUNS ?? 1_000);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Parse = (body: unknown, init?: ErrcatParseInit) => { kind: string; errors: readonly unknown[]; warnings: readonly unknown[] };
interface Catalog {
  api: { envelope: { example?: unknown; recordArrays?: string[] } };
  codes: Array<{ example?: unknown }>;
}
const apis: Array<{ id: string; parse: Parse; examples: unknown[]; recordArray: string }> = await Promise.all(
  shippedCatalogs().map(async ({ id, file, packageName }) => {
    const { api, codes } = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Catalog;
    const examples = [api.envelope.example, ...codes.map((c) => c.example)].filter((e) => e !== undefined);
    // Bodies are also sent inside the envelope's record array (`data` where it names none or `*`).
    const named = (api.envelope.recordArrays ?? []).find((name) => name !== '*');
    return { id, parse: ((await import(packageName)) as { parseResponse: Parse }).parseResponse, examples, recordArray: named ?? 'data' };
  }),
);

/** Replaces, drops or wraps parts of a JSON value, guided by the random choices given. */
function mutate(value: unknown, choices: readonly number[], replacement: unknown, at = { i: 0 }): unknown {
  const choice = choices[at.i++ % choices.length] ?? 0;
  if (Array.isArray(value)) return choice % 5 === 0 ? replacement : value.map((v) => mutate(v, choices, replacement, at));
  if (typeof value === 'object' && value !== null) {
    if (choice % 7 === 0) return replacement;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (choice % 3 !== 1) out[k] = mutate(v, choices, replacement, at);
    if (choice % 11 === 0) out.details = { errors: [out, out] };
    return out;
  }
  return choice % 4 === 0 ? replacement : value;
}

describe('mutated catalog examples', () => {
  it(`never throw, in all ${apis.length} packages (${apis.map((a) => a.id).join(', ')}), parsed and as text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.nat(apis.length - 1),
        fc.nat(),
        fc.array(fc.nat(100), { minLength: 1, maxLength: 30 }),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(undefined, 200, 207, 400, 429, 500),
        fc.constantFrom<'value' | 'text' | 'array'>('value', 'text', 'array'),
        (api, pick, choices, replacement, status, form) => {
          const { parse, examples, recordArray } = apis[api] as (typeof apis)[number];
          const example = examples[pick % examples.length];
          const body = mutate(example, choices, replacement);
          let input: unknown = body;
          if (form === 'array') input = { [recordArray]: [body, body] };
          if (form === 'text') {
            try {
              input = JSON.stringify(body);
            } catch {
              input = body; // a cycle: parse the value itself
            }
          }
          const r = parse(input, { status, headers: { 'Retry-After': String(pick % 3 === 0 ? -1 : pick) } });
          return ['success', 'partial', 'error'].includes(r.kind) && (r.errors.length === 0) === (r.kind === 'success') && Array.isArray(r.warnings);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
