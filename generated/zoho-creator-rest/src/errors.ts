// Generated from catalog/zoho-creator-rest.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, DetailsIssue, ErrcatError, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoCreatorRestCode } from './codes.js';
import type { ZohoCreatorRestDetailsMap } from './details.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoCreatorRestApiId = "zoho-creator-rest";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoCreatorRestParamsMap[code])`.
 */
export interface ZohoCreatorRestParamsMap {
  1000: [];
  1030: [];
  1040: [string];
  1060: [];
  3000: [];
  3830: [string];
  3910: [];
  3920: [];
  3930: [];
  3950: [];
  3960: [];
  3970: [];
  4000: [];
  8011: [string];
  8012: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoCreatorRestNamedParamsMap {
  1000: Record<string, never>;
  1030: Record<string, never>;
  1040: { readonly ownerName: string; };
  1060: Record<string, never>;
  3000: Record<string, never>;
  3830: { readonly fieldName: string; };
  3910: Record<string, never>;
  3920: Record<string, never>;
  3930: Record<string, never>;
  3950: Record<string, never>;
  3960: Record<string, never>;
  3970: Record<string, never>;
  4000: Record<string, never>;
  8011: { readonly fieldLinkName: string; };
  8012: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoCreatorRestVariantParamsMap[code][variant])`.
 */
export interface ZohoCreatorRestVariantParamsMap {
  1000: [[], [string]];
  1040: [[string], []];
  1060: [[], [string]];
}

/**
 * What every known error of the Zoho Creator REST API v2 and v2.1 carries besides its per-code members: the members of ErrcatErrorBase<ZohoCreatorRestApiId>, and `known: true` (see ErrcatKnownError for what each means).
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
  /** False when `details` does not match the catalog's JSON Schema for the code (parsing goes on regardless). */
  readonly detailsValid: boolean;
  /** Why `details` did not match its schema; empty when it did. */
  readonly detailsIssues: readonly DetailsIssue[];
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way. */
  readonly causes: readonly ErrcatError<ZohoCreatorRestApiId>[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  readonly known: true;
  /** Which of `entry.variants` the response matched (see ErrcatKnownError). */
  readonly variant: number;
}

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
export interface InvalidApiUrlOrMandatoryParameterError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1000;
  readonly kind: "error";
  readonly details: ZohoCreatorRestDetailsMap[1000];
  readonly params: { readonly parameter?: string; };
  readonly entry: CodeEntry<1000>;
}

/**
 * 1030: Authorization Failure. The access token is either invalid or has expired. Please check your Zoho Account for more information.
 *
 * HTTP 401 · error · retry: after-reauth
 *
 * Fix: Refresh the access token with the refresh token (Zoho Accounts) and send the request again with the new token.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/authorization-error.html#authorization_failure)
 */
export interface AuthorizationFailureError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1030;
  readonly kind: "error";
  readonly details: ZohoCreatorRestDetailsMap[1030];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[1030]>;
  readonly entry: CodeEntry<1030>;
}

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
export interface AccountOwnerNotFoundError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 1040;
  readonly kind: "error";
  readonly details: ZohoCreatorRestDetailsMap[1040];
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
  readonly details: ZohoCreatorRestDetailsMap[1060];
  readonly params: { readonly parameter?: string; };
  readonly entry: CodeEntry<1060>;
}

/**
 * 3000: (the vendor documents no message for this code)
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/success.html#code-success)
 */
export interface SuccessError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3000;
  readonly kind: "success";
  readonly details: ZohoCreatorRestDetailsMap[3000];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3000]>;
  readonly entry: CodeEntry<3000>;
}

/**
 * 3830: You do not have permission to transfer files to/from the field "%s". Please check with the application admin.
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Ask the application admin for permission to transfer files to and from the field.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/record-errors.html#no_file_field_permission)
 */
export interface NoFileFieldPermissionError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3830;
  readonly kind: "error";
  readonly details: ZohoCreatorRestDetailsMap[3830];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3830]>;
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
  readonly details: ZohoCreatorRestDetailsMap[3910];
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
  readonly details: ZohoCreatorRestDetailsMap[3920];
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
  readonly details: ZohoCreatorRestDetailsMap[3930];
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
  readonly details: ZohoCreatorRestDetailsMap[3950];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3950]>;
  readonly entry: CodeEntry<3950>;
}

/**
 * 3960: A maximum of 200 records can be processed per request. Include the "process_until_limit" parameter to process the first 200 records.
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send process_until_limit=true so that the first 200 matching records are updated or deleted, and repeat the request until the response's more_records is false.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator-rest/request-limits.html#process_limit_200_records)
 */
export interface ProcessLimit200RecordsError extends ZohoCreatorRestKnownErrorBase {
  readonly code: 3960;
  readonly kind: "error";
  readonly details: ZohoCreatorRestDetailsMap[3960];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[3960]>;
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
  readonly details: ZohoCreatorRestDetailsMap[3970];
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
  readonly details: ZohoCreatorRestDetailsMap[4000];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[4000]>;
  readonly entry: CodeEntry<4000>;
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
  readonly details: ZohoCreatorRestDetailsMap[8011];
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
  readonly details: ZohoCreatorRestDetailsMap[8012];
  readonly params: Partial<ZohoCreatorRestNamedParamsMap[8012]>;
  readonly entry: CodeEntry<8012>;
}

/**
 * Every known error of the Zoho Creator REST API v2 and v2.1, discriminated on `code`.
 */
export type ZohoCreatorRestError =
  | InvalidApiUrlOrMandatoryParameterError
  | AuthorizationFailureError
  | AccountOwnerNotFoundError
  | NoApplicationPermissionOrInvalidParameterError
  | SuccessError
  | NoFileFieldPermissionError
  | NoFormsAvailableError
  | NoPagesAvailableError
  | NoReportsAvailableError
  | AddLimit200RecordsError
  | ProcessLimit200RecordsError
  | FetchLimit200RecordsError
  | DeveloperApiLimitReachedError
  | MaximumDigitsExceededError
  | InputFormatMismatchError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoCreatorRestUnknownError = ErrcatUnknownError<"zoho-creator-rest">;

/**
 * The error type of each code, read by indexed access: `ZohoCreatorRestErrorMap[C]`.
 */
export interface ZohoCreatorRestErrorMap {
  1000: InvalidApiUrlOrMandatoryParameterError;
  1030: AuthorizationFailureError;
  1040: AccountOwnerNotFoundError;
  1060: NoApplicationPermissionOrInvalidParameterError;
  3000: SuccessError;
  3830: NoFileFieldPermissionError;
  3910: NoFormsAvailableError;
  3920: NoPagesAvailableError;
  3930: NoReportsAvailableError;
  3950: AddLimit200RecordsError;
  3960: ProcessLimit200RecordsError;
  3970: FetchLimit200RecordsError;
  4000: DeveloperApiLimitReachedError;
  8011: MaximumDigitsExceededError;
  8012: InputFormatMismatchError;
}

export type { ZohoCreatorRestCode };
