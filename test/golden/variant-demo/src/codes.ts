// Generated from test/fixtures/variants/variant-demo.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * Every code of the Variant demo API, exactly as it travels on the wire.
 */
export type VariantDemoCode =
  | 1000
  | 1040
  | 2000
  | 3000;

/**
 * 1000: Invalid API URL format.
 *
 * HTTP 404, 401 · error · retry: never
 *
 * Also HTTP 401: A mandatory parameter - '%s' is either absent or has been used twice
 *
 * Fix: Check the URL and the mandatory parameters.
 *
 * [Reference](https://example.com/variant-demo/general.html#invalid_url_or_parameter)
 */
export const INVALID_URL_OR_PARAMETER = 1000 as const;

/**
 * 1040: Daily limit reached.
 *
 * HTTP 400 · error · retry: after-delay
 *
 * Also HTTP 400: Limit of %s records per call exceeded.
 *
 * Fix: Wait for the limit to reset, or send fewer records.
 *
 * [Reference](https://example.com/variant-demo/general.html#limit_reached)
 */
export const LIMIT_REACHED = 1040 as const;

/**
 * 2000: (the vendor documents no message for this code)
 *
 * HTTP 400, 200 · error · retry: never
 *
 * [Reference](https://example.com/variant-demo/general.html#undocumented)
 */
export const UNDOCUMENTED = 2000 as const;

/**
 * 3000: Success
 *
 * HTTP 200 · success · retry: never
 *
 * [Reference](https://example.com/variant-demo/general.html#success)
 */
export const SUCCESS = 3000 as const;
