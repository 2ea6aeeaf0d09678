/**
 * How the details validator is put together: a small core (core.ts) plus keyword sets, each an
 * object naming the keywords it checks and where in ajv's order its checks run. A package bundles
 * only the sets its schemas use; the sets it leaves out tree-shake away.
 */
import type { DetailsIssue } from '../types.js';
import type { DetailsSchema, DetailsSchemaObject } from './types.js';

/** Where issues go: undefined while only the verdict is wanted (the allocation-free first pass). */
export type IssueSink = DetailsIssue[] | undefined;

/** The composed validator's recursive check, handed to keyword checks that validate subschemas. */
export type SchemaCheck = (s: DetailsSchema, x: unknown, root: DetailsSchema, out: IssueSink, path: string) => boolean;

/**
 * Checks some keywords of `s` against `x`. Without `out` it returns false at the first failure;
 * with `out` it appends every issue (ajv's allErrors) and returns whether there was none.
 * Number, string, array and object checks are only called with a value of that type.
 */
export type KeywordCheck = (s: DetailsSchemaObject, x: never, root: DetailsSchema, out: IssueSink, path: string, check: SchemaCheck) => boolean;

/** A keyword set's checks at one place in ajv's order, with the keywords they read. */
export interface KeywordStep {
  readonly keywords: readonly (keyof DetailsSchemaObject)[];
  readonly check: KeywordCheck;
}

/**
 * A set of keywords for detailsValidator. The places run in this order, after `type`: ref, value,
 * applicator (any value), then number, string, array and object (values of that type), each
 * type's steps before the core's items / required, additionalProperties, properties.
 */
export interface DetailsKeywords {
  readonly ref?: KeywordStep;
  readonly value?: KeywordStep;
  readonly applicator?: KeywordStep;
  readonly number?: KeywordStep;
  readonly string?: KeywordStep;
  readonly array?: KeywordStep;
  readonly object?: KeywordStep;
}

export const NO_ISSUES: readonly DetailsIssue[] = Object.freeze([]);

export function report(out: DetailsIssue[], path: string, keyword: string, message: string): false {
  out.push({ path, keyword, message });
  return false;
}
