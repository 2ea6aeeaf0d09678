// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, normalizeCode, type CodeEntry } from '@errcat/runtime';
import type { HyperCode } from './codes.js';

/**
 * What the catalog knows about one code of the Hyper CRM API.
 */
export type HyperEntry<C extends HyperCode = HyperCode> = CodeEntry<C>;

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
export const lookup: {
  <C extends HyperCode>(code: C): HyperEntry<C>;
  (code: unknown): HyperEntry | undefined;
} = /* @__PURE__ */ entryLookup<HyperEntry>(hyperCodeList, [
  [200, "Success.", [], "success", { name: "SUCCESS", kind: "success", page: "success.html#code-success" }],
  [200, "Incomplete success.", [], "success", { name: "INCOMPLETE_SUCCESS", kind: "partial", messageVaries: true }],
  [200, "No Results / Data.", [], "success", { name: "NO_RESULTS", kind: "success" }],
  [404, "API function does not exist.", [], "common", { name: "FUNCTION_NOT_FOUND" }],
  [500, "Database error on the server side.", [], "common", { name: "DATABASE_ERROR", retry: "after-delay", retryDelaySeconds: 60 }],
  [500, "Technical error on the server side.", [], "common", { name: "TECHNICAL_ERROR", retry: "after-delay", retryDelaySeconds: 60, variants: [[[500], "You have reached the limit of \"parallel tenants\" (crm entities).", []]] }],
  [401, "Wrong account credentials (Unauthorized).", [], "common", { name: "WRONG_CREDENTIALS", retry: "after-reauth", reauth: "authorize" }],
  [400, "Please fill up the required fields.", [], "common", { name: "REQUIRED_FIELDS_MISSING" }],
  [403, "You are NOT authorized to access this data or function.", [], "common", { name: "NOT_AUTHORIZED" }],
  [400, "Please fill in the fields in the Acceptable Languages. %s", ["acceptableLanguages"], "common", { name: "ACCEPTABLE_LANGUAGES_REQUIRED" }],
  [423, "The requested resource is currently undergoing data processing. Please try again later.", [], "common", { name: "RESOURCE_BEING_PROCESSED", retry: "after-delay", retryDelaySeconds: 30 }],
  [422, "Security Alert: %s.", ["alertDescription"], "common", { name: "SECURITY_ALERT" }],
  [422, "This entity is already locked by another user.", [], "common", { name: "ENTITY_LOCKED", retry: "after-delay", retryDelaySeconds: 60 }],
  [400, "The new password must be at least 8 characters long and contain 2 digits and 3 letters.", [], "common", { name: "WEAK_PASSWORD" }],
  [400, "Posted fields contain wrong data and/or missing fields.", [], "common", { name: "INVALID_POSTED_FIELDS" }],
  [400, "Missing parameter \"Folder_Uid\" (positive integer) for the Prototype folder ID.", [], "documents", { name: "FOLDER_UID_MISSING" }],
  [400, "You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.", [], "documents", { name: "FILE_TYPE_NOT_ALLOWED" }],
  [400, "You cannot upload files larger than 50 Megabytes.", [], "documents", { name: "FILE_TOO_LARGE" }],
  [422, "You cannot delete this file %s", ["fileName"], "documents", { name: "FILE_NOT_DELETABLE" }],
  [404, "Account does not exist in Hyper.", [], "entities", { name: "ACCOUNT_NOT_FOUND" }],
  [404, "Client does not exist in Hyper.", [], "entities", { name: "CLIENT_NOT_FOUND" }],
  [404, "Supplier does not exist in Hyper.", [], "entities", { name: "SUPPLIER_NOT_FOUND" }],
  [404, "Project does not exist in Hyper.", [], "entities", { name: "PROJECT_NOT_FOUND" }],
  [500, "No answer from the Index module.", [], "entities", { name: "INDEX_MODULE_NO_ANSWER", retry: "after-delay", retryDelaySeconds: 60 }],
  [422, "Email address is not valid: %s", ["emailAddress"], "entities", { name: "INVALID_EMAIL" }],
  [422, "Phone number is not valid: %s", ["phoneNumber"], "entities", { name: "INVALID_PHONE" }],
  [422, "Registration is allowed for people aged %s and over.", ["minimumAge"], "entities", { name: "BELOW_MINIMUM_AGE" }],
  [400, "The new password must be at least 8 characters long and contain 2 digits and 3 letters.", [], "entities", { name: "WEAK_NEW_PASSWORD_REGISTRATION" }],
  [422, "The ID Number failed the control digit test.", [], "entities", { name: "ID_CONTROL_DIGIT_FAILED" }],
  [400, "A form with identical information has already been submitted (Duplicate post).", [], "entities", { name: "DUPLICATE_POST" }],
  [400, "Client has already registered previously with different details.", [], "entities", { name: "CLIENT_ALREADY_REGISTERED" }],
  [400, "This case (ticket) is closed. You cannot update it anymore.", [], "entities", { name: "CASE_CLOSED" }],
  [400, "Payments Gateway does not exist or is disabled.", [], "payments", { name: "PAYMENT_GATEWAY_UNAVAILABLE" }],
  [503, "Error on Payments Gateway Initialization.", [], "payments", { name: "PAYMENT_GATEWAY_INIT_ERROR", retry: "after-delay", retryDelaySeconds: 60 }],
  [503, "You can run only one journal request at a time for a specific account.", [], "payments", { name: "JOURNAL_REQUEST_IN_PROGRESS", retry: "after-delay", retryDelaySeconds: 30 }],
], "https://errcat.github.io/errcat/hyper/", normalizeCode) as typeof lookup;

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
