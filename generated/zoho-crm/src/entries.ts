// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho CRM REST API.
 */
export type ZohoCrmEntry<C extends ZohoCrmCode = ZohoCrmCode> = CodeEntry<C>;

const entries: { readonly [code: string]: ZohoCrmEntry | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCrmCode]: ZohoCrmEntry<C> }>({
  AUTHENTICATION_FAILURE: { code: "AUTHENTICATION_FAILURE", name: "AUTHENTICATION_FAILURE", status: 401, statuses: [401], kind: "error", message: "Authentication failed", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/AUTHENTICATION_FAILURE.md", group: "unauthorized", aliases: ["AUTHENTICATION_FAILED"] },
  DUPLICATE_DATA: { code: "DUPLICATE_DATA", name: "DUPLICATE_DATA", status: 400, statuses: [400], kind: "error", message: "duplicate data", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/DUPLICATE_DATA.md", group: "bad-request", aliases: [] },
  FEATURE_NOT_SUPPORTED: { code: "FEATURE_NOT_SUPPORTED", name: "FEATURE_NOT_SUPPORTED", status: 403, statuses: [403], kind: "error", message: "The Multi-Currency feature is not available except the Enterprise and higher editions.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/FEATURE_NOT_SUPPORTED.md", group: "forbidden", aliases: [], messageVaries: true },
  INVALID_DATA: { code: "INVALID_DATA", name: "INVALID_DATA", status: 400, statuses: [400], kind: "error", message: "body", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_DATA.md", group: "bad-request", aliases: [], messageVaries: true },
  INVALID_MODULE: { code: "INVALID_MODULE", name: "INVALID_MODULE", status: 400, statuses: [400], kind: "error", message: "the module name given seems to be invalid", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_MODULE.md", group: "bad-request", aliases: [] },
  INVALID_REQUEST_METHOD: { code: "INVALID_REQUEST_METHOD", name: "INVALID_REQUEST_METHOD", status: 400, statuses: [400], kind: "error", message: "The http request method type is not a valid one", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_REQUEST_METHOD.md", group: "bad-request", aliases: [] },
  INVALID_TOKEN: { code: "INVALID_TOKEN", name: "INVALID_TOKEN", status: 401, statuses: [401], kind: "error", message: "invalid oauth token", params: [], retry: "after-reauth", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_TOKEN.md", group: "unauthorized", aliases: [] },
  INVALID_URL_PATTERN: { code: "INVALID_URL_PATTERN", name: "INVALID_URL_PATTERN", status: 404, statuses: [404], kind: "error", message: "Please check if the URL trying to access is a correct one", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_URL_PATTERN.md", group: "not-found", aliases: [] },
  LICENSE_LIMIT_EXCEEDED: { code: "LICENSE_LIMIT_EXCEEDED", name: "LICENSE_LIMIT_EXCEEDED", status: 400, statuses: [400], kind: "error", message: "Request exceeds your license limit. Need to upgrade in order to add a user", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/LICENSE_LIMIT_EXCEEDED.md", group: "bad-request", aliases: [], messageVaries: true },
  MANDATORY_NOT_FOUND: { code: "MANDATORY_NOT_FOUND", name: "MANDATORY_NOT_FOUND", status: 400, statuses: [400], kind: "error", message: "required field not found", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/MANDATORY_NOT_FOUND.md", group: "bad-request", aliases: [] },
  NO_PERMISSION: { code: "NO_PERMISSION", name: "NO_PERMISSION", status: 403, statuses: [403], kind: "error", message: "permission denied", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/NO_PERMISSION.md", group: "forbidden", aliases: [] },
  OAUTH_SCOPE_MISMATCH: { code: "OAUTH_SCOPE_MISMATCH", name: "OAUTH_SCOPE_MISMATCH", status: 401, statuses: [401], kind: "error", message: "invalid oauth scope to access this URL", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/OAUTH_SCOPE_MISMATCH.md", group: "unauthorized", aliases: [] },
  PATTERN_NOT_MATCHED: { code: "PATTERN_NOT_MATCHED", name: "PATTERN_NOT_MATCHED", status: 400, statuses: [400], kind: "error", message: "Please check whether the input values are correct", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/PATTERN_NOT_MATCHED.md", group: "bad-request", aliases: ["PATTERN_NO_MATCHED"] },
  REQUIRED_PARAM_MISSING: { code: "REQUIRED_PARAM_MISSING", name: "REQUIRED_PARAM_MISSING", status: 400, statuses: [400], kind: "error", message: "One of the expected parameter is missing", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/REQUIRED_PARAM_MISSING.md", group: "bad-request", aliases: [] },
  SUCCESS: { code: "SUCCESS", name: "SUCCESS", status: 200, statuses: [200, 201, 202], kind: "success", message: "record added", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/SUCCESS.md", group: "success", aliases: [], messageVaries: true },
  TOO_MANY_REQUESTS: { code: "TOO_MANY_REQUESTS", name: "TOO_MANY_REQUESTS", status: 429, statuses: [429], kind: "error", message: "Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.", params: [], retry: "after-delay", retryDelaySeconds: 60, docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/TOO_MANY_REQUESTS.md", group: "rate-limit", aliases: [], messageVaries: true },
  UNABLE_TO_PARSE_DATA_TYPE: { code: "UNABLE_TO_PARSE_DATA_TYPE", name: "UNABLE_TO_PARSE_DATA_TYPE", status: 400, statuses: [400], kind: "error", message: "either the request body or parameters is in wrong format", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/UNABLE_TO_PARSE_DATA_TYPE.md", group: "bad-request", aliases: ["UNABLE_TO_PARSE_DATATYPE"] },
});

const aliases: { readonly [alias: string]: ZohoCrmCode | undefined } = /* @__PURE__ */ table<{ readonly AUTHENTICATION_FAILED: "AUTHENTICATION_FAILURE"; readonly PATTERN_NO_MATCHED: "PATTERN_NOT_MATCHED"; readonly UNABLE_TO_PARSE_DATATYPE: "UNABLE_TO_PARSE_DATA_TYPE"; }>({
  AUTHENTICATION_FAILED: "AUTHENTICATION_FAILURE",
  PATTERN_NO_MATCHED: "PATTERN_NOT_MATCHED",
  UNABLE_TO_PARSE_DATATYPE: "UNABLE_TO_PARSE_DATA_TYPE",
});

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

/**
 * The catalog entry of a code. Accepts the wire value, an alias; anything else gives undefined.
 */
export function lookup<C extends ZohoCrmCode>(code: C): ZohoCrmEntry<C>;
export function lookup(code: unknown): ZohoCrmEntry | undefined;
export function lookup(code: unknown): ZohoCrmEntry | undefined {
  const key = typeof code === 'string' ? code : undefined;
  if (key === undefined) return undefined;
  const entry = entries[key];
  if (entry !== undefined) return entry;
  const canonical = aliases[key];
  return canonical === undefined ? undefined : entries[canonical];
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
