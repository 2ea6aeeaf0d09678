// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';
import type { HyperCode } from './codes.js';

/**
 * What the catalog knows about one code of the Hyper CRM API.
 */
export type HyperEntry<C extends HyperCode = HyperCode> = CodeEntry<C>;

const entries: { readonly [code: string]: HyperEntry | undefined } = /* @__PURE__ */ table<{ readonly [C in HyperCode]: HyperEntry<C> }>({
  0: { code: 0, name: "SUCCESS", status: 200, statuses: [200], kind: "success", message: "Success.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SUCCESS.md", group: "success", aliases: [] },
  1: { code: 1, name: "INCOMPLETE_SUCCESS", status: 200, statuses: [200], kind: "partial", message: "Incomplete success.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INCOMPLETE_SUCCESS.md", group: "success", aliases: [], messageVaries: true },
  2: { code: 2, name: "NO_RESULTS", status: 200, statuses: [200], kind: "success", message: "No Results / Data.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/NO_RESULTS.md", group: "success", aliases: [] },
  3: { code: 3, name: "FUNCTION_NOT_FOUND", status: 404, statuses: [404], kind: "error", message: "API function does not exist.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FUNCTION_NOT_FOUND.md", group: "common", aliases: [] },
  4: { code: 4, name: "DATABASE_ERROR", status: 500, statuses: [500], kind: "error", message: "Database error on the server side.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/DATABASE_ERROR.md", group: "common", aliases: [] },
  5: { code: 5, name: "TECHNICAL_ERROR", status: 500, statuses: [500], kind: "error", message: "Technical error on the server side.", params: [], retry: "after-delay", retryDelaySeconds: 60, docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/TECHNICAL_ERROR.md", group: "common", aliases: [] },
  6: { code: 6, name: "WRONG_CREDENTIALS", status: 401, statuses: [401], kind: "error", message: "Wrong account credentials (Unauthorized).", params: [], retry: "after-reauth", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WRONG_CREDENTIALS.md", group: "common", aliases: [] },
  7: { code: 7, name: "REQUIRED_FIELDS_MISSING", status: 400, statuses: [400], kind: "error", message: "Please fill up the required fields.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/REQUIRED_FIELDS_MISSING.md", group: "common", aliases: [] },
  8: { code: 8, name: "NOT_AUTHORIZED", status: 403, statuses: [403], kind: "error", message: "You are NOT authorized to access this data or function.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/NOT_AUTHORIZED.md", group: "common", aliases: [] },
  9: { code: 9, name: "ACCEPTABLE_LANGUAGES_REQUIRED", status: 400, statuses: [400], kind: "error", message: "Please fill in the fields in the Acceptable Languages. %s", params: ["acceptableLanguages"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ACCEPTABLE_LANGUAGES_REQUIRED.md", group: "common", aliases: [] },
  10: { code: 10, name: "RESOURCE_BEING_PROCESSED", status: 423, statuses: [423], kind: "error", message: "The requested resource is currently undergoing data processing. Please try again later.", params: [], retry: "after-delay", retryDelaySeconds: 30, docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/RESOURCE_BEING_PROCESSED.md", group: "common", aliases: [] },
  11: { code: 11, name: "SECURITY_ALERT", status: 422, statuses: [422], kind: "error", message: "Security Alert: %s.", params: ["alertDescription"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SECURITY_ALERT.md", group: "common", aliases: [] },
  12: { code: 12, name: "ENTITY_LOCKED", status: 422, statuses: [422], kind: "error", message: "This entity is already locked by another user.", params: [], retry: "after-delay", retryDelaySeconds: 60, docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ENTITY_LOCKED.md", group: "common", aliases: [] },
  13: { code: 13, name: "WEAK_PASSWORD", status: 400, statuses: [400], kind: "error", message: "The new password must be at least 8 characters long and contain 2 digits and 3 letters.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WEAK_PASSWORD.md", group: "common", aliases: [] },
  14: { code: 14, name: "INVALID_POSTED_FIELDS", status: 400, statuses: [400], kind: "error", message: "Posted fields contain wrong data and/or missing fields.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_POSTED_FIELDS.md", group: "common", aliases: [] },
  15: { code: 15, name: "FOLDER_UID_MISSING", status: 400, statuses: [400], kind: "error", message: "Missing parameter \"Folder_Uid\" (positive integer) for the Prototype folder ID.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FOLDER_UID_MISSING.md", group: "documents", aliases: [] },
  16: { code: 16, name: "FILE_TYPE_NOT_ALLOWED", status: 400, statuses: [400], kind: "error", message: "You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_TYPE_NOT_ALLOWED.md", group: "documents", aliases: [] },
  17: { code: 17, name: "FILE_TOO_LARGE", status: 400, statuses: [400], kind: "error", message: "You cannot upload files larger than 50 Megabytes.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_TOO_LARGE.md", group: "documents", aliases: [] },
  18: { code: 18, name: "FILE_NOT_DELETABLE", status: 422, statuses: [422], kind: "error", message: "You cannot delete this file %s", params: ["fileName"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/FILE_NOT_DELETABLE.md", group: "documents", aliases: [] },
  20: { code: 20, name: "ACCOUNT_NOT_FOUND", status: 404, statuses: [404], kind: "error", message: "Account does not exist in Hyper.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ACCOUNT_NOT_FOUND.md", group: "entities", aliases: [] },
  21: { code: 21, name: "CLIENT_NOT_FOUND", status: 404, statuses: [404], kind: "error", message: "Client does not exist in Hyper.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CLIENT_NOT_FOUND.md", group: "entities", aliases: [] },
  22: { code: 22, name: "SUPPLIER_NOT_FOUND", status: 404, statuses: [404], kind: "error", message: "Supplier does not exist in Hyper.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/SUPPLIER_NOT_FOUND.md", group: "entities", aliases: [] },
  23: { code: 23, name: "PROJECT_NOT_FOUND", status: 404, statuses: [404], kind: "error", message: "Project does not exist in Hyper.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PROJECT_NOT_FOUND.md", group: "entities", aliases: [] },
  24: { code: 24, name: "INDEX_MODULE_NO_ANSWER", status: 500, statuses: [500], kind: "error", message: "No answer from the Index module.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INDEX_MODULE_NO_ANSWER.md", group: "entities", aliases: [] },
  25: { code: 25, name: "INVALID_EMAIL", status: 422, statuses: [422], kind: "error", message: "Email address is not valid: %s", params: ["emailAddress"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_EMAIL.md", group: "entities", aliases: [] },
  26: { code: 26, name: "INVALID_PHONE", status: 422, statuses: [422], kind: "error", message: "Phone number is not valid: %s", params: ["phoneNumber"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/INVALID_PHONE.md", group: "entities", aliases: [] },
  27: { code: 27, name: "BELOW_MINIMUM_AGE", status: 422, statuses: [422], kind: "error", message: "Registration is allowed for people aged %s and over.", params: ["minimumAge"], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/BELOW_MINIMUM_AGE.md", group: "entities", aliases: [] },
  28: { code: 28, name: "WEAK_NEW_PASSWORD_REGISTRATION", status: 400, statuses: [400], kind: "error", message: "The new password must be at least 8 characters long and contain 2 digits and 3 letters.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/WEAK_NEW_PASSWORD_REGISTRATION.md", group: "entities", aliases: [] },
  29: { code: 29, name: "ID_CONTROL_DIGIT_FAILED", status: 422, statuses: [422], kind: "error", message: "The ID Number failed the control digit test.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/ID_CONTROL_DIGIT_FAILED.md", group: "entities", aliases: [] },
  30: { code: 30, name: "DUPLICATE_POST", status: 400, statuses: [400], kind: "error", message: "A form with identical information has already been submitted (Duplicate post).", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/DUPLICATE_POST.md", group: "entities", aliases: [] },
  31: { code: 31, name: "CLIENT_ALREADY_REGISTERED", status: 400, statuses: [400], kind: "error", message: "Client has already registered previously with different details.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CLIENT_ALREADY_REGISTERED.md", group: "entities", aliases: [] },
  32: { code: 32, name: "CASE_CLOSED", status: 400, statuses: [400], kind: "error", message: "This case (ticket) is closed. You cannot update it anymore.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/CASE_CLOSED.md", group: "entities", aliases: [] },
  40: { code: 40, name: "PAYMENT_GATEWAY_UNAVAILABLE", status: 400, statuses: [400], kind: "error", message: "Payments Gateway does not exist or is disabled.", params: [], retry: "never", docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PAYMENT_GATEWAY_UNAVAILABLE.md", group: "payments", aliases: [] },
  41: { code: 41, name: "PAYMENT_GATEWAY_INIT_ERROR", status: 503, statuses: [503], kind: "error", message: "Error on Payments Gateway Initialization.", params: [], retry: "after-delay", retryDelaySeconds: 60, docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/PAYMENT_GATEWAY_INIT_ERROR.md", group: "payments", aliases: [] },
  50: { code: 50, name: "JOURNAL_REQUEST_IN_PROGRESS", status: 503, statuses: [503], kind: "error", message: "You can run only one journal request at a time for a specific account.", params: [], retry: "after-delay", retryDelaySeconds: 30, docs: "https://github.com/errcat/errcat/blob/main/generated/hyper/docs/codes/JOURNAL_REQUEST_IN_PROGRESS.md", group: "payments", aliases: [] },
});

const aliases: { readonly [alias: string]: HyperCode | undefined } = /* @__PURE__ */ table<{  }>({
});

/**
 * Every code, sorted.
 */
export const hyperCodeList: readonly HyperCode[] = [
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29,
  30,
  31,
  32,
  40,
  41,
  50,
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias, or a (zero-padded) digit string; anything else gives undefined.
 */
export function lookup<C extends HyperCode>(code: C): HyperEntry<C>;
export function lookup(code: unknown): HyperEntry | undefined;
export function lookup(code: unknown): HyperEntry | undefined {
  const key = normalizeCode(code, 'integer');
  if (key === undefined) return undefined;
  const entry = entries[key];
  if (entry !== undefined) return entry;
  const canonical = aliases[key];
  return canonical === undefined ? undefined : entries[canonical];
}

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): HyperCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<HyperCode>(hyperCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isHyperCode(value: unknown): value is HyperCode {
  return known.has(value);
}
