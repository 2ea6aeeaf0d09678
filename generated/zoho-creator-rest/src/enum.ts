// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Zoho Creator REST API v2 and v2.1 as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum ZohoCreatorRestErrorCode {
  /**
   * 1000: Invalid API URL format.
   *
   * HTTP 404, 401 · error · retry: never
   *
   * Also HTTP 401: A mandatory parameter - '%s' is either absent or has been used twice. Please check and try again.
   *
   * Fix: Build the URL in the format that the called API's own documentation gives, and send every mandatory parameter exactly once, with its correct key.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#invalid_api_url_or_mandatory_parameter)
   */
  INVALID_API_URL_OR_MANDATORY_PARAMETER = 1000,
  /**
   * 1030: Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information.
   *
   * HTTP 401 · error · retry: after-reauth
   *
   * Fix: Refresh the access token with the refresh token (Zoho Accounts) and send the request again with the new token.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/authorization-error.html#authorization_failure)
   */
  AUTHORIZATION_FAILURE = 1030,
  /**
   * 1040: No account owner named "%s" found.
   *
   * HTTP 404 · error · retry: never
   *
   * Also HTTP 404: There is no such user.
   *
   * Fix: Use the username of the user in whose Creator account the request is to be made, check that the account exists and has not been deleted, and that you may access it.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#account_owner_not_found)
   */
  ACCOUNT_OWNER_NOT_FOUND = 1040,
  /**
   * 1060: You do not have permission to access this application. Please check with the application admin.
   *
   * HTTP 403, 401 · error · retry: never
   *
   * Also HTTP 401: Invalid request parameter found - %s
   *
   * Fix: Have the application admin share the application with the user; for the 401 variant, correct or remove the parameter that the API does not support (see the API's documentation).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#no_application_permission_or_invalid_parameter)
   */
  NO_APPLICATION_PERMISSION_OR_INVALID_PARAMETER = 1060,
  /**
   * 3000: (the vendor documents no message for this code)
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/success.html#code-success)
   */
  SUCCESS = 3000,
  /**
   * 3830: You do not have permission to transfer files to/from the field "%s". Please check with the application admin.
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Ask the application admin for permission to transfer files to and from the field.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#no_file_field_permission)
   */
  NO_FILE_FIELD_PERMISSION = 3830,
  /**
   * 3910: No forms available.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_forms_available)
   */
  NO_FORMS_AVAILABLE = 3910,
  /**
   * 3920: No pages available.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_pages_available)
   */
  NO_PAGES_AVAILABLE = 3920,
  /**
   * 3930: No reports available.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_reports_available)
   */
  NO_REPORTS_AVAILABLE = 3930,
  /**
   * 3950: A maximum of 200 records can be added per request.
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Split the input into requests of at most 200 records each.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#add_limit_200_records)
   */
  ADD_LIMIT_200_RECORDS = 3950,
  /**
   * 3960: A maximum of 200 records can be processed per request. Include the "process_until_limit" parameter to process the first 200 records.
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Send process_until_limit=true so that the first 200 matching records are updated or deleted, and repeat the request until the response's more_records is false.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#process_limit_200_records)
   */
  PROCESS_LIMIT_200_RECORDS = 3960,
  /**
   * 3970: A maximum of 200 records can be fetched per request.
   *
   * HTTP 200 · error · retry: never
   *
   * Fix: Page through the report with the from parameter: records 1-200, then 201-400, and so on.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#fetch_limit_200_records)
   */
  FETCH_LIMIT_200_RECORDS = 3970,
  /**
   * 4000: Account's Developer API limit has been reached. Please upgrade to execute more REST API calls.
   *
   * HTTP 200 · error · retry: after-delay
   *
   * Fix: Check the usage details of the Creator account, then upgrade its Developer API limit or wait a day before the next request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#developer_api_limit_reached)
   */
  DEVELOPER_API_LIMIT_REACHED = 4000,
  /**
   * 8011: '%s' has exceeded its maximum digits.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#maximum_digits_exceeded)
   */
  MAXIMUM_DIGITS_EXCEEDED = 8011,
  /**
   * 8012: Input format does not match the required format for the field
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#input_format_mismatch)
   */
  INPUT_FORMAT_MISMATCH = 8012,
}
