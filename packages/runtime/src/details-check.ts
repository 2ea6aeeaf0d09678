/**
 * Details checked on demand: a generated package's `detailsOf` / `detailsIssues` call this with
 * its schemas, so the schemas and the validator are in a bundle only where a caller asks for
 * typed details (issue 15: validation "pulled in only where schemas exist and are used").
 * parseResponse hands details over as received and never checks them.
 */
import type { DetailsValidators } from './parse/types.js';
import type { DetailsIssue } from './types.js';

const NONE: readonly never[] = Object.freeze([]) as readonly never[];

/**
 * Why `details` (as received, for the canonical `code`) do not match the code's schema; empty
 * when they do. A code without a schema, or a package without any (`validators` undefined), still
 * documents "an object": anything else gets one `type` issue at the root, worded as ajv words it.
 */
export function checkDetails(validators: DetailsValidators | undefined, code: unknown, details: unknown): readonly DetailsIssue[] {
  const schema = validators !== undefined && (typeof code === 'string' || typeof code === 'number') ? validators.schemas[code] : undefined;
  if (validators === undefined || schema === undefined) {
    return typeof details === 'object' && details !== null && !Array.isArray(details) ? NONE : [{ path: '', keyword: 'type', message: 'must be object' }];
  }
  const issues = validators.validate(schema, details);
  return issues.length === 0 ? NONE : issues;
}
