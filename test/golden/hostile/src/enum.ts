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
   * [Reference](https://example.test/docs/hostile/QUOTED.md)
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
   * [Reference](https://example.test/docs/hostile/TEMPLATE_INJECTION.md)
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
   * [Reference](https://example.test/docs/hostile/9LIVES.md)
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
   * [Reference](https://example.test/docs/hostile/SCRIPT_TAG.md)
   */
  SCRIPT_TAG = "<script>alert(1)</script>",
  /**
   * "OK": Value "%s" is bad *\/ `%s` ${x} | <script>
   *  and 100%% sure
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://example.test/docs/hostile/OK.md)
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
   * [Reference](https://example.test/docs/hostile/PROTO.md)
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
   * [Reference](https://example.test/docs/hostile/BACKSLASH.md)
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
   * [Reference](https://example.test/docs/hostile/CONSTRUCTOR.md)
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
   * [Reference](https://example.test/docs/hostile/delete.md)
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
   * [Reference](https://example.test/docs/hostile/COMMENT_END.md)
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
   * [Reference](https://example.test/docs/hostile/LINE_SEPARATOR.md)
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
   * [Reference](https://example.test/docs/hostile/PIPE.md)
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
   * [Reference](https://example.test/docs/hostile/BACKTICK.md)
   */
  BACKTICK = "tick`s",
}
