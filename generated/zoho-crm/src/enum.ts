// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Zoho CRM REST API as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum ZohoCrmErrorCode {
  /**
   * "202": Mass delete job scheduled successfully
   *
   * HTTP 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#code_202)
   */
  CODE_202 = "202",
  /**
   * "ACTIVE_STATE_LIMIT_EXCEEDED": Allowed active currency limit reached. Please deactivate any one of the existing active currencies to create this currency.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Keep the number of active rules within the permissible limit (see the limits table of the API).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#active_state_limit_exceeded)
   */
  ACTIVE_STATE_LIMIT_EXCEEDED = "ACTIVE_STATE_LIMIT_EXCEEDED",
  /**
   * "ADDED_SUCCESSFULLY": Added successfully.
   *
   * HTTP 201 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#added_successfully)
   */
  ADDED_SUCCESSFULLY = "ADDED_SUCCESSFULLY",
  /**
   * "ALREADY_ACTIVATED": Already in active state only.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_activated)
   */
  ALREADY_ACTIVATED = "ALREADY_ACTIVATED",
  /**
   * "ALREADY_CANCELLED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_cancelled)
   */
  ALREADY_CANCELLED = "ALREADY_CANCELLED",
  /**
   * "ALREADY_CONFIGURED": already configured.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_configured)
   */
  ALREADY_CONFIGURED = "ALREADY_CONFIGURED",
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
  ALREADY_DEACTIVATED = "ALREADY_DEACTIVATED",
  /**
   * "ALREADY_ENABLED": The base currency is already added
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_enabled)
   */
  ALREADY_ENABLED = "ALREADY_ENABLED",
  /**
   * "ALREADY_EXISTS": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Check the ID of the user you want to associate: that user is already in the territory.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_exists)
   */
  ALREADY_EXISTS = "ALREADY_EXISTS",
  /**
   * "ALREADY_MODIFIED": record updated time has already passed if-unmodified-since time
   *
   * HTTP 412 · error · retry: never
   *
   * Fix: The latest version of the record must be retrieved and the update must be resubmitted with the current modification timestamp.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_modified)
   */
  ALREADY_MODIFIED = "ALREADY_MODIFIED",
  /**
   * "ALREADY_SCHEDULED": Scheduler already running for this pipeline
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_scheduled)
   */
  ALREADY_SCHEDULED = "ALREADY_SCHEDULED",
  /**
   * "ALREADY_SHARED": Emails are already shared to the colleagues already
   *
   * HTTP 400, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_shared)
   */
  ALREADY_SHARED = "ALREADY_SHARED",
  /**
   * "ALREADY_USED": Duplicate reference field
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#already_used)
   */
  ALREADY_USED = "ALREADY_USED",
  /**
   * "AMBIGUITY_DURING_PROCESSING": Please use either Cvid or Search Params. Combination of both the params is not allowed
   *
   * HTTP 400 · error · retry: never
   *
   * Also HTTP 400: id already converted
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#ambiguity_during_processing)
   */
  AMBIGUITY_DURING_PROCESSING = "AMBIGUITY_DURING_PROCESSING",
  /**
   * "AMBIGUOUS_CRITERIA": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#ambiguous_criteria)
   */
  AMBIGUOUS_CRITERIA = "AMBIGUOUS_CRITERIA",
  /**
   * "AMBIGUOUS_GROUP_IN_CRITERIA": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#ambiguous_group_in_criteria)
   */
  AMBIGUOUS_GROUP_IN_CRITERIA = "AMBIGUOUS_GROUP_IN_CRITERIA",
  /**
   * "API_NOT_SUPPORTED": api not supported in sandbox
   *
   * HTTP 400, 200 · error · retry: never
   *
   * Fix: Call the API with a version that supports it (the Holidays APIs: v2.1 and later).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#api_not_supported)
   */
  API_NOT_SUPPORTED = "API_NOT_SUPPORTED",
  /**
   * "ASSOCIATIONS_EXIST": Cannot deactivate layout as it is being used in some places
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Inspect the **code** field in the response body to identify the specific cause, and verify the layout ID, module name, and the **transfer_to** parameter value.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#associations_exist)
   */
  ASSOCIATIONS_EXIST = "ASSOCIATIONS_EXIST",
  /**
   * "AUTHENTICATION_FAILURE": Authentication failed
   *
   * HTTP 401, 400, 200, 201 · error · retry: never
   *
   * Fix: Use the correct domain-specific URL.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#authentication_failure)
   */
  AUTHENTICATION_FAILURE = "AUTHENTICATION_FAILURE",
  /**
   * "AUTHORIZATION_FAILED": User does not have sufficient privilege to perform this action
   *
   * HTTP 400, 401 · error · retry: never
   *
   * Fix: The user lacks the permission for this operation: contact your system administrator.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#authorization_failed)
   */
  AUTHORIZATION_FAILED = "AUTHORIZATION_FAILED",
  /**
   * "BACKUP_ALREADY_SCHEDULED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#backup_already_scheduled)
   */
  BACKUP_ALREADY_SCHEDULED = "BACKUP_ALREADY_SCHEDULED",
  /**
   * "BAD_REQUEST": The request parameters are invalid.
   *
   * HTTP 200, 400 · error · retry: never
   *
   * Fix: Revoke Shared Records: the record has not been shared with any user, so there is no sharing to revoke.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#bad_request)
   */
  BAD_REQUEST = "BAD_REQUEST",
  /**
   * "BLOCKED_RECORD": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#blocked_record)
   */
  BLOCKED_RECORD = "BLOCKED_RECORD",
  /**
   * "CALLBACK_FAILURE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#callback_failure)
   */
  CALLBACK_FAILURE = "CALLBACK_FAILURE",
  /**
   * "CANNOT_ASSIGN": The user you are trying to assign does not have permission for this module.
   *
   * HTTP 403 · error · retry: never
   *
   * Fix: The CRM administrator must grant the required permission to the user's profile.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#cannot_assign)
   */
  CANNOT_ASSIGN = "CANNOT_ASSIGN",
  /**
   * "CANNOT_BE_UPDATED": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_be_updated)
   */
  CANNOT_BE_UPDATED = "CANNOT_BE_UPDATED",
  /**
   * "CANNOT_DELETE": Cannot delete the last stage associated with the pipeline
   *
   * HTTP 400, 200, 201, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_delete)
   */
  CANNOT_DELETE = "CANNOT_DELETE",
  /**
   * "CANNOT_DELINK": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_delink)
   */
  CANNOT_DELINK = "CANNOT_DELINK",
  /**
   * "CANNOT_PERFORM_ACTION": the given operation is not supported for system defined variable group
   *
   * HTTP 400, 200, 201, 403, 202, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_perform_action)
   */
  CANNOT_PERFORM_ACTION = "CANNOT_PERFORM_ACTION",
  /**
   * "CANNOT_PROCESS": Scheduler is running
   *
   * HTTP 400, 200, 201, 202, 207, 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_process)
   */
  CANNOT_PROCESS = "CANNOT_PROCESS",
  /**
   * "CANNOT_REMOVE": Actions cannot be empty
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_remove)
   */
  CANNOT_REMOVE = "CANNOT_REMOVE",
  /**
   * "CANNOT_RESTORE_WITHOUT_PARENT": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_restore_without_parent)
   */
  CANNOT_RESTORE_WITHOUT_PARENT = "CANNOT_RESTORE_WITHOUT_PARENT",
  /**
   * "CANNOT_UPDATE": Company not created
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_update)
   */
  CANNOT_UPDATE = "CANNOT_UPDATE",
  /**
   * "CANNOT_UPDATE_DELETED_USER": Deleted user cannot be updated
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#cannot_update_deleted_user)
   */
  CANNOT_UPDATE_DELETED_USER = "CANNOT_UPDATE_DELETED_USER",
  /**
   * "COEXISTENCE_NOT_ALLOWED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#coexistence_not_allowed)
   */
  COEXISTENCE_NOT_ALLOWED = "COEXISTENCE_NOT_ALLOWED",
  /**
   * "COLUMN_INDEX_NOT_FOUND": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#column_index_not_found)
   */
  COLUMN_INDEX_NOT_FOUND = "COLUMN_INDEX_NOT_FOUND",
  /**
   * "COMBINED_CRITERIA_LIMIT_EXCEEDED": Given CVID has more than 25 criteria, so change owner not done.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#combined_criteria_limit_exceeded)
   */
  COMBINED_CRITERIA_LIMIT_EXCEEDED = "COMBINED_CRITERIA_LIMIT_EXCEEDED",
  /**
   * "COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#comparator_and_encrypted_value_in_criteria_not_compatible)
   */
  COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE = "COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
  /**
   * "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#comparator_and_value_in_criteria_not_compatible)
   */
  COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE = "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
  /**
   * "COMPLETED": (the vendor documents no message for this code)
   *
   * HTTP 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#completed)
   */
  COMPLETED = "COMPLETED",
  /**
   * "CONCURRENT_JOB_LIMIT_EXCEEDED": Transfer and delete user scheduler limit reached
   *
   * HTTP 400 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#concurrent_job_limit_exceeded)
   */
  CONCURRENT_JOB_LIMIT_EXCEEDED = "CONCURRENT_JOB_LIMIT_EXCEEDED",
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
  CONFLICTING_DATA_FOUND = "CONFLICTING_DATA_FOUND",
  /**
   * "CONVERTED_RECORD": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#converted_record)
   */
  CONVERTED_RECORD = "CONVERTED_RECORD",
  /**
   * "CRITERIA_LIMIT_EXCEEDED": no of criterium that can be given exceed the limit %s
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#criteria_limit_exceeded)
   */
  CRITERIA_LIMIT_EXCEEDED = "CRITERIA_LIMIT_EXCEEDED",
  /**
   * "CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#criteria_not_supported)
   */
  CRITERIA_NOT_SUPPORTED = "CRITERIA_NOT_SUPPORTED",
  /**
   * "CURRENCIES_NOT_ENABLED": Multi currency is not enabled
   *
   * HTTP 400, 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#currencies_not_enabled)
   */
  CURRENCIES_NOT_ENABLED = "CURRENCIES_NOT_ENABLED",
  /**
   * "CVID_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#cvid_not_supported)
   */
  CVID_NOT_SUPPORTED = "CVID_NOT_SUPPORTED",
  /**
   * "DAILY_LIMIT_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#daily_limit_exceeded)
   */
  DAILY_LIMIT_EXCEEDED = "DAILY_LIMIT_EXCEEDED",
  /**
   * "DATA_MISMATCH": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#data_mismatch)
   */
  DATA_MISMATCH = "DATA_MISMATCH",
  /**
   * "DEPENDENT_FIELD_MISMATCH": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_field_mismatch)
   */
  DEPENDENT_FIELD_MISMATCH = "DEPENDENT_FIELD_MISMATCH",
  /**
   * "DEPENDENT_FIELD_MISSING": Shift id is required for shift holidays
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * Fix: Include the dependent field: "type" is mandatory when you add holidays to a shift hour; the user's details are mandatory in "transfer_to_user".
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_field_missing)
   */
  DEPENDENT_FIELD_MISSING = "DEPENDENT_FIELD_MISSING",
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
  DEPENDENT_FIELD_UNCHANGED = "DEPENDENT_FIELD_UNCHANGED",
  /**
   * "DEPENDENT_MISMATCH": Unavailable Till must be greater than current Time.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_mismatch)
   */
  DEPENDENT_MISMATCH = "DEPENDENT_MISMATCH",
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
  DEPENDENT_PARAM_MISSING = "DEPENDENT_PARAM_MISSING",
  /**
   * "DEPENDENT_SERVICE_ERROR": The dependent service does not have permission to complete the operation
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#dependent_service_error)
   */
  DEPENDENT_SERVICE_ERROR = "DEPENDENT_SERVICE_ERROR",
  /**
   * "DISCRETE_PAGINATION_LIMIT_EXCEEDED": You can only get the first 2000 records without using page_token param
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: The request must include all required parameters with valid values.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#discrete_pagination_limit_exceeded)
   */
  DISCRETE_PAGINATION_LIMIT_EXCEEDED = "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
  /**
   * "DOWNLOAD_NOT_ALLOWED": As it is a linked attachment, you can not download it
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#download_not_allowed)
   */
  DOWNLOAD_NOT_ALLOWED = "DOWNLOAD_NOT_ALLOWED",
  /**
   * "DUPLICATE_ALIAS": same alias cannot refer more than one column
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#duplicate_alias)
   */
  DUPLICATE_ALIAS = "DUPLICATE_ALIAS",
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
  DUPLICATE_DATA = "DUPLICATE_DATA",
  /**
   * "DUPLICATE_LINKING_DATA": duplicate association
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Each error in the data array identifies the specific record and field that caused the failure. The request must be corrected and resubmitted.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#duplicate_linking_data)
   */
  DUPLICATE_LINKING_DATA = "DUPLICATE_LINKING_DATA",
  /**
   * "EMAIL_UPDATE_NOT_ALLOWED": Cannot update email of a confirmed CRM User
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#email_update_not_allowed)
   */
  EMAIL_UPDATE_NOT_ALLOWED = "EMAIL_UPDATE_NOT_ALLOWED",
  /**
   * "ENTITY_ID_INVALID": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#entity_id_invalid)
   */
  ENTITY_ID_INVALID = "ENTITY_ID_INVALID",
  /**
   * "EXPECTED_DEPENDENT_FIELD_MISSING": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_dependent_field_missing)
   */
  EXPECTED_DEPENDENT_FIELD_MISSING = "EXPECTED_DEPENDENT_FIELD_MISSING",
  /**
   * "EXPECTED_FIELD_MISSING": Specify atleast one field
   *
   * HTTP 400, 200, 201, 207 · error · retry: never
   *
   * Also HTTP 400: id already converted
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_field_missing)
   */
  EXPECTED_FIELD_MISSING = "EXPECTED_FIELD_MISSING",
  /**
   * "EXPECTED_PARAM_MISSING": one of the expected parameter is missing
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expected_param_missing)
   */
  EXPECTED_PARAM_MISSING = "EXPECTED_PARAM_MISSING",
  /**
   * "EXPIRED_VALUE": Page token expired
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#expired_value)
   */
  EXPIRED_VALUE = "EXPIRED_VALUE",
  /**
   * "FAILED": (the vendor documents no message for this code)
   *
   * HTTP 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#failed)
   */
  FAILED = "FAILED",
  /**
   * "FAILURE": Unable to process your request. Please verify whether you have provided valid data.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#failure)
   */
  FAILURE = "FAILURE",
  /**
   * "FEATURE_DISABLED": Please enable the feature
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_disabled)
   */
  FEATURE_DISABLED = "FEATURE_DISABLED",
  /**
   * "FEATURE_NOT_AVAILABLE": Share among Subordinates Feature is not available
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Review the error details in the response to identify and correct the invalid field values before resubmitting the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_not_available)
   */
  FEATURE_NOT_AVAILABLE = "FEATURE_NOT_AVAILABLE",
  /**
   * "FEATURE_NOT_ENABLED": Territory Management is not enabled
   *
   * HTTP 403, 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_enabled)
   */
  FEATURE_NOT_ENABLED = "FEATURE_NOT_ENABLED",
  /**
   * "FEATURE_NOT_SUPPORTED": The Multi-Currency feature is not available except the Enterprise and higher editions.
   *
   * HTTP 403, 400, 200, 201 · error · retry: never
   *
   * Fix: Use the feature only where it is enabled for the account, e.g. upgrade to the edition the message names; refer to the corresponding API document for more details.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#feature_not_supported)
   */
  FEATURE_NOT_SUPPORTED = "FEATURE_NOT_SUPPORTED",
  /**
   * "FEATURE_PERMISSION": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#feature_permission)
   */
  FEATURE_PERMISSION = "FEATURE_PERMISSION",
  /**
   * "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_and_comparator_in_criteria_not_compatible)
   */
  FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE = "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE",
  /**
   * "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_and_value_in_criteria_not_compatible)
   */
  FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE = "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
  /**
   * "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_comparator_in_criteria_not_supported)
   */
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED = "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED",
  /**
   * "FIELD_IN_CRITERIA_NOT_AVAILABLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_in_criteria_not_available)
   */
  FIELD_IN_CRITERIA_NOT_AVAILABLE = "FIELD_IN_CRITERIA_NOT_AVAILABLE",
  /**
   * "FIELD_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#field_in_criteria_not_supported)
   */
  FIELD_IN_CRITERIA_NOT_SUPPORTED = "FIELD_IN_CRITERIA_NOT_SUPPORTED",
  /**
   * "FIELD_LIMIT_EXCEEDED": Field limit reached for the given field type in the given module
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_limit_exceeded)
   */
  FIELD_LIMIT_EXCEEDED = "FIELD_LIMIT_EXCEEDED",
  /**
   * "FIELD_NOT_AVAILABLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_not_available)
   */
  FIELD_NOT_AVAILABLE = "FIELD_NOT_AVAILABLE",
  /**
   * "FIELD_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_not_supported)
   */
  FIELD_NOT_SUPPORTED = "FIELD_NOT_SUPPORTED",
  /**
   * "FIELD_TYPE_UNAVAILABLE": this data type is not found in this module
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#field_type_unavailable)
   */
  FIELD_TYPE_UNAVAILABLE = "FIELD_TYPE_UNAVAILABLE",
  /**
   * "FILE_NOT_FOUND": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: The cause is identified by the **code** in the response. The offending field, mapping, callback configuration, or file reference must be corrected before retrying the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_not_found)
   */
  FILE_NOT_FOUND = "FILE_NOT_FOUND",
  /**
   * "FILE_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_not_supported)
   */
  FILE_NOT_SUPPORTED = "FILE_NOT_SUPPORTED",
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
  FILE_RESOLUTION_EXCEEDS = "FILE_RESOLUTION_EXCEEDS",
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
  FILE_SIZE_EXCEEDS = "FILE_SIZE_EXCEEDS",
  /**
   * "FILE_SIZE_MORE_THAN_ALLOWED_SIZE": Please check if the size of the file is in the correct range
   *
   * HTTP 400, 200, 201, 415, 413 · error · retry: never
   *
   * Fix: Upload a photo within the allowed size (1 MB) and resolution (10 MP).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_size_more_than_allowed_size)
   */
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE = "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
  /**
   * "FILE_TOO_LARGE": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 413 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#file_too_large)
   */
  FILE_TOO_LARGE = "FILE_TOO_LARGE",
  /**
   * "FILE_UPLOAD_SUCCESS": file uploaded.
   *
   * HTTP 200, 201 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#file_upload_success)
   */
  FILE_UPLOAD_SUCCESS = "FILE_UPLOAD_SUCCESS",
  /**
   * "FILTER_CRITERIA_NOT_SATISFIED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#filter_criteria_not_satisfied)
   */
  FILTER_CRITERIA_NOT_SATISFIED = "FILTER_CRITERIA_NOT_SATISFIED",
  /**
   * "FORBIDDEN": You do not have permission to access this resource.
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#forbidden)
   */
  FORBIDDEN = "FORBIDDEN",
  /**
   * "GROUP_OPERATOR_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#group_operator_not_supported)
   */
  GROUP_OPERATOR_NOT_SUPPORTED = "GROUP_OPERATOR_NOT_SUPPORTED",
  /**
   * "HEADER_LIMIT_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#header_limit_exceeded)
   */
  HEADER_LIMIT_EXCEEDED = "HEADER_LIMIT_EXCEEDED",
  /**
   * "ID_ALREADY_ACTIVE": data sharing rule is already activated.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_active)
   */
  ID_ALREADY_ACTIVE = "ID_ALREADY_ACTIVE",
  /**
   * "ID_ALREADY_CONVERTED": id already converted
   *
   * HTTP 400, 200, 201, 202 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_converted)
   */
  ID_ALREADY_CONVERTED = "ID_ALREADY_CONVERTED",
  /**
   * "ID_ALREADY_DEACTIVATED": data sharing rule is already deactivated.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_deactivated)
   */
  ID_ALREADY_DEACTIVATED = "ID_ALREADY_DEACTIVATED",
  /**
   * "ID_ALREADY_DELETED": User is already deleted
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#id_already_deleted)
   */
  ID_ALREADY_DELETED = "ID_ALREADY_DELETED",
  /**
   * "INACTIVE_USER": (the vendor documents no message for this code)
   *
   * HTTP 403 · error · retry: never
   *
   * Fix: Inactive users cannot access this API. Contact the administrator.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#inactive_user)
   */
  INACTIVE_USER = "INACTIVE_USER",
  /**
   * "INPROGRESS": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#inprogress)
   */
  INPROGRESS = "INPROGRESS",
  /**
   * "INTERNAL_ERROR": Internal Server Error
   *
   * HTTP 400, 200, 201, 500 · error · retry: after-delay
   *
   * Fix: Contact the Zoho support team.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#internal_error)
   */
  INTERNAL_ERROR = "INTERNAL_ERROR",
  /**
   * "INTERNAL_SERVER_ERROR": Internal Server Error
   *
   * HTTP 500, 200, 400 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/server-error.html#internal_server_error)
   */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /**
   * "INVALID_ALIAS": alias name cannot be an empty string
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#invalid_alias)
   */
  INVALID_ALIAS = "INVALID_ALIAS",
  /**
   * "INVALID_BULK_OPERATION": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_bulk_operation)
   */
  INVALID_BULK_OPERATION = "INVALID_BULK_OPERATION",
  /**
   * "INVALID_CALLBACK_METHOD": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_callback_method)
   */
  INVALID_CALLBACK_METHOD = "INVALID_CALLBACK_METHOD",
  /**
   * "INVALID_CALLBACK_URL": Invalid callback URL provided
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_callback_url)
   */
  INVALID_CALLBACK_URL = "INVALID_CALLBACK_URL",
  /**
   * "INVALID_CRITERIA": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#invalid_criteria)
   */
  INVALID_CRITERIA = "INVALID_CRITERIA",
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
  INVALID_DATA = "INVALID_DATA",
  /**
   * "INVALID_FIELD": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_field)
   */
  INVALID_FIELD = "INVALID_FIELD",
  /**
   * "INVALID_FIELD_NAME": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_field_name)
   */
  INVALID_FIELD_NAME = "INVALID_FIELD_NAME",
  /**
   * "INVALID_FILE_FORMAT": invalid file format. only zip format is supported
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_file_format)
   */
  INVALID_FILE_FORMAT = "INVALID_FILE_FORMAT",
  /**
   * "INVALID_FILE_ID": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_file_id)
   */
  INVALID_FILE_ID = "INVALID_FILE_ID",
  /**
   * "INVALID_FORMAT": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_format)
   */
  INVALID_FORMAT = "INVALID_FORMAT",
  /**
   * "INVALID_HOST": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Use the dedicated domain name of the account's data center, https://www.zohoapis.{dc} (see Multi DC Support).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_host)
   */
  INVALID_HOST = "INVALID_HOST",
  /**
   * "INVALID_MODULE": the module name given seems to be invalid
   *
   * HTTP 400, 200, 201, 404 · error · retry: never
   *
   * Fix: You must always specify the right API name of the module in the input. To get the list of module API names, go to Setup > Developer Space > APIs > API Names. Alternatively, the value in the key "api_name" in the Modules API indicates the API name of the module.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_module)
   */
  INVALID_MODULE = "INVALID_MODULE",
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
  INVALID_QUERY = "INVALID_QUERY",
  /**
   * "INVALID_REFERENCE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_reference)
   */
  INVALID_REFERENCE = "INVALID_REFERENCE",
  /**
   * "INVALID_REQUEST": unable to process your request. please verify whether you have entered proper method name, parameter and parameter values.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: The primary contact of the organization cannot be deleted: delete another user.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request)
   */
  INVALID_REQUEST = "INVALID_REQUEST",
  /**
   * "INVALID_REQUEST_METHOD": The http request method type is not a valid one
   *
   * HTTP 400, 200, 201, 404, 403, 405 · error · retry: never
   *
   * Fix: Refer to the corresponding API help document to find the correct request method.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_request_method)
   */
  INVALID_REQUEST_METHOD = "INVALID_REQUEST_METHOD",
  /**
   * "INVALID_SERVICE_NAME": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#invalid_service_name)
   */
  INVALID_SERVICE_NAME = "INVALID_SERVICE_NAME",
  /**
   * "INVALID_TOKEN": invalid oauth token
   *
   * HTTP 401, 400, 200, 201 · error · retry: after-reauth (refresh)
   *
   * Fix: Refresh access token using the refresh token.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#invalid_token)
   */
  INVALID_TOKEN = "INVALID_TOKEN",
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
  INVALID_URL_PATTERN = "INVALID_URL_PATTERN",
  /**
   * "JOB_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#job_not_supported)
   */
  JOB_NOT_SUPPORTED = "JOB_NOT_SUPPORTED",
  /**
   * "JOIN_LIMIT_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#join_limit_exceeded)
   */
  JOIN_LIMIT_EXCEEDED = "JOIN_LIMIT_EXCEEDED",
  /**
   * "JSON_PARSE_ERROR": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#json_parse_error)
   */
  JSON_PARSE_ERROR = "JSON_PARSE_ERROR",
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
  LICENSE_LIMIT_EXCEEDED = "LICENSE_LIMIT_EXCEEDED",
  /**
   * "LIMIT_EXCEEDED": required field not found
   *
   * HTTP 400, 200, 201, 403 · error · retry: never
   *
   * Fix: Stay within the limit: a year cannot have more than 52 holidays; for portal users, contact your administrator or support@zohocrm.com to purchase the portal user add-on.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#limit_exceeded)
   */
  LIMIT_EXCEEDED = "LIMIT_EXCEEDED",
  /**
   * "LIMIT_REACHED": maximum response iteration limit reached
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#limit_reached)
   */
  LIMIT_REACHED = "LIMIT_REACHED",
  /**
   * "LOOKUP_LIMIT_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: review the error details to identify the field or value that failed validation, correct it, and resubmit the request.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#lookup_limit_exceeded)
   */
  LOOKUP_LIMIT_EXCEEDED = "LOOKUP_LIMIT_EXCEEDED",
  /**
   * "LOOPING_FOUND": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#looping_found)
   */
  LOOPING_FOUND = "LOOPING_FOUND",
  /**
   * "LOWER_LIMIT_REACHED": Lower limit reached
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#lower_limit_reached)
   */
  LOWER_LIMIT_REACHED = "LOWER_LIMIT_REACHED",
  /**
   * "MANDATORY_FIELDS_NOT_MAPPED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mandatory_fields_not_mapped)
   */
  MANDATORY_FIELDS_NOT_MAPPED = "MANDATORY_FIELDS_NOT_MAPPED",
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
  MANDATORY_NOT_FOUND = "MANDATORY_NOT_FOUND",
  /**
   * "MAPPING_ALREADY_EXISTS": The given parent and child fields are already associated in another map dependency in this layout
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Verify that the parent and child field IDs are valid, the dependency does not already exist or create a circular reference, and all required fields in **pick_list_values** are provided.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mapping_already_exists)
   */
  MAPPING_ALREADY_EXISTS = "MAPPING_ALREADY_EXISTS",
  /**
   * "MAPPING_MISMATCH": Pipeline doesn`t contain the Stage
   *
   * HTTP 400, 200, 201, 202 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#mapping_mismatch)
   */
  MAPPING_MISMATCH = "MAPPING_MISMATCH",
  /**
   * "MAX_RECORDS_LIMIT_REACHED": maximum number of records limit reached
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Keep a check on the data entering and stored in the org's CRM account, plan the data storage requirement, and purchase extra storage if it is needed.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#max_records_limit_reached)
   */
  MAX_RECORDS_LIMIT_REACHED = "MAX_RECORDS_LIMIT_REACHED",
  /**
   * "MEDIA_TYPE_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#media_type_not_supported)
   */
  MEDIA_TYPE_NOT_SUPPORTED = "MEDIA_TYPE_NOT_SUPPORTED",
  /**
   * "MINIMUM_DATA_NOT_FOUND": At least one profile needed
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#minimum_data_not_found)
   */
  MINIMUM_DATA_NOT_FOUND = "MINIMUM_DATA_NOT_FOUND",
  /**
   * "MISSING_REQUIRED_KEY": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#missing_required_key)
   */
  MISSING_REQUIRED_KEY = "MISSING_REQUIRED_KEY",
  /**
   * "MODULE_NOT_AVAILABLE": (the vendor documents no message for this code)
   *
   * HTTP 400, 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#module_not_available)
   */
  MODULE_NOT_AVAILABLE = "MODULE_NOT_AVAILABLE",
  /**
   * "MODULE_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#module_not_supported)
   */
  MODULE_NOT_SUPPORTED = "MODULE_NOT_SUPPORTED",
  /**
   * "MULTIPLE_OR_MULTI_ERRORS": Multiple errors in the request
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#multiple_or_multi_errors)
   */
  MULTIPLE_OR_MULTI_ERRORS = "MULTIPLE_OR_MULTI_ERRORS",
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
  NOT_ALLOWED = "NOT_ALLOWED",
  /**
   * "NOT_APPROVED": id already converted
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_approved)
   */
  NOT_APPROVED = "NOT_APPROVED",
  /**
   * "NOT_FOUND": The requested resource was not found.
   *
   * HTTP 400, 200, 201, 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_found)
   */
  NOT_FOUND = "NOT_FOUND",
  /**
   * "NOT_MERGED": (the vendor documents no message for this code)
   *
   * HTTP 202, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_merged)
   */
  NOT_MERGED = "NOT_MERGED",
  /**
   * "NOT_REVIEWED": id already converted
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_reviewed)
   */
  NOT_REVIEWED = "NOT_REVIEWED",
  /**
   * "NOT_SHARED": Emails are not  shared to the colleagues already
   *
   * HTTP 400, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_shared)
   */
  NOT_SHARED = "NOT_SHARED",
  /**
   * "NOT_SUBSCRIBED": (the vendor documents no message for this code)
   *
   * HTTP 202 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_subscribed)
   */
  NOT_SUBSCRIBED = "NOT_SUBSCRIBED",
  /**
   * "NOT_SUPPORTED": the given module is not supported in api
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_supported)
   */
  NOT_SUPPORTED = "NOT_SUPPORTED",
  /**
   * "NOT_SUPPORTED_FEATURE": Feature is not supported
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_supported_feature)
   */
  NOT_SUPPORTED_FEATURE = "NOT_SUPPORTED_FEATURE",
  /**
   * "NO_CONTENT": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * Fix: Schedule the job first (for audit logs: the Create Export Audit Log API), then ask for its status.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_content)
   */
  NO_CONTENT = "NO_CONTENT",
  /**
   * "NO_DATA": there is no data to show
   *
   * HTTP 204 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_data)
   */
  NO_DATA = "NO_DATA",
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
  NO_PERMISSION = "NO_PERMISSION",
  /**
   * "NO_RECORDS_FOUND": no record found to update
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#no_records_found)
   */
  NO_RECORDS_FOUND = "NO_RECORDS_FOUND",
  /**
   * "Not Modified": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#not_modified)
   */
  NOT_MODIFIED = "Not Modified",
  /**
   * "OAUTH_SCOPE_MISMATCH": invalid oauth scope to access this URL
   *
   * HTTP 401, 400, 200, 201, 403 · error · retry: after-reauth (authorize)
   *
   * Fix: Ensure correct scopes: generate the grant token with the scope the API needs (refer to Kaizen #3 - Scopes in OAuth2.0 Authorization and to the list of available scopes in Zoho CRM).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#oauth_scope_mismatch)
   */
  OAUTH_SCOPE_MISMATCH = "OAUTH_SCOPE_MISMATCH",
  /**
   * "PAGE_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#page_not_supported)
   */
  PAGE_NOT_SUPPORTED = "PAGE_NOT_SUPPORTED",
  /**
   * "PAGE_RANGE_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#page_range_exceeded)
   */
  PAGE_RANGE_EXCEEDED = "PAGE_RANGE_EXCEEDED",
  /**
   * "PAGINATION_LIMIT_EXCEEDED": You can only get upto 100000 records using page_token param
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: The request must include all required parameters with valid values.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pagination_limit_exceeded)
   */
  PAGINATION_LIMIT_EXCEEDED = "PAGINATION_LIMIT_EXCEEDED",
  /**
   * "PATTERN_NOT_MATCHED": Please check whether the input values are correct
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * Fix: Specify only one of the values the parameter allows (see the corresponding API document).
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#pattern_not_matched)
   */
  PATTERN_NOT_MATCHED = "PATTERN_NOT_MATCHED",
  /**
   * "PERMISSION_DENIED": User deletion is not allowed for the org because of CrmKeyValue entry RESTRICT_USER_DELETION_FOR_THE_ORG & deleted users count exceeded 10
   *
   * HTTP 401, 400, 403 · error · retry: never
   *
   * Fix: The user lacks the permission: contact your system administrator.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#permission_denied)
   */
  PERMISSION_DENIED = "PERMISSION_DENIED",
  /**
   * "PROCESSING_STOPPED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#processing_stopped)
   */
  PROCESSING_STOPPED = "PROCESSING_STOPPED",
  /**
   * "QUERY_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#query_not_supported)
   */
  QUERY_NOT_SUPPORTED = "QUERY_NOT_SUPPORTED",
  /**
   * "QUEUED": (the vendor documents no message for this code)
   *
   * HTTP 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#queued)
   */
  QUEUED = "QUEUED",
  /**
   * "RATE_LIMIT_EXCEEDED": Too many requests. Please try again later.
   *
   * HTTP 429 · error · retry: after-delay
   *
   * Also HTTP 429: API rate limit exceeded. Please retry after some time
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/rate-limit.html#rate_limit_exceeded)
   */
  RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED",
  /**
   * "RECORD_IN_BLUEPRINT": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_in_blueprint)
   */
  RECORD_IN_BLUEPRINT = "RECORD_IN_BLUEPRINT",
  /**
   * "RECORD_LIMIT_EXCEEDED": The number of records exceeds the limit
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_limit_exceeded)
   */
  RECORD_LIMIT_EXCEEDED = "RECORD_LIMIT_EXCEEDED",
  /**
   * "RECORD_LOCKED": Sorry, you cannot perform this operation as the record is locked.
   *
   * HTTP 400, 200, 201, 207 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_locked)
   */
  RECORD_LOCKED = "RECORD_LOCKED",
  /**
   * "RECORD_NOT_IN_PROCESS": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#record_not_in_process)
   */
  RECORD_NOT_IN_PROCESS = "RECORD_NOT_IN_PROCESS",
  /**
   * "REQUEST_BODY_IS_EMPTY": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_is_empty)
   */
  REQUEST_BODY_IS_EMPTY = "REQUEST_BODY_IS_EMPTY",
  /**
   * "REQUEST_BODY_NOT_READABLE": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_not_readable)
   */
  REQUEST_BODY_NOT_READABLE = "REQUEST_BODY_NOT_READABLE",
  /**
   * "REQUEST_BODY_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_body_not_supported)
   */
  REQUEST_BODY_NOT_SUPPORTED = "REQUEST_BODY_NOT_SUPPORTED",
  /**
   * "REQUEST_TIMEOUT": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#request_timeout)
   */
  REQUEST_TIMEOUT = "REQUEST_TIMEOUT",
  /**
   * "REQUIRED_DATA_NOT_FOUND": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#required_data_not_found)
   */
  REQUIRED_DATA_NOT_FOUND = "REQUIRED_DATA_NOT_FOUND",
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
  REQUIRED_PARAM_MISSING = "REQUIRED_PARAM_MISSING",
  /**
   * "RESERVED_KEYWORD_NOT_ALLOWED": The api_name contains a reserved system keyword. Please choose a different name.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#reserved_keyword_not_allowed)
   */
  RESERVED_KEYWORD_NOT_ALLOWED = "RESERVED_KEYWORD_NOT_ALLOWED",
  /**
   * "RESOURCE_NOT_FOUND": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#resource_not_found)
   */
  RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND",
  /**
   * "ROLLBACK_PERFORMED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#rollback_performed)
   */
  ROLLBACK_PERFORMED = "ROLLBACK_PERFORMED",
  /**
   * "RUNNING": (the vendor documents no message for this code)
   *
   * HTTP 202 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/success.html#running)
   */
  RUNNING = "RUNNING",
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
  SCHEDULED = "SCHEDULED",
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
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /**
   * "SHARE_LIMIT_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 200 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#share_limit_exceeded)
   */
  SHARE_LIMIT_EXCEEDED = "SHARE_LIMIT_EXCEEDED",
  /**
   * "STORAGE_SPACE_EXCEEDED": (the vendor documents no message for this code)
   *
   * HTTP 400, 200, 201 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#storage_space_exceeded)
   */
  STORAGE_SPACE_EXCEEDED = "STORAGE_SPACE_EXCEEDED",
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
  SUCCESS = "SUCCESS",
  /**
   * "SYNTAX_ERROR": error occured while parsing the query
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#syntax_error)
   */
  SYNTAX_ERROR = "SYNTAX_ERROR",
  /**
   * "TERRITORY_DISABLED": the territory feature is disabled
   *
   * HTTP 403 · error · retry: never
   *
   * Fix: Ensure the Territories feature is active and that your OAuth token includes the required scopes.
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/forbidden.html#territory_disabled)
   */
  TERRITORY_DISABLED = "TERRITORY_DISABLED",
  /**
   * "TERRITORY_NOT_ENABLED": the territory feature is not enabled
   *
   * HTTP 400, 200, 201, 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#territory_not_enabled)
   */
  TERRITORY_NOT_ENABLED = "TERRITORY_NOT_ENABLED",
  /**
   * "TOKEN_BOUND_DATA_MISMATCH": The page_token given seems to be invalid or input param is added or altered or deleted
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#token_bound_data_mismatch)
   */
  TOKEN_BOUND_DATA_MISMATCH = "TOKEN_BOUND_DATA_MISMATCH",
  /**
   * "TOO_MANY_REQUESTS": Rate limit exceeded. Please retry after the specified time.
   *
   * HTTP 429, 400 · error · retry: after-delay
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
  /**
   * "UNAPPROVABLE": Cannot add user for CRMPlus account from CRM. Kindly add user through CRMPlus
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#unapprovable)
   */
  UNAPPROVABLE = "UNAPPROVABLE",
  /**
   * "UNAUTHORIZED": Authentication required or token invalid.
   *
   * HTTP 401 · error · retry: after-reauth (refresh)
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/unauthorized.html#unauthorized)
   */
  UNAUTHORIZED = "UNAUTHORIZED",
  /**
   * "VALUE_IN_CRITERIA_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#value_in_criteria_not_supported)
   */
  VALUE_IN_CRITERIA_NOT_SUPPORTED = "VALUE_IN_CRITERIA_NOT_SUPPORTED",
  /**
   * "VALUE_LIMIT_EXCEEDED_IN_CRITERIA": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/query-criteria.html#value_limit_exceeded_in_criteria)
   */
  VALUE_LIMIT_EXCEEDED_IN_CRITERIA = "VALUE_LIMIT_EXCEEDED_IN_CRITERIA",
  /**
   * "VALUE_TYPE_NOT_SUPPORTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#value_type_not_supported)
   */
  VALUE_TYPE_NOT_SUPPORTED = "VALUE_TYPE_NOT_SUPPORTED",
  /**
   * "VERSION_NOT_SUPPORTED": api version is not supported
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#version_not_supported)
   */
  VERSION_NOT_SUPPORTED = "VERSION_NOT_SUPPORTED",
  /**
   * "VIRUS_DETECTED": (the vendor documents no message for this code)
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#virus_detected)
   */
  VIRUS_DETECTED = "VIRUS_DETECTED",
  /**
   * "failure_in_attachment_handling": Problem in uploading attachment. kindly upload the file properly
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/zoho-crm/bad-request.html#failure_in_attachment_handling)
   */
  FAILURE_IN_ATTACHMENT_HANDLING = "failure_in_attachment_handling",
}
