// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { normalizeCode, table, type CodeEntry } from '@errcat/runtime';
import type { HostileCode } from './codes.js';

/**
 * What the catalog knows about one code of the Hostile *\/ API `x` ${y} <b>.
 */
export type HostileEntry<C extends HostileCode = HostileCode> = CodeEntry<C>;

const entries: { readonly [code: string]: HostileEntry | undefined } = /* @__PURE__ */ table<{ readonly [C in HostileCode]: HostileEntry<C> }>({
  "\"quoted\"": { code: "\"quoted\"", name: "QUOTED", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/QUOTED.md", group: "all", aliases: ["*/alias", "quoted'alias"] },
  "${inject}": { code: "${inject}", name: "TEMPLATE_INJECTION", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/TEMPLATE_INJECTION.md", group: "all", aliases: [] },
  "9LIVES": { code: "9LIVES", name: "9LIVES", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/9LIVES.md", group: "all", aliases: [], deprecated: { reason: "Gone */ `soon` @deprecated", replacedBy: "OK" } },
  "<script>alert(1)</script>": { code: "<script>alert(1)</script>", name: "SCRIPT_TAG", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/SCRIPT_TAG.md", group: "all", aliases: [] },
  OK: { code: "OK", name: "OK", status: 200, statuses: [200], kind: "success", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/OK.md", group: "all", aliases: [] },
  ["__proto__"]: { code: "__proto__", name: "PROTO", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/PROTO.md", group: "all", aliases: [] },
  "back\\slash": { code: "back\\slash", name: "BACKSLASH", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/BACKSLASH.md", group: "all", aliases: [] },
  constructor: { code: "constructor", name: "CONSTRUCTOR", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/CONSTRUCTOR.md", group: "all", aliases: [] },
  delete: { code: "delete", name: "delete", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/delete.md", group: "all", aliases: [] },
  "end*/comment": { code: "end*/comment", name: "COMMENT_END", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/COMMENT_END.md", group: "all", aliases: [] },
  "line\u2028sep": { code: "line\u2028sep", name: "LINE_SEPARATOR", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/LINE_SEPARATOR.md", group: "all", aliases: [] },
  "pipe|code": { code: "pipe|code", name: "PIPE", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/PIPE.md", group: "all", aliases: [] },
  "tick`s": { code: "tick`s", name: "BACKTICK", status: 400, statuses: [400], kind: "error", message: "Value \"%s\" is bad */ `%s` ${x} | <script> \u2028 and 100%% sure", params: ["first", "second"], retry: "never", docs: "https://example.test/docs/hostile/BACKTICK.md", group: "all", aliases: [] },
});

const aliases: { readonly [alias: string]: HostileCode | undefined } = /* @__PURE__ */ table<{ readonly "*/alias": "\"quoted\""; readonly "quoted'alias": "\"quoted\""; }>({
  "*/alias": "\"quoted\"",
  "quoted'alias": "\"quoted\"",
});

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
export function lookup<C extends HostileCode>(code: C): HostileEntry<C>;
export function lookup(code: unknown): HostileEntry | undefined;
export function lookup(code: unknown): HostileEntry | undefined {
  const key = typeof code === 'string' ? code : undefined;
  if (key === undefined) return undefined;
  const entry = entries[key];
  if (entry !== undefined) return entry;
  const canonical = aliases[key];
  return canonical === undefined ? undefined : entries[canonical];
}

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
