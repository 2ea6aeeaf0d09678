// Generated from catalog/zoho-creator.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { ZohoCreatorCode } from './codes.js';
import type { ZohoCreatorNamedParamsMap, ZohoCreatorParamsMap } from './errors.js';

type Formatter = (p: ReadonlyArray<string | undefined>) => string;

const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCreatorCode]: Formatter }>({
  4000: () => "Account's custom API limit has been reached. Please upgrade to execute more custom API calls.",
  9350: () => "Custom API doesn't exist. Please check the custom API link name.",
  9360: () => "Custom API is in draft or disabled state. Please enable the API and try again.",
  9370: () => "The request contains an invalid public key for this Custom API.",
  9380: () => "You do not have permission to invoke this Custom API. Please reach out to the admin.",
  9390: () => "You do not have permission to invoke this Custom API. Please reach out to the admin.",
  9400: () => "The provided HTTP method is not valid for this custom API.",
  9410: () => "The Content-Type specified for this Custom API is invalid.",
  9430: () => "There is an error while executing Custom API.",
  9450: (p) => "Datatype mismatch encountered. Please provide a valid value for " + (p[0] ?? "") + ".",
  9460: () => "The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.",
  9470: () => "You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.",
  9480: () => "The specified user does not exist.",
  9490: () => "The specified user is currently inactive. To activate, please reach out to the admin.",
  9500: () => "Invalid Custom API configuration. Please reach out to the admin.",
  9510: (p) => "Invalid domain name. Kindly use the domain - " + (p[0] ?? ""),
});

const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in ZohoCreatorCode]?: readonly string[] }>({
  9450: ["field"],
  9510: ["domain"],
});

/**
 * Message template of every code: `%s` per parameter, `%%` a literal percent sign.
 */
export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<ZohoCreatorCode, string>>>({
  4000: "Account's custom API limit has been reached. Please upgrade to execute more custom API calls.",
  9350: "Custom API doesn't exist. Please check the custom API link name.",
  9360: "Custom API is in draft or disabled state. Please enable the API and try again.",
  9370: "The request contains an invalid public key for this Custom API.",
  9380: "You do not have permission to invoke this Custom API. Please reach out to the admin.",
  9390: "You do not have permission to invoke this Custom API. Please reach out to the admin.",
  9400: "The provided HTTP method is not valid for this custom API.",
  9410: "The Content-Type specified for this Custom API is invalid.",
  9430: "There is an error while executing Custom API.",
  9450: "Datatype mismatch encountered. Please provide a valid value for %s.",
  9460: "The action associated with this custom API does not align with the configurations for Request or Response. Please reach out to the admin.",
  9470: "You do not have permission to invoke this Custom API since you have not accepted the invitation yet. Please check your email or reach out to the admin.",
  9480: "The specified user does not exist.",
  9490: "The specified user is currently inactive. To activate, please reach out to the admin.",
  9500: "Invalid Custom API configuration. Please reach out to the admin.",
  9510: "Invalid domain name. Kindly use the domain - %s",
});

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against ZohoCreatorParamsMap.
 */
export function formatMessage<C extends ZohoCreatorCode>(code: C, ...params: NoInfer<ZohoCreatorParamsMap[C]>): string {
  const format = formatters[code];
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against ZohoCreatorNamedParamsMap).
 */
export function formatMessageWith<C extends ZohoCreatorCode>(code: C, params: ZohoCreatorNamedParamsMap[C]): string {
  const format = formatters[code];
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((paramNames[code] ?? []).map((name) => named[name]));
}
