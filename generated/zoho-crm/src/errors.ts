// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoCrmApiId = "zoho-crm";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoCrmParamsMap[code])`.
 */
export interface ZohoCrmParamsMap {
  "202": [];
  ACTIVE_STATE_LIMIT_EXCEEDED: [];
  ADDED_SUCCESSFULLY: [];
  ALREADY_ACTIVATED: [];
  ALREADY_CANCELLED: [];
  ALREADY_CONFIGURED: [];
  ALREADY_DEACTIVATED: [];
  ALREADY_ENABLED: [];
  ALREADY_EXISTS: [];
  ALREADY_MODIFIED: [];
  ALREADY_SCHEDULED: [];
  ALREADY_SHARED: [];
  ALREADY_USED: [];
  AMBIGUITY_DURING_PROCESSING: [];
  AMBIGUOUS_CRITERIA: [];
  AMBIGUOUS_GROUP_IN_CRITERIA: [];
  API_NOT_SUPPORTED: [];
  ASSOCIATIONS_EXIST: [];
  AUTHENTICATION_FAILURE: [];
  AUTHORIZATION_FAILED: [];
  BACKUP_ALREADY_SCHEDULED: [];
  BAD_REQUEST: [];
  BLOCKED_RECORD: [];
  CALLBACK_FAILURE: [];
  CANNOT_ASSIGN: [];
  CANNOT_BE_UPDATED: [];
  CANNOT_DELETE: [];
  CANNOT_DELINK: [];
  CANNOT_PERFORM_ACTION: [];
  CANNOT_PROCESS: [];
  CANNOT_REMOVE: [];
  CANNOT_RESTORE_WITHOUT_PARENT: [];
  CANNOT_UPDATE: [];
  CANNOT_UPDATE_DELETED_USER: [];
  COEXISTENCE_NOT_ALLOWED: [];
  COLUMN_INDEX_NOT_FOUND: [];
  COMBINED_CRITERIA_LIMIT_EXCEEDED: [];
  COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE: [];
  COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: [];
  COMPLETED: [];
  CONCURRENT_JOB_LIMIT_EXCEEDED: [];
  CONFLICTING_DATA_FOUND: [];
  CONVERTED_RECORD: [];
  CRITERIA_LIMIT_EXCEEDED: [limit?: string];
  CRITERIA_NOT_SUPPORTED: [];
  CURRENCIES_NOT_ENABLED: [];
  CVID_NOT_SUPPORTED: [];
  DAILY_LIMIT_EXCEEDED: [];
  DATA_MISMATCH: [];
  DEPENDENT_FIELD_MISMATCH: [];
  DEPENDENT_FIELD_MISSING: [];
  DEPENDENT_FIELD_UNCHANGED: [];
  DEPENDENT_MISMATCH: [];
  DEPENDENT_PARAM_MISSING: [];
  DEPENDENT_SERVICE_ERROR: [];
  DISCRETE_PAGINATION_LIMIT_EXCEEDED: [];
  DOWNLOAD_NOT_ALLOWED: [];
  DUPLICATE_ALIAS: [];
  DUPLICATE_DATA: [];
  DUPLICATE_LINKING_DATA: [];
  EMAIL_UPDATE_NOT_ALLOWED: [];
  ENTITY_ID_INVALID: [];
  EXPECTED_DEPENDENT_FIELD_MISSING: [];
  EXPECTED_FIELD_MISSING: [];
  EXPECTED_PARAM_MISSING: [];
  EXPIRED_VALUE: [];
  FAILED: [];
  FAILURE: [];
  FEATURE_DISABLED: [];
  FEATURE_NOT_AVAILABLE: [];
  FEATURE_NOT_ENABLED: [];
  FEATURE_NOT_SUPPORTED: [];
  FEATURE_PERMISSION: [];
  FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE: [];
  FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: [];
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED: [];
  FIELD_IN_CRITERIA_NOT_AVAILABLE: [];
  FIELD_IN_CRITERIA_NOT_SUPPORTED: [];
  FIELD_LIMIT_EXCEEDED: [];
  FIELD_NOT_AVAILABLE: [];
  FIELD_NOT_SUPPORTED: [];
  FIELD_TYPE_UNAVAILABLE: [];
  FILE_NOT_FOUND: [];
  FILE_NOT_SUPPORTED: [];
  FILE_RESOLUTION_EXCEEDS: [];
  FILE_SIZE_EXCEEDS: [];
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE: [];
  FILE_TOO_LARGE: [];
  FILE_UPLOAD_SUCCESS: [];
  FILTER_CRITERIA_NOT_SATISFIED: [];
  FORBIDDEN: [];
  GROUP_OPERATOR_NOT_SUPPORTED: [];
  HEADER_LIMIT_EXCEEDED: [];
  ID_ALREADY_ACTIVE: [];
  ID_ALREADY_CONVERTED: [];
  ID_ALREADY_DEACTIVATED: [];
  ID_ALREADY_DELETED: [];
  INACTIVE_USER: [];
  INPROGRESS: [];
  INTERNAL_ERROR: [];
  INTERNAL_SERVER_ERROR: [];
  INVALID_ALIAS: [];
  INVALID_BULK_OPERATION: [];
  INVALID_CALLBACK_METHOD: [];
  INVALID_CALLBACK_URL: [];
  INVALID_CRITERIA: [];
  INVALID_DATA: [];
  INVALID_FIELD: [];
  INVALID_FIELD_NAME: [];
  INVALID_FILE_FORMAT: [];
  INVALID_FILE_ID: [];
  INVALID_FORMAT: [];
  INVALID_HOST: [];
  INVALID_MODULE: [];
  INVALID_QUERY: [];
  INVALID_REFERENCE: [];
  INVALID_REQUEST: [];
  INVALID_REQUEST_METHOD: [];
  INVALID_SERVICE_NAME: [];
  INVALID_TOKEN: [];
  INVALID_URL_PATTERN: [];
  JOB_NOT_SUPPORTED: [];
  JOIN_LIMIT_EXCEEDED: [];
  JSON_PARSE_ERROR: [];
  LICENSE_LIMIT_EXCEEDED: [];
  LIMIT_EXCEEDED: [];
  LIMIT_REACHED: [];
  LOOKUP_LIMIT_EXCEEDED: [];
  LOOPING_FOUND: [];
  LOWER_LIMIT_REACHED: [];
  MANDATORY_FIELDS_NOT_MAPPED: [];
  MANDATORY_NOT_FOUND: [];
  MAPPING_ALREADY_EXISTS: [];
  MAPPING_MISMATCH: [];
  MAX_RECORDS_LIMIT_REACHED: [];
  MEDIA_TYPE_NOT_SUPPORTED: [];
  MINIMUM_DATA_NOT_FOUND: [];
  MISSING_REQUIRED_KEY: [];
  MODULE_NOT_AVAILABLE: [];
  MODULE_NOT_SUPPORTED: [];
  MULTIPLE_OR_MULTI_ERRORS: [];
  NOT_ALLOWED: [];
  NOT_APPROVED: [];
  NOT_FOUND: [];
  NOT_MERGED: [];
  NOT_REVIEWED: [];
  NOT_SHARED: [];
  NOT_SUBSCRIBED: [];
  NOT_SUPPORTED: [];
  NOT_SUPPORTED_FEATURE: [];
  NO_CONTENT: [];
  NO_DATA: [];
  NO_PERMISSION: [];
  NO_RECORDS_FOUND: [];
  "Not Modified": [];
  OAUTH_SCOPE_MISMATCH: [];
  PAGE_NOT_SUPPORTED: [];
  PAGE_RANGE_EXCEEDED: [];
  PAGINATION_LIMIT_EXCEEDED: [];
  PATTERN_NOT_MATCHED: [];
  PERMISSION_DENIED: [];
  PROCESSING_STOPPED: [];
  QUERY_NOT_SUPPORTED: [];
  QUEUED: [];
  RATE_LIMIT_EXCEEDED: [];
  RECORD_IN_BLUEPRINT: [];
  RECORD_LIMIT_EXCEEDED: [];
  RECORD_LOCKED: [];
  RECORD_NOT_IN_PROCESS: [];
  REQUEST_BODY_IS_EMPTY: [];
  REQUEST_BODY_NOT_READABLE: [];
  REQUEST_BODY_NOT_SUPPORTED: [];
  REQUEST_TIMEOUT: [];
  REQUIRED_DATA_NOT_FOUND: [];
  REQUIRED_PARAM_MISSING: [];
  RESERVED_KEYWORD_NOT_ALLOWED: [];
  RESOURCE_NOT_FOUND: [];
  ROLLBACK_PERFORMED: [];
  RUNNING: [];
  SCHEDULED: [];
  SERVICE_UNAVAILABLE: [];
  SHARE_LIMIT_EXCEEDED: [];
  STORAGE_SPACE_EXCEEDED: [];
  SUCCESS: [];
  SYNTAX_ERROR: [];
  TERRITORY_DISABLED: [];
  TERRITORY_NOT_ENABLED: [];
  TOKEN_BOUND_DATA_MISMATCH: [];
  TOO_MANY_REQUESTS: [];
  UNABLE_TO_PARSE_DATA_TYPE: [];
  UNAPPROVABLE: [];
  UNAUTHORIZED: [];
  VALUE_IN_CRITERIA_NOT_SUPPORTED: [];
  VALUE_LIMIT_EXCEEDED_IN_CRITERIA: [];
  VALUE_TYPE_NOT_SUPPORTED: [];
  VERSION_NOT_SUPPORTED: [];
  VIRUS_DETECTED: [];
  failure_in_attachment_handling: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoCrmNamedParamsMap {
  "202": Record<string, never>;
  ACTIVE_STATE_LIMIT_EXCEEDED: Record<string, never>;
  ADDED_SUCCESSFULLY: Record<string, never>;
  ALREADY_ACTIVATED: Record<string, never>;
  ALREADY_CANCELLED: Record<string, never>;
  ALREADY_CONFIGURED: Record<string, never>;
  ALREADY_DEACTIVATED: Record<string, never>;
  ALREADY_ENABLED: Record<string, never>;
  ALREADY_EXISTS: Record<string, never>;
  ALREADY_MODIFIED: Record<string, never>;
  ALREADY_SCHEDULED: Record<string, never>;
  ALREADY_SHARED: Record<string, never>;
  ALREADY_USED: Record<string, never>;
  AMBIGUITY_DURING_PROCESSING: Record<string, never>;
  AMBIGUOUS_CRITERIA: Record<string, never>;
  AMBIGUOUS_GROUP_IN_CRITERIA: Record<string, never>;
  API_NOT_SUPPORTED: Record<string, never>;
  ASSOCIATIONS_EXIST: Record<string, never>;
  AUTHENTICATION_FAILURE: Record<string, never>;
  AUTHORIZATION_FAILED: Record<string, never>;
  BACKUP_ALREADY_SCHEDULED: Record<string, never>;
  BAD_REQUEST: Record<string, never>;
  BLOCKED_RECORD: Record<string, never>;
  CALLBACK_FAILURE: Record<string, never>;
  CANNOT_ASSIGN: Record<string, never>;
  CANNOT_BE_UPDATED: Record<string, never>;
  CANNOT_DELETE: Record<string, never>;
  CANNOT_DELINK: Record<string, never>;
  CANNOT_PERFORM_ACTION: Record<string, never>;
  CANNOT_PROCESS: Record<string, never>;
  CANNOT_REMOVE: Record<string, never>;
  CANNOT_RESTORE_WITHOUT_PARENT: Record<string, never>;
  CANNOT_UPDATE: Record<string, never>;
  CANNOT_UPDATE_DELETED_USER: Record<string, never>;
  COEXISTENCE_NOT_ALLOWED: Record<string, never>;
  COLUMN_INDEX_NOT_FOUND: Record<string, never>;
  COMBINED_CRITERIA_LIMIT_EXCEEDED: Record<string, never>;
  COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE: Record<string, never>;
  COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: Record<string, never>;
  COMPLETED: Record<string, never>;
  CONCURRENT_JOB_LIMIT_EXCEEDED: Record<string, never>;
  CONFLICTING_DATA_FOUND: Record<string, never>;
  CONVERTED_RECORD: Record<string, never>;
  CRITERIA_LIMIT_EXCEEDED: { readonly limit?: string; };
  CRITERIA_NOT_SUPPORTED: Record<string, never>;
  CURRENCIES_NOT_ENABLED: Record<string, never>;
  CVID_NOT_SUPPORTED: Record<string, never>;
  DAILY_LIMIT_EXCEEDED: Record<string, never>;
  DATA_MISMATCH: Record<string, never>;
  DEPENDENT_FIELD_MISMATCH: Record<string, never>;
  DEPENDENT_FIELD_MISSING: Record<string, never>;
  DEPENDENT_FIELD_UNCHANGED: Record<string, never>;
  DEPENDENT_MISMATCH: Record<string, never>;
  DEPENDENT_PARAM_MISSING: Record<string, never>;
  DEPENDENT_SERVICE_ERROR: Record<string, never>;
  DISCRETE_PAGINATION_LIMIT_EXCEEDED: Record<string, never>;
  DOWNLOAD_NOT_ALLOWED: Record<string, never>;
  DUPLICATE_ALIAS: Record<string, never>;
  DUPLICATE_DATA: Record<string, never>;
  DUPLICATE_LINKING_DATA: Record<string, never>;
  EMAIL_UPDATE_NOT_ALLOWED: Record<string, never>;
  ENTITY_ID_INVALID: Record<string, never>;
  EXPECTED_DEPENDENT_FIELD_MISSING: Record<string, never>;
  EXPECTED_FIELD_MISSING: Record<string, never>;
  EXPECTED_PARAM_MISSING: Record<string, never>;
  EXPIRED_VALUE: Record<string, never>;
  FAILED: Record<string, never>;
  FAILURE: Record<string, never>;
  FEATURE_DISABLED: Record<string, never>;
  FEATURE_NOT_AVAILABLE: Record<string, never>;
  FEATURE_NOT_ENABLED: Record<string, never>;
  FEATURE_NOT_SUPPORTED: Record<string, never>;
  FEATURE_PERMISSION: Record<string, never>;
  FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE: Record<string, never>;
  FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: Record<string, never>;
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED: Record<string, never>;
  FIELD_IN_CRITERIA_NOT_AVAILABLE: Record<string, never>;
  FIELD_IN_CRITERIA_NOT_SUPPORTED: Record<string, never>;
  FIELD_LIMIT_EXCEEDED: Record<string, never>;
  FIELD_NOT_AVAILABLE: Record<string, never>;
  FIELD_NOT_SUPPORTED: Record<string, never>;
  FIELD_TYPE_UNAVAILABLE: Record<string, never>;
  FILE_NOT_FOUND: Record<string, never>;
  FILE_NOT_SUPPORTED: Record<string, never>;
  FILE_RESOLUTION_EXCEEDS: Record<string, never>;
  FILE_SIZE_EXCEEDS: Record<string, never>;
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE: Record<string, never>;
  FILE_TOO_LARGE: Record<string, never>;
  FILE_UPLOAD_SUCCESS: Record<string, never>;
  FILTER_CRITERIA_NOT_SATISFIED: Record<string, never>;
  FORBIDDEN: Record<string, never>;
  GROUP_OPERATOR_NOT_SUPPORTED: Record<string, never>;
  HEADER_LIMIT_EXCEEDED: Record<string, never>;
  ID_ALREADY_ACTIVE: Record<string, never>;
  ID_ALREADY_CONVERTED: Record<string, never>;
  ID_ALREADY_DEACTIVATED: Record<string, never>;
  ID_ALREADY_DELETED: Record<string, never>;
  INACTIVE_USER: Record<string, never>;
  INPROGRESS: Record<string, never>;
  INTERNAL_ERROR: Record<string, never>;
  INTERNAL_SERVER_ERROR: Record<string, never>;
  INVALID_ALIAS: Record<string, never>;
  INVALID_BULK_OPERATION: Record<string, never>;
  INVALID_CALLBACK_METHOD: Record<string, never>;
  INVALID_CALLBACK_URL: Record<string, never>;
  INVALID_CRITERIA: Record<string, never>;
  INVALID_DATA: Record<string, never>;
  INVALID_FIELD: Record<string, never>;
  INVALID_FIELD_NAME: Record<string, never>;
  INVALID_FILE_FORMAT: Record<string, never>;
  INVALID_FILE_ID: Record<string, never>;
  INVALID_FORMAT: Record<string, never>;
  INVALID_HOST: Record<string, never>;
  INVALID_MODULE: Record<string, never>;
  INVALID_QUERY: Record<string, never>;
  INVALID_REFERENCE: Record<string, never>;
  INVALID_REQUEST: Record<string, never>;
  INVALID_REQUEST_METHOD: Record<string, never>;
  INVALID_SERVICE_NAME: Record<string, never>;
  INVALID_TOKEN: Record<string, never>;
  INVALID_URL_PATTERN: Record<string, never>;
  JOB_NOT_SUPPORTED: Record<string, never>;
  JOIN_LIMIT_EXCEEDED: Record<string, never>;
  JSON_PARSE_ERROR: Record<string, never>;
  LICENSE_LIMIT_EXCEEDED: Record<string, never>;
  LIMIT_EXCEEDED: Record<string, never>;
  LIMIT_REACHED: Record<string, never>;
  LOOKUP_LIMIT_EXCEEDED: Record<string, never>;
  LOOPING_FOUND: Record<string, never>;
  LOWER_LIMIT_REACHED: Record<string, never>;
  MANDATORY_FIELDS_NOT_MAPPED: Record<string, never>;
  MANDATORY_NOT_FOUND: Record<string, never>;
  MAPPING_ALREADY_EXISTS: Record<string, never>;
  MAPPING_MISMATCH: Record<string, never>;
  MAX_RECORDS_LIMIT_REACHED: Record<string, never>;
  MEDIA_TYPE_NOT_SUPPORTED: Record<string, never>;
  MINIMUM_DATA_NOT_FOUND: Record<string, never>;
  MISSING_REQUIRED_KEY: Record<string, never>;
  MODULE_NOT_AVAILABLE: Record<string, never>;
  MODULE_NOT_SUPPORTED: Record<string, never>;
  MULTIPLE_OR_MULTI_ERRORS: Record<string, never>;
  NOT_ALLOWED: Record<string, never>;
  NOT_APPROVED: Record<string, never>;
  NOT_FOUND: Record<string, never>;
  NOT_MERGED: Record<string, never>;
  NOT_REVIEWED: Record<string, never>;
  NOT_SHARED: Record<string, never>;
  NOT_SUBSCRIBED: Record<string, never>;
  NOT_SUPPORTED: Record<string, never>;
  NOT_SUPPORTED_FEATURE: Record<string, never>;
  NO_CONTENT: Record<string, never>;
  NO_DATA: Record<string, never>;
  NO_PERMISSION: Record<string, never>;
  NO_RECORDS_FOUND: Record<string, never>;
  "Not Modified": Record<string, never>;
  OAUTH_SCOPE_MISMATCH: Record<string, never>;
  PAGE_NOT_SUPPORTED: Record<string, never>;
  PAGE_RANGE_EXCEEDED: Record<string, never>;
  PAGINATION_LIMIT_EXCEEDED: Record<string, never>;
  PATTERN_NOT_MATCHED: Record<string, never>;
  PERMISSION_DENIED: Record<string, never>;
  PROCESSING_STOPPED: Record<string, never>;
  QUERY_NOT_SUPPORTED: Record<string, never>;
  QUEUED: Record<string, never>;
  RATE_LIMIT_EXCEEDED: Record<string, never>;
  RECORD_IN_BLUEPRINT: Record<string, never>;
  RECORD_LIMIT_EXCEEDED: Record<string, never>;
  RECORD_LOCKED: Record<string, never>;
  RECORD_NOT_IN_PROCESS: Record<string, never>;
  REQUEST_BODY_IS_EMPTY: Record<string, never>;
  REQUEST_BODY_NOT_READABLE: Record<string, never>;
  REQUEST_BODY_NOT_SUPPORTED: Record<string, never>;
  REQUEST_TIMEOUT: Record<string, never>;
  REQUIRED_DATA_NOT_FOUND: Record<string, never>;
  REQUIRED_PARAM_MISSING: Record<string, never>;
  RESERVED_KEYWORD_NOT_ALLOWED: Record<string, never>;
  RESOURCE_NOT_FOUND: Record<string, never>;
  ROLLBACK_PERFORMED: Record<string, never>;
  RUNNING: Record<string, never>;
  SCHEDULED: Record<string, never>;
  SERVICE_UNAVAILABLE: Record<string, never>;
  SHARE_LIMIT_EXCEEDED: Record<string, never>;
  STORAGE_SPACE_EXCEEDED: Record<string, never>;
  SUCCESS: Record<string, never>;
  SYNTAX_ERROR: Record<string, never>;
  TERRITORY_DISABLED: Record<string, never>;
  TERRITORY_NOT_ENABLED: Record<string, never>;
  TOKEN_BOUND_DATA_MISMATCH: Record<string, never>;
  TOO_MANY_REQUESTS: Record<string, never>;
  UNABLE_TO_PARSE_DATA_TYPE: Record<string, never>;
  UNAPPROVABLE: Record<string, never>;
  UNAUTHORIZED: Record<string, never>;
  VALUE_IN_CRITERIA_NOT_SUPPORTED: Record<string, never>;
  VALUE_LIMIT_EXCEEDED_IN_CRITERIA: Record<string, never>;
  VALUE_TYPE_NOT_SUPPORTED: Record<string, never>;
  VERSION_NOT_SUPPORTED: Record<string, never>;
  VIRUS_DETECTED: Record<string, never>;
  failure_in_attachment_handling: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoCrmVariantParamsMap[code][variant])`.
 */
export interface ZohoCrmVariantParamsMap {
  ALREADY_DEACTIVATED: [[], []];
  AMBIGUITY_DURING_PROCESSING: [[], []];
  CONFLICTING_DATA_FOUND: [[], []];
  DEPENDENT_FIELD_UNCHANGED: [[], []];
  DEPENDENT_PARAM_MISSING: [[], [], []];
  DUPLICATE_DATA: [[], [], []];
  EXPECTED_FIELD_MISSING: [[], []];
  FILE_RESOLUTION_EXCEEDS: [[], []];
  FILE_SIZE_EXCEEDS: [[], []];
  INVALID_DATA: [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []];
  INVALID_QUERY: [[], [], [], []];
  INVALID_URL_PATTERN: [[], []];
  LICENSE_LIMIT_EXCEEDED: [[], []];
  MANDATORY_NOT_FOUND: [[], [], []];
  NOT_ALLOWED: [[], [], [], []];
  NO_PERMISSION: [[], [], []];
  RATE_LIMIT_EXCEEDED: [[], []];
  REQUIRED_PARAM_MISSING: [[], []];
  SCHEDULED: [[], [], []];
  SERVICE_UNAVAILABLE: [[], [], []];
  SUCCESS: [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []];
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface ZohoCrmVariantIndexMap {
  ALREADY_DEACTIVATED: 0 | 1;
  AMBIGUITY_DURING_PROCESSING: 0 | 1;
  CONFLICTING_DATA_FOUND: 0 | 1;
  DEPENDENT_FIELD_UNCHANGED: 0 | 1;
  DEPENDENT_PARAM_MISSING: 0 | 1 | 2;
  DUPLICATE_DATA: 0 | 1 | 2;
  EXPECTED_FIELD_MISSING: 0 | 1;
  FILE_RESOLUTION_EXCEEDS: 0 | 1;
  FILE_SIZE_EXCEEDS: 0 | 1;
  INVALID_DATA: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16;
  INVALID_QUERY: 0 | 1 | 2 | 3;
  INVALID_URL_PATTERN: 0 | 1;
  LICENSE_LIMIT_EXCEEDED: 0 | 1;
  MANDATORY_NOT_FOUND: 0 | 1 | 2;
  NOT_ALLOWED: 0 | 1 | 2 | 3;
  NO_PERMISSION: 0 | 1 | 2;
  RATE_LIMIT_EXCEEDED: 0 | 1;
  REQUIRED_PARAM_MISSING: 0 | 1;
  SCHEDULED: 0 | 1 | 2;
  SERVICE_UNAVAILABLE: 0 | 1 | 2;
  SUCCESS: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 50 | 51 | 52 | 53 | 54 | 55 | 56 | 57 | 58 | 59 | 60 | 61;
}

/**
 * What every known error of the Zoho CRM REST API carries besides its per-code members: the members of ErrcatErrorBase<ZohoCrmApiId, ZohoCrmAnyError>, and `known: true` (see ErrcatKnownError for what each means).
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
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly ZohoCrmAnyError[];
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
 * "202": Mass delete job scheduled successfully
 *
 * HTTP 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#code_202)
 */
export interface Code202Error extends ZohoCrmKnownErrorBase {
  readonly code: "202";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["202"]>;
  readonly entry: CodeEntry<"202">;
}

/**
 * "ACTIVE_STATE_LIMIT_EXCEEDED": Allowed active currency limit reached. Please deactivate any one of the existing active currencies to create this currency.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Keep the number of active rules within the permissible limit (see the limits table of the API).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#active_state_limit_exceeded)
 */
export interface ActiveStateLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "ACTIVE_STATE_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ACTIVE_STATE_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"ACTIVE_STATE_LIMIT_EXCEEDED">;
}

/**
 * "ADDED_SUCCESSFULLY": Added successfully.
 *
 * HTTP 201 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#added_successfully)
 */
export interface AddedSuccessfullyError extends ZohoCrmKnownErrorBase {
  readonly code: "ADDED_SUCCESSFULLY";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["ADDED_SUCCESSFULLY"]>;
  readonly entry: CodeEntry<"ADDED_SUCCESSFULLY">;
}

/**
 * "ALREADY_ACTIVATED": Already in active state only.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_activated)
 */
export interface AlreadyActivatedError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_ACTIVATED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_ACTIVATED"]>;
  readonly entry: CodeEntry<"ALREADY_ACTIVATED">;
}

/**
 * "ALREADY_CANCELLED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_cancelled)
 */
export interface AlreadyCancelledError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_CANCELLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_CANCELLED"]>;
  readonly entry: CodeEntry<"ALREADY_CANCELLED">;
}

/**
 * "ALREADY_CONFIGURED": already configured.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_configured)
 */
export interface AlreadyConfiguredError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_CONFIGURED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_CONFIGURED"]>;
  readonly entry: CodeEntry<"ALREADY_CONFIGURED">;
}

/**
 * "ALREADY_DEACTIVATED": Cannot deactivate already deactive layout
 *
 * HTTP 400 · error · retry: never
 *
 * Also HTTP 400: The cadences is already deactivated
 *
 * Fix: Inspect the **code** field in the response body to identify the specific cause, and verify the layout ID, module name, and the **transfer_to** parameter value.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_deactivated)
 */
export interface AlreadyDeactivatedError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_DEACTIVATED";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"ALREADY_DEACTIVATED">;
}

/**
 * "ALREADY_ENABLED": The base currency is already added
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_enabled)
 */
export interface AlreadyEnabledError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_ENABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_ENABLED"]>;
  readonly entry: CodeEntry<"ALREADY_ENABLED">;
}

/**
 * "ALREADY_EXISTS": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Check the ID of the user you want to associate: that user is already in the territory.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_exists)
 */
export interface AlreadyExistsError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_EXISTS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_EXISTS"]>;
  readonly entry: CodeEntry<"ALREADY_EXISTS">;
}

/**
 * "ALREADY_MODIFIED": record updated time has already passed if-unmodified-since time
 *
 * HTTP 412 · error · retry: never
 *
 * Fix: The latest version of the record must be retrieved and the update must be resubmitted with the current modification timestamp.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_modified)
 */
export interface AlreadyModifiedError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_MODIFIED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_MODIFIED"]>;
  readonly entry: CodeEntry<"ALREADY_MODIFIED">;
}

/**
 * "ALREADY_SCHEDULED": Scheduler already running for this pipeline
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_scheduled)
 */
export interface AlreadyScheduledError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_SCHEDULED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_SCHEDULED"]>;
  readonly entry: CodeEntry<"ALREADY_SCHEDULED">;
}

/**
 * "ALREADY_SHARED": Emails are already shared to the colleagues already
 *
 * HTTP 400, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_shared)
 */
export interface AlreadySharedError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_SHARED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_SHARED"]>;
  readonly entry: CodeEntry<"ALREADY_SHARED">;
}

/**
 * "ALREADY_USED": Duplicate reference field
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_used)
 */
export interface AlreadyUsedError extends ZohoCrmKnownErrorBase {
  readonly code: "ALREADY_USED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ALREADY_USED"]>;
  readonly entry: CodeEntry<"ALREADY_USED">;
}

/**
 * "AMBIGUITY_DURING_PROCESSING": Please use either Cvid or Search Params. Combination of both the params is not allowed
 *
 * HTTP 400 · error · retry: never
 *
 * Also HTTP 400: id already converted
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#ambiguity_during_processing)
 */
export interface AmbiguityDuringProcessingError extends ZohoCrmKnownErrorBase {
  readonly code: "AMBIGUITY_DURING_PROCESSING";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"AMBIGUITY_DURING_PROCESSING">;
}

/**
 * "AMBIGUOUS_CRITERIA": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#ambiguous_criteria)
 */
export interface AmbiguousCriteriaError extends ZohoCrmKnownErrorBase {
  readonly code: "AMBIGUOUS_CRITERIA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["AMBIGUOUS_CRITERIA"]>;
  readonly entry: CodeEntry<"AMBIGUOUS_CRITERIA">;
}

/**
 * "AMBIGUOUS_GROUP_IN_CRITERIA": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#ambiguous_group_in_criteria)
 */
export interface AmbiguousGroupInCriteriaError extends ZohoCrmKnownErrorBase {
  readonly code: "AMBIGUOUS_GROUP_IN_CRITERIA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["AMBIGUOUS_GROUP_IN_CRITERIA"]>;
  readonly entry: CodeEntry<"AMBIGUOUS_GROUP_IN_CRITERIA">;
}

/**
 * "API_NOT_SUPPORTED": api not supported in sandbox
 *
 * HTTP 400, 200 · error · retry: never
 *
 * Fix: Call the API with a version that supports it (the Holidays APIs: v2.1 and later).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#api_not_supported)
 */
export interface ApiNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "API_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["API_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"API_NOT_SUPPORTED">;
}

/**
 * "ASSOCIATIONS_EXIST": Cannot deactivate layout as it is being used in some places
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Inspect the **code** field in the response body to identify the specific cause, and verify the layout ID, module name, and the **transfer_to** parameter value.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#associations_exist)
 */
export interface AssociationsExistError extends ZohoCrmKnownErrorBase {
  readonly code: "ASSOCIATIONS_EXIST";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ASSOCIATIONS_EXIST"]>;
  readonly entry: CodeEntry<"ASSOCIATIONS_EXIST">;
}

/**
 * "AUTHENTICATION_FAILURE": Authentication failed
 *
 * HTTP 401, 400, 200, 201 · error · retry: never
 *
 * Fix: Use the correct domain-specific URL.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#authentication_failure)
 */
export interface AuthenticationFailureError extends ZohoCrmKnownErrorBase {
  readonly code: "AUTHENTICATION_FAILURE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["AUTHENTICATION_FAILURE"]>;
  readonly entry: CodeEntry<"AUTHENTICATION_FAILURE">;
}

/**
 * "AUTHORIZATION_FAILED": User does not have sufficient privilege to perform this action
 *
 * HTTP 400, 401 · error · retry: never
 *
 * Fix: The user lacks the permission for this operation: contact your system administrator.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#authorization_failed)
 */
export interface AuthorizationFailedError extends ZohoCrmKnownErrorBase {
  readonly code: "AUTHORIZATION_FAILED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["AUTHORIZATION_FAILED"]>;
  readonly entry: CodeEntry<"AUTHORIZATION_FAILED">;
}

/**
 * "BACKUP_ALREADY_SCHEDULED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#backup_already_scheduled)
 */
export interface BackupAlreadyScheduledError extends ZohoCrmKnownErrorBase {
  readonly code: "BACKUP_ALREADY_SCHEDULED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["BACKUP_ALREADY_SCHEDULED"]>;
  readonly entry: CodeEntry<"BACKUP_ALREADY_SCHEDULED">;
}

/**
 * "BAD_REQUEST": The request parameters are invalid.
 *
 * HTTP 200, 400 · error · retry: never
 *
 * Fix: Revoke Shared Records: the record has not been shared with any user, so there is no sharing to revoke.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#bad_request)
 */
export interface BadRequestError extends ZohoCrmKnownErrorBase {
  readonly code: "BAD_REQUEST";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["BAD_REQUEST"]>;
  readonly entry: CodeEntry<"BAD_REQUEST">;
}

/**
 * "BLOCKED_RECORD": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#blocked_record)
 */
export interface BlockedRecordError extends ZohoCrmKnownErrorBase {
  readonly code: "BLOCKED_RECORD";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["BLOCKED_RECORD"]>;
  readonly entry: CodeEntry<"BLOCKED_RECORD">;
}

/**
 * "CALLBACK_FAILURE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#callback_failure)
 */
export interface CallbackFailureError extends ZohoCrmKnownErrorBase {
  readonly code: "CALLBACK_FAILURE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CALLBACK_FAILURE"]>;
  readonly entry: CodeEntry<"CALLBACK_FAILURE">;
}

/**
 * "CANNOT_ASSIGN": The user you are trying to assign does not have permission for this module.
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: The CRM administrator must grant the required permission to the user's profile.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#cannot_assign)
 */
export interface CannotAssignError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_ASSIGN";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_ASSIGN"]>;
  readonly entry: CodeEntry<"CANNOT_ASSIGN">;
}

/**
 * "CANNOT_BE_UPDATED": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_be_updated)
 */
export interface CannotBeUpdatedError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_BE_UPDATED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_BE_UPDATED"]>;
  readonly entry: CodeEntry<"CANNOT_BE_UPDATED">;
}

/**
 * "CANNOT_DELETE": Cannot delete the last stage associated with the pipeline
 *
 * HTTP 400, 200, 201, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_delete)
 */
export interface CannotDeleteError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_DELETE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_DELETE"]>;
  readonly entry: CodeEntry<"CANNOT_DELETE">;
}

/**
 * "CANNOT_DELINK": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_delink)
 */
export interface CannotDelinkError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_DELINK";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_DELINK"]>;
  readonly entry: CodeEntry<"CANNOT_DELINK">;
}

/**
 * "CANNOT_PERFORM_ACTION": the given operation is not supported for system defined variable group
 *
 * HTTP 400, 200, 201, 403, 202, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_perform_action)
 */
export interface CannotPerformActionError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_PERFORM_ACTION";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_PERFORM_ACTION"]>;
  readonly entry: CodeEntry<"CANNOT_PERFORM_ACTION">;
}

/**
 * "CANNOT_PROCESS": Scheduler is running
 *
 * HTTP 400, 200, 201, 202, 207, 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_process)
 */
export interface CannotProcessError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_PROCESS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_PROCESS"]>;
  readonly entry: CodeEntry<"CANNOT_PROCESS">;
}

/**
 * "CANNOT_REMOVE": Actions cannot be empty
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_remove)
 */
export interface CannotRemoveError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_REMOVE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_REMOVE"]>;
  readonly entry: CodeEntry<"CANNOT_REMOVE">;
}

/**
 * "CANNOT_RESTORE_WITHOUT_PARENT": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_restore_without_parent)
 */
export interface CannotRestoreWithoutParentError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_RESTORE_WITHOUT_PARENT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_RESTORE_WITHOUT_PARENT"]>;
  readonly entry: CodeEntry<"CANNOT_RESTORE_WITHOUT_PARENT">;
}

/**
 * "CANNOT_UPDATE": Company not created
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_update)
 */
export interface CannotUpdateError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_UPDATE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_UPDATE"]>;
  readonly entry: CodeEntry<"CANNOT_UPDATE">;
}

/**
 * "CANNOT_UPDATE_DELETED_USER": Deleted user cannot be updated
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_update_deleted_user)
 */
export interface CannotUpdateDeletedUserError extends ZohoCrmKnownErrorBase {
  readonly code: "CANNOT_UPDATE_DELETED_USER";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CANNOT_UPDATE_DELETED_USER"]>;
  readonly entry: CodeEntry<"CANNOT_UPDATE_DELETED_USER">;
}

/**
 * "COEXISTENCE_NOT_ALLOWED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#coexistence_not_allowed)
 */
export interface CoexistenceNotAllowedError extends ZohoCrmKnownErrorBase {
  readonly code: "COEXISTENCE_NOT_ALLOWED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["COEXISTENCE_NOT_ALLOWED"]>;
  readonly entry: CodeEntry<"COEXISTENCE_NOT_ALLOWED">;
}

/**
 * "COLUMN_INDEX_NOT_FOUND": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#column_index_not_found)
 */
export interface ColumnIndexNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "COLUMN_INDEX_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["COLUMN_INDEX_NOT_FOUND"]>;
  readonly entry: CodeEntry<"COLUMN_INDEX_NOT_FOUND">;
}

/**
 * "COMBINED_CRITERIA_LIMIT_EXCEEDED": Given CVID has more than 25 criteria, so change owner not done.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#combined_criteria_limit_exceeded)
 */
export interface CombinedCriteriaLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "COMBINED_CRITERIA_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["COMBINED_CRITERIA_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"COMBINED_CRITERIA_LIMIT_EXCEEDED">;
}

/**
 * "COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#comparator_and_encrypted_value_in_criteria_not_compatible)
 */
export interface ComparatorAndEncryptedValueInCriteriaNotCompatibleError extends ZohoCrmKnownErrorBase {
  readonly code: "COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE"]>;
  readonly entry: CodeEntry<"COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE">;
}

/**
 * "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#comparator_and_value_in_criteria_not_compatible)
 */
export interface ComparatorAndValueInCriteriaNotCompatibleError extends ZohoCrmKnownErrorBase {
  readonly code: "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE"]>;
  readonly entry: CodeEntry<"COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE">;
}

/**
 * "COMPLETED": (the vendor documents no message for this code)
 *
 * HTTP 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#completed)
 */
export interface CompletedError extends ZohoCrmKnownErrorBase {
  readonly code: "COMPLETED";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["COMPLETED"]>;
  readonly entry: CodeEntry<"COMPLETED">;
}

/**
 * "CONCURRENT_JOB_LIMIT_EXCEEDED": Transfer and delete user scheduler limit reached
 *
 * HTTP 400 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#concurrent_job_limit_exceeded)
 */
export interface ConcurrentJobLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "CONCURRENT_JOB_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CONCURRENT_JOB_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"CONCURRENT_JOB_LIMIT_EXCEEDED">;
}

/**
 * "CONFLICTING_DATA_FOUND": the user must be updated with new eligible reporting manager and the subordinates  who are going to report to a user in a role below them, because of new role change are need to transfer to new eligible reporting manager
 *
 * HTTP 400 · error · retry: never
 *
 * Also HTTP 400: the user must be updated with new eligible reporting manager because of changing user role
 *
 * Fix: Review the error details in the response to identify and correct the invalid field values before resubmitting the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#conflicting_data_found)
 */
export interface ConflictingDataFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "CONFLICTING_DATA_FOUND";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"CONFLICTING_DATA_FOUND">;
}

/**
 * "CONVERTED_RECORD": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#converted_record)
 */
export interface ConvertedRecordError extends ZohoCrmKnownErrorBase {
  readonly code: "CONVERTED_RECORD";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CONVERTED_RECORD"]>;
  readonly entry: CodeEntry<"CONVERTED_RECORD">;
}

/**
 * "CRITERIA_LIMIT_EXCEEDED": no of criterium that can be given exceed the limit %s
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#criteria_limit_exceeded)
 */
export interface CriteriaLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "CRITERIA_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CRITERIA_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"CRITERIA_LIMIT_EXCEEDED">;
}

/**
 * "CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#criteria_not_supported)
 */
export interface CriteriaNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "CRITERIA_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CRITERIA_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"CRITERIA_NOT_SUPPORTED">;
}

/**
 * "CURRENCIES_NOT_ENABLED": Multi currency is not enabled
 *
 * HTTP 400, 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#currencies_not_enabled)
 */
export interface CurrenciesNotEnabledError extends ZohoCrmKnownErrorBase {
  readonly code: "CURRENCIES_NOT_ENABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CURRENCIES_NOT_ENABLED"]>;
  readonly entry: CodeEntry<"CURRENCIES_NOT_ENABLED">;
}

/**
 * "CVID_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#cvid_not_supported)
 */
export interface CvidNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "CVID_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["CVID_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"CVID_NOT_SUPPORTED">;
}

/**
 * "DAILY_LIMIT_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#daily_limit_exceeded)
 */
export interface DailyLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "DAILY_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DAILY_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"DAILY_LIMIT_EXCEEDED">;
}

/**
 * "DATA_MISMATCH": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#data_mismatch)
 */
export interface DataMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "DATA_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DATA_MISMATCH"]>;
  readonly entry: CodeEntry<"DATA_MISMATCH">;
}

/**
 * "DEPENDENT_FIELD_MISMATCH": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_field_mismatch)
 */
export interface DependentFieldMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_FIELD_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DEPENDENT_FIELD_MISMATCH"]>;
  readonly entry: CodeEntry<"DEPENDENT_FIELD_MISMATCH">;
}

/**
 * "DEPENDENT_FIELD_MISSING": Shift id is required for shift holidays
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * Fix: Include the dependent field: "type" is mandatory when you add holidays to a shift hour; the user's details are mandatory in "transfer_to_user".
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_field_missing)
 */
export interface DependentFieldMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_FIELD_MISSING";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DEPENDENT_FIELD_MISSING"]>;
  readonly entry: CodeEntry<"DEPENDENT_FIELD_MISSING">;
}

/**
 * "DEPENDENT_FIELD_UNCHANGED": Reschedule_From and Appointment_Start_Time cannot be same
 *
 * HTTP 400 · error · retry: never
 *
 * Also HTTP 400: Reschedule the appointment atleast once to Update the fields of Reschedule Information Section
 *
 * Fix: Verify that all required fields are present and that field values satisfy the validation requirements for the requested appointment update operation.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_field_unchanged)
 */
export interface DependentFieldUnchangedError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_FIELD_UNCHANGED";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"DEPENDENT_FIELD_UNCHANGED">;
}

/**
 * "DEPENDENT_MISMATCH": Unavailable Till must be greater than current Time.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_mismatch)
 */
export interface DependentMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DEPENDENT_MISMATCH"]>;
  readonly entry: CodeEntry<"DEPENDENT_MISMATCH">;
}

/**
 * "DEPENDENT_PARAM_MISSING": Dependent Param missing
 *
 * HTTP 400 · error · retry: never
 *
 * Also HTTP 400: Cannot delete layout as pipeline is not specified for trasfer_to layout
 *
 * Also HTTP 400: Cannot delete layout as stage is not specified for trasfer_to layout
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_param_missing)
 */
export interface DependentParamMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_PARAM_MISSING";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"DEPENDENT_PARAM_MISSING">;
}

/**
 * "DEPENDENT_SERVICE_ERROR": The dependent service does not have permission to complete the operation
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_service_error)
 */
export interface DependentServiceErrorError extends ZohoCrmKnownErrorBase {
  readonly code: "DEPENDENT_SERVICE_ERROR";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DEPENDENT_SERVICE_ERROR"]>;
  readonly entry: CodeEntry<"DEPENDENT_SERVICE_ERROR">;
}

/**
 * "DISCRETE_PAGINATION_LIMIT_EXCEEDED": You can only get the first 2000 records without using page_token param
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The request must include all required parameters with valid values.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#discrete_pagination_limit_exceeded)
 */
export interface DiscretePaginationLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "DISCRETE_PAGINATION_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DISCRETE_PAGINATION_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"DISCRETE_PAGINATION_LIMIT_EXCEEDED">;
}

/**
 * "DOWNLOAD_NOT_ALLOWED": As it is a linked attachment, you can not download it
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#download_not_allowed)
 */
export interface DownloadNotAllowedError extends ZohoCrmKnownErrorBase {
  readonly code: "DOWNLOAD_NOT_ALLOWED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DOWNLOAD_NOT_ALLOWED"]>;
  readonly entry: CodeEntry<"DOWNLOAD_NOT_ALLOWED">;
}

/**
 * "DUPLICATE_ALIAS": same alias cannot refer more than one column
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#duplicate_alias)
 */
export interface DuplicateAliasError extends ZohoCrmKnownErrorBase {
  readonly code: "DUPLICATE_ALIAS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DUPLICATE_ALIAS"]>;
  readonly entry: CodeEntry<"DUPLICATE_ALIAS">;
}

/**
 * "DUPLICATE_DATA": duplicate data
 *
 * HTTP 400, 200, 201, 207 · error · retry: never
 *
 * Also HTTP 400, 207: Duplicate Data
 *
 * Also HTTP 400: invalid data
 *
 * Fix: Disable "Do not allow duplicates" or change value.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#duplicate_data)
 */
export interface DuplicateDataError extends ZohoCrmKnownErrorBase {
  readonly code: "DUPLICATE_DATA";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"DUPLICATE_DATA">;
}

/**
 * "DUPLICATE_LINKING_DATA": duplicate association
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Each error in the data array identifies the specific record and field that caused the failure. The request must be corrected and resubmitted.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#duplicate_linking_data)
 */
export interface DuplicateLinkingDataError extends ZohoCrmKnownErrorBase {
  readonly code: "DUPLICATE_LINKING_DATA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["DUPLICATE_LINKING_DATA"]>;
  readonly entry: CodeEntry<"DUPLICATE_LINKING_DATA">;
}

/**
 * "EMAIL_UPDATE_NOT_ALLOWED": Cannot update email of a confirmed CRM User
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#email_update_not_allowed)
 */
export interface EmailUpdateNotAllowedError extends ZohoCrmKnownErrorBase {
  readonly code: "EMAIL_UPDATE_NOT_ALLOWED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["EMAIL_UPDATE_NOT_ALLOWED"]>;
  readonly entry: CodeEntry<"EMAIL_UPDATE_NOT_ALLOWED">;
}

/**
 * "ENTITY_ID_INVALID": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#entity_id_invalid)
 */
export interface EntityIdInvalidError extends ZohoCrmKnownErrorBase {
  readonly code: "ENTITY_ID_INVALID";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ENTITY_ID_INVALID"]>;
  readonly entry: CodeEntry<"ENTITY_ID_INVALID">;
}

/**
 * "EXPECTED_DEPENDENT_FIELD_MISSING": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_dependent_field_missing)
 */
export interface ExpectedDependentFieldMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "EXPECTED_DEPENDENT_FIELD_MISSING";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["EXPECTED_DEPENDENT_FIELD_MISSING"]>;
  readonly entry: CodeEntry<"EXPECTED_DEPENDENT_FIELD_MISSING">;
}

/**
 * "EXPECTED_FIELD_MISSING": Specify atleast one field
 *
 * HTTP 400, 200, 201, 207 · error · retry: never
 *
 * Also HTTP 400: id already converted
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_field_missing)
 */
export interface ExpectedFieldMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "EXPECTED_FIELD_MISSING";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"EXPECTED_FIELD_MISSING">;
}

/**
 * "EXPECTED_PARAM_MISSING": one of the expected parameter is missing
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_param_missing)
 */
export interface ExpectedParamMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "EXPECTED_PARAM_MISSING";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["EXPECTED_PARAM_MISSING"]>;
  readonly entry: CodeEntry<"EXPECTED_PARAM_MISSING">;
}

/**
 * "EXPIRED_VALUE": Page token expired
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expired_value)
 */
export interface ExpiredValueError extends ZohoCrmKnownErrorBase {
  readonly code: "EXPIRED_VALUE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["EXPIRED_VALUE"]>;
  readonly entry: CodeEntry<"EXPIRED_VALUE">;
}

/**
 * "FAILED": (the vendor documents no message for this code)
 *
 * HTTP 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#failed)
 */
export interface FailedError extends ZohoCrmKnownErrorBase {
  readonly code: "FAILED";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["FAILED"]>;
  readonly entry: CodeEntry<"FAILED">;
}

/**
 * "FAILURE": Unable to process your request. Please verify whether you have provided valid data.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#failure)
 */
export interface FailureError extends ZohoCrmKnownErrorBase {
  readonly code: "FAILURE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FAILURE"]>;
  readonly entry: CodeEntry<"FAILURE">;
}

/**
 * "FEATURE_DISABLED": Please enable the feature
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_disabled)
 */
export interface FeatureDisabledError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_DISABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_DISABLED"]>;
  readonly entry: CodeEntry<"FEATURE_DISABLED">;
}

/**
 * "FEATURE_NOT_AVAILABLE": Share among Subordinates Feature is not available
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Review the error details in the response to identify and correct the invalid field values before resubmitting the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_not_available)
 */
export interface FeatureNotAvailableError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_NOT_AVAILABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_NOT_AVAILABLE"]>;
  readonly entry: CodeEntry<"FEATURE_NOT_AVAILABLE">;
}

/**
 * "FEATURE_NOT_ENABLED": Territory Management is not enabled
 *
 * HTTP 403, 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_enabled)
 */
export interface FeatureNotEnabledError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_NOT_ENABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_NOT_ENABLED"]>;
  readonly entry: CodeEntry<"FEATURE_NOT_ENABLED">;
}

/**
 * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
 *
 * HTTP 403, 400, 200, 201 · error · retry: never
 *
 * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_supported)
 */
export interface FeatureNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FEATURE_NOT_SUPPORTED">;
}

/**
 * "FEATURE_PERMISSION": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_permission)
 */
export interface FeaturePermissionError extends ZohoCrmKnownErrorBase {
  readonly code: "FEATURE_PERMISSION";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FEATURE_PERMISSION"]>;
  readonly entry: CodeEntry<"FEATURE_PERMISSION">;
}

/**
 * "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_and_comparator_in_criteria_not_compatible)
 */
export interface FieldAndComparatorInCriteriaNotCompatibleError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE"]>;
  readonly entry: CodeEntry<"FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE">;
}

/**
 * "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_and_value_in_criteria_not_compatible)
 */
export interface FieldAndValueInCriteriaNotCompatibleError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE"]>;
  readonly entry: CodeEntry<"FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE">;
}

/**
 * "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_comparator_in_criteria_not_supported)
 */
export interface FieldComparatorInCriteriaNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED">;
}

/**
 * "FIELD_IN_CRITERIA_NOT_AVAILABLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_in_criteria_not_available)
 */
export interface FieldInCriteriaNotAvailableError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_IN_CRITERIA_NOT_AVAILABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_IN_CRITERIA_NOT_AVAILABLE"]>;
  readonly entry: CodeEntry<"FIELD_IN_CRITERIA_NOT_AVAILABLE">;
}

/**
 * "FIELD_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_in_criteria_not_supported)
 */
export interface FieldInCriteriaNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_IN_CRITERIA_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_IN_CRITERIA_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FIELD_IN_CRITERIA_NOT_SUPPORTED">;
}

/**
 * "FIELD_LIMIT_EXCEEDED": Field limit reached for the given field type in the given module
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_limit_exceeded)
 */
export interface FieldLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"FIELD_LIMIT_EXCEEDED">;
}

/**
 * "FIELD_NOT_AVAILABLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_not_available)
 */
export interface FieldNotAvailableError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_NOT_AVAILABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_NOT_AVAILABLE"]>;
  readonly entry: CodeEntry<"FIELD_NOT_AVAILABLE">;
}

/**
 * "FIELD_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_not_supported)
 */
export interface FieldNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FIELD_NOT_SUPPORTED">;
}

/**
 * "FIELD_TYPE_UNAVAILABLE": this data type is not found in this module
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_type_unavailable)
 */
export interface FieldTypeUnavailableError extends ZohoCrmKnownErrorBase {
  readonly code: "FIELD_TYPE_UNAVAILABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FIELD_TYPE_UNAVAILABLE"]>;
  readonly entry: CodeEntry<"FIELD_TYPE_UNAVAILABLE">;
}

/**
 * "FILE_NOT_FOUND": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The cause is identified by the **code** in the response. The offending field, mapping, callback configuration, or file reference must be corrected before retrying the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_not_found)
 */
export interface FileNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILE_NOT_FOUND"]>;
  readonly entry: CodeEntry<"FILE_NOT_FOUND">;
}

/**
 * "FILE_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_not_supported)
 */
export interface FileNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"FILE_NOT_SUPPORTED">;
}

/**
 * "FILE_RESOLUTION_EXCEEDS": File exceeded its maximum limit
 *
 * HTTP 415 · error · retry: never
 *
 * Also HTTP 415: File resolution exceeds the maximum allowed limit
 *
 * Fix: Upload an image file with a supported format and resolution.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_resolution_exceeds)
 */
export interface FileResolutionExceedsError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_RESOLUTION_EXCEEDS";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"FILE_RESOLUTION_EXCEEDS">;
}

/**
 * "FILE_SIZE_EXCEEDS": File exceeded its maximum limit
 *
 * HTTP 413 · error · retry: never
 *
 * Also HTTP 413: File size exceeds the maximum allowed limit
 *
 * Fix: Upload a file within the maximum allowed size.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_size_exceeds)
 */
export interface FileSizeExceedsError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_SIZE_EXCEEDS";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"FILE_SIZE_EXCEEDS">;
}

/**
 * "FILE_SIZE_MORE_THAN_ALLOWED_SIZE": Please check if the size of the file is in the correct range
 *
 * HTTP 400, 200, 201, 415, 413 · error · retry: never
 *
 * Fix: Upload a photo within the allowed size (1 MB) and resolution (10 MP).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_size_more_than_allowed_size)
 */
export interface FileSizeMoreThanAllowedSizeError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_SIZE_MORE_THAN_ALLOWED_SIZE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILE_SIZE_MORE_THAN_ALLOWED_SIZE"]>;
  readonly entry: CodeEntry<"FILE_SIZE_MORE_THAN_ALLOWED_SIZE">;
}

/**
 * "FILE_TOO_LARGE": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 413 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_too_large)
 */
export interface FileTooLargeError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_TOO_LARGE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILE_TOO_LARGE"]>;
  readonly entry: CodeEntry<"FILE_TOO_LARGE">;
}

/**
 * "FILE_UPLOAD_SUCCESS": file uploaded.
 *
 * HTTP 200, 201 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#file_upload_success)
 */
export interface FileUploadSuccessError extends ZohoCrmKnownErrorBase {
  readonly code: "FILE_UPLOAD_SUCCESS";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILE_UPLOAD_SUCCESS"]>;
  readonly entry: CodeEntry<"FILE_UPLOAD_SUCCESS">;
}

/**
 * "FILTER_CRITERIA_NOT_SATISFIED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#filter_criteria_not_satisfied)
 */
export interface FilterCriteriaNotSatisfiedError extends ZohoCrmKnownErrorBase {
  readonly code: "FILTER_CRITERIA_NOT_SATISFIED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FILTER_CRITERIA_NOT_SATISFIED"]>;
  readonly entry: CodeEntry<"FILTER_CRITERIA_NOT_SATISFIED">;
}

/**
 * "FORBIDDEN": You do not have permission to access this resource.
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#forbidden)
 */
export interface ForbiddenError extends ZohoCrmKnownErrorBase {
  readonly code: "FORBIDDEN";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["FORBIDDEN"]>;
  readonly entry: CodeEntry<"FORBIDDEN">;
}

/**
 * "GROUP_OPERATOR_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#group_operator_not_supported)
 */
export interface GroupOperatorNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "GROUP_OPERATOR_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["GROUP_OPERATOR_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"GROUP_OPERATOR_NOT_SUPPORTED">;
}

/**
 * "HEADER_LIMIT_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#header_limit_exceeded)
 */
export interface HeaderLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "HEADER_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["HEADER_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"HEADER_LIMIT_EXCEEDED">;
}

/**
 * "ID_ALREADY_ACTIVE": data sharing rule is already activated.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_active)
 */
export interface IdAlreadyActiveError extends ZohoCrmKnownErrorBase {
  readonly code: "ID_ALREADY_ACTIVE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ID_ALREADY_ACTIVE"]>;
  readonly entry: CodeEntry<"ID_ALREADY_ACTIVE">;
}

/**
 * "ID_ALREADY_CONVERTED": id already converted
 *
 * HTTP 400, 200, 201, 202 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_converted)
 */
export interface IdAlreadyConvertedError extends ZohoCrmKnownErrorBase {
  readonly code: "ID_ALREADY_CONVERTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ID_ALREADY_CONVERTED"]>;
  readonly entry: CodeEntry<"ID_ALREADY_CONVERTED">;
}

/**
 * "ID_ALREADY_DEACTIVATED": data sharing rule is already deactivated.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_deactivated)
 */
export interface IdAlreadyDeactivatedError extends ZohoCrmKnownErrorBase {
  readonly code: "ID_ALREADY_DEACTIVATED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ID_ALREADY_DEACTIVATED"]>;
  readonly entry: CodeEntry<"ID_ALREADY_DEACTIVATED">;
}

/**
 * "ID_ALREADY_DELETED": User is already deleted
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_deleted)
 */
export interface IdAlreadyDeletedError extends ZohoCrmKnownErrorBase {
  readonly code: "ID_ALREADY_DELETED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ID_ALREADY_DELETED"]>;
  readonly entry: CodeEntry<"ID_ALREADY_DELETED">;
}

/**
 * "INACTIVE_USER": (the vendor documents no message for this code)
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Inactive users cannot access this API. Contact the administrator.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#inactive_user)
 */
export interface InactiveUserError extends ZohoCrmKnownErrorBase {
  readonly code: "INACTIVE_USER";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INACTIVE_USER"]>;
  readonly entry: CodeEntry<"INACTIVE_USER">;
}

/**
 * "INPROGRESS": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#inprogress)
 */
export interface InprogressError extends ZohoCrmKnownErrorBase {
  readonly code: "INPROGRESS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INPROGRESS"]>;
  readonly entry: CodeEntry<"INPROGRESS">;
}

/**
 * "INTERNAL_ERROR": Internal Server Error
 *
 * HTTP 400, 200, 201, 500 · error · retry: after-delay
 *
 * Fix: Contact the Zoho support team.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#internal_error)
 */
export interface InternalErrorError extends ZohoCrmKnownErrorBase {
  readonly code: "INTERNAL_ERROR";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INTERNAL_ERROR"]>;
  readonly entry: CodeEntry<"INTERNAL_ERROR">;
}

/**
 * "INTERNAL_SERVER_ERROR": Internal Server Error
 *
 * HTTP 500, 200, 400 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/server-error.html#internal_server_error)
 */
export interface InternalServerErrorError extends ZohoCrmKnownErrorBase {
  readonly code: "INTERNAL_SERVER_ERROR";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INTERNAL_SERVER_ERROR"]>;
  readonly entry: CodeEntry<"INTERNAL_SERVER_ERROR">;
}

/**
 * "INVALID_ALIAS": alias name cannot be an empty string
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#invalid_alias)
 */
export interface InvalidAliasError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_ALIAS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_ALIAS"]>;
  readonly entry: CodeEntry<"INVALID_ALIAS">;
}

/**
 * "INVALID_BULK_OPERATION": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_bulk_operation)
 */
export interface InvalidBulkOperationError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_BULK_OPERATION";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_BULK_OPERATION"]>;
  readonly entry: CodeEntry<"INVALID_BULK_OPERATION">;
}

/**
 * "INVALID_CALLBACK_METHOD": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_callback_method)
 */
export interface InvalidCallbackMethodError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_CALLBACK_METHOD";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_CALLBACK_METHOD"]>;
  readonly entry: CodeEntry<"INVALID_CALLBACK_METHOD">;
}

/**
 * "INVALID_CALLBACK_URL": Invalid callback URL provided
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_callback_url)
 */
export interface InvalidCallbackUrlError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_CALLBACK_URL";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_CALLBACK_URL"]>;
  readonly entry: CodeEntry<"INVALID_CALLBACK_URL">;
}

/**
 * "INVALID_CRITERIA": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#invalid_criteria)
 */
export interface InvalidCriteriaError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_CRITERIA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_CRITERIA"]>;
  readonly entry: CodeEntry<"INVALID_CRITERIA">;
}

/**
 * "INVALID_DATA": invalid data
 *
 * HTTP 400, 403, 200, 201, 202, 207, 404, 415 · error · retry: never
 *
 * Also HTTP 400: body
 *
 * Also HTTP 400: Ids should be Long value with comma separated
 *
 * Also HTTP 400: Invalid ID
 *
 * Also HTTP 400: Invalid data
 *
 * Also HTTP 400: Module limit exceeded
 *
 * Also HTTP 400: The action given is invalid
 *
 * Also HTTP 400, 207: The id given seems to be invalid
 *
 * Also HTTP 400, 202, 207: record not deleted
 *
 * Also HTTP 400: required field not found
 *
 * Also HTTP 400: the cvid given seems to be invalid
 *
 * Also HTTP 400: the given sharing rule id seems invalid.
 *
 * Also HTTP 400: the id given seems to be invalid or already deleted
 *
 * Also HTTP 400: the module name given seems to be invalid
 *
 * Also HTTP 400: the related id given seems to be invalid
 *
 * Also HTTP 400: the relation name given seems to be invalid
 *
 * Also HTTP 400: the value given is invalid
 *
 * Fix: Validate field formats.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_data)
 */
export interface InvalidDataError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_DATA";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"INVALID_DATA">;
}

/**
 * "INVALID_FIELD": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_field)
 */
export interface InvalidFieldError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_FIELD";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_FIELD"]>;
  readonly entry: CodeEntry<"INVALID_FIELD">;
}

/**
 * "INVALID_FIELD_NAME": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_field_name)
 */
export interface InvalidFieldNameError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_FIELD_NAME";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_FIELD_NAME"]>;
  readonly entry: CodeEntry<"INVALID_FIELD_NAME">;
}

/**
 * "INVALID_FILE_FORMAT": invalid file format. only zip format is supported
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_file_format)
 */
export interface InvalidFileFormatError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_FILE_FORMAT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_FILE_FORMAT"]>;
  readonly entry: CodeEntry<"INVALID_FILE_FORMAT">;
}

/**
 * "INVALID_FILE_ID": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_file_id)
 */
export interface InvalidFileIdError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_FILE_ID";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_FILE_ID"]>;
  readonly entry: CodeEntry<"INVALID_FILE_ID">;
}

/**
 * "INVALID_FORMAT": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_format)
 */
export interface InvalidFormatError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_FORMAT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_FORMAT"]>;
  readonly entry: CodeEntry<"INVALID_FORMAT">;
}

/**
 * "INVALID_HOST": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Use the dedicated domain name of the account's data center, https://www.zohoapis.{dc} (see Multi DC Support).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_host)
 */
export interface InvalidHostError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_HOST";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_HOST"]>;
  readonly entry: CodeEntry<"INVALID_HOST">;
}

/**
 * "INVALID_MODULE": the module name given seems to be invalid
 *
 * HTTP 400, 200, 201, 404 · error · retry: never
 *
 * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_module)
 */
export interface InvalidModuleError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_MODULE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_MODULE"]>;
  readonly entry: CodeEntry<"INVALID_MODULE">;
}

/**
 * "INVALID_QUERY": Invalid query formed
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * Also HTTP 400: Only 100 values are allowed in "IN" criteria
 *
 * Also HTTP 400: the field in restricted in GDPR
 *
 * Also HTTP 400: the field in restricted in Hipaa
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#invalid_query)
 */
export interface InvalidQueryError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_QUERY";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"INVALID_QUERY">;
}

/**
 * "INVALID_REFERENCE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_reference)
 */
export interface InvalidReferenceError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_REFERENCE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_REFERENCE"]>;
  readonly entry: CodeEntry<"INVALID_REFERENCE">;
}

/**
 * "INVALID_REQUEST": unable to process your request. please verify whether you have entered proper method name, parameter and parameter values.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The primary contact of the organization cannot be deleted: delete another user.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request)
 */
export interface InvalidRequestError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_REQUEST";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_REQUEST"]>;
  readonly entry: CodeEntry<"INVALID_REQUEST">;
}

/**
 * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
 *
 * HTTP 400, 200, 201, 404, 403, 405 · error · retry: never
 *
 * Fix: Refer to the corresponding API help document to find the correct request method.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request_method)
 */
export interface InvalidRequestMethodError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_REQUEST_METHOD";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_REQUEST_METHOD"]>;
  readonly entry: CodeEntry<"INVALID_REQUEST_METHOD">;
}

/**
 * "INVALID_SERVICE_NAME": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_service_name)
 */
export interface InvalidServiceNameError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_SERVICE_NAME";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_SERVICE_NAME"]>;
  readonly entry: CodeEntry<"INVALID_SERVICE_NAME">;
}

/**
 * "INVALID_TOKEN": invalid oauth token
 *
 * HTTP 401, 400, 200, 201 · error · retry: after-reauth (refresh)
 *
 * Fix: Refresh access token using the refresh token.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#invalid_token)
 */
export interface InvalidTokenError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_TOKEN";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["INVALID_TOKEN"]>;
  readonly entry: CodeEntry<"INVALID_TOKEN">;
}

/**
 * "INVALID_URL_PATTERN": Please check if the URL trying to access is a correct one
 *
 * HTTP 404, 400, 200, 201 · error · retry: never
 *
 * Also HTTP 400: Please check if the URL trying to access is a correct one.
 *
 * Fix: Refer to the specific API doc to get the correct Request URL (verify endpoint structure in API docs).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/not-found.html#invalid_url_pattern)
 */
export interface InvalidUrlPatternError extends ZohoCrmKnownErrorBase {
  readonly code: "INVALID_URL_PATTERN";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"INVALID_URL_PATTERN">;
}

/**
 * "JOB_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#job_not_supported)
 */
export interface JobNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "JOB_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["JOB_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"JOB_NOT_SUPPORTED">;
}

/**
 * "JOIN_LIMIT_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#join_limit_exceeded)
 */
export interface JoinLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "JOIN_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["JOIN_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"JOIN_LIMIT_EXCEEDED">;
}

/**
 * "JSON_PARSE_ERROR": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#json_parse_error)
 */
export interface JsonParseErrorError extends ZohoCrmKnownErrorBase {
  readonly code: "JSON_PARSE_ERROR";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["JSON_PARSE_ERROR"]>;
  readonly entry: CodeEntry<"JSON_PARSE_ERROR">;
}

/**
 * "LICENSE_LIMIT_EXCEEDED": Request exceeds your license limit. Need to upgrade in order to add a user
 *
 * HTTP 400, 403 · error · retry: never
 *
 * Also HTTP 400: Request exceeds your license limit.
 *
 * Fix: You must upgrade your edition to add more users.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#license_limit_exceeded)
 */
export interface LicenseLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "LICENSE_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"LICENSE_LIMIT_EXCEEDED">;
}

/**
 * "LIMIT_EXCEEDED": required field not found
 *
 * HTTP 400, 200, 201, 403 · error · retry: never
 *
 * Fix: Stay within the limit: a year cannot have more than 52 holidays; for portal users, contact your administrator or support@zohocrm.com to purchase the portal user add-on.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#limit_exceeded)
 */
export interface LimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"LIMIT_EXCEEDED">;
}

/**
 * "LIMIT_REACHED": maximum response iteration limit reached
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#limit_reached)
 */
export interface LimitReachedError extends ZohoCrmKnownErrorBase {
  readonly code: "LIMIT_REACHED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["LIMIT_REACHED"]>;
  readonly entry: CodeEntry<"LIMIT_REACHED">;
}

/**
 * "LOOKUP_LIMIT_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#lookup_limit_exceeded)
 */
export interface LookupLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "LOOKUP_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["LOOKUP_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"LOOKUP_LIMIT_EXCEEDED">;
}

/**
 * "LOOPING_FOUND": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#looping_found)
 */
export interface LoopingFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "LOOPING_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["LOOPING_FOUND"]>;
  readonly entry: CodeEntry<"LOOPING_FOUND">;
}

/**
 * "LOWER_LIMIT_REACHED": Lower limit reached
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#lower_limit_reached)
 */
export interface LowerLimitReachedError extends ZohoCrmKnownErrorBase {
  readonly code: "LOWER_LIMIT_REACHED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["LOWER_LIMIT_REACHED"]>;
  readonly entry: CodeEntry<"LOWER_LIMIT_REACHED">;
}

/**
 * "MANDATORY_FIELDS_NOT_MAPPED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mandatory_fields_not_mapped)
 */
export interface MandatoryFieldsNotMappedError extends ZohoCrmKnownErrorBase {
  readonly code: "MANDATORY_FIELDS_NOT_MAPPED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MANDATORY_FIELDS_NOT_MAPPED"]>;
  readonly entry: CodeEntry<"MANDATORY_FIELDS_NOT_MAPPED">;
}

/**
 * "MANDATORY_NOT_FOUND": required field not found
 *
 * HTTP 400, 404, 200, 201, 202, 207, 403 · error · retry: never
 *
 * Also HTTP 400: expected key is missing
 *
 * Also HTTP 400: invalid data
 *
 * Fix: Include all mandatory fields in the request. The value "true" for the key "system-mandatory" in the Fields metadata API indicates that the field is mandatory; in the CRM UI, check whether Mark as required is enabled for the field in the module builder.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mandatory_not_found)
 */
export interface MandatoryNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "MANDATORY_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"MANDATORY_NOT_FOUND">;
}

/**
 * "MAPPING_ALREADY_EXISTS": The given parent and child fields are already associated in another map dependency in this layout
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Verify that the parent and child field IDs are valid, the dependency does not already exist or create a circular reference, and all required fields in **pick_list_values** are provided.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mapping_already_exists)
 */
export interface MappingAlreadyExistsError extends ZohoCrmKnownErrorBase {
  readonly code: "MAPPING_ALREADY_EXISTS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MAPPING_ALREADY_EXISTS"]>;
  readonly entry: CodeEntry<"MAPPING_ALREADY_EXISTS">;
}

/**
 * "MAPPING_MISMATCH": Pipeline doesn`t contain the Stage
 *
 * HTTP 400, 200, 201, 202 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mapping_mismatch)
 */
