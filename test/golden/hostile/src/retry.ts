// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { HostileCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<HostileCode>([
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: HostileCode): boolean {
  return retryable.has(code);
}
