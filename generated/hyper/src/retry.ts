// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { HyperCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<HyperCode>([
  4,
  5,
  6,
  10,
  12,
  24,
  41,
  50,
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: HyperCode): boolean {
  return retryable.has(code);
}
