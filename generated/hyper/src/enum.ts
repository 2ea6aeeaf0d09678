// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Hyper CRM API as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum HyperErrorCode {
  /**
   * 0: Success.
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/success.html#code-success)
   */
  SUCCESS = 0,
  /**
   * 1: Incomplete success.
   *
   * HTTP 200 · partial · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/success.html#incomplete_success)
   */
  INCOMPLETE_SUCCESS = 1,
  /**
   * 2: No Results / Data.
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/success.html#no_results)
   */
  NO_RESULTS = 2,
  /**
   * 3: API function does not exist.
   *
   * HTTP 404 · error · retry: never
   *
   * Fix: Call an API function that exists (check the function name in the request).
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#function_not_found)
   */
  FUNCTION_NOT_FOUND = 3,
  /**
   * 4: Database error on the server side.
   *
   * HTTP 500 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#database_error)
   */
  DATABASE_ERROR = 4,
  /**
   * 5: Technical error on the server side.
   *
   * HTTP 500 · error · retry: after-delay
   *
   * Also HTTP 500: You have reached the limit of "parallel tenants" (crm entities).
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#technical_error)
   */
  TECHNICAL_ERROR = 5,
  /**
   * 6: Wrong account credentials (Unauthorized).
   *
   * HTTP 401 · error · retry: after-reauth (authorize)
   *
   * Fix: Send the correct account credentials.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#wrong_credentials)
   */
  WRONG_CREDENTIALS = 6,
  /**
   * 7: Please fill up the required fields.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Fill up the required fields.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#required_fields_missing)
   */
  REQUIRED_FIELDS_MISSING = 7,
  /**
   * 8: You are NOT authorized to access this data or function.
   *
   * HTTP 403 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#not_authorized)
   */
  NOT_AUTHORIZED = 8,
  /**
   * 9: Please fill in the fields in the Acceptable Languages. %s
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Fill in the fields in the acceptable languages listed in the message.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#acceptable_languages_required)
   */
  ACCEPTABLE_LANGUAGES_REQUIRED = 9,
  /**
   * 10: The requested resource is currently undergoing data processing. Please try again later.
   *
   * HTTP 423 · error · retry: after-delay
   *
   * Fix: Please try again later.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#resource_being_processed)
   */
  RESOURCE_BEING_PROCESSED = 10,
  /**
   * 11: Security Alert: %s.
   *
   * HTTP 422 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#security_alert)
   */
  SECURITY_ALERT = 11,
  /**
   * 12: This entity is already locked by another user.
   *
   * HTTP 422 · error · retry: after-delay
   *
   * Fix: Wait until the other user releases the entity, then try again.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#entity_locked)
   */
  ENTITY_LOCKED = 12,
  /**
   * 13: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#weak_password)
   */
  WEAK_PASSWORD = 13,
  /**
   * 14: Posted fields contain wrong data and/or missing fields.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Correct the wrong data and add the missing fields.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/common.html#invalid_posted_fields)
   */
  INVALID_POSTED_FIELDS = 14,
  /**
   * 15: Missing parameter "Folder_Uid" (positive integer) for the Prototype folder ID.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Pass the "Folder_Uid" parameter (positive integer) with the Prototype folder ID.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/documents.html#folder_uid_missing)
   */
  FOLDER_UID_MISSING = 15,
  /**
   * 16: You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Upload only JPG, JPEG, PNG, PDF, TIF/TIFF, DOC/DOCX or XLS/XLSX files.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_type_not_allowed)
   */
  FILE_TYPE_NOT_ALLOWED = 16,
  /**
   * 17: You cannot upload files larger than 50 Megabytes.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Upload files no larger than 50 megabytes.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_too_large)
   */
  FILE_TOO_LARGE = 17,
  /**
   * 18: You cannot delete this file %s
   *
   * HTTP 422 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_not_deletable)
   */
  FILE_NOT_DELETABLE = 18,
  /**
   * 20: Account does not exist in Hyper.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#account_not_found)
   */
  ACCOUNT_NOT_FOUND = 20,
  /**
   * 21: Client does not exist in Hyper.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#client_not_found)
   */
  CLIENT_NOT_FOUND = 21,
  /**
   * 22: Supplier does not exist in Hyper.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#supplier_not_found)
   */
  SUPPLIER_NOT_FOUND = 22,
  /**
   * 23: Project does not exist in Hyper.
   *
   * HTTP 404 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#project_not_found)
   */
  PROJECT_NOT_FOUND = 23,
  /**
   * 24: No answer from the Index module.
   *
   * HTTP 500 · error · retry: after-delay
   *
   * Fix: Check that Hyper's "Server Side App" is up and running; the Index module is contained in it.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#index_module_no_answer)
   */
  INDEX_MODULE_NO_ANSWER = 24,
  /**
   * 25: Email address is not valid: %s
   *
   * HTTP 422 · error · retry: never
   *
   * Fix: Send a valid email address.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#invalid_email)
   */
  INVALID_EMAIL = 25,
  /**
   * 26: Phone number is not valid: %s
   *
   * HTTP 422 · error · retry: never
   *
   * Fix: Send a valid phone number.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#invalid_phone)
   */
  INVALID_PHONE = 26,
  /**
   * 27: Registration is allowed for people aged %s and over.
   *
   * HTTP 422 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#below_minimum_age)
   */
  BELOW_MINIMUM_AGE = 27,
  /**
   * 28: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#weak_new_password_registration)
   */
  WEAK_NEW_PASSWORD_REGISTRATION = 28,
  /**
   * 29: The ID Number failed the control digit test.
   *
   * HTTP 422 · error · retry: never
   *
   * Fix: Send a valid ID number (one that passes the control digit test).
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#id_control_digit_failed)
   */
  ID_CONTROL_DIGIT_FAILED = 29,
  /**
   * 30: A form with identical information has already been submitted (Duplicate post).
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Do not submit the same form again; the earlier submission was already received.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#duplicate_post)
   */
  DUPLICATE_POST = 30,
  /**
   * 31: Client has already registered previously with different details.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#client_already_registered)
   */
  CLIENT_ALREADY_REGISTERED = 31,
  /**
   * 32: This case (ticket) is closed. You cannot update it anymore.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/entities.html#case_closed)
   */
  CASE_CLOSED = 32,
  /**
   * 40: Payments Gateway does not exist or is disabled.
   *
   * HTTP 400 · error · retry: never
   *
   * [Reference](https://errcat.github.io/errcat/hyper/payments.html#payment_gateway_unavailable)
   */
  PAYMENT_GATEWAY_UNAVAILABLE = 40,
  /**
   * 41: Error on Payments Gateway Initialization.
   *
   * HTTP 503 · error · retry: after-delay
   *
   * [Reference](https://errcat.github.io/errcat/hyper/payments.html#payment_gateway_init_error)
   */
  PAYMENT_GATEWAY_INIT_ERROR = 41,
  /**
   * 50: You can run only one journal request at a time for a specific account.
   *
   * HTTP 503 · error · retry: after-delay
   *
   * Fix: Wait for the running journal request for the account to finish before starting another.
   *
   * [Reference](https://errcat.github.io/errcat/hyper/payments.html#journal_request_in_progress)
   */
  JOURNAL_REQUEST_IN_PROGRESS = 50,
}
