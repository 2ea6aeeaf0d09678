// Generated from catalog/zoho-crm.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import {
  ErrcatApiError,
  backoff,
  checkErrorDetails,
  composeParser,
  entryPathReader,
  hasCode as hasErrcatCode,
  headerReader,
  isErrcatApiError,
  isErrcatError,
  isTransientStatus,
  parseFetch,
  pickVariant,
  readCauses,
  retryAdvice as retryAdviceOf,
  toProblemDetails as problemDetailsOf,
  type AnyErrcatParseResult,
  type BackoffOptions,
  type CodeEntry,
  type CodeVariant,
  type DetailsIssue,
  type ErrcatBody,
  type ErrcatBodyHolder,
  type ErrcatError,
  type ErrcatFetchInit,
  type ErrcatHeaders,
  type ErrcatKnownError,
  type ErrcatNotABody,
  type ErrcatParseInit,
  type ErrcatParseResult,
  type ErrcatParseWarning,
  type ErrcatProblemDetails,
  type ErrcatUnknownError,
  type FetchResponseLike,
  type ParseSpec,
  type ReauthMethod,
  type Received,
  type RetryAdvice,
  type UnknownReason,
  type WireCode,
} from '@errcat/runtime';
import type { ZohoCrmCode } from './codes.js';
import type { ZohoCrmDetailsMap } from './details.js';
import { lookup } from './entries.js';
import type { ZohoCrmAnyError, ZohoCrmApiId, ZohoCrmError, ZohoCrmErrorMap, ZohoCrmResultError, ZohoCrmUnknownError } from './errors.js';
import { detailsValidators } from './validators.js';

export { backoff, isErrcatApiError, isErrcatError, isTransientStatus };
export type { AnyErrcatParseResult, BackoffOptions, CodeEntry, CodeVariant, DetailsIssue, ErrcatApiError, ErrcatBody, ErrcatBodyHolder, ErrcatError, ErrcatFetchInit, ErrcatHeaders, ErrcatKnownError, ErrcatNotABody, ErrcatParseInit, ErrcatParseResult, ErrcatParseWarning, ErrcatProblemDetails, ErrcatUnknownError, FetchResponseLike, ReauthMethod, Received, RetryAdvice, UnknownReason, WireCode };
export type { ZohoCrmAnyError, ZohoCrmResultError };

/**
 * Response headers of the Zoho CRM REST API surfaced on every parse result (read case-insensitively).
 */
export type ZohoCrmResponseHeaders = {
  /**
   * `X-API-CREDITS-REMAINING`: Remaining API credits in the rolling 24-hour window; present in the response once API usage exceeds 50 percent of the daily available credit limit.
   */
  readonly creditsRemaining?: number;
  /**
   * `Retry-After`, in seconds: Standard HTTP header: seconds (or an HTTP date) to wait before retrying, when the server sends it with a 429 response; the Zoho pages do not document it.
   */
  readonly retryAfter?: number;
};

/**
 * What parseResponse returns, discriminated on `kind` ('success' | 'partial' | 'error').
 */
export type ZohoCrmParseResult = ErrcatParseResult<ZohoCrmApiId, ZohoCrmAnyError, ZohoCrmResponseHeaders, ZohoCrmResultError>;

const spec: ParseSpec = {
  api: "zoho-crm",
  codeField: "code",
  codeType: "string",
  messageFields: ["message"],
  detailsField: "details",
  statusField: "status",
  recordArrays: ["Emails", "__composite_requests", "__email_drafts", "__zia_org_enrichment", "__zia_people_enrichment", "assignment_rules", "audit_log_export", "cadences", "cadences_records_count", "change_status", "contact_roles", "currencies", "custom_views", "data", "data_enrichment", "data_sharing", "download_mail_merge", "email_compose", "field_updates", "fields", "get_related_records_count", "global_picklists", "holidays", "layouts", "map_dependency", "mass_delete", "merge", "modules", "pick_list_values", "pipeline", "portal_invite", "portals", "profiles", "record_locking_configurations", "recycle_bin", "reorder", "replace_pick_list_values", "replace_picklist_values", "roles", "scoring_rules", "send_mail_merge", "share", "sharing_rules", "shift_hours", "sign_mail_merge", "tags", "territories", "transfer", "transfer_and_delete", "transfer_pipeline", "unsubscribe_links", "user_groups", "user_type", "users", "users_unavailability", "variable_groups", "variables", "watch", "webhooks", "workflow_rules"],
  entryPaths: ["portal_invite[].data[]", "tags", "appointment_preferences", "base_currency", "business_hours", "call_preferences", "duplicate_check_preference", "fiscal_year", "run_rules", "service_preferences", "webhooks", "data", "share", "Emails[][]", "users[][]"],
  nestedErrorsPath: "details.errors",
  partialStatuses: [207],
  emptyBodyStatuses: [204, 304],
  headers: {
    creditsRemaining: { header: "X-API-CREDITS-REMAINING", type: "integer" },
    retryAfter: { header: "Retry-After", type: "seconds-or-date" },
  },
};

const parse = /* @__PURE__ */ composeParser<ZohoCrmParseResult>(spec, { lookup }, { headers: headerReader, entryPaths: entryPathReader, causes: readCauses, variants: pickVariant });

