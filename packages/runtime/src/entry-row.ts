/**
 * The compact form in which generated packages ship their catalog: one row per code, holding
 * each fact once (the message template serves both `lookup` and `formatMessage`), with the
 * common values left out. `lookup` turns a row into a {@link CodeEntry} on first use.
 *
 * Why rows and not entry objects: at 1,000 codes, full entry literals plus a second table of
 * precompiled formatters repeated every code, template and docs URL, the largest part of a
 * bundle that imports everything (docs/benchmarks.md, "Bundle").
 */
import type { CodeEntry, CodeVariant, Kind, ReauthMethod, RetryStrategy, WireCode } from './types.js';

/**
 * A further documented variant of a code: `[statuses, message template, parameter names, defaults]`
 * (the row's own status, message and parameters are variant 0).
 */
export type VariantRow = readonly [
  statuses: readonly number[],
  message: string,
  params: readonly string[],
  paramDefaults?: readonly (string | undefined)[],
];

/** What a row leaves out when it has the usual value (noted on each field). */
export interface EntryRowExtras {
  /** Default: the code itself. */
  readonly name?: string;
  /** The primary variant's statuses. Default: `[status]`. */
  readonly statuses?: readonly number[];
  /** Default: `'error'`. */
  readonly kind?: Kind;
  /** Default: `'never'`. */
  readonly retry?: RetryStrategy;
  /** Only with retry after-reauth. */
  readonly reauth?: ReauthMethod;
  readonly retryDelaySeconds?: number;
  /**
   * Page and anchor of the code's section under the docs base URL; default: the group's page
   * on the docs site and the lowercased name, `<URI-encoded group>.html#<name in lower case>`.
   */
  readonly page?: string;
  /** Default: none. */
  readonly aliases?: readonly WireCode[];
  readonly messageVaries?: true;
  readonly deprecated?: { readonly reason: string; readonly replacedBy?: WireCode };
  /** Values used for parameters a caller leaves out, by position; default: empty text. */
  readonly paramDefaults?: readonly (string | undefined)[];
  /** Variants after the primary one. Default: none. */
  readonly variants?: readonly VariantRow[];
}

/**
 * `[status, message template, parameter names, group, what differs from the defaults]`; the
 * message is null when the vendor documents none.
 */
export type EntryRow = readonly [status: number, message: string | null, params: readonly string[], group: string, extras?: EntryRowExtras];

const noAliases: readonly WireCode[] = [];

/** The entry a row stands for. `code` is the wire value (a number for integer-coded APIs). */
export function entryFromRow<C extends WireCode>(code: C, row: EntryRow, docsBaseUrl: string): CodeEntry<C> {
  const [status, message, params, group, extras] = row;
  const name = extras?.name ?? String(code);
  const statuses = extras?.statuses ?? [status];
  const primary: CodeVariant = {
    index: 0,
    status,
    statuses,
    message: message ?? undefined,
    params,
    paramDefaults: extras?.paramDefaults,
  };
  const more = extras?.variants;
  const variants = more === undefined ? [primary] : [primary, ...more.map(variantFromRow)];
  // Every entry gets every field, absent ones as undefined: entries of one shape keep property
  // reads on lookup() results monomorphic (adding the optional fields afterwards made ~8 shapes,
  // and lookups ~1.3x slower in bench/runtime.ts).
  return {
    code,
    name,
    status,
    statuses: more === undefined ? statuses : [...new Set(variants.flatMap((v) => v.statuses))],
    kind: extras?.kind ?? 'error',
    message: primary.message,
    params,
    variants,
    paramDefaults: extras?.paramDefaults,
    retry: extras?.retry ?? 'never',
    reauth: extras?.reauth,
    retryDelaySeconds: extras?.retryDelaySeconds,
    docs: docsBaseUrl + (extras?.page ?? `${encodeURIComponent(group)}.html#${name.toLowerCase()}`),
    group,
    aliases: extras?.aliases ?? noAliases,
    messageVaries: extras?.messageVaries,
    deprecated: extras?.deprecated,
  };
}

function variantFromRow(row: VariantRow, i: number): CodeVariant {
  const [statuses, message, params, paramDefaults] = row;
  return { index: i + 1, status: statuses[0] as number, statuses, message, params, paramDefaults };
}
