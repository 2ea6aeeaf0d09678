// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { compileTemplate, type Formatter } from '@errcat/runtime';
import type { MiniCode } from './codes.js';
import { lookup } from './entries.js';
import type { MiniNamedParamsMap, MiniParamsMap } from './errors.js';

const formatters: { [code: string]: Formatter | undefined } = /* @__PURE__ */ Object.create(null);

function formatterOf(code: string | number): Formatter | undefined {
  const entry = lookup(code);
  if (entry === undefined) return undefined;
  return (formatters[code] = compileTemplate(entry.message, entry.paramDefaults));
}

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against MiniParamsMap.
 */
export function formatMessage<C extends MiniCode>(code: C, ...params: NoInfer<MiniParamsMap[C]>): string {
  const format = formatters[code] ?? formatterOf(code);
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against MiniNamedParamsMap).
 */
export function formatMessageWith<C extends MiniCode>(code: C, params: MiniNamedParamsMap[C]): string {
  const format = formatters[code] ?? formatterOf(code);
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((lookup(code)?.params ?? []).map((name) => named[name]));
}
