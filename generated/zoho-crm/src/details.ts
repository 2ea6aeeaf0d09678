// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `ZohoCrmDetailsMap[C]`.
 */
export interface ZohoCrmDetailsMap {
  "202": Code202Details
  ACTIVE_STATE_LIMIT_EXCEEDED: ActiveStateLimitExceededDetails
  ADDED_SUCCESSFULLY: AddedSuccessfullyDetails
  ALREADY_ACTIVATED: ZohoCrmUntypedDetails
  ALREADY_CANCELLED: AlreadyCancelledDetails
  ALREADY_CONFIGURED: AlreadyConfiguredDetails
  ALREADY_DEACTIVATED: AlreadyDeactivatedDetails
  ALREADY_ENABLED: AlreadyEnabledDetails
  ALREADY_EXISTS: ZohoCrmUntypedDetails
  ALREADY_MODIFIED: AlreadyModifiedDetails
  ALREADY_SCHEDULED: AlreadyScheduledDetails
  ALREADY_SHARED: AlreadySharedDetails
  ALREADY_USED: AlreadyUsedDetails
  AMBIGUITY_DURING_PROCESSING: AmbiguityDuringProcessingDetails
  AMBIGUOUS_CRITERIA: AmbiguousCriteriaDetails
  AMBIGUOUS_GROUP_IN_CRITERIA: AmbiguousGroupInCriteriaDetails
  API_NOT_SUPPORTED: ApiNotSupportedDetails
  ASSOCIATIONS_EXIST: AssociationsExistDetails
  AUTHENTICATION_FAILURE: AuthenticationFailureDetails
  AUTHORIZATION_FAILED: AuthorizationFailedDetails
  BACKUP_ALREADY_SCHEDULED: BackupAlreadyScheduledDetails
  BAD_REQUEST: BadRequestDetails
  BLOCKED_RECORD: BlockedRecordDetails
  CALLBACK_FAILURE: CallbackFailureDetails
  CANNOT_ASSIGN: CannotAssignDetails
  CANNOT_BE_UPDATED: CannotBeUpdatedDetails
  CANNOT_DELETE: CannotDeleteDetails
  CANNOT_DELINK: ZohoCrmUntypedDetails
  CANNOT_PERFORM_ACTION: CannotPerformActionDetails
  CANNOT_PROCESS: CannotProcessDetails
  CANNOT_REMOVE: CannotRemoveDetails
  CANNOT_RESTORE_WITHOUT_PARENT: CannotRestoreWithoutParentDetails
  CANNOT_UPDATE: CannotUpdateDetails
  CANNOT_UPDATE_DELETED_USER: CannotUpdateDeletedUserDetails
  COEXISTENCE_NOT_ALLOWED: CoexistenceNotAllowedDetails
  COLUMN_INDEX_NOT_FOUND: ColumnIndexNotFoundDetails
  COMBINED_CRITERIA_LIMIT_EXCEEDED: CombinedCriteriaLimitExceededDetails
  COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE: ComparatorAndEncryptedValueInCriteriaNotCompatibleDetails
  COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: ComparatorAndValueInCriteriaNotCompatibleDetails
  COMPLETED: CompletedDetails
  CONCURRENT_JOB_LIMIT_EXCEEDED: ConcurrentJobLimitExceededDetails
  CONFLICTING_DATA_FOUND: ConflictingDataFoundDetails
  CONVERTED_RECORD: ConvertedRecordDetails
  CRITERIA_LIMIT_EXCEEDED: CriteriaLimitExceededDetails
  CRITERIA_NOT_SUPPORTED: CriteriaNotSupportedDetails
  CURRENCIES_NOT_ENABLED: CurrenciesNotEnabledDetails
  CVID_NOT_SUPPORTED: CvidNotSupportedDetails
  DAILY_LIMIT_EXCEEDED: DailyLimitExceededDetails
  DATA_MISMATCH: DataMismatchDetails
  DEPENDENT_FIELD_MISMATCH: DependentFieldMismatchDetails
  DEPENDENT_FIELD_MISSING: DependentFieldMissingDetails
  DEPENDENT_FIELD_UNCHANGED: DependentFieldUnchangedDetails
  DEPENDENT_MISMATCH: DependentMismatchDetails
  DEPENDENT_PARAM_MISSING: DependentParamMissingDetails
  DEPENDENT_SERVICE_ERROR: DependentServiceErrorDetails
  DISCRETE_PAGINATION_LIMIT_EXCEEDED: DiscretePaginationLimitExceededDetails
  DOWNLOAD_NOT_ALLOWED: DownloadNotAllowedDetails
  DUPLICATE_ALIAS: DuplicateAliasDetails
  DUPLICATE_DATA: DuplicateDataDetails
  DUPLICATE_LINKING_DATA: DuplicateLinkingDataDetails
  EMAIL_UPDATE_NOT_ALLOWED: EmailUpdateNotAllowedDetails
  ENTITY_ID_INVALID: EntityIdInvalidDetails
  EXPECTED_DEPENDENT_FIELD_MISSING: ExpectedDependentFieldMissingDetails
  EXPECTED_FIELD_MISSING: ExpectedFieldMissingDetails
  EXPECTED_PARAM_MISSING: ExpectedParamMissingDetails
  EXPIRED_VALUE: ExpiredValueDetails
  FAILED: FailedDetails
  FAILURE: FailureDetails
  FEATURE_DISABLED: FeatureDisabledDetails
  FEATURE_NOT_AVAILABLE: FeatureNotAvailableDetails
  FEATURE_NOT_ENABLED: FeatureNotEnabledDetails
  FEATURE_NOT_SUPPORTED: FeatureNotSupportedDetails
  FEATURE_PERMISSION: FeaturePermissionDetails
  FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE: FieldAndComparatorInCriteriaNotCompatibleDetails
  FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE: FieldAndValueInCriteriaNotCompatibleDetails
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED: FieldComparatorInCriteriaNotSupportedDetails
  FIELD_IN_CRITERIA_NOT_AVAILABLE: FieldInCriteriaNotAvailableDetails
  FIELD_IN_CRITERIA_NOT_SUPPORTED: FieldInCriteriaNotSupportedDetails
  FIELD_LIMIT_EXCEEDED: FieldLimitExceededDetails
  FIELD_NOT_AVAILABLE: FieldNotAvailableDetails
  FIELD_NOT_SUPPORTED: FieldNotSupportedDetails
  FIELD_TYPE_UNAVAILABLE: FieldTypeUnavailableDetails
  FILE_NOT_FOUND: FileNotFoundDetails
  FILE_NOT_SUPPORTED: FileNotSupportedDetails
  FILE_RESOLUTION_EXCEEDS: FileResolutionExceedsDetails
  FILE_SIZE_EXCEEDS: FileSizeExceedsDetails
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE: FileSizeMoreThanAllowedSizeDetails
  FILE_TOO_LARGE: FileTooLargeDetails
  FILE_UPLOAD_SUCCESS: FileUploadSuccessDetails
  FILTER_CRITERIA_NOT_SATISFIED: FilterCriteriaNotSatisfiedDetails
  FORBIDDEN: ForbiddenDetails
  GROUP_OPERATOR_NOT_SUPPORTED: GroupOperatorNotSupportedDetails
  HEADER_LIMIT_EXCEEDED: HeaderLimitExceededDetails
  ID_ALREADY_ACTIVE: IdAlreadyActiveDetails
  ID_ALREADY_CONVERTED: IdAlreadyConvertedDetails
  ID_ALREADY_DEACTIVATED: IdAlreadyDeactivatedDetails
  ID_ALREADY_DELETED: IdAlreadyDeletedDetails
  INACTIVE_USER: ZohoCrmUntypedDetails
  INPROGRESS: InprogressDetails
  INTERNAL_ERROR: InternalErrorDetails
  INTERNAL_SERVER_ERROR: InternalServerErrorDetails
  INVALID_ALIAS: InvalidAliasDetails
  INVALID_BULK_OPERATION: InvalidBulkOperationDetails
  INVALID_CALLBACK_METHOD: InvalidCallbackMethodDetails
  INVALID_CALLBACK_URL: InvalidCallbackUrlDetails
  INVALID_CRITERIA: InvalidCriteriaDetails
  INVALID_DATA: InvalidDataDetails
  INVALID_FIELD: InvalidFieldDetails
  INVALID_FIELD_NAME: InvalidFieldNameDetails
  INVALID_FILE_FORMAT: InvalidFileFormatDetails
  INVALID_FILE_ID: InvalidFileIdDetails
  INVALID_FORMAT: InvalidFormatDetails
  INVALID_HOST: InvalidHostDetails
  INVALID_MODULE: InvalidModuleDetails
  INVALID_QUERY: InvalidQueryDetails
  INVALID_REFERENCE: InvalidReferenceDetails
  INVALID_REQUEST: InvalidRequestDetails
  INVALID_REQUEST_METHOD: InvalidRequestMethodDetails
  INVALID_SERVICE_NAME: InvalidServiceNameDetails
  INVALID_TOKEN: InvalidTokenDetails
  INVALID_URL_PATTERN: InvalidUrlPatternDetails
  JOB_NOT_SUPPORTED: JobNotSupportedDetails
  JOIN_LIMIT_EXCEEDED: JoinLimitExceededDetails
  JSON_PARSE_ERROR: JsonParseErrorDetails
  LICENSE_LIMIT_EXCEEDED: LicenseLimitExceededDetails
  LIMIT_EXCEEDED: LimitExceededDetails
  LIMIT_REACHED: LimitReachedDetails
  LOOKUP_LIMIT_EXCEEDED: LookupLimitExceededDetails
  LOOPING_FOUND: LoopingFoundDetails
  LOWER_LIMIT_REACHED: LowerLimitReachedDetails
  MANDATORY_FIELDS_NOT_MAPPED: MandatoryFieldsNotMappedDetails
  MANDATORY_NOT_FOUND: MandatoryNotFoundDetails
  MAPPING_ALREADY_EXISTS: MappingAlreadyExistsDetails
  MAPPING_MISMATCH: MappingMismatchDetails
  MAX_RECORDS_LIMIT_REACHED: MaxRecordsLimitReachedDetails
  MEDIA_TYPE_NOT_SUPPORTED: MediaTypeNotSupportedDetails
  MINIMUM_DATA_NOT_FOUND: MinimumDataNotFoundDetails
  MISSING_REQUIRED_KEY: MissingRequiredKeyDetails
  MODULE_NOT_AVAILABLE: ModuleNotAvailableDetails
  MODULE_NOT_SUPPORTED: ModuleNotSupportedDetails
  MULTIPLE_OR_MULTI_ERRORS: MultipleOrMultiErrorsDetails
  NOT_ALLOWED: NotAllowedDetails
  NOT_APPROVED: NotApprovedDetails
  NOT_FOUND: NotFoundDetails
  NOT_MERGED: NotMergedDetails
  NOT_REVIEWED: NotReviewedDetails
  NOT_SHARED: NotSharedDetails
  NOT_SUBSCRIBED: NotSubscribedDetails
  NOT_SUPPORTED: NotSupportedDetails
  NOT_SUPPORTED_FEATURE: NotSupportedFeatureDetails
  NO_CONTENT: NoContentDetails
  NO_DATA: NoDataDetails
  NO_PERMISSION: NoPermissionDetails
  NO_RECORDS_FOUND: NoRecordsFoundDetails
  "Not Modified": NotModifiedDetails
  OAUTH_SCOPE_MISMATCH: OauthScopeMismatchDetails
  PAGE_NOT_SUPPORTED: PageNotSupportedDetails
  PAGE_RANGE_EXCEEDED: PageRangeExceededDetails
  PAGINATION_LIMIT_EXCEEDED: PaginationLimitExceededDetails
  PATTERN_NOT_MATCHED: PatternNotMatchedDetails
  PERMISSION_DENIED: ZohoCrmUntypedDetails
  PROCESSING_STOPPED: ProcessingStoppedDetails
  QUERY_NOT_SUPPORTED: QueryNotSupportedDetails
  QUEUED: QueuedDetails
  RATE_LIMIT_EXCEEDED: RateLimitExceededDetails
  RECORD_IN_BLUEPRINT: RecordInBlueprintDetails
  RECORD_LIMIT_EXCEEDED: RecordLimitExceededDetails
  RECORD_LOCKED: RecordLockedDetails
  RECORD_NOT_IN_PROCESS: RecordNotInProcessDetails
  REQUEST_BODY_IS_EMPTY: RequestBodyIsEmptyDetails
  REQUEST_BODY_NOT_READABLE: RequestBodyNotReadableDetails
  REQUEST_BODY_NOT_SUPPORTED: RequestBodyNotSupportedDetails
  REQUEST_TIMEOUT: RequestTimeoutDetails
  REQUIRED_DATA_NOT_FOUND: RequiredDataNotFoundDetails
  REQUIRED_PARAM_MISSING: RequiredParamMissingDetails
  RESERVED_KEYWORD_NOT_ALLOWED: ReservedKeywordNotAllowedDetails
  RESOURCE_NOT_FOUND: ResourceNotFoundDetails
  ROLLBACK_PERFORMED: RollbackPerformedDetails
  RUNNING: RunningDetails
  SCHEDULED: ScheduledDetails
  SERVICE_UNAVAILABLE: ServiceUnavailableDetails
  SHARE_LIMIT_EXCEEDED: ShareLimitExceededDetails
  STORAGE_SPACE_EXCEEDED: StorageSpaceExceededDetails
  SUCCESS: SuccessDetails
  SYNTAX_ERROR: SyntaxErrorDetails
  TERRITORY_DISABLED: TerritoryDisabledDetails
  TERRITORY_NOT_ENABLED: TerritoryNotEnabledDetails
  TOKEN_BOUND_DATA_MISMATCH: TokenBoundDataMismatchDetails
  TOO_MANY_REQUESTS: ZohoCrmUntypedDetails
  UNABLE_TO_PARSE_DATA_TYPE: UnableToParseDataTypeDetails
  UNAPPROVABLE: UnapprovableDetails
  UNAUTHORIZED: UnauthorizedDetails
  VALUE_IN_CRITERIA_NOT_SUPPORTED: ValueInCriteriaNotSupportedDetails
  VALUE_LIMIT_EXCEEDED_IN_CRITERIA: ValueLimitExceededInCriteriaDetails
  VALUE_TYPE_NOT_SUPPORTED: ValueTypeNotSupportedDetails
  VERSION_NOT_SUPPORTED: VersionNotSupportedDetails
  VIRUS_DETECTED: VirusDetectedDetails
  failure_in_attachment_handling: FailureInAttachmentHandlingDetails
}
export interface Code202Details {
  [k: string]: unknown
}
export interface ActiveStateLimitExceededDetails {
  [k: string]: unknown
}
export interface AddedSuccessfullyDetails {
  created_by?: {
    [k: string]: unknown
  }
  created_time?: string
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
  operation?: string
  state?: string
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface ZohoCrmUntypedDetails {
  [k: string]: unknown
}
export interface AlreadyCancelledDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface AlreadyConfiguredDetails {
  [k: string]: unknown
}
export interface AlreadyDeactivatedDetails {
  [k: string]: unknown
}
export interface AlreadyEnabledDetails {
  [k: string]: unknown
}
export interface AlreadyModifiedDetails {
  [k: string]: unknown
}
export interface AlreadyScheduledDetails {
  [k: string]: unknown
}
export interface AlreadySharedDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface AlreadyUsedDetails {
  [k: string]: unknown
}
export interface AmbiguityDuringProcessingDetails {
  ambiguity_due_to?: {
    [k: string]: unknown
  }[]
}
export interface AmbiguousCriteriaDetails {
  [k: string]: unknown
}
export interface AmbiguousGroupInCriteriaDetails {
  [k: string]: unknown
}
export interface ApiNotSupportedDetails {
  supported_version?: number
}
export interface AssociationsExistDetails {
  [k: string]: unknown
}
export interface AuthenticationFailureDetails {
  [k: string]: unknown
}
export interface AuthorizationFailedDetails {
  [k: string]: unknown
}
export interface BackupAlreadyScheduledDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface BadRequestDetails {
  [k: string]: unknown
}
export interface BlockedRecordDetails {
  [k: string]: unknown
}
export interface CallbackFailureDetails {
  [k: string]: unknown
}
export interface CannotAssignDetails {
  [k: string]: unknown
}
export interface CannotBeUpdatedDetails {
  [k: string]: unknown
}
export interface CannotDeleteDetails {
  [k: string]: unknown
}
export interface CannotPerformActionDetails {
  [k: string]: unknown
}
export interface CannotProcessDetails {
  [k: string]: unknown
}
export interface CannotRemoveDetails {
  [k: string]: unknown
}
export interface CannotRestoreWithoutParentDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface CannotUpdateDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  status?: string
  features?: unknown[]
}
export interface CannotUpdateDeletedUserDetails {
  [k: string]: unknown
}
export interface CoexistenceNotAllowedDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface ColumnIndexNotFoundDetails {
  [k: string]: unknown
}
export interface CombinedCriteriaLimitExceededDetails {
  [k: string]: unknown
}
export interface ComparatorAndEncryptedValueInCriteriaNotCompatibleDetails {
  [k: string]: unknown
}
export interface ComparatorAndValueInCriteriaNotCompatibleDetails {
  [k: string]: unknown
}
export interface CompletedDetails {
  [k: string]: unknown
}
export interface ConcurrentJobLimitExceededDetails {
  [k: string]: unknown
}
export interface ConflictingDataFoundDetails {
  [k: string]: unknown
}
export interface ConvertedRecordDetails {
  [k: string]: unknown
}
export interface CriteriaLimitExceededDetails {
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: number
}
export interface CriteriaNotSupportedDetails {
  [k: string]: unknown
}
export interface CurrenciesNotEnabledDetails {
  [k: string]: unknown
}
export interface CvidNotSupportedDetails {
  [k: string]: unknown
}
export interface DailyLimitExceededDetails {
  [k: string]: unknown
}
export interface DataMismatchDetails {
  [k: string]: unknown
}
export interface DependentFieldMismatchDetails {
  [k: string]: unknown
}
export interface DependentFieldMissingDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  dependee?: {
    [k: string]: unknown
  }
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
}
export interface DependentFieldUnchangedDetails {
  [k: string]: unknown
}
export interface DependentMismatchDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  dependee?: {
    [k: string]: unknown
  }
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Data type the API expected for the value (e.g. jsonobject).
   */
  expected_data_type?: string
}
export interface DependentParamMissingDetails {
  [k: string]: unknown
}
export interface DependentServiceErrorDetails {
  [k: string]: unknown
}
export interface DiscretePaginationLimitExceededDetails {
  [k: string]: unknown
}
export interface DownloadNotAllowedDetails {
  [k: string]: unknown
}
export interface DuplicateAliasDetails {
  [k: string]: unknown
}
export interface DuplicateDataDetails {
  /**
   * API name of the unique field whose value already exists in another record.
   */
  api_name?: string
  /**
   * The record that already holds the value, as Kaizen #177 shows it (a duplicate found through the duplicate check preference; that body has no top-level id).
   */
  duplicate_record?: {
    /**
     * ID of the record that already exists.
     */
    id?: string
    /**
     * Module of the existing record (api_name and id); with a duplicate check preference across modules it can differ from the request's module.
     */
    module?: {
      [k: string]: unknown
    }
    /**
     * Owner of the existing record (name, id, zuid).
     */
    Owner?: {
      [k: string]: unknown
    }
  }
  /**
   * ID of the existing record that already holds the value (the shape Kaizen #25 shows).
   */
  id?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Sent beside duplicate_record (false in Kaizen #177's example); the page does not explain it.
   */
  more_records?: boolean
  /**
   * Values the API accepts for the field or parameter.
   */
  supported_values?: string[]
}
export interface DuplicateLinkingDataDetails {
  [k: string]: unknown
}
export interface EmailUpdateNotAllowedDetails {
  [k: string]: unknown
}
export interface EntityIdInvalidDetails {
  [k: string]: unknown
}
export interface ExpectedDependentFieldMissingDetails {
  dependee?: {
    [k: string]: unknown
  }
  expected_fields?: {
    [k: string]: unknown
  }[]
}
export interface ExpectedFieldMissingDetails {
  expected_fields?: {
    [k: string]: unknown
  }[]
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
}
export interface ExpectedParamMissingDetails {
  param_names?: string[]
}
export interface ExpiredValueDetails {
  [k: string]: unknown
}
export interface FailedDetails {
  [k: string]: unknown
}
export interface FailureDetails {
  [k: string]: unknown
}
export interface FeatureDisabledDetails {
  [k: string]: unknown
}
export interface FeatureNotAvailableDetails {
  [k: string]: unknown
}
export interface FeatureNotEnabledDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface FeatureNotSupportedDetails {
  [k: string]: unknown
}
export interface FeaturePermissionDetails {
  [k: string]: unknown
}
export interface FieldAndComparatorInCriteriaNotCompatibleDetails {
  [k: string]: unknown
}
export interface FieldAndValueInCriteriaNotCompatibleDetails {
  [k: string]: unknown
}
export interface FieldComparatorInCriteriaNotSupportedDetails {
  [k: string]: unknown
}
export interface FieldInCriteriaNotAvailableDetails {
  [k: string]: unknown
}
export interface FieldInCriteriaNotSupportedDetails {
  [k: string]: unknown
}
export interface FieldLimitExceededDetails {
  [k: string]: unknown
}
export interface FieldNotAvailableDetails {
  [k: string]: unknown
}
export interface FieldNotSupportedDetails {
  [k: string]: unknown
}
export interface FieldTypeUnavailableDetails {
  [k: string]: unknown
}
export interface FileNotFoundDetails {
  [k: string]: unknown
}
export interface FileNotSupportedDetails {
  [k: string]: unknown
}
export interface FileResolutionExceedsDetails {
  [k: string]: unknown
}
export interface FileSizeExceedsDetails {
  [k: string]: unknown
}
export interface FileSizeMoreThanAllowedSizeDetails {
  [k: string]: unknown
}
export interface FileTooLargeDetails {
  [k: string]: unknown
}
export interface FileUploadSuccessDetails {
  [k: string]: unknown
}
export interface FilterCriteriaNotSatisfiedDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface ForbiddenDetails {
  [k: string]: unknown
}
export interface GroupOperatorNotSupportedDetails {
  [k: string]: unknown
}
export interface HeaderLimitExceededDetails {
  [k: string]: unknown
}
export interface IdAlreadyActiveDetails {
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface IdAlreadyConvertedDetails {
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface IdAlreadyDeactivatedDetails {
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface IdAlreadyDeletedDetails {
  [k: string]: unknown
}
export interface InprogressDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface InternalErrorDetails {
  [k: string]: unknown
}
export interface InternalServerErrorDetails {
  [k: string]: unknown
}
export interface InvalidAliasDetails {
  [k: string]: unknown
}
export interface InvalidBulkOperationDetails {
  [k: string]: unknown
}
export interface InvalidCallbackMethodDetails {
  supported_callback_methods?: string[]
}
export interface InvalidCallbackUrlDetails {
  [k: string]: unknown
}
export interface InvalidCriteriaDetails {
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
  job_id?: unknown
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: unknown
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
  owner_status?: unknown
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
  related_status?: unknown
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
  /**
   * Values the API accepts for the field or parameter.
   */
  supported_values?: string[]
  details?: string
}
export interface InvalidFieldDetails {
  [k: string]: unknown
}
export interface InvalidFieldNameDetails {
  [k: string]: unknown
}
export interface InvalidFileFormatDetails {
  [k: string]: unknown
}
export interface InvalidFileIdDetails {
  [k: string]: unknown
}
export interface InvalidFormatDetails {
  [k: string]: unknown
}
export interface InvalidHostDetails {
  [k: string]: unknown
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
  dummy?: {
    [k: string]: unknown
  }
}
export interface InvalidQueryDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Data type the API expected for the value (e.g. jsonobject).
   */
  expected_data_type?: string
  operator?: string
  /**
   * Reason for the error, when the API reports one.
   */
  reason?: string
  value?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
}
export interface InvalidReferenceDetails {
  [k: string]: unknown
}
export interface InvalidRequestDetails {
  expected_type?: string
}
export interface InvalidRequestMethodDetails {
  [k: string]: unknown
}
export interface InvalidServiceNameDetails {
  [k: string]: unknown
}
export interface InvalidTokenDetails {
  [k: string]: unknown
}
export interface InvalidUrlPatternDetails {
  [k: string]: unknown
}
export interface JobNotSupportedDetails {
  [k: string]: unknown
}
export interface JoinLimitExceededDetails {
  [k: string]: unknown
}
export interface JsonParseErrorDetails {
  [k: string]: unknown
}
export interface LicenseLimitExceededDetails {
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: unknown
}
export interface LimitExceededDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: (number | string)
  limit_due_to?: {
    [k: string]: unknown
  }[]
  /**
   * Maximum allowed length of the value.
   */
  maximum_length?: number
  available_limit?: number
  /**
   * Name of the request parameter the error refers to.
   */
  param?: string
}
export interface LimitReachedDetails {
  /**
   * The limit that applies (e.g. the maximum count allowed).
   */
  limit?: string
}
export interface LookupLimitExceededDetails {
  [k: string]: unknown
}
export interface LoopingFoundDetails {
  [k: string]: unknown
}
export interface LowerLimitReachedDetails {
  [k: string]: unknown
}
export interface MandatoryFieldsNotMappedDetails {
  [k: string]: unknown
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
export interface MappingAlreadyExistsDetails {
  [k: string]: unknown
}
export interface MappingMismatchDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  mapped_field?: ({
    [k: string]: unknown
  } | string)
}
export interface MaxRecordsLimitReachedDetails {
  /**
   * Maximum number of records the edition allows (Standard edition and lower).
   */
  max_no_of_records?: number
  /**
   * Data storage limit of the edition (Professional and above); 21474836480 in the vendor's example.
   */
  size?: number
}
export interface MediaTypeNotSupportedDetails {
  [k: string]: unknown
}
export interface MinimumDataNotFoundDetails {
  [k: string]: unknown
}
export interface MissingRequiredKeyDetails {
  [k: string]: unknown
}
export interface ModuleNotAvailableDetails {
  [k: string]: unknown
}
export interface ModuleNotSupportedDetails {
  [k: string]: unknown
}
export interface MultipleOrMultiErrorsDetails {
  [k: string]: unknown
}
export interface NotAllowedDetails {
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
  /**
   * Reason for the error, when the API reports one.
   */
  reason?: string
  associated_places?: {
    [k: string]: unknown
  }[]
}
export interface NotApprovedDetails {
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface NotFoundDetails {
  [k: string]: unknown
}
export interface NotMergedDetails {
  [k: string]: unknown
}
export interface NotReviewedDetails {
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface NotSharedDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
}
export interface NotSubscribedDetails {
  [k: string]: unknown
}
export interface NotSupportedDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
  /**
   * Name of the request parameter the error refers to.
   */
  param?: string
  /**
   * Which segment of the URL path contains the error, counting after the API version (0 = first segment).
   */
  resource_path_index?: number
}
export interface NotSupportedFeatureDetails {
  [k: string]: unknown
}
export interface NoContentDetails {
  [k: string]: unknown
}
export interface NoDataDetails {
  [k: string]: unknown
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
export interface NoRecordsFoundDetails {
  [k: string]: unknown
}
export interface NotModifiedDetails {
  [k: string]: unknown
}
export interface OauthScopeMismatchDetails {
  [k: string]: unknown
}
export interface PageNotSupportedDetails {
  [k: string]: unknown
}
export interface PageRangeExceededDetails {
  max_limit?: number
}
export interface PaginationLimitExceededDetails {
  [k: string]: unknown
}
export interface PatternNotMatchedDetails {
  /**
   * Name of the parameter (or field) whose value is not allowed.
   */
  api_name: string
}
export interface ProcessingStoppedDetails {
  [k: string]: unknown
}
export interface QueryNotSupportedDetails {
  [k: string]: unknown
}
export interface QueuedDetails {
  [k: string]: unknown
}
export interface RateLimitExceededDetails {
  [k: string]: unknown
}
export interface RecordInBlueprintDetails {
  [k: string]: unknown
}
export interface RecordLimitExceededDetails {
  [k: string]: unknown
}
export interface RecordLockedDetails {
  action?: string
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface RecordNotInProcessDetails {
  [k: string]: unknown
}
export interface RequestBodyIsEmptyDetails {
  [k: string]: unknown
}
export interface RequestBodyNotReadableDetails {
  [k: string]: unknown
}
export interface RequestBodyNotSupportedDetails {
  [k: string]: unknown
}
export interface RequestTimeoutDetails {
  [k: string]: unknown
}
export interface RequiredDataNotFoundDetails {
  sub_json_path?: string
  value?: {
    [k: string]: unknown
  }
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface RequiredParamMissingDetails {
  /**
   * Name of the mandatory parameter that is missing (some APIs name it under param_name instead).
   */
  param?: string
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * Name of the parameter the error refers to, where the API reports it under param_name.
   */
  param_name?: string
}
export interface ReservedKeywordNotAllowedDetails {
  /**
   * API name of the field (or key) the error refers to.
   */
  api_name?: string
  /**
   * JSON path of the offending value in the request body (e.g. $.data[0].Last_Name).
   */
  json_path?: string
}
export interface ResourceNotFoundDetails {
  resource?: string
}
export interface RollbackPerformedDetails {
  [k: string]: unknown
}
export interface RunningDetails {
  [k: string]: unknown
}
export interface ScheduledDetails {
  /**
   * Record or resource ID the error refers to.
   */
  id?: string
  /**
   * ID of the job the error refers to (bulk and scheduled operations).
   */
  job_id?: string
}
export interface ServiceUnavailableDetails {
  [k: string]: unknown
}
export interface ShareLimitExceededDetails {
  [k: string]: unknown
}
export interface StorageSpaceExceededDetails {
  [k: string]: unknown
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
    [k: string]: unknown
  }
  /**
   * User who last modified the record (name and id).
   */
  Modified_By?: {
    [k: string]: unknown
  }
  message_id?: string
  cadences?: {
    [k: string]: unknown
  }[]
  Accounts?: {
    [k: string]: unknown
  }
  Contacts?: {
    [k: string]: unknown
  }
  Deals?: {
    [k: string]: unknown
  }
  type?: string
  name?: string
  Invoices?: {
    [k: string]: unknown
  }
  Sales_Orders?: {
    [k: string]: unknown
  }
  report_link?: string
  /**
   * ID of the job the error refers to (bulk and scheduled operations).
   */
  job_id?: string
  channel_id?: string
  events?: {
    [k: string]: unknown
  }[]
  resource_id?: string
  resource_uri?: string
  $approval_state?: string
  External_Contact_ID?: string
  External_Deal_ID?: string
  blocked_email_addresses?: {
    [k: string]: unknown
  }[]
  color_code?: string
  created_by?: {
    [k: string]: unknown
  }
  created_time?: string
  modified_by?: {
    [k: string]: unknown
  }
  modified_time?: string
  tags?: {
    [k: string]: unknown
  }[]
  personality_id?: string
  jobId?: string
}
export interface SyntaxErrorDetails {
  clause?: string
  column?: number
  line?: number
  near?: string
}
export interface TerritoryDisabledDetails {
  [k: string]: unknown
}
export interface TerritoryNotEnabledDetails {
  [k: string]: unknown
}
export interface TokenBoundDataMismatchDetails {
  [k: string]: unknown
}
export interface UnableToParseDataTypeDetails {
  [k: string]: unknown
}
export interface UnapprovableDetails {
  [k: string]: unknown
}
export interface UnauthorizedDetails {
  [k: string]: unknown
}
export interface ValueInCriteriaNotSupportedDetails {
  [k: string]: unknown
}
export interface ValueLimitExceededInCriteriaDetails {
  [k: string]: unknown
}
export interface ValueTypeNotSupportedDetails {
  [k: string]: unknown
}
export interface VersionNotSupportedDetails {
  [k: string]: unknown
}
export interface VirusDetectedDetails {
  [k: string]: unknown
}
export interface FailureInAttachmentHandlingDetails {
  [k: string]: unknown
}
