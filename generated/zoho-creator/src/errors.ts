// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoCreatorCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoCreatorApiId = "zoho-creator";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoCreatorParamsMap[code])`.
 */
export interface ZohoCreatorParamsMap {
  4000: [];
  9350: [];
  9360: [];
  9370: [];
  9380: [];
  9390: [];
  9400: [];
  9410: [];
  9430: [];
  9450: [field: string];
  9460: [];
  9470: [];
  9480: [];
  9490: [];
  9500: [];
  9510: [domain: string];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoCreatorNamedParamsMap {
  4000: Record<string, never>;
  9350: Record<string, never>;
  9360: Record<string, never>;
  9370: Record<string, never>;
  9380: Record<string, never>;
  9390: Record<string, never>;
  9400: Record<string, never>;
  9410: Record<string, never>;
  9430: Record<string, never>;
  9450: { readonly field: string; };
  9460: Record<string, never>;
  9470: Record<string, never>;
  9480: Record<string, never>;
  9490: Record<string, never>;
  9500: Record<string, never>;
  9510: { readonly domain: string; };
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoCreatorVariantParamsMap[code][variant])`.
 */
export interface ZohoCreatorVariantParamsMap {
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface ZohoCreatorVariantIndexMap {
}

/**
 * What every known error of the Zoho Creator Custom APIs carries besides its per-code members: the members of ErrcatErrorBase<ZohoCreatorApiId, ZohoCreatorAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface ZohoCreatorKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: ZohoCreatorApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly ZohoCreatorAnyError[];
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
 * 4000: Account's custom API limit has been reached. Please upgrade to execute more custom API calls.
 *
 * HTTP 403 · error · retry: after-delay
 *
 * Fix: The custom API can be invoked after waiting a day, or the account's API call limit can be extended by the super admin.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/forbidden.html#custom_api_limit_reached)
 */
export interface CustomApiLimitReachedError extends ZohoCreatorKnownErrorBase {
  readonly code: 4000;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[4000]>;
  readonly entry: CodeEntry<4000>;
}

/**
 * 9350: Custom API doesn't exist. Please check the custom API link name.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The link name mentioned in the request should match the one specified in the endpoint URL of the custom API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#custom_api_not_found)
 */
export interface CustomApiNotFoundError extends ZohoCreatorKnownErrorBase {
  readonly code: 9350;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9350]>;
  readonly entry: CodeEntry<9350>;
}

/**
 * 9360: Custom API is in draft or disabled state. Please enable the API and try again.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The custom API's configuration has to be complete and enabled before executing the API request.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#custom_api_draft_or_disabled)
 */
export interface CustomApiDraftOrDisabledError extends ZohoCreatorKnownErrorBase {
  readonly code: 9360;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9360]>;
  readonly entry: CodeEntry<9360>;
}

/**
 * 9370: The request contains an invalid public key for this Custom API.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Ensure that the exact public key from the summary of the custom API's configuration is specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#invalid_public_key)
 */
export interface InvalidPublicKeyError extends ZohoCreatorKnownErrorBase {
  readonly code: 9370;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9370]>;
  readonly entry: CodeEntry<9370>;
}

/**
 * 9380: You do not have permission to invoke this Custom API. Please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Invoke the custom API as an admin of the organization where it was built, or reach out to the admin to change its user scope from 'Admin Only'.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#admin_only_api)
 */
export interface AdminOnlyApiError extends ZohoCreatorKnownErrorBase {
  readonly code: 9380;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9380]>;
  readonly entry: CodeEntry<9380>;
}

/**
 * 9390: You do not have permission to invoke this Custom API. Please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Reach out to the admin to include the user in the custom API's user scope.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_not_in_scope)
 */
export interface UserNotInScopeError extends ZohoCreatorKnownErrorBase {
  readonly code: 9390;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9390]>;
  readonly entry: CodeEntry<9390>;
}

/**
 * 9400: The provided HTTP method is not valid for this custom API.
 *
 * HTTP 405 · error · retry: never
 *
 * Fix: The exact value from the summary of the custom API's configuration must be specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/method-not-allowed.html#invalid_http_method)
 */
export interface InvalidHttpMethodError extends ZohoCreatorKnownErrorBase {
  readonly code: 9400;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9400]>;
  readonly entry: CodeEntry<9400>;
}

/**
 * 9410: The Content-Type specified for this Custom API is invalid.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The exact value from the summary of the custom API's configuration must be specified here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#invalid_content_type)
 */
export interface InvalidContentTypeError extends ZohoCreatorKnownErrorBase {
  readonly code: 9410;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9410]>;
  readonly entry: CodeEntry<9410>;
}

/**
 * 9430: There is an error while executing Custom API.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: Ensure that any such errors in the Deluge function are rectified before executing it again.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#custom_api_execution_error)
 */
export interface CustomApiExecutionErrorError extends ZohoCreatorKnownErrorBase {
  readonly code: 9430;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9430]>;
  readonly entry: CodeEntry<9430>;
}

/**
 * 9450: Datatype mismatch encountered. Please provide a valid value for %s.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: The datatype mentioned for the key in the request body should be followed here.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/bad-request.html#datatype_mismatch)
 */
export interface DatatypeMismatchError extends ZohoCreatorKnownErrorBase {
  readonly code: 9450;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9450]>;
  readonly entry: CodeEntry<9450>;
}

/**
 * 9460: The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: This should be checked and verified with the custom API's configuration.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#action_configuration_mismatch)
 */
export interface ActionConfigurationMismatchError extends ZohoCreatorKnownErrorBase {
  readonly code: 9460;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9460]>;
  readonly entry: CodeEntry<9460>;
}

/**
 * 9470: You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: The user has to accept the invitation sent by the admin to become a confirmed user, after which they can invoke this API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#invitation_not_accepted)
 */
export interface InvitationNotAcceptedError extends ZohoCreatorKnownErrorBase {
  readonly code: 9470;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9470]>;
  readonly entry: CodeEntry<9470>;
}

/**
 * 9480: The specified user does not exist.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: Invoke the custom API as a user who belongs to the organization in which it has been created.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_not_found)
 */
export interface UserNotFoundError extends ZohoCreatorKnownErrorBase {
  readonly code: 9480;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9480]>;
  readonly entry: CodeEntry<9480>;
}

/**
 * 9490: The specified user is currently inactive. To activate, please reach out to the admin.
 *
 * HTTP 401 · error · retry: never
 *
 * Fix: The user has to be activated by an admin or super admin, after which they can invoke this API.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/authorization-error.html#user_inactive)
 */
export interface UserInactiveError extends ZohoCreatorKnownErrorBase {
  readonly code: 9490;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9490]>;
  readonly entry: CodeEntry<9490>;
}

/**
 * 9500: Invalid Custom API configuration. Please reach out to the admin.
 *
 * HTTP 500 · error · retry: never
 *
 * Fix: The correctness of the custom API configuration and whether it is ready to be invoked should be checked.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/internal-server-error.html#invalid_custom_api_configuration)
 */
export interface InvalidCustomApiConfigurationError extends ZohoCreatorKnownErrorBase {
  readonly code: 9500;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9500]>;
  readonly entry: CodeEntry<9500>;
}

/**
 * 9510: Invalid domain name. Kindly use the domain - %s
 *
 * HTTP 403 · error · retry: never
 *
 * Fix: The endpoint URL must specify the domain as mentioned in the error message.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-creator/forbidden.html#invalid_domain)
 */
export interface InvalidDomainError extends ZohoCreatorKnownErrorBase {
  readonly code: 9510;
  readonly kind: "error";
  readonly params: Partial<ZohoCreatorNamedParamsMap[9510]>;
  readonly entry: CodeEntry<9510>;
}

/**
 * Every known error of the Zoho Creator Custom APIs, discriminated on `code`.
 */
export type ZohoCreatorError =
  | CustomApiLimitReachedError
  | CustomApiNotFoundError
  | CustomApiDraftOrDisabledError
  | InvalidPublicKeyError
  | AdminOnlyApiError
  | UserNotInScopeError
  | InvalidHttpMethodError
  | InvalidContentTypeError
  | CustomApiExecutionErrorError
  | DatatypeMismatchError
  | ActionConfigurationMismatchError
  | InvitationNotAcceptedError
  | UserNotFoundError
  | UserInactiveError
  | InvalidCustomApiConfigurationError
  | InvalidDomainError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoCreatorUnknownError = ErrcatUnknownError<"zoho-creator", ZohoCreatorAnyError>;

/**
 * An entry of a Zoho Creator Custom APIs response: a code the catalog knows (`known: true`) or one it does not.
 */
export type ZohoCreatorAnyError = ZohoCreatorError | ZohoCreatorUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Zoho Creator Custom APIs but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type ZohoCreatorResultError =
  | CustomApiLimitReachedError
  | CustomApiNotFoundError
  | CustomApiDraftOrDisabledError
  | InvalidPublicKeyError
  | AdminOnlyApiError
  | UserNotInScopeError
  | InvalidHttpMethodError
  | InvalidContentTypeError
  | CustomApiExecutionErrorError
  | DatatypeMismatchError
  | ActionConfigurationMismatchError
  | InvitationNotAcceptedError
  | UserNotFoundError
  | UserInactiveError
  | InvalidCustomApiConfigurationError
  | InvalidDomainError
  | ZohoCreatorUnknownError;

/**
 * The error type of each code, read by indexed access: `ZohoCreatorErrorMap[C]`.
 */
export interface ZohoCreatorErrorMap {
  4000: CustomApiLimitReachedError;
  9350: CustomApiNotFoundError;
  9360: CustomApiDraftOrDisabledError;
  9370: InvalidPublicKeyError;
  9380: AdminOnlyApiError;
  9390: UserNotInScopeError;
  9400: InvalidHttpMethodError;
  9410: InvalidContentTypeError;
  9430: CustomApiExecutionErrorError;
  9450: DatatypeMismatchError;
  9460: ActionConfigurationMismatchError;
  9470: InvitationNotAcceptedError;
  9480: UserNotFoundError;
  9490: UserInactiveError;
  9500: InvalidCustomApiConfigurationError;
  9510: InvalidDomainError;
}

export type { ZohoCreatorCode };
