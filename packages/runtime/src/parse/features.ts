/**
 * The optional parts of the parser. Each reads something only some envelopes have, and costs
 * bundle bytes every package would otherwise carry: a generated package passes exactly the ones
 * its catalog needs (codegen/src/emit/parse.ts decides from the catalog), so a bundle holds only
 * their code. `createParser` passes all of them, for hand-written specs.
 */
import type { HeaderRule } from './headers.js';
import type { EntryPath } from './paths.js';
import type { InitHeaderReader } from './safe-read.js';
import type { ParseSpec } from './types.js';
import type { pickVariant } from './variant.js';
import type { WalkBudget } from './walk-budget.js';
import type { normalizeCode } from '../table.js';

/*
 * The contracts of the features are named here, not written as `typeof someFunction`: the
 * functions behind them are not exports of the package, and a public type that points at a name
 * its readers cannot import is what the API report refuses (a forgotten export).
 */

/** Reads the headers an envelope names (headers.ts `headerReader`). */
export interface HeaderFeature {
  /** The rules for the spec's headers, made once per parser. */
  readonly rules: (headers: NonNullable<ParseSpec['headers']>) => readonly HeaderRule[];
  /** The headers (and Retry-After) of one response's init. */
  readonly read: InitHeaderReader;
}

/** Follows entry paths such as `portal_invite[].data[]` (paths.ts `entryPathReader`). */
export interface EntryPathFeature {
  readonly compile: (path: string) => EntryPath;
  /** Calls `visit` for the objects at the end of `path`, in body order, stepping on at most `limit` values; true when cut short. */
  readonly walk: (root: Record<string, unknown>, path: EntryPath, limit: number, visit: (value: Record<string, unknown>, index: number | undefined) => void) => boolean;
  /**
   * A test of whether a body holds, as an own enumerable key, the key some of `paths` starts with:
   * the parser walks no path of a body without one. Without it every path is walked.
   */
  readonly starts?: ((paths: readonly EntryPath[]) => (body: Record<string, unknown>) => boolean) | undefined;
}

/**
 * Reads a list of nested causes within the response's budgets (causes.ts `readCauses`); `isEntry`
 * tells entries from the items without a code, of which a list turns only the first few into errors.
 */
export type CauseReader = <E>(budget: WalkBudget, list: readonly unknown[], isEntry: (item: unknown) => boolean, read: (item: unknown) => E) => E[];

export interface ParserFeatures {
  /** `spec.headers`: headers read from `init.headers` (headers.ts `headerReader`). */
  readonly headers?: HeaderFeature | undefined;
  /** `spec.entryPaths`: entries deeper than the top level or a record array (paths.ts). */
  readonly entryPaths?: EntryPathFeature | undefined;
  /** `spec.nestedErrorsPath`: nested causes, each object read once per response (causes.ts). */
  readonly causes?: CauseReader | undefined;
  /**
   * Codes with several documented variants: the one whose template fits the message and whose
   * statuses hold the status (variant.ts). Without it every error is its code's variant 0.
   */
  readonly variants?: typeof pickVariant | undefined;
  /**
   * `codeType: 'integer'`: codes of codes the catalog does not know, normalized as lookup does
   * (`"0042"` is 42; table.ts `normalizeCode`). String-coded packages leave its digit loop out.
   */
  readonly integerCodes?: typeof normalizeCode | undefined;
}

/** Which feature each part of a spec needs: a spec that uses a part without its feature is refused when the parser is made. */
export function missingFeature(spec: ParseSpec, features: ParserFeatures): string | undefined {
  if (spec.codeType === 'integer' && features.integerCodes === undefined) return 'integerCodes';
  if (spec.headers !== undefined && Object.keys(spec.headers).length > 0 && features.headers === undefined) return 'headers';
  if (spec.entryPaths !== undefined && spec.entryPaths.length > 0 && features.entryPaths === undefined) return 'entryPaths';
  if (spec.nestedErrorsPath !== undefined && features.causes === undefined) return 'causes';
  return undefined;
}
