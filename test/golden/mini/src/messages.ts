// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { compileTemplate, notACode, type Formatter, type ParamList } from '@errcat/runtime';
import type { MiniCode } from './codes.js';
import { lookup } from './entries.js';
import type { MiniNamedParamsMap, MiniParamsMap, MiniVariantIndexMap, MiniVariantParamsMap } from './errors.js';

const formatters = /* @__PURE__ */ new Map<string | number, Formatter>();
const variantFormatters = /* @__PURE__ */ new Map<string, Formatter>();

function formatterOf(code: string | number): Formatter | undefined {
  const entry = lookup(code);
  if (entry === undefined) return undefined;
  let format = formatters.get(entry.code);
  if (format === undefined) {
    format = compileTemplate(entry.message ?? entry.name, entry.paramDefaults, entry.params);
    formatters.set(entry.code, format);
  }
  return format;
}

/**
 * The catalog message of a code (its primary variant) with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against MiniParamsMap. A code whose message the vendor does not document (`lookup(code).message` is undefined) gives its name. A parameter with a catalog default may be left out: the default is used (its tuple element is optional). Any other left out (possible only from JavaScript) becomes its name in braces, `{field}`, never an empty gap. A code the catalog does not have (possible only from JavaScript too) throws a TypeError that names it. Other variants: formatVariant.
 */
export function formatMessage<C extends MiniCode, P extends ParamList = MiniParamsMap[C]>(code: C, ...params: NoInfer<P>): string {
  const format = formatters.get(code) ?? formatterOf(code);
  return format === undefined ? notACode("mini", code) : format(...(params as ReadonlyArray<string | undefined>));
}

/**
 * Like formatMessage, with parameters by name (checked against MiniNamedParamsMap).
 */
export function formatMessageWith<C extends MiniCode>(code: C, params: MiniNamedParamsMap[C]): string {
  const format = formatters.get(code) ?? formatterOf(code);
  if (format === undefined) return notACode("mini", code);
  const named = (params ?? {}) as { readonly [name: string]: string | undefined };
  return format(...(lookup(code)?.params ?? []).map((name) => named[name]));
}

/**
 * The message of one documented variant of a code (`lookup(code).variants[variant]`), for the codes the vendor sends with several messages; variant 0 is what formatMessage formats.
 *
 * The variant is checked against MiniVariantIndexMap, the parameter count against MiniVariantParamsMap; from JavaScript, a code or variant the catalog does not have throws a TypeError that names it.
 */
export function formatVariant<C extends keyof MiniVariantIndexMap, V extends MiniVariantIndexMap[C], P extends ParamList = Extract<MiniVariantParamsMap[C][V], ParamList>>(code: C, variant: V, ...params: NoInfer<P>): string {
  const key = typeof variant === 'number' && (typeof code === 'string' || typeof code === 'number') ? `${code}/${variant}` : undefined;
  let format = key === undefined ? undefined : variantFormatters.get(key);
  if (format === undefined) {
    const entry = lookup(code as unknown);
    const chosen = typeof variant === 'number' ? entry?.variants[variant] : undefined;
    if (entry === undefined) return notACode("mini", code);
    if (chosen === undefined) return notACode("mini", code, variant);
    const canonical = `${entry.code}/${chosen.index}`;
    format = variantFormatters.get(canonical);
    if (format === undefined) {
      format = compileTemplate(chosen.message ?? entry.name, chosen.paramDefaults, chosen.params);
      variantFormatters.set(canonical, format);
    }
  }
  return format(...(params as ReadonlyArray<string | undefined>));
}
