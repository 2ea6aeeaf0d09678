// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { ErrcatKnownError, ErrcatUnknownError } from '@errcat/runtime';
import type { HostileCode } from './codes.js';
import type { HostileDetailsMap } from './details.js';

/**
 * Id of the API these errors come from.
 */
export type HostileApiId = "hostile";

/**
 * Positional template parameters per code: `formatMessage(code, ...HostileParamsMap[code])`.
 */
export interface HostileParamsMap {
  "\"quoted\"": [first: string, second?: string];
  "${inject}": [first: string, second?: string];
  "9LIVES": [first: string, second?: string];
  "<script>alert(1)</script>": [first: string, second?: string];
  OK: [first: string, second?: string];
  ["__proto__"]: [first: string, second?: string];
  "back\\slash": [first: string, second?: string];
  constructor: [first: string, second?: string];
  delete: [first: string, second?: string];
  "end*/comment": [first: string, second?: string];
  "line\u2028sep": [first: string, second?: string];
  "pipe|code": [first: string, second?: string];
  "tick`s": [first: string, second?: string];
}

/**
 * Named template parameters per code, as recovered from messages and accepted by `formatMessageWith`.
 */
export interface HostileNamedParamsMap {
  "\"quoted\"": { readonly first: string; readonly second?: string; };
  "${inject}": { readonly first: string; readonly second?: string; };
  "9LIVES": { readonly first: string; readonly second?: string; };
  "<script>alert(1)</script>": { readonly first: string; readonly second?: string; };
  OK: { readonly first: string; readonly second?: string; };
  ["__proto__"]: { readonly first: string; readonly second?: string; };
  "back\\slash": { readonly first: string; readonly second?: string; };
  constructor: { readonly first: string; readonly second?: string; };
  delete: { readonly first: string; readonly second?: string; };
  "end*/comment": { readonly first: string; readonly second?: string; };
  "line\u2028sep": { readonly first: string; readonly second?: string; };
  "pipe|code": { readonly first: string; readonly second?: string; };
  "tick`s": { readonly first: string; readonly second?: string; };
}

/**
 * "\"quoted\"": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/QUOTED.md | Reference}
 */
export interface QuotedError extends ErrcatKnownError<"hostile", "\"quoted\"", "error", HostileDetailsMap["\"quoted\""], HostileNamedParamsMap["\"quoted\""]> {}

/**
 * "${inject}": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/TEMPLATE_INJECTION.md | Reference}
 */
export interface TemplateInjectionError extends ErrcatKnownError<"hostile", "${inject}", "error", HostileDetailsMap["${inject}"], HostileNamedParamsMap["${inject}"]> {}

/**
 * "9LIVES": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/9LIVES.md | Reference}
 * @deprecated Gone *\/ `soon` \@deprecated Use "OK" instead.
 */
export interface Code9LivesError extends ErrcatKnownError<"hostile", "9LIVES", "error", HostileDetailsMap["9LIVES"], HostileNamedParamsMap["9LIVES"]> {}

/**
 * "<script>alert(1)</script>": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/SCRIPT_TAG.md | Reference}
 */
export interface ScriptTagError extends ErrcatKnownError<"hostile", "<script>alert(1)</script>", "error", HostileDetailsMap["<script>alert(1)</script>"], HostileNamedParamsMap["<script>alert(1)</script>"]> {}

/**
 * "OK": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 200 · success · retry: never
 *
 * @see {@link https://example.test/docs/hostile/OK.md | Reference}
 */
export interface OkError extends ErrcatKnownError<"hostile", "OK", "success", HostileDetailsMap["OK"], HostileNamedParamsMap["OK"]> {}

/**
 * "__proto__": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/PROTO.md | Reference}
 */
export interface ProtoError extends ErrcatKnownError<"hostile", "__proto__", "error", HostileDetailsMap["__proto__"], HostileNamedParamsMap["__proto__"]> {}

/**
 * "back\\slash": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/BACKSLASH.md | Reference}
 */
export interface BackslashError extends ErrcatKnownError<"hostile", "back\\slash", "error", HostileDetailsMap["back\\slash"], HostileNamedParamsMap["back\\slash"]> {}

/**
 * "constructor": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/CONSTRUCTOR.md | Reference}
 */
export interface ConstructorError extends ErrcatKnownError<"hostile", "constructor", "error", HostileDetailsMap["constructor"], HostileNamedParamsMap["constructor"]> {}

/**
 * "delete": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/delete.md | Reference}
 */
export interface DeleteError extends ErrcatKnownError<"hostile", "delete", "error", HostileDetailsMap["delete"], HostileNamedParamsMap["delete"]> {}

/**
 * "end*\/comment": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/COMMENT_END.md | Reference}
 */
export interface CommentEndError extends ErrcatKnownError<"hostile", "end*/comment", "error", HostileDetailsMap["end*/comment"], HostileNamedParamsMap["end*/comment"]> {}

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
 * @see {@link https://example.test/docs/hostile/LINE_SEPARATOR.md | Reference}
 */
export interface LineSeparatorError extends ErrcatKnownError<"hostile", "line\u2028sep", "error", HostileDetailsMap["line\u2028sep"], HostileNamedParamsMap["line\u2028sep"]> {}

/**
 * "pipe|code": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/PIPE.md | Reference}
 */
export interface PipeError extends ErrcatKnownError<"hostile", "pipe|code", "error", HostileDetailsMap["pipe|code"], HostileNamedParamsMap["pipe|code"]> {}

/**
 * "tick`s": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Fix: Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
 *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
 *
 * @see {@link https://example.test/docs/hostile/BACKTICK.md | Reference}
 */
export interface BacktickError extends ErrcatKnownError<"hostile", "tick`s", "error", HostileDetailsMap["tick`s"], HostileNamedParamsMap["tick`s"]> {}

/**
 * Every known error of the Hostile *\/ API `x` ${y} <b>, discriminated on `code`.
 */
export type HostileError =
  | QuotedError
  | TemplateInjectionError
  | Code9LivesError
  | ScriptTagError
  | OkError
  | ProtoError
  | BackslashError
  | ConstructorError
  | DeleteError
  | CommentEndError
  | LineSeparatorError
  | PipeError
  | BacktickError;

/**
 * A code the catalog does not have yet, kept whole.
 */
export type HostileUnknownError = ErrcatUnknownError<"hostile">;

/**
 * The error type of each code, read by indexed access: `HostileErrorMap[C]`.
 */
export interface HostileErrorMap {
  "\"quoted\"": QuotedError;
  "${inject}": TemplateInjectionError;
  "9LIVES": Code9LivesError;
  "<script>alert(1)</script>": ScriptTagError;
  OK: OkError;
  ["__proto__"]: ProtoError;
  "back\\slash": BackslashError;
  constructor: ConstructorError;
  delete: DeleteError;
  "end*/comment": CommentEndError;
  "line\u2028sep": LineSeparatorError;
  "pipe|code": PipeError;
  "tick`s": BacktickError;
}

export type { HostileCode };