export interface MappingMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "MAPPING_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MAPPING_MISMATCH"]>;
  readonly entry: CodeEntry<"MAPPING_MISMATCH">;
}

/**
 * "MAX_RECORDS_LIMIT_REACHED": maximum number of records limit reached
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Keep a check on the data entering and stored in the org's CRM account, plan the data storage requirement, and purchase extra storage if it is needed.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#max_records_limit_reached)
 */
export interface MaxRecordsLimitReachedError extends ZohoCrmKnownErrorBase {
  readonly code: "MAX_RECORDS_LIMIT_REACHED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MAX_RECORDS_LIMIT_REACHED"]>;
  readonly entry: CodeEntry<"MAX_RECORDS_LIMIT_REACHED">;
}

/**
 * "MEDIA_TYPE_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#media_type_not_supported)
 */
export interface MediaTypeNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "MEDIA_TYPE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MEDIA_TYPE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"MEDIA_TYPE_NOT_SUPPORTED">;
}

/**
 * "MINIMUM_DATA_NOT_FOUND": At least one profile needed
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#minimum_data_not_found)
 */
export interface MinimumDataNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "MINIMUM_DATA_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MINIMUM_DATA_NOT_FOUND"]>;
  readonly entry: CodeEntry<"MINIMUM_DATA_NOT_FOUND">;
}

