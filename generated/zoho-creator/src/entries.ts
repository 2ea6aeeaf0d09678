// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';
import type { ZohoCreatorCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho Creator Custom APIs.
 */
export type ZohoCreatorEntry<C extends ZohoCreatorCode = ZohoCreatorCode> = CodeEntry<C>;

const entries: { readonly [code: string]: ZohoCreatorEntry | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCreatorCode]: ZohoCreatorEntry<C> }>({
  4000: { code: 4000, name: "CUSTOM_API_LIMIT_REACHED", status: 403, statuses: [403], kind: "error", message: "Account's custom API limit has been reached. Please upgrade to execute more custom API calls.", params: [], retry: "after-delay", retryDelaySeconds: 86400, docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/CUSTOM_API_LIMIT_REACHED.md", group: "forbidden", aliases: [] },
  9350: { code: 9350, name: "CUSTOM_API_NOT_FOUND", status: 400, statuses: [400], kind: "error", message: "Custom API doesn't exist. Please check the custom API link name.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/CUSTOM_API_NOT_FOUND.md", group: "bad-request", aliases: [] },
  9360: { code: 9360, name: "CUSTOM_API_DRAFT_OR_DISABLED", status: 400, statuses: [400], kind: "error", message: "Custom API is in draft or disabled state. Please enable the API and try again.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/CUSTOM_API_DRAFT_OR_DISABLED.md", group: "bad-request", aliases: [] },
  9370: { code: 9370, name: "INVALID_PUBLIC_KEY", status: 401, statuses: [401], kind: "error", message: "The request contains an invalid public key for this Custom API.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVALID_PUBLIC_KEY.md", group: "authorization-error", aliases: [] },
  9380: { code: 9380, name: "ADMIN_ONLY_API", status: 401, statuses: [401], kind: "error", message: "You do not have permission to invoke this Custom API. Please reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/ADMIN_ONLY_API.md", group: "authorization-error", aliases: [] },
  9390: { code: 9390, name: "USER_NOT_IN_SCOPE", status: 401, statuses: [401], kind: "error", message: "You do not have permission to invoke this Custom API. Please reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/USER_NOT_IN_SCOPE.md", group: "authorization-error", aliases: [] },
  9400: { code: 9400, name: "INVALID_HTTP_METHOD", status: 405, statuses: [405], kind: "error", message: "The provided HTTP method is not valid for this custom API.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVALID_HTTP_METHOD.md", group: "method-not-allowed", aliases: [] },
  9410: { code: 9410, name: "INVALID_CONTENT_TYPE", status: 400, statuses: [400], kind: "error", message: "The Content-Type specified for this Custom API is invalid.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVALID_CONTENT_TYPE.md", group: "bad-request", aliases: [] },
  9430: { code: 9430, name: "CUSTOM_API_EXECUTION_ERROR", status: 500, statuses: [500], kind: "error", message: "There is an error while executing Custom API.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/CUSTOM_API_EXECUTION_ERROR.md", group: "internal-server-error", aliases: [] },
  9450: { code: 9450, name: "DATATYPE_MISMATCH", status: 400, statuses: [400], kind: "error", message: "Datatype mismatch encountered. Please provide a valid value for %s.", params: ["field"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/DATATYPE_MISMATCH.md", group: "bad-request", aliases: [] },
  9460: { code: 9460, name: "ACTION_CONFIGURATION_MISMATCH", status: 500, statuses: [500], kind: "error", message: "The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/ACTION_CONFIGURATION_MISMATCH.md", group: "internal-server-error", aliases: [] },
  9470: { code: 9470, name: "INVITATION_NOT_ACCEPTED", status: 401, statuses: [401], kind: "error", message: "You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVITATION_NOT_ACCEPTED.md", group: "authorization-error", aliases: [] },
  9480: { code: 9480, name: "USER_NOT_FOUND", status: 401, statuses: [401], kind: "error", message: "The specified user does not exist.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/USER_NOT_FOUND.md", group: "authorization-error", aliases: [] },
  9490: { code: 9490, name: "USER_INACTIVE", status: 401, statuses: [401], kind: "error", message: "The specified user is currently inactive. To activate, please reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/USER_INACTIVE.md", group: "authorization-error", aliases: [] },
  9500: { code: 9500, name: "INVALID_CUSTOM_API_CONFIGURATION", status: 500, statuses: [500], kind: "error", message: "Invalid Custom API configuration. Please reach out to the admin.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVALID_CUSTOM_API_CONFIGURATION.md", group: "internal-server-error", aliases: [] },
  9510: { code: 9510, name: "INVALID_DOMAIN", status: 403, statuses: [403], kind: "error", message: "Invalid domain name. Kindly use the domain - %s", params: ["domain"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-creator/docs/codes/INVALID_DOMAIN.md", group: "forbidden", aliases: [] },
});

const aliases: { readonly [alias: string]: ZohoCreatorCode | undefined } = /* @__PURE__ */ table<{  }>({
});

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
export function lookup<C extends ZohoCreatorCode>(code: C): ZohoCreatorEntry<C>;
export function lookup(code: unknown): ZohoCreatorEntry | undefined;
export function lookup(code: unknown): ZohoCreatorEntry | undefined {
  const key = normalizeCode(code, 'integer');
  if (key === undefined) return undefined;
  const entry = entries[key];
  if (entry !== undefined) return entry;
  const canonical = aliases[key];
  return canonical === undefined ? undefined : entries[canonical];
}

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
