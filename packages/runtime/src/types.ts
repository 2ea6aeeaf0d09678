/** Shapes shared by every generated errcat package. Types only: no runtime cost. */

export type Kind = 'success' | 'partial' | 'error';

/**
 * never: the same request fails again; after-delay: wait, then retry; after-reauth: the same
 * credentials fail again: get new ones first ({@link ReauthMethod} says how).
 */
export type RetryStrategy = 'never' | 'after-delay' | 'after-reauth';

/**
 * How to get new credentials for an after-reauth code. refresh: the access token expired: a
 * refresh token gets a new one, then retry. authorize: refreshing cannot help (the grant or
 * refresh token itself is unusable, the token lacks a scope, the credentials are wrong): run the
 * authorization again, with a person where it needs one. A client that refreshes on every
 * after-reauth loops on the second kind: the refresh fails the same way.
 */
export type ReauthMethod = 'refresh' | 'authorize';

export type WireCode = string | number;

/** What any code's positional template parameters are: generated `formatMessage` constrains its tuple by it. */
export type ParamList = readonly (string | undefined)[];

/**
 * One documented way the vendor sends a code: the HTTP status(es) it comes with, its message
 * template and the template's parameters. A code has at least one (index 0, the primary).
 */
export interface CodeVariant {
  /** Position in `CodeEntry.variants`; 0 is the primary variant (what `formatMessage` formats). */
  readonly index: number;
  /** The variant's first status. */
  readonly status: number;
  readonly statuses: readonly number[];
  /** Message template (`%s` per parameter); undefined when the vendor documents no message. */
  readonly message: string | undefined;
  /** Parameter names, in `%s` order. */
  readonly params: readonly string[];
  /** Values used for parameters a caller leaves out, by position (only when the catalog gives some). */
  readonly paramDefaults?: readonly (string | undefined)[] | undefined;
}

/** What the catalog knows about one code, as the generated `lookup()` returns it. */
export interface CodeEntry<C extends WireCode = WireCode> {
  readonly code: C;
  /** Symbolic name (enum member). */
  readonly name: string;
  /** The HTTP status the vendor documents for the code (its primary variant's first). */
  readonly status: number;
  /** Every HTTP status the vendor documents for the code, over all variants, `status` first. */
  readonly statuses: readonly number[];
  readonly kind: Kind;
  /**
   * The primary variant's message template: `%s` per parameter, `%%` a literal percent sign.
   * Undefined when the vendor documents no message for the code.
   */
  readonly message: string | undefined;
  /** The primary variant's parameter names, in `%s` order. */
  readonly params: readonly string[];
  /** Every documented (statuses, message, parameters) variant, the primary first. */
  readonly variants: readonly CodeVariant[];
  /** Values formatMessage uses for parameters a caller leaves out, by position (only when the catalog gives some). */
  readonly paramDefaults?: readonly (string | undefined)[] | undefined;
  readonly retry: RetryStrategy;
  /** How to get new credentials when `retry` is after-reauth; undefined otherwise. */
  readonly reauth?: ReauthMethod | undefined;
  /** Suggested wait before retrying when the response carries no Retry-After. */
  readonly retryDelaySeconds?: number | undefined;
  /** Link to the code's section on the docs site: its group's page, `<group>.html#<anchor>`. */
  readonly docs: string;
  readonly group: string;
  /** Other spellings the vendor uses on the wire. */
  readonly aliases: readonly WireCode[];
  readonly messageVaries?: true | undefined;
  readonly deprecated?: { readonly reason: string; readonly replacedBy?: WireCode } | undefined;
}

/**
 * Fields every error (known or not) carries once a response has been parsed. `Cause` is what its
 * nested causes are: any error of the API here; a generated package passes its own union of
 * errors, since causes are read through the same catalog.
 */