/**
 * "MISSING_REQUIRED_KEY": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#missing_required_key)
 */
export interface MissingRequiredKeyError extends ZohoCrmKnownErrorBase {
  readonly code: "MISSING_REQUIRED_KEY";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MISSING_REQUIRED_KEY"]>;
  readonly entry: CodeEntry<"MISSING_REQUIRED_KEY">;
}

/**
 * "MODULE_NOT_AVAILABLE": (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#module_not_available)
 */
export interface ModuleNotAvailableError extends ZohoCrmKnownErrorBase {
  readonly code: "MODULE_NOT_AVAILABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MODULE_NOT_AVAILABLE"]>;
  readonly entry: CodeEntry<"MODULE_NOT_AVAILABLE">;
}

/**
 * "MODULE_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#module_not_supported)
 */
export interface ModuleNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "MODULE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MODULE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"MODULE_NOT_SUPPORTED">;
}

/**
 * "MULTIPLE_OR_MULTI_ERRORS": Multiple errors in the request
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#multiple_or_multi_errors)
 */
export interface MultipleOrMultiErrorsError extends ZohoCrmKnownErrorBase {
  readonly code: "MULTIPLE_OR_MULTI_ERRORS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["MULTIPLE_OR_MULTI_ERRORS"]>;
  readonly entry: CodeEntry<"MULTIPLE_OR_MULTI_ERRORS">;
}

