// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { HostileCode } from './codes.js';
import type { HostileNamedParamsMap, HostileParamsMap } from './errors.js';

type Formatter = (p: ReadonlyArray<string | undefined>) => string;

const formatters: { readonly [code: string]: Formatter | undefined } = /* @__PURE__ */ table<{ readonly [C in HostileCode]: Formatter }>({
  "\"quoted\"": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "${inject}": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "9LIVES": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "<script>alert(1)</script>": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  OK: (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  ["__proto__"]: (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "back\\slash": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  constructor: (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  delete: (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "end*/comment": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "line\u2028sep": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "pipe|code": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
  "tick`s": (p) => "Value \"" + (p[0] ?? "") + "\" is bad */ `" + (p[1] ?? "dflt\"*/") + "` ${x} | <script> \u2028 and 100% sure",
});

const paramNames: { readonly [code: string]: readonly string[] | undefined } = /* @__PURE__ */ table<{ readonly [C in HostileCode]?: readonly string[] }>({
  "\"quoted\"": ["first", "second"],
  "${inject}": ["first", "second"],
  "9LIVES": ["first", "second"],
  "<script>alert(1)</script>": ["first", "second"],
  OK: ["first", "second"],
  ["__proto__"]: ["first", "second"],
  "back\\slash": ["first", "second"],
  constructor: ["first", "second"],
  delete: ["first", "second"],
  "end*/comment": ["first", "second"],
  "line\u2028sep": ["first", "second"],
  "pipe|code": ["first", "second"],
  "tick`s": ["first", "second"],
});

/**
 * Message template of every code: `%s` per parameter, `%%` a literal percent sign.
 */
export const messageTemplates = /* @__PURE__ */ table<Readonly<Record<HostileCode, string>>>({
  "\"quoted\"": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "${inject}": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "9LIVES": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "<script>alert(1)</script>": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  OK: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  ["__proto__"]: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "back\\slash": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  constructor: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  delete: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "end*/comment": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "line\u2028sep": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "pipe|code": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
  "tick`s": "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure",
});

/**
 * The catalog message of a code with its parameters substituted in order. A parameter's own text is inserted as is (a `%s` in it is not substituted again).
 *
 * The parameter count is checked against HostileParamsMap.
 */
export function formatMessage<C extends HostileCode>(code: C, ...params: NoInfer<HostileParamsMap[C]>): string {
  const format = formatters[code];
  return format === undefined ? '' : format(params as ReadonlyArray<string | undefined>);
}

/**
 * Like formatMessage, with parameters by name (checked against HostileNamedParamsMap).
 */
export function formatMessageWith<C extends HostileCode>(code: C, params: HostileNamedParamsMap[C]): string {
  const format = formatters[code];
  if (format === undefined) return '';
  const named = params as { readonly [name: string]: string | undefined };
  return format((paramNames[code] ?? []).map((name) => named[name]));
}
