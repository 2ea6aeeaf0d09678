// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoCrmDetailsMap[C]`.
 */
export interface ZohoCrmDetailsMap {
  AUTHENTICATION_FAILURE: AuthenticationFailureDetails
  DUPLICATE_DATA: DuplicateDataDetails
  FEATURE_NOT_SUPPORTED: FeatureNotSupportedDetails
  INVALID_DATA: InvalidDataDetails
  INVALID_MODULE: InvalidModuleDetails
  INVALID_REQUEST_METHOD: InvalidRequestMethodDetails
  INVALID_TOKEN: InvalidTokenDetails
  INVALID_URL_PATTERN: InvalidUrlPatternDetails
  LICENSE_LIMIT_EXCEEDED: LicenseLimitExceededDetails
  MANDATORY_NOT_FOUND: MandatoryNotFoundDetails
  NO_PERMISSION: NoPermissionDetails
  OAUTH_SCOPE_MISMATCH: OauthScopeMismatchDetails
  PATTERN_NOT_MATCHED: PatternNotMatchedDetails
  REQUIRED_PARAM_MISSING: RequiredParamMissingDetails
  SUCCESS: SuccessDetails
  TOO_MANY_REQUESTS: ZohoCrmUntypedDetails
  UNABLE_TO_PARSE_DATA_TYPE: UnableToParseDataTypeDetails
}
export interface AuthenticationFailureDetails {
  [k: string]: unknown
}
export interface DuplicateDataDetails {
  /**
   * API name of the unique field whose value already exists in another record.
   */
  api_name: string
  /**
   * ID of the existing record that already holds the value.
   */
  id: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Values the API accepts for the field or parameter.
   */
  supported_values?: string[]
}
export interface FeatureNotSupportedDetails {
  [k: string]: unknown
}
export interface InvalidDataDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Data type the API expected for the value (e.g. jsonobject).
   */
  expected_data_type?: string
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
  /**
   * Index of the offending element in the request.
   */
  index?: number
  /**
   * ID of the job the error refers to (bulk and scheduled operations).
   */
  job_id?: {
    [k: string]: unknown
  }
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: {
    [k: string]: unknown
  }
  /**
   * Maximum allowed length of the value.
   */
  maximum_length?: number
  /**
   * Minimum required length of the value.
   */
  minimum_length?: number
  /**
   * Status of the record owner, when the API reports it as the reason.
   */
  owner_status?: {
    [k: string]: unknown
  }
  /**
   * Name of the request parameter the error refers to.
   */
  param?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
  /**
   * Reason for the error, when the API reports one.
   */
  reason?: string
  /**
   * Regular expression the value must match.
   */
  regex?: string
  /**
   * Status of the related resource, when the API reports it as the reason.
   */
  related_status?: {
    [k: string]: unknown
  }
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
  /**
   * Values the API accepts for the field or parameter.
   */
  supported_values?: string[]
}
export interface InvalidModuleDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Name of the request parameter the error refers to.
   */
  param?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface InvalidRequestMethodDetails {
  [k: string]: unknown
}
export interface InvalidTokenDetails {
  [k: string]: unknown
}
export interface InvalidUrlPatternDetails {
  [k: string]: unknown
}
export interface LicenseLimitExceededDetails {
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: {
    [k: string]: unknown
  }
}
export interface MandatoryNotFoundDetails {
  /**
   * API name of the mandatory field (or key) missing from the input.
   */
  api_name: string
  /**
   * Data type the API expected for the value (e.g. jsonobject).
   */
  expected_data_type?: string
  /**
   * Index of the offending element in the request.
   */
  index?: number
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
  /**
   * API name of the parent field (subforms, lookups, line items) containing the offending field.
   */
  parent_api_name?: string
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
  /**
   * Values the API accepts for the field or parameter.
   */
  supported_values?: string[]
}
export interface NoPermissionDetails {
  /**
   * Permissions the user lacks (e.g. Crm_Implied_View_Leads).
   */
  permissions: string[]
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface OauthScopeMismatchDetails {
  [k: string]: unknown
}
export interface PatternNotMatchedDetails {
  /**
   * Name of the parameter (or field) whose value is not allowed.
   */
  api_name: string
}
export interface RequiredParamMissingDetails {
  /**
   * Name of the mandatory parameter that is missing.
   */
  param: string
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
}
export interface SuccessDetails {
  /**
   * ID of the record or resource that was created, updated or deleted.
   */
  id?: string
  /**
   * When the record was created (ISO 8601 date-time).
   */
  Created_Time?: string
  /**
   * When the record was last modified (ISO 8601 date-time).
   */
  Modified_Time?: string
  /**
   * User who created the record (name and id).
   */
  Created_By?: {

  }
  /**
   * User who last modified the record (name and id).
   */
  Modified_By?: {

  }
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoCrmUntypedDetails {
  [k: string]: unknown
}
export interface UnableToParseDataTypeDetails {
  [k: string]: unknown
}
