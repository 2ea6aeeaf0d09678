// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, normalizeCode, type CodeEntry } from '@errcat/runtime';
import type { MiniCode } from './codes.js';

/**
 * What the catalog knows about one code of the Mini API.
 */
export type MiniEntry<C extends MiniCode = MiniCode> = CodeEntry<C>;

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
export const lookup: {
  <C extends MiniCode>(code: C): MiniEntry<C>;
  (code: unknown): MiniEntry | undefined;
} = /* @__PURE__ */ entryLookup<MiniEntry>(miniCodeList, [
  [200, "Done, 100%% complete.", [], "main", { name: "OK", kind: "success" }],
  [503, "Busy.", [], "main", { name: "BUSY", retry: "after-delay", retryDelaySeconds: 30, deprecated: { reason: "Replaced by OK.", replacedBy: 0 } }],
  [400, "Field %s is missing from %s.", ["field", "form"], "main", { name: "MISSING_FIELD", aliases: [70] }],
], "https://example.test/docs/mini/", normalizeCode) as typeof lookup;

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
