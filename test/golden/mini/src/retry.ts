// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { MiniCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<MiniCode>([
  3,
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: MiniCode): boolean {
  return retryable.has(code);
}
