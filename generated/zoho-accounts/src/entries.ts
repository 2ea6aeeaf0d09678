// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryFromRow, tableOf, type CodeEntry, type EntryRow } from '@errcat/runtime';
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
  "invalid_client_secret",
  "invalid_code",
  "invalid_grant",
  "invalid_redirect_uri",
  "invalid_request",
];

const rows = /* @__PURE__ */ tableOf<EntryRow>(zohoAccountsCodeList, [
  [400, "You have made too many requests continuously. Please try again after some time.", [], "token-requests", { name: "ACCESS_DENIED_TOO_MANY_REQUESTS", retry: "after-delay", retryDelaySeconds: 600 }],
  [200, null, [], "authtoken-migration", { retry: "after-reauth" }],
  [200, null, [], "authtoken-migration"],
  [200, null, [], "token-requests"],
  [200, null, [], "token-requests"],
  [200, null, [], "token-requests", { retry: "after-reauth" }],
  [200, null, [], "authtoken-migration"],
  [200, null, [], "token-requests"],
  [200, null, [], "authtoken-migration"],
]);

const docsBaseUrl = "https://errcat.github.io/errcat/zoho-accounts/";

const entries = /* @__PURE__ */ new Map<string | number, ZohoAccountsEntry>();

/**
 * The catalog entry of a code. Accepts the wire value, an alias; anything else gives undefined.
 */
export function lookup<C extends ZohoAccountsCode>(code: C): ZohoAccountsEntry<C>;
export function lookup(code: unknown): ZohoAccountsEntry | undefined;
export function lookup(code: unknown): ZohoAccountsEntry | undefined {
  const key = typeof code === 'string' ? code : undefined;
  return key === undefined ? undefined : (entries.get(key) ?? load(key));
}

function load(key: string | number): ZohoAccountsEntry | undefined {
  const canonical: ZohoAccountsCode | undefined = rows[key] === undefined ? undefined : (key as ZohoAccountsCode);
  if (canonical === undefined) return undefined;
  const entry = entries.get(canonical) ?? entryFromRow(canonical, rows[canonical] as EntryRow, docsBaseUrl);
  entries.set(canonical, entry);
  entries.set(key, entry);
  return entry;
}

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
