// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ErrcatKnownError, ErrcatUnknownError } from '@errcat/runtime';
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
 * "AUTHENTICATION_FAILURE": Authentication failed
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Use the correct domain-specific URL.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/AUTHENTICATION_FAILURE.md | Reference}
 */
export interface AuthenticationFailureError extends ErrcatKnownError<"zoho-crm", "AUTHENTICATION_FAILURE", "error", ZohoCrmDetailsMap["AUTHENTICATION_FAILURE"], ZohoCrmNamedParamsMap["AUTHENTICATION_FAILURE"]> {}

/**
 * "DUPLICATE_DATA": duplicate data
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Disable "Do not allow duplicates" or change value.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/DUPLICATE_DATA.md | Reference}
 */
export interface DuplicateDataError extends ErrcatKnownError<"zoho-crm", "DUPLICATE_DATA", "error", ZohoCrmDetailsMap["DUPLICATE_DATA"], ZohoCrmNamedParamsMap["DUPLICATE_DATA"]> {}

/**
 * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/FEATURE_NOT_SUPPORTED.md | Reference}
 */
export interface FeatureNotSupportedError extends ErrcatKnownError<"zoho-crm", "FEATURE_NOT_SUPPORTED", "error", ZohoCrmDetailsMap["FEATURE_NOT_SUPPORTED"], ZohoCrmNamedParamsMap["FEATURE_NOT_SUPPORTED"]> {}

/**
 * "INVALID_DATA": body
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Validate field formats.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_DATA.md | Reference}
 */
export interface InvalidDataError extends ErrcatKnownError<"zoho-crm", "INVALID_DATA", "error", ZohoCrmDetailsMap["INVALID_DATA"], ZohoCrmNamedParamsMap["INVALID_DATA"]> {}

/**
 * "INVALID_MODULE": the module name given seems to be invalid
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_MODULE.md | Reference}
 */
export interface InvalidModuleError extends ErrcatKnownError<"zoho-crm", "INVALID_MODULE", "error", ZohoCrmDetailsMap["INVALID_MODULE"], ZohoCrmNamedParamsMap["INVALID_MODULE"]> {}

/**
 * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API help document to find the correct request method.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_REQUEST_METHOD.md | Reference}
 */
export interface InvalidRequestMethodError extends ErrcatKnownError<"zoho-crm", "INVALID_REQUEST_METHOD", "error", ZohoCrmDetailsMap["INVALID_REQUEST_METHOD"], ZohoCrmNamedParamsMap["INVALID_REQUEST_METHOD"]> {}

/**
 * "INVALID_TOKEN": invalid oauth token
 *
 * HTTP 401 · error · retry: after-reauth
 *
 * Fix: Refresh access token using the refresh token.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_TOKEN.md | Reference}
 */
export interface InvalidTokenError extends ErrcatKnownError<"zoho-crm", "INVALID_TOKEN", "error", ZohoCrmDetailsMap["INVALID_TOKEN"], ZohoCrmNamedParamsMap["INVALID_TOKEN"]> {}

/**
 * "INVALID_URL_PATTERN": Please check if the URL trying to access is a correct one
 *
 * HTTP 404 · error · retry: never
 *
 * Fix: Refer to the specific API doc to get the correct Request URL (verify endpoint structure in API docs).
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/INVALID_URL_PATTERN.md | Reference}
 */
export interface InvalidUrlPatternError extends ErrcatKnownError<"zoho-crm", "INVALID_URL_PATTERN", "error", ZohoCrmDetailsMap["INVALID_URL_PATTERN"], ZohoCrmNamedParamsMap["INVALID_URL_PATTERN"]> {}

/**
 * "LICENSE_LIMIT_EXCEEDED": Request exceeds your license limit. Need to upgrade in order to add a user
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must upgrade your edition to add more users.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/LICENSE_LIMIT_EXCEEDED.md | Reference}
 */
export interface LicenseLimitExceededError extends ErrcatKnownError<"zoho-crm", "LICENSE_LIMIT_EXCEEDED", "error", ZohoCrmDetailsMap["LICENSE_LIMIT_EXCEEDED"], ZohoCrmNamedParamsMap["LICENSE_LIMIT_EXCEEDED"]> {}

