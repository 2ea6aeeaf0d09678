// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code of the Hostile *\/ API `x` ${y} <b>, exactly as it travels on the wire.
 */
export type HostileCode =
  | "\"quoted\""
  | "${inject}"
  | "9LIVES"
  | "<script>alert(1)</script>"
  | "OK"
  | "__proto__"
  | "back\\slash"
  | "constructor"
  | "delete"
  | "end*/comment"
  | "line\u2028sep"
  | "pipe|code"
  | "tick`s";

/**
 * "\"quoted\"": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#quoted)
 */
export const QUOTED = "\"quoted\"" as const;

/**
 * "${inject}": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#template_injection)
 */
export const TEMPLATE_INJECTION = "${inject}" as const;

/**
 * "9LIVES": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#9lives)
 * @deprecated Gone *\/ `soon` \@deprecated Use "OK" instead.
 */
export const _9LIVES = "9LIVES" as const;

/**
 * "<script>alert(1)</script>": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#script_tag)
 */
export const SCRIPT_TAG = "<script>alert(1)</script>" as const;

/**
 * "OK": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.test/docs/hostile/all.html#ok)
 */
export const OK = "OK" as const;

/**
 * "__proto__": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#proto)
 */
export const PROTO = "__proto__" as const;

/**
 * "back\\slash": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#backslash)
 */
export const BACKSLASH = "back\\slash" as const;

/**
 * "constructor": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#constructor)
 */
export const CONSTRUCTOR = "constructor" as const;

/**
 * "delete": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#delete)
 */
export const _delete = "delete" as const;

/**
 * "end*\/comment": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#comment_end)
 */
export const COMMENT_END = "end*/comment" as const;

/**
 * "line
 * sep": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#line_separator)
 */
export const LINE_SEPARATOR = "line\u2028sep" as const;

/**
 * "pipe|code": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#pipe)
 */
export const PIPE = "pipe|code" as const;

/**
 * "tick`s": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * [Reference](https://example.test/docs/hostile/all.html#backtick)
 */
export const BACKTICK = "tick`s" as const;
