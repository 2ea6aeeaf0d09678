// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryFromRow, normalizeCode, table, tableOf, type CodeEntry, type EntryRow } from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho CRM REST API.
 */
export type ZohoCrmEntry<C extends ZohoCrmCode = ZohoCrmCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const zohoCrmCodeList: readonly ZohoCrmCode[] = [
  "AUTHENTICATION_FAILURE",
  "DUPLICATE_DATA",
  "FEATURE_NOT_SUPPORTED",
  "INVALID_DATA",
  "INVALID_MODULE",
  "INVALID_REQUEST_METHOD",
  "INVALID_TOKEN",
  "INVALID_URL_PATTERN",
  "LICENSE_LIMIT_EXCEEDED",
  "MANDATORY_NOT_FOUND",
  "NO_PERMISSION",
  "OAUTH_SCOPE_MISMATCH",
  "PATTERN_NOT_MATCHED",
  "REQUIRED_PARAM_MISSING",
  "SUCCESS",
  "TOO_MANY_REQUESTS",
  "UNABLE_TO_PARSE_DATA_TYPE",
];

const rows = /* @__PURE__ */ tableOf<EntryRow>(zohoCrmCodeList, [
  [401, "Authentication failed", [], "unauthorized", { aliases: ["AUTHENTICATION_FAILED"] }],
  [400, "duplicate data", [], "bad-request"],
  [403, "The Multi-Currency feature is not available except the Enterprise and higher editions.", [], "forbidden", { messageVaries: true }],
  [400, "body", [], "bad-request", { messageVaries: true }],
  [400, "the module name given seems to be invalid", [], "bad-request"],
  [400, "The http request method type is not a valid one", [], "bad-request"],
  [401, "invalid oauth token", [], "unauthorized", { retry: "after-reauth" }],
  [404, "Please check if the URL trying to access is a correct one", [], "not-found"],
  [400, "Request exceeds your license limit. Need to upgrade in order to add a user", [], "bad-request", { messageVaries: true }],
  [400, "required field not found", [], "bad-request"],
  [403, "permission denied", [], "forbidden"],
  [401, "invalid oauth scope to access this URL", [], "unauthorized"],
  [400, "Please check whether the input values are correct", [], "bad-request", { aliases: ["PATTERN_NO_MATCHED"] }],
  [400, "One of the expected parameter is missing", [], "bad-request"],
  [200, "record added", [], "success", { statuses: [200, 201, 202], kind: "success", page: "success.html#code-success", messageVaries: true }],
  [429, "Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.", [], "rate-limit", { retry: "after-delay", retryDelaySeconds: 60, messageVaries: true }],
  [400, "either the request body or parameters is in wrong format", [], "bad-request", { aliases: ["UNABLE_TO_PARSE_DATATYPE"] }],
]);

const aliases: { readonly [alias: string]: ZohoCrmCode | undefined } = /* @__PURE__ */ table<{ readonly AUTHENTICATION_FAILED: "AUTHENTICATION_FAILURE"; readonly PATTERN_NO_MATCHED: "PATTERN_NOT_MATCHED"; readonly UNABLE_TO_PARSE_DATATYPE: "UNABLE_TO_PARSE_DATA_TYPE"; }>({
  AUTHENTICATION_FAILED: "AUTHENTICATION_FAILURE",
  PATTERN_NO_MATCHED: "PATTERN_NOT_MATCHED",
  UNABLE_TO_PARSE_DATATYPE: "UNABLE_TO_PARSE_DATA_TYPE",
});

const docsBaseUrl = "https://errcat.github.io/errcat/zoho-crm/";

const entries: { [key: string]: ZohoCrmEntry | undefined } = /* @__PURE__ */ Object.create(null);

/**
 * The catalog entry of a code. Accepts the wire value, an alias; anything else gives undefined.
 */
export function lookup<C extends ZohoCrmCode>(code: C): ZohoCrmEntry<C>;
export function lookup(code: unknown): ZohoCrmEntry | undefined;
export function lookup(code: unknown): ZohoCrmEntry | undefined {
  const key = typeof code === 'string' ? code : undefined;
  return key === undefined ? undefined : (entries[key] ?? load(key));
}

function load(key: string | number): ZohoCrmEntry | undefined {
  const canonical: ZohoCrmCode | undefined = rows[key] === undefined ? aliases[key] : (key as ZohoCrmCode);
  if (canonical === undefined) return undefined;
  const entry = entries[canonical] ?? entryFromRow(canonical, rows[canonical] as EntryRow, docsBaseUrl);
  entries[canonical] = entry;
  entries[key] = entry;
  return entry;
}

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): ZohoCrmCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCrmCode>(zohoCrmCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isZohoCrmCode(value: unknown): value is ZohoCrmCode {
  return known.has(value);
}
