/**
 * Structural guards: they read the `errcat: 1` brand and plain fields, never `instanceof`, so an
 * error parsed by one copy of a package is recognised by another (duplicated node_modules, bundles).
 */
import type { ErrcatError, ErrcatKnownError, Kind, WireCode } from './types.js';

/** True for any error errcat parsed (known or not, any API). */
export function isErrcatError(value: unknown): value is ErrcatError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { errcat?: unknown; api?: unknown; known?: unknown };
  return v.errcat === 1 && typeof v.api === 'string' && typeof v.known === 'boolean';
}

/** True for an errcat error whose code the catalog knows. */
export function isKnownErrcatError(value: unknown): value is ErrcatKnownError<string, WireCode, Kind, Readonly<Record<string, string>>> {
  return isErrcatError(value) && value.known;
}

/**
 * True when `value` is a known errcat error with this canonical code (and of this API, when given).
 * Generated packages wrap it with a signature that narrows to the code's own error type.
 */
export function hasCode<C extends WireCode>(
  value: unknown,
  code: C,
  api?: string,
): value is ErrcatKnownError<string, C, Kind, Readonly<Record<string, string>>> {
  return isErrcatError(value) && value.known && value.code === code && (api === undefined || value.api === api);
}
