/**
 * validateDetails: the validator with every keyword set, for callers that do not know their
 * schemas ahead (codegen's semantic checks, users). Generated packages compose only the sets
 * their schemas use (codegen/src/emit/validators.ts).
 */
import type { DetailsIssue } from '../types.js';
import { combinatorKeywords } from './combinators.js';
import { coveredDetailsValidator } from './core.js';
import { countKeywords } from './counts.js';
import { numberKeywords } from './numbers.js';
import { refKeywords } from './refs.js';
import { stringKeywords } from './strings.js';
import type { DetailsSchema } from './types.js';
import { valueKeywords } from './values.js';

/** Every set composed: no keyword of a set is left to guard against. */
const validateAll = /* @__PURE__ */ coveredDetailsValidator(refKeywords, valueKeywords, combinatorKeywords, numberKeywords, stringKeywords, countKeywords);

/** Why `value` does not match `schema`; empty when it does. */
export function validateDetails(schema: DetailsSchema, value: unknown): readonly DetailsIssue[] {
  return validateAll(schema, value);
}