/**
 * "NOT_ALLOWED": Email Configuration does not exist
 *
 * HTTP 400, 200, 201, 207, 403 · error · retry: never
 *
 * Also HTTP 400: User did not enable custom sharing
 *
 * Also HTTP 400: id already converted
 *
 * Also HTTP 400: status is not allowed in this api
 *
 * Fix: Remove the variable from the places the "details" key lists, then delete it; the Default unsubscribe link cannot be deleted.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_allowed)
 */
export interface NotAllowedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_ALLOWED";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"NOT_ALLOWED">;
}

/**
 * "NOT_APPROVED": id already converted
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_approved)
 */
export interface NotApprovedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_APPROVED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_APPROVED"]>;
  readonly entry: CodeEntry<"NOT_APPROVED">;
}

/**
 * "NOT_FOUND": The requested resource was not found.
 *
 * HTTP 400, 200, 201, 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_found)
 */
export interface NotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_FOUND"]>;
  readonly entry: CodeEntry<"NOT_FOUND">;
}

/**
 * "NOT_MERGED": (the vendor documents no message for this code)
 *
 * HTTP 202, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_merged)
 */
export interface NotMergedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_MERGED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_MERGED"]>;
  readonly entry: CodeEntry<"NOT_MERGED">;
}

/**
 * "NOT_REVIEWED": id already converted
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_reviewed)
 */
