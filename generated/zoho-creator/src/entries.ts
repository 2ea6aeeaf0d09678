// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, normalizeCode, type CodeEntry } from '@errcat/runtime';
import type { ZohoCreatorCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho Creator Custom APIs.
 */
export type ZohoCreatorEntry<C extends ZohoCreatorCode = ZohoCreatorCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const zohoCreatorCodeList: readonly ZohoCreatorCode[] = [
  4000,
  9350,
  9360,
  9370,
  9380,
  9390,
  9400,
  9410,
  9430,
  9450,
  9460,
  9470,
  9480,
  9490,
  9500,
  9510,
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export const lookup: {
  <C extends ZohoCreatorCode>(code: C): ZohoCreatorEntry<C>;
  (code: unknown): ZohoCreatorEntry | undefined;
} = /* @__PURE__ */ entryLookup<ZohoCreatorEntry>(zohoCreatorCodeList, [
  [403, "Account's custom API limit has been reached. Please upgrade to execute more custom API calls.", [], "forbidden", { name: "CUSTOM_API_LIMIT_REACHED", retry: "after-delay", retryDelaySeconds: 86400 }],
  [400, "Custom API doesn't exist. Please check the custom API link name.", [], "bad-request", { name: "CUSTOM_API_NOT_FOUND" }],
  [400, "Custom API is in draft or disabled state. Please enable the API and try again.", [], "bad-request", { name: "CUSTOM_API_DRAFT_OR_DISABLED" }],
  [401, "The request contains an invalid public key for this Custom API.", [], "authorization-error", { name: "INVALID_PUBLIC_KEY" }],
  [401, "You do not have permission to invoke this Custom API. Please reach out to the admin.", [], "authorization-error", { name: "ADMIN_ONLY_API" }],
  [401, "You do not have permission to invoke this Custom API. Please reach out to the admin.", [], "authorization-error", { name: "USER_NOT_IN_SCOPE" }],
  [405, "The provided HTTP method is not valid for this custom API.", [], "method-not-allowed", { name: "INVALID_HTTP_METHOD" }],
  [400, "The Content-Type specified for this Custom API is invalid.", [], "bad-request", { name: "INVALID_CONTENT_TYPE" }],
  [500, "There is an error while executing Custom API.", [], "internal-server-error", { name: "CUSTOM_API_EXECUTION_ERROR" }],
  [400, "Datatype mismatch encountered. Please provide a valid value for %s.", ["field"], "bad-request", { name: "DATATYPE_MISMATCH" }],
  [500, "The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.", [], "internal-server-error", { name: "ACTION_CONFIGURATION_MISMATCH" }],
  [401, "You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.", [], "authorization-error", { name: "INVITATION_NOT_ACCEPTED" }],
  [401, "The specified user does not exist.", [], "authorization-error", { name: "USER_NOT_FOUND" }],
  [401, "The specified user is currently inactive. To activate, please reach out to the admin.", [], "authorization-error", { name: "USER_INACTIVE" }],
  [500, "Invalid Custom API configuration. Please reach out to the admin.", [], "internal-server-error", { name: "INVALID_CUSTOM_API_CONFIGURATION" }],
  [403, "Invalid domain name. Kindly use the domain - %s", ["domain"], "forbidden", { name: "INVALID_DOMAIN" }],
], "https://errcat.github.io/errcat/zoho-creator/", normalizeCode) as typeof lookup;

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): ZohoCreatorCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCreatorCode>(zohoCreatorCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isZohoCreatorCode(value: unknown): value is ZohoCreatorCode {
  return known.has(value);
}
