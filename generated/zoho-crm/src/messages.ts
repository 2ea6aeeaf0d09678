// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';
import type { ZohoCrmNamedParamsMap, ZohoCrmParamsMap } from './errors.js';

type Formatter = (p: ReadonlyArray<string | undefined>) => string;

const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCrmCode]: Formatter }>({
  AUTHENTICATION_FAILURE: () => "Authentication failed",
  DUPLICATE_DATA: () => "duplicate data",
  FEATURE_NOT_SUPPORTED: () => "The Multi-Currency feature is not available except the Enterprise and higher editions.",
  INVALID_DATA: () => "body",
  INVALID_MODULE: () => "the module name given seems to be invalid",
  INVALID_REQUEST_METHOD: () => "The http request method type is not a valid one",
  INVALID_TOKEN: () => "invalid oauth token",
  INVALID_URL_PATTERN: () => "Please check if the URL trying to access is a correct one",
  LICENSE_LIMIT_EXCEEDED: () => "Request exceeds your license limit. Need to upgrade in order to add a user",
  MANDATORY_NOT_FOUND: () => "required field not found",
  NO_PERMISSION: () => "permission denied",
  OAUTH_SCOPE_MISMATCH: () => "invalid oauth scope to access this URL",
  PATTERN_NOT_MATCHED: () => "Please check whether the input values are correct",
  REQUIRED_PARAM_MISSING: () => "One of the expected parameter is missing",
  SUCCESS: () => "record added",
  TOO_MANY_REQUESTS: () => "Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.",
  UNABLE_TO_PARSE_DATA_TYPE: () => "either the request body or parameters is in wrong format",
});

const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCrmCode]?: readonly string[] }>({
});

/**
 * Message template of every code: `%s` per parameter, `%%` a literal percent sign.
 */
export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<ZohoCrmCode, string>>>({
  AUTHENTICATION_FAILURE: "Authentication failed",
  DUPLICATE_DATA: "duplicate data",
  FEATURE_NOT_SUPPORTED: "The Multi-Currency feature is not available except the Enterprise and higher editions.",
  INVALID_DATA: "body",
  INVALID_MODULE: "the module name given seems to be invalid",
  INVALID_REQUEST_METHOD: "The http request method type is not a valid one",
  INVALID_TOKEN: "invalid oauth token",
  INVALID_URL_PATTERN: "Please check if the URL trying to access is a correct one",
  LICENSE_LIMIT_EXCEEDED: "Request exceeds your license limit. Need to upgrade in order to add a user",
  MANDATORY_NOT_FOUND: "required field not found",
  NO_PERMISSION: "permission denied",
  OAUTH_SCOPE_MISMATCH: "invalid oauth scope to access this URL",
  PATTERN_NOT_MATCHED: "Please check whether the input values are correct",
  REQUIRED_PARAM_MISSING: "One of the expected parameter is missing",
  SUCCESS: "record added",
  TOO_MANY_REQUESTS: "Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.",
  UNABLE_TO_PARSE_DATA_TYPE: "either the request body or parameters is in wrong format",
});

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against ZohoCrmParamsMap.
 */
export function formatMessage<C extends ZohoCrmCode>(code: C, ...params: NoInfer<ZohoCrmParamsMap[C]>): string {
  const format = formatters[code];
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against ZohoCrmNamedParamsMap).
 */
export function formatMessageWith<C extends ZohoCrmCode>(code: C, params: ZohoCrmNamedParamsMap[C]): string {
  const format = formatters[code];
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((paramNames[code] ?? []).map((name) => named[name]));
}
