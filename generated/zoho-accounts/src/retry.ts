// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ZohoAccountsCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoAccountsCode>([
  "Access Denied",
  "access_denied",
  "invalid_code",
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: ZohoAccountsCode): boolean {
  return retryable.has(code);
}