/**
 * "MANDATORY_NOT_FOUND": required field not found
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Include all mandatory fields in the request. The value "true" for the key "system-mandatory" in the Fields metadata API indicates that the field is mandatory; in the CRM UI, check whether Mark as required is enabled for the field in the module builder.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/MANDATORY_NOT_FOUND.md | Reference}
 */
export interface MandatoryNotFoundError extends ErrcatKnownError<"zoho-crm", "MANDATORY_NOT_FOUND", "error", ZohoCrmDetailsMap["MANDATORY_NOT_FOUND"], ZohoCrmNamedParamsMap["MANDATORY_NOT_FOUND"]> {}

/**
 * "NO_PERMISSION": permission denied
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Obtain necessary permission to access the resource: to update the permission to a user's profile, go to Setup > Users and Control > Security Control > Profile, and enable the necessary permissions from the list.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/NO_PERMISSION.md | Reference}
 */
export interface NoPermissionError extends ErrcatKnownError<"zoho-crm", "NO_PERMISSION", "error", ZohoCrmDetailsMap["NO_PERMISSION"], ZohoCrmNamedParamsMap["NO_PERMISSION"]> {}

/**
 * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/OAUTH_SCOPE_MISMATCH.md | Reference}
 */
export interface OauthScopeMismatchError extends ErrcatKnownError<"zoho-crm", "OAUTH_SCOPE_MISMATCH", "error", ZohoCrmDetailsMap["OAUTH_SCOPE_MISMATCH"], ZohoCrmNamedParamsMap["OAUTH_SCOPE_MISMATCH"]> {}

/**
 * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/PATTERN_NOT_MATCHED.md | Reference}
 */
export interface PatternNotMatchedError extends ErrcatKnownError<"zoho-crm", "PATTERN_NOT_MATCHED", "error", ZohoCrmDetailsMap["PATTERN_NOT_MATCHED"], ZohoCrmNamedParamsMap["PATTERN_NOT_MATCHED"]> {}

/**
 * "REQUIRED_PARAM_MISSING": One of the expected parameter is missing
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API guide for parameters tagged as mandatory.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/REQUIRED_PARAM_MISSING.md | Reference}
 */
export interface RequiredParamMissingError extends ErrcatKnownError<"zoho-crm", "REQUIRED_PARAM_MISSING", "error", ZohoCrmDetailsMap["REQUIRED_PARAM_MISSING"], ZohoCrmNamedParamsMap["REQUIRED_PARAM_MISSING"]> {}

/**
 * "SUCCESS": record added
 *
 * HTTP 200, 201, 202 · success · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/SUCCESS.md | Reference}
 */
export interface SuccessError extends ErrcatKnownError<"zoho-crm", "SUCCESS", "success", ZohoCrmDetailsMap["SUCCESS"], ZohoCrmNamedParamsMap["SUCCESS"]> {}

/**
 * "TOO_MANY_REQUESTS": Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.
 *
 * HTTP 429 · error · retry: after-delay
 *
 * Fix: Make calls in accordance with the limits: monitor X-API-CREDITS-REMAINING, prefer bulk inserts/updates (up to 100 records per call) and composite APIs, and space out calls to avoid bursts.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/TOO_MANY_REQUESTS.md | Reference}
 */
export interface TooManyRequestsError extends ErrcatKnownError<"zoho-crm", "TOO_MANY_REQUESTS", "error", ZohoCrmDetailsMap["TOO_MANY_REQUESTS"], ZohoCrmNamedParamsMap["TOO_MANY_REQUESTS"]> {}

/**
 * "UNABLE_TO_PARSE_DATA_TYPE": either the request body or parameters is in wrong format
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The parameters must be passed as long integers, and not strings enclosed in quotes.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/zoho-crm/docs/codes/UNABLE_TO_PARSE_DATA_TYPE.md | Reference}
 */
export interface UnableToParseDataTypeError extends ErrcatKnownError<"zoho-crm", "UNABLE_TO_PARSE_DATA_TYPE", "error", ZohoCrmDetailsMap["UNABLE_TO_PARSE_DATA_TYPE"], ZohoCrmNamedParamsMap["UNABLE_TO_PARSE_DATA_TYPE"]> {}

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
