// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, type CodeEntry } from '@errcat/runtime';
import type { ZohoAccountsCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho Accounts OAuth 2.0.
 */
export type ZohoAccountsEntry<C extends ZohoAccountsCode = ZohoAccountsCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const zohoAccountsCodeList: readonly ZohoAccountsCode[] = [
  "Access Denied",
  "access_denied",
  "invalid_authtoken",
  "invalid_client",
  "invalid_code",
  "invalid_grant",
  "invalid_redirect_uri",
  "invalid_request",
  "invalid_scope",
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias; anything else gives undefined.
 */
export const lookup: {
  <C extends ZohoAccountsCode>(code: C): ZohoAccountsEntry<C>;
  (code: unknown): ZohoAccountsEntry | undefined;
} = /* @__PURE__ */ entryLookup<ZohoAccountsEntry>(zohoAccountsCodeList, [
  [200, "Token creation throttle limit reached. Please reuse the valid tokens you currently have.", [], "token-requests", { name: "ACCESS_DENIED_TOO_MANY_REQUESTS", retry: "after-delay", retryDelaySeconds: 600, variants: [[[200], "You have made too many requests continuously. Please try again after some time.", []]] }],
  [200, null, [], "authtoken-migration", { retry: "after-reauth", reauth: "authorize" }],
  [200, null, [], "authtoken-migration"],
  [200, null, [], "token-requests"],
  [200, null, [], "token-requests", { retry: "after-reauth", reauth: "authorize" }],
  [200, null, [], "authtoken-migration"],
  [200, null, [], "token-requests"],
  [200, null, [], "authtoken-migration"],
  [200, null, [], "authtoken-migration"],
], "https://errcat.github.io/errcat/zoho-accounts/") as typeof lookup;

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): ZohoAccountsCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoAccountsCode>(zohoAccountsCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isZohoAccountsCode(value: unknown): value is ZohoAccountsCode {
  return known.has(value);
}
