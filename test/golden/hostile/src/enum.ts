// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Hostile *\/ API `x` ${y} <b> as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum HostileErrorCode {
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
  QUOTED = "\"quoted\"",
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
  TEMPLATE_INJECTION = "${inject}",
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
  _9LIVES = "9LIVES",
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
  SCRIPT_TAG = "<script>alert(1)</script>",
  /**
   * "OK": Value "%s" is bad *\/ `%s` ${x} | <script>
   *  and 100%% sure
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://example.test/docs/hostile/all.html#ok)
   */
  OK = "OK",
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
  PROTO = "__proto__",
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
  BACKSLASH = "back\\slash",
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
  CONSTRUCTOR = "constructor",
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
  _delete = "delete",
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
  COMMENT_END = "end*/comment",
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
  LINE_SEPARATOR = "line\u2028sep",
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
  PIPE = "pipe|code",
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
  BACKTICK = "tick`s",
}