export interface NotReviewedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_REVIEWED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_REVIEWED"]>;
  readonly entry: CodeEntry<"NOT_REVIEWED">;
}

/**
 * "NOT_SHARED": Emails are not  shared to the colleagues already
 *
 * HTTP 400, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_shared)
 */
export interface NotSharedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_SHARED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_SHARED"]>;
  readonly entry: CodeEntry<"NOT_SHARED">;
}

/**
 * "NOT_SUBSCRIBED": (the vendor documents no message for this code)
 *
 * HTTP 202 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_subscribed)
 */
export interface NotSubscribedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_SUBSCRIBED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_SUBSCRIBED"]>;
  readonly entry: CodeEntry<"NOT_SUBSCRIBED">;
}

/**
 * "NOT_SUPPORTED": the given module is not supported in api
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_supported)
 */
export interface NotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"NOT_SUPPORTED">;
}

/**
 * "NOT_SUPPORTED_FEATURE": Feature is not supported
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_supported_feature)
 */
export interface NotSupportedFeatureError extends ZohoCrmKnownErrorBase {
  readonly code: "NOT_SUPPORTED_FEATURE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NOT_SUPPORTED_FEATURE"]>;
  readonly entry: CodeEntry<"NOT_SUPPORTED_FEATURE">;
}

/**
 * "NO_CONTENT": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * Fix: Schedule the job first (for audit logs: the Create Export Audit Log API), then ask for its status.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_content)
 */
export interface NoContentError extends ZohoCrmKnownErrorBase {
  readonly code: "NO_CONTENT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NO_CONTENT"]>;
  readonly entry: CodeEntry<"NO_CONTENT">;
}

/**
 * "NO_DATA": there is no data to show
 *
 * HTTP 204 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_data)
 */
export interface NoDataError extends ZohoCrmKnownErrorBase {
  readonly code: "NO_DATA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NO_DATA"]>;
  readonly entry: CodeEntry<"NO_DATA">;
}

/**
 * "NO_PERMISSION": permission denied
 *
 * HTTP 403, 400, 200, 201, 401 · error · retry: never
 *
 * Also HTTP 400, 403: id already converted
 *
 * Also HTTP 400: the user doesn't have permission for that module.
 *
 * Fix: Obtain necessary permission to access the resource: to update the permission to a user's profile, go to Setup > Users and Control > Security Control > Profile, and enable the necessary permissions from the list.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#no_permission)
 */
export interface NoPermissionError extends ZohoCrmKnownErrorBase {
  readonly code: "NO_PERMISSION";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"NO_PERMISSION">;
}

/**
 * "NO_RECORDS_FOUND": no record found to update
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_records_found)
 */
export interface NoRecordsFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "NO_RECORDS_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["NO_RECORDS_FOUND"]>;
  readonly entry: CodeEntry<"NO_RECORDS_FOUND">;
}

/**
 * "Not Modified": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_modified)
 */
export interface NotModifiedError extends ZohoCrmKnownErrorBase {
  readonly code: "Not Modified";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["Not Modified"]>;
  readonly entry: CodeEntry<"Not Modified">;
}

/**
 * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
 *
 * HTTP 401, 400, 200, 201, 403 · error · retry: after-reauth (authorize)
 *
 * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#oauth_scope_mismatch)
 */
