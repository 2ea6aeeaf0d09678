// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { HyperCode } from './codes.js';

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
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...HyperVariantParamsMap[code][variant])`.
 */
export interface HyperVariantParamsMap {
  5: [[], []];
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface HyperVariantIndexMap {
  5: 0 | 1;
}

/**
 * What every known error of the Hyper CRM API carries besides its per-code members: the members of ErrcatErrorBase<HyperApiId, HyperAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface HyperKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: HyperApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly HyperAnyError[];
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
 * 0: Success.
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/success.html#code-success)
 */
export interface SuccessError extends HyperKnownErrorBase {
  readonly code: 0;
  readonly kind: "success";
  readonly params: Partial<HyperNamedParamsMap[0]>;
  readonly entry: CodeEntry<0>;
}

/**
 * 1: Incomplete success.
 *
 * HTTP 200 · partial · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/success.html#incomplete_success)
 */
export interface IncompleteSuccessError extends HyperKnownErrorBase {
  readonly code: 1;
  readonly kind: "partial";
  readonly params: Partial<HyperNamedParamsMap[1]>;
  readonly entry: CodeEntry<1>;
}

/**
 * 2: No Results / Data.
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/success.html#no_results)
 */
export interface NoResultsError extends HyperKnownErrorBase {
  readonly code: 2;
  readonly kind: "success";
  readonly params: Partial<HyperNamedParamsMap[2]>;
  readonly entry: CodeEntry<2>;
}

/**
 * 3: API function does not exist.
 *
 * HTTP 404 · error · retry: never
 *
 * Fix: Call an API function that exists (check the function name in the request).
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#function_not_found)
 */
export interface FunctionNotFoundError extends HyperKnownErrorBase {
  readonly code: 3;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[3]>;
  readonly entry: CodeEntry<3>;
}

/**
 * 4: Database error on the server side.
 *
 * HTTP 500 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#database_error)
 */
export interface DatabaseErrorError extends HyperKnownErrorBase {
  readonly code: 4;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[4]>;
  readonly entry: CodeEntry<4>;
}

/**
 * 5: Technical error on the server side.
 *
 * HTTP 500 · error · retry: after-delay
 *
 * Also HTTP 500: You have reached the limit of "parallel tenants" (crm entities).
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#technical_error)
 */
export interface TechnicalErrorError extends HyperKnownErrorBase {
  readonly code: 5;
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<5>;
}

/**
 * 6: Wrong account credentials (Unauthorized).
 *
 * HTTP 401 · error · retry: after-reauth (authorize)
 *
 * Fix: Send the correct account credentials.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#wrong_credentials)
 */
export interface WrongCredentialsError extends HyperKnownErrorBase {
  readonly code: 6;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[6]>;
  readonly entry: CodeEntry<6>;
}

/**
 * 7: Please fill up the required fields.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fill up the required fields.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#required_fields_missing)
 */
export interface RequiredFieldsMissingError extends HyperKnownErrorBase {
  readonly code: 7;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[7]>;
  readonly entry: CodeEntry<7>;
}

/**
 * 8: You are NOT authorized to access this data or function.
 *
 * HTTP 403 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#not_authorized)
 */
export interface NotAuthorizedError extends HyperKnownErrorBase {
  readonly code: 8;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[8]>;
  readonly entry: CodeEntry<8>;
}

/**
 * 9: Please fill in the fields in the Acceptable Languages. %s
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fill in the fields in the acceptable languages listed in the message.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#acceptable_languages_required)
 */
export interface AcceptableLanguagesRequiredError extends HyperKnownErrorBase {
  readonly code: 9;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[9]>;
  readonly entry: CodeEntry<9>;
}

/**
 * 10: The requested resource is currently undergoing data processing. Please try again later.
 *
 * HTTP 423 · error · retry: after-delay
 *
 * Fix: Please try again later.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#resource_being_processed)
 */
export interface ResourceBeingProcessedError extends HyperKnownErrorBase {
  readonly code: 10;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[10]>;
  readonly entry: CodeEntry<10>;
}

/**
 * 11: Security Alert: %s.
 *
 * HTTP 422 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#security_alert)
 */
export interface SecurityAlertError extends HyperKnownErrorBase {
  readonly code: 11;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[11]>;
  readonly entry: CodeEntry<11>;
}

/**
 * 12: This entity is already locked by another user.
 *
 * HTTP 422 · error · retry: after-delay
 *
 * Fix: Wait until the other user releases the entity, then try again.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#entity_locked)
 */
export interface EntityLockedError extends HyperKnownErrorBase {
  readonly code: 12;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[12]>;
  readonly entry: CodeEntry<12>;
}

/**
 * 13: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#weak_password)
 */
export interface WeakPasswordError extends HyperKnownErrorBase {
  readonly code: 13;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[13]>;
  readonly entry: CodeEntry<13>;
}

/**
 * 14: Posted fields contain wrong data and/or missing fields.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Correct the wrong data and add the missing fields.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/common.html#invalid_posted_fields)
 */
export interface InvalidPostedFieldsError extends HyperKnownErrorBase {
  readonly code: 14;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[14]>;
  readonly entry: CodeEntry<14>;
}

/**
 * 15: Missing parameter "Folder_Uid" (positive integer) for the Prototype folder ID.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Pass the "Folder_Uid" parameter (positive integer) with the Prototype folder ID.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/documents.html#folder_uid_missing)
 */
export interface FolderUidMissingError extends HyperKnownErrorBase {
  readonly code: 15;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[15]>;
  readonly entry: CodeEntry<15>;
}

/**
 * 16: You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Upload only JPG, JPEG, PNG, PDF, TIF/TIFF, DOC/DOCX or XLS/XLSX files.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_type_not_allowed)
 */
export interface FileTypeNotAllowedError extends HyperKnownErrorBase {
  readonly code: 16;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[16]>;
  readonly entry: CodeEntry<16>;
}

/**
 * 17: You cannot upload files larger than 50 Megabytes.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Upload files no larger than 50 megabytes.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_too_large)
 */
export interface FileTooLargeError extends HyperKnownErrorBase {
  readonly code: 17;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[17]>;
  readonly entry: CodeEntry<17>;
}

/**
 * 18: You cannot delete this file %s
 *
 * HTTP 422 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/documents.html#file_not_deletable)
 */
export interface FileNotDeletableError extends HyperKnownErrorBase {
  readonly code: 18;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[18]>;
  readonly entry: CodeEntry<18>;
}

/**
 * 20: Account does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#account_not_found)
 */
export interface AccountNotFoundError extends HyperKnownErrorBase {
  readonly code: 20;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[20]>;
  readonly entry: CodeEntry<20>;
}

/**
 * 21: Client does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#client_not_found)
 */
export interface ClientNotFoundError extends HyperKnownErrorBase {
  readonly code: 21;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[21]>;
  readonly entry: CodeEntry<21>;
}

/**
 * 22: Supplier does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#supplier_not_found)
 */
export interface SupplierNotFoundError extends HyperKnownErrorBase {
  readonly code: 22;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[22]>;
  readonly entry: CodeEntry<22>;
}

/**
 * 23: Project does not exist in Hyper.
 *
 * HTTP 404 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#project_not_found)
 */
export interface ProjectNotFoundError extends HyperKnownErrorBase {
  readonly code: 23;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[23]>;
  readonly entry: CodeEntry<23>;
}

/**
 * 24: No answer from the Index module.
 *
 * HTTP 500 · error · retry: after-delay
 *
 * Fix: Check that Hyper's "Server Side App" is up and running; the Index module is contained in it.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#index_module_no_answer)
 */
export interface IndexModuleNoAnswerError extends HyperKnownErrorBase {
  readonly code: 24;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[24]>;
  readonly entry: CodeEntry<24>;
}

/**
 * 25: Email address is not valid: %s
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid email address.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#invalid_email)
 */
export interface InvalidEmailError extends HyperKnownErrorBase {
  readonly code: 25;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[25]>;
  readonly entry: CodeEntry<25>;
}

/**
 * 26: Phone number is not valid: %s
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid phone number.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#invalid_phone)
 */
export interface InvalidPhoneError extends HyperKnownErrorBase {
  readonly code: 26;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[26]>;
  readonly entry: CodeEntry<26>;
}

/**
 * 27: Registration is allowed for people aged %s and over.
 *
 * HTTP 422 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#below_minimum_age)
 */
export interface BelowMinimumAgeError extends HyperKnownErrorBase {
  readonly code: 27;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[27]>;
  readonly entry: CodeEntry<27>;
}

/**
 * 28: The new password must be at least 8 characters long and contain 2 digits and 3 letters.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Use a new password of at least 8 characters with 2 digits and 3 letters; when using English only, combine uppercase and lowercase letters.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#weak_new_password_registration)
 */
export interface WeakNewPasswordRegistrationError extends HyperKnownErrorBase {
  readonly code: 28;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[28]>;
  readonly entry: CodeEntry<28>;
}

/**
 * 29: The ID Number failed the control digit test.
 *
 * HTTP 422 · error · retry: never
 *
 * Fix: Send a valid ID number (one that passes the control digit test).
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#id_control_digit_failed)
 */
export interface IdControlDigitFailedError extends HyperKnownErrorBase {
  readonly code: 29;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[29]>;
  readonly entry: CodeEntry<29>;
}

/**
 * 30: A form with identical information has already been submitted (Duplicate post).
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Do not submit the same form again; the earlier submission was already received.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#duplicate_post)
 */
export interface DuplicatePostError extends HyperKnownErrorBase {
  readonly code: 30;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[30]>;
  readonly entry: CodeEntry<30>;
}

/**
 * 31: Client has already registered previously with different details.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#client_already_registered)
 */
export interface ClientAlreadyRegisteredError extends HyperKnownErrorBase {
  readonly code: 31;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[31]>;
  readonly entry: CodeEntry<31>;
}

/**
 * 32: This case (ticket) is closed. You cannot update it anymore.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/entities.html#case_closed)
 */
export interface CaseClosedError extends HyperKnownErrorBase {
  readonly code: 32;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[32]>;
  readonly entry: CodeEntry<32>;
}

/**
 * 40: Payments Gateway does not exist or is disabled.
 *
 * HTTP 400 · error · retry: never
 *
 * [Reference](https://errcat.github.io/errcat/hyper/payments.html#payment_gateway_unavailable)
 */
export interface PaymentGatewayUnavailableError extends HyperKnownErrorBase {
  readonly code: 40;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[40]>;
  readonly entry: CodeEntry<40>;
}

/**
 * 41: Error on Payments Gateway Initialization.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * [Reference](https://errcat.github.io/errcat/hyper/payments.html#payment_gateway_init_error)
 */
export interface PaymentGatewayInitErrorError extends HyperKnownErrorBase {
  readonly code: 41;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[41]>;
  readonly entry: CodeEntry<41>;
}

/**
 * 50: You can run only one journal request at a time for a specific account.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * Fix: Wait for the running journal request for the account to finish before starting another.
 *
 * [Reference](https://errcat.github.io/errcat/hyper/payments.html#journal_request_in_progress)
 */
export interface JournalRequestInProgressError extends HyperKnownErrorBase {
  readonly code: 50;
  readonly kind: "error";
  readonly params: Partial<HyperNamedParamsMap[50]>;
  readonly entry: CodeEntry<50>;
}

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
export type HyperUnknownError = ErrcatUnknownError<"hyper", HyperAnyError>;

/**
 * An entry of a Hyper CRM API response: a code the catalog knows (`known: true`) or one it does not.
 */
export type HyperAnyError = HyperError | HyperUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Hyper CRM API but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type HyperResultError =
  | IncompleteSuccessError
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
  | JournalRequestInProgressError
  | HyperUnknownError;

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
