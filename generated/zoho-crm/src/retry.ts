// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ZohoCrmCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCrmCode>([
  "CONCURRENT_JOB_LIMIT_EXCEEDED",
  "DAILY_LIMIT_EXCEEDED",
  "INPROGRESS",
  "INTERNAL_ERROR",
  "INTERNAL_SERVER_ERROR",
  "INVALID_TOKEN",
  "OAUTH_SCOPE_MISMATCH",
  "RATE_LIMIT_EXCEEDED",
  "REQUEST_TIMEOUT",
  "SERVICE_UNAVAILABLE",
  "TOO_MANY_REQUESTS",
  "UNAUTHORIZED",
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: ZohoCrmCode): boolean {
  return retryable.has(code);
}
