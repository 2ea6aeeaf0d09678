// Generated from test/fixtures/variants/variant-demo.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, normalizeCode, type CodeEntry } from '@errcat/runtime';
import type { VariantDemoCode } from './codes.js';

/**
 * What the catalog knows about one code of the Variant demo API.
 */
export type VariantDemoEntry<C extends VariantDemoCode = VariantDemoCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const variantDemoCodeList: readonly VariantDemoCode[] = [
  1000,
  1040,
  2000,
  3000,
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export const lookup: {
  <C extends VariantDemoCode>(code: C): VariantDemoEntry<C>;
  (code: unknown): VariantDemoEntry | undefined;
} = /* @__PURE__ */ entryLookup<VariantDemoEntry>(variantDemoCodeList, [
  [404, "Invalid API URL format.", [], "general", { name: "INVALID_URL_OR_PARAMETER", variants: [[[401], "A mandatory parameter - '%s' is either absent or has been used twice", ["parameter"]]] }],
  [400, "Daily limit reached.", [], "general", { name: "LIMIT_REACHED", retry: "after-delay", retryDelaySeconds: 60, variants: [[[400], "Limit of %s records per call exceeded.", ["limit"]]] }],
  [400, null, [], "general", { name: "UNDOCUMENTED", statuses: [400, 200] }],
  [200, "Success", [], "general", { name: "SUCCESS", kind: "success" }],
], "https://example.com/variant-demo/", normalizeCode) as typeof lookup;

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): VariantDemoCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<VariantDemoCode>(variantDemoCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isVariantDemoCode(value: unknown): value is VariantDemoCode {
  return known.has(value);
}
