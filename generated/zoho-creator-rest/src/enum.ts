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
   * Also HTTP 401, 404: A mandatory parameter - '%s' is either absent or has been used twice. Please check and try again.
   *
   * Also HTTP 401: IAM Error
   *
   * Fix: Build the URL in the format that the called API's own documentation gives, and send every mandatory parameter exactly once, with its correct key.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#invalid_api_url_or_mandatory_parameter)
   */
  INVALID_API_URL_OR_MANDATORY_PARAMETER = 1000,
  /**
   * 1020: %s is not a valid method for this request.
   *
   * HTTP 405 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/method-not-allowed.html#invalid_method)
   */
  INVALID_METHOD = 1020,
  /**
   * 1030: Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information.
   *
   * HTTP 401 · error · retry: after-reauth (refresh)
   *
   * Also HTTP 401: Authorization Failure. The access token is either invalid or has expired.
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
   * Also HTTP 404: No account owner named %s found.
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
   * 1080: API calls cannot be made to disabled applications. Please check with the application admin.
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#application_disabled)
   */
  APPLICATION_DISABLED = 1080,
  /**
   * 1090: No component named %s found in this application. Please check and try again.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#component_not_found)
   */
  COMPONENT_NOT_FOUND = 1090,
  /**
   * 2892: No application named %s found. Please check and try again.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#application_not_found)
   */
  APPLICATION_NOT_FOUND = 2892,
  /**
   * 2893: No form named %s found. Please check and try again.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#form_not_found)
   */
  FORM_NOT_FOUND = 2893,
  /**
   * 2894: No report named %s found. Please check and try again.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#report_not_found)
   */
  REPORT_NOT_FOUND = 2894,
  /**
   * 2896: Permission denied to delete record(s).
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#delete_permission_denied)
   */
  DELETE_PERMISSION_DENIED = 2896,
  /**
   * 2897: Permission denied to update record(s).
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#update_permission_denied)
   */
  UPDATE_PERMISSION_DENIED = 2897,
  /**
   * 2898: Permission denied to view record(s).
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#view_permission_denied)
   */
  VIEW_PERMISSION_DENIED = 2898,
  /**
   * 2899: Permission denied to add record(s).
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#add_permission_denied)
   */
  ADD_PERMISSION_DENIED = 2899,
  /**
   * 2930: Error Occurred. We are sorry for the inconvenience.
   *
   * HTTP 404 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#error_occurred)
   */
  ERROR_OCCURRED = 2930,
  /**
   * 2933: You do not have permission to access this application.
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#no_permission_for_application)
   */
  NO_PERMISSION_FOR_APPLICATION = 2933,
  /**
   * 2945: This is an invalid oauthscope. Please regenerate the oauthtoken corresponding to the API with proper oauthscope.
   *
   * HTTP 401 · error · retry: after-reauth (authorize)
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/authorization-error.html#invalid_oauth_scope)
   */
  INVALID_OAUTH_SCOPE = 2945,
  /**
   * 2955: You have reached your API call limit for a minute. Please try again after sometime.
   *
   * HTTP 429 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/rate-limit.html#per_minute_limit_reached)
   */
  PER_MINUTE_LIMIT_REACHED = 2955,
  /**
   * 2965: No more entries allowed as per the form validation.
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#no_more_entries_allowed)
   */
  NO_MORE_ENTRIES_ALLOWED = 2965,
  /**
   * 3000: (the vendor documents no message for this code)
   *
   * HTTP 200 · success · retry: never
   *
   * Also HTTP 200: Data Added Successfully!
   *
   * Also HTTP 200: Data Updated Successfully!
   *
   * Also HTTP 200: Record Deleted Successfully!
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/success.html#code-success)
   */
  SUCCESS = 3000,
  /**
   * 3001: Failed to Delete Data.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#record_operation_failed)
   */
  RECORD_OPERATION_FAILED = 3001,
  /**
   * 3020: API request's body is either missing or incomplete.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bad-request.html#request_body_missing)
   */
  REQUEST_BODY_MISSING = 3020,
  /**
   * 3060: Account's record limit has been reached. Please upgrade to add more data.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#account_record_limit_reached)
   */
  ACCOUNT_RECORD_LIMIT_REACHED = 3060,
  /**
   * 3070: Data validation failure: %s
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#data_validation_failure)
   */
  DATA_VALIDATION_FAILURE = 3070,
  /**
   * 3100: No records found for the given criteria.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#no_records_match_criteria)
   */
  NO_RECORDS_MATCH_CRITERIA = 3100,
  /**
   * 3190: No record with ID %s found.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#record_not_found)
   */
  RECORD_NOT_FOUND = 3190,
  /**
   * 3630: Input file exceeds the 50 MB limit. Please upload a smaller file.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#file_too_large)
   */
  FILE_TOO_LARGE = 3630,
  /**
   * 3660: No file found in the request. Please include a file and try again.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#no_file_in_request)
   */
  NO_FILE_IN_REQUEST = 3660,
  /**
   * 3710: No field named %s found. Please check and try again.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#field_not_found)
   */
  FIELD_NOT_FOUND = 3710,
  /**
   * 3750: %s is not a file type field. Please check and try again.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#not_a_file_field)
   */
  NOT_A_FILE_FIELD = 3750,
  /**
   * 3780: No subform named %s found. Please check and try again.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#subform_not_found)
   */
  SUBFORM_NOT_FOUND = 3780,
  /**
   * 3830: You do not have permission to transfer files to/from the field "%s". Please check with the application admin.
   *
   * HTTP 200 · error · retry: never
   *
   * Also HTTP 200: You do not have permission to transfer files to/from the field %s. Please check with the application admin.
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
   * Also HTTP 200: A maximum of 200 records can be processed per request. Include the process_until_limit parameter to process the first 200 records.
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
   * 4070: Permission Denied. Only admin or developer of this application can perform this operation.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#bulk_job_permission_denied)
   */
  BULK_JOB_PERMISSION_DENIED = 4070,
  /**
   * 7120: The job ID %s provided in the request is not valid.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#invalid_job_id)
   */
  INVALID_JOB_ID = 7120,
  /**
   * 7130: You are not permitted to access the job.
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_access_not_permitted)
   */
  JOB_ACCESS_NOT_PERMITTED = 7130,
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
  /**
   * 9350: %s is not mentioned in the request parameter.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#bulk_parameter_not_mentioned)
   */
  BULK_PARAMETER_NOT_MENTIONED = 9350,
  /**
   * 11000: Invalid value provided for %s. Please provide a valid value.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#invalid_bulk_parameter_value)
   */
  INVALID_BULK_PARAMETER_VALUE = 11000,
  /**
   * 11070: An input file already exists for the specified job.
   *
   * HTTP 409 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#input_file_already_exists)
   */
  INPUT_FILE_ALREADY_EXISTS = 11070,
  /**
   * 11080: The job has already been aborted by the user.
   *
   * HTTP 409 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_aborted_by_user)
   */
  JOB_ABORTED_BY_USER = 11080,
  /**
   * 11090: The job has already been aborted by the system.
   *
   * HTTP 409 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_aborted_by_system)
   */
  JOB_ABORTED_BY_SYSTEM = 11090,
  /**
   * 11100: The job has already been completed.
   *
   * HTTP 409 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_already_completed)
   */
  JOB_ALREADY_COMPLETED = 11100,
  /**
   * 11110: The result file is still being generated. Please try again after some time.
   *
   * HTTP 200 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_being_generated)
   */
  RESULT_FILE_BEING_GENERATED = 11110,
  /**
   * 11120: The result file is not available for download. The job is not in a completed state.
   *
   * HTTP 200 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_not_available)
   */
  RESULT_FILE_NOT_AVAILABLE = 11120,
  /**
   * 11130: The result file for job ID %s was not found.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_not_found)
   */
  RESULT_FILE_NOT_FOUND = 11130,
  /**
   * 11330: No job available for the given form.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#no_job_for_form)
   */
  NO_JOB_FOR_FORM = 11330,
  /**
   * 11340: File upload is not supported for %s job status.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#file_upload_not_supported_for_job_status)
   */
  FILE_UPLOAD_NOT_SUPPORTED_FOR_JOB_STATUS = 11340,
  /**
   * 11350: The job cannot be started as the file upload is not yet completed. Please upload the file and try again.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#file_upload_not_completed)
   */
  FILE_UPLOAD_NOT_COMPLETED = 11350,
}