export interface OauthScopeMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "OAUTH_SCOPE_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["OAUTH_SCOPE_MISMATCH"]>;
  readonly entry: CodeEntry<"OAUTH_SCOPE_MISMATCH">;
}

/**
 * "PAGE_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#page_not_supported)
 */
export interface PageNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "PAGE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PAGE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"PAGE_NOT_SUPPORTED">;
}

/**
 * "PAGE_RANGE_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#page_range_exceeded)
 */
export interface PageRangeExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "PAGE_RANGE_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PAGE_RANGE_EXCEEDED"]>;
  readonly entry: CodeEntry<"PAGE_RANGE_EXCEEDED">;
}

/**
 * "PAGINATION_LIMIT_EXCEEDED": You can only get upto 100000 records using page_token param
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The request must include all required parameters with valid values.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pagination_limit_exceeded)
 */
export interface PaginationLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "PAGINATION_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PAGINATION_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"PAGINATION_LIMIT_EXCEEDED">;
}

/**
 * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pattern_not_matched)
 */
export interface PatternNotMatchedError extends ZohoCrmKnownErrorBase {
  readonly code: "PATTERN_NOT_MATCHED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PATTERN_NOT_MATCHED"]>;
  readonly entry: CodeEntry<"PATTERN_NOT_MATCHED">;
}

/**
 * "PERMISSION_DENIED": User deletion is not allowed for the org because of CrmKeyValue entry RESTRICT_USER_DELETION_FOR_THE_ORG & deleted users count exceeded 10
 *
 * HTTP 401, 400, 403 · error · retry: never
 *
 * Fix: The user lacks the permission: contact your system administrator.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#permission_denied)
 */
export interface PermissionDeniedError extends ZohoCrmKnownErrorBase {
  readonly code: "PERMISSION_DENIED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PERMISSION_DENIED"]>;
  readonly entry: CodeEntry<"PERMISSION_DENIED">;
}

/**
 * "PROCESSING_STOPPED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#processing_stopped)
 */
export interface ProcessingStoppedError extends ZohoCrmKnownErrorBase {
  readonly code: "PROCESSING_STOPPED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["PROCESSING_STOPPED"]>;
  readonly entry: CodeEntry<"PROCESSING_STOPPED">;
}

/**
 * "QUERY_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#query_not_supported)
 */
export interface QueryNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "QUERY_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["QUERY_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"QUERY_NOT_SUPPORTED">;
}

/**
 * "QUEUED": (the vendor documents no message for this code)
 *
 * HTTP 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#queued)
 */
export interface QueuedError extends ZohoCrmKnownErrorBase {
  readonly code: "QUEUED";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["QUEUED"]>;
  readonly entry: CodeEntry<"QUEUED">;
}

/**
 * "RATE_LIMIT_EXCEEDED": Too many requests. Please try again later.
 *
 * HTTP 429 · error · retry: after-delay
 *
 * Also HTTP 429: API rate limit exceeded. Please retry after some time
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/rate-limit.html#rate_limit_exceeded)
 */
export interface RateLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "RATE_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"RATE_LIMIT_EXCEEDED">;
}

/**
 * "RECORD_IN_BLUEPRINT": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_in_blueprint)
 */
export interface RecordInBlueprintError extends ZohoCrmKnownErrorBase {
  readonly code: "RECORD_IN_BLUEPRINT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RECORD_IN_BLUEPRINT"]>;
  readonly entry: CodeEntry<"RECORD_IN_BLUEPRINT">;
}

/**
 * "RECORD_LIMIT_EXCEEDED": The number of records exceeds the limit
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_limit_exceeded)
 */
export interface RecordLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "RECORD_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RECORD_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"RECORD_LIMIT_EXCEEDED">;
}

/**
 * "RECORD_LOCKED": Sorry, you cannot perform this operation as the record is locked.
 *
 * HTTP 400, 200, 201, 207 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_locked)
 */
export interface RecordLockedError extends ZohoCrmKnownErrorBase {
  readonly code: "RECORD_LOCKED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RECORD_LOCKED"]>;
  readonly entry: CodeEntry<"RECORD_LOCKED">;
}

/**
 * "RECORD_NOT_IN_PROCESS": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_not_in_process)
 */
export interface RecordNotInProcessError extends ZohoCrmKnownErrorBase {
  readonly code: "RECORD_NOT_IN_PROCESS";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RECORD_NOT_IN_PROCESS"]>;
  readonly entry: CodeEntry<"RECORD_NOT_IN_PROCESS">;
}

/**
 * "REQUEST_BODY_IS_EMPTY": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_is_empty)
 */
export interface RequestBodyIsEmptyError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUEST_BODY_IS_EMPTY";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUEST_BODY_IS_EMPTY"]>;
  readonly entry: CodeEntry<"REQUEST_BODY_IS_EMPTY">;
}

/**
 * "REQUEST_BODY_NOT_READABLE": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_not_readable)
 */
export interface RequestBodyNotReadableError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUEST_BODY_NOT_READABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUEST_BODY_NOT_READABLE"]>;
  readonly entry: CodeEntry<"REQUEST_BODY_NOT_READABLE">;
}

/**
 * "REQUEST_BODY_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_not_supported)
 */
export interface RequestBodyNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUEST_BODY_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUEST_BODY_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"REQUEST_BODY_NOT_SUPPORTED">;
}

/**
 * "REQUEST_TIMEOUT": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_timeout)
 */
export interface RequestTimeoutError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUEST_TIMEOUT";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUEST_TIMEOUT"]>;
  readonly entry: CodeEntry<"REQUEST_TIMEOUT">;
}

/**
 * "REQUIRED_DATA_NOT_FOUND": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#required_data_not_found)
 */
export interface RequiredDataNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUIRED_DATA_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["REQUIRED_DATA_NOT_FOUND"]>;
  readonly entry: CodeEntry<"REQUIRED_DATA_NOT_FOUND">;
}

/**
 * "REQUIRED_PARAM_MISSING": One of the expected parameter is missing
 *
 * HTTP 400, 200, 201, 202, 404 · error · retry: never
 *
 * Also HTTP 400: invalid data
 *
 * Fix: Refer to the corresponding API guide for parameters tagged as mandatory.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#required_param_missing)
 */
export interface RequiredParamMissingError extends ZohoCrmKnownErrorBase {
  readonly code: "REQUIRED_PARAM_MISSING";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"REQUIRED_PARAM_MISSING">;
}

/**
 * "RESERVED_KEYWORD_NOT_ALLOWED": The api_name contains a reserved system keyword. Please choose a different name.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#reserved_keyword_not_allowed)
 */
export interface ReservedKeywordNotAllowedError extends ZohoCrmKnownErrorBase {
  readonly code: "RESERVED_KEYWORD_NOT_ALLOWED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RESERVED_KEYWORD_NOT_ALLOWED"]>;
  readonly entry: CodeEntry<"RESERVED_KEYWORD_NOT_ALLOWED">;
}

/**
 * "RESOURCE_NOT_FOUND": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#resource_not_found)
 */
export interface ResourceNotFoundError extends ZohoCrmKnownErrorBase {
  readonly code: "RESOURCE_NOT_FOUND";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["RESOURCE_NOT_FOUND"]>;
  readonly entry: CodeEntry<"RESOURCE_NOT_FOUND">;
}

/**
 * "ROLLBACK_PERFORMED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#rollback_performed)
 */
export interface RollbackPerformedError extends ZohoCrmKnownErrorBase {
  readonly code: "ROLLBACK_PERFORMED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["ROLLBACK_PERFORMED"]>;
  readonly entry: CodeEntry<"ROLLBACK_PERFORMED">;
}

/**
 * "RUNNING": (the vendor documents no message for this code)
 *
 * HTTP 202 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#running)
 */
export interface RunningError extends ZohoCrmKnownErrorBase {
  readonly code: "RUNNING";
  readonly kind: "success";
  readonly params: Partial<ZohoCrmNamedParamsMap["RUNNING"]>;
  readonly entry: CodeEntry<"RUNNING">;
}

/**
 * "SCHEDULED": Mass Convert scheduled successfully
 *
 * HTTP 202, 200, 201, 207 · success · retry: never
 *
 * Also HTTP 202: Org Enrichment scheduled successfully
 *
 * Also HTTP 202: People Enrichment scheduled successfully
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#scheduled)
 */
export interface ScheduledError extends ZohoCrmKnownErrorBase {
  readonly code: "SCHEDULED";
  readonly kind: "success";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"SCHEDULED">;
}

/**
 * "SERVICE_UNAVAILABLE": Service temporarily unavailable. Please try again later
 *
 * HTTP 503, 502 · error · retry: after-delay
 *
 * Also HTTP 502: Service temporarily unavailable
 *
 * Also HTTP 503: Service temporarily unavailable for maintenance
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/server-error.html#service_unavailable)
 */
export interface ServiceUnavailableError extends ZohoCrmKnownErrorBase {
  readonly code: "SERVICE_UNAVAILABLE";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"SERVICE_UNAVAILABLE">;
}

/**
 * "SHARE_LIMIT_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#share_limit_exceeded)
 */
export interface ShareLimitExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "SHARE_LIMIT_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["SHARE_LIMIT_EXCEEDED"]>;
  readonly entry: CodeEntry<"SHARE_LIMIT_EXCEEDED">;
}

/**
 * "STORAGE_SPACE_EXCEEDED": (the vendor documents no message for this code)
 *
 * HTTP 400, 200, 201 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#storage_space_exceeded)
 */
export interface StorageSpaceExceededError extends ZohoCrmKnownErrorBase {
  readonly code: "STORAGE_SPACE_EXCEEDED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["STORAGE_SPACE_EXCEEDED"]>;
  readonly entry: CodeEntry<"STORAGE_SPACE_EXCEEDED">;
}

/**
 * "SUCCESS": record added
 *
 * HTTP 200, 201, 202, 207 · success · retry: never
 *
 * Also HTTP 200: Appointments preferences updated successfully
 *
 * Also HTTP 200, 201: Business Hours saved successfully
 *
 * Also HTTP 200, 201: Holidays created successfully
 *
 * Also HTTP 200, 201: Holidays deleted successfully
 *
 * Also HTTP 200, 201: Holidays updated successfully
 *
 * Also HTTP 200, 201: Photo deleted
 *
 * Also HTTP 200, 201: Profile deleted
 *
 * Also HTTP 200: Sharing Revoked
 *
 * Also HTTP 200, 207: Sharing revoked successfully
 *
 * Also HTTP 200, 201: Successfully removed the subscribe details
 *
 * Also HTTP 200, 207: Successfully shared
 *
 * Also HTTP 200, 201: Successfully subscribed for actions-watch of the given module
 *
 * Also HTTP 200, 201: Successfully un-subscribed from actions-watch
 *
 * Also HTTP 200, 201: Successfully updated the subscribe details
 *
 * Also HTTP 200: The currency created successfully.
 *
 * Also HTTP 200: The currency updated successfully.
 *
 * Also HTTP 200: The fiscal year configuration has been updated successfully
 *
 * Also HTTP 200: The multi-currency feature is enabled and given currency is created as the base currency.
 *
 * Also HTTP 200, 201: The record has been converted successfully
 *
 * Also HTTP 200, 201: Unavailability Hours saved successfully
 *
 * Also HTTP 200: User added
 *
 * Also HTTP 200: User deleted
 *
 * Also HTTP 200: User updated
 *
 * Also HTTP 200: contact role added
 *
 * Also HTTP 200: contact role deleted
 *
 * Also HTTP 200: contact role updated
 *
 * Also HTTP 200: layout deleted
 *
 * Also HTTP 200: layout updated
 *
 * Also HTTP 200: mass delete scheduled successfully
 *
 * Also HTTP 200: mass update scheduled successfully
 *
 * Also HTTP 200: module created
 *
 * Also HTTP 200, 202: owner is successfully updated
 *
 * Also HTTP 200, 201: photo uploaded successfully
 *
 * Also HTTP 200, 201: profile created successfully
 *
 * Also HTTP 200, 201: profile updated successfully
 *
 * Also HTTP 200, 201, 207: record deleted
 *
 * Also HTTP 200: record is deleted
 *
 * Also HTTP 200, 201: record locking configuration created successfully
 *
 * Also HTTP 200, 201: record updated
 *
 * Also HTTP 200: record will be shared successfully
 *
 * Also HTTP 200: relation added
 *
 * Also HTTP 200: relation removed
 *
 * Also HTTP 200, 201: scoring rule created successfully
 *
 * Also HTTP 200, 201: tags created successfully
 *
 * Also HTTP 200, 201: tags deleted successfully
 *
 * Also HTTP 200, 201: tags updated successfully
 *
 * Also HTTP 200, 201: the territories are removed successfully
 *
 * Also HTTP 200, 201: the territories data updated successfully
 *
 * Also HTTP 200: transition updated successfully
 *
 * Also HTTP 200: An Invite has been sent to the personality.
 *
 * Also HTTP 200: Unsubscribe Link deleted successfully
 *
 * Also HTTP 200: Group deleted
 *
 * Also HTTP 200: Given Territory Removed Successfully
 *
 * Also HTTP 200: Status of the user changed successfully.
 *
 * Also HTTP 200: Portal user type deleted successfully.
 *
 * Also HTTP 200: Portal user deleted successfully.
 *
 * Also HTTP 200: User has been transferred successfully
 *
 * Also HTTP 200: shift hours deleted successfully
 *
 * Also HTTP 200: Given User added to the mentioned territory Successfully
 *
 * Also HTTP 200: relation updated
 *
 * Also HTTP 200: Holiday deleted successfully
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#code-success)
 */
export interface SuccessError extends ZohoCrmKnownErrorBase {
  readonly code: "SUCCESS";
  readonly kind: "success";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"SUCCESS">;
}

/**
 * "SYNTAX_ERROR": error occured while parsing the query
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#syntax_error)
 */
export interface SyntaxErrorError extends ZohoCrmKnownErrorBase {
  readonly code: "SYNTAX_ERROR";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["SYNTAX_ERROR"]>;
  readonly entry: CodeEntry<"SYNTAX_ERROR">;
}

/**
 * "TERRITORY_DISABLED": the territory feature is disabled
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: Ensure the Territories feature is active and that your OAuth token includes the required scopes.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#territory_disabled)
 */
export interface TerritoryDisabledError extends ZohoCrmKnownErrorBase {
  readonly code: "TERRITORY_DISABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["TERRITORY_DISABLED"]>;
  readonly entry: CodeEntry<"TERRITORY_DISABLED">;
}

/**
 * "TERRITORY_NOT_ENABLED": the territory feature is not enabled
 *
 * HTTP 400, 200, 201, 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#territory_not_enabled)
 */
export interface TerritoryNotEnabledError extends ZohoCrmKnownErrorBase {
  readonly code: "TERRITORY_NOT_ENABLED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["TERRITORY_NOT_ENABLED"]>;
  readonly entry: CodeEntry<"TERRITORY_NOT_ENABLED">;
}

/**
 * "TOKEN_BOUND_DATA_MISMATCH": The page_token given seems to be invalid or input param is added or altered or deleted
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#token_bound_data_mismatch)
 */
export interface TokenBoundDataMismatchError extends ZohoCrmKnownErrorBase {
  readonly code: "TOKEN_BOUND_DATA_MISMATCH";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["TOKEN_BOUND_DATA_MISMATCH"]>;
  readonly entry: CodeEntry<"TOKEN_BOUND_DATA_MISMATCH">;
}

