// Generated from catalog/zoho-accounts.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { ZohoAccountsCode } from './codes.js';

/**
 * Id of the API these errors come from.
 */
export type ZohoAccountsApiId = "zoho-accounts";

/**
 * Positional template parameters per code: `formatMessage(code, ...ZohoAccountsParamsMap[code])`.
 */
export interface ZohoAccountsParamsMap {
  "Access Denied": [];
  access_denied: [];
  invalid_authtoken: [];
  invalid_client: [];
  invalid_code: [];
  invalid_grant: [];
  invalid_redirect_uri: [];
  invalid_request: [];
  invalid_scope: [];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface ZohoAccountsNamedParamsMap {
  "Access Denied": Record<string, never>;
  access_denied: Record<string, never>;
  invalid_authtoken: Record<string, never>;
  invalid_client: Record<string, never>;
  invalid_code: Record<string, never>;
  invalid_grant: Record<string, never>;
  invalid_redirect_uri: Record<string, never>;
  invalid_request: Record<string, never>;
  invalid_scope: Record<string, never>;
}

/**
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...ZohoAccountsVariantParamsMap[code][variant])`.
 */
export interface ZohoAccountsVariantParamsMap {
  "Access Denied": [[], []];
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface ZohoAccountsVariantIndexMap {
  "Access Denied": 0 | 1;
}

/**
 * What every known error of the Zoho Accounts OAuth 2.0 carries besides its per-code members: the members of ErrcatErrorBase<ZohoAccountsApiId, ZohoAccountsAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface ZohoAccountsKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: ZohoAccountsApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly ZohoAccountsAnyError[];
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
 * "Access Denied": Token creation throttle limit reached. Please reuse the valid tokens you currently have.
 *
 * HTTP 200 · error · retry: after-delay
 *
 * Also HTTP 200: You have made too many requests continuously. Please try again after some time.
 *
 * Fix: Keep the access token for its hour of validity and refresh it only when it is about to expire, then wait for the block to end. A user past twenty refresh tokens should revoke old refresh tokens before generating new ones.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#access_denied_too_many_requests)
 */
export interface AccessDeniedTooManyRequestsError extends ZohoAccountsKnownErrorBase {
  readonly code: "Access Denied";
  readonly kind: "error";
  readonly params: Partial<Record<string, never>>;
  readonly entry: CodeEntry<"Access Denied">;
}

/**
 * "access_denied": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: after-reauth (authorize)
 *
 * Fix: Request scopes of the same service as the authtoken with an authtoken of the application owner that has not been converted yet; otherwise obtain tokens through the OAuth authorization flow.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#access_denied)
 */
export interface AccessDeniedError extends ZohoAccountsKnownErrorBase {
  readonly code: "access_denied";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["access_denied"]>;
  readonly entry: CodeEntry<"access_denied">;
}

/**
 * "invalid_authtoken": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send a correct authtoken that has not been converted yet; once converted, use the OAuth tokens it produced.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_authtoken)
 */
export interface InvalidAuthtokenError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_authtoken";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_authtoken"]>;
  readonly entry: CodeEntry<"invalid_authtoken">;
}

/**
 * "invalid_client": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send the correct client ID and client secret, generate the grant, access and refresh tokens on the same accounts domain (or enable multi-DC for the client), and send the client secret of the data center you call.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_client)
 */
export interface InvalidClientError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_client";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_client"]>;
  readonly entry: CodeEntry<"invalid_client">;
}

/**
 * "invalid_code": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: after-reauth (authorize)
 *
 * Fix: Exchange a grant token for tokens before it expires and only once; when refreshing, send the right refresh token. A revoked refresh token or a spent grant token needs a new authorization (a new grant token).
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_code)
 */
export interface InvalidCodeError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_code";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_code"]>;
  readonly entry: CodeEntry<"invalid_code">;
}

/**
 * "invalid_grant": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send grant_type=authtooauth.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_grant)
 */
export interface InvalidGrantError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_grant";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_grant"]>;
  readonly entry: CodeEntry<"invalid_grant">;
}

/**
 * "invalid_redirect_uri": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send the redirect URI exactly as it is registered for the client.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/token-requests.html#invalid_redirect_uri)
 */
export interface InvalidRedirectUriError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_redirect_uri";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_redirect_uri"]>;
  readonly entry: CodeEntry<"invalid_redirect_uri">;
}

/**
 * "invalid_request": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send the soid parameter: the ZGID of the organization, as ZohoCRM.<zgid>.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_request)
 */
export interface InvalidRequestError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_request";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_request"]>;
  readonly entry: CodeEntry<"invalid_request">;
}

/**
 * "invalid_scope": (the vendor documents no message for this code)
 *
 * HTTP 200 · error · retry: never
 *
 * Fix: Send valid Zoho CRM OAuth scopes in the scope parameter.
 *
 * [Reference](https://errcat.github.io/errcat/zoho-accounts/authtoken-migration.html#invalid_scope)
 */
export interface InvalidScopeError extends ZohoAccountsKnownErrorBase {
  readonly code: "invalid_scope";
  readonly kind: "error";
  readonly params: Partial<ZohoAccountsNamedParamsMap["invalid_scope"]>;
  readonly entry: CodeEntry<"invalid_scope">;
}

/**
 * Every known error of the Zoho Accounts OAuth 2.0, discriminated on `code`.
 */
export type ZohoAccountsError =
  | AccessDeniedTooManyRequestsError
  | AccessDeniedError
  | InvalidAuthtokenError
  | InvalidClientError
  | InvalidCodeError
  | InvalidGrantError
  | InvalidRedirectUriError
  | InvalidRequestError
  | InvalidScopeError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type ZohoAccountsUnknownError = ErrcatUnknownError<"zoho-accounts", ZohoAccountsAnyError>;

/**
 * An entry of a Zoho Accounts OAuth 2.0 response: a code the catalog knows (`known: true`) or one it does not.
 */
export type ZohoAccountsAnyError = ZohoAccountsError | ZohoAccountsUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Zoho Accounts OAuth 2.0 but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type ZohoAccountsResultError =
  | AccessDeniedTooManyRequestsError
  | AccessDeniedError
  | InvalidAuthtokenError
  | InvalidClientError
  | InvalidCodeError
  | InvalidGrantError
  | InvalidRedirectUriError
  | InvalidRequestError
  | InvalidScopeError
  | ZohoAccountsUnknownError;

/**
 * The error type of each code, read by indexed access: `ZohoAccountsErrorMap[C]`.
 */
export interface ZohoAccountsErrorMap {
  "Access Denied": AccessDeniedTooManyRequestsError;
  access_denied: AccessDeniedError;
  invalid_authtoken: InvalidAuthtokenError;
  invalid_client: InvalidClientError;
  invalid_code: InvalidCodeError;
  invalid_grant: InvalidGrantError;
  invalid_redirect_uri: InvalidRedirectUriError;
  invalid_request: InvalidRequestError;
  invalid_scope: InvalidScopeError;
}

export type { ZohoAccountsCode };
