// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { HyperCode } from './codes.js';
import type { HyperNamedParamsMap, HyperParamsMap } from './errors.js';

type Formatter = (p: ReadonlyArray<string | undefined>) => string;

const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in HyperCode]: Formatter }>({
  0: () => "Success.",
  1: () => "Incomplete success.",
  2: () => "No Results / Data.",
  3: () => "API function does not exist.",
  4: () => "Database error on the server side.",
  5: () => "Technical error on the server side.",
  6: () => "Wrong account credentials (Unauthorized).",
  7: () => "Please fill up the required fields.",
  8: () => "You are NOT authorized to access this data or function.",
  9: (p) => "Please fill in the fields in the Acceptable Languages. " + (p[0] ?? ""),
  10: () => "The requested resource is currently undergoing data processing. Please try again later.",
  11: (p) => "Security Alert: " + (p[0] ?? "") + ".",
  12: () => "This entity is already locked by another user.",
  13: () => "The new password must be at least 8 characters long and contain 2 digits and 3 letters.",
  14: () => "Posted fields contain wrong data and/or missing fields.",
  15: () => "Missing parameter \"Folder_Uid\" (positive integer) for the Prototype folder ID.",
  16: () => "You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.",
  17: () => "You cannot upload files larger than 50 Megabytes.",
  18: (p) => "You cannot delete this file " + (p[0] ?? ""),
  20: () => "Account does not exist in Hyper.",
  21: () => "Client does not exist in Hyper.",
  22: () => "Supplier does not exist in Hyper.",
  23: () => "Project does not exist in Hyper.",
  24: () => "No answer from the Index module.",
  25: (p) => "Email address is not valid: " + (p[0] ?? ""),
  26: (p) => "Phone number is not valid: " + (p[0] ?? ""),
  27: (p) => "Registration is allowed for people aged " + (p[0] ?? "") + " and over.",
  28: () => "The new password must be at least 8 characters long and contain 2 digits and 3 letters.",
  29: () => "The ID Number failed the control digit test.",
  30: () => "A form with identical information has already been submitted (Duplicate post).",
  31: () => "Client has already registered previously with different details.",
  32: () => "This case (ticket) is closed. You cannot update it anymore.",
  40: () => "Payments Gateway does not exist or is disabled.",
  41: () => "Error on Payments Gateway Initialization.",
  50: () => "You can run only one journal request at a time for a specific account.",
});

const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in HyperCode]?: readonly string[] }>({
  9: ["acceptableLanguages"],
  11: ["alertDescription"],
  18: ["fileName"],
  25: ["emailAddress"],
  26: ["phoneNumber"],
  27: ["minimumAge"],
});

/**
 * Message template of every code: `%s` per parameter, `%%` a literal percent sign.
 */
export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<HyperCode, string>>>({
  0: "Success.",
  1: "Incomplete success.",
  2: "No Results / Data.",
  3: "API function does not exist.",
  4: "Database error on the server side.",
  5: "Technical error on the server side.",
  6: "Wrong account credentials (Unauthorized).",
  7: "Please fill up the required fields.",
  8: "You are NOT authorized to access this data or function.",
  9: "Please fill in the fields in the Acceptable Languages. %s",
  10: "The requested resource is currently undergoing data processing. Please try again later.",
  11: "Security Alert: %s.",
  12: "This entity is already locked by another user.",
  13: "The new password must be at least 8 characters long and contain 2 digits and 3 letters.",
  14: "Posted fields contain wrong data and/or missing fields.",
  15: "Missing parameter \"Folder_Uid\" (positive integer) for the Prototype folder ID.",
  16: "You cannot upload files with an extension other than: JPG, JPEG, PNG, PDF, TIF/f, DOC/x, XLS/x.",
  17: "You cannot upload files larger than 50 Megabytes.",
  18: "You cannot delete this file %s",
  20: "Account does not exist in Hyper.",
  21: "Client does not exist in Hyper.",
  22: "Supplier does not exist in Hyper.",
  23: "Project does not exist in Hyper.",
  24: "No answer from the Index module.",
  25: "Email address is not valid: %s",
  26: "Phone number is not valid: %s",
  27: "Registration is allowed for people aged %s and over.",
  28: "The new password must be at least 8 characters long and contain 2 digits and 3 letters.",
  29: "The ID Number failed the control digit test.",
  30: "A form with identical information has already been submitted (Duplicate post).",
  31: "Client has already registered previously with different details.",
  32: "This case (ticket) is closed. You cannot update it anymore.",
  40: "Payments Gateway does not exist or is disabled.",
  41: "Error on Payments Gateway Initialization.",
  50: "You can run only one journal request at a time for a specific account.",
});

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against HyperParamsMap.
 */
export function formatMessage<C extends HyperCode>(code: C, ...params: NoInfer<HyperParamsMap[C]>): string {
  const format = formatters[code];
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against HyperNamedParamsMap).
 */
export function formatMessageWith<C extends HyperCode>(code: C, params: HyperNamedParamsMap[C]): string {
  const format = formatters[code];
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((paramNames[code] ?? []).map((name) => named[name]));
}
