// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ZohoCreatorRestCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCreatorRestCode>([
  1030,
  2930,
  2945,
  2955,
  4000,
  11110,
  11120,
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: ZohoCreatorRestCode): boolean {
  return retryable.has(code);
}
