// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code of the Zoho CRM REST API, exactly as it travels on the wire.
 */
export type ZohoCrmCode =
  | "AUTHENTICATION_FAILURE"
  | "DUPLICATE_DATA"
  | "FEATURE_NOT_SUPPORTED"
  | "INVALID_DATA"
  | "INVALID_MODULE"
  | "INVALID_REQUEST_METHOD"
  | "INVALID_TOKEN"
  | "INVALID_URL_PATTERN"
  | "LICENSE_LIMIT_EXCEEDED"
  | "MANDATORY_NOT_FOUND"
  | "NO_PERMISSION"
  | "OAUTH_SCOPE_MISMATCH"
  | "PATTERN_NOT_MATCHED"
  | "REQUIRED_PARAM_MISSING"
  | "SUCCESS"
  | "TOO_MANY_REQUESTS"
  | "UNABLE_TO_PARSE_DATA_TYPE";

/**
 * "AUTHENTICATION_FAILURE": Authentication failed
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Use the correct domain-specific URL.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#authentication_failure)
 */
export const AUTHENTICATION_FAILURE = "AUTHENTICATION_FAILURE" as const;

/**
 * "DUPLICATE_DATA": duplicate data
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Disable "Do not allow duplicates" or change value.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#duplicate_data)
 */
export const DUPLICATE_DATA = "DUPLICATE_DATA" as const;

/**
 * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_supported)
 */
export const FEATURE_NOT_SUPPORTED = "FEATURE_NOT_SUPPORTED" as const;

/**
 * "INVALID_DATA": body
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Validate field formats.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_data)
 */
export const INVALID_DATA = "INVALID_DATA" as const;

/**
 * "INVALID_MODULE": the module name given seems to be invalid
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_module)
 */
export const INVALID_MODULE = "INVALID_MODULE" as const;

/**
 * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API help document to find the correct request method.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request_method)
 */
export const INVALID_REQUEST_METHOD = "INVALID_REQUEST_METHOD" as const;

/**
 * "INVALID_TOKEN": invalid oauth token
 *
 * HTTP 401 · error · retry: after-reauth
 *
 * Fix: Refresh access token using the refresh token.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#invalid_token)
 */
export const INVALID_TOKEN = "INVALID_TOKEN" as const;

/**
 * "INVALID_URL_PATTERN": Please check if the URL trying to access is a correct one
 *
 * HTTP 404 · error · retry: never
 *
 * Fix: Refer to the specific API doc to get the correct Request URL (verify endpoint structure in API docs).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/not-found.html#invalid_url_pattern)
 */
export const INVALID_URL_PATTERN = "INVALID_URL_PATTERN" as const;

/**
 * "LICENSE_LIMIT_EXCEEDED": Request exceeds your license limit. Need to upgrade in order to add a user
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: You must upgrade your edition to add more users.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#license_limit_exceeded)
 */
export const LICENSE_LIMIT_EXCEEDED = "LICENSE_LIMIT_EXCEEDED" as const;

/**
 * "MANDATORY_NOT_FOUND": required field not found
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Include all mandatory fields in the request. The value "true" for the key "system-mandatory" in the Fields metadata API indicates that the field is mandatory; in the CRM UI, check whether Mark as required is enabled for the field in the module builder.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mandatory_not_found)
 */
export const MANDATORY_NOT_FOUND = "MANDATORY_NOT_FOUND" as const;

/**
 * "NO_PERMISSION": permission denied
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Obtain necessary permission to access the resource: to update the permission to a user's profile, go to Setup > Users and Control > Security Control > Profile, and enable the necessary permissions from the list.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#no_permission)
 */
export const NO_PERMISSION = "NO_PERMISSION" as const;

/**
 * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#oauth_scope_mismatch)
 */
export const OAUTH_SCOPE_MISMATCH = "OAUTH_SCOPE_MISMATCH" as const;

/**
 * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pattern_not_matched)
 */
export const PATTERN_NOT_MATCHED = "PATTERN_NOT_MATCHED" as const;

/**
 * "REQUIRED_PARAM_MISSING": One of the expected parameter is missing
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Refer to the corresponding API guide for parameters tagged as mandatory.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#required_param_missing)
 */
export const REQUIRED_PARAM_MISSING = "REQUIRED_PARAM_MISSING" as const;

/**
 * "SUCCESS": record added
 *
 * HTTP 200, 201, 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#code-success)
 */
export const SUCCESS = "SUCCESS" as const;

/**
 * "TOO_MANY_REQUESTS": Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.
 *
 * HTTP 429 · error · retry: after-delay
 *
 * Fix: Make calls in accordance with the limits: monitor X-API-CREDITS-REMAINING, prefer bulk inserts/updates (up to 100 records per call) and composite APIs, and space out calls to avoid bursts.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/rate-limit.html#too_many_requests)
 */
export const TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS" as const;

/**
 * "UNABLE_TO_PARSE_DATA_TYPE": either the request body or parameters is in wrong format
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The parameters must be passed as long integers, and not strings enclosed in quotes.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#unable_to_parse_data_type)
 */
export const UNABLE_TO_PARSE_DATA_TYPE = "UNABLE_TO_PARSE_DATA_TYPE" as const;