/**
 * Reads any Zoho CRM REST API response body (the text, its bytes, or a value already parsed from JSON) into typed errors. Never throws: a body that is not the API's envelope (an HTML page, malformed JSON, `null`, …) gives an `error` result whose unknown error says what arrived.
 *
 * Pass the HTTP status (used when the body carries no code) and the headers (for the values the catalog names, such as Retry-After).
 *
 * @example
 * ```ts
 * const result = parseResponse(await res.text(), { status: res.status, headers: res.headers });
 * if (result.kind !== 'success') throw toError(result);
 * ```
 */
export function parseResponse<B>(body: ErrcatBody<B>, init?: ErrcatParseInit): ZohoCrmParseResult {
  return parse(body, init);
}

/**
 * Reads a fetch `Response` once (its text, then its status and headers, through the same guards as parseResponse) and parses it as parseResponse does. Consumes the body (clone the response first to read it again). Resolves whatever the body holds; rejects only when the body cannot be read at all (a network error mid-body, a body already used), as `res.text()` does.
 *
 * @example
 * ```ts
 * const result = await parseFetchResponse(await fetch(url, { headers }));
 * if (result.kind !== 'success') throw toError(result);
 * ```
 */
export function parseFetchResponse(res: FetchResponseLike, init?: ErrcatFetchInit): Promise<ZohoCrmParseResult> {
  return parseFetch(parse, res, init);
}

/**
 * True for an error parsed from a Zoho CRM REST API response, by any copy of this package.
 */
export function isZohoCrmError(value: unknown): value is ZohoCrmAnyError {
  return isErrcatError(value) && value.api === "zoho-crm";
}

/**
 * True when `value` is a known Zoho CRM REST API error with this code; narrows it to the code's own type, so `params` is typed and `detailsOf(value)` gives its details in the documented shape. Aliases are resolved by parseResponse: compare with the canonical code.
 */
export function hasCode<C extends ZohoCrmCode>(value: unknown, code: C): value is ZohoCrmErrorMap[C] {
  return hasErrcatCode(value, code, "zoho-crm");
}

/**
 * Thrown by code that prefers exceptions: `throw toError(result)`. Carries the result, its errors, the HTTP status and the raw body; `message` names the first error's code and message.
 */
export class ZohoCrmApiError extends ErrcatApiError<ZohoCrmParseResult> {
  override readonly name = "ZohoCrmApiError";
}

/**
 * A ZohoCrmApiError for a parse result (typically one whose kind is not 'success').
 */
export function toError(result: ZohoCrmParseResult): ZohoCrmApiError {
  return new ZohoCrmApiError(result);
}

/**
 * The details of a known Zoho CRM REST API error in the shape the catalog documents for its code, or undefined when what arrived does not match the code's JSON Schema (`detailsIssues(error)` says why; `error.details` is the value as sent). The one guard between a narrowed code and typed details. The check runs here, not in parseResponse, so the schemas and their validator are in a bundle only where this is called.
 *
 * @example
 * ```ts
 * if (hasCode(err, ALREADY_CANCELLED)) detailsOf(err)?.id; // typed; undefined when the details do not match
 * ```
 */
export function detailsOf<E extends ZohoCrmError>(error: E): ZohoCrmDetailsMap[E['code']] | undefined {
  return checkErrorDetails(detailsValidators, "zoho-crm", error).length === 0 ? (error.details as ZohoCrmDetailsMap[E['code']]) : undefined;
}

/**
 * Why a known error's details do not match the catalog's JSON Schema for its code (a JSON pointer into the details, the keyword and a message, worded as ajv words them); empty when they match.
 */
export function detailsIssues(error: ZohoCrmError): readonly DetailsIssue[] {
  return checkErrorDetails(detailsValidators, "zoho-crm", error);
}

/**
 * Whether and when to retry, from the catalog: `never`, `after-delay` (Retry-After when the response sent it, else the catalog's delay) or `after-reauth` (the same credentials fail again: its `reauth` says whether to `refresh` the access token or `authorize` again, where refreshing cannot help). A code the catalog does not know is retried after a delay under a transient status (408, 429, 502, 503, 504, proxies' and gateways' timeouts: isTransientStatus) or when the response sent Retry-After. Pair `delaySeconds` with `backoff(attempt)` for repeated attempts.
 */
export function retryAdvice(error: ZohoCrmAnyError): RetryAdvice {
  return retryAdviceOf(error);
}

/**
 * An RFC 9457 problem details object: `type` is the code's reference page (`about:blank` for unknown codes), `detail` the message, `status` 4xx or 5xx only (left out for an error the vendor only sends under 2xx); `code` and `details` are extension members.
 */
export function toProblemDetails<E extends ZohoCrmError>(error: E): ErrcatProblemDetails<E['code'], E['details']>;
export function toProblemDetails(error: ZohoCrmAnyError): ErrcatProblemDetails<ZohoCrmCode | WireCode | undefined, unknown>;
export function toProblemDetails(error: ZohoCrmAnyError): ErrcatProblemDetails<ZohoCrmCode | WireCode | undefined, unknown> {
  return problemDetailsOf(error);
}