export interface ErrcatErrorBase<Api extends string = string, Cause = ErrcatError<Api>> {
  /** Marks errcat errors across package copies (no reliance on instanceof). */
  readonly errcat: 1;
  /** Id of the API the error came from, e.g. "zoho-crm". */
  readonly api: Api;
  /** The message the vendor sent, or the catalog's formatted template when it sent none. */
  readonly message: string;
  /** The HTTP status of the response, when known. */
  readonly status: number | undefined;
  /** Position of the record in the request, for per-record results. */
  readonly index?: number;
  /** The entry exactly as received. */
  readonly raw: unknown;
  /** The real causes the vendor nested inside this entry (e.g. Zoho CRM `details.errors[]`), parsed the same way: `switch (cause.code)` narrows them too. */
  readonly causes: readonly Cause[];
  /** Seconds the response asked to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;
}

/** One way `details` failed its schema: a JSON pointer into `details` and what was wrong there. */
export interface DetailsIssue {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}

/**
 * A code the catalog knows: `code` discriminates (unknown errors have `code: undefined`, so a
 * `switch` or `===` on `code` narrows a parse result's errors without a `known` check first), and
 * `params` are typed per code; a generated package's `detailsOf(err)` gives the details typed.
 */
export interface ErrcatKnownError<Api extends string, C extends WireCode, K extends Kind, Params, Cause = ErrcatError<Api>>
  extends ErrcatErrorBase<Api, Cause> {
  readonly known: true;
  /**
   * The code as the catalog spells it (an alias or a zero-padded number that arrived is read as
   * this code). `switch (err.code)` narrows to this error's interface; errors the catalog does
   * not know have `code: undefined` (their code is `rawCode`).
   */
  readonly code: C;
  /** Only unknown errors carry a raw code: `err.code ?? err.rawCode` reads the code of any error. */
  readonly rawCode?: undefined;
  readonly kind: K;
  /**
   * The details exactly as received (an empty object when the entry had none), not yet checked:
   * a generated package's `detailsOf(err)` checks them against the code's JSON Schema and returns
   * them in the documented shape, or undefined when they do not match (`detailsIssues(err)` says
   * why). Checking on demand keeps the schemas and their validator out of a bundle that never asks.
   */
  readonly details: unknown;
  /** Template parameters recovered from the message (empty when it did not match the template). */
  readonly params: Partial<Params>;
  readonly entry: CodeEntry<C>;
  /**
   * Which of `entry.variants` the response matched: the one whose template fits the message and
   * whose statuses include the response's status (the message weighs more); 0 when none fits better.
   */
  readonly variant: number;
}

/** A code the catalog does not have (yet): kept whole so nothing the vendor sent is lost. */
export interface ErrcatUnknownError<Api extends string = string, Cause = ErrcatError<Api>> extends ErrcatErrorBase<Api, Cause> {
  readonly known: false;
  /**
   * Always undefined, so that the catalog's code literals are not absorbed by `string | number`
   * and `switch (err.code)` narrows; the code the vendor sent is `rawCode`.
   */
  readonly code: undefined;
  /** The code as the vendor sent it (a number for integer-coded APIs), or undefined when there was none. */
  readonly rawCode: WireCode | undefined;
  readonly kind: 'error' | 'success';
  /** The details exactly as received: an unknown code's details have no documented shape. */
  readonly details: unknown;
  readonly params: Readonly<Record<string, never>>;
  readonly entry: undefined;
  /** Why the catalog could not type this entry. */
  readonly reason: UnknownReason;
}

/**
 * unknown-code: a code the catalog does not list; no-code: JSON without a code where one was expected;
 * empty-body, non-json, malformed-json: what the body was instead of JSON; not-an-object: JSON that is
 * neither an entry nor a list of entries (`null`, a number, an array of something else) under an
 * error or partial status or none (under a plain 2xx it is the payload, a success), or a value
 * that holds a body instead of being one (a fetch Response, a Blob, a Promise, a stream);
 * unreadable: a pre-parsed value that threw while being read (a hostile getter or Proxy).
 */
export type UnknownReason =
  | 'unknown-code'
  | 'no-code'
  | 'empty-body'
  | 'non-json'
  | 'malformed-json'
  | 'not-an-object'
  | 'unreadable';

/** Any parsed error of an API, known or not, before a generated package narrows it. */
export type ErrcatError<Api extends string = string> =
  | ErrcatKnownError<Api, WireCode, Kind, Readonly<Record<string, string>>>
  | ErrcatUnknownError<Api>;
