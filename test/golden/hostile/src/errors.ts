// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { CodeEntry, ErrcatUnknownError } from '@errcat/runtime';
import type { HostileCode } from './codes.js';

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
 * Positional template parameters per documented variant, for the codes with more than one: `formatVariant(code, variant, ...HostileVariantParamsMap[code][variant])`.
 */
export interface HostileVariantParamsMap {
}

/**
 * The variant indexes of each code with more than one documented variant: what `formatVariant(code, variant)` accepts as `variant`.
 */
export interface HostileVariantIndexMap {
}

/**
 * What every known error of the Hostile *\/ API `x` ${y} <b> carries besides its per-code members: the members of ErrcatErrorBase<HostileApiId, HostileAnyError>, and `known: true` (see ErrcatKnownError for what each means).
 */
export interface HostileKnownErrorBase {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: HostileApiId;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly HostileAnyError[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
  readonly known: true;
  /** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */
  readonly rawCode?: undefined;
  /** The details exactly as received (an empty object when the entry had none), unchecked: `detailsOf(err)` gives them in the code's documented shape, or undefined when they do not match its schema. */
  readonly details: unknown;
  /** Which of `entry.variants` the response matched (see ErrcatKnownError). */
  readonly variant: number;
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
 * [Reference](https://example.test/docs/hostile/all.html#quoted)
 */
export interface QuotedError extends HostileKnownErrorBase {
  readonly code: "\"quoted\"";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["\"quoted\""]>;
  readonly entry: CodeEntry<"\"quoted\"">;
}

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
export interface TemplateInjectionError extends HostileKnownErrorBase {
  readonly code: "${inject}";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["${inject}"]>;
  readonly entry: CodeEntry<"${inject}">;
}

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
export interface Code9LivesError extends HostileKnownErrorBase {
  readonly code: "9LIVES";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["9LIVES"]>;
  readonly entry: CodeEntry<"9LIVES">;
}

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
export interface ScriptTagError extends HostileKnownErrorBase {
  readonly code: "<script>alert(1)</script>";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["<script>alert(1)</script>"]>;
  readonly entry: CodeEntry<"<script>alert(1)</script>">;
}

/**
 * "OK": Value "%s" is bad *\/ `%s` ${x} | <script>
 *  and 100%% sure
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.test/docs/hostile/all.html#ok)
 */
export interface OkError extends HostileKnownErrorBase {
  readonly code: "OK";
  readonly kind: "success";
  readonly params: Partial<HostileNamedParamsMap["OK"]>;
  readonly entry: CodeEntry<"OK">;
}

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
export interface ProtoError extends HostileKnownErrorBase {
  readonly code: "__proto__";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["__proto__"]>;
  readonly entry: CodeEntry<"__proto__">;
}

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
export interface BackslashError extends HostileKnownErrorBase {
  readonly code: "back\\slash";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["back\\slash"]>;
  readonly entry: CodeEntry<"back\\slash">;
}

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
export interface ConstructorError extends HostileKnownErrorBase {
  readonly code: "constructor";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["constructor"]>;
  readonly entry: CodeEntry<"constructor">;
}

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
export interface DeleteError extends HostileKnownErrorBase {
  readonly code: "delete";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["delete"]>;
  readonly entry: CodeEntry<"delete">;
}

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
export interface CommentEndError extends HostileKnownErrorBase {
  readonly code: "end*/comment";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["end*/comment"]>;
  readonly entry: CodeEntry<"end*/comment">;
}

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
export interface LineSeparatorError extends HostileKnownErrorBase {
  readonly code: "line\u2028sep";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["line\u2028sep"]>;
  readonly entry: CodeEntry<"line\u2028sep">;
}

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
export interface PipeError extends HostileKnownErrorBase {
  readonly code: "pipe|code";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["pipe|code"]>;
  readonly entry: CodeEntry<"pipe|code">;
}

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
export interface BacktickError extends HostileKnownErrorBase {
  readonly code: "tick`s";
  readonly kind: "error";
  readonly params: Partial<HostileNamedParamsMap["tick`s"]>;
  readonly entry: CodeEntry<"tick`s">;
}

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
export type HostileUnknownError = ErrcatUnknownError<"hostile", HostileAnyError>;

/**
 * An entry of a Hostile *\/ API `x` ${y} <b> response: a code the catalog knows (`known: true`) or one it does not.
 */
export type HostileAnyError = HostileError | HostileUnknownError;

/**
 * What a parse result's `errors` holds: every known error of the Hostile *\/ API `x` ${y} <b> but its success codes (those come in `entries` only), or an unknown error. An exhaustive `switch (err.code)` over `result.errors` lists these codes and `undefined`.
 */
export type HostileResultError =
  | QuotedError
  | TemplateInjectionError
  | Code9LivesError
  | ScriptTagError
  | ProtoError
  | BackslashError
  | ConstructorError
  | DeleteError
  | CommentEndError
  | LineSeparatorError
  | PipeError
  | BacktickError
  | HostileUnknownError;

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
