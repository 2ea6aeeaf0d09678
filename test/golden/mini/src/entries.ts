// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';
import type { MiniCode } from './codes.js';

/**
 * What the catalog knows about one code of the Mini API.
 */
export type MiniEntry<C extends MiniCode = MiniCode> = CodeEntry<C>;

const entries: { readonly [code: string]: MiniEntry | undefined } = /* @__PURE__ */ table<{ readonly [C in MiniCode]: MiniEntry<C> }>({
  0: { code: 0, name: "OK", status: 200, statuses: [200], kind: "success", message: "Done, 100%% complete.", params: [], retry: "never", docs: "https://example.test/docs/mini/OK.md", group: "main", aliases: [] },
  3: { code: 3, name: "BUSY", status: 503, statuses: [503], kind: "error", message: "Busy.", params: [], retry: "after-delay", retryDelaySeconds: 30, docs: "https://example.test/docs/mini/BUSY.md", group: "main", aliases: [], deprecated: { reason: "Replaced by OK.", replacedBy: 0 } },
  7: { code: 7, name: "MISSING_FIELD", status: 400, statuses: [400], kind: "error", message: "Field %s is missing from %s.", params: ["field", "form"], retry: "never", docs: "https://example.test/docs/mini/MISSING_FIELD.md", group: "main", aliases: [70] },
});

const aliases: { readonly [alias: string]: MiniCode | undefined } = /* @__PURE__ */ table<{ readonly 70: 7; }>({
  70: 7,
});

/**
 * Every code, sorted.
 */
export const miniCodeList: readonly MiniCode[] = [
  0,
  3,
  7,
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export function lookup<C extends MiniCode>(code: C): MiniEntry<C>;
export function lookup(code: unknown): MiniEntry | undefined;
export function lookup(code: unknown): MiniEntry | undefined {
  const key = normalizeCode(code, 'integer');
  if (key === undefined) return undefined;
  const entry = entries[key];
  if (entry !== undefined) return entry;
  const canonical = aliases[key];
  return canonical === undefined ? undefined : entries[canonical];
}

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): MiniCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<MiniCode>(miniCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isMiniCode(value: unknown): value is MiniCode {
  return known.has(value);
}
