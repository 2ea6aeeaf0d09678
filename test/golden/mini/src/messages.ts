// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { MiniCode } from './codes.js';
import type { MiniNamedParamsMap, MiniParamsMap } from './errors.js';

type Formatter = (p: ReadonlyArray<string | undefined>) => string;

const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in MiniCode]: Formatter }>({
  0: () => "Done, 100% complete.",
  3: () => "Busy.",
  7: (p) => "Field " + (p[0] ?? "") + " is missing from " + (p[1] ?? "") + ".",
});

const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in MiniCode]?: readonly string[] }>({
  7: ["field", "form"],
});

/**
 * Message template of every code: `%s` per parameter, `%%` a literal percent sign.
 */
export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<MiniCode, string>>>({
  0: "Done, 100%% complete.",
  3: "Busy.",
  7: "Field %s is missing from %s.",
});

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against MiniParamsMap.
 */
export function formatMessage<C extends MiniCode>(code: C, ...params: NoInfer<MiniParamsMap[C]>): string {
  const format = formatters[code];
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against MiniNamedParamsMap).
 */
export function formatMessageWith<C extends MiniCode>(code: C, params: MiniNamedParamsMap[C]): string {
  const format = formatters[code];
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((paramNames[code] ?? []).map((name) => named[name]));
}
