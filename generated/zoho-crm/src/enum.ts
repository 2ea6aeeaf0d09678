// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Zoho CRM REST API as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum ZohoCrmErrorCode {
  /**
   * "AUTHENTICATION_FAILURE": Authentication failed
   *
   * HTTP 401 · error · retry: never
   *
   * Fix: Use the correct domain-specific URL.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#authentication_failure)
   */
  AUTHENTICATION_FAILURE = "AUTHENTICATION_FAILURE",
  /**
   * "DUPLICATE_DATA": duplicate data
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Disable "Do not allow duplicates" or change value.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#duplicate_data)
   */
  DUPLICATE_DATA = "DUPLICATE_DATA",
  /**
   * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
   *
   * HTTP 403 · error · retry: never
   *
   * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_supported)
   */
  FEATURE_NOT_SUPPORTED = "FEATURE_NOT_SUPPORTED",
  /**
   * "INVALID_DATA": body
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Validate field formats.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_data)
   */
  INVALID_DATA = "INVALID_DATA",
  /**
   * "INVALID_MODULE": the module name given seems to be invalid
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_module)
   */
  INVALID_MODULE = "INVALID_MODULE",
  /**
   * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Refer to the corresponding API help document to find the correct request method.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request_method)
   */
  INVALID_REQUEST_METHOD = "INVALID_REQUEST_METHOD",
  /**
   * "INVALID_TOKEN": invalid oauth token
   *
   * HTTP 401 · error · retry: after-reauth
   *
   * Fix: Refresh access token using the refresh token.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#invalid_token)
   */
  INVALID_TOKEN = "INVALID_TOKEN",
  /**
   * "INVALID_URL_PATTERN": Please check if the URL trying to access is a correct one
   *
   * HTTP 404 · error · retry: never
   *
   * Fix: Refer to the specific API doc to get the correct Request URL (verify endpoint structure in API docs).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/not-found.html#invalid_url_pattern)
   */
  INVALID_URL_PATTERN = "INVALID_URL_PATTERN",
  /**
   * "LICENSE_LIMIT_EXCEEDED": Request exceeds your license limit. Need to upgrade in order to add a user
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: You must upgrade your edition to add more users.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#license_limit_exceeded)
   */
  LICENSE_LIMIT_EXCEEDED = "LICENSE_LIMIT_EXCEEDED",
  /**
   * "MANDATORY_NOT_FOUND": required field not found
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Include all mandatory fields in the request. The value "true" for the key "system-mandatory" in the Fields metadata API indicates that the field is mandatory; in the CRM UI, check whether Mark as required is enabled for the field in the module builder.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mandatory_not_found)
   */
  MANDATORY_NOT_FOUND = "MANDATORY_NOT_FOUND",
  /**
   * "NO_PERMISSION": permission denied
   *
   * HTTP 403 · error · retry: never
   *
   * Fix: Obtain necessary permission to access the resource: to update the permission to a user's profile, go to Setup > Users and Control > Security Control > Profile, and enable the necessary permissions from the list.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#no_permission)
   */
  NO_PERMISSION = "NO_PERMISSION",
  /**
   * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
   *
   * HTTP 401 · error · retry: never
   *
   * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#oauth_scope_mismatch)
   */
  OAUTH_SCOPE_MISMATCH = "OAUTH_SCOPE_MISMATCH",
  /**
   * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pattern_not_matched)
   */
  PATTERN_NOT_MATCHED = "PATTERN_NOT_MATCHED",
  /**
   * "REQUIRED_PARAM_MISSING": One of the expected parameter is missing
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Refer to the corresponding API guide for parameters tagged as mandatory.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#required_param_missing)
   */
  REQUIRED_PARAM_MISSING = "REQUIRED_PARAM_MISSING",
  /**
   * "SUCCESS": record added
   *
   * HTTP 200, 201, 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#code-success)
   */
  SUCCESS = "SUCCESS",
  /**
   * "TOO_MANY_REQUESTS": Number of API requests for the 24 hour period is exceeded or the concurrency/sub-concurrency limit of the user for the app is exceeded.
   *
   * HTTP 429 · error · retry: after-delay
   *
   * Fix: Make calls in accordance with the limits: monitor X-API-CREDITS-REMAINING, prefer bulk inserts/updates (up to 100 records per call) and composite APIs, and space out calls to avoid bursts.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/rate-limit.html#too_many_requests)
   */
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
  /**
   * "UNABLE_TO_PARSE_DATA_TYPE": either the request body or parameters is in wrong format
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: The parameters must be passed as long integers, and not strings enclosed in quotes.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#unable_to_parse_data_type)
   */
  UNABLE_TO_PARSE_DATA_TYPE = "UNABLE_TO_PARSE_DATA_TYPE",
}
