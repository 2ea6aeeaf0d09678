// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code of the Mini API, exactly as it travels on the wire.
 */
export type MiniCode =
  | 0
  | 3
  | 7;

/**
 * 0: Done, 100%% complete.
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.test/docs/mini/main.html#ok)
 */
export const OK = 0 as const;

/**
 * 3: Busy.
 *
 * HTTP 503 · error · retry: after-delay
 *
 * Fix: Wait.
 *
 * [Reference](https://example.test/docs/mini/main.html#busy)
 * @deprecated Replaced by OK. Use 0 instead.
 */
export const BUSY = 3 as const;

/**
 * 7: Field %s is missing from %s.
 *
 * HTTP 400 · error · retry: never
 *
 * Fix: Send the field.
 *
 * [Reference](https://example.test/docs/mini/main.html#missing_field)
 */
export const MISSING_FIELD = 7 as const;
