// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ErrcatKnownError, ErrcatUnknownError } from '@errcat/runtime';
import type { HyperCode } from './codes.js';
import type { HyperDetailsMap } from './details.js';

/**
 * Id of the API these errors come from.
 */
export type HyperApiId = "hyper";

/**
 * Positional template parameters per code: `formatMessage(code, ...HyperParamsMap[code])`.
 */
export interface HyperParamsMap {
  0: [];
  1: [];
  2: [];
  3: [];
  4: [];
  5: [];
  6: [];
  7: [];
  8: [];
  9: [acceptableLanguages: string];
  10: [];
  11: [alertDescription: string];
  12: [];
  13: [];
  14: [];
  15: [];
  16: [];
  17: [];
  18: [fileName: string];
  20: [];
  21: [];
  22: [];
  23: [];
  24: [];
  25: [emailAddress: string];
  26: [phoneNumber: string];
  27: [minimumAge: string];
  28: [];
  29: [];
  30: [];
  31: [];
  32: [];
  40: [];
  41: [];
  50: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface HyperNamedParamsMap {
  0: Record<string, never>;
  1: Record<string, never>;
  2: Record<string, never>;
  3: Record<string, never>;
  4: Record<string, never>;
  5: Record<string, never>;
  6: Record<string, never>;
  7: Record<string, never>;
  8: Record<string, never>;
  9: { readonly acceptableLanguages: string; };
  10: Record<string, never>;
  11: { readonly alertDescription: string; };
  12: Record<string, never>;
  13: Record<string, never>;
  14: Record<string, never>;
  15: Record<string, never>;
  16: Record<string, never>;
  17: Record<string, never>;
  18: { readonly fileName: string; };
  20: Record<string, never>;
  21: Record<string, never>;
  22: Record<string, never>;
  23: Record<string, never>;
  24: Record<string, never>;
  25: { readonly emailAddress: string; };
  26: { readonly phoneNumber: string; };
  27: { readonly minimumAge: string; };
  28: Record<string, never>;
  29: Record<string, never>;
  30: Record<string, never>;
  31: Record<string, never>;
  32: Record<string, never>;
  40: Record<string, never>;
  41: Record<string, never>;
  50: Record<string, never>;
}

/**
 * 0: Success.
 *
 * HTTP 200 · success · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SUCCESS.md | Reference}
 */
export interface SuccessError extends ErrcatKnownError<"hyper", 0, "success", HyperDetailsMap[0], HyperNamedParamsMap[0]> {}

/**
 * 1: Incomplete success.
 *
 * HTTP 200 · partial · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INCOMPLETE_SUCCESS.md | Reference}
 */
export interface IncompleteSuccessError extends ErrcatKnownError<"hyper", 1, "partial", HyperDetailsMap[1], HyperNamedParamsMap[1]> {}

/**
 * 2: No Results / Data.
 *
 * HTTP 200 · success · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/NO_RESULTS.md | Reference}
 */
export interface NoResultsError extends ErrcatKnownError<"hyper", 2, "success", HyperDetailsMap[2], HyperNamedParamsMap[2]> {}

/**
 * 3: API function does not exist.
 *
 * HTTP 404 · error · retry: never
 *
 * Fix: Call an API function that exists (check the function name in the request).
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FUNCTION_NOT_FOUND.md | Reference}
 */
export interface FunctionNotFoundError extends ErrcatKnownError<"hyper", 3, "error", HyperDetailsMap[3], HyperNamedParamsMap[3]> {}

/**
 * 4: Database error on the server side.
 *
 * HTTP 500 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/DATABASE_ERROR.md | Reference}
 */
export interface DatabaseErrorError extends ErrcatKnownError<"hyper", 4, "error", HyperDetailsMap[4], HyperNamedParamsMap[4]> {}

/**
 * 5: Technical error on the server side.
 *
 * HTTP 500 · error · retry: after-delay
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/TECHNICAL_ERROR.md | Reference}
 */
export interface TechnicalErrorError extends ErrcatKnownError<"hyper", 5, "error", HyperDetailsMap[5], HyperNamedParamsMap[5]> {}

/**
 * 6: Wrong account credentials (Unauthorized).
 *
 * HTTP 401 · error · retry: after-reauth
 *
 * Fix: Send the correct account credentials.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WRONG_CREDENTIALS.md | Reference}
 */
export interface WrongCredentialsError extends ErrcatKnownError<"hyper", 6, "error", HyperDetailsMap[6], HyperNamedParamsMap[6]> {}

/**
 * 7: Please fill up the required fields.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fill up the required fields.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/REQUIRED_FIELDS_MISSING.md | Reference}
 */
export interface RequiredFieldsMissingError extends ErrcatKnownError<"hyper", 7, "error", HyperDetailsMap[7], HyperNamedParamsMap[7]> {}

/**
 * 8: You are NOT authorized to access this data or function.
 *
 * HTTP 403 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/NOT_AUTHORIZED.md | Reference}
 */
export interface NotAuthorizedError extends ErrcatKnownError<"hyper", 8, "error", HyperDetailsMap[8], HyperNamedParamsMap[8]> {}

/**
 * 9: Please fill in the fields in the Acceptable Languages. %s
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fill in the fields in the acceptable languages listed in the message.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ACCEPTABLE_LANGUAGES_REQUIRED.md | Reference}
 */
export interface AcceptableLanguagesRequiredError extends ErrcatKnownError<"hyper", 9, "error", HyperDetailsMap[9], HyperNamedParamsMap[9]> {}

/**
 * 10: The requested resource is currently undergoing data processing. Please try again later.
 *
 * HTTP 423 · error · retry: after-delay
 *
 * Fix: Please try again later.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/RESOURCE_BEING_PROCESSED.md | Reference}
 */
export interface ResourceBeingProcessedError extends ErrcatKnownError<"hyper", 10, "error", HyperDetailsMap[10], HyperNamedParamsMap[10]> {}

/**
 * 11: Security Alert: %s.
 *
 * HTTP 422 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SECURITY_ALERT.md | Reference}
 */
export interface SecurityAlertError extends ErrcatKnownError<"hyper", 11, "error", HyperDetailsMap[11], HyperNamedParamsMap[11]> {}

/**
 * 12: This entity is already locked by another user.
 *
 * HTTP 422 · error · retry: after-delay
 *
 * Fix: Wait until the other user releases the entity, then try again.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ENTITY_LOCKED.md | Reference}
 */
export interface EntityLockedError extends ErrcatKnownError<"hyper", 12, "error", HyperDetailsMap[12], HyperNamedParamsMap[12]> {}

/**
 * 13: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WEAK_PASSWORD.md | Reference}
 */
export interface WeakPasswordError extends ErrcatKnownError<"hyper", 13, "error", HyperDetailsMap[13], HyperNamedParamsMap[13]> {}

/**
 * 14: Posted fields contain wrong data and/or missing fields.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Correct the wrong data and add the missing fields.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_POSTED_FIELDS.md | Reference}
 */
export interface InvalidPostedFieldsError extends ErrcatKnownError<"hyper", 14, "error", HyperDetailsMap[14], HyperNamedParamsMap[14]> {}

/**
 * 15: Missing parameter "Folder_Uid" (positive integer) for the Prototype folder ID.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Pass the "Folder_Uid" parameter (positive integer) with the Prototype folder ID.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FOLDER_UID_MISSING.md | Reference}
 */
export interface FolderUidMissingError extends ErrcatKnownError<"hyper", 15, "error", HyperDetailsMap[15], HyperNamedParamsMap[15]> {}

/**
 * 16: You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Upload only JPG, JPEG, PNG, PDF, TIF/TIFF, DOC/DOCX or XLS/XLSX files.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_TYPE_NOT_ALLOWED.md | Reference}
 */
export interface FileTypeNotAllowedError extends ErrcatKnownError<"hyper", 16, "error", HyperDetailsMap[16], HyperNamedParamsMap[16]> {}

/**
 * 17: You cannot upload files larger than 50 Megabytes.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Upload files no larger than 50 megabytes.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_TOO_LARGE.md | Reference}
 */
export interface FileTooLargeError extends ErrcatKnownError<"hyper", 17, "error", HyperDetailsMap[17], HyperNamedParamsMap[17]> {}

/**
 * 18: You cannot delete this file %s
 *
 * HTTP 422 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_NOT_DELETABLE.md | Reference}
 */
export interface FileNotDeletableError extends ErrcatKnownError<"hyper", 18, "error", HyperDetailsMap[18], HyperNamedParamsMap[18]> {}

/**
 * 20: Account does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ACCOUNT_NOT_FOUND.md | Reference}
 */
export interface AccountNotFoundError extends ErrcatKnownError<"hyper", 20, "error", HyperDetailsMap[20], HyperNamedParamsMap[20]> {}

/**
 * 21: Client does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CLIENT_NOT_FOUND.md | Reference}
 */
export interface ClientNotFoundError extends ErrcatKnownError<"hyper", 21, "error", HyperDetailsMap[21], HyperNamedParamsMap[21]> {}

/**
 * 22: Supplier does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SUPPLIER_NOT_FOUND.md | Reference}
 */
export interface SupplierNotFoundError extends ErrcatKnownError<"hyper", 22, "error", HyperDetailsMap[22], HyperNamedParamsMap[22]> {}

/**
 * 23: Project does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PROJECT_NOT_FOUND.md | Reference}
 */
export interface ProjectNotFoundError extends ErrcatKnownError<"hyper", 23, "error", HyperDetailsMap[23], HyperNamedParamsMap[23]> {}

/**
 * 24: No answer from the Index module.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: Check that Hyper's "Server Side App" is up and running; the Index module is contained in it.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INDEX_MODULE_NO_ANSWER.md | Reference}
 */
export interface IndexModuleNoAnswerError extends ErrcatKnownError<"hyper", 24, "error", HyperDetailsMap[24], HyperNamedParamsMap[24]> {}

/**
 * 25: Email address is not valid: %s
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid email address.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_EMAIL.md | Reference}
 */
export interface InvalidEmailError extends ErrcatKnownError<"hyper", 25, "error", HyperDetailsMap[25], HyperNamedParamsMap[25]> {}

/**
 * 26: Phone number is not valid: %s
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid phone number.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_PHONE.md | Reference}
 */
export interface InvalidPhoneError extends ErrcatKnownError<"hyper", 26, "error", HyperDetailsMap[26], HyperNamedParamsMap[26]> {}

/**
 * 27: Registration is allowed for people aged %s and over.
 *
 * HTTP 422 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/BELOW_MINIMUM_AGE.md | Reference}
 */
export interface BelowMinimumAgeError extends ErrcatKnownError<"hyper", 27, "error", HyperDetailsMap[27], HyperNamedParamsMap[27]> {}

/**
 * 28: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WEAK_NEW_PASSWORD_REGISTRATION.md | Reference}
 */
export interface WeakNewPasswordRegistrationError extends ErrcatKnownError<"hyper", 28, "error", HyperDetailsMap[28], HyperNamedParamsMap[28]> {}

/**
 * 29: The ID Number failed the control digit test.
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid ID number (one that passes the control digit test).
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ID_CONTROL_DIGIT_FAILED.md | Reference}
 */
export interface IdControlDigitFailedError extends ErrcatKnownError<"hyper", 29, "error", HyperDetailsMap[29], HyperNamedParamsMap[29]> {}

/**
 * 30: A form with identical information has already been submitted (Duplicate post).
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Do not submit the same form again; the earlier submission was already received.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/DUPLICATE_POST.md | Reference}
 */
export interface DuplicatePostError extends ErrcatKnownError<"hyper", 30, "error", HyperDetailsMap[30], HyperNamedParamsMap[30]> {}

/**
 * 31: Client has already registered previously with different details.
 *
 * HTTP 400 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CLIENT_ALREADY_REGISTERED.md | Reference}
 */
export interface ClientAlreadyRegisteredError extends ErrcatKnownError<"hyper", 31, "error", HyperDetailsMap[31], HyperNamedParamsMap[31]> {}

/**
 * 32: This case (ticket) is closed. You cannot update it anymore.
 *
 * HTTP 400 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CASE_CLOSED.md | Reference}
 */
export interface CaseClosedError extends ErrcatKnownError<"hyper", 32, "error", HyperDetailsMap[32], HyperNamedParamsMap[32]> {}

/**
 * 40: Payments Gateway does not exist or is disabled.
 *
 * HTTP 400 · error · retry: never
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PAYMENT_GATEWAY_UNAVAILABLE.md | Reference}
 */
export interface PaymentGatewayUnavailableError extends ErrcatKnownError<"hyper", 40, "error", HyperDetailsMap[40], HyperNamedParamsMap[40]> {}

/**
 * 41: Error on Payments Gateway Initialization.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PAYMENT_GATEWAY_INIT_ERROR.md | Reference}
 */
export interface PaymentGatewayInitErrorError extends ErrcatKnownError<"hyper", 41, "error", HyperDetailsMap[41], HyperNamedParamsMap[41]> {}

/**
 * 50: You can run only one journal request at a time for a specific account.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * Fix: Wait for the running journal request for the account to finish before starting another.
 *
 * @see {@link https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/JOURNAL_REQUEST_IN_PROGRESS.md | Reference}
 */
export interface JournalRequestInProgressError extends ErrcatKnownError<"hyper", 50, "error", HyperDetailsMap[50], HyperNamedParamsMap[50]> {}

/**
 * Every known error of the Hyper CRM API, discriminated on `code`.
 */
export type HyperError =
  | SuccessError
  | IncompleteSuccessError
  | NoResultsError
  | FunctionNotFoundError
  | DatabaseErrorError
  | TechnicalErrorError
  | WrongCredentialsError
  | RequiredFieldsMissingError
  | NotAuthorizedError
  | AcceptableLanguagesRequiredError
  | ResourceBeingProcessedError
  | SecurityAlertError
  | EntityLockedError
  | WeakPasswordError
  | InvalidPostedFieldsError
  | FolderUidMissingError
  | FileTypeNotAllowedError
  | FileTooLargeError
  | FileNotDeletableError
  | AccountNotFoundError
  | ClientNotFoundError
  | SupplierNotFoundError
  | ProjectNotFoundError
  | IndexModuleNoAnswerError
  | InvalidEmailError
  | InvalidPhoneError
  | BelowMinimumAgeError
  | WeakNewPasswordRegistrationError
  | IdControlDigitFailedError
  | DuplicatePostError
  | ClientAlreadyRegisteredError
  | CaseClosedError
  | PaymentGatewayUnavailableError
  | PaymentGatewayInitErrorError
  | JournalRequestInProgressError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type HyperUnknownError = ErrcatUnknownError<"hyper">;

/**
 * The error type of each code, read by indexed access: `HyperErrorMap[C]`.
 */
export interface HyperErrorMap {
  0: SuccessError;
  1: IncompleteSuccessError;
  2: NoResultsError;
  3: FunctionNotFoundError;
  4: DatabaseErrorError;
  5: TechnicalErrorError;
  6: WrongCredentialsError;
  7: RequiredFieldsMissingError;
  8: NotAuthorizedError;
  9: AcceptableLanguagesRequiredError;
  10: ResourceBeingProcessedError;
  11: SecurityAlertError;
  12: EntityLockedError;
  13: WeakPasswordError;
  14: InvalidPostedFieldsError;
  15: FolderUidMissingError;
  16: FileTypeNotAllowedError;
  17: FileTooLargeError;
  18: FileNotDeletableError;
  20: AccountNotFoundError;
  21: ClientNotFoundError;
  22: SupplierNotFoundError;
  23: ProjectNotFoundError;
  24: IndexModuleNoAnswerError;
  25: InvalidEmailError;
  26: InvalidPhoneError;
  27: BelowMinimumAgeError;
  28: WeakNewPasswordRegistrationError;
  29: IdControlDigitFailedError;
  30: DuplicatePostError;
  31: ClientAlreadyRegisteredError;
  32: CaseClosedError;
  40: PaymentGatewayUnavailableError;
  41: PaymentGatewayInitErrorError;
  50: JournalRequestInProgressError;
}

export type { HyperCode };
