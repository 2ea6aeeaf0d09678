// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ZohoCreatorCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCreatorCode>([
  4000,
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: ZohoCreatorCode): boolean {
  return retryable.has(code);
}