/**
 * "TOO_MANY_REQUESTS": Rate limit exceeded. Please retry after the specified time.
 *
 * HTTP 429, 400 · error · retry: after-delay
 *
 * Fix: Make calls in accordance with the limits: monitor X-API-CREDITS-REMAINING, prefer bulk inserts/updates (up to 100 records per call) and composite APIs, and space out calls to avoid bursts.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/rate-limit.html#too_many_requests)
 */
export interface TooManyRequestsError extends ZohoCrmKnownErrorBase {
  readonly code: "TOO_MANY_REQUESTS";
  readonly kind: "error";
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
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#unable_to_parse_data_type)
 */
export interface UnableToParseDataTypeError extends ZohoCrmKnownErrorBase {
  readonly code: "UNABLE_TO_PARSE_DATA_TYPE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["UNABLE_TO_PARSE_DATA_TYPE"]>;
  readonly entry: CodeEntry<"UNABLE_TO_PARSE_DATA_TYPE">;
}

/**
 * "UNAPPROVABLE": Cannot add user for CRMPlus account from CRM. Kindly add user through CRMPlus
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#unapprovable)
 */
export interface UnapprovableError extends ZohoCrmKnownErrorBase {
  readonly code: "UNAPPROVABLE";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["UNAPPROVABLE"]>;
  readonly entry: CodeEntry<"UNAPPROVABLE">;
}

/**
 * "UNAUTHORIZED": Authentication required or token invalid.
 *
 * HTTP 401 · error · retry: after-reauth (refresh)
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#unauthorized)
 */
export interface UnauthorizedError extends ZohoCrmKnownErrorBase {
  readonly code: "UNAUTHORIZED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["UNAUTHORIZED"]>;
  readonly entry: CodeEntry<"UNAUTHORIZED">;
}

/**
 * "VALUE_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#value_in_criteria_not_supported)
 */
export interface ValueInCriteriaNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "VALUE_IN_CRITERIA_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["VALUE_IN_CRITERIA_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"VALUE_IN_CRITERIA_NOT_SUPPORTED">;
}

/**
 * "VALUE_LIMIT_EXCEEDED_IN_CRITERIA": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#value_limit_exceeded_in_criteria)
 */
export interface ValueLimitExceededInCriteriaError extends ZohoCrmKnownErrorBase {
  readonly code: "VALUE_LIMIT_EXCEEDED_IN_CRITERIA";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["VALUE_LIMIT_EXCEEDED_IN_CRITERIA"]>;
  readonly entry: CodeEntry<"VALUE_LIMIT_EXCEEDED_IN_CRITERIA">;
}

/**
 * "VALUE_TYPE_NOT_SUPPORTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#value_type_not_supported)
 */
export interface ValueTypeNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "VALUE_TYPE_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["VALUE_TYPE_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"VALUE_TYPE_NOT_SUPPORTED">;
}

/**
 * "VERSION_NOT_SUPPORTED": api version is not supported
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#version_not_supported)
 */
export interface VersionNotSupportedError extends ZohoCrmKnownErrorBase {
  readonly code: "VERSION_NOT_SUPPORTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["VERSION_NOT_SUPPORTED"]>;
  readonly entry: CodeEntry<"VERSION_NOT_SUPPORTED">;
}

/**
 * "VIRUS_DETECTED": (the vendor documents no message for this code)
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#virus_detected)
 */
export interface VirusDetectedError extends ZohoCrmKnownErrorBase {
  readonly code: "VIRUS_DETECTED";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["VIRUS_DETECTED"]>;
  readonly entry: CodeEntry<"VIRUS_DETECTED">;
}

/**
 * "failure_in_attachment_handling": Problem in uploading attachment. kindly upload the file properly
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#failure_in_attachment_handling)
 */
export interface FailureInAttachmentHandlingError extends ZohoCrmKnownErrorBase {
  readonly code: "failure_in_attachment_handling";
  readonly kind: "error";
  readonly params: Partial<ZohoCrmNamedParamsMap["failure_in_attachment_handling"]>;
  readonly entry: CodeEntry<"failure_in_attachment_handling">;
}

/**
 * Every known error of the Zoho CRM REST API, discriminated on `code`.
 */
export type ZohoCrmError =
  | Code202Error
  | ActiveStateLimitExceededError
  | AddedSuccessfullyError
  | AlreadyActivatedError
  | AlreadyCancelledError
  | AlreadyConfiguredError
  | AlreadyDeactivatedError
  | AlreadyEnabledError
  | AlreadyExistsError
  | AlreadyModifiedError
  | AlreadyScheduledError
  | AlreadySharedError
  | AlreadyUsedError
  | AmbiguityDuringProcessingError
  | AmbiguousCriteriaError
  | AmbiguousGroupInCriteriaError
  | ApiNotSupportedError
  | AssociationsExistError
  | AuthenticationFailureError
  | AuthorizationFailedError
  | BackupAlreadyScheduledError
  | BadRequestError
  | BlockedRecordError
  | CallbackFailureError
  | CannotAssignError
  | CannotBeUpdatedError
  | CannotDeleteError
  | CannotDelinkError
  | CannotPerformActionError
  | CannotProcessError
  | CannotRemoveError
  | CannotRestoreWithoutParentError
  | CannotUpdateError
  | CannotUpdateDeletedUserError
  | CoexistenceNotAllowedError
  | ColumnIndexNotFoundError
  | CombinedCriteriaLimitExceededError
  | ComparatorAndEncryptedValueInCriteriaNotCompatibleError
  | ComparatorAndValueInCriteriaNotCompatibleError
  | CompletedError
  | ConcurrentJobLimitExceededError
  | ConflictingDataFoundError
  | ConvertedRecordError
  | CriteriaLimitExceededError
  | CriteriaNotSupportedError
  | CurrenciesNotEnabledError
  | CvidNotSupportedError
  | DailyLimitExceededError
  | DataMismatchError
  | DependentFieldMismatchError
  | DependentFieldMissingError
  | DependentFieldUnchangedError
  | DependentMismatchError
  | DependentParamMissingError
  | DependentServiceErrorError
  | DiscretePaginationLimitExceededError
  | DownloadNotAllowedError
  | DuplicateAliasError
  | DuplicateDataError
  | DuplicateLinkingDataError
  | EmailUpdateNotAllowedError
  | EntityIdInvalidError
  | ExpectedDependentFieldMissingError
  | ExpectedFieldMissingError
  | ExpectedParamMissingError
  | ExpiredValueError
  | FailedError
  | FailureError
  | FeatureDisabledError
  | FeatureNotAvailableError
  | FeatureNotEnabledError
  | FeatureNotSupportedError
  | FeaturePermissionError
  | FieldAndComparatorInCriteriaNotCompatibleError
  | FieldAndValueInCriteriaNotCompatibleError
  | FieldComparatorInCriteriaNotSupportedError
  | FieldInCriteriaNotAvailableError
  | FieldInCriteriaNotSupportedError
  | FieldLimitExceededError
  | FieldNotAvailableError
  | FieldNotSupportedError
  | FieldTypeUnavailableError
  | FileNotFoundError
  | FileNotSupportedError
  | FileResolutionExceedsError
  | FileSizeExceedsError
  | FileSizeMoreThanAllowedSizeError
  | FileTooLargeError
  | FileUploadSuccessError
  | FilterCriteriaNotSatisfiedError
  | ForbiddenError
  | GroupOperatorNotSupportedError
  | HeaderLimitExceededError
  | IdAlreadyActiveError
  | IdAlreadyConvertedError
  | IdAlreadyDeactivatedError
  | IdAlreadyDeletedError
  | InactiveUserError
  | InprogressError
  | InternalErrorError
  | InternalServerErrorError
  | InvalidAliasError
  | InvalidBulkOperationError
  | InvalidCallbackMethodError
  | InvalidCallbackUrlError
  | InvalidCriteriaError
  | InvalidDataError
  | InvalidFieldError
  | InvalidFieldNameError
  | InvalidFileFormatError
  | InvalidFileIdError
  | InvalidFormatError
  | InvalidHostError
  | InvalidModuleError
  | InvalidQueryError
  | InvalidReferenceError
  | InvalidRequestError
  | InvalidRequestMethodError
  | InvalidServiceNameError
  | InvalidTokenError
  | InvalidUrlPatternError
  | JobNotSupportedError
  | JoinLimitExceededError
  | JsonParseErrorError
  | LicenseLimitExceededError
  | LimitExceededError
  | LimitReachedError
  | LookupLimitExceededError
  | LoopingFoundError
  | LowerLimitReachedError
  | MandatoryFieldsNotMappedError
  | MandatoryNotFoundError
  | MappingAlreadyExistsError
  | MappingMismatchError
  | MaxRecordsLimitReachedError
  | MediaTypeNotSupportedError
  | MinimumDataNotFoundError
  | MissingRequiredKeyError
  | ModuleNotAvailableError
  | ModuleNotSupportedError
  | MultipleOrMultiErrorsError
  | NotAllowedError
  | NotApprovedError
  | NotFoundError
  | NotMergedError
  | NotReviewedError
  | NotSharedError
  | NotSubscribedError
  | NotSupportedError
  | NotSupportedFeatureError
  | NoContentError
  | NoDataError
  | NoPermissionError
  | NoRecordsFoundError
  | NotModifiedError
  | OauthScopeMismatchError
  | PageNotSupportedError
  | PageRangeExceededError
  | PaginationLimitExceededError
  | PatternNotMatchedError
  | PermissionDeniedError
  | ProcessingStoppedError
  | QueryNotSupportedError
  | QueuedError
  | RateLimitExceededError
  | RecordInBlueprintError
  | RecordLimitExceededError
  | RecordLockedError
  | RecordNotInProcessError
  | RequestBodyIsEmptyError
  | RequestBodyNotReadableError
  | RequestBodyNotSupportedError
  | RequestTimeoutError
  | RequiredDataNotFoundError
  | RequiredParamMissingError
  | ReservedKeywordNotAllowedError
  | ResourceNotFoundError
  | RollbackPerformedError
  | RunningError
  | ScheduledError
  | ServiceUnavailableError
  | ShareLimitExceededError
  | StorageSpaceExceededError
  | SuccessError
  | SyntaxErrorError
  | TerritoryDisabledError
  | TerritoryNotEnabledError
  | TokenBoundDataMismatchError
  | TooManyRequestsError
  | UnableToParseDataTypeError
  | UnapprovableError
  | UnauthorizedError
  | ValueInCriteriaNotSupportedError
  | ValueLimitExceededInCriteriaError
  | ValueTypeNotSupportedError
  | VersionNotSupportedError
  | VirusDetectedError
  | FailureInAttachmentHandlingError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoCrmUnknownError = ErrcatUnknownError<"zoho-crm", ZohoCrmAnyError>;

/**
 * An entry of a Zoho CRM REST API response: a code the catalog knows (`known: true`) or one it does not.
 */
export type ZohoCrmAnyError = ZohoCrmError | ZohoCrmUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Zoho CRM REST API but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type ZohoCrmResultError =
  | ActiveStateLimitExceededError
  | AlreadyActivatedError
  | AlreadyCancelledError
  | AlreadyConfiguredError
  | AlreadyDeactivatedError
  | AlreadyEnabledError
  | AlreadyExistsError
  | AlreadyModifiedError
  | AlreadyScheduledError
  | AlreadySharedError
  | AlreadyUsedError
  | AmbiguityDuringProcessingError
  | AmbiguousCriteriaError
  | AmbiguousGroupInCriteriaError
  | ApiNotSupportedError
  | AssociationsExistError
  | AuthenticationFailureError
  | AuthorizationFailedError
  | BackupAlreadyScheduledError
  | BadRequestError
  | BlockedRecordError
  | CallbackFailureError
  | CannotAssignError
  | CannotBeUpdatedError
  | CannotDeleteError
  | CannotDelinkError
  | CannotPerformActionError
  | CannotProcessError
  | CannotRemoveError
  | CannotRestoreWithoutParentError
  | CannotUpdateError
  | CannotUpdateDeletedUserError
  | CoexistenceNotAllowedError
  | ColumnIndexNotFoundError
  | CombinedCriteriaLimitExceededError
  | ComparatorAndEncryptedValueInCriteriaNotCompatibleError
  | ComparatorAndValueInCriteriaNotCompatibleError
  | ConcurrentJobLimitExceededError
  | ConflictingDataFoundError
  | ConvertedRecordError
  | CriteriaLimitExceededError
  | CriteriaNotSupportedError
  | CurrenciesNotEnabledError
  | CvidNotSupportedError
  | DailyLimitExceededError
  | DataMismatchError
  | DependentFieldMismatchError
  | DependentFieldMissingError
  | DependentFieldUnchangedError
  | DependentMismatchError
  | DependentParamMissingError
  | DependentServiceErrorError
  | DiscretePaginationLimitExceededError
  | DownloadNotAllowedError
  | DuplicateAliasError
  | DuplicateDataError
  | DuplicateLinkingDataError
  | EmailUpdateNotAllowedError
  | EntityIdInvalidError
  | ExpectedDependentFieldMissingError
  | ExpectedFieldMissingError
  | ExpectedParamMissingError
  | ExpiredValueError
  | FailureError
  | FeatureDisabledError
  | FeatureNotAvailableError
  | FeatureNotEnabledError
  | FeatureNotSupportedError
  | FeaturePermissionError
  | FieldAndComparatorInCriteriaNotCompatibleError
  | FieldAndValueInCriteriaNotCompatibleError
  | FieldComparatorInCriteriaNotSupportedError
  | FieldInCriteriaNotAvailableError
  | FieldInCriteriaNotSupportedError
  | FieldLimitExceededError
  | FieldNotAvailableError
  | FieldNotSupportedError
  | FieldTypeUnavailableError
  | FileNotFoundError
  | FileNotSupportedError
  | FileResolutionExceedsError
  | FileSizeExceedsError
  | FileSizeMoreThanAllowedSizeError
  | FileTooLargeError
  | FilterCriteriaNotSatisfiedError
  | ForbiddenError
  | GroupOperatorNotSupportedError
  | HeaderLimitExceededError
  | IdAlreadyActiveError
  | IdAlreadyConvertedError
  | IdAlreadyDeactivatedError
  | IdAlreadyDeletedError
  | InactiveUserError
  | InprogressError
  | InternalErrorError
  | InternalServerErrorError
  | InvalidAliasError
  | InvalidBulkOperationError
  | InvalidCallbackMethodError
  | InvalidCallbackUrlError
  | InvalidCriteriaError
  | InvalidDataError
  | InvalidFieldError
  | InvalidFieldNameError
  | InvalidFileFormatError
  | InvalidFileIdError
  | InvalidFormatError
  | InvalidHostError
  | InvalidModuleError
  | InvalidQueryError
  | InvalidReferenceError
  | InvalidRequestError
  | InvalidRequestMethodError
  | InvalidServiceNameError
  | InvalidTokenError
  | InvalidUrlPatternError
  | JobNotSupportedError
  | JoinLimitExceededError
  | JsonParseErrorError
  | LicenseLimitExceededError
  | LimitExceededError
  | LimitReachedError
  | LookupLimitExceededError
  | LoopingFoundError
  | LowerLimitReachedError
  | MandatoryFieldsNotMappedError
  | MandatoryNotFoundError
  | MappingAlreadyExistsError
  | MappingMismatchError
  | MaxRecordsLimitReachedError
  | MediaTypeNotSupportedError
  | MinimumDataNotFoundError
  | MissingRequiredKeyError
  | ModuleNotAvailableError
  | ModuleNotSupportedError
  | MultipleOrMultiErrorsError
  | NotAllowedError
  | NotApprovedError
  | NotFoundError
  | NotMergedError
  | NotReviewedError
  | NotSharedError
  | NotSubscribedError
  | NotSupportedError
  | NotSupportedFeatureError
  | NoContentError
  | NoDataError
  | NoPermissionError
  | NoRecordsFoundError
  | NotModifiedError
  | OauthScopeMismatchError
  | PageNotSupportedError
  | PageRangeExceededError
  | PaginationLimitExceededError
  | PatternNotMatchedError
  | PermissionDeniedError
  | ProcessingStoppedError
  | QueryNotSupportedError
  | RateLimitExceededError
  | RecordInBlueprintError
  | RecordLimitExceededError
  | RecordLockedError
  | RecordNotInProcessError
  | RequestBodyIsEmptyError
  | RequestBodyNotReadableError
  | RequestBodyNotSupportedError
  | RequestTimeoutError
  | RequiredDataNotFoundError
  | RequiredParamMissingError
  | ReservedKeywordNotAllowedError
  | ResourceNotFoundError
  | RollbackPerformedError
  | ServiceUnavailableError
  | ShareLimitExceededError
  | StorageSpaceExceededError
  | SyntaxErrorError
  | TerritoryDisabledError
  | TerritoryNotEnabledError
  | TokenBoundDataMismatchError
  | TooManyRequestsError
  | UnableToParseDataTypeError
  | UnapprovableError
  | UnauthorizedError
  | ValueInCriteriaNotSupportedError
  | ValueLimitExceededInCriteriaError
  | ValueTypeNotSupportedError
  | VersionNotSupportedError
  | VirusDetectedError
  | FailureInAttachmentHandlingError
  | ZohoCrmUnknownError;

