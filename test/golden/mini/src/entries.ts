// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryFromRow, normalizeCode, table, tableOf, type CodeEntry, type EntryRow } from '@errcat/runtime';
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

const rows = /* @__PURE__ */ tableOf<EntryRow>(miniCodeList, [
  [200, "Done, 100%% complete.", [], "main", { name: "OK", kind: "success" }],
  [503, "Busy.", [], "main", { name: "BUSY", retry: "after-delay", retryDelaySeconds: 30, deprecated: { reason: "Replaced by OK.", replacedBy: 0 } }],
  [400, "Field %s is missing from %s.", ["field", "form"], "main", { name: "MISSING_FIELD", aliases: [70] }],
]);

const aliases: { readonly [alias: string]: MiniCode | undefined } = /* @__PURE__ */ table<{ readonly 70: 7; }>({
  70: 7,
});

const docsBaseUrl = "https://example.test/docs/mini/";

const entries = /* @__PURE__ */ new Map<string | number, MiniEntry>();

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export function lookup<C extends MiniCode>(code: C): MiniEntry<C>;
export function lookup(code: unknown): MiniEntry | undefined;
export function lookup(code: unknown): MiniEntry | undefined {
  const key = normalizeCode(code, 'integer');
  return key === undefined ? undefined : (entries.get(key) ?? load(key));
}

function load(key: string | number): MiniEntry | undefined {
  const canonical: MiniCode | undefined = rows[key] === undefined ? aliases[key] : (key as MiniCode);
  if (canonical === undefined) return undefined;
  const entry = entries.get(canonical) ?? entryFromRow(canonical, rows[canonical] as EntryRow, docsBaseUrl);
  entries.set(canonical, entry);
  entries.set(key, entry);
  return entry;
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
