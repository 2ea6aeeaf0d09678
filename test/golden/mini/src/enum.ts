// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The codes of the Mini API as a TypeScript enum.
 *
 * A compiled enum is one object that bundlers cannot split: prefer the per-code constants or the literal union where bundle size matters.
 */
export enum MiniErrorCode {
  /**
   * 0: Done, 100%% complete.
   *
   * HTTP 200 · success · retry: never
   *
   * [Reference](https://example.test/docs/mini/main.html#ok)
   */
  OK = 0,
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
  BUSY = 3,
  /**
   * 7: Field %s is missing from %s.
   *
   * HTTP 400 · error · retry: never
   *
   * Fix: Send the field.
   *
   * [Reference](https://example.test/docs/mini/main.html#missing_field)
   */
  MISSING_FIELD = 7,
}