/**
 * The error type of each code, read by indexed access: `ZohoCrmErrorMap[C]`.
 */
export interface ZohoCrmErrorMap {
  "202": Code202Error;
  ACTIVE_STATE_LIMIT_EXCEEDED: ActiveStateLimitExceededError;
  ADDED_SUCCESSFULLY: AddedSuccessfullyError;
  ALREADY_ACTIVATED: AlreadyActivatedError;
  ALREADY_CANCELLED: AlreadyCancelledError;
  ALREADY_CONFIGURED: AlreadyConfiguredError;
  ALREADY_DEACTIVATED: AlreadyDeactivatedError;
  ALREADY_ENABLED: AlreadyEnabledError;
  ALREADY_EXISTS: AlreadyExistsError;
  ALREADY_MODIFIED: AlreadyModifiedError;
  ALREADY_SCHEDULED: AlreadyScheduledError;
  ALREADY_SHARED: AlreadySharedError;
  ALREADY_USED: AlreadyUsedError;
  AMBIGUITY_DURING_PROCESSING: AmbiguityDuringProcessingError;
  AMBIGUOUS_CRITERIA: AmbiguousCriteriaError;
  AMBIGUOUS_GROUP_IN_CRITERIA: AmbiguousGroupInCriteriaError;
  API_NOT_SUPPORTED: ApiNotSupportedError;
  ASSOCIATIONS_EXIST: AssociationsExistError;
  AUTHENTICATION_FAILURE: AuthenticationFailureError;
  AUTHORIZATION_FAILED: AuthorizationFailedError;
  BACKUP_ALREADY_SCHEDULED: BackupAlreadyScheduledError;
  BAD_REQUEST: BadRequestError;
  BLOCKED_RECORD: BlockedRecordError;
  CALLBACK_FAILURE: CallbackFailureError;
  CANNOT_ASSIGN: CannotAssignError;
  CANNOT_BE_UPDATED: CannotBeUpdatedError;
  CANNOT_DELETE: CannotDeleteError;
  CANNOT_DELINK: CannotDelinkError;
  CANNOT_PERFORM_ACTION: CannotPerformActionError;
  CANNOT_PROCESS: CannotProcessError;
  CANNOT_REMOVE: CannotRemoveError;
  CANNOT_RESTORE_WITHOUT_PARENT: CannotRestoreWithoutParentError;
  CANNOT_UPDATE: CannotUpdateError;
  CANNOT_UPDATE_DELETED_USER: CannotUpdateDeletedUserError;
  COEXISTENCE_NOT_ALLOWED: CoexistenceNotAllowedError;
  COLUMN_INDEX_NOT_FOUND: ColumnIndexNotFoundError;
  COMBINED_CRITERIA_LIMIT_EXCEEDED: CombinedCriteriaLimitExceededError;
  COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE: ComparatorAndEncryptedValueInCriteriaNotCompatibleError;
  COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: ComparatorAndValueInCriteriaNotCompatibleError;
  COMPLETED: CompletedError;
  CONCURRENT_JOB_LIMIT_EXCEEDED: ConcurrentJobLimitExceededError;
  CONFLICTING_DATA_FOUND: ConflictingDataFoundError;
  CONVERTED_RECORD: ConvertedRecordError;
  CRITERIA_LIMIT_EXCEEDED: CriteriaLimitExceededError;
  CRITERIA_NOT_SUPPORTED: CriteriaNotSupportedError;
  CURRENCIES_NOT_ENABLED: CurrenciesNotEnabledError;
  CVID_NOT_SUPPORTED: CvidNotSupportedError;
  DAILY_LIMIT_EXCEEDED: DailyLimitExceededError;
  DATA_MISMATCH: DataMismatchError;
  DEPENDENT_FIELD_MISMATCH: DependentFieldMismatchError;
  DEPENDENT_FIELD_MISSING: DependentFieldMissingError;
  DEPENDENT_FIELD_UNCHANGED: DependentFieldUnchangedError;
  DEPENDENT_MISMATCH: DependentMismatchError;
  DEPENDENT_PARAM_MISSING: DependentParamMissingError;
  DEPENDENT_SERVICE_ERROR: DependentServiceErrorError;
  DISCRETE_PAGINATION_LIMIT_EXCEEDED: DiscretePaginationLimitExceededError;
  DOWNLOAD_NOT_ALLOWED: DownloadNotAllowedError;
  DUPLICATE_ALIAS: DuplicateAliasError;
  DUPLICATE_DATA: DuplicateDataError;
  DUPLICATE_LINKING_DATA: DuplicateLinkingDataError;
  EMAIL_UPDATE_NOT_ALLOWED: EmailUpdateNotAllowedError;
  ENTITY_ID_INVALID: EntityIdInvalidError;
  EXPECTED_DEPENDENT_FIELD_MISSING: ExpectedDependentFieldMissingError;
  EXPECTED_FIELD_MISSING: ExpectedFieldMissingError;
  EXPECTED_PARAM_MISSING: ExpectedParamMissingError;
  EXPIRED_VALUE: ExpiredValueError;
  FAILED: FailedError;
  FAILURE: FailureError;
  FEATURE_DISABLED: FeatureDisabledError;
  FEATURE_NOT_AVAILABLE: FeatureNotAvailableError;
  FEATURE_NOT_ENABLED: FeatureNotEnabledError;
  FEATURE_NOT_SUPPORTED: FeatureNotSupportedError;
  FEATURE_PERMISSION: FeaturePermissionError;
  FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE: FieldAndComparatorInCriteriaNotCompatibleError;
  FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: FieldAndValueInCriteriaNotCompatibleError;
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED: FieldComparatorInCriteriaNotSupportedError;
  FIELD_IN_CRITERIA_NOT_AVAILABLE: FieldInCriteriaNotAvailableError;
  FIELD_IN_CRITERIA_NOT_SUPPORTED: FieldInCriteriaNotSupportedError;
  FIELD_LIMIT_EXCEEDED: FieldLimitExceededError;
  FIELD_NOT_AVAILABLE: FieldNotAvailableError;
  FIELD_NOT_SUPPORTED: FieldNotSupportedError;
  FIELD_TYPE_UNAVAILABLE: FieldTypeUnavailableError;
  FILE_NOT_FOUND: FileNotFoundError;
  FILE_NOT_SUPPORTED: FileNotSupportedError;
  FILE_RESOLUTION_EXCEEDS: FileResolutionExceedsError;
  FILE_SIZE_EXCEEDS: FileSizeExceedsError;
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE: FileSizeMoreThanAllowedSizeError;
  FILE_TOO_LARGE: FileTooLargeError;
  FILE_UPLOAD_SUCCESS: FileUploadSuccessError;
  FILTER_CRITERIA_NOT_SATISFIED: FilterCriteriaNotSatisfiedError;
  FORBIDDEN: ForbiddenError;
  GROUP_OPERATOR_NOT_SUPPORTED: GroupOperatorNotSupportedError;
  HEADER_LIMIT_EXCEEDED: HeaderLimitExceededError;
  ID_ALREADY_ACTIVE: IdAlreadyActiveError;
  ID_ALREADY_CONVERTED: IdAlreadyConvertedError;
  ID_ALREADY_DEACTIVATED: IdAlreadyDeactivatedError;
  ID_ALREADY_DELETED: IdAlreadyDeletedError;
  INACTIVE_USER: InactiveUserError;
  INPROGRESS: InprogressError;
  INTERNAL_ERROR: InternalErrorError;
  INTERNAL_SERVER_ERROR: InternalServerErrorError;
  INVALID_ALIAS: InvalidAliasError;
  INVALID_BULK_OPERATION: InvalidBulkOperationError;
  INVALID_CALLBACK_METHOD: InvalidCallbackMethodError;
  INVALID_CALLBACK_URL: InvalidCallbackUrlError;
  INVALID_CRITERIA: InvalidCriteriaError;
  INVALID_DATA: InvalidDataError;
  INVALID_FIELD: InvalidFieldError;
  INVALID_FIELD_NAME: InvalidFieldNameError;
  INVALID_FILE_FORMAT: InvalidFileFormatError;
  INVALID_FILE_ID: InvalidFileIdError;
  INVALID_FORMAT: InvalidFormatError;
  INVALID_HOST: InvalidHostError;
  INVALID_MODULE: InvalidModuleError;
  INVALID_QUERY: InvalidQueryError;
  INVALID_REFERENCE: InvalidReferenceError;
  INVALID_REQUEST: InvalidRequestError;
  INVALID_REQUEST_METHOD: InvalidRequestMethodError;
  INVALID_SERVICE_NAME: InvalidServiceNameError;
  INVALID_TOKEN: InvalidTokenError;
  INVALID_URL_PATTERN: InvalidUrlPatternError;
  JOB_NOT_SUPPORTED: JobNotSupportedError;
  JOIN_LIMIT_EXCEEDED: JoinLimitExceededError;
  JSON_PARSE_ERROR: JsonParseErrorError;
  LICENSE_LIMIT_EXCEEDED: LicenseLimitExceededError;
  LIMIT_EXCEEDED: LimitExceededError;
  LIMIT_REACHED: LimitReachedError;
  LOOKUP_LIMIT_EXCEEDED: LookupLimitExceededError;
  LOOPING_FOUND: LoopingFoundError;
  LOWER_LIMIT_REACHED: LowerLimitReachedError;
  MANDATORY_FIELDS_NOT_MAPPED: MandatoryFieldsNotMappedError;
  MANDATORY_NOT_FOUND: MandatoryNotFoundError;
  MAPPING_ALREADY_EXISTS: MappingAlreadyExistsError;
  MAPPING_MISMATCH: MappingMismatchError;
  MAX_RECORDS_LIMIT_REACHED: MaxRecordsLimitReachedError;
  MEDIA_TYPE_NOT_SUPPORTED: MediaTypeNotSupportedError;
  MINIMUM_DATA_NOT_FOUND: MinimumDataNotFoundError;
  MISSING_REQUIRED_KEY: MissingRequiredKeyError;
  MODULE_NOT_AVAILABLE: ModuleNotAvailableError;
  MODULE_NOT_SUPPORTED: ModuleNotSupportedError;
  MULTIPLE_OR_MULTI_ERRORS: MultipleOrMultiErrorsError;
  NOT_ALLOWED: NotAllowedError;
  NOT_APPROVED: NotApprovedError;
  NOT_FOUND: NotFoundError;
  NOT_MERGED: NotMergedError;
  NOT_REVIEWED: NotReviewedError;
  NOT_SHARED: NotSharedError;
  NOT_SUBSCRIBED: NotSubscribedError;
  NOT_SUPPORTED: NotSupportedError;
  NOT_SUPPORTED_FEATURE: NotSupportedFeatureError;
  NO_CONTENT: NoContentError;
  NO_DATA: NoDataError;
  NO_PERMISSION: NoPermissionError;
  NO_RECORDS_FOUND: NoRecordsFoundError;
  "Not Modified": NotModifiedError;
  OAUTH_SCOPE_MISMATCH: OauthScopeMismatchError;
  PAGE_NOT_SUPPORTED: PageNotSupportedError;
  PAGE_RANGE_EXCEEDED: PageRangeExceededError;
  PAGINATION_LIMIT_EXCEEDED: PaginationLimitExceededError;
  PATTERN_NOT_MATCHED: PatternNotMatchedError;
  PERMISSION_DENIED: PermissionDeniedError;
  PROCESSING_STOPPED: ProcessingStoppedError;
  QUERY_NOT_SUPPORTED: QueryNotSupportedError;
  QUEUED: QueuedError;
  RATE_LIMIT_EXCEEDED: RateLimitExceededError;
  RECORD_IN_BLUEPRINT: RecordInBlueprintError;
  RECORD_LIMIT_EXCEEDED: RecordLimitExceededError;
  RECORD_LOCKED: RecordLockedError;
  RECORD_NOT_IN_PROCESS: RecordNotInProcessError;
  REQUEST_BODY_IS_EMPTY: RequestBodyIsEmptyError;
  REQUEST_BODY_NOT_READABLE: RequestBodyNotReadableError;
  REQUEST_BODY_NOT_SUPPORTED: RequestBodyNotSupportedError;
  REQUEST_TIMEOUT: RequestTimeoutError;
  REQUIRED_DATA_NOT_FOUND: RequiredDataNotFoundError;
  REQUIRED_PARAM_MISSING: RequiredParamMissingError;
  RESERVED_KEYWORD_NOT_ALLOWED: ReservedKeywordNotAllowedError;
  RESOURCE_NOT_FOUND: ResourceNotFoundError;
  ROLLBACK_PERFORMED: RollbackPerformedError;
  RUNNING: RunningError;
  SCHEDULED: ScheduledError;
  SERVICE_UNAVAILABLE: ServiceUnavailableError;
  SHARE_LIMIT_EXCEEDED: ShareLimitExceededError;
  STORAGE_SPACE_EXCEEDED: StorageSpaceExceededError;
  SUCCESS: SuccessError;
  SYNTAX_ERROR: SyntaxErrorError;
  TERRITORY_DISABLED: TerritoryDisabledError;
  TERRITORY_NOT_ENABLED: TerritoryNotEnabledError;
  TOKEN_BOUND_DATA_MISMATCH: TokenBoundDataMismatchError;
  TOO_MANY_REQUESTS: TooManyRequestsError;
  UNABLE_TO_PARSE_DATA_TYPE: UnableToParseDataTypeError;
  UNAPPROVABLE: UnapprovableError;
  UNAUTHORIZED: UnauthorizedError;
  VALUE_IN_CRITERIA_NOT_SUPPORTED: ValueInCriteriaNotSupportedError;
  VALUE_LIMIT_EXCEEDED_IN_CRITERIA: ValueLimitExceededInCriteriaError;
  VALUE_TYPE_NOT_SUPPORTED: ValueTypeNotSupportedError;
  VERSION_NOT_SUPPORTED: VersionNotSupportedError;
  VIRUS_DETECTED: VirusDetectedError;
  failure_in_attachment_handling: FailureInAttachmentHandlingError;
}

export type { ZohoCrmCode };
