// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, normalizeCode, type CodeEntry } from '@errcat/runtime';
import type { ZohoCreatorRestCode } from './codes.js';

/**
 * What the catalog knows about one code of the Zoho Creator REST API v2 and v2.1.
 */
export type ZohoCreatorRestEntry<C extends ZohoCreatorRestCode = ZohoCreatorRestCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const zohoCreatorRestCodeList: readonly ZohoCreatorRestCode[] = [
  1000,
  1020,
  1030,
  1040,
  1060,
  1080,
  1090,
  2892,
  2893,
  2894,
  2896,
  2897,
  2898,
  2899,
  2930,
  2933,
  2945,
  2955,
  2965,
  3000,
  3001,
  3020,
  3060,
  3070,
  3100,
  3190,
  3630,
  3660,
  3710,
  3750,
  3780,
  3830,
  3910,
  3920,
  3930,
  3950,
  3960,
  3970,
  4000,
  4070,
  7120,
  7130,
  8011,
  8012,
  9350,
  11000,
  11070,
  11080,
  11090,
  11100,
  11110,
  11120,
  11130,
  11330,
  11340,
  11350,
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export const lookup: {
  <C extends ZohoCreatorRestCode>(code: C): ZohoCreatorRestEntry<C>;
  (code: unknown): ZohoCreatorRestEntry | undefined;
} = /* @__PURE__ */ entryLookup<ZohoCreatorRestEntry>(zohoCreatorRestCodeList, [
  [404, "Invalid API URL format.", [], "not-found", { name: "INVALID_API_URL_OR_MANDATORY_PARAMETER", variants: [[[401, 404], "A mandatory parameter - '%s' is either absent or has been used twice. Please check and try again.", ["parameter"]], [[401], "IAM Error", []]] }],
  [405, "%s is not a valid method for this request.", ["method"], "method-not-allowed", { name: "INVALID_METHOD" }],
  [401, "Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information.", [], "authorization-error", { name: "AUTHORIZATION_FAILURE", retry: "after-reauth", reauth: "refresh", variants: [[[401], "Authorization Failure. The access token is either invalid or has expired.", []]] }],
  [404, "No account owner named \"%s\" found.", ["ownerName"], "not-found", { name: "ACCOUNT_OWNER_NOT_FOUND", variants: [[[404], "There is no such user.", []], [[404], "No account owner named %s found.", ["ownerName"]]] }],
  [403, "You do not have permission to access this application. Please check with the application admin.", [], "forbidden", { name: "NO_APPLICATION_PERMISSION_OR_INVALID_PARAMETER", variants: [[[401], "Invalid request parameter found - %s", ["parameter"]]] }],
  [403, "API calls cannot be made to disabled applications. Please check with the application admin.", [], "forbidden", { name: "APPLICATION_DISABLED" }],
  [404, "No component named %s found in this application. Please check and try again.", ["componentName"], "not-found", { name: "COMPONENT_NOT_FOUND" }],
  [404, "No application named %s found. Please check and try again.", ["applicationName"], "not-found", { name: "APPLICATION_NOT_FOUND" }],
  [404, "No form named %s found. Please check and try again.", ["formName"], "not-found", { name: "FORM_NOT_FOUND" }],
  [404, "No report named %s found. Please check and try again.", ["reportName"], "not-found", { name: "REPORT_NOT_FOUND" }],
  [403, "Permission denied to delete record(s).", [], "forbidden", { name: "DELETE_PERMISSION_DENIED" }],
  [403, "Permission denied to update record(s).", [], "forbidden", { name: "UPDATE_PERMISSION_DENIED" }],
  [403, "Permission denied to view record(s).", [], "forbidden", { name: "VIEW_PERMISSION_DENIED" }],
  [403, "Permission denied to add record(s).", [], "forbidden", { name: "ADD_PERMISSION_DENIED" }],
  [404, "Error Occurred. We are sorry for the inconvenience.", [], "not-found", { name: "ERROR_OCCURRED", retry: "after-delay" }],
  [403, "You do not have permission to access this application.", [], "forbidden", { name: "NO_PERMISSION_FOR_APPLICATION" }],
  [401, "This is an invalid oauthscope. Please regenerate the oauthtoken corresponding to the API with proper oauthscope.", [], "authorization-error", { name: "INVALID_OAUTH_SCOPE", retry: "after-reauth", reauth: "authorize" }],
  [429, "You have reached your API call limit for a minute. Please try again after sometime.", [], "rate-limit", { name: "PER_MINUTE_LIMIT_REACHED", retry: "after-delay", retryDelaySeconds: 60 }],
  [403, "No more entries allowed as per the form validation.", [], "forbidden", { name: "NO_MORE_ENTRIES_ALLOWED" }],
  [200, null, [], "success", { name: "SUCCESS", kind: "success", page: "success.html#code-success", variants: [[[200], "Data Added Successfully!", []], [[200], "Data Updated Successfully!", []], [[200], "Record Deleted Successfully!", []]] }],
  [200, "Failed to Delete Data.", [], "record-errors", { name: "RECORD_OPERATION_FAILED" }],
  [400, "API request's body is either missing or incomplete.", [], "bad-request", { name: "REQUEST_BODY_MISSING" }],
  [200, "Account's record limit has been reached. Please upgrade to add more data.", [], "request-limits", { name: "ACCOUNT_RECORD_LIMIT_REACHED" }],
  [200, "Data validation failure: %s", ["failures"], "record-errors", { name: "DATA_VALIDATION_FAILURE" }],
  [404, "No records found for the given criteria.", [], "not-found", { name: "NO_RECORDS_MATCH_CRITERIA" }],
  [200, "No record with ID %s found.", ["recordId"], "record-lookup", { name: "RECORD_NOT_FOUND" }],
  [200, "Input file exceeds the 50 MB limit. Please upload a smaller file.", [], "record-lookup", { name: "FILE_TOO_LARGE" }],
  [200, "No file found in the request. Please include a file and try again.", [], "record-lookup", { name: "NO_FILE_IN_REQUEST" }],
  [200, "No field named %s found. Please check and try again.", ["fieldLinkName"], "record-lookup", { name: "FIELD_NOT_FOUND" }],
  [200, "%s is not a file type field. Please check and try again.", ["fieldLinkName"], "record-lookup", { name: "NOT_A_FILE_FIELD" }],
  [200, "No subform named %s found. Please check and try again.", ["subformLinkName"], "record-lookup", { name: "SUBFORM_NOT_FOUND" }],
  [200, "You do not have permission to transfer files to/from the field \"%s\". Please check with the application admin.", ["fieldName"], "record-errors", { name: "NO_FILE_FIELD_PERMISSION", variants: [[[200], "You do not have permission to transfer files to/from the field %s. Please check with the application admin.", ["fieldName"]]] }],
  [200, "No forms available.", [], "application-contents", { name: "NO_FORMS_AVAILABLE" }],
  [200, "No pages available.", [], "application-contents", { name: "NO_PAGES_AVAILABLE" }],
  [200, "No reports available.", [], "application-contents", { name: "NO_REPORTS_AVAILABLE" }],
  [200, "A maximum of 200 records can be added per request.", [], "request-limits", { name: "ADD_LIMIT_200_RECORDS" }],
  [200, "A maximum of 200 records can be processed per request. Include the \"process_until_limit\" parameter to process the first 200 records.", [], "request-limits", { name: "PROCESS_LIMIT_200_RECORDS", variants: [[[200], "A maximum of 200 records can be processed per request. Include the process_until_limit parameter to process the first 200 records.", []]] }],
  [200, "A maximum of 200 records can be fetched per request.", [], "request-limits", { name: "FETCH_LIMIT_200_RECORDS" }],
  [200, "Account's Developer API limit has been reached. Please upgrade to execute more REST API calls.", [], "request-limits", { name: "DEVELOPER_API_LIMIT_REACHED", retry: "after-delay", retryDelaySeconds: 86400 }],
  [200, "Permission Denied. Only admin or developer of this application can perform this operation.", [], "bulk-insert-jobs", { name: "BULK_JOB_PERMISSION_DENIED" }],
  [200, "The job ID %s provided in the request is not valid.", ["jobId"], "bulk-insert-jobs", { name: "INVALID_JOB_ID" }],
  [200, "You are not permitted to access the job.", [], "bulk-insert-jobs", { name: "JOB_ACCESS_NOT_PERMITTED" }],
  [200, "'%s' has exceeded its maximum digits.", ["fieldLinkName"], "record-errors", { name: "MAXIMUM_DIGITS_EXCEEDED" }],
  [200, "Input format does not match the required format for the field", [], "record-errors", { name: "INPUT_FORMAT_MISMATCH" }],
  [400, "%s is not mentioned in the request parameter.", ["parameter"], "bulk-insert-jobs", { name: "BULK_PARAMETER_NOT_MENTIONED" }],
  [400, "Invalid value provided for %s. Please provide a valid value.", ["parameter"], "bulk-insert-jobs", { name: "INVALID_BULK_PARAMETER_VALUE" }],
  [409, "An input file already exists for the specified job.", [], "bulk-insert-jobs", { name: "INPUT_FILE_ALREADY_EXISTS" }],
  [409, "The job has already been aborted by the user.", [], "bulk-insert-jobs", { name: "JOB_ABORTED_BY_USER" }],
  [409, "The job has already been aborted by the system.", [], "bulk-insert-jobs", { name: "JOB_ABORTED_BY_SYSTEM" }],
  [409, "The job has already been completed.", [], "bulk-insert-jobs", { name: "JOB_ALREADY_COMPLETED" }],
  [200, "The result file is still being generated. Please try again after some time.", [], "bulk-insert-jobs", { name: "RESULT_FILE_BEING_GENERATED", retry: "after-delay" }],
  [200, "The result file is not available for download. The job is not in a completed state.", [], "bulk-insert-jobs", { name: "RESULT_FILE_NOT_AVAILABLE", retry: "after-delay" }],
  [404, "The result file for job ID %s was not found.", ["jobId"], "bulk-insert-jobs", { name: "RESULT_FILE_NOT_FOUND" }],
  [404, "No job available for the given form.", [], "bulk-insert-jobs", { name: "NO_JOB_FOR_FORM" }],
  [400, "File upload is not supported for %s job status.", ["status"], "bulk-insert-jobs", { name: "FILE_UPLOAD_NOT_SUPPORTED_FOR_JOB_STATUS" }],
  [400, "The job cannot be started as the file upload is not yet completed. Please upload the file and try again.", [], "bulk-insert-jobs", { name: "FILE_UPLOAD_NOT_COMPLETED" }],
], "https://errcat.github.io/errcat/zoho-creator-rest/", normalizeCode) as typeof lookup;

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): ZohoCreatorRestCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ZohoCreatorRestCode>(zohoCreatorRestCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isZohoCreatorRestCode(value: unknown): value is ZohoCreatorRestCode {
  return known.has(value);
}
