/**
 * Details checked on demand: a generated package's `detailsOf` / `detailsIssues` call this with
 * its schemas, so the schemas and the validator are in a bundle only where a caller asks for
 * typed details (issue 15: validation "pulled in only where schemas exist and are used").
 * parseResponse hands details over as received and never checks them.
 */
import { isErrcatError, isKnownErrcatError } from './guards.js';
import type { DetailsIssue } from './types.js';
import type { DetailsSchema } from './validate/types.js';

/**
 * A package's details schemas by canonical code, with the function that checks details against
 * them (validateDetails), for checkDetails. Handed over together so that a package without
 * schemas does not bundle the validator.
 */
export interface DetailsValidators {
  readonly schemas: { readonly [code: string]: DetailsSchema | undefined };
  readonly validate: (schema: DetailsSchema, details: unknown) => readonly DetailsIssue[];
}

const NONE: readonly never[] = Object.freeze([]) as readonly never[];
const UNREADABLE: readonly DetailsIssue[] = Object.freeze([Object.freeze({ path: '', keyword: 'unreadable', message: 'could not be read (reading them threw)' })]);

/**
 * Why `details` (as received, for the canonical `code`) do not match the code's schema; empty
 * when they do. A code without a schema, or a package without any (`validators` undefined), still
 * documents "an object": anything else gets one `type` issue at the root, worded as ajv words it.
 */
export function checkDetails(validators: DetailsValidators | undefined, code: unknown, details: unknown): readonly DetailsIssue[] {
  const schema = validators !== undefined && (typeof code === 'string' || typeof code === 'number') ? validators.schemas[code] : undefined;
  try {
    if (validators === undefined || schema === undefined) {
      return typeof details === 'object' && details !== null && !Array.isArray(details) ? NONE : [{ path: '', keyword: 'type', message: 'must be object' }];
    }
    const issues = validators.validate(schema, details);
    return issues.length === 0 ? NONE : issues;
  } catch {
    // Details given already parsed may throw when read (a getter, a Proxy, a revoked Proxy that
    // even Array.isArray cannot look at): they do not match, and detailsOf gives undefined, as for
    // any details that do not.
    return UNREADABLE;
  }
}

/**
 * checkDetails for a parsed error of `api`: what a generated package's detailsOf and
 * detailsIssues run. Their types take only the package's known errors; a JavaScript caller that
 * passes anything else (null, an unknown error, another API's error) gets a TypeError that says
 * so, not a property read on null or another API's details held to this catalog's schemas.
 */
export function checkErrorDetails(validators: DetailsValidators | undefined, api: string, error: unknown): readonly DetailsIssue[] {
  if (isKnownErrcatError(error) && error.api === api) return checkDetails(validators, error.code, error.details);
  const got = isErrcatError(error) ? `${error.known ? 'a' : 'an unknown-code'} ${error.api} error` : error === null ? 'null' : typeof error;
  throw new TypeError(`errcat: expected a known ${api} error (narrow on its code first), got ${got}`);
}
