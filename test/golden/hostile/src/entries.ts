// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { entryLookup, type CodeEntry } from '@errcat/runtime';
import type { HostileCode } from './codes.js';

/**
 * What the catalog knows about one code of the Hostile *\/ API `x` ${y} <b>.
 */
export type HostileEntry<C extends HostileCode = HostileCode> = CodeEntry<C>;

/**
 * Every code, sorted.
 */
export const hostileCodeList: readonly HostileCode[] = [
  "\"quoted\"",
  "${inject}",
  "9LIVES",
  "<script>alert(1)</script>",
  "OK",
  "__proto__",
  "back\\slash",
  "constructor",
  "delete",
  "end*/comment",
  "line\u2028sep",
  "pipe|code",
  "tick`s",
];

/**
 * The catalog entry of a code. Accepts the wire value, an alias; anything else gives undefined.
 */
export const lookup: {
  <C extends HostileCode>(code: C): HostileEntry<C>;
  (code: unknown): HostileEntry | undefined;
} = /* @__PURE__ */ entryLookup<HostileEntry>(hostileCodeList, [
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "QUOTED", aliases: ["*/alias", "quoted'alias"], paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "TEMPLATE_INJECTION", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { deprecated: { reason: "Gone */ `soon` @deprecated", replacedBy: "OK" }, paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "SCRIPT_TAG", paramDefaults: [undefined, "dflt\"*/"] }],
  [200, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { kind: "success", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "PROTO", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "BACKSLASH", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "CONSTRUCTOR", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "COMMENT_END", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "LINE_SEPARATOR", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "PIPE", paramDefaults: [undefined, "dflt\"*/"] }],
  [400, "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", ["first", "second"], "all", { name: "BACKTICK", paramDefaults: [undefined, "dflt\"*/"] }],
], "https://example.test/docs/hostile/") as typeof lookup;

/**
 * The canonical code for a wire value or alias, or undefined when the catalog does not know it.
 */
export function toCode(value: unknown): HostileCode | undefined {
  return lookup(value)?.code;
}

const known: ReadonlySet<unknown> = /* @__PURE__ */ new Set<HostileCode>(hostileCodeList);

/**
 * True when the value is exactly one of the catalog's codes (aliases and padded strings are not).
 */
export function isHostileCode(value: unknown): value is HostileCode {
  return known.has(value);
}
