// Generated from test/fixtures/variants/variant-demo.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { VariantDemoCode } from './codes.js';

const retryable: ReadonlySet<unknown> = /* @__PURE__ */ new Set<VariantDemoCode>([
  1040,
]);

/**
 * True when retrying can succeed: after a delay or after re-authentication (see the entry, or retryAdvice, for which). Retrying at once on true alone resends a request whose credentials need renewing first.
 *
 * Kept apart from the entry table so importing it stays small.
 */
export function isRetryable(code: VariantDemoCode): boolean {
  return retryable.has(code);
}
