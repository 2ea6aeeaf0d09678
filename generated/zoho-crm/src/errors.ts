// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, DetailsIssue, ErrcatError, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';
import type { ZohoCrmDetailsMap } from './details.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoCrmApiId = "zoho-crm";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoCrmParamsMap[code])`.
 */
export interface ZohoCrmParamsMap {
  AUTHENTICATION_FAILURE: [];
  DUPLICATE_DATA: [];
  FEATURE_NOT_SUPPORTED: [];
  INVALID_DATA: [];
  INVALID_MODULE: [];
  INVALID_REQUEST_METHOD: [];
  INVALID_TOKEN: [];
  INVALID_URL_PATTERN: [];
  LICENSE_LIMIT_EXCEEDED: [];
  MANDATORY_NOT_FOUND: [];
  NO_PERMISSION: [];
  OAUTH_SCOPE_MISMATCH: [];
  PATTERN_NOT_MATCHED: [];
  REQUIRED_PARAM_MISSING: [];
  SUCCESS: [];
  TOO_MANY_REQUESTS: [];
  UNABLE_TO_PARSE_DATA_TYPE: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoCrmNamedParamsMap {
  AUTHENTICATION_FAILURE: Record<string, never>;
  DUPLICATE_DATA: Record<string, never>;
  FEATURE_NOT_SUPPORTED: Record<string, never>;
  INVALID_DATA: Record<string, never>;
  INVALID_MODULE: Record<string, never>;
  INVALID_REQUEST_METHOD: Record<string, never>;
  INVALID_TOKEN: Record<string, never>;
  INVALID_URL_PATTERN: Record<string, never>;
  LICENSE_LIMIT_EXCEEDED: Record<string, never>;
  MANDATORY_NOT_FOUND: Record<string, never>;
  NO_PERMISSION: Record<string, never>;
  OAUTH_SCOPE_MISMATCH: Record<string, never>;
  PATTERN_NOT_MATCHED: Record<string, never>;
  REQUIRED_PARAM_MISSING: Record<string, never>;
  SUCCESS: Record<string, never>;
  TOO_MANY_REQUESTS: Record<string, never>;
  UNABLE_TO_PARSE_DATA_TYPE: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoCrmVariantParamsMap[code][variant])`.
 */
export interface ZohoCrmVariantParamsMap {
}

/**
 * What every known error of the Zoho CRM REST API carries besides its per-code members: the members of ErrcatErrorBase<ZohoCrmApiId>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface ZohoCrmKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: ZohoCrmApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** False when `details` does not match the catalog's JSON Schema for the code (parsing goes on regardless). */
  readonly detailsValid: boolean;
  /** Why `details` did not match its schema; empty when it did. */
  readonly detailsIssues: readonly DetailsIssue[];
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way. */
  readonly causes: readonly ErrcatError<ZohoCrmApiId>[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  readonly known: true;
  /** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */
  readonly rawCode?: undefined;
  /** The details exactly as received (an empty object when the entry had none), whether or not they match the code's schema. */
  readonly rawDetails: unknown;
  /** Which of `entry.variants` the response matched (see ErrcatKnownError). */
  readonly variant: number;
}

/**
 * "AUTHENTICATION_FAILURE": Authentication failed
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Use the correct domain-specific URL.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/unauthorized.md#authentication_failure)
 */
export interface AuthenticationFailureError extends ZohoCrmKnownErrorBase {
  readonly code: "AUTHENTICATION_FAILURE";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["AUTHENTICATION_FAILURE"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["AUTHENTICATION_FAILURE"]>;
  readonly entry: CodeEntry<"AUTHENTICATION_FAILURE">;
}

/**
 * "DUPLICATE_DATA": duplicate data
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Disable "Do not allow duplicates" or change value.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#duplicate_data)
 */
export interface DuplicateDataError extends ZohoCrmKnownErrorBase {
  readonly code: "DUPLICATE_DATA";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["DUPLICATE_DATA"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["DUPLICATE_DATA"]>;
  readonly entry: CodeEntry<"DUPLICATE_DATA">;
}

/**
 * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/forbidden.md#feature_not_supported)
 */
export interface FeatureNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["FEATURE_NOT_SUPPORTED"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FEATURE_NOT_SUPPORTED">;
}

/**
 * "INVALID_DATA": body
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Validate field formats.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#invalid_data)
 */
export interface InvalidDataError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_DATA";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["INVALID_DATA"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_DATA"]>;
  readonly entry: CodeEntry<"INVALID_DATA">;
}

/**
 * "INVALID_MODULE": the module name given seems to be invalid
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#invalid_module)
 */
export interface InvalidModuleError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_MODULE";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["INVALID_MODULE"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_MODULE"]>;
  readonly entry: CodeEntry<"INVALID_MODULE">;
}

/**
 * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API help document to find the correct request method.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#invalid_request_method)
 */
export interface InvalidRequestMethodError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_REQUEST_METHOD";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["INVALID_REQUEST_METHOD"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_REQUEST_METHOD"]>;
  readonly entry: CodeEntry<"INVALID_REQUEST_METHOD">;
}

/**
 * "INVALID_TOKEN": invalid oauth token
 *
 * HTTP 401 · error · retry: after-reauth
 *
 * Fix: Refresh access token using the refresh token.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/unauthorized.md#invalid_token)
 */
export interface InvalidTokenError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_TOKEN";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["INVALID_TOKEN"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_TOKEN"]>;
  readonly entry: CodeEntry<"INVALID_TOKEN">;
}

/**
 * "INVALID_URL_PATTERN": Please check if the URL trying to access is a correct one
 *
 * HTTP 404 · error · retry: never
 *
 * Fix: Refer to the specific API doc to get the correct Request URL (verify endpoint structure in API docs).
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/not-found.md#invalid_url_pattern)
 */
export interface InvalidUrlPatternError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_URL_PATTERN";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["INVALID_URL_PATTERN"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_URL_PATTERN"]>;
  readonly entry: CodeEntry<"INVALID_URL_PATTERN">;
}

/**
 * "LICENSE_LIMIT_EXCEEDED": Request exceeds your license limit. Need to upgrade in order to add a user
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must upgrade your edition to add more users.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#license_limit_exceeded)
 */
export interface LicenseLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "LICENSE_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["LICENSE_LIMIT_EXCEEDED"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["LICENSE_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"LICENSE_LIMIT_EXCEEDED">;
}

/**
 * "MANDATORY_NOT_FOUND": required field not found
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Include all mandatory fields in the request. The value "true" for the key "system-mandatory" in the Fields metadata API indicates that the field is mandatory; in the CRM UI, check whether Mark as required is enabled for the field in the module builder.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#mandatory_not_found)
 */
export interface MandatoryNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "MANDATORY_NOT_FOUND";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["MANDATORY_NOT_FOUND"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["MANDATORY_NOT_FOUND"]>;
  readonly entry: CodeEntry<"MANDATORY_NOT_FOUND">;
}

/**
 * "NO_PERMISSION": permission denied
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Obtain necessary permission to access the resource: to update the permission to a user's profile, go to Setup > Users and Control > Security Control > Profile, and enable the necessary permissions from the list.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/forbidden.md#no_permission)
 */
export interface NoPermissionError extends ZohoCrmKnownErrorBase {
  readonly code: "NO_PERMISSION";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["NO_PERMISSION"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["NO_PERMISSION"]>;
  readonly entry: CodeEntry<"NO_PERMISSION">;
}

/**
 * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/unauthorized.md#oauth_scope_mismatch)
 */
export interface OauthScopeMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "OAUTH_SCOPE_MISMATCH";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["OAUTH_SCOPE_MISMATCH"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["OAUTH_SCOPE_MISMATCH"]>;
  readonly entry: CodeEntry<"OAUTH_SCOPE_MISMATCH">;
}

/**
 * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#pattern_not_matched)
 */
export interface PatternNotMatchedError extends ZohoCrmKnownErrorBase {
  readonly code: "PATTERN_NOT_MATCHED";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["PATTERN_NOT_MATCHED"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["PATTERN_NOT_MATCHED"]>;
  readonly entry: CodeEntry<"PATTERN_NOT_MATCHED">;
}

/**
 * "REQUIRED_PARAM_MISSING": One of the expected parameter is missing
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API guide for parameters tagged as mandatory.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#required_param_missing)
 */
export interface RequiredParamMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUIRED_PARAM_MISSING";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["REQUIRED_PARAM_MISSING"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUIRED_PARAM_MISSING"]>;
  readonly entry: CodeEntry<"REQUIRED_PARAM_MISSING">;
}

/**
 * "SUCCESS": record added
 *
 * HTTP 200, 201, 202 · success · retry: never
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/success.md#code-success)
 */
export interface SuccessError extends ZohoCrmKnownErrorBase {
  readonly code: "SUCCESS";
  readonly kind: "success";
  readonly details: ZohoCrmDetailsMap["SUCCESS"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["SUCCESS"]>;
  readonly entry: CodeEntry<"SUCCESS">;
}

/**
 * "TOO_MANY_REQUESTS": Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.
 *
 * HTTP 429 · error · retry: after-delay
 *
 * Fix: Make calls in accordance with the limits: monitor X-API-CREDITS-REMAINING, prefer bulk inserts/updates (up to 100 records per call) and composite APIs, and space out calls to avoid bursts.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/rate-limit.md#too_many_requests)
 */
export interface TooManyRequestsError extends ZohoCrmKnownErrorBase {
  readonly code: "TOO_MANY_REQUESTS";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["TOO_MANY_REQUESTS"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["TOO_MANY_REQUESTS"]>;
  readonly entry: CodeEntry<"TOO_MANY_REQUESTS">;
}

/**
 * "UNABLE_TO_PARSE_DATA_TYPE": either the request body or parameters is in wrong format
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The parameters must be passed as long integers, and not strings enclosed in quotes.
 *
 * [Reference](https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/bad-request.md#unable_to_parse_data_type)
 */
export interface UnableToParseDataTypeError extends ZohoCrmKnownErrorBase {
  readonly code: "UNABLE_TO_PARSE_DATA_TYPE";
  readonly kind: "error";
  readonly details: ZohoCrmDetailsMap["UNABLE_TO_PARSE_DATA_TYPE"] | undefined;
  readonly params: Partial<ZohoCrmNamedParamsMap["UNABLE_TO_PARSE_DATA_TYPE"]>;
  readonly entry: CodeEntry<"UNABLE_TO_PARSE_DATA_TYPE">;
}

/**
 * Every known error of the Zoho CRM REST API, discriminated on `code`.
 */
export type ZohoCrmError =
  | AuthenticationFailureError
  | DuplicateDataError
  | FeatureNotSupportedError
  | InvalidDataError
  | InvalidModuleError
  | InvalidRequestMethodError
  | InvalidTokenError
  | InvalidUrlPatternError
  | LicenseLimitExceededError
  | MandatoryNotFoundError
  | NoPermissionError
  | OauthScopeMismatchError
  | PatternNotMatchedError
  | RequiredParamMissingError
  | SuccessError
  | TooManyRequestsError
  | UnableToParseDataTypeError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoCrmUnknownError = ErrcatUnknownError<"zoho-crm">;

/**
 * The error type of each code, read by indexed access: `ZohoCrmErrorMap[C]`.
 */
export interface ZohoCrmErrorMap {
  AUTHENTICATION_FAILURE: AuthenticationFailureError;
  DUPLICATE_DATA: DuplicateDataError;
  FEATURE_NOT_SUPPORTED: FeatureNotSupportedError;
  INVALID_DATA: InvalidDataError;
  INVALID_MODULE: InvalidModuleError;
  INVALID_REQUEST_METHOD: InvalidRequestMethodError;
  INVALID_TOKEN: InvalidTokenError;
  INVALID_URL_PATTERN: InvalidUrlPatternError;
  LICENSE_LIMIT_EXCEEDED: LicenseLimitExceededError;
  MANDATORY_NOT_FOUND: MandatoryNotFoundError;
  NO_PERMISSION: NoPermissionError;
  OAUTH_SCOPE_MISMATCH: OauthScopeMismatchError;
  PATTERN_NOT_MATCHED: PatternNotMatchedError;
  REQUIRED_PARAM_MISSING: RequiredParamMissingError;
  SUCCESS: SuccessError;
  TOO_MANY_REQUESTS: TooManyRequestsError;
  UNABLE_TO_PARSE_DATA_TYPE: UnableToParseDataTypeError;
}

export type { ZohoCrmCode };
