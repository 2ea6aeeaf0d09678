// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoCreatorRestCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoCreatorRestApiId = "zoho-creator-rest";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoCreatorRestParamsMap[code])`.
 */
export interface ZohoCreatorRestParamsMap {
  1000: [];
  1020: [method: string];
  1030: [];
  1040: [ownerName: string];
  1060: [];
  1080: [];
  1090: [componentName: string];
  2892: [applicationName: string];
  2893: [formName: string];
  2894: [reportName: string];
  2896: [];
  2897: [];
  2898: [];
  2899: [];
  2930: [];
  2933: [];
  2945: [];
  2955: [];
  2965: [];
  3000: [];
  3001: [];
  3020: [];
  3060: [];
  3070: [failures: string];
  3100: [];
  3190: [recordId: string];
  3630: [];
  3660: [];
  3710: [fieldLinkName: string];
  3750: [fieldLinkName: string];
  3780: [subformLinkName: string];
  3830: [fieldName: string];
  3910: [];
  3920: [];
  3930: [];
  3950: [];
  3960: [];
  3970: [];
  4000: [];
  4070: [];
  7120: [jobId: string];
  7130: [];
  8011: [fieldLinkName: string];
  8012: [];
  9350: [parameter: string];
  11000: [parameter: string];
  11070: [];
  11080: [];
  11090: [];
  11100: [];
  11110: [];
  11120: [];
  11130: [jobId: string];
  11330: [];
  11340: [status: string];
  11350: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoCreatorRestNamedParamsMap {
  1000: Record<string, never>;
  1020: { readonly method: string; };
  1030: Record<string, never>;
  1040: { readonly ownerName: string; };
  1060: Record<string, never>;
  1080: Record<string, never>;
  1090: { readonly componentName: string; };
  2892: { readonly applicationName: string; };
  2893: { readonly formName: string; };
  2894: { readonly reportName: string; };
  2896: Record<string, never>;
  2897: Record<string, never>;
  2898: Record<string, never>;
  2899: Record<string, never>;
  2930: Record<string, never>;
  2933: Record<string, never>;
  2945: Record<string, never>;
  2955: Record<string, never>;
  2965: Record<string, never>;
  3000: Record<string, never>;
  3001: Record<string, never>;
  3020: Record<string, never>;
  3060: Record<string, never>;
  3070: { readonly failures: string; };
  3100: Record<string, never>;
  3190: { readonly recordId: string; };
  3630: Record<string, never>;
  3660: Record<string, never>;
  3710: { readonly fieldLinkName: string; };
  3750: { readonly fieldLinkName: string; };
  3780: { readonly subformLinkName: string; };
  3830: { readonly fieldName: string; };
  3910: Record<string, never>;
  3920: Record<string, never>;
  3930: Record<string, never>;
  3950: Record<string, never>;
  3960: Record<string, never>;
  3970: Record<string, never>;
  4000: Record<string, never>;
  4070: Record<string, never>;
  7120: { readonly jobId: string; };
  7130: Record<string, never>;
  8011: { readonly fieldLinkName: string; };
  8012: Record<string, never>;
  9350: { readonly parameter: string; };
  11000: { readonly parameter: string; };
  11070: Record<string, never>;
  11080: Record<string, never>;
  11090: Record<string, never>;
  11100: Record<string, never>;
  11110: Record<string, never>;
  11120: Record<string, never>;
  11130: { readonly jobId: string; };
  11330: Record<string, never>;
  11340: { readonly status: string; };
  11350: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoCreatorRestVariantParamsMap[code][variant])`.
 */
export interface ZohoCreatorRestVariantParamsMap {
  1000: [[], [parameter: string], []];
  1030: [[], []];
  1040: [[ownerName: string], [], [ownerName: string]];
  1060: [[], [parameter: string]];
  3000: [[], [], [], []];
  3830: [[fieldName: string], [fieldName: string]];
  3960: [[], []];
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface ZohoCreatorRestVariantIndexMap {
  1000: 0 | 1 | 2;
  1030: 0 | 1;
  1040: 0 | 1 | 2;
  1060: 0 | 1;
  3000: 0 | 1 | 2 | 3;
  3830: 0 | 1;
  3960: 0 | 1;
}

/**
 * What every known error of the Zoho Creator REST API v2 and v2.1 carries besides its per-code members: the members of ErrcatErrorBase<ZohoCreatorRestApiId, ZohoCreatorRestAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface ZohoCreatorRestKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: ZohoCreatorRestApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly ZohoCreatorRestAnyError[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  readonly known: true;
  /** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */
  readonly rawCode?: undefined;
  /** The details exactly as received (an empty object when the entry had none), unchecked: `detailsOf(err)` gives them in the code's documented shape, or undefined when they do not match its schema. */
  readonly details: unknown;
  /** Which of `entry.variants` the response matched (see ErrcatKnownError). */
  readonly variant: number;
}

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
export interface InvalidApiUrlOrMandatoryParameterError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1000;
  readonly kind: "error";
  readonly params: { readonly parameter?: string; };
  readonly entry: CodeEntry<1000>;
}

/**
 * 1020: %s is not a valid method for this request.
 *
 * HTTP 405 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/method-not-allowed.html#invalid_method)
 */
export interface InvalidMethodError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1020;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[1020]>;
  readonly entry: CodeEntry<1020>;
}

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
export interface AuthorizationFailureError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1030;
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<1030>;
}

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
export interface AccountOwnerNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1040;
  readonly kind: "error";
  readonly params: { readonly ownerName?: string; };
  readonly entry: CodeEntry<1040>;
}

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
export interface NoApplicationPermissionOrInvalidParameterError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1060;
  readonly kind: "error";
  readonly params: { readonly parameter?: string; };
  readonly entry: CodeEntry<1060>;
}

/**
 * 1080: API calls cannot be made to disabled applications. Please check with the application admin.
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#application_disabled)
 */
export interface ApplicationDisabledError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1080;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[1080]>;
  readonly entry: CodeEntry<1080>;
}

/**
 * 1090: No component named %s found in this application. Please check and try again.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#component_not_found)
 */
export interface ComponentNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1090;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[1090]>;
  readonly entry: CodeEntry<1090>;
}

/**
 * 2892: No application named %s found. Please check and try again.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#application_not_found)
 */
export interface ApplicationNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2892;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2892]>;
  readonly entry: CodeEntry<2892>;
}

/**
 * 2893: No form named %s found. Please check and try again.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#form_not_found)
 */
export interface FormNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2893;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2893]>;
  readonly entry: CodeEntry<2893>;
}

/**
 * 2894: No report named %s found. Please check and try again.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#report_not_found)
 */
export interface ReportNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2894;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2894]>;
  readonly entry: CodeEntry<2894>;
}

/**
 * 2896: Permission denied to delete record(s).
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#delete_permission_denied)
 */
export interface DeletePermissionDeniedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2896;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2896]>;
  readonly entry: CodeEntry<2896>;
}

/**
 * 2897: Permission denied to update record(s).
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#update_permission_denied)
 */
export interface UpdatePermissionDeniedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2897;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2897]>;
  readonly entry: CodeEntry<2897>;
}

/**
 * 2898: Permission denied to view record(s).
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#view_permission_denied)
 */
export interface ViewPermissionDeniedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2898;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2898]>;
  readonly entry: CodeEntry<2898>;
}

/**
 * 2899: Permission denied to add record(s).
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#add_permission_denied)
 */
export interface AddPermissionDeniedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2899;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2899]>;
  readonly entry: CodeEntry<2899>;
}

/**
 * 2930: Error Occurred. We are sorry for the inconvenience.
 *
 * HTTP 404 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#error_occurred)
 */
export interface ErrorOccurredError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2930;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2930]>;
  readonly entry: CodeEntry<2930>;
}

/**
 * 2933: You do not have permission to access this application.
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#no_permission_for_application)
 */
export interface NoPermissionForApplicationError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2933;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2933]>;
  readonly entry: CodeEntry<2933>;
}

/**
 * 2945: This is an invalid oauthscope. Please regenerate the oauthtoken corresponding to the API with proper oauthscope.
 *
 * HTTP 401 · error · retry: after-reauth (authorize)
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/authorization-error.html#invalid_oauth_scope)
 */
export interface InvalidOauthScopeError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2945;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2945]>;
  readonly entry: CodeEntry<2945>;
}

/**
 * 2955: You have reached your API call limit for a minute. Please try again after sometime.
 *
 * HTTP 429 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/rate-limit.html#per_minute_limit_reached)
 */
export interface PerMinuteLimitReachedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2955;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2955]>;
  readonly entry: CodeEntry<2955>;
}

/**
 * 2965: No more entries allowed as per the form validation.
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/forbidden.html#no_more_entries_allowed)
 */
export interface NoMoreEntriesAllowedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 2965;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[2965]>;
  readonly entry: CodeEntry<2965>;
}

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
export interface SuccessError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3000;
  readonly kind: "success";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<3000>;
}

/**
 * 3001: Failed to Delete Data.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#record_operation_failed)
 */
export interface RecordOperationFailedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3001;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3001]>;
  readonly entry: CodeEntry<3001>;
}

/**
 * 3020: API request's body is either missing or incomplete.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bad-request.html#request_body_missing)
 */
export interface RequestBodyMissingError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3020;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3020]>;
  readonly entry: CodeEntry<3020>;
}

/**
 * 3060: Account's record limit has been reached. Please upgrade to add more data.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#account_record_limit_reached)
 */
export interface AccountRecordLimitReachedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3060;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3060]>;
  readonly entry: CodeEntry<3060>;
}

/**
 * 3070: Data validation failure: %s
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#data_validation_failure)
 */
export interface DataValidationFailureError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3070;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3070]>;
  readonly entry: CodeEntry<3070>;
}

/**
 * 3100: No records found for the given criteria.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/not-found.html#no_records_match_criteria)
 */
export interface NoRecordsMatchCriteriaError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3100;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3100]>;
  readonly entry: CodeEntry<3100>;
}

/**
 * 3190: No record with ID %s found.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#record_not_found)
 */
export interface RecordNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3190;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3190]>;
  readonly entry: CodeEntry<3190>;
}

/**
 * 3630: Input file exceeds the 50 MB limit. Please upload a smaller file.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#file_too_large)
 */
export interface FileTooLargeError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3630;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3630]>;
  readonly entry: CodeEntry<3630>;
}

/**
 * 3660: No file found in the request. Please include a file and try again.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#no_file_in_request)
 */
export interface NoFileInRequestError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3660;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3660]>;
  readonly entry: CodeEntry<3660>;
}

/**
 * 3710: No field named %s found. Please check and try again.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#field_not_found)
 */
export interface FieldNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3710;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3710]>;
  readonly entry: CodeEntry<3710>;
}

/**
 * 3750: %s is not a file type field. Please check and try again.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#not_a_file_field)
 */
export interface NotAFileFieldError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3750;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3750]>;
  readonly entry: CodeEntry<3750>;
}

/**
 * 3780: No subform named %s found. Please check and try again.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-lookup.html#subform_not_found)
 */
export interface SubformNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3780;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3780]>;
  readonly entry: CodeEntry<3780>;
}

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
export interface NoFileFieldPermissionError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3830;
  readonly kind: "error";
  readonly params: { readonly fieldName?: string; };
  readonly entry: CodeEntry<3830>;
}

/**
 * 3910: No forms available.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_forms_available)
 */
export interface NoFormsAvailableError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3910;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3910]>;
  readonly entry: CodeEntry<3910>;
}

/**
 * 3920: No pages available.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_pages_available)
 */
export interface NoPagesAvailableError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3920;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3920]>;
  readonly entry: CodeEntry<3920>;
}

/**
 * 3930: No reports available.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/application-contents.html#no_reports_available)
 */
export interface NoReportsAvailableError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3930;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3930]>;
  readonly entry: CodeEntry<3930>;
}

/**
 * 3950: A maximum of 200 records can be added per request.
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Split the input into requests of at most 200 records each.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#add_limit_200_records)
 */
export interface AddLimit200RecordsError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3950;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3950]>;
  readonly entry: CodeEntry<3950>;
}

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
export interface ProcessLimit200RecordsError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3960;
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<3960>;
}

/**
 * 3970: A maximum of 200 records can be fetched per request.
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Page through the report with the from parameter: records 1-200, then 201-400, and so on.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#fetch_limit_200_records)
 */
export interface FetchLimit200RecordsError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3970;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3970]>;
  readonly entry: CodeEntry<3970>;
}

/**
 * 4000: Account's Developer API limit has been reached. Please upgrade to execute more REST API calls.
 *
 * HTTP 200 · error · retry: after-delay
 *
 * Fix: Check the usage details of the Creator account, then upgrade its Developer API limit or wait a day before the next request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#developer_api_limit_reached)
 */
export interface DeveloperApiLimitReachedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 4000;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[4000]>;
  readonly entry: CodeEntry<4000>;
}

/**
 * 4070: Permission Denied. Only admin or developer of this application can perform this operation.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#bulk_job_permission_denied)
 */
export interface BulkJobPermissionDeniedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 4070;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[4070]>;
  readonly entry: CodeEntry<4070>;
}

/**
 * 7120: The job ID %s provided in the request is not valid.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#invalid_job_id)
 */
export interface InvalidJobIdError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 7120;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[7120]>;
  readonly entry: CodeEntry<7120>;
}

/**
 * 7130: You are not permitted to access the job.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_access_not_permitted)
 */
export interface JobAccessNotPermittedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 7130;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[7130]>;
  readonly entry: CodeEntry<7130>;
}

/**
 * 8011: '%s' has exceeded its maximum digits.
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#maximum_digits_exceeded)
 */
export interface MaximumDigitsExceededError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 8011;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[8011]>;
  readonly entry: CodeEntry<8011>;
}

/**
 * 8012: Input format does not match the required format for the field
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#input_format_mismatch)
 */
export interface InputFormatMismatchError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 8012;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[8012]>;
  readonly entry: CodeEntry<8012>;
}

/**
 * 9350: %s is not mentioned in the request parameter.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#bulk_parameter_not_mentioned)
 */
export interface BulkParameterNotMentionedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 9350;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[9350]>;
  readonly entry: CodeEntry<9350>;
}

/**
 * 11000: Invalid value provided for %s. Please provide a valid value.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#invalid_bulk_parameter_value)
 */
export interface InvalidBulkParameterValueError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11000;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11000]>;
  readonly entry: CodeEntry<11000>;
}

/**
 * 11070: An input file already exists for the specified job.
 *
 * HTTP 409 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#input_file_already_exists)
 */
export interface InputFileAlreadyExistsError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11070;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11070]>;
  readonly entry: CodeEntry<11070>;
}

/**
 * 11080: The job has already been aborted by the user.
 *
 * HTTP 409 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_aborted_by_user)
 */
export interface JobAbortedByUserError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11080;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11080]>;
  readonly entry: CodeEntry<11080>;
}

/**
 * 11090: The job has already been aborted by the system.
 *
 * HTTP 409 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_aborted_by_system)
 */
export interface JobAbortedBySystemError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11090;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11090]>;
  readonly entry: CodeEntry<11090>;
}

/**
 * 11100: The job has already been completed.
 *
 * HTTP 409 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#job_already_completed)
 */
export interface JobAlreadyCompletedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11100;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11100]>;
  readonly entry: CodeEntry<11100>;
}

/**
 * 11110: The result file is still being generated. Please try again after some time.
 *
 * HTTP 200 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_being_generated)
 */
export interface ResultFileBeingGeneratedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11110;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11110]>;
  readonly entry: CodeEntry<11110>;
}

/**
 * 11120: The result file is not available for download. The job is not in a completed state.
 *
 * HTTP 200 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_not_available)
 */
export interface ResultFileNotAvailableError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11120;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11120]>;
  readonly entry: CodeEntry<11120>;
}

/**
 * 11130: The result file for job ID %s was not found.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#result_file_not_found)
 */
export interface ResultFileNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11130;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11130]>;
  readonly entry: CodeEntry<11130>;
}

/**
 * 11330: No job available for the given form.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#no_job_for_form)
 */
export interface NoJobForFormError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11330;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11330]>;
  readonly entry: CodeEntry<11330>;
}

/**
 * 11340: File upload is not supported for %s job status.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#file_upload_not_supported_for_job_status)
 */
export interface FileUploadNotSupportedForJobStatusError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11340;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11340]>;
  readonly entry: CodeEntry<11340>;
}

/**
 * 11350: The job cannot be started as the file upload is not yet completed. Please upload the file and try again.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/bulk-insert-jobs.html#file_upload_not_completed)
 */
export interface FileUploadNotCompletedError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 11350;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[11350]>;
  readonly entry: CodeEntry<11350>;
}

/**
 * Every known error of the Zoho Creator REST API v2 and v2.1, discriminated on `code`.
 */
export type ZohoCreatorRestError =
  | InvalidApiUrlOrMandatoryParameterError
  | InvalidMethodError
  | AuthorizationFailureError
  | AccountOwnerNotFoundError
  | NoApplicationPermissionOrInvalidParameterError
  | ApplicationDisabledError
  | ComponentNotFoundError
  | ApplicationNotFoundError
  | FormNotFoundError
  | ReportNotFoundError
  | DeletePermissionDeniedError
  | UpdatePermissionDeniedError
  | ViewPermissionDeniedError
  | AddPermissionDeniedError
  | ErrorOccurredError
  | NoPermissionForApplicationError
  | InvalidOauthScopeError
  | PerMinuteLimitReachedError
  | NoMoreEntriesAllowedError
  | SuccessError
  | RecordOperationFailedError
  | RequestBodyMissingError
  | AccountRecordLimitReachedError
  | DataValidationFailureError
  | NoRecordsMatchCriteriaError
  | RecordNotFoundError
  | FileTooLargeError
  | NoFileInRequestError
  | FieldNotFoundError
  | NotAFileFieldError
  | SubformNotFoundError
  | NoFileFieldPermissionError
  | NoFormsAvailableError
  | NoPagesAvailableError
  | NoReportsAvailableError
  | AddLimit200RecordsError
  | ProcessLimit200RecordsError
  | FetchLimit200RecordsError
  | DeveloperApiLimitReachedError
  | BulkJobPermissionDeniedError
  | InvalidJobIdError
  | JobAccessNotPermittedError
  | MaximumDigitsExceededError
  | InputFormatMismatchError
  | BulkParameterNotMentionedError
  | InvalidBulkParameterValueError
  | InputFileAlreadyExistsError
  | JobAbortedByUserError
  | JobAbortedBySystemError
  | JobAlreadyCompletedError
  | ResultFileBeingGeneratedError
  | ResultFileNotAvailableError
  | ResultFileNotFoundError
  | NoJobForFormError
  | FileUploadNotSupportedForJobStatusError
  | FileUploadNotCompletedError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoCreatorRestUnknownError = ErrcatUnknownError<"zoho-creator-rest", ZohoCreatorRestAnyError>;

/**
 * An entry of a Zoho Creator REST API v2 and v2.1 response: a code the catalog knows (`known: true`) or one it does not.
 */
export type ZohoCreatorRestAnyError = ZohoCreatorRestError | ZohoCreatorRestUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Zoho Creator REST API v2 and v2.1 but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type ZohoCreatorRestResultError =
  | InvalidApiUrlOrMandatoryParameterError
  | InvalidMethodError
  | AuthorizationFailureError
  | AccountOwnerNotFoundError
  | NoApplicationPermissionOrInvalidParameterError
  | ApplicationDisabledError
  | ComponentNotFoundError
  | ApplicationNotFoundError
  | FormNotFoundError
  | ReportNotFoundError
  | DeletePermissionDeniedError
  | UpdatePermissionDeniedError
  | ViewPermissionDeniedError
  | AddPermissionDeniedError
  | ErrorOccurredError
  | NoPermissionForApplicationError
  | InvalidOauthScopeError
  | PerMinuteLimitReachedError
  | NoMoreEntriesAllowedError
  | RecordOperationFailedError
  | RequestBodyMissingError
  | AccountRecordLimitReachedError
  | DataValidationFailureError
  | NoRecordsMatchCriteriaError
  | RecordNotFoundError
  | FileTooLargeError
  | NoFileInRequestError
  | FieldNotFoundError
  | NotAFileFieldError
  | SubformNotFoundError
  | NoFileFieldPermissionError
  | NoFormsAvailableError
  | NoPagesAvailableError
  | NoReportsAvailableError
  | AddLimit200RecordsError
  | ProcessLimit200RecordsError
  | FetchLimit200RecordsError
  | DeveloperApiLimitReachedError
  | BulkJobPermissionDeniedError
  | InvalidJobIdError
  | JobAccessNotPermittedError
  | MaximumDigitsExceededError
  | InputFormatMismatchError
  | BulkParameterNotMentionedError
  | InvalidBulkParameterValueError
  | InputFileAlreadyExistsError
  | JobAbortedByUserError
  | JobAbortedBySystemError
  | JobAlreadyCompletedError
  | ResultFileBeingGeneratedError
  | ResultFileNotAvailableError
  | ResultFileNotFoundError
  | NoJobForFormError
  | FileUploadNotSupportedForJobStatusError
  | FileUploadNotCompletedError
  | ZohoCreatorRestUnknownError;

/**
 * The error type of each code, read by indexed access: `ZohoCreatorRestErrorMap[C]`.
 */
export interface ZohoCreatorRestErrorMap {
  1000: InvalidApiUrlOrMandatoryParameterError;
  1020: InvalidMethodError;
  1030: AuthorizationFailureError;
  1040: AccountOwnerNotFoundError;
  1060: NoApplicationPermissionOrInvalidParameterError;
  1080: ApplicationDisabledError;
  1090: ComponentNotFoundError;
  2892: ApplicationNotFoundError;
  2893: FormNotFoundError;
  2894: ReportNotFoundError;
  2896: DeletePermissionDeniedError;
  2897: UpdatePermissionDeniedError;
  2898: ViewPermissionDeniedError;
  2899: AddPermissionDeniedError;
  2930: ErrorOccurredError;
  2933: NoPermissionForApplicationError;
  2945: InvalidOauthScopeError;
  2955: PerMinuteLimitReachedError;
  2965: NoMoreEntriesAllowedError;
  3000: SuccessError;
  3001: RecordOperationFailedError;
  3020: RequestBodyMissingError;
  3060: AccountRecordLimitReachedError;
  3070: DataValidationFailureError;
  3100: NoRecordsMatchCriteriaError;
  3190: RecordNotFoundError;
  3630: FileTooLargeError;
  3660: NoFileInRequestError;
  3710: FieldNotFoundError;
  3750: NotAFileFieldError;
  3780: SubformNotFoundError;
  3830: NoFileFieldPermissionError;
  3910: NoFormsAvailableError;
  3920: NoPagesAvailableError;
  3930: NoReportsAvailableError;
  3950: AddLimit200RecordsError;
  3960: ProcessLimit200RecordsError;
  3970: FetchLimit200RecordsError;
  4000: DeveloperApiLimitReachedError;
  4070: BulkJobPermissionDeniedError;
  7120: InvalidJobIdError;
  7130: JobAccessNotPermittedError;
  8011: MaximumDigitsExceededError;
  8012: InputFormatMismatchError;
  9350: BulkParameterNotMentionedError;
  11000: InvalidBulkParameterValueError;
  11070: InputFileAlreadyExistsError;
  11080: JobAbortedByUserError;
  11090: JobAbortedBySystemError;
  11100: JobAlreadyCompletedError;
  11110: ResultFileBeingGeneratedError;
  11120: ResultFileNotAvailableError;
  11130: ResultFileNotFoundError;
  11330: NoJobForFormError;
  11340: FileUploadNotSupportedForJobStatusError;
  11350: FileUploadNotCompletedError;
}

export type { ZohoCreatorRestCode };
